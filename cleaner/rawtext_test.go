package cleaner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// rawTextCases pair inputs with what withoutScriptText must make of them.
var rawTextCases = []struct {
	name, in, want string
}{
	{"script", `<p>a</p><script>var x = "<p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
	{"style", `<style>p { color: red }</style><p>a</p>`, `<style></style><p>a</p>`},
	{"upper case", `<SCRIPT type=x>1 < 2</SCRIPT ><Style>a{}</sTyle>`, `<SCRIPT type=x></SCRIPT ><Style></sTyle>`},
	{"no change", `<p>a <b>b</b></p>`, `<p>a <b>b</b></p>`},
	{"empty", `<script></script>`, `<script></script>`},
	{"json-ld kept", `<script type="application/LD+JSON">{"a":1}</script><script>x</script>`,
		`<script type="application/LD+JSON">{"a":1}</script><script></script>`},
	{"reference in the tag kept", `<script type="application/ld&#43;json">{}</script>`, `<script type="application/ld&#43;json">{}</script>`},
	{"end tag needs a delimiter", `<script>a</scripts>b</script>c`, `<script></script>c`},
	{"end tag at a slash", `<script>a</script/>b`, `<script></script/>b`},
	{"quoted > in the start tag", `<script data-x="a>b">c</script>`, `<script data-x="a>b"></script>`},
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
	{"stop at math", `<math><script>a</script></math>`, `<math><script>a</script></math>`},
	{"stop at frameset", `<frameset><script> </script></frameset>`, `<frameset><script> </script></frameset>`},
	{"stop at plaintext", `<plaintext><script>a</script>`, `<plaintext><script>a</script>`},
	{"unterminated script", `<script>a<p>b</p>`, `<script>a<p>b</p>`},
	{"input ends in a tag", `<script>a</script><div title="x`, `<script></script><div title="x`},
	{"input ends in a comment", `<style>a</style><!-- <script>b</script>`, `<style></style><!-- <script>b</script>`},
	{"not a tag", `a < b <3 <script>c</script>`, `a < b <3 <script></script>`},
	{"no folding beyond ASCII", "<ſcript>a</ſcript><script>b</script>", "<ſcript>a</ſcript><script></script>"},
}

func TestWithoutScriptText(t *testing.T) {
	for _, tc := range rawTextCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutScriptText(tc.in); got != tc.want {
				t.Errorf("withoutScriptText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestWithoutScriptTextKeepsTheTree parses each input as written and as
// withoutScriptText leaves it: the trees must be the same but for the text
// of scripts and styles. The inputs are the cases above, traps for the
// scanner's reading of the tokenizer, and every shared page when
// ../shared is there.
func TestWithoutScriptTextKeepsTheTree(t *testing.T) {
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
	}
	for _, tc := range rawTextCases {
		inputs = append(inputs, tc.in)
	}
	for _, in := range inputs {
		if err := checkScriptTextTree(in); err != nil {
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
			if err := checkScriptTextTree(string(b)); err != nil {
				t.Errorf("%s: %v", filepath.Base(p), err)
			}
		}
	}
}

// checkScriptTextTree parses in as written and as withoutScriptText leaves
// it, and says how the trees differ beyond the text left out.
func checkScriptTextTree(in string) error {
	want, errWant := html.Parse(strings.NewReader(in))
	got, errGot := html.Parse(strings.NewReader(withoutScriptText(in)))
	if (errWant == nil) != (errGot == nil) {
		return fmt.Errorf("parse errors differ: %v, %v", errWant, errGot)
	}
	if errWant != nil {
		return nil
	}
	return sameTreeButScriptText(want, got)
}

// sameTreeButScriptText compares the tree of a page (want) with the tree of
// the page without its scripts', styles' and comments' text (got), node by
// node.
func sameTreeButScriptText(want, got *html.Node) error {
	type pair struct{ w, g *html.Node }
	stack := []pair{{want, got}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		w, g := p.w, p.g
		commentLeftOut := w.Type == html.CommentNode && g.Type == html.CommentNode && g.Data == ""
		if w.Type != g.Type || w.Data != g.Data && !commentLeftOut || w.Namespace != g.Namespace || !slices.Equal(w.Attr, g.Attr) {
			return fmt.Errorf("node %q (type %d) became %q (type %d)", w.Data, w.Type, g.Data, g.Type)
		}
		if w.Type == html.ElementNode && w.Namespace == "" && (w.Data == "script" || w.Data == "style") &&
			g.FirstChild == nil && w.FirstChild != nil && w.FirstChild == w.LastChild && w.FirstChild.Type == html.TextNode {
			continue // the text left out
		}
		wc, gc := w.FirstChild, g.FirstChild
		for ; wc != nil && gc != nil; wc, gc = wc.NextSibling, gc.NextSibling {
			stack = append(stack, pair{wc, gc})
		}
		if wc != nil || gc != nil {
			return fmt.Errorf("the children of %q differ in number", w.Data)
		}
	}
	return nil
}

// FuzzWithoutScriptText holds withoutScriptText to the parser on any input:
// the tree it leads to is the page's, but for the text it leaves out.
func FuzzWithoutScriptText(f *testing.F) {
	for _, tc := range rawTextCases {
		f.Add(tc.in)
	}
	f.Add(`<script><!--<script>a</script>b</script>c</script><p>d</p>`)
	f.Add(`<p =a b='c>' d="e>"f g=h>i<style>j</style>`)
	if b, err := os.ReadFile(filepath.Join("testdata", "wordpress-en.html")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		if err := checkScriptTextTree(in); err != nil {
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
