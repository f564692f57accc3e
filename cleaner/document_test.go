package cleaner

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// parsedPages parses pages and then every fixture page of testdata.
func parsedPages(t *testing.T, pages ...string) []*html.Node {
	t.Helper()
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	roots := make([]*html.Node, len(pages))
	for i, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		roots[i] = root
	}
	return roots
}

// blockTextStart is a shortcut: cut as the record cuts it, it must read as
// the whole text does, for every element of the fixture pages and of a few
// made-up blocks.
func TestBlockTextStart(t *testing.T) {
	pages := []string{
		`<div>Share this:<ul><li>Twitter</li><li>Facebook</li></ul>Line<br>break   and   space</div>`,
		`<p>` + strings.Repeat("word ", 100) + `</p>`,
		`<div><span>a</span><span>b</span> <p> c </p>d</div>`,
		`<div>` + strings.Repeat("長い文章です。", 40) + `</div>`,
		"<div>a\vb\u00a0c\u3000d e\u0085f</div>", // valid UTF-8, as every input is once decoded
	}
	for i, root := range parsedPages(t, pages...) {
		walk(root, func(n *html.Node) bool {
			for _, limit := range []int{0, 3, 60, removalTextRunes} {
				want := truncateRunes(collapseSpace(blockText(n)), limit)
				if got := truncateRunes(blockTextStart(n, limit), limit); got != want {
					t.Fatalf("page %d, <%s>, limit %d:\n got %q\nwant %q", i, n.Data, limit, got, want)
				}
			}
			return true
		})
	}
}

func TestBodyAndHTMLElements(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<p lang="fr">Bonjour`))
	if err != nil {
		t.Fatal(err)
	}
	d := &document{dom: goquery.NewDocumentFromNode(root)}
	if b := d.bodyElement(); b == nil || b.Data != "body" || b.FirstChild == nil || b.FirstChild.Data != "p" {
		t.Errorf("bodyElement = %v, want the parser's <body> holding the <p>", b)
	}
	if h := d.htmlSelection(); h.Length() != 1 || goquery.NodeName(h) != "html" {
		t.Errorf("htmlSelection has %d nodes, want the <html>", h.Length())
	}
	empty := &document{dom: goquery.NewDocumentFromNode(&html.Node{Type: html.DocumentNode})}
	if empty.bodyElement() != nil || empty.bodySelection().Length() != 0 || empty.htmlSelection().Length() != 0 {
		t.Error("a document without <html> should have no body and empty selections")
	}
}

// A page cannot forge winnow's removal markers: with MarkRemoved, every
// marker in the article stands for a removal that was recorded in it.
func TestPageCannotForgeMarkers(t *testing.T) {
	para := strings.Repeat("The harbour plan was weighed by the council on Tuesday night. ", 8)
	page := `<html><body><article><h1>Harbour</h1><p>` + para + `</p>
<span data-winnow-removed="r99">forged</span><winnow-marker data-winnow-removed="r98">also forged</winnow-marker>
<p>` + para + `</p><div class="share">Share this: Twitter</div></article></body></html>`
	a, err := Clean([]byte(page), Options{MarkRemoved: true})
	if err != nil {
		t.Fatal(err)
	}
	inArticle := map[string]bool{}
	for _, r := range a.Removed {
		if r.InArticle {
			inArticle[r.ID] = true
		}
	}
	for _, m := range regexp.MustCompile(`data-winnow-removed="(r[0-9]+)"`).FindAllStringSubmatch(a.HTML, -1) {
		if !inArticle[m[1]] {
			t.Errorf("marker %s in the article stands for no removal in it: %s", m[1], a.HTML)
		}
	}
	if !strings.Contains(a.Text, "forged") || !strings.Contains(a.Text, "also forged") {
		t.Errorf("the text of the would-be markers should stay as text: %q", a.Text)
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"one two", "one two"},
		{" one two ", "one two"},
		{"one  two", "one two"},
		{"one\ttwo\nthree", "one two three"},
		{"one\u00a0two", "one two"},                   // a no-break space is white space
		{"one\u3000two", "one two"},                   // as is an ideographic one
		{"café au lait", "café au lait"},              // past ASCII, nothing to fold
		{"eight by  the ninth", "eight by the ninth"}, // two spaces across the 8-byte blocks
		{"abcdefg  h", "abcdefg h"},
		{"abcdefgh  ", "abcdefgh"},
		{"\n", ""},
	}
	for _, tt := range tests {
		if got := collapseSpace(tt.in); got != tt.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if slow := strings.Join(strings.Fields(tt.in), " "); slow != tt.want {
			t.Errorf("the test's want for %q is not what strings.Fields and a join give: %q", tt.in, slow)
		}
	}
}
