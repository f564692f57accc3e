package cleaner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// blockTextStart is a shortcut: cut as the record cuts it, it must read as
// the whole text does, for every element of the fixture pages and of a few
// made-up blocks.
func TestBlockTextStart(t *testing.T) {
	pages := []string{
		`<div>Share this:<ul><li>Twitter</li><li>Facebook</li></ul>Line<br>break   and   space</div>`,
		`<p>` + strings.Repeat("word ", 100) + `</p>`,
		`<div><span>a</span><span>b</span> <p> c </p>d</div>`,
		`<div>` + strings.Repeat("長い文章です。", 40) + `</div>`,
	}
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	for i, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
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
