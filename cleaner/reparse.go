package cleaner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The text and the Markdown are made from the tree that a page showing the
// sanitized HTML builds, so that neither shows what the HTML does not. Parsing
// that HTML again was a seventh of a long article's clean in wasm. When the
// sanitizer gave back every byte of the content as it was written, and the
// parser would build from those bytes the very tree they were written from,
// that tree is the content itself: render takes it (adoptContent) and does not
// parse. Whether the parser builds the same tree is asked of the tree
// (parsedAsWritten): the HTML parser changes a tree only where one of its
// rules fires, and a written tree sets off those rules only in the shapes
// listed here. When in doubt, it answers no, and render parses. A wrong yes
// could only change the shape of the text and the Markdown, never let in
// what the policy refuses: every text and attribute of the adopted tree is
// in the HTML the sanitizer gave back, byte for byte.

// checkAdoptedTree, when set (by the package's tests), is given each tree
// render adopts and the HTML written from it, to check that parsing that
// HTML builds the same tree.
var checkAdoptedTree func(adopted *html.Node, written string)

// addLinkRel gives each link under root with an address the rel attribute
// the sanitizer writes on it (relWanted), where the sanitizer puts it,
// last: so the content as written reads as the sanitizer gives it back, and
// the adopted tree holds what the parsed one would. The sanitizer drops
// the attribute from a link whose address it refuses, as it drops any rel.
func addLinkRel(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.A && n.Namespace == "" && hasAttrKey(n, "href") {
			n.Attr = append(n.Attr, html.Attribute{Key: "rel", Val: relWantedValue})
		}
		return true
	})
}

// maxReparseDepth keeps the shortcut to trees well under the 512 open
// elements at which x/net/html gives up; a deeper one is parsed, and its
// failure handled as it always was.
const maxReparseDepth = 480

// adoptContent moves the content nodes, as writeNodes writes them (an
// element's or a document's children, any other node itself), under a new
// <body> in the same order, joins adjacent texts and leaves out empty ones,
// as the parser would, and trims the outer white space that render trims
// from the HTML. It returns nil, moving nothing, when one content node lies
// inside another (writeNodes would write it twice).
func adoptContent(nodes []*html.Node) *html.Node {
	for _, n := range nodes {
		for p := n.Parent; p != nil; p = p.Parent {
			for _, m := range nodes {
				if m == p {
					return nil
				}
			}
		}
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	for _, n := range nodes {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
			body.AppendChild(n)
			continue
		}
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
			body.AppendChild(c)
		}
	}
	asParsed(body)
	trimOuterSpace(body)
	return body
}

// asParsed makes two of the parser's habits true under root: it joins each
// run of adjacent texts into one and drops empty ones, as the parser never
// makes either, and it sorts the attributes of formatting elements (<a>,
// <b>, <em>…), as x/net/html does when it meets one.
func asParsed(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if len(n.Attr) > 1 && formattingElements[n.DataAtom] {
			slices.SortFunc(n.Attr, func(a, b html.Attribute) int {
				return cmp.Or(cmp.Compare(a.Namespace, b.Namespace), cmp.Compare(a.Key, b.Key), cmp.Compare(a.Val, b.Val))
			})
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.TextNode {
				if next != nil && next.Type == html.TextNode {
					next = joinTextRun(c)
				}
				if c.Data == "" {
					n.RemoveChild(c)
				}
			}
			c = next
		}
		return true
	})
}

// joinTextRun joins into the text c the texts that follow it, removes
// them, and returns the node after them. The text is built once: a page
// of thousands of stripped tags leaves runs of thousands of texts.
func joinTextRun(c *html.Node) *html.Node {
	var b strings.Builder
	b.WriteString(c.Data)
	next := c.NextSibling
	for next != nil && next.Type == html.TextNode {
		b.WriteString(next.Data)
		after := next.NextSibling
		c.Parent.RemoveChild(next)
		next = after
	}
	c.Data = b.String()
	return next
}

// formattingElements are the elements the parser keeps a list of, to open
// them again where markup closed them too soon.
var formattingElements = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true, atom.Strike: true,
	atom.Strong: true, atom.Tt: true, atom.U: true,
}

// writtenSpace is white space that strings.TrimSpace takes off the written
// HTML: a carriage return is written as "&#13;", which it leaves.
func writtenSpace(r rune) bool {
	return r != '\r' && unicode.IsSpace(r)
}

// trimOuterSpace takes off the white space before body's first element and
// after its last one, as strings.TrimSpace does to the HTML written from
// it. Texts are joined, so at most one text stands at either end.
func trimOuterSpace(body *html.Node) {
	if c := body.FirstChild; c != nil && c.Type == html.TextNode {
		if c.Data = strings.TrimLeftFunc(c.Data, writtenSpace); c.Data == "" {
			body.RemoveChild(c)
		}
	}
	if c := body.LastChild; c != nil && c.Type == html.TextNode {
		if c.Data = strings.TrimRightFunc(c.Data, writtenSpace); c.Data == "" {
			body.RemoveChild(c)
		}
	}
}

// parsedAsWritten reports whether x/net/html, parsing root's children as
// html.Render writes them into a <body>, builds the same tree: the same
// elements, attributes and texts in the same places. Texts must be joined
// (asParsed). It holds for a tree the parser itself built and the
// passes only took pieces out of; the passes' own moves and the sanitizer's
// verdicts are why it must be asked.
func parsedAsWritten(root *html.Node) bool {
	return childrenAsWritten(root, 0, false, false)
}

// childrenAsWritten is parsedAsWritten for n's children, n at depth;
// inParagraph says a <p> is open around them with no table between, and
// inLink that an <a> is.
func childrenAsWritten(n *html.Node, depth int, inParagraph, inLink bool) bool {
	if depth > maxReparseDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !textAsWritten(c) {
				return false
			}
		case html.ElementNode:
			if !elementAsWritten(c) || inParagraph && closesParagraph(c) || inLink && c.DataAtom == atom.A {
				return false
			}
			p := inParagraph && !tableScopes[c.DataAtom] || c.DataAtom == atom.P
			if !childrenAsWritten(c, depth+1, p, inLink || c.DataAtom == atom.A) {
				return false
			}
		default:
			return false // a comment or a doctype, which the sanitizer drops
		}
	}
	return true
}

// tableScopes end the reach of an open <p>: a block inside a table cell
// inside a paragraph does not close the paragraph.
var tableScopes = map[atom.Atom]bool{atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true}

// tableText are the table elements whose texts the parser keeps in place
// only when they are white space: any other text it moves out before the
// table.
var tableText = map[atom.Atom]bool{
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Colgroup: true,
}

// textAsWritten reports whether the parser keeps the text t as it stands.
func textAsWritten(t *html.Node) bool {
	if t.Data == "" || strings.IndexByte(t.Data, 0) >= 0 {
		return false // the parser drops NULs, and makes no empty texts
	}
	if prev := t.PrevSibling; prev != nil && prev.Type == html.TextNode {
		return false // it would join the two
	}
	parent := t.Parent
	switch {
	case parent == nil:
		return true
	case tableText[parent.DataAtom]:
		return strings.Trim(t.Data, " \t\r\n\f") == ""
	case parent.DataAtom == atom.Pre && parent.FirstChild == t:
		// html.Render writes a newline before one that opens the text, and
		// the parser drops it again; a carriage return before it would go
		// too.
		return t.Data[0] != '\r'
	}
	return true
}

// tableParents are where each table element must stand for the parser to
// leave it there: anywhere else it drops the tag, or makes the table
// elements that are left out (a <tbody> around a <tr>).
var tableParents = map[atom.Atom][]atom.Atom{
	atom.Caption:  {atom.Table},
	atom.Colgroup: {atom.Table},
	atom.Thead:    {atom.Table},
	atom.Tbody:    {atom.Table},
	atom.Tfoot:    {atom.Table},
	atom.Col:      {atom.Colgroup},
	atom.Tr:       {atom.Tbody, atom.Thead, atom.Tfoot},
	atom.Td:       {atom.Tr},
	atom.Th:       {atom.Tr},
}

// tableChildren are the elements that may stand in each table element:
// any other the parser moves out before the table.
var tableChildren = map[atom.Atom][]atom.Atom{
	atom.Table:    {atom.Caption, atom.Colgroup, atom.Thead, atom.Tbody, atom.Tfoot},
	atom.Colgroup: {atom.Col},
	atom.Thead:    {atom.Tr},
	atom.Tbody:    {atom.Tr},
	atom.Tfoot:    {atom.Tr},
	atom.Tr:       {atom.Td, atom.Th},
}

// impliedEnds are the elements the parser closes, unasked, when an <rt> or
// an <rp> starts inside a <ruby>.
var impliedEnds = map[atom.Atom]bool{
	atom.Dd: true, atom.Dt: true, atom.Li: true, atom.P: true, atom.Rp: true, atom.Rt: true,
	atom.Optgroup: true, atom.Option: true, atom.Rb: true, atom.Rtc: true,
}

// elementAsWritten reports whether the parser, reading e's start tag where
// it stands, puts e there: the rules of x/net/html's "in body" and table
// modes that close or move what a start tag meets, for the elements the
// reading policy keeps.
func elementAsWritten(e *html.Node) bool {
	if e.Namespace != "" || e.DataAtom == 0 || e.DataAtom.String() != e.Data {
		return false
	}
	for i, a := range e.Attr {
		if a.Namespace != "" {
			return false
		}
		for _, b := range e.Attr[:i] {
			if b.Key == a.Key {
				return false // the parser keeps the first
			}
		}
	}
	if voidElements[e.Data] && e.FirstChild != nil {
		return false
	}
	parent := e.Parent
	parentAtom := atom.Atom(0)
	if parent != nil {
		parentAtom = parent.DataAtom
	}
	if want, ok := tableParents[e.DataAtom]; ok && !atomIn(parentAtom, want) {
		return false
	}
	if allowed, ok := tableChildren[parentAtom]; ok && !atomIn(e.DataAtom, allowed) {
		return false
	}
	switch e.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return parent == nil || !isHeadingTag(parent)
	case atom.Li:
		return !openItem(parent, atom.Li, atom.Li)
	case atom.Dd, atom.Dt:
		return !openItem(parent, atom.Dd, atom.Dt)
	case atom.Rt, atom.Rp:
		return !impliedEnds[parentAtom]
	}
	return true
}

// openItem reports whether a list item's start tag, met inside n, closes an
// open item (one of a, b) first: x/net/html looks up the open elements past
// <address>, <div>, <p> and any element that is not special, and stops at
// the first special one.
func openItem(n *html.Node, a, b atom.Atom) bool {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		switch {
		case n.DataAtom == a || n.DataAtom == b:
			return true
		case n.DataAtom == atom.Address || n.DataAtom == atom.Div || n.DataAtom == atom.P:
		case specialElements[n.DataAtom]:
			return false
		}
	}
	return false
}

// specialElements are x/net/html's special elements among those the
// reading policy keeps (and <body>, which stands for the page around).
var specialElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Br: true, atom.Caption: true, atom.Col: true, atom.Colgroup: true, atom.Dd: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Img: true,
	atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Source: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Wbr: true,
}

func atomIn(a atom.Atom, set []atom.Atom) bool {
	for _, b := range set {
		if a == b {
			return true
		}
	}
	return false
}
