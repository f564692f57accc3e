package cleaner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkAdoptedWhileTesting makes every clean in this package's tests (and
// fuzzing) parse the HTML of each tree render adopts and compare the two:
// a tree that parsedAsWritten let through and a parser builds otherwise is
// a panic, which the test or the fuzzer reports with its input.
func checkAdoptedWhileTesting() {
	checkAdoptedTree = func(adopted *html.Node, written string) {
		parsed, err := parseBody(written)
		if err != nil {
			panic(fmt.Sprintf("adopted tree: its HTML does not parse: %v", err))
		}
		if diff := treeDiff(adopted, parsed); diff != "" {
			panic("adopted tree: parsing its HTML builds another: " + diff)
		}
	}
}

// treeDiff describes the first place where trees a and b differ, or is "".
func treeDiff(a, b *html.Node) string {
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s against %s", nodeLabel(a), nodeLabel(b))
	}
	if len(a.Attr) != len(b.Attr) {
		return fmt.Sprintf("%s: attributes %v against %v", nodeLabel(a), a.Attr, b.Attr)
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return fmt.Sprintf("%s: attributes %v against %v", nodeLabel(a), a.Attr, b.Attr)
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := treeDiff(ca, cb); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return fmt.Sprintf("%s: children differ in number", nodeLabel(a))
	}
	return ""
}

func nodeLabel(n *html.Node) string {
	if n.Type == html.TextNode {
		return fmt.Sprintf("text %q", n.Data)
	}
	return fmt.Sprintf("<%s> (type %d)", n.Data, n.Type)
}

// Tree builders for the table below: el makes an element of a known tag,
// txt a text, each put together as given, whatever a parser would do.
func el(tag string, children ...*html.Node) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	for _, c := range children {
		n.AppendChild(c)
	}
	return n
}

func txt(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

func TestParsedAsWritten(t *testing.T) {
	cases := []struct {
		name string
		tree *html.Node // a <body>
		want bool
		// policyDrops: held back though the parser would build it again,
		// as the sanitizer would not have kept it as written anyway.
		policyDrops bool
	}{
		{"paragraphs and a list", el("body", el("p", txt("One "), el("em", txt("two"))), el("ul", el("li", txt("a")), el("li", el("p", txt("b"))))), true, false},
		{"a table as the parser makes it", el("body", el("table", txt("\n"), el("tbody", el("tr", el("td", el("p", txt("cell"))), el("th", txt("h")))))), true, false},
		{"a list in a list item", el("body", el("ul", el("li", txt("a"), el("ol", el("li", txt("b")))))), true, false},
		{"a heading in a link", el("body", el("a", el("h2", txt("T")))), true, false},
		{"a block in a table in a cell", el("body", el("div", el("table", el("tbody", el("tr", el("td", el("div", txt("x")))))))), true, false},
		{"ruby", el("body", el("p", el("ruby", txt("漢"), el("rp", txt("(")), el("rt", txt("kan")), el("rp", txt(")"))))), true, false},
		{"a pre opening with a newline", el("body", el("pre", txt("\n  code"))), true, false},

		{"a div in a paragraph", el("body", el("p", txt("a"), el("div", txt("b")))), false, false},
		{"a list deep in a paragraph", el("body", el("p", el("span", el("ul", el("li", txt("b")))))), false, false},
		{"a paragraph in a paragraph", el("body", el("p", el("p", txt("b")))), false, false},
		{"a heading right in a heading", el("body", el("h2", el("h3", txt("b")))), false, false},
		{"a list item in an item, no list between", el("body", el("ul", el("li", el("span", el("li", txt("b")))))), false, false},
		{"a list item through a div", el("body", el("ul", el("li", el("div", el("li", txt("b")))))), false, false},
		{"a definition in a term", el("body", el("dl", el("dt", el("dd", txt("b"))))), false, false},
		{"a link in a link", el("body", el("a", txt("a"), el("b", el("a", txt("b"))))), false, false},
		{"a row right in a table", el("body", el("table", el("tr", el("td", txt("x"))))), false, false},
		{"a cell out of a table", el("body", el("div", el("td", txt("x")))), false, false},
		{"text loose in a table", el("body", el("table", txt("loose"), el("tbody"))), false, false},
		{"a no-break space loose in a row", el("body", el("table", el("tbody", el("tr", txt("\u00a0"), el("td"))))), false, false},
		{"a paragraph loose in a table body", el("body", el("table", el("tbody", el("p", txt("x"))))), false, false},
		{"a table in a paragraph", el("body", el("p", el("table", el("tbody")))), false, false},
		{"an rt right in a paragraph", el("body", el("ruby", el("p", el("rt", txt("x"))))), false, false},
		{"a line break with a child", el("body", el("p", el("br", txt("x")))), false, false},
		{"two texts side by side", el("body", el("p", txt("a"), txt("b"))), false, false},
		{"an empty text", el("body", el("p", txt(""))), false, false},
		{"a NUL", el("body", el("p", txt("a\x00b"))), false, false},
		{"a pre opening with a carriage return", el("body", el("pre", txt("\r\nx"))), false, false},
		{"an svg element", el("body", &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Namespace: "svg"}), false, false},
		{"an unknown element", el("body", el("x-card", txt("x"))), false, true},
		{"a comment", el("body", &html.Node{Type: html.CommentNode, Data: "c"}), false, true},
		{"a tag whose atom is not its name", el("body", &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.Div}), false, false},
		{"a repeated attribute", el("body", &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P, Attr: []html.Attribute{{Key: "title", Val: "a"}, {Key: "title", Val: "b"}}}), false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			written := writeNodes([]*html.Node{tc.tree})
			got := parsedAsWritten(tc.tree)
			if got != tc.want {
				t.Fatalf("parsedAsWritten = %v, want %v (written %q)", got, tc.want, written)
			}
			parsed, err := parseBody(written)
			if err != nil {
				t.Fatal(err)
			}
			// Each case must say something about the parser: a tree let
			// through is rebuilt as it was, and one held back is rebuilt
			// otherwise (or holds a shape that is not written as it stands).
			same := treeDiff(tc.tree, parsed) == ""
			if tc.want && !same {
				t.Errorf("the parser builds another tree: %s", treeDiff(tc.tree, parsed))
			}
			if !tc.want && same && !tc.policyDrops {
				t.Errorf("the parser builds this tree again: the case tests nothing")
			}
		})
	}
}

func TestParsedAsWrittenDepth(t *testing.T) {
	deep := func(levels int) *html.Node {
		body := el("body")
		n := body
		for range levels {
			c := el("span")
			n.AppendChild(c)
			n = c
		}
		n.AppendChild(txt("x"))
		return body
	}
	if !parsedAsWritten(deep(100)) {
		t.Error("100 nested spans: not let through")
	}
	if parsedAsWritten(deep(maxReparseDepth + 5)) {
		t.Error("spans nested past maxReparseDepth: let through")
	}
}

func TestAdoptContent(t *testing.T) {
	first := el("div", txt(" \n\u00a0 lead "), el("p", txt("one")), txt("tail "))
	second := el("section", txt("more"), el("p", txt("two")), txt(" \t\n"))
	body := adoptContent([]*html.Node{first, second})
	if body == nil {
		t.Fatal("adoptContent refused two separate content nodes")
	}
	var got strings.Builder
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		_ = html.Render(&got, c)
	}
	if want := "lead <p>one</p>tail more<p>two</p>"; got.String() != want {
		t.Errorf("adopted: %q, want %q", got.String(), want)
	}
	if first.FirstChild != nil || second.FirstChild != nil {
		t.Error("the content nodes kept children")
	}

	outer := el("div", el("p", txt("a")))
	if adoptContent([]*html.Node{outer, outer.FirstChild}) != nil {
		t.Error("adoptContent took a content node inside another")
	}
	if outer.FirstChild == nil {
		t.Error("adoptContent moved nodes it then refused")
	}
}

// TestAdoptContentCarriageReturn: the HTML written from a text that opens
// with a carriage return begins "&#13;", which trimming leaves, so the
// adopted tree must keep it too.
func TestAdoptContentCarriageReturn(t *testing.T) {
	body := adoptContent([]*html.Node{el("div", txt(" \rx"))})
	if body.FirstChild == nil || body.FirstChild.Data != "\rx" {
		t.Fatalf("adopted text: %+v", body.FirstChild)
	}
}

// The fixture pages are cleaned without parsing their HTML again: each
// clean adopts its content (and the check above finds the tree the parser
// would build). A page that stops adopting still cleans, only slower.
func TestRenderAdoptsTheContent(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	check := checkAdoptedTree
	t.Cleanup(func() { checkAdoptedTree = check })
	for _, name := range files {
		page, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		adopted := 0
		checkAdoptedTree = func(tree *html.Node, written string) {
			adopted++
			if check != nil {
				check(tree, written)
			}
		}
		if _, err := Clean(page, Options{}); err != nil {
			continue // a fixture of a page with no article
		}
		if adopted == 0 {
			t.Errorf("%s: the content was parsed again, not adopted", filepath.Base(name))
		}
	}
}
