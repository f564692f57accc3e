package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unwrapLayoutTables turns the tables under root that lay out a page, not
// data, into their cells' content, one <div> per cell in reading order.
// Older pages set the whole story in a table cell: kept, the Markdown
// would write the story as one table row, its paragraphs and lists run
// into one line, and a reader's view would box it. Tables inside are
// judged first, so a layout table nested in another goes too. It reports
// whether it unwrapped any.
func unwrapLayoutTables(root *html.Node) bool {
	var tables []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				visit(c)
				if c.DataAtom == atom.Table {
					tables = append(tables, c) // after the tables inside it
				}
			}
		}
	}
	visit(root)
	// Judged as the page has them: a table that held one is layout, even
	// once the one inside is gone.
	layout := make([]bool, len(tables))
	for i, t := range tables {
		layout[i] = isLayoutTable(t)
	}
	unwrapped := false
	for i, t := range tables {
		if layout[i] && t.Parent != nil {
			unwrapTable(t)
			unwrapped = true
		}
	}
	return unwrapped
}

// isLayoutTable reports whether t lays out blocks rather than data: it has
// no header cells nor caption, and it is marked as presentation, holds a
// table, is a single cell, or has two columns at most with a cell of
// several blocks (a story's paragraphs beside a column of links).
func isLayoutTable(t *html.Node) bool {
	switch strings.ToLower(strings.TrimSpace(attr(t, "role"))) {
	case "presentation", "none":
		return true
	}
	rows, columns := 0, 0
	nested, manyBlocks, headed := false, false, false
	eachElement(t, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Th, atom.Thead, atom.Caption:
			headed = true
		case atom.Table:
			if n != t {
				nested = true
				return false
			}
		case atom.Tr:
			rows++
			cells := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td {
					cells++
					manyBlocks = manyBlocks || blockChildren(c) >= 2
				}
			}
			columns = max(columns, cells)
		}
		return !headed
	})
	switch {
	case headed:
		return false
	case nested, rows <= 1 && columns <= 1:
		return true
	}
	return columns <= 2 && manyBlocks
}

// blockChildren counts the paragraphs, headings, lists, quotes and listings
// among n's children.
func blockChildren(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Ul, atom.Ol, atom.Dl, atom.Blockquote, atom.Pre, atom.Figure:
			count++
		}
	}
	return count
}

// unwrapTable puts a <div> with each cell's content where t stood, in
// reading order: row by row, cell by cell. The marker of a cell or a row
// removed from the table stands where it stood.
func unwrapTable(t *html.Node) {
	var cells []*html.Node
	eachElement(t, func(n *html.Node) bool {
		switch {
		case n.Data == "winnow-marker":
			cells = append(cells, n)
			return false
		case n.DataAtom == atom.Td:
			cells = append(cells, n)
			return false
		}
		return true
	})
	for _, cell := range cells {
		if cell.DataAtom != atom.Td {
			cell.Parent.RemoveChild(cell)
			t.Parent.InsertBefore(cell, t)
			continue
		}
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for c := cell.FirstChild; c != nil; c = cell.FirstChild {
			cell.RemoveChild(c)
			div.AppendChild(c)
		}
		t.Parent.InsertBefore(div, t)
	}
	t.Parent.RemoveChild(t)
}

// isFactTable reports whether t is a table of facts, a label and its value
// to a row (an encyclopedia's infobox: "Founded | February 28, 1998",
// "Founder | Netscape"): three such rows or more, most of its rows, each
// value short and holding three links at most. Its values are often links,
// but a table of links to other pages (a navigation box) has a long run of
// them to a cell.
func isFactTable(t *html.Node) bool {
	if t.DataAtom != atom.Table {
		return false
	}
	rows, facts := 0, 0
	eachElement(t, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Table:
			return n == t // a table inside has rows of its own
		case atom.Tr:
			rows++
			if isFactRow(n) {
				facts++
			}
			return false
		}
		return true
	})
	return facts >= 3 && 2*facts > rows
}

// isFactRow reports whether tr is a header cell then a data cell whose text
// is short and holds three links at most.
func isFactRow(tr *html.Node) bool {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Th || c.DataAtom == atom.Td {
			cells = append(cells, c)
		}
	}
	if len(cells) != 2 || cells[0].DataAtom != atom.Th || cells[1].DataAtom != atom.Td {
		return false
	}
	value := cells[1]
	if size := nodeTextLen(value, 200); size == 0 || size > 200 {
		return false
	}
	return len(elementsNamed(value, "a")) <= 3
}

// isFactValue reports whether n stands in the value cell of a table of
// facts (isFactTable): the list of an infobox's "Divisions" is a value.
// facts remembers each table's answer: a table of thousands of rows, each
// with a list, would otherwise be read whole for each of them.
func isFactValue(n *html.Node, facts map[*html.Node]bool) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Td:
			for t := a.Parent; t != nil; t = t.Parent {
				if t.DataAtom == atom.Table {
					if !isFactRow(a.Parent) {
						return false
					}
					is, known := facts[t]
					if !known {
						is = isFactTable(t)
						facts[t] = is
					}
					return is
				}
			}
			return false
		case atom.Table, atom.Body:
			return false
		}
	}
	return false
}
