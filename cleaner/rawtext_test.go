package cleaner

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// rawTextCases pair inputs with what withoutUnread must make of them.
var rawTextCases = []struct {
	name, in, want string
}{
	{"script", `<p>a</p><script>var x = "<p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
	{"style", `<style>p { color: red }</style><p>a</p>`, `<style></style><p>a</p>`},
	{"upper case", `<SCRIPT type=x>1 < 2</SCRIPT ><Style>a{}</sTyle>`, `<SCRIPT type=x></SCRIPT ><Style></sTyle>`},
	{"no change", `<p>a <b>b</b></p>`, `<p>a <b>b</b></p>`},
	{"unread links of the head", `<head><title>t</title><link rel="icon" href="/f.ico"><LINK Rel=stylesheet href=a.css data-x=1 /></head><p>a`,
		`<head><title>t</title></head><p>a`},
	{"head links with their white space", "<head>\n  <link rel=icon href=/f>\n  <title>t</title>", "<head>\n\n<title>t</title>"},
	{"a link that opens the head kept", `<!doctype html><link rel=preload as=style href=a.css> <html><head>`, `<!doctype html><link rel=preload as=style href=a.css> <html><head>`},
	{"a link after the head opened", `<!doctype html><meta charset=utf-8><link rel=icon href=/f> <title>t</title>`, `<!doctype html><meta charset=utf-8> <title>t</title>`},
	{"scripts of the head", "<head><base href=/>\n<script async src=a.js></script>\n<SCRIPT>var a = '</p>';</SCRIPT >\n<title>t</title>",
		"<head><base href=/>\n\n\n<title>t</title>"},
	{"scripts of the head kept", `<script src=a.js></script> <base href=/><script type="application/ld+json">{}</script><script id=s></script><script type="ld&#43;json"></script>`,
		`<script src=a.js></script> <base href=/><script type="application/ld+json">{}</script><script id=s></script><script type="ld&#43;json"></script>`},
	{"scripts past the head kept", `<head><base href=/></head><script>a</script><p>b</p><script>c</script>`,
		`<head><base href=/></head><script></script><p>b</p><script></script>`},
	{"read links kept", `<link rel="Canonical" href="/a"><link rel="image_src alternate" href="/b.jpg"><link rel=author href=/me>`,
		`<link rel="Canonical" href="/a"><link rel="image_src alternate" href="/b.jpg"><link rel=author href=/me>`},
	{"links a selector may find kept", `<link rel=icon id=i href=/f><link class=c rel=icon><link itemprop=url href=/u>`,
		`<link rel=icon id=i href=/f><link class=c rel=icon><link itemprop=url href=/u>`},
	{"a link with a reference kept", `<link rel="ic&#111;n" href="/f">`, `<link rel="ic&#111;n" href="/f">`},
	{"links past the head kept", `<title>t</title>x<link rel=icon href=/f></head><link rel=icon><p>a</p><link rel=icon>`,
		`<title>t</title>x<link rel=icon href=/f></head><link rel=icon><p>a</p><link rel=icon>`},
	{"a link after the head's end kept", `<head></head><link rel=icon>`, `<head></head><link rel=icon>`},
	{"unread metas of the head", `<head><meta charset=utf-8><meta name=viewport content="width=device-width"><META HTTP-EQUIV=X-UA-Compatible content=IE=edge data-x=1 /><meta property="fb:app_id" content=1></head><p>a`,
		`<head></head><p>a`},
	{"read metas kept", `<title>t</title><meta name="Description" content=d><meta property="og:title og:x" content=t><meta name=viewport content=w><meta name="parsely-page" content="{}"><meta property=og:url content=/u>`,
		`<title>t</title><meta name="Description" content=d><meta property="og:title og:x" content=t><meta name="parsely-page" content="{}"><meta property=og:url content=/u>`},
	{"metas a selector may find kept", `<title>t</title><meta itemprop=image content=/i.jpg><meta id=m name=x><meta class=c name=y><meta name=z content=1 foo=2>`,
		`<title>t</title><meta itemprop=image content=/i.jpg><meta id=m name=x><meta class=c name=y><meta name=z content=1 foo=2>`},
	{"a meta with a reference kept", `<title>t</title><meta name="vie&#119;port" content=w>`, `<title>t</title><meta name="vie&#119;port" content=w>`},
	{"a meta that opens the head kept", `<meta name=viewport content=w><title>t</title>`, `<meta name=viewport content=w><title>t</title>`},
	{"metas past the head kept", `<title>t</title><p>x<meta name=viewport content=w>`, `<title>t</title><p>x<meta name=viewport content=w>`},
	{"a name that only folds to link", "<lin\u212a rel=icon><title>t</title>", "<lin\u212a rel=icon><title>t</title>"},
	{"a name that only folds to a head tag", "<\u017ftyle></\u017ftyle><link rel=icon>", "<\u017ftyle></\u017ftyle><link rel=icon>"},
	{"empty", `<script></script>`, `<script></script>`},
	{"json-ld kept", `<script type="application/LD+JSON">{"a":1}</script><p>a</p><script>x</script>`,
		`<script type="application/LD+JSON">{"a":1}</script><p>a</p><script></script>`},
	{"reference in the tag kept", `<script type="application/ld&#43;json">{}</script>`, `<script type="application/ld&#43;json">{}</script>`},
	{"end tag needs a delimiter", `<script>a</scripts>b</script>c`, `<script></script>c`},
	{"end tag at a slash", `<script>a</script/>b`, `<script></script/>b`},
	{"quoted > in the start tag", `<script title="a>b">c</script>`, `<script title="a>b"></script>`},
	{"script in an attribute", `<div title="<script>">x</div><script>y</script>`, `<div title="<script>">x</div><script></script>`},
	{"script in a comment", `<!-- <script> --><p>x</p><script>y</script>`, `<!----><p>x</p><script></script>`},
	{"comment text", `<p>a<!--b-->c</p><!---->`, `<p>a<!---->c</p><!---->`},
	{"short comments", `<!--><script>a</script><!---><style>b</style>`, `<!--><script></script><!---><style></style>`},
	{"comment ended by --!>", `<!-- a --!><script>a</script>`, `<!----><script></script>`},
	{"bogus comments", `<? x ><!x><script>a</script></ x><style>b</style>`, `<? x ><!x><script></script></ x><style></style>`},
	{"script in a textarea", `<textarea><script>a</script></textarea><script>b</script>`, `<textarea><script>a</script></textarea><script></script>`},
	{"script in a title", `<title>x <script>a</script></title>`, `<title>x <script>a</script></title>`},
	{"script in a noscript", `<noscript><script>a</script></noscript>`, `<noscript><script>a</script></noscript>`},
	{"escaped script", `<script><!-- document.write("<script>x</script>") --></script><p>y</p><script>z</script>`,
		`<script></script><p>y</p><script></script>`},
	{"escape ends the script", `<script><!-- a </script><p>b</p>`, `<script></script><p>b</p>`},
	{"stop at svg", `<script>a</script><svg><style>b</style></svg><script>c</script>`, `<script></script><svg><style>b</style></svg><script>c</script>`},
	{"past a plain svg", `<svg viewBox="0 0 9 9"><title>Menu</title><!-- i --><g><path d="M0 0"/><use href="#a"></use></g></svg><script>a</script>`,
		`<svg viewBox="0 0 9 9"><title>Menu</title><!-- i --><g><path /><use href="#a"></use></g></svg><script></script>`},
	{"past nested svgs", `<SVG><svg/><svg><Path></svg></Svg ><style>a</style>`, `<SVG><svg/><svg><Path></svg></Svg ><style></style>`},
	{"path data", `<svg><path d="M0 0" fill=red /><path class=x d=M1/><path d=1 D=2><path d=3 /d=4></svg><path d=x>`,
		`<svg><path  fill=red /><path class=x d=M1/><path  ><path d=3 /d=4></svg><path d=x>`},
	{"past an svg closed after a copied name", `<svg><path d D=/>a</svg><script>b</script>`, `<svg><path d D=/>a</svg><script></script>`},
	{"past a self-closing svg", `<svg a="b"/><script>a</script>`, `<svg a="b"/><script></script>`},
	{"stop at a slash that ends a value", `<svg a=b/><script>a</script>`, `<svg a=b/><script>a</script>`},
	{"stop at a slash after a quote in a value", `<svg a=b"/><script>a</script>`, `<svg a=b"/><script>a</script>`},
	{"past an svg closed after a value", `<svg a=b /><svg c/><svg d='e'/><script>a</script>`, `<svg a=b /><svg c/><svg d='e'/><script></script>`},
	{"stop at html in svg", `<svg><p>a</p></svg><script>b</script>`, `<svg><p>a</p></svg><script>b</script>`},
	{"stop at a tag in an svg title", `<svg><title><b>a</b></title></svg><script>b</script>`, `<svg><title><b>a</b></title></svg><script>b</script>`},
	{"stop at cdata in svg", `<svg><![CDATA[</svg>]]></svg><script>a</script>`, `<svg><![CDATA[</svg>]]></svg><script>a</script>`},
	{"stop at an html end tag in svg", `<div><svg></div><script>a</script>`, `<div><svg></div><script>a</script>`},
	{"stop at an unclosed svg", `<svg><path d="M0 0"><script>a</script>`, `<svg><path d="M0 0"><script>a</script>`},
	{"unread data attributes", `<div data-a="1" class=x data-src=y data-b=c/>z</div><img data-c data-d= 'e'/><p data-e=f>`,
		`<div  class=x data-src=y data-b=c/>z</div><img  /><p >`},
	{"data attribute after a slash kept", `<p a=1 /data-e=q/>`, `<p a=1 /data-e=q/>`},
	{"data attributes by name", `<a data-x=1 DATA-X="2"data-y=3 /data-y data-é=5 data-src=6>`, `<a  data-y=3 /data-y data-é=5 data-src=6>`},
	{"data attributes in capitals alone", `<p DATA-X=1 Data-Y="2" class="data-z">a<b title="data-q">`, `<p   class="data-z">a<b title="data-q">`},
	{"data attribute with a NUL kept", "<a data-\x00=1 data-\ufffd=2>", "<a data-\x00=1 data-\ufffd=2>"},
	// fuzz f5a891422aa7328e: without the value, "=0" would give one to "0"
	{"data attribute before an '=' kept", `<a 0 data-x=""=0 data-y="">`, `<a 0 data-x=""=0 >`},
	{"data attribute before white space and an '=' kept", `<a 0 data-x=1 =0 data-v="" 	=1 data-y="">`, `<a 0 data-x=1 =0 data-v="" 	=1 >`},
	{"stop at math", `<math><script>a</script></math>`, `<math><script>a</script></math>`},
	{"stop at frameset", `<frameset><script> </script></frameset>`, `<frameset><script> </script></frameset>`},
	{"stop at plaintext", `<plaintext><script>a</script>`, `<plaintext><script>a</script>`},
	{"unterminated script", `<script>a<p>b</p>`, `<script>a<p>b</p>`},
	{"input ends in a tag", `<script>a</script><div title="x`, `<script></script><div title="x`},
	{"input ends in a comment", `<style>a</style><!-- <script>b</script>`, `<style></style><!-- <script>b</script>`},
	{"not a tag", `a < b <3 <script>c</script>`, `a < b <3 <script></script>`},
	{"no folding beyond ASCII", "<ſcript>a</ſcript><script>b</script>", "<ſcript>a</ſcript><script></script>"},
	{"white space between tags shortened", "<ul>\n\t\t<li>a</li>  <li>b</li>\r\n  </ul> <p>c  d</p>\t\t",
		"<ul>\n<li>a</li> <li>b</li>\n</ul> <p>c  d</p>\t\t"},
	{"white space kept from a pre on", "<p>a</p>\n\n<PRE>\n  <b>x</b>\n    </pre>\n\n<p>b</p>",
		"<p>a</p>\n<PRE>\n  <b>x</b>\n    </pre>\n\n<p>b</p>"},
	{"white space kept from a code on", "<div>\n  <code>a</code>\n  <b>b</b>\n</div>", "<div>\n<code>a</code>\n  <b>b</b>\n</div>"},
	{"white space kept from a listing on", "<i>a</i>  <listing>\n  x  </listing>  <i>b</i>", "<i>a</i> <listing>\n  x  </listing>  <i>b</i>"},
}

func TestWithoutUnread(t *testing.T) {
	for _, tc := range rawTextCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutUnread(tc.in); got != tc.want {
				t.Errorf("withoutUnread(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestWithoutUnreadKeepsTheTree parses each input as written and as
// withoutUnread leaves it: the trees must be the same but for the text
// of scripts and styles. The inputs are the cases above, traps for the
// scanner's reading of the tokenizer, and every shared page when
// ../shared is there.
func TestWithoutUnreadKeepsTheTree(t *testing.T) {
	inputs := []string{
		`<script><!--<script>a</script>b</script>c</script><p>d</p>`,
		`<script><!--<script>a</script>-->b</script><p>c</p>`,
		`<script><!--<scripty>--></script><p>c</p>`,
		`<script><!-- a <b></script>c`,
		`<script><!-x</script>y`,
		`<script><</script>y`,
		`<script>a</scrip</script>b`,
		`<script><!--<script></script --></script>z`,
		`<script><!--<script>-->a</script>b`,
		`<script><!--<script>--!>a</script>b`,
		`<script><!--<SCRIPT/a</script>b</script>c`,
		`<table><script>a</script><style>b</style><tr><td>c</td></tr></table>`,
		`<select><style>a</style><script>b</script><option>c</select>`,
		`<head><style>a</style><noscript><style>b</style></noscript></head>`,
		`<p a=b/>x<script/>y</script>z`,
		`<p =a b='c>' d="e>"f g=h>i<style>j</style>`,
		`<p/a/b><script>c</script>`,
		`<!doctype html><script>a</script>`,
		`<!DOCTYPE><style>a</style>`,
		`<!----><!-- --!-><script>a</script> -->`,
		`<xmp><script>a</script></xmp><iframe><style>b</style></iframe><noembed><script>c</script></noembed><noframes><style>d</style></noframes>`,
		`</script><script>a</script>`,
		"<script>\x00a</script>\x00<style>\x00</style>",
		"<script\x00>a</script>",
		`<template><script>a</script><style>b</style></template>`,
		`<body><frameset><script>a b</script>`,
		`<svg><foreignObject><style>a</svg>b</style></foreignObject></svg><script>c</script>`,
		`<b><p></b><svg><title>x</title><desc>y</desc></svg><script>a</script>`,
		`<table><svg><path></svg><script>a</script><tr><td>b</td></tr></table>`,
		`<select><svg><path></svg><style>a</style><option>b</select>`,
		`<svg><g></svg></g><script>a</script>`,
		`<svg><svg><g></svg><text>a<tspan>b</svg><style>c</style>`,
		`<math><svg></svg><script>a</script></math>`,
		`<head><svg><path/></svg><style>a</style></head><body>b`,
		`<a><svg><path></a></svg><script>b</script>`,
		`<svg><title>a</title ><title/><script>b</script>`,
		`<svg a=b/><script>a</script>`,
		`<svg a /><svg/><svg b=''/><script>a</script>`,
		`<svg><svg a=b/></svg><script>a</script>`,
	}
	for _, tc := range rawTextCases {
		inputs = append(inputs, tc.in)
	}
	for _, in := range inputs {
		if err := checkUnreadTree(in); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
	for _, set := range []string{"scrapinghub", "dragnet-train"} {
		pages, _ := filepath.Glob(filepath.Join(sharedPath(t, "datasets", set, "html"), "*.html.gz"))
		for _, p := range pages {
			b, err := readGzip(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkUnreadTree(string(b)); err != nil {
				t.Errorf("%s: %v", filepath.Base(p), err)
			}
		}
	}
}

// checkUnreadTree parses in as written and as withoutUnread leaves it,
// and says how the trees differ beyond what was left out.
func checkUnreadTree(in string) error {
	want, errWant := html.Parse(strings.NewReader(in))
	got, errGot := html.Parse(strings.NewReader(withoutUnread(in)))
	if (errWant == nil) != (errGot == nil) {
		return fmt.Errorf("parse errors differ: %v, %v", errWant, errGot)
	}
	if errWant != nil {
		return nil
	}
	return sameTreeButUnread(want, got)
}

// sameTreeButUnread compares the tree of a page (want) with the tree of
// the page without its scripts', styles' and comments' text and its unread
// data attributes (got), node by node.
func sameTreeButUnread(want, got *html.Node) error {
	type pair struct{ w, g *html.Node }
	stack := []pair{{want, got}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		w, g := p.w, p.g
		commentLeftOut := w.Type == html.CommentNode && g.Type == html.CommentNode && g.Data == ""
		spaceShortened := w.Type == html.TextNode && g.Type == html.TextNode && foldedRuns(w.Data) == foldedRuns(g.Data)
		if w.Type != g.Type || w.Data != g.Data && !commentLeftOut && !spaceShortened || w.Namespace != g.Namespace || !sameReadAttrs(w, g.Attr) {
			return fmt.Errorf("node %q (type %d) %v became %q (type %d) %v", w.Data, w.Type, w.Attr, g.Data, g.Type, g.Attr)
		}
		if w.Type == html.ElementNode && w.Namespace == "" && (w.Data == "script" || w.Data == "style") &&
			g.FirstChild == nil && w.FirstChild != nil && w.FirstChild == w.LastChild && w.FirstChild.Type == html.TextNode {
			continue // the text left out
		}
		wcs, gcs := childrenButUnreadOfHead(w), childrenButUnreadOfHead(g)
		if len(wcs) != len(gcs) {
			return fmt.Errorf("the children of %q differ in number", w.Data)
		}
		for i := range wcs {
			stack = append(stack, pair{wcs[i], gcs[i]})
		}
	}
	return nil
}

// childrenButUnreadOfHead lists n's children; in the head, without the
// <link>s, <script>s and <meta>s withoutUnread may leave out (unreadLink,
// unreadScriptEnd, unreadMeta), and with the text on either side of one joined, as the
// parser joins it when the element is gone.
func childrenButUnreadOfHead(n *html.Node) []*html.Node {
	head := n.Type == html.ElementNode && n.Data == "head" && n.Namespace == ""
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if head && (isUnreadLinkElement(c) || isUnreadScriptElement(c) || isUnreadMetaElement(c)) {
			continue
		}
		if last := len(out) - 1; head && last >= 0 && c.Type == html.TextNode && out[last].Type == html.TextNode {
			out[last] = &html.Node{Type: html.TextNode, Data: out[last].Data + c.Data}
			continue
		}
		out = append(out, c)
	}
	return out
}

// isUnreadScriptElement is unreadScriptEnd's test of a parsed <script>.
func isUnreadScriptElement(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Data != "script" || n.Namespace != "" {
		return false
	}
	for _, a := range n.Attr {
		if a.Namespace != "" || !slices.Contains(scriptUnreadAttrs, a.Key) && !unreadDataAttr(a.Key) ||
			a.Key == "type" && containsFoldASCII(a.Val, "ld+json") {
			return false
		}
	}
	return true
}

// isUnreadMetaElement is unreadMeta's test of a parsed <meta>.
func isUnreadMetaElement(n *html.Node) bool {
	return isUnreadHeadElement(n, "meta", metaUnreadAttrs, metaKeyAttrs, func(key string) bool { return metaReadKeys[key] })
}

// isUnreadLinkElement is unreadLink's test of a parsed <link>.
func isUnreadLinkElement(n *html.Node) bool {
	return isUnreadHeadElement(n, "link", linkUnreadAttrs, []string{"rel"}, func(token string) bool {
		return slices.Contains(linkReadRels, token)
	})
}

// isUnreadHeadElement is unreadAttrs' test of a parsed element named name.
func isUnreadHeadElement(n *html.Node, name string, keys, valueKeys []string, read func(word string) bool) bool {
	if n.Type != html.ElementNode || n.Data != name || n.Namespace != "" {
		return false
	}
	for _, a := range n.Attr {
		if a.Namespace != "" || !slices.Contains(keys, a.Key) && !unreadDataAttr(a.Key) {
			return false
		}
		if slices.Contains(valueKeys, a.Key) {
			for word := range strings.FieldsSeq(strings.ToLower(a.Val)) {
				if read(word) {
					return false
				}
			}
		}
	}
	return true
}

// sameReadAttrs reports whether got is the attributes of w, or those
// without some of the ones no pass reads: data attributes, and the data of
// an SVG path.
func sameReadAttrs(w *html.Node, got []html.Attribute) bool {
	unread := func(a html.Attribute) bool {
		return a.Namespace == "" && (strings.HasPrefix(a.Key, "data-") && !readDataAttrs()[a.Key] ||
			a.Key == "d" && w.Namespace == "svg" && w.Data == "path")
	}
	for _, a := range w.Attr {
		switch {
		case len(got) > 0 && got[0] == a:
			got = got[1:]
		case !unread(a):
			return false
		}
	}
	return len(got) == 0
}

// foldedRuns is s with each run of HTML white space made one line feed when
// it holds one, else one space: what withoutUnread may shorten a run of
// white space between tags to leaves it the same.
func foldedRuns(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isHTMLSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isHTMLSpace(s[j]) {
			j++
		}
		if strings.ContainsAny(s[i:j], "\n\r") {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// FuzzWithoutUnread holds withoutUnread to the parser on any input:
// the tree it leads to is the page's, but for the text it leaves out.
func FuzzWithoutUnread(f *testing.F) {
	for _, tc := range rawTextCases {
		f.Add(tc.in)
	}
	f.Add(`<script><!--<script>a</script>b</script>c</script><p>d</p>`)
	f.Add(`<p =a b='c>' d="e>"f g=h>i<style>j</style>`)
	f.Add(`<div data-a="1" class=x data-src=y data-b=c/><img data-c data-d= 'e'/><p a=1 /data-e=q/>`)
	f.Add(`<table><svg viewBox="0 0 9 9"><title>Menu</title><g><path d="M0 0"/></g><svg/></svg><script>a</script><style>b</style>`)
	if b, err := os.ReadFile(filepath.Join("testdata", "wordpress-en.html")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		if err := checkUnreadTree(in); err != nil {
			t.Fatal(err)
		}
	})
}

// TestParseInputLeavesScriptTextOut checks that the input stage parses the
// page without its scripts' text, JSON-LD apart.
func TestParseInputLeavesScriptTextOut(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"headline":"H"}</script>` +
		`<style>p{}</style></head><body><p>Words of the story.</p><script>track()</script></body></html>`
	d, err := parseInput([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, n := range d.dom.Find("script, style").Nodes {
		texts = append(texts, nodeText(n))
	}
	if want := []string{`{"headline":"H"}`, "", ""}; !slices.Equal(texts, want) {
		t.Errorf("script and style texts %q, want %q", texts, want)
	}
}

// TestSelfClosing holds selfClosing to the tokenizer's own reading of each
// start tag.
func TestSelfClosing(t *testing.T) {
	tags := []string{
		`<svg/>`, `<svg />`, `<svg a/>`, `<svg a />`, `<svg a=b/>`, `<svg a=b />`, `<svg a="b"/>`, `<svg a='b'/>`,
		`<svg a=""/>`, `<svg a=b"/>`, `<svg a d d=/>`, `<svg a=/ b/>`, `<svg a=1 A=2/>`, `<svg a=1 /b=2/>`,
		`<svg b A=2 a=1/>`, `<svg b a=1/>`, `<svg =a/>`, `<svg a= />`, `<svg a=>`, `<svg>`, `<svg a=b>`, `<svg a='/'/>`, `<svg a=b/ />`,
	}
	for _, tag := range tags {
		z := html.NewTokenizer(strings.NewReader(tag))
		want := z.Next() == html.SelfClosingTagToken
		name, end, ok := scanTag(tag, 1)
		if !ok || end != len(tag) {
			t.Fatalf("scanTag(%q) = %q, %d, %v", tag, name, end, ok)
		}
		if got := selfClosing(tag, 1+len(name), end); got != want {
			t.Errorf("selfClosing(%q) = %v, the tokenizer says %v", tag, got, want)
		}
	}
}

// TestReadDataAttrsCoverTheSource checks that every data attribute the
// package's code names, as a string or in a selector, is one withoutUnread
// keeps: a pass that came to read another would otherwise never see it.
func TestReadDataAttrsCoverTheSource(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile(`(?:"|\[)(data-[a-z0-9-]+)\b`) // a string, or a selector's attribute
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range named.FindAllSubmatch(src, -1) {
			if name := string(m[1]); !readDataAttrs()[name] {
				t.Errorf("%s names %s, which withoutUnread leaves out", f, name)
			}
		}
	}
}

// tagBytes classes each byte as the comparisons it stands for would.
func TestTagBytes(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		want := 0
		if isHTMLSpace(b) {
			want |= tagSpace
		}
		switch b {
		case '/':
			want |= tagSlash
		case '>':
			want |= tagClose
		case '=':
			want |= tagEquals
		}
		if int(tagBytes[b]) != want {
			t.Errorf("tagBytes[%#x] = %b, want %b", b, tagBytes[b], want)
		}
	}
}

// rawTextShapes rule out only names that are none of rawTextNames: every
// name of up to nine ASCII letters, in any case, with each first letter
// and length, is told as a walk over the lists tells it.
func TestRawTextShapes(t *testing.T) {
	slow := func(name string) int {
		for kind, names := range rawTextNames {
			for _, n := range names {
				if strings.EqualFold(name, n) && isASCIIWord(name) {
					return kind
				}
			}
		}
		return rawNone
	}
	var names []string
	for _, list := range rawTextNames {
		for _, n := range list {
			names = append(names, n, strings.ToUpper(n), strings.ToUpper(n[:1])+n[1:], "x"+n, n[:len(n)-1])
		}
	}
	for size := 1; size <= 10; size++ {
		for c := range 128 {
			names = append(names, string(rune(c))+strings.Repeat("a", size-1))
		}
	}
	for _, name := range names {
		if got, _ := rawTextKind(name); got != slow(name) {
			t.Errorf("rawTextKind(%q) = %d, want %d", name, got, slow(name))
		}
	}
}
