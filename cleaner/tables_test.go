package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestUnwrapLayoutTables(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a story in one cell",
			`<table><tr><td><p>One.</p><p>Two.</p></td></tr></table>`,
			`<div><p>One.</p><p>Two.</p></div>`},
		{"a story beside a column of links, cell by cell",
			`<table><tr><td><a href="/a">A</a></td><td><p>One.</p><ul><li>Two.</li></ul></td></tr></table>`,
			`<div><a href="/a">A</a></div><div><p>One.</p><ul><li>Two.</li></ul></div>`},
		{"a table in a table, both layout",
			`<table><tr><td></td><td><table><tr><td><img src="a.jpg"/><p>A caption.</p></td></tr></table><p>One.</p></td></tr></table>`,
			`<div></div><div><div><img src="a.jpg"/><p>A caption.</p></div><p>One.</p></div>`},
		{"marked as presentation",
			`<table role="presentation"><tr><td>a</td><td>b</td><td>c</td></tr></table>`,
			`<div>a</div><div>b</div><div>c</div>`},
		{"a removed row's marker stays in its place",
			`<table><tr><td><p>One.</p><p>Two.</p></td></tr><tr id="gone"><td>Two and a half.</td></tr><tr><td>Three.</td></tr></table>`,
			`<div><p>One.</p><p>Two.</p></div><winnow-marker data-id="r1"></winnow-marker><div>Three.</div>`},
		{"data keeps its table", `<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>`,
			`<table><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>`},
		{"a table with header cells is data, whatever its cells hold",
			`<table><tr><th>Plan</th></tr><tr><td><p>One.</p><p>Two.</p></td></tr></table>`,
			`<table><tbody><tr><th>Plan</th></tr><tr><td><p>One.</p><p>Two.</p></td></tr></tbody></table>`},
		{"three columns of paragraphs are data",
			`<table><tr><td><p>a</p><p>b</p></td><td>c</td><td>d</td></tr></table>`,
			`<table><tbody><tr><td><p>a</p><p>b</p></td><td>c</td><td>d</td></tr></tbody></table>`},
		{"one paragraph a cell, as a pasted spreadsheet has", `<table><tr><td><p>a</p></td><td><p>b</p></td></tr></table>`,
			`<table><tbody><tr><td><p>a</p></td><td><p>b</p></td></tr></tbody></table>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			nodes, err := html.ParseFragment(strings.NewReader(tt.in), root)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range nodes {
				root.AppendChild(n)
			}
			eachElement(root, func(n *html.Node) bool {
				if attr(n, "id") == "gone" { // removed, as a pass does it
					n.Parent.InsertBefore(&html.Node{Type: html.ElementNode, Data: "winnow-marker",
						Attr: []html.Attribute{{Key: "data-id", Val: "r1"}}}, n)
					n.Parent.RemoveChild(n)
					return false
				}
				return true
			})
			unwrapLayoutTables(root)
			if got := renderNodes(t, childNodes(root)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// An older page's story in a layout table comes out as its blocks: the text
// and the Markdown have its paragraphs, not one table row.
func TestCleanUnwrapsLayoutTable(t *testing.T) {
	page := `<html><body><article><h1>The Orchard in Winter</h1>
		<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow while the pruners work.</p>
		<table><tr><td><p>The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood in summer.</p>
		<p>By March the cuttings are piled at the end of each row, and the farm burns them on a still, damp morning.</p></td></tr></table>
		</article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.HTML, "<table") || strings.Contains(a.Markdown, "| ") {
		t.Errorf("the layout table is still a table:\n%s\n%s", a.HTML, a.Markdown)
	}
	for _, want := range []string{"In winter the orchard", "The pruners start", "By March"} {
		if !strings.HasPrefix(a.Markdown, want) && !strings.Contains(a.Markdown, "\n\n"+want) {
			t.Errorf("Markdown lacks the paragraph %q:\n%s", want, a.Markdown)
		}
	}
}

func TestIsFactTable(t *testing.T) {
	const fact = `<tr><th>Founded</th><td>February 28, 1998</td></tr><tr><th>Founder</th><td><a href="/n">Netscape</a></td></tr>`
	tests := []struct {
		name, table string
		want        bool
	}{
		{"an infobox: a label and a short value to a row", `<table>` + fact + `<tr><th>Divisions</th><td><ul><li><a href="/c">Corporation</a></li><li><a href="/f">Foundation</a></li></ul></td></tr></table>`, true},
		{"two facts are too few", `<table>` + fact + `</table>`, false},
		{"a navigation box: a run of links to a cell", `<table>` + strings.Repeat(`<tr><th>Projects</th><td><a href="/1">Bugzilla</a> <a href="/2">ChatZilla</a> <a href="/3">Jetpack</a> <a href="/4">Lightning</a></td></tr>`, 3) + `</table>`, false},
		{"a data table: a header row, then rows of cells", `<table><tr><th>Year</th><th>Revenue</th></tr><tr><td>2010</td><td>$123m</td></tr><tr><td>2011</td><td>$163m</td></tr><tr><td>2012</td><td>$311m</td></tr></table>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.table + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			table := elementsNamed(doc, "table")[0]
			if got := isFactTable(table); got != tt.want {
				t.Errorf("isFactTable = %v, want %v", got, tt.want)
			}
			if lists := elementsNamed(doc, "ul"); len(lists) > 0 {
				if got := isFactValue(lists[0], map[*html.Node]bool{}); got != tt.want {
					t.Errorf("isFactValue of the list = %v, want %v", got, tt.want)
				}
			}
		})
	}
}
