package cleaner

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The insertion modes of a table, for quickParse: its caption, column
// groups, body, rows and cells, and "foster parenting": text, or an element
// of no table, in a table's rows goes before the table.

// clearToContext closes the open elements above the nearest of stop (or
// <html> or <template>), as the parser does before it opens a table's
// section, row or cell.
func (p *quickParser) clearToContext(stop ...atom.Atom) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		switch a := p.oe[i].DataAtom; a {
		case atom.Html, atom.Template:
			p.popTo(i + 1)
			return
		default:
			if slices.Contains(stop, a) {
				p.popTo(i + 1)
				return
			}
		}
	}
}

// resetMode sets the insertion mode by the open elements, as after a table
// closes.
func (p *quickParser) resetMode() {
	for i := len(p.oe) - 1; i >= 0; i-- {
		switch p.oe[i].DataAtom {
		case atom.Td, atom.Th:
			p.mode = qmInCell
		case atom.Tr:
			p.mode = qmInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			p.mode = qmInTableBody
		case atom.Table:
			p.mode = qmInTable
		case atom.Head:
			p.mode = qmInHead
		case atom.Body:
			p.mode = qmInBody
		case atom.Html:
			p.mode = qmAfterHead
			if p.head == nil {
				p.mode = qmBeforeHead
			}
		case atom.Caption:
			p.mode = qmInCaption
		case atom.Colgroup:
			p.mode = qmInColumnGroup
		case atom.Template, atom.Frameset:
			giveUp("<" + p.oe[i].Data + "> open where a table closes")
		default:
			if i == 0 {
				p.mode = qmInBody
				return
			}
			continue
		}
		return
	}
}

// clearFormattingToMarker forgets the formatting elements opened since the
// last cell started, and that marker.
func (p *quickParser) clearFormattingToMarker() {
	for len(p.afe) > 0 {
		n := p.afe[len(p.afe)-1]
		p.afe = p.afe[:len(p.afe)-1]
		if n == nil {
			return
		}
	}
}

// closeCell closes the open cell and what is open in it.
func (p *quickParser) closeCell() bool {
	i := p.inScope(scopeTable, atom.Td, atom.Th)
	if i < 0 {
		return false
	}
	p.clearFormattingToMarker()
	p.popTo(i)
	p.mode = qmInRow
	return true
}

func (p *quickParser) inTable(t *quickToken) bool {
	switch t.kind {
	case qtText:
		switch p.top().DataAtom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if strings.Trim(t.data, htmlSpace) == "" {
				p.addText(t.data)
				return true
			}
		}
	case qtStart:
		switch t.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			p.clearToContext(atom.Table)
			p.addElement(t)
			p.mode = qmInTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			p.implied(qtStart, atom.Tbody)
			return false
		case atom.Table:
			if p.popUntil(scopeTable, atom.Table) {
				p.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return p.inHead(t)
		case atom.Input:
			for _, a := range t.attr {
				if a.Key == "type" && strings.EqualFold(a.Val, "hidden") {
					p.addVoid(t)
					return true
				}
			}
		case atom.Form:
			if p.form == nil {
				p.form = p.addElement(t)
				p.oe = p.oe[:len(p.oe)-1]
			}
			return true
		case atom.Caption:
			p.clearToContext(atom.Table)
			p.afe = append(p.afe, nil)
			p.addElement(t)
			p.mode = qmInCaption
			return true
		case atom.Colgroup:
			p.clearToContext(atom.Table)
			p.addElement(t)
			p.mode = qmInColumnGroup
			return true
		case atom.Col:
			p.implied(qtStart, atom.Colgroup)
			return false
		}
	case qtEnd:
		switch t.atom {
		case atom.Table:
			if p.popUntil(scopeTable, atom.Table) {
				p.resetMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Template:
			return true
		}
	case qtComment, qtDoctype:
		return p.commentOrDoctype(t)
	case qtEOF:
		return p.inBody(t)
	}
	p.fostering = true
	done := p.inBody(t)
	p.fostering = false
	return done
}

// shouldFoster reports whether what is added now goes before the table:
// text or an element of no table, in a table, its sections or rows.
func (p *quickParser) shouldFoster() bool {
	if !p.fostering {
		return false
	}
	switch p.top().DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		return true
	}
	return false
}

// fosterParent puts n before the last open table, in the table's parent,
// text joined to text there.
func (p *quickParser) fosterParent(n *html.Node) {
	var table, parent *html.Node
	for i := len(p.oe) - 1; i >= 0; i-- {
		if p.oe[i].DataAtom == atom.Table {
			table, parent = p.oe[i], p.oe[i].Parent
			if parent == nil {
				parent = p.oe[i-1]
			}
			break
		}
	}
	if table == nil {
		parent = p.oe[0]
	}
	prev := parent.LastChild
	if table != nil {
		prev = table.PrevSibling
	}
	if prev != nil && prev.Type == html.TextNode && n.Type == html.TextNode {
		p.join(prev, n.Data)
		return
	}
	parent.InsertBefore(n, table)
}

func (p *quickParser) inTableBody(t *quickToken) bool {
	switch t.kind {
	case qtStart:
		switch t.atom {
		case atom.Tr:
			p.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			p.addElement(t)
			p.mode = qmInRow
			return true
		case atom.Td, atom.Th:
			p.implied(qtStart, atom.Tr)
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if p.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				p.mode = qmInTable
				return false
			}
			return true
		}
	case qtEnd:
		switch t.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(scopeTable, t.atom) >= 0 {
				p.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
				p.popTo(len(p.oe) - 1)
				p.mode = qmInTable
			}
			return true
		case atom.Table:
			if p.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				p.mode = qmInTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	case qtComment:
		p.addComment(p.top(), t.data)
		return true
	}
	return p.inTable(t)
}

func (p *quickParser) inRow(t *quickToken) bool {
	// closeRow closes the open row, and tells whether there was one.
	closeRow := func() bool {
		if p.inScope(scopeTable, atom.Tr) < 0 {
			return false
		}
		p.clearToContext(atom.Tr)
		p.popTo(len(p.oe) - 1)
		p.mode = qmInTableBody
		return true
	}
	switch t.kind {
	case qtStart:
		switch t.atom {
		case atom.Td, atom.Th:
			p.clearToContext(atom.Tr)
			p.addElement(t)
			p.afe = append(p.afe, nil)
			p.mode = qmInCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			return !closeRow()
		}
	case qtEnd:
		switch t.atom {
		case atom.Tr:
			closeRow()
			return true
		case atom.Table:
			return !closeRow()
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(scopeTable, t.atom) < 0 {
				return true
			}
			return !closeRow()
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return p.inTable(t)
}

func (p *quickParser) inCell(t *quickToken) bool {
	switch t.kind {
	case qtStart:
		switch t.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return !p.closeCell()
		}
	case qtEnd:
		switch t.atom {
		case atom.Td, atom.Th:
			if i := p.inScope(scopeTable, t.atom); i >= 0 {
				p.clearFormattingToMarker()
				p.popTo(i)
				p.mode = qmInRow
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if p.inScope(scopeTable, t.atom) < 0 {
				return true
			}
			p.closeCell()
			p.mode = qmInRow
			return false
		}
	}
	return p.inBody(t)
}

func (p *quickParser) inCaption(t *quickToken) bool {
	// closeCaption closes the caption, and tells whether there was one.
	closeCaption := func() bool {
		if !p.popUntil(scopeTable, atom.Caption) {
			return false
		}
		p.clearFormattingToMarker()
		p.mode = qmInTable
		return true
	}
	switch t.kind {
	case qtStart:
		switch t.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			return !closeCaption()
		}
	case qtEnd:
		switch t.atom {
		case atom.Caption:
			closeCaption()
			return true
		case atom.Table:
			return !closeCaption()
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		}
	}
	return p.inBody(t)
}

func (p *quickParser) inColumnGroup(t *quickToken) bool {
	switch t.kind {
	case qtText:
		if p.addLeadingSpace(t) {
			return true
		}
	case qtComment, qtDoctype:
		return p.commentOrDoctype(t)
	case qtStart:
		switch t.atom {
		case atom.Html:
			return p.inBody(t)
		case atom.Col:
			p.addVoid(t)
			return true
		case atom.Template:
			return p.inHead(t)
		}
	case qtEnd:
		switch t.atom {
		case atom.Colgroup:
			if p.top().DataAtom == atom.Colgroup {
				p.popTo(len(p.oe) - 1)
				p.mode = qmInTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			return p.inHead(t)
		}
	case qtEOF:
		return p.inBody(t)
	}
	if p.top().DataAtom != atom.Colgroup {
		return true
	}
	p.popTo(len(p.oe) - 1)
	p.mode = qmInTable
	return false
}
