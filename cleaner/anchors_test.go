package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestKeepInPageLinks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a footnote and its way back",
			`<p>Text<sup id="fnref1"><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">A note. <a href="#fnref1">↩</a></li></ol>`,
			`<p>Text<sup id="wn-fnref1"><a href="#wn-fn1">1</a></sup>.</p><ol><li id="wn-fn1">A note. <a href="#wn-fnref1">↩</a></li></ol>`},
		{"a link to a place outside the article stays as it was",
			`<p><a href="#comments">3 comments</a> <a href="#">top</a></p>`,
			`<p><a href="#comments">3 comments</a> <a href="#">top</a></p>`},
		{"an id no link names is left to the policy",
			`<h2 id="reader">Part one</h2><p id="x">Text.</p>`,
			`<h2 id="reader">Part one</h2><p id="x">Text.</p>`},
		{"the first of two elements with one id is the place",
			`<p><a href="#n">see</a></p><p id="n">first</p><p id="n">second</p>`,
			`<p><a href="#wn-n">see</a></p><p id="wn-n">first</p><p id="n">second</p>`},
		{"an id prefixed already stays",
			`<p><a href="#wn-n">see</a></p><p id="wn-n">note</p>`,
			`<p><a href="#wn-n">see</a></p><p id="wn-n">note</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, err := html.ParseFragment(strings.NewReader(tt.in), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
			if err != nil {
				t.Fatal(err)
			}
			keepInPageLinks(nodes)
			if got := renderNodes(t, nodes); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// renderNodes is the HTML of nodes, one after the other.
func renderNodes(t *testing.T, nodes []*html.Node) string {
	t.Helper()
	var b strings.Builder
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// The ids reach the output through the reading policy, and only prefixed:
// an article's element cannot take the id of one of the page showing it.
func TestCleanKeepsInPageLinks(t *testing.T) {
	page := `<html><body><article><h1>The Orchard in Winter</h1>
		<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow<sup id="r1"><a href="#n1">1</a></sup>.</p>
		<p id="reader">The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood in summer.</p>
		<p>By March the cuttings are piled at the end of each row, and the farm burns them on a still, damp morning. <a href="#comments">Comments</a></p>
		<ol><li id="n1">Grey, or silver in the low sun. <a href="#r1">↩</a></li></ol></article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<sup id="wn-r1"><a href="#wn-n1"`, `<li id="wn-n1">`, `<a href="#wn-r1"`} {
		if !strings.Contains(a.HTML, want) {
			t.Errorf("HTML lacks %s:\n%s", want, a.HTML)
		}
	}
	if strings.Contains(a.HTML, `id="reader"`) || strings.Contains(a.HTML, `id="n1"`) {
		t.Errorf("an id without the prefix got through:\n%s", a.HTML)
	}
	again, err := Clean([]byte(a.HTML), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(again.HTML, `id="wn-`) != 2 || strings.Contains(again.HTML, "wn-wn-") {
		t.Errorf("cleaned again, the ids changed:\n%s", again.HTML)
	}
}
