package cleaner

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The list of active formatting elements, for quickParse: the <b>, <a>,
// <em> and the like that the parser opens again where a block closed them,
// and the adoption agency algorithm, which their end tags run.

// reconstructFormatting opens again, in the current node, the active
// formatting elements that an end tag closed without their own: in
// "<p><b>a<p>b", the second paragraph's text is bold too. Each is opened as
// a copy, which takes its place in the list.
func (p *quickParser) reconstructFormatting() {
	n := len(p.afe)
	if n == 0 || p.afe[n-1] == nil || slices.Contains(p.oe, p.afe[n-1]) {
		return
	}
	i := n - 1
	for i > 0 && p.afe[i-1] != nil && !slices.Contains(p.oe, p.afe[i-1]) {
		i--
	}
	for ; i < n; i++ {
		c := p.copyElement(p.afe[i])
		p.addChild(c)
		p.afe[i] = c
	}
}

// addFormattingElement opens a formatting element, with its attributes in
// order, as x/net/html keeps them to compare elements, and lists it.
func (p *quickParser) addFormattingElement(t *quickToken) {
	slices.SortFunc(t.attr, func(x, y html.Attribute) int {
		if c := strings.Compare(x.Namespace, y.Namespace); c != 0 {
			return c
		}
		if c := strings.Compare(x.Key, y.Key); c != 0 {
			return c
		}
		return strings.Compare(x.Val, y.Val)
	})
	n := p.addElement(t)
	// Of four or more alike since the last marker, the earliest are
	// forgotten (x/net/html's "Noah's Ark" keeps three).
	same := 0
	for i := len(p.afe) - 1; i >= 0 && p.afe[i] != nil; i-- {
		if e := p.afe[i]; e.DataAtom == t.atom && e.Namespace == "" && slices.Equal(e.Attr, t.attr) {
			if same++; same >= 3 {
				p.afe = slices.Delete(p.afe, i, i+1)
			}
		}
	}
	p.afe = append(p.afe, n)
}

// endFormatting is the adoption agency algorithm: the end of a formatting
// element closes it, and where blocks were opened inside it, their content
// takes copies of it ("<b>a<p>b</b>c" makes "<b>a</b><p><b>b</b>c").
func (p *quickParser) endFormatting(t *quickToken) {
	if top := p.top(); top.Data == t.data && !slices.Contains(p.afe, top) {
		p.popTo(len(p.oe) - 1)
		return
	}
	for range 8 {
		fe := -1
		for i := len(p.afe) - 1; i >= 0 && p.afe[i] != nil; i-- {
			if p.afe[i].DataAtom == t.atom {
				fe = i
				break
			}
		}
		if fe < 0 {
			p.endOther(t)
			return
		}
		formatting := p.afe[fe]
		at := slices.Index(p.oe, formatting)
		if at < 0 {
			p.afe = slices.Delete(p.afe, fe, fe+1) // closed already: forgotten
			return
		}
		if p.inScope(scopeDefault, t.atom) < 0 {
			return
		}
		block := -1 // the furthest block: the first special element opened inside
		for i := at; i < len(p.oe); i++ {
			if quickSpecial(p.oe[i]) {
				block = i
				break
			}
		}
		if block < 0 {
			p.afe = slices.Delete(p.afe, fe, fe+1)
			p.popTo(at)
			return
		}
		p.adopt(formatting, at, p.oe[block])
	}
}

// adopt is a round of the adoption agency algorithm where a block was opened
// inside the formatting element (at oe[at]): the block moves out of it, and
// each formatting element opened between them is copied, the copies nested
// around the block, and a copy of the formatting element takes the block's
// content.
func (p *quickParser) adopt(formatting *html.Node, at int, block *html.Node) {
	commonAncestor := p.oe[at-1]
	bookmark := slices.Index(p.afe, formatting)
	lastNode, node := block, block
	x := slices.Index(p.oe, block)
	for inner := 1; ; inner++ {
		x--
		node = p.oe[x]
		if node == formatting {
			break
		}
		ni := slices.Index(p.afe, node)
		if inner > 3 && ni >= 0 {
			// x/net/html forgets it as active but, unlike the spec, leaves
			// it open.
			p.afe = slices.Delete(p.afe, ni, ni+1)
			if ni <= bookmark {
				bookmark--
			}
			continue
		}
		if ni < 0 {
			p.oe = slices.Delete(p.oe, x, x+1)
			continue
		}
		c := p.copyElement(node)
		p.afe[ni], p.oe[x] = c, c
		node = c
		if lastNode == block {
			bookmark = ni + 1
		}
		if lastNode.Parent != nil {
			lastNode.Parent.RemoveChild(lastNode)
		}
		node.AppendChild(lastNode)
		lastNode = node
	}
	if lastNode.Parent != nil {
		lastNode.Parent.RemoveChild(lastNode)
	}
	switch commonAncestor.DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		p.fosterParent(lastNode)
	default:
		commonAncestor.AppendChild(lastNode)
	}

	c := p.copyElement(formatting)
	for child := block.FirstChild; child != nil; child = block.FirstChild {
		block.RemoveChild(child)
		c.AppendChild(child)
	}
	block.AppendChild(c)

	if old := slices.Index(p.afe, formatting); old >= 0 {
		if old < bookmark {
			bookmark--
		}
		p.afe = slices.Delete(p.afe, old, old+1)
	}
	p.afe = slices.Insert(p.afe, bookmark, c)
	p.oe = removeNode(p.oe, formatting)
	p.oe = slices.Insert(p.oe, slices.Index(p.oe, block)+1, c)
}

// copyElement is a new element of n's name and attributes, as the parser
// copies an element, with no namespace.
func (p *quickParser) copyElement(n *html.Node) *html.Node {
	c := p.newNode(n.Type, n.Data, n.DataAtom)
	c.Attr = p.keepAttrs(n.Attr)
	return c
}
