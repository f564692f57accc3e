package cleaner

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// normalizedDoc parses page and runs the normalize pass on it.
func normalizedDoc(t *testing.T, page string, opts Options) *document {
	t.Helper()
	d, err := parseInput([]byte(page), opts)
	if err != nil {
		t.Fatalf("parseInput: %v", err)
	}
	if err := normalize(d); err != nil {
		t.Fatalf("normalize: %v", err)
	}
	return d
}

func TestNormalizeBaseURL(t *testing.T) {
	const body = `<body><p><a id="l" href="../img/x.html?a=1">link</a></p></body>`
	tests := []struct {
		name    string
		head    string
		opts    Options
		wantURL string
		wantRef string
	}{
		{"option", `<base href="https://other.example/"><link rel="canonical" href="https://canon.example/a/b">`,
			Options{BaseURL: "https://opt.example/news/2024/story"}, "https://opt.example/news/2024/story", "https://opt.example/news/img/x.html?a=1"},
		{"base href", `<base href="https://base.example/x/y/"><link rel="canonical" href="https://canon.example/a/b">`,
			Options{}, "https://base.example/x/y/", "https://base.example/x/img/x.html?a=1"},
		{"relative base resolved against canonical", `<base href="/root/sub/"><link rel="canonical" href="https://canon.example/a/b">`,
			Options{}, "https://canon.example/root/sub/", "https://canon.example/root/img/x.html?a=1"},
		{"canonical", `<link rel="canonical" href="https://canon.example/a/b/c"><meta property="og:url" content="https://og.example/z">`,
			Options{}, "https://canon.example/a/b/c", "https://canon.example/a/img/x.html?a=1"},
		{"og:url", `<meta property="og:url" content="https://og.example/p/q/r">`,
			Options{}, "https://og.example/p/q/r", "https://og.example/p/img/x.html?a=1"},
		{"invalid option falls through", `<meta property="og:url" content="https://og.example/p/q/r">`,
			Options{BaseURL: "::nope"}, "https://og.example/p/q/r", "https://og.example/p/img/x.html?a=1"},
		{"none", ``, Options{}, "", "../img/x.html?a=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, "<!DOCTYPE html><html><head>"+tt.head+"</head>"+body+"</html>", tt.opts)
			if d.art.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", d.art.URL, tt.wantURL)
			}
			if got := d.dom.Find("#l").AttrOr("href", ""); got != tt.wantRef {
				t.Errorf("href = %q, want %q", got, tt.wantRef)
			}
		})
	}
}

func TestNormalizeURLAttributes(t *testing.T) {
	tests := []struct {
		name, page, selector, attr, want string
		base                             string
	}{
		{"img src", `<p><img src="/a.jpg"></p>`, "img", "src", "https://ex.com/a.jpg", "https://ex.com/d/page"},
		{"srcset", `<p><img src="a.jpg" srcset="a-1x.jpg 1x, /b-2x.jpg 2x,c.jpg 300w"></p>`, "img", "srcset",
			"https://ex.com/d/a-1x.jpg 1x, https://ex.com/b-2x.jpg 2x, https://ex.com/d/c.jpg 300w", "https://ex.com/d/page"},
		{"srcset with a data URL", `<p><img srcset="data:image/gif;base64,R0lGOD,lhAQ 1x, big.jpg 2x"></p>`, "img", "srcset",
			"data:image/gif;base64,R0lGOD,lhAQ 1x, https://ex.com/d/big.jpg 2x", "https://ex.com/d/page"},
		{"video poster", `<video poster="p.png"></video><p>x</p>`, "video", "poster", "https://ex.com/d/p.png", "https://ex.com/d/page"},
		{"blockquote cite", `<blockquote cite="/src">q</blockquote>`, "blockquote", "cite", "https://ex.com/src", "https://ex.com/d/page"},
		{"in-page anchor stays", `<p><a href="#notes">notes</a></p>`, "a", "href", "#notes", "https://ex.com/d/page"},
		{"mailto stays", `<p><a href="mailto:a@b.c">mail</a></p>`, "a", "href", "mailto:a@b.c", "https://ex.com/d/page"},
		{"absolute stays", `<p><a href="http://other.org/x">x</a></p>`, "a", "href", "http://other.org/x", "https://ex.com/d/page"},
		{"protocol-relative without base", `<p><img src="//cdn.ex.com/i.png"></p>`, "img", "src", "https://cdn.ex.com/i.png", ""},
		{"relative without base stays", `<p><img src="i.png"></p>`, "img", "src", "i.png", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, tt.page, Options{BaseURL: tt.base})
			if got := d.dom.Find(tt.selector).AttrOr(tt.attr, "(none)"); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.attr, got, tt.want)
			}
		})
	}
}

func TestNormalizeLazyImages(t *testing.T) {
	const base = "https://ex.com/a/"
	tests := []struct {
		name, page string
		wantSrc    string
		wantSrcset string
	}{
		{"data-src over placeholder", `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg"></p>`, "https://ex.com/real.jpg", ""},
		{"data-src without src", `<p><img data-src="real.jpg"></p>`, "https://ex.com/a/real.jpg", ""},
		{"data-lazy-src", `<p><img src="/img/placeholder.png" data-lazy-src="/real.jpg"></p>`, "https://ex.com/real.jpg", ""},
		{"data-original with lazy class", `<p><img class="lazyload" src="/thumb.jpg" data-original="/real.jpg"></p>`, "https://ex.com/real.jpg", ""},
		{"real src kept", `<p><img src="/main.jpg" data-src="/other.jpg"></p>`, "https://ex.com/main.jpg", ""},
		{"data-srcset", `<p><img src="data:," data-srcset="/s.jpg 400w, /l.jpg 800w"></p>`, "https://ex.com/l.jpg", "https://ex.com/s.jpg 400w, https://ex.com/l.jpg 800w"},
		{"data-lazy-srcset", `<p><img data-src="/r.jpg" data-lazy-srcset="/r2.jpg 2x"></p>`, "https://ex.com/r.jpg", "https://ex.com/r2.jpg 2x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, tt.page, Options{BaseURL: base})
			img := d.dom.Find("img")
			if got := img.AttrOr("src", ""); got != tt.wantSrc {
				t.Errorf("src = %q, want %q", got, tt.wantSrc)
			}
			if got := img.AttrOr("srcset", ""); got != tt.wantSrcset {
				t.Errorf("srcset = %q, want %q", got, tt.wantSrcset)
			}
		})
	}
}

func TestNormalizePictureSource(t *testing.T) {
	d := normalizedDoc(t, `<picture><source data-srcset="/w.webp 1x" type="image/webp"><img data-src="/w.jpg"></picture><p>x</p>`,
		Options{BaseURL: "https://ex.com/"})
	src := d.dom.Find("source")
	if got := src.AttrOr("srcset", ""); got != "https://ex.com/w.webp 1x" {
		t.Errorf("source srcset = %q", got)
	}
	if _, ok := src.Attr("src"); ok {
		t.Errorf("source in picture got a src")
	}
}

func TestNormalizeNoscript(t *testing.T) {
	tests := []struct {
		name     string
		page     string
		wantImgs []string // src of every img, in order
	}{
		{"fallback replaces placeholder",
			`<figure><img class="lazy" src="data:image/gif;base64,AA==" alt="A cat"><noscript><img src="/cat.jpg"></noscript><figcaption>Cat</figcaption></figure>`,
			[]string{"https://ex.com/cat.jpg"}},
		{"fallback replaces wrapped placeholder",
			`<div><span class="ph"><img src="/spacer.gif"></span><noscript><img src="/dog.jpg" alt="Dog"></noscript></div><p>text</p>`,
			[]string{"https://ex.com/dog.jpg"}},
		{"lone fallback is inserted",
			`<figure><noscript><img src="/only.jpg"></noscript><figcaption>Only</figcaption></figure>`,
			[]string{"https://ex.com/only.jpg"}},
		{"tracking pixel is not",
			`<p>text</p><noscript><img height="1" width="1" style="display:none" src="https://tracker.example/tr?id=1"></noscript>`,
			nil},
		{"noscript text dropped",
			`<p>text</p><noscript>Please enable JavaScript.</noscript>`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, tt.page, Options{BaseURL: "https://ex.com/"})
			var got []string
			d.dom.Find("img").Each(func(_ int, s *goquery.Selection) { got = append(got, s.AttrOr("src", "")) })
			if strings.Join(got, " ") != strings.Join(tt.wantImgs, " ") {
				t.Errorf("images = %q, want %q", got, tt.wantImgs)
			}
			if n := d.dom.Find("noscript").Length(); n != 0 {
				t.Errorf("%d noscript left", n)
			}
			if strings.Contains(d.dom.Text(), "enable JavaScript") {
				t.Errorf("noscript text left in page")
			}
		})
	}
	d := normalizedDoc(t, `<figure><img class="lazy" src="data:," alt="A cat"><noscript><img src="/cat.jpg"></noscript></figure>`, Options{})
	if alt := d.dom.Find("img").AttrOr("alt", ""); alt != "A cat" {
		t.Errorf("alt of the placeholder not carried over: %q", alt)
	}
}

func TestNormalizeVideoEmbeds(t *testing.T) {
	tests := []struct {
		name, page string
		wantHref   string // "" means no figure link
		wantText   string
	}{
		{"youtube", `<p>x</p><iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="Rick Astley - Never Gonna Give You Up"></iframe>`,
			"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Rick Astley - Never Gonna Give You Up"},
		{"youtube-nocookie, generic title", `<p>x</p><iframe src="//www.youtube-nocookie.com/embed/abcDEF12345" title="YouTube video player"></iframe>`,
			"https://www.youtube.com/watch?v=abcDEF12345", "Watch the video on YouTube"},
		{"lazy youtube", `<p>x</p><iframe src="about:blank" data-src="https://www.youtube.com/embed/abcDEF12345"></iframe>`,
			"https://www.youtube.com/watch?v=abcDEF12345", "Watch the video on YouTube"},
		{"vimeo", `<p>x</p><iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e"></iframe>`,
			"https://vimeo.com/76979871", "Watch the video on Vimeo"},
		{"old object embed", `<p>x</p><object width="425"><param name="movie" value="http://www.youtube.com/v/abcDEF12345"><embed src="http://www.youtube.com/v/abcDEF12345" type="application/x-shockwave-flash"></object>`,
			"https://www.youtube.com/watch?v=abcDEF12345", "Watch the video on YouTube"},
		{"other iframe dropped", `<p>x</p><iframe src="https://ads.example/frame"></iframe>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, tt.page, Options{})
			if n := d.dom.Find("iframe, object, embed").Length(); n != 0 {
				t.Errorf("%d players left", n)
			}
			links := d.dom.Find("figure > a")
			if tt.wantHref == "" {
				if links.Length() != 0 {
					t.Errorf("unexpected figure link %q", links.AttrOr("href", ""))
				}
				return
			}
			if links.Length() != 1 {
				t.Fatalf("%d figure links, want 1", links.Length())
			}
			if got := links.AttrOr("href", ""); got != tt.wantHref {
				t.Errorf("href = %q, want %q", got, tt.wantHref)
			}
			if got := links.Text(); got != tt.wantText {
				t.Errorf("text = %q, want %q", got, tt.wantText)
			}
		})
	}
}

// A "click to tweet" box is a quote of the story inside a link to Twitter's
// share dialog, with a button: the quote stays as text, the button goes.
func TestNormalizeShareQuotes(t *testing.T) {
	const quote = "Every online business exists in the space-time continuum of its market."
	tests := []struct {
		name, link  string
		unlinked    bool   // the link is gone, its words left
		removedText string // the removal normalize records, "" for none
	}{
		{"a quote and its button",
			`<a href="https://twitter.com/intent/tweet?text=Every+online" class="ctt"><span class="ctt-text">` + quote + `</span><span class="ctt-btn">Click To Tweet</span></a>`,
			true, "Click To Tweet"},
		{"the share path, no scheme, no button",
			`<a href="//www.twitter.com/share?text=Every+online&amp;via=someone">` + quote + `</a>`, true, ""},
		{"X's address", `<a href="https://x.com/intent/post?text=x">` + quote + ` <b>Tweet this</b></a>`, true, "Tweet this"},
		{"a share button is left to the passes that take out share bars", `<a href="https://twitter.com/intent/tweet?text=x">Tweet</a>`, false, ""},
		{"a few words are a button's label too", `<a href="https://twitter.com/share">Share this story on Twitter</a>`, false, ""},
		{"a link to a tweet is a link", `<a href="https://twitter.com/someone/status/1">` + quote + `</a>`, false, ""},
		{"so is a link to an account named like the dialog", `<a href="https://twitter.com/shareholder">` + quote + `</a>`, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, `<p>A paragraph of the story before the box.</p>`+tt.link+`<p>And one after it.</p>`, Options{})
			if got := d.dom.Find("a").Length() == 0; got != tt.unlinked {
				t.Errorf("unlinked = %v, want %v", got, tt.unlinked)
			}
			var removed []string
			for _, r := range d.removals {
				removed = append(removed, r.Rule+": "+r.Text)
			}
			if want := "normalize.share-quote: " + tt.removedText; tt.removedText != "" && (len(removed) != 1 || removed[0] != want) {
				t.Errorf("removals %q, want [%q]", removed, want)
			} else if tt.removedText == "" && len(removed) != 0 {
				t.Errorf("removals %q, want none", removed)
			}
			if tt.unlinked && !strings.Contains(d.dom.Find("body").Text(), quote) {
				t.Errorf("the quote is gone: %q", d.dom.Find("body").Text())
			}
		})
	}
}

func TestNormalizeDrops(t *testing.T) {
	tests := []struct {
		name     string
		page     string
		gone     string   // selector that must match nothing
		kept     string   // text that must remain
		lost     string   // text that must be gone
		wantRule []string // rules recorded, in order
	}{
		{"scripts and styles", `<html><head><style>p{}</style><link rel="stylesheet" href="a.css"><meta name="x" content="y"></head><body><script>var secret=1</script><p>Body text.</p><template><p>tpl</p></template></body></html>`,
			"script, style, link, meta, template", "Body text.", "secret", nil},
		{"comment form recorded", `<p>Article text.</p><form id="commentform"><p>Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form>`,
			"form, textarea, input", "Article text.", "email address", []string{"normalize.form"}},
		{"empty search form dropped silently", `<p>Article text.</p><form role="search"><input type="search"></form>`,
			"form, input", "Article text.", "", nil},
		{"page-wrapping form unwrapped", `<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE"><div><h1>Title</h1><p>Article text.</p></div></form>`,
			"form, input", "Article text.", "", nil},
		{"stray buttons", `<p>Article text.</p><button>Subscribe now</button><select><option>One option</option></select>`,
			"button, select", "Article text.", "Subscribe now", []string{"normalize.control", "normalize.control"}},
		{"an anchor that goes nowhere, alone on its line, is a control", `<p>Article text.</p><p><a class="close">Close</a></p><div><a onclick="zoom()">Enlarge Image</a></div>`,
			"a", "Article text.", "Enlarge Image", []string{"normalize.control", "normalize.control"}},
		// fuzz 36040d7ecf37f858: a reopened <a> held the story, which read
		// as link text the first time and as prose in the output
		{"any other anchor without an href gives way to its text", `<h2><a name="s1">Section one</a></h2><p>Article text in <a>a span of words</a>.</p><p><a>` +
			`A paragraph the parser put inside an anchor it reopened, long enough not to be a control.</a></p><p><a id="top">Top</a></p>`,
			"a", "A paragraph the parser put inside", "", nil},
		// fuzz 85f496b0f3cbb7da: the policy drops an empty href as it drops
		// none; counted as links, the words made the last link line the
		// content's last words but links the first time, not the second
		{"an anchor with an empty href gives way too", `<p>Article text in <a href="">a span of words</a>.</p><p><a href=" ">` +
			`A paragraph inside an anchor with a blank address, long enough not to be a control.</a></p><div><a href="">Close</a></div>`,
			"a", "A paragraph inside an anchor", "Close", []string{"normalize.control"}},
		{"icons", `<p>Article text. <a href="/s"><svg><title>Share on Facebook</title><path d="M0"/></svg></a></p><svg aria-hidden="true"><use href="#i"/></svg><svg width="16" height="16"><title>Icon</title></svg>`,
			"svg", "Article text.", "Facebook", nil},
		{"heading permalinks", `<h1>DNS<span><a class="mark" href="#dns" id="dns">#</a></span></h1><h2>Startup<a class="headerlink" href="#startup" title="Permalink">¶</a></h2>` +
			`<h2><a class="header" href="#what-is-it">What Is It?</a></h2><h3><a href="#x"><svg class="icon"><title>Link</title></svg></a>Icon</h3><p>Article text.</p>`,
			"h1 a, h2 a, h3 a", "DNSStartupWhat Is It?Icon", "¶", nil},
		// fuzz 5539d4ba05942d49: inside the <i>, the link was no block for
		// the wording pass; the output unwraps it, and a second clean's
		// wording pass took "Teilen mit:" out
		{"an inline element around blocks gives way", `<p>Article text.</p><i><a href="/s">Teilen mit:</a><ul><li>Facebook</li></ul></i>`,
			"i", "Teilen mit:", "", nil},
		// fuzz 62a79eb600222b10: no doctype, so quirks mode, where a <p> may
		// hold a table; the output is parsed in standard mode, where it may not
		{"a table out of a paragraph", `<html><body><p>A line <table><tr><td>a cell</td></tr></table> after</p></body></html>`,
			"p table", "a cell", "", nil},
		// fuzz 076a623f98e9c498: judged whole, "Share this:" would be read with the list
		{"blocks out of a heading that swallowed them", `<p>Article text.</p><h3>Share this:<x-list><ul><li>Facebook</li></ul></x-list></h3>`,
			"h3 ul, h3 li, h3 x-list", "Share this:", "", nil},
		// fuzz 79cd78ad8eaeeaf4: the item the heading gave back has no list
		{"a list item with no list is a paragraph", `<p>Article text.</p><h3>Share this:<x-list><li><a href="/s">T</a></li></x-list></h3><li>Alone</li>`,
			"li", "Alone", "", nil},
		// fuzz 64ed9b6e9b679ce3: the title's words made "de-DE">" part of a
		// long paragraph; the output, without them, showed a date line
		{"a title, noembed or noframes in the body", `de-DE"><title>A Title Cut Off Its Head</title><noembed>No plug-in</noembed><noframes>No frames</noframes><p>Article text.</p>`,
			"title, noembed, noframes", "Article text.", "Cut Off", nil},
		// fuzz 766659dba7689d10: the policy refuses a src with spaces
		{"an image the output would not show", `<h2>Article text.<img src="/img/the keeper.jpg"></h2><img src="/img/keeper.jpg">`,
			"h2 img", "Article text.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalizedDoc(t, tt.page, Options{})
			if n := d.dom.Find(tt.gone).Length(); n != 0 {
				t.Errorf("%q still matches %d elements", tt.gone, n)
			}
			text := d.dom.Text()
			if !strings.Contains(text, tt.kept) {
				t.Errorf("lost %q", tt.kept)
			}
			if tt.lost != "" && strings.Contains(text, tt.lost) {
				t.Errorf("kept %q", tt.lost)
			}
			var rules []string
			for _, r := range d.removals {
				rules = append(rules, r.Rule)
			}
			if strings.Join(rules, " ") != strings.Join(tt.wantRule, " ") {
				t.Errorf("rules = %v, want %v", rules, tt.wantRule)
			}
		})
	}
}

// normalizedFirstBlock is the HTML of block, the first in a page, after the
// normalize pass.
func normalizedFirstBlock(t *testing.T, block string) string {
	t.Helper()
	d := normalizedDoc(t, "<body>"+block+"<p>Article text.</p></body>", Options{})
	var got strings.Builder
	if err := html.Render(&got, d.bodyElement().FirstChild); err != nil {
		t.Fatal(err)
	}
	return got.String()
}

func TestUnlinkHeadingPermalinks(t *testing.T) {
	tests := []struct {
		name, heading, want string
	}{
		{"a mark goes", `<h2>Startup<a class="headerlink" href="#startup" title="Permalink">¶</a></h2>`, `<h2>Startup</h2>`},
		{"a mark in a span", `<h1>DNS<span><a class="mark" href="#dns" id="dns">#</a></span></h1>`, `<h1>DNS<span></span></h1>`},
		{"a link that is the heading", `<h3><a class="header" href="#what"><em>What</em> Is It?</a></h3>`, `<h3><em>What</em> Is It?</h3>`},
		{"an action in brackets goes", `<h2>Stream<a class="srclink" href="https://b.example/s.js">[src]</a></h2>`, `<h2>Stream</h2>`},
		{"a wiki's edit link goes with its brackets", `<h2>History<span class="mw-editsection"><span>[</span><a href="/w?action=edit">edit</a><span>]</span></span></h2>`, `<h2>History</h2>`},
		{"a long bracketed link stays", `<h2>Notes <a href="/n">[see the full list of sources]</a></h2>`, `<h2>Notes <a href="/n">[see the full list of sources]</a></h2>`},
		{"a link to part of the page stays", `<h2>See <a href="#notes">the notes</a></h2>`, `<h2>See <a href="#notes">the notes</a></h2>`},
		{"a script's button stays", `<h2><a href="#">Show all</a></h2>`, `<h2><a href="#">Show all</a></h2>`},
		{"a link elsewhere stays", `<h2><a href="https://b.example/page">Elsewhere</a></h2>`, `<h2><a href="https://b.example/page">Elsewhere</a></h2>`},
		{"an arrow to the top stays", `<h2>Up <a href="#top">↑</a></h2>`, `<h2>Up <a href="#top">↑</a></h2>`},
		{"a permalink outside a heading stays", `<p>Note <a href="#n1">#</a></p>`, `<p>Note <a href="#n1">#</a></p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizedFirstBlock(t, tt.heading); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestSeparateCodeInPre(t *testing.T) {
	tests := []struct {
		name, pre, want string
	}{
		{"two variants", `<pre><input type="checkbox"><code class="mjs">import a;</code><code class="cjs">const a;</code></pre>`,
			"<pre><code class=\"mjs\">import a;</code>\n<code class=\"cjs\">const a;</code></pre>"},
		{"a variant that ends its line", "<pre><code>a\n</code><code>b</code></pre>", "<pre><code>a\n</code><code>b</code></pre>"},
		{"white space between", "<pre><code>a</code> <code>b</code></pre>", "<pre><code>a</code> \n<code>b</code></pre>"},
		{"code inside a line", "<pre>x = <code>a</code>, <code>b</code></pre>", "<pre>x = <code>a</code>, <code>b</code></pre>"},
		{"one code", "<pre><code>a</code></pre>", "<pre><code>a</code></pre>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizedFirstBlock(t, tt.pre); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNormalizeKeepsLargeSVG(t *testing.T) {
	d := normalizedDoc(t, `<p>Chart below.</p><svg width="600" height="400" viewBox="0 0 600 400"><text>Sales 2024</text></svg>`, Options{})
	if d.dom.Find("svg").Length() != 1 {
		t.Errorf("large drawing removed")
	}
}

func TestNormalizeDropImages(t *testing.T) {
	page := `<figure><picture><source srcset="/a.webp"><img src="/a.jpg"></picture><figcaption>Caption stays</figcaption></figure>
<figure><img src="/b.jpg"></figure><p>Text <img src="/inline.png"> here.</p><video poster="/p.jpg" controls></video>`
	tests := []struct {
		drop      bool
		wantImg   int
		wantFig   int
		wantPoser bool
	}{
		{false, 3, 2, true},
		{true, 0, 1, false},
	}
	for _, tt := range tests {
		d := normalizedDoc(t, page, Options{DropImages: tt.drop, BaseURL: "https://ex.com/"})
		if n := d.dom.Find("img, picture, source").Length(); (n == 0) != (tt.wantImg == 0) || d.dom.Find("img").Length() != tt.wantImg {
			t.Errorf("drop=%v: %d images", tt.drop, n)
		}
		if n := d.dom.Find("figure").Length(); n != tt.wantFig {
			t.Errorf("drop=%v: %d figures, want %d", tt.drop, n, tt.wantFig)
		}
		if _, ok := d.dom.Find("video").Attr("poster"); ok != tt.wantPoser {
			t.Errorf("drop=%v: poster present = %v", tt.drop, ok)
		}
		if !strings.Contains(d.dom.Text(), "Caption stays") {
			t.Errorf("drop=%v: caption lost", tt.drop)
		}
		if len(d.removals) != 0 {
			t.Errorf("drop=%v: images recorded as removals", tt.drop)
		}
	}
}

func TestParseSrcset(t *testing.T) {
	tests := []struct {
		in   string
		want []srcsetEntry
	}{
		{"a.jpg", []srcsetEntry{{"a.jpg", ""}}},
		{"a.jpg 1x, b.jpg 2x", []srcsetEntry{{"a.jpg", "1x"}, {"b.jpg", "2x"}}},
		{" a.jpg, b.jpg 640w ,", []srcsetEntry{{"a.jpg", ""}, {"b.jpg", "640w"}}},
		{"data:image/png;base64,AA,BB 1x, c.png 2x", []srcsetEntry{{"data:image/png;base64,AA,BB", "1x"}, {"c.png", "2x"}}},
		{"", nil},
	}
	for _, tt := range tests {
		got := parseSrcset(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("parseSrcset(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("parseSrcset(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

// BenchmarkEarlyStages runs the pipeline's first stages over the page sets,
// each sub-benchmark one stage further: input (parseInput), metadata (and
// extractMetadata), normalize (and normalize). Under callgrind the
// difference of two runs' instruction totals is one stage's cost, free of
// the noise a busy machine puts into timings.
func BenchmarkEarlyStages(b *testing.B) {
	stages := []struct {
		name  string
		after func(*document) error
	}{
		{"input", nil},
		{"metadata", extractMetadata},
		{"normalize", func(d *document) error {
			if err := extractMetadata(d); err != nil {
				return err
			}
			return normalize(d)
		}},
	}
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) {
			benchEachSet(b, func(page []byte) {
				d, err := parseInput(page, Options{SkipRemovedHTML: true})
				if err == nil && s.after != nil {
					_ = s.after(d)
				}
			})
		})
	}
}

// hasURLScheme lets absoluteURL skip url.Parse: whenever it holds, the
// parse must either fail or give an absolute URL.
func TestHasURLSchemeMeansNoResolving(t *testing.T) {
	refs := []string{
		"https://a.example/x", "HTTP://A.EXAMPLE", "mailto:a@b.c", "data:image/png;base64,AA",
		"javascript:void(0)", "a+b-c.d:rest", "x:", ":nope", "1http://a", "+a:b", "/path:x",
		"?q=a:b", "#a:b", "a#b:c", "a/b:c", "a b:c", "ht\ttp://a", "http://a b/%zz", "//cdn.example/x.js",
		"img/a.jpg", "", "é:x", "a.b:", "a%3Ab:c",
	}
	for _, ref := range refs {
		if !hasURLScheme(ref) {
			continue
		}
		if u, err := url.Parse(ref); err == nil && !u.IsAbs() {
			t.Errorf("hasURLScheme(%q) but url.Parse finds a relative URL", ref)
		}
	}
	for _, ref := range []string{"https://a.example/x", "mailto:a@b.c", "a+b-c.d:rest"} {
		if !hasURLScheme(ref) {
			t.Errorf("hasURLScheme(%q) = false", ref)
		}
	}
}

// surelyShown spares the sanitizer the images it keeps anyway: its yes
// must be the policy's.
func TestSurelyShownAgreesWithPolicy(t *testing.T) {
	imgs := []string{
		`<img alt="">`, `<img title="t" src="javascript:x">`, `<img width="640">`, `<img height="12345">`,
		`<img width="123456">`, `<img width="50%">`, `<img lang="en">`, `<img lang="e n">`, `<img dir="RTL">`,
		`<img srcset="https://a.example/a.jpg 2x">`, `<img srcset="a.jpg 2x">`, `<img sizes="(max-width: 600px) 100vw">`,
		`<img src="https://a.example/a.jpg">`, `<img src="a b.jpg">`, `<img class="x" data-src="y">`, `<img>`,
	}
	for _, src := range imgs {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		img := doc.Find("img").Get(0)
		if surelyShown(img) && !policyKeepsImages([]*html.Node{img})[0] {
			t.Errorf("surelyShown(%s), but the policy drops it", src)
		}
		if want := src == `<img alt="">` || src == `<img width="640">`; want && !surelyShown(img) {
			t.Errorf("surelyShown(%s) = false", src)
		}
	}
}

// checkResolveWhileTesting has every reference urlResolver joins without
// net/url resolved by absoluteURL too, which must give the same address,
// over the whole suite (fixtures, fuzz seeds, the shared pages of the
// accuracy guard).
func checkResolveWhileTesting() {
	checkResolve = func(base *url.URL, ref, joined string) {
		if want := absoluteURL(base, ref); joined != want {
			panic("urlResolver joined " + ref + " against " + base.String() + " as " + joined + ", absoluteURL gives " + want)
		}
	}
}

// TestURLResolver holds urlResolver to absoluteURL on bases and references
// of every shape, joined or not.
func TestURLResolver(t *testing.T) {
	bases := []string{
		"https://example.com/2024/05/story.html", "https://example.com", "https://example.com/",
		"http://user:pw@example.com:8080/a/b/", "https://例え.jp/パス/ページ?q=1#top", "https://example.com/a%2Fb/c%20d/e",
		"https://example.com/a/./b/../c/d", "https://[::1]:80/x/y", "file:///home/me/page.html", "mailto:someone@example.com",
		"https://example.com/a:b/c", "https://EXAMPLE.com/A/B?x#y",
	}
	refs := []string{
		"/", "/a", "/a/b/c.html", "/a//b", "/a/", "/a?x=1&y=2", "/a?", "/a?x#y", "/a?x y", "/a?%zz", "/a?é",
		"/.well-known/x", "/a/./b", "/a/../b", "/a/.b", "//cdn.example.com/x", "x", "x/y.png", "x.y.z", "x?q=1",
		"../x", "./x", ".x", "x/..", "?q", "#f", "a:b", "a b", " /a ", "/a%20b", "/~me/x-y_z", "/A/B", "",
		"https://other.example/x", "data:image/gif;base64,R0lG", "/é", "x/é",
	}
	for _, b := range bases {
		base, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []*urlResolver{newURLResolver(base), newURLResolver(nil)} {
			for _, ref := range refs {
				want := absoluteURL(r.base, ref)
				if got := r.resolve(ref); got != want {
					t.Errorf("base %q: resolve(%q) = %q, absoluteURL gives %q", b, ref, got, want)
				}
			}
		}
	}
}
