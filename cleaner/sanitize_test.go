package cleaner

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// xssVectors are inputs meant to run script, load frames or restyle the page
// after sanitizing; each must come out harmless (see unsafeHTML). want, when
// set, is a fragment the output must still contain: the policy removes the
// attack, not the reading.
var xssVectors = []struct {
	name, in, want string
}{
	{"img onerror", `<img src=x onerror=alert(1)>`, `<img src="x">`},
	{"script", `<p>a</p><script>alert(1)</script><p>b</p>`, `<p>b</p>`},
	{"script in svg", `<svg><script>alert(1)</script><text>t</text></svg>`, ``},
	{"svg onload", `<svg onload=alert(1)><circle r=1 /></svg>`, ``},
	{"javascript href", `<a href="javascript:alert(1)">x</a>`, `x`},
	{"mixed case scheme", `<a href="JaVaScRiPt:alert(1)">x</a>`, `x`},
	{"entity encoded scheme", `<a href="&#106;avascript:alert(1)">x</a>`, `x`},
	{"hex entities and tab", `<a href="&#x6A;ava&#x09;script:alert(1)">x</a>`, `x`},
	{"newline in scheme", "<a href=\"java\nscript:alert(1)\">x</a>", `x`},
	{"leading space", `<a href=" javascript:alert(1)">x</a>`, `x`},
	{"leading control char", "<a href=\"\x01javascript:alert(1)\">x</a>", `x`},
	{"vbscript", `<a href="vbscript:msgbox(1)">x</a>`, `x`},
	{"data html link", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`, `x`},
	{"data html img", `<img src="data:text/html;base64,PHNjcmlwdD4=">`, ``},
	{"data svg img", `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`, ``},
	{"iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe><p>after</p>`, `<p>after</p>`},
	{"iframe src", `<iframe src="https://evil.example/"></iframe>`, ``},
	{"noscript mxss", `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`, ``},
	{"svg style mxss", `<svg><style><img src=x onerror=alert(1)></style></svg>`, ``},
	{"math mglyph mxss", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, ``},
	{"svg foreignobject", `<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>`, ``},
	{"math href", `<math href="javascript:alert(1)"><mi>x</mi></math>`, ``},
	{"template", `<template><img src=x onerror=alert(1)></template><p>t</p>`, `<p>t</p>`},
	{"nested form", `<form action="https://evil.example/"><form><input name=a formaction="javascript:alert(1)"><button>go</button></form></form>`, ``},
	{"srcset javascript", `<img src="https://a.example/i.png" srcset="javascript:alert(1) 1x">`, `src="https://a.example/i.png"`},
	{"srcset second candidate", `<img srcset="https://a.example/1.png 1x, javascript:alert(1) 2x">`, ``},
	{"source srcset data", `<picture><source srcset="data:text/html,x"><img src="https://a.example/i.png"></picture>`, `<picture>`},
	{"video poster", `<video poster="javascript:alert(1)" src="https://a.example/v.mp4"></video>`, ``},
	{"style expression", `<p style="width: expression(alert(1))">x</p>`, `<p>x</p>`},
	{"style url javascript", `<p style="background:url(javascript:alert(1))">x</p>`, `<p>x</p>`},
	{"style element", `<style>body{background:url(javascript:alert(1))}</style><p>x</p>`, `<p>x</p>`},
	{"base href", `<base href="javascript:alert(1)//"><a href="x">l</a>`, `href="x"`},
	{"meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>x</p>`, `<p>x</p>`},
	{"object data", `<object data="javascript:alert(1)"><param name=x value=y></object>`, ``},
	{"embed", `<embed src="javascript:alert(1)">`, ``},
	{"link stylesheet", `<link rel=stylesheet href="https://evil.example/x.css">`, ``},
	{"event handler on allowed element", `<p onclick="alert(1)" onmouseover=alert(2)>x</p>`, `<p>x</p>`},
	{"class id style dropped", `<div class="ad" id="main" style="color:red">x</div>`, `<div>x</div>`},
	{"target dropped", `<a href="https://a.example/" target="_blank">x</a>`, `<a href="https://a.example/" rel="noopener noreferrer">x</a>`},
	{"blockquote cite javascript", `<blockquote cite="javascript:alert(1)">q</blockquote>`, `<blockquote>q</blockquote>`},
	{"marker with script id", `<span data-winnow-removed="r1&quot; onload=&quot;x">y</span>`, `<span>y</span>`},
	{"textarea breakout", `<textarea></textarea><img src=x onerror=alert(1)></textarea>`, ``},
	{"comment breakout", `<!--><img src=x onerror=alert(1)>-->`, ``},
	{"xmp breakout", `<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>`, ``},
}

func TestSanitizeXSSVectors(t *testing.T) {
	for _, tc := range xssVectors {
		t.Run(tc.name, func(t *testing.T) {
			out := sanitizeHTML(tc.in)
			for _, v := range unsafeHTML(out) {
				t.Errorf("sanitizeHTML(%q) = %q: %s", tc.in, out, v)
			}
			if again := sanitizeHTML(out); again != out {
				t.Errorf("not idempotent:\n once: %q\ntwice: %q", out, again)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("sanitizeHTML(%q) = %q, want it to contain %q", tc.in, out, tc.want)
			}
		})
	}
}

// TestSanitizeKeepsReading checks that what an article is made of survives,
// with only the attributes the policy means to keep.
func TestSanitizeKeepsReading(t *testing.T) {
	cases := []struct{ in, want string }{
		{`<h2>Sub</h2><p>Para <em>em</em> <strong>s</strong> <mark>m</mark> <sup>1</sup></p>`,
			`<h2>Sub</h2><p>Para <em>em</em> <strong>s</strong> <mark>m</mark> <sup>1</sup></p>`},
		{`<ol start="3" reversed><li value="5">a</li></ol><ul><li>b</li></ul>`,
			`<ol start="3" reversed=""><li value="5">a</li></ol><ul><li>b</li></ul>`},
		{`<blockquote cite="https://a.example/q">q</blockquote>`, `<blockquote cite="https://a.example/q">q</blockquote>`},
		{`<pre><code>x := 1</code></pre>`, `<pre><code>x := 1</code></pre>`},
		{`<table><caption>C</caption><thead><tr><th scope="col" colspan="2">h</th></tr></thead><tbody><tr><td rowspan="2">d</td></tr></tbody></table>`,
			`<table><caption>C</caption><thead><tr><th scope="col" colspan="2">h</th></tr></thead><tbody><tr><td rowspan="2">d</td></tr></tbody></table>`},
		{`<figure><img src="https://a.example/i.jpg" alt="A" width="10" height="20" title="t" loading="lazy"><figcaption>F</figcaption></figure>`,
			`<figure><img src="https://a.example/i.jpg" alt="A" width="10" height="20" title="t"><figcaption>F</figcaption></figure>`},
		{`<img src="data:image/png;base64,iVBORw0KGgo=" alt="">`, `<img src="data:image/png;base64,iVBORw0KGgo=" alt="">`},
		{`<picture><source srcset="https://a.example/a.webp 1x, https://a.example/b.webp 2x" type="image/webp"><img src="https://a.example/a.jpg"></picture>`,
			`<picture><source srcset="https://a.example/a.webp 1x, https://a.example/b.webp 2x" type="image/webp"><img src="https://a.example/a.jpg"></picture>`},
		{`<a href="mailto:a@b.example">m</a>`, `<a href="mailto:a@b.example" rel="noopener noreferrer">m</a>`},
		{`<a href="/relative#x" rel="nofollow">r</a>`, `<a href="/relative#x" rel="noopener noreferrer">r</a>`},
		{`<p><abbr title="World Health Organization">WHO</abbr> <time datetime="2024-01-02T03:04:05Z">Jan 2</time> <q cite="https://a.example/">q</q></p>`,
			`<p><abbr title="World Health Organization">WHO</abbr> <time datetime="2024-01-02T03:04:05Z">Jan 2</time> <q cite="https://a.example/">q</q></p>`},
		{`<details open><summary>S</summary>D</details>`, `<details open=""><summary>S</summary>D</details>`},
		{`<dl><dt>t</dt><dd>d</dd></dl><p lang="fr" dir="rtl">x</p>`, `<dl><dt>t</dt><dd>d</dd></dl><p lang="fr" dir="rtl">x</p>`},
		{`<span data-winnow-removed="r12"></span>`, `<span data-winnow-removed="r12"></span>`},
		{`<span data-winnow-removed="12"></span><span data-other="r1">x</span>`, `<span></span><span>x</span>`},
		{`<p>quotes " and rel="noreferrer" stay text</p>`, `<p>quotes &#34; and rel=&#34;noreferrer&#34; stay text</p>`},
	}
	for _, tc := range cases {
		if got := sanitizeHTML(tc.in); got != tc.want {
			t.Errorf("sanitizeHTML(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestIsImageDataURL(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{`<img src="data:image/png;base64,iVBORw0KGgo=">`, true},
		{`<img src="data:image/jpeg;base64,/9j/4AAQ">`, true},
		{`<img src="data:image/webp;base64,UklGRg==">`, true},
		{`<img src="data:image/gif;base64,R0lGODlh">`, true},
		{`<img src="data:image/svg+xml;base64,PHN2Zz4=">`, false},
		{`<img src="data:image/png,rawbytes">`, false},
		{`<img src="data:image/png;base64,%%%">`, false},
		{`<img src="data:text/html;base64,PHA+">`, false},
	}
	for _, tc := range cases {
		got := strings.Contains(sanitizeHTML(tc.in), "src=")
		if got != tc.want {
			t.Errorf("%s kept src = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// forbiddenElements must never appear in HTML that winnow emits.
var forbiddenElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "frame": true, "frameset": true,
	"object": true, "embed": true, "applet": true, "form": true, "input": true,
	"button": true, "textarea": true, "select": true, "svg": true, "math": true,
	"base": true, "meta": true, "link": true, "template": true, "noscript": true,
	"xmp": true, "plaintext": true, "noembed": true, "noframes": true,
}

// loadingAttrs are attributes whose value a browser loads or navigates to.
var loadingAttrs = map[string]bool{
	"href": true, "src": true, "cite": true, "action": true, "formaction": true,
	"poster": true, "data": true, "background": true, "xlink:href": true,
	"srcset": true, "longdesc": true, "usemap": true, "codebase": true,
}

var safeDataImage = regexp.MustCompile(`^data:image/(png|gif|jpeg|webp);`)

// unsafeHTML parses s as a browser would parse the body of a page and lists
// what in it could run script or load active content: forbidden elements,
// foreign (SVG/MathML) content, event handler and style attributes, and
// javascript:, vbscript: or non-image data: URLs.
// srcsetURLs splits a srcset the way the HTML standard's parser does: a
// candidate's URL runs to the next white space (commas inside it belong to
// it, trailing ones end it), then its descriptors run to the next comma.
func srcsetURLs(v string) []string {
	var urls []string
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	i := 0
	for i < len(v) {
		for i < len(v) && (isSpace(v[i]) || v[i] == ',') {
			i++
		}
		start := i
		for i < len(v) && !isSpace(v[i]) {
			i++
		}
		u := v[start:i]
		trimmed := strings.TrimRight(u, ",")
		if trimmed != "" {
			urls = append(urls, trimmed)
		}
		if len(trimmed) < len(u) {
			continue // the URL's trailing commas ended the candidate
		}
		depth := 0
		for i < len(v) && (v[i] != ',' || depth > 0) {
			switch v[i] {
			case '(':
				depth++
			case ')':
				depth--
			}
			i++
		}
	}
	return urls
}

func unsafeHTML(s string) []string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return []string{"does not parse: " + err.Error()}
	}
	var bad []string
	for _, root := range nodes {
		walk(root, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			if forbiddenElements[n.Data] || n.Namespace != "" {
				bad = append(bad, "element <"+n.Namespace+" "+n.Data+">")
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				switch {
				case strings.HasPrefix(key, "on"):
					bad = append(bad, "event handler "+a.Key)
				case key == "style" || key == "srcdoc":
					bad = append(bad, "attribute "+a.Key)
				case key == "srcset":
					for _, u := range srcsetURLs(a.Val) {
						v := strings.ToLower(browserURL(u))
						for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
							if strings.HasPrefix(v, scheme) {
								bad = append(bad, "srcset with "+scheme)
							}
						}
					}
				case loadingAttrs[key]:
					if v := strings.ToLower(browserURL(a.Val)); strings.HasPrefix(v, "javascript:") ||
						strings.HasPrefix(v, "vbscript:") ||
						strings.HasPrefix(v, "data:") && !safeDataImage.MatchString(v) {
						bad = append(bad, "URL "+a.Key+"="+a.Val)
					}
				}
			}
			return true
		})
	}
	return bad
}

// browserURL is what a browser makes of an attribute value before looking
// at its scheme: C0 controls and spaces trimmed, tabs and newlines removed.
func browserURL(v string) string {
	v = strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	return strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(v)
}

func TestUnsafeHTMLFindsAttacks(t *testing.T) {
	// The checker itself must catch what it is there to catch.
	cases := []string{
		`<script>x</script>`, `<svg></svg>`, `<p onclick=x>`, `<a href=" JAVA&#9;SCRIPT:x">`,
		`<img src="data:text/html,x">`, `<img srcset="https://a/1 1x, javascript:x 2x">`,
		`<p style="x">`, `<form></form>`, `<math><mi>x</mi></math>`,
	}
	for _, in := range cases {
		if len(unsafeHTML(in)) == 0 {
			t.Errorf("unsafeHTML(%q) found nothing", in)
		}
	}
	if bad := unsafeHTML(`<p><a href="https://a/" rel="noopener noreferrer">x</a><img src="data:image/png;base64,AA=="></p>`); len(bad) > 0 {
		t.Errorf("safe HTML reported unsafe: %v", bad)
	}
}

func TestSrcsetURLs(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"a.jpg 1x, b.jpg 2x", []string{"a.jpg", "b.jpg"}},
		{"https://a.example/1.px,$javascript:a", []string{"https://a.example/1.px,$javascript:a"}},
		{"a.jpg, javascript:alert(1) 2x", []string{"a.jpg", "javascript:alert(1)"}},
		{"https://c.example/w_300,h_200/x.jpg 300w,javascript:b", []string{"https://c.example/w_300,h_200/x.jpg", "javascript:b"}},
		{"", nil},
	}
	for _, tc := range cases {
		if got := srcsetURLs(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("srcsetURLs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Dropping the attributes the policy would drop changes nothing in what it
// returns, on the fixture pages and on attribute-heavy markup.
func TestDropUnreadableAttrsKeepsTheVerdict(t *testing.T) {
	pages := []string{`<div class="x" style="color:red" data-a="1" onclick="alert(1)"><a href="/a" class="l" rel="me" target="_blank">a</a>
<img src="https://e.com/i.png" srcset="https://e.com/i2.png 2x" alt="i" width="3" loading="lazy" onerror="x()">
<ol start="3" reversed class="c"><li value="4" id="v">x</li></ol><td colspan="2" align="left">t</td>
<span data-winnow-removed="r1" class="m"></span><time datetime="2024-01-01" itemprop="d">d</time>
<svg:a xlink:href="javascript:x"></svg:a><p lang="fr" dir="rtl" title="t" xml:lang="en">p</p></div>`}
	for i, root := range parsedPages(t, pages...) {
		var before strings.Builder
		_ = html.Render(&before, root)
		dropUnreadableAttrs(root)
		var after strings.Builder
		_ = html.Render(&after, root)
		if before.Len() > 2000 && after.Len() >= before.Len() {
			t.Errorf("page %d: nothing dropped (%d bytes before, %d after)", i, before.Len(), after.Len())
		}
		if got, want := sanitizeHTML(after.String()), sanitizeHTML(before.String()); got != want {
			t.Errorf("page %d: sanitized output changed:\n got %.300q\nwant %.300q", i, got, want)
		}
	}
}

// Each image gets the verdict it would get sanitized on its own, whatever
// its neighbours in the batch carry.
func TestPolicyKeepsImages(t *testing.T) {
	cases := []struct {
		img  string
		kept bool
	}{
		{`<img src="https://e.com/a.png">`, true},
		{`<img src="/a.png" class="x" data-src="y">`, true},
		{`<img src="javascript:alert(1)">`, false},
		{`<img src="javascript:alert(1)" alt="a cat">`, true}, // the alt text stays
		{`<img src="data:image/svg+xml;base64,PHN2Zz4=">`, false},
		{`<img src="data:image/png;base64,iVBORw0KGgo=">`, true},
		{`<img class="lazy" data-src="https://e.com/a.png">`, false},
		{`<img srcset="https://e.com/a.png 2x">`, true},
		{`<img alt="</p><img src=https://e.com/b.png><p>">`, true},
		{`<img src="http://e.com/a b.png">`, false},
		{`<img width="30" onerror="x()">`, true},
	}
	var page strings.Builder
	for _, tc := range cases {
		page.WriteString(tc.img)
	}
	var imgs []*html.Node
	walk(parsedPages(t, page.String())[0], func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "img" {
			imgs = append(imgs, n)
		}
		return true
	})
	if len(imgs) != len(cases) {
		t.Fatalf("parsed %d images, want %d", len(imgs), len(cases))
	}
	got := policyKeepsImages(imgs)
	for i, tc := range cases {
		alone := strings.Contains(sanitizeHTML(tc.img), "<img")
		if got[i] != tc.kept || alone != tc.kept {
			t.Errorf("%s: batch says kept=%v, alone %v, want %v", tc.img, got[i], alone, tc.kept)
		}
	}
	if len(policyKeepsImages(nil)) != 0 {
		t.Error("no images, some verdicts")
	}
}

// An anchor stays in the output when it keeps an attribute; one the
// policy leaves bare is unwrapped, and untangle must see through it.
// firstAnchor is the first <a> of page, parsed.
func firstAnchor(t *testing.T, page string) *html.Node {
	t.Helper()
	var a *html.Node
	walk(parsedPages(t, page)[0], func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "a" {
			a = n
		}
		return a == nil
	})
	return a
}

func TestPolicyKeepsAnchor(t *testing.T) {
	for tag, want := range map[string]bool{
		`<a href="/next">`:                      true,
		`<a href="https://e.com/">`:             true,
		`<a title="The lamp">`:                  true,
		`<a>`:                                   false,
		`<a class="gallery" id="g" name="top">`: false,
		`<a href="javascript:x()">`:             false,
		`<a href="http://e.com/a b">`:           false,
	} {
		a := firstAnchor(t, tag+"x</a>")
		alone := strings.Contains(sanitizeHTML(tag+"x</a>"), "<a")
		if got := policyKeepsAnchor(a); got != want || alone != want {
			t.Errorf("%s: policyKeepsAnchor %v, sanitized alone %v, want %v", tag, got, alone, want)
		}
	}
}

// checkHrefsWhileTesting has every link whose address hasPlainWebHref
// vouched for go through the sanitizer too, which must keep it, so that the
// whole suite (fixtures, fuzz seeds, the shared pages of the accuracy
// guard) checks the shortcut. TestMain turns it on for tests and leaves
// benchmarks alone.
func checkHrefsWhileTesting() {
	checkPlainWebHref = func(a *html.Node) {
		if !policyKeepsShells([]string{written(readableShell(a))}, "<a")[0] {
			panic(fmt.Sprintf("hasPlainWebHref vouched for %q, which the policy drops", written(readableShell(a))))
		}
	}
}

// Only addresses the policy keeps are vouched for; the others go to the
// sanitizer, which keeps some of them too.
func TestHasPlainWebHref(t *testing.T) {
	for href, plain := range map[string]bool{
		"https://example.com/2024/05/a-story.html?id=3&x=y#top": true,
		"http://a.b/~me/!$*+,;=@x":                              true,
		"https://user@example.com/":                             true,
		"https://":                                              true,
		"https://example.com:8080/":                             false, // a port: net/url checks it
		"https://example.com/a%20b":                             false, // an escape: net/url checks it
		"https://example.com/a b":                               false,
		"https://[::1]/":                                        false,
		"https://example.com/é":                                 false,
		"HTTPS://example.com/":                                  false,
		" https://example.com/":                                 false,
		"javascript:alert(1)":                                   false,
		"/relative":                                             false,
		"mailto:a@b.c":                                          false,
	} {
		tag := `<a href="` + html.EscapeString(href) + `">x</a>`
		a := firstAnchor(t, tag)
		if got := hasPlainWebHref(a); got != plain {
			t.Errorf("%q: hasPlainWebHref %v, want %v", href, got, plain)
		}
		if kept := strings.Contains(sanitizeHTML(tag), "<a"); plain && !kept {
			t.Errorf("%q: vouched for, but the policy drops it", href)
		}
	}
}

// TestSanitizeHTMLMatchesPolicy checks sanitizeHTML, which replaces the rel
// token by token as bluemonday writes, against the policy's own Sanitize
// followed by a replacement over the whole output.
func TestSanitizeHTMLMatchesPolicy(t *testing.T) {
	cases := []string{
		"", "   \n\t", "plain text", "<p>para</p>",
		`<a href="https://example.com/">link</a>`,
		`<a href="/a" rel="nofollow">one</a> and <a href="/b">two</a>`,
		`<p>text saying rel="noreferrer" and  rel="noreferrer"</p>`,
		`<a title=' rel="noreferrer"' href="/x">t</a>`,
		`<img alt=' rel="noreferrer"' src="/i.png">`,
		`<span> rel="noreferrer"</span><a href="/y"> rel="noreferrer"</a>`,
		`<custom> rel=</custom>"noreferrer"<a href="/z">z</a>`,
		`<pre>  kept  <a href="/p">p</a>
 lines</pre>`,
		`<p>日本語 <a href="https://例え.jp/">リンク</a></p>`,
		`<script>x = ' rel="noreferrer"'</script><a href="#">s</a>`,
		`<a href="javascript:alert(1)">bad</a><a href="mailto:a@b.c">m</a>`,
		`<a href="/u"`,
		"<p>a\u00a0b</p><div>x<ul><li>1</li><li>2</li></ul></div>",
	}
	for _, s := range cases {
		want := strings.ReplaceAll(readingPolicy().Sanitize(s), relWritten, relWanted)
		if got := sanitizeHTML(s); got != want {
			t.Errorf("sanitizeHTML(%q) = %q, want %q", s, got, want)
		}
	}
}

// stripAsPolicy changes nothing in what the sanitizer gives back, and after
// it the sanitizer gives back the tree as written (where the case says it
// is foretold), on made-up fragments and on the fixture pages.
func TestStripAsPolicy(t *testing.T) {
	cases := []struct {
		name, in string
		exact    bool // the sanitizer then gives back the written tree byte for byte
	}{
		{"a comment", `<p>a<!-- note -->b</p>`, true},
		{"an id the policy refuses", `<p id="intro">x</p>`, true},
		{"an in-page anchor's id", `<h2 id="` + anchorPrefix + `part-1">Part</h2>`, true},
		{"a width on a cell and on an image", `<table><tbody><tr><td width="50%"><img src="https://e.com/a.png" width="30"></td></tr></tbody></table>`, true},
		{"a value the pattern refuses", `<ol start="x" type="1"><li value="2">a</li></ol>`, true},
		{"an unknown element", `<div><label>Average: </label><p>x</p></div>`, true},
		{"an empty custom element", `<p>a<g:plusone></g:plusone>b</p>`, true},
		{"nested unknown elements", `<div><x-a><x-b>t</x-b></x-a></div>`, true},
		{"main with nothing left", `<main class="m"><p>x</p></main>`, true},
		{"main with a language", `<main lang="de"><p>x</p></main>`, true},
		{"an image with no attribute left", `<p>a<img class="x" data-src="y">b</p>`, true},
		{"bdo bare", `<p><bdo>x</bdo></p>`, true},
		{"event handlers and styles", `<p onclick="alert(1)" style="color:red">x<span onmouseover="y()">z</span></p>`, true},
		{"a link with an address", `<p><a href="https://e.com/a">a</a></p>`, true},
		{"a link with nothing left", `<p><a class="x">a</a></p>`, false},
		{"a script address", `<p><a href="javascript:alert(1)" title="t">a</a><img src="javascript:x" alt="i"></p>`, false},
		{"a script", `<div><script>alert(1)</script>x</div>`, false},
		{"an svg", `<div><svg><title>t</title><path d="M0"/></svg>x</div>`, false},
		{"a textarea", `<div><textarea>&lt;b&gt;</textarea></div>`, false},
	}
	pages := make([]string, len(cases))
	for i, tc := range cases {
		pages[i] = tc.in
	}
	for i, root := range parsedPages(t, pages...) {
		name, exact := "fixture", false
		if i < len(cases) {
			name, exact = cases[i].name, cases[i].exact
		}
		body := bodyOf(root)
		before := writeNodes([]*html.Node{body})
		dropUnreadableAttrs(body)
		stripAsPolicy(body)
		addLinkRel(body)
		after := writeNodes([]*html.Node{body})
		if got, want := sanitizeHTML(after), sanitizeHTML(before); got != want {
			t.Errorf("%s: sanitized output changed:\n got %.300q\nwant %.300q", name, got, want)
		}
		if exact && sanitizeHTML(after) != after {
			t.Errorf("%s: the sanitizer does not give back the tree as written:\nwritten   %.300q\nsanitized %.300q", name, after, sanitizeHTML(after))
		}
	}
}

// bodyOf is the <body> of a parsed page.
func bodyOf(root *html.Node) *html.Node {
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Body && body == nil {
			body = n
		}
		return body == nil
	})
	return body
}

// policyKeepsBare is asked of the policy; a few elements it is known to
// keep without attributes and a few it strips pin the question down.
func TestPolicyKeepsBare(t *testing.T) {
	for _, e := range []string{"p", "div", "span", "strong", "br", "table", "li", "h2"} {
		if !policyKeepsBare()[e] {
			t.Errorf("<%s> with no attribute: stripped, want kept", e)
		}
	}
	for _, e := range []string{"a", "img", "main"} {
		if policyKeepsBare()[e] {
			t.Errorf("<%s> with no attribute: kept, want stripped", e)
		}
	}
}
