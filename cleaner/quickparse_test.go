package cleaner

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkQuickParse compares quickParse's tree of in with html.Parse's. It
// returns why quickParse gave up, or "" when it built the tree.
func checkQuickParse(in string) (gaveUp string, err error) {
	got, gaveUp := quickParse(in)
	if got == nil {
		if gaveUp == "" {
			return "", fmt.Errorf("no tree, and no reason")
		}
		return gaveUp, nil
	}
	want, errWant := html.Parse(strings.NewReader(in))
	if errWant != nil {
		return "", fmt.Errorf("a tree where html.Parse fails: %v", errWant)
	}
	if d := treeDiff(want, got); d != "" {
		return "", fmt.Errorf("trees differ: %s", d)
	}
	return "", nil
}

func TestQuickParseMatchesXNetHTML(t *testing.T) {
	cases := []struct {
		in    string
		quick bool // quickParse builds the tree rather than give up
	}{
		// The document's frame, made up where the markup leaves it out.
		{"", true},
		{"   ", true},
		{"text", true},
		{"<!DOCTYPE html><title>a</title><p>b", true},
		{"<!doctype HTML>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n</head>\n<body>\n<p>a</p>\n</body>\n</html>\n", true},
		{`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><p>a`, true},
		{"<!-- a --><!DOCTYPE html><!-- b --><html><!-- c --><head><!-- d --></head><!-- e --><body>f</body><!-- g --></html><!-- h -->", true},
		{"<html><head></head>  x<body>", true},
		{"<head><title>a</title></head><meta name=b><link rel=c><script>d</script><body>e", true},
		{"<head></head><style>a</style>\n<body>", true},
		{"</head></body>a", true},
		{"</div><p>a", true},
		{"<head>  <div>a", true},
		{"<body>a</body>  <!--b-->  </html>  <!--c-->  ", true},
		{"<body>a</body><p>b", true},
		{"<body>a</body></html><p>b", true},
		{"<body>a</html>b", true},
		{"<head><noscript><img src=a></noscript></head>", true},
		{"<base href=a><p>b", true},
		{"a\r\nb\rc<p title=\"d\r\ne\">", true},
		// Implied end tags.
		{"<p>a<p>b<div>c</div>d", true},
		{"<ul><li>a<li>b<ul><li>c</ul><li>d</ul>", true},
		{"<li>a<div><li>b</div>", true},
		{"<li>a<span><li>b", true},
		{"<dl><dt>a<dd>b<dt>c</dl>", true},
		{"<p>a</p></p>b", true},
		{"<h1>a<h2>b</h1>c", true},
		{"<div><p>a</div>b", true},
		{"<p><button><p>a</button>b", true},
		{"<button>a<button>b", true},
		{"<pre>\na</pre><pre>\n\nb</pre><listing>\nc</listing><pre><!---->\nd</pre>", true},
		{"<textarea>\na</textarea><textarea>\n\nb&amp;</textarea>", true},
		{"<p>a<hr>b", true},
		{"<select><option>a<option>b<optgroup><option>c</select>d", true},
		{"<select>a<select>b", true},
		{"<select><input>a", true},
		{"<option>a<option>b<optgroup>c", true},
		{"<ruby>a<rb>b<rt>c<rp>d<rtc>e</ruby>", true},
		{"<form><div><form>a</div></form>b<form>c", true},
		{"<form>a</form><form>b</form>", true},
		{"<div><form>a</div></form>b", true},
		{"<form><div>a</form>b</div>c", true},
		{"<p>a<image src=b>c", true},
		{"<p>a</br>b", true},
		{"<foo>a</foo><my-el x=1>b</my-el></bar>c", true},
		{"<div>a</span>b</div>", true},
		{"<td>a<tr>b<caption>c", true},
		{"<body><head><p>a", true},
		{"<span>a<p>b</span>c</p>", true},
		// Formatting elements.
		{"<p><b>a</b> <i>b</i> <a href=c>d</a></p>", true},
		{"<a title=x href=y class=z>a</a>", true},
		{"<b><i>a</i></b>", true},
		{"<b><span>a</b>b", true},
		{"<b>a<b>b<b>c</b></b></b>", true},
		{"<b>a<b>b<b>c<b>d", true},
		{"<b>a<b x=1>b<b>c<b x=1>d</b></b></b></b>", true},
		{"<p><b>a</p>b", true},
		{"<b><i>a</b>b</i>", true},
		{"<a>a<a>b", true},
		{"<b><div>a</b>b</div>", true},
		{"<p><b><i>a<p>b</i>c</b>d", true},
		{"<b>a<p>b</b>c", true},
		{"<a href=1><div><b>x<p>y</a>z", true},
		{"<b><i><u><s><em><strong><div>a</b>b", true},
		{"<b><i><u><s><em><strong><div>a<p>c</b>b</strong></i>", true},
		{"<p><b><i>x<div>y</b>z</i>w", true},
		{"<b id=1><p><b id=2><div>a</b>b</b>c", true},
		{"<table><tr><td><a><div>a</a>b</td></tr></table>", true},
		{"<p><b class=x>a<p><!---->b<br>c<img>d</p>", true},
		{"<b>1<b>2<b>3<b>4<i>5</b></b></b></b>x", true},
		{"<b>1<b>2<b>3<b>4<p>5</b></b></b></b>x", true},
		{"<a href=1>a<span>b<a href=2>c", true},
		{"<a href=1>a<div>b<a href=2>c", true},
		{"<table><tr><td><b>a</td><td>b</table>c", true},
		{"<b>a<table><tr><td>b</table>c", true},
		{"<p><em>a</p><ul><li>b</ul><select><option>c</select><button>d</button><svg></svg>", true},
		{"<p><u>a</p><pre>\nb</pre><textarea>\nc</textarea><xmp>d</xmp><input><hr><param>", true},
		{"<a href=x><div>a</div></a>", true},
		{"<a href=x><div>a</a></div>", true},
		{"<b>a</b></b>c", true},
		// Raw text.
		{"<script>a < b && c</script><style>p > a {}</style>", true},
		{"<script>a</scripty></script >b", true},
		{"<SCRIPT>a</Script/>b", true},
		{"<title>a &amp; <b></title>", true},
		{"<iframe><p>a</iframe><noembed><b></noembed><noframes>x</noframes><xmp><i></xmp>", true},
		{"<noscript><p>a</p></noscript>b", true},
		{"<p><xmp>a</xmp>", true},
		{"<script>a<!--b</script>", true},
		{"<script><!--<script>a</script>b</script>c", true},
		{"<script><!--<script>a</script>-->b</script><p>c", true},
		{"<script>a", false},
		{"<iframe/>a</iframe>b", true},
		{"<plaintext>a", false},
		// Tags and attributes as the tokenizer reads them.
		{`<p a=b c="d e" f='g' h i=j/>x`, true},
		{`<p A=1 a=2 B="3">x`, true},
		{`<p =a b='c>' d="e>"f g=h>i`, true},
		{`<p/a/b>c`, true},
		{`<br/><img src=a/><p/>x`, true},
		{"<p\ta\nb\fc\rd>x", true},
		{`<a href="?a=1&amp;b=2&c=3&copy;&#169;&#xA9;">x</a>`, true},
		{`<a href="?x=1&copy=2">y</a>`, true},
		{`<p title="&notit;">y</p>`, true},
		{`<p title="&foo;&bar">y</p>`, true},
		{`<p title="&semi;&amp&ampx&amp=&lt3&#;&#x;&#38&#x26;x&#0;&Aacute&AacuteX&#1234567;">y</p>`, true},
		{`<a href="?a=1&param=2&copy&reg;&regx;&notin;&notinx;&nbsp">y</a>`, true},
		{"a &amp; b &lt;c&gt; &copy &notit; &#x1F600; &", true},
		{"a < b <3 <> </>", true},
		{"a <", true},
		{"<p>a</", false},
		{"<?xml version=\"1.0\"?><p>a", true},
		{"<!x>a", true},
		{"<p", false},
		{"<p a=\"b", false},
		{"<!-- a", false},
		{"<!---->a<!-->b<!--->c<!-- d --!>e<!-- f --->g<!-- h --!-->i<!-- &amp; -->", true},
		{"a\x00b", false},
		{"<DIV CLASS=A>b</DIV>", true},
		{"<p>\u00e9\u4e2d<span title=\"\u00e9\">\u0645</span>", true},
		// Drawings.
		{`<p>a<svg viewbox="0 0 1 1" xmlns:xlink=x xlink:href=y><path d="M0"/><g><circle r=1></circle></g></svg>b`, true},
		{`<svg><lineargradient gradientunits=a><stop offset=0 /></lineargradient><clippath id=c><rect/></clippath></svg>`, true},
		{`<svg><title>a &amp; b</title><desc>c</desc><use href=#d /></svg>`, true},
		{`<svg><style>a{}</style><text>b<tspan>c</tspan></text></svg>`, true},
		{`<svg/><p>a`, true},
		{`<svg><path></svg>a`, false},
		{`<svg><p>a</svg>`, false},
		{`<svg><foreignObject><p>a</p></foreignObject></svg>`, false},
		{`<svg><title><b>a</b></title></svg>`, false},
		{`<svg><filter><feGaussianBlur stddeviation=2 /></filter></svg>`, true},
		{`<svg><rdf:RDF><cc:Work rdf:about=""/></rdf:RDF><my-icon/></svg>`, true},
		{`<svg><feFoo/></svg>`, false},
		{`<svg glyphref=a></svg>`, false},
		{`<svg><path></PATH></svg>`, true},
		{`<math><mi>x</mi></math>`, false},
		// Tables.
		{"<table><tr><td>a</table>b", true},
		{"<!DOCTYPE html><p>a<table><tr><th>b<td>c<tr><td>d</table>", true},
		{"<p>a<table><tr><td>b</td></tr></table>", true},
		{`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>a<table><td>b</table>`, true},
		{"<table>\n<thead><tr><th>a</th></tr></thead>\n<tbody><tr><td>b</td></tr></tbody><tfoot><tr><td>c</tfoot></table>", true},
		{"<table><tbody><tr><td>a<td>b</tr><tr><td>c</tbody><tbody><tr><td>d</table>", true},
		{"<table><tr><td><table><tr><td>a</table>b</td></tr></table>c", true},
		{"<table><tr><td><b>a<i>b</td><td>c</table>d", true},
		{"<b><table><tr><td>a</b>b</table>c</b>", true},
		{"<table><script>a</script><style>b</style><!--c--><form><input type=hidden></table>", true},
		{"<table><tr><td>a</td></tr><table><tr><td>b</table>", true},
		{"<table><td>a</td></tr></tbody></table></td>b", true},
		{"<table><tr><td>a<p>b</table>c", true},
		{"<table><tr><td>a", true},
		{"<table>a<tr><td>b</table>", true},
		{"<table><div>a</div></table>", true},
		{"<table><tr><input></table>", true},
		{"a<table>b<tr>c<td>d</td>e</tr>f</table>g", true},
		{"<table><tr><b>a<td>b</td></b><i>c</table>d", true},
		{"<p>a<table><tr><div>b<table><tr><td>c</table>d</div></table>", true},
		{"<table><b><tr><td>a</td></tr>b</b></table>", true},
		{"<table><a href=1>a<tr><td>b</td></tr><div>c</a>d</table>", true},
		{"<table><caption>a</caption></table>", true},
		{"<table><colgroup><col></colgroup></table>", true},
		// Beyond the subset.
		{"<template>a</template>", false},
		{"<frameset><frame></frameset>", false},
		{"<html a=b><html c=d>", true},
		{"<body a=b><body c=d>", true},
		{"<nobr>a</nobr>", true},
		{"<nobr>a<nobr>b<b>c<nobr>d</b>e", true},
		{"<p><object><b>a<param name=b></object>c<applet>d<marquee>e</applet>f", true},
		{"<table><caption>a<b>b</caption><tr><td>c</table>", true},
		{"<table><caption>a<td>b</table>", true},
		{"<table><caption>a</table>b", true},
		{"<table><col><col><tr><td>a</table>", true},
		{"<table><colgroup> <col>a</colgroup></table>", true},
		{"<table><colgroup><col> </colgroup><colgroup><tbody><tr><td>a</table>", true},
		{"a</3>b</ x>c<!>d<!->e<![if IE]>f<![endif]><? a &amp; b ?>", true},
		{"<svg><![CDATA[a]]></svg>", false},
		{"<![CDATA[a]]>b", true},
		{"a</", false},
		{"a<?b", false},
		{"<object>a</object>", true},
	}
	for _, tc := range cases {
		gaveUp, err := checkQuickParse(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if quick := gaveUp == ""; quick != tc.quick {
			t.Errorf("%q: quickParse built the tree: %v, want %v (gave up: %q)", tc.in, quick, tc.quick, gaveUp)
		}
	}
}

// TestQuickParseHostile: pages made to be slow to parse, whose cost would
// grow with the square of their size where quickParse compared each
// attribute with the tag's others or joined each piece of a text at once,
// are parsed as x/net/html parses them: tags of a hundred thousand
// attributes (many of a name seen before), texts in a hundred thousand
// pieces, between ignored tags and before a table.
func TestQuickParseHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p")
	for i := range 100000 {
		fmt.Fprintf(&b, " a%d=1 b=%d", i%50000, i)
	}
	b.WriteString("><body")
	for i := range 100000 {
		fmt.Fprintf(&b, " c%d", i)
	}
	b.WriteString("><body")
	for i := range 100000 {
		fmt.Fprintf(&b, " c%d d%d", 99999-i, i)
	}
	b.WriteString(">" + strings.Repeat("a</x>", 100000) + "<table>" + strings.Repeat("b<tr>", 100000))
	for _, in := range []string{b.String()} {
		if gaveUp, err := checkQuickParse(in); err != nil || gaveUp != "" {
			t.Errorf("gave up (%s), or: %v", gaveUp, err)
		}
	}
}

// TestQuickParseDeepNesting: past x/net/html's depth, where html.Parse
// fails, quickParse gives up rather than build a tree.
func TestQuickParseDeepNesting(t *testing.T) {
	for _, depth := range []int{quickMaxDepth - 3, quickMaxDepth + 10} {
		in := strings.Repeat("<div>", depth)
		_, errWant := html.Parse(strings.NewReader(in))
		got, gaveUp := quickParse(in)
		if (errWant == nil) != (got != nil) {
			t.Errorf("%d <div>s: html.Parse error %v, quickParse gave up %q", depth, errWant, gaveUp)
		}
		if got != nil {
			if _, err := checkQuickParse(in); err != nil {
				t.Errorf("%d <div>s: %v", depth, err)
			}
		}
	}
}

// TestQuickParseDrawingNames holds svgElements and svgAttributes to the
// names x/net/html gives.
func TestQuickParseDrawingNames(t *testing.T) {
	for name, want := range svgElements {
		doc, err := html.Parse(strings.NewReader("<svg><" + name + " a-b=1></" + name + "></svg>"))
		if err != nil {
			t.Fatal(err)
		}
		svg := findElement(doc, "svg")
		if svg == nil || svg.FirstChild == nil || svg.FirstChild.Data != want || svg.FirstChild.Namespace != "svg" {
			t.Errorf("<%s> in a drawing: x/net/html's name differs from %q", name, want)
		}
	}
	for key, want := range svgAttributes {
		doc, err := html.Parse(strings.NewReader("<svg " + key + "=1></svg>"))
		if err != nil {
			t.Fatal(err)
		}
		svg := findElement(doc, "svg")
		if svg == nil || len(svg.Attr) != 1 || svg.Attr[0].Key != want || svg.Attr[0].Namespace != "" {
			t.Errorf("attribute %s in a drawing: x/net/html's name differs from %q", key, want)
		}
	}
	for _, key := range svgNamespaced {
		if gaveUp, err := checkQuickParse("<svg " + key + "=1></svg>"); err != nil || gaveUp != "" {
			t.Errorf("attribute %s: quickParse gave up (%s) or differs: %v", key, gaveUp, err)
		}
	}
}

func findElement(n *html.Node, name string) *html.Node {
	if n.Type == html.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, name); f != nil {
			return f
		}
	}
	return nil
}

// TestQuickParseEveryTag puts each element x/net/html knows by name in the
// places where the parser's rules differ by element: a list item, a
// paragraph, a formatting element, a button, a drawing.
func TestQuickParseEveryTag(t *testing.T) {
	names := []string{
		"a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
		"bgsound", "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code",
		"col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
		"em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "h1", "h2", "h3",
		"h4", "h5", "h6", "head", "header", "hgroup", "hr", "i", "iframe", "image", "img", "input", "ins", "kbd",
		"keygen", "label", "legend", "li", "link", "listing", "main", "map", "mark", "menu", "meta", "meter",
		"nav", "noembed", "noframes", "noscript", "ol", "optgroup", "option", "output", "p", "param", "picture",
		"pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section",
		"select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup",
		"tbody", "td", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul",
		"var", "video", "wbr", "xmp", "custom-element",
	}
	frames := []string{
		"<ul><li>a<%[1]s>b<li>c</ul>x",
		"<dl><dt>a<%[1]s>b<dd>c</dl>x",
		"<p>a<%[1]s>b</p>c</%[1]s>d",
		"<div><%[1]s>a</div>b",
		"<em>a<%[1]s>b</em>c",
		"<button>a<%[1]s>b</button>c",
		"<select><%[1]s>a</select>b",
		"<svg><g><%[1]s>a</svg>b",
		"<h2>a<%[1]s>b</h2>c",
		"<form>a<%[1]s>b</form>c",
		"<%[1]s/>a<%[1]s x=1>b</%[1]s>c",
	}
	quick := 0
	for _, name := range names {
		for _, frame := range frames {
			in := fmt.Sprintf(frame, name)
			gaveUp, err := checkQuickParse(in)
			if err != nil {
				t.Errorf("%q: %v", in, err)
			}
			if gaveUp == "" {
				quick++
			}
		}
	}
	t.Logf("quickParse built %d of %d trees", quick, len(names)*len(frames))
	if quick < len(names)*len(frames)/2 {
		t.Errorf("quickParse built %d of %d trees; it gives up far more than it should", quick, len(names)*len(frames))
	}
}

// TestQuickParseSharedPages: every tree quickParse builds of the shared
// pages, as written and as withoutUnread leaves them, is html.Parse's.
func TestQuickParseSharedPages(t *testing.T) {
	// The reasons are those of the pages as parseInput parses them, without
	// what withoutUnread leaves out; the pages as written test more markup.
	reasons := map[string]int{}
	built, pages := 0, 0
	for _, set := range []string{"scrapinghub", "dragnet-train"} {
		files, _ := filepath.Glob(filepath.Join(sharedPath(t, "datasets", set, "html"), "*.html.gz"))
		for _, f := range files {
			b, err := readGzip(f)
			if err != nil {
				t.Fatal(err)
			}
			for i, in := range []string{withoutUnread(string(b)), string(b)} {
				gaveUp, err := checkQuickParse(in)
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(f), err)
				}
				if i > 0 {
					continue
				}
				if gaveUp == "" {
					built++
				} else {
					reasons[gaveUp]++
				}
				pages++
			}
		}
	}
	var rs []string
	for r, n := range reasons {
		rs = append(rs, fmt.Sprintf("%5d %s", n, r))
	}
	slices.Sort(rs)
	slices.Reverse(rs)
	t.Logf("quickParse built the trees of %d of %d pages; it gave up on the others at:\n%s", built, pages, strings.Join(rs, "\n"))
}

func FuzzQuickParse(f *testing.F) {
	addFixtureSeeds(f, func(b []byte) { f.Add(string(b)); f.Add(withoutUnread(string(b))) })
	for _, v := range xssVectors {
		f.Add(v.in)
	}
	for _, s := range []string{
		"<!DOCTYPE html><title>a</title><p>b<b>c</b><ul><li>d<li>e</ul>",
		`<svg viewbox="0 0 1 1"><path d="M0"/><title>a</title></svg><p a=b/>`,
		"<form><select><option>a<option>b</select><input></form><textarea>\nc</textarea>",
		"<head><script>a</script></head><style>b</style><body>c</body><!--d-->",
		"<pre>\na</pre><p>b</br>c</p></p><h1>d<h2>e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if _, err := checkQuickParse(in); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
	})
}
