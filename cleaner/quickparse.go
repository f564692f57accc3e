package cleaner

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A clean spent a third of its time in x/net/html's parser, whose tokenizer
// reads a byte per call and copies every tag name, attribute name and value
// into fresh memory, some more than once. quickParse builds the same tree,
// node for node, for the markup most pages are made of, reading the page
// once and keeping its names and values as slices of it. Where the page holds anything outside that
// subset, it gives up and the caller parses the page with x/net/html: the
// tree is always the one x/net/html builds.
//
// What it follows is the HTML parsing algorithm as x/net/html implements
// it: its tokenizer (tags, attributes, comments, the raw text of <script>,
// <style>, <title>, <textarea> and the like), the insertion modes from
// "initial" to "after after body" but the frameset and template ones,
// implied end tags, the list of active formatting elements and the adoption
// agency algorithm, the form element pointer, tables and what they move out
// of themselves, and <svg> drawings made of common elements. It gives up
// at:
//   - a template, a frameset, <math>, <plaintext>;
//   - in a drawing, an element or attribute name it does not know to keep
//     its case, and an HTML element in one;
//   - a NUL byte, a CDATA section, and input that ends inside a tag, a
//     comment or raw text;
//   - elements nested deeper than x/net/html allows.
//
// The tokenizer is in quicktokens.go; the tree construction here, with the
// formatting elements' rules in quickformatting.go, the tables' in
// quicktables.go and the drawings' in quickforeign.go.
// TestQuickParseMatchesXNetHTML and FuzzQuickParse hold it to html.Parse.
// It returns the tree, or nil and why it gave up.
func quickParse(src string) (root *html.Node, gaveUp string) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, "a NUL byte"
	}
	p := &quickParser{src: src, crlf: strings.IndexByte(src, '\r') >= 0}
	defer func() {
		if r := recover(); r != nil {
			why, ok := r.(quickGiveUp)
			if !ok {
				panic(r)
			}
			root, gaveUp = nil, string(why)
		}
	}()
	p.run()
	return p.doc, ""
}

// quickGiveUp is the panic that ends a quickParse which met markup outside
// its subset; the reason is for tests and debugging.
type quickGiveUp string

func giveUp(reason string) { panic(quickGiveUp(reason)) }

// quickMaxDepth is x/net/html's limit on open elements: past it html.Parse
// fails, and parseHTML copes.
const quickMaxDepth = 512

type quickMode uint8

const (
	qmInitial quickMode = iota
	qmBeforeHTML
	qmBeforeHead
	qmInHead
	qmAfterHead
	qmInBody
	qmText // inside a raw text element: its text, then its end tag
	qmAfterBody
	qmAfterAfterBody
	qmInTable // quicktables.go
	qmInTableBody
	qmInRow
	qmInCell
	qmInCaption
	qmInColumnGroup
)

type quickKind uint8

const (
	qtText quickKind = iota
	qtStart
	qtEnd
	qtComment
	qtDoctype
	qtEOF
)

// quickToken is one token as the tokenizer hands it to the parser: for tags
// a lowercased name and its atom, for the others their decoded text.
type quickToken struct {
	kind        quickKind
	data        string
	atom        atom.Atom
	attr        []html.Attribute
	selfClosing bool
}

type quickParser struct {
	src  string
	pos  int
	crlf bool // src holds '\r', which text and values read as '\n'

	doc        *html.Node
	oe         []*html.Node // the stack of open elements
	afe        []*html.Node // active formatting elements; nil is a marker (where a cell, a caption or an <object> starts)
	head, form *html.Node
	quirks     bool // no doctype, or an old one: a <table> does not close a <p>
	mode       quickMode
	original   quickMode // the mode qmText returns to
	fostering  bool      // what is added in a table's rows goes before the table (quicktables.go)
	rawTag     string    // the tokenizer reads raw text up to </rawTag next

	nodes    []html.Node           // allocated a block at a time
	attrs    []html.Attribute      // likewise
	attrTemp []html.Attribute      // one tag's attributes while they are read
	attrSeen map[string]bool       // their names, when there are many (hasAttr)
	joined   map[*html.Node][]byte // text nodes joined to, their text so far (addText)
}

// run reads the page token by token, handing each to the tree construction,
// and joins the texts made of several pieces.
func (p *quickParser) run() {
	p.doc = p.newNode(html.DocumentNode, "", 0)
	src := p.src
	for p.pos < len(src) {
		if p.rawTag != "" {
			p.readRawText()
			continue
		}
		at := nextMarkup(src, p.pos)
		if at > p.pos {
			p.process(&quickToken{kind: qtText, data: p.text(src[p.pos:at], true)})
			p.pos = at
			continue
		}
		if at == len(src) {
			break
		}
		switch c := src[at+1]; {
		case isASCIILetter(c):
			t := p.readTag(at+1, true)
			p.process(&t)
		case c == '/':
			if at+2 >= len(src) {
				giveUp("the input ends inside a tag")
			}
			if isASCIILetter(src[at+2]) {
				t := p.readTag(at+2, false)
				p.process(&t)
			} else if src[at+2] == '>' {
				p.pos = at + 3 // "</>" is a comment of nothing
				p.process(&quickToken{kind: qtComment})
			} else {
				t := p.readBogusComment(at + 2) // "</3>"
				p.process(&t)
			}
		case c == '!':
			t := p.readMarkupDeclaration(at + 2)
			p.process(&t)
		default:
			t := p.readBogusComment(at + 1) // "<?xml ...?>", '?' included
			p.process(&t)
		}
	}
	p.process(&quickToken{kind: qtEOF})
	for n, b := range p.joined {
		n.Data = string(b)
	}
}

// newNode is a node taken from a block of 64: an allocation for many nodes,
// which live as long as the tree does anyway.
func (p *quickParser) newNode(t html.NodeType, data string, a atom.Atom) *html.Node {
	if len(p.nodes) == 0 {
		p.nodes = make([]html.Node, 64)
	}
	n := &p.nodes[0]
	p.nodes = p.nodes[1:]
	n.Type, n.Data, n.DataAtom = t, data, a
	return n
}

// keepAttrs copies a tag's attributes out of the scratch slice, capped so
// that appending to an element's attributes never writes over another's.
func (p *quickParser) keepAttrs(a []html.Attribute) []html.Attribute {
	if len(a) == 0 {
		return nil
	}
	if len(p.attrs) < len(a) {
		p.attrs = make([]html.Attribute, max(128, len(a)))
	}
	kept := p.attrs[:len(a):len(a)]
	copy(kept, a)
	p.attrs = p.attrs[len(a):]
	return kept
}

func (p *quickParser) top() *html.Node {
	if len(p.oe) == 0 {
		return p.doc
	}
	return p.oe[len(p.oe)-1]
}

// addChild appends n to the current node and, when it is an element, opens
// it.
func (p *quickParser) addChild(n *html.Node) {
	if p.shouldFoster() {
		p.fosterParent(n)
	} else {
		p.top().AppendChild(n)
	}
	if n.Type == html.ElementNode {
		if len(p.oe) >= quickMaxDepth {
			giveUp("nesting deeper than x/net/html allows")
		}
		p.oe = append(p.oe, n)
	}
}

func (p *quickParser) addElement(t *quickToken) *html.Node {
	n := p.newNode(html.ElementNode, t.data, t.atom)
	n.Attr = t.attr
	p.addChild(n)
	return n
}

// addVoid adds an element that holds nothing: opened and closed at once.
func (p *quickParser) addVoid(t *quickToken) {
	p.addElement(t)
	p.oe = p.oe[:len(p.oe)-1]
}

func (p *quickParser) addComment(to *html.Node, data string) {
	to.AppendChild(p.newNode(html.CommentNode, data, 0))
}

// addText adds text to the current node, joined to a text node that ends
// it.
func (p *quickParser) addText(s string) {
	if s == "" {
		return
	}
	if p.shouldFoster() {
		p.fosterParent(p.newNode(html.TextNode, s, 0))
		return
	}
	t := p.top()
	if last := t.LastChild; last != nil && last.Type == html.TextNode {
		p.join(last, s)
		return
	}
	t.AppendChild(p.newNode(html.TextNode, s, 0))
}

// join adds s to the text of text node n. The texts are joined once the
// page is read (run): joined one at a time, a page of a million texts
// between ignored tags would copy each a million times.
func (p *quickParser) join(n *html.Node, s string) {
	if p.joined == nil {
		p.joined = make(map[*html.Node][]byte)
	}
	b, ok := p.joined[n]
	if !ok {
		b = []byte(n.Data)
	}
	p.joined[n] = append(b, s...)
}

// removeNode is list (the stack of open elements, or the list of active
// formatting elements) without n: the parser takes elements out of either
// from the middle, leaving those after them.
func removeNode(list []*html.Node, n *html.Node) []*html.Node {
	if i := slices.Index(list, n); i >= 0 {
		return slices.Delete(list, i, i+1)
	}
	return list
}

// popTo closes the open elements from oe[i] up. A formatting element closed
// so stays in the list of active formatting elements, for
// reconstructFormatting to open again where text or an element follows.
func (p *quickParser) popTo(i int) {
	p.oe = p.oe[:i]
}

type quickScope uint8

const (
	scopeDefault quickScope = iota
	scopeListItem
	scopeButton
	scopeTable
)

// inScope returns the index in oe of the highest element whose atom is one
// of match, with none of the scope's boundaries above it, or -1.
func (p *quickParser) inScope(s quickScope, match ...atom.Atom) int {
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		a := n.DataAtom
		switch n.Namespace {
		case "":
			if slices.Contains(match, a) {
				return i
			}
			if s == scopeTable {
				if a == atom.Html || a == atom.Table || a == atom.Template {
					return -1
				}
				continue
			}
			switch a {
			case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Template, atom.Select:
				return -1
			case atom.Ol, atom.Ul:
				if s == scopeListItem {
					return -1
				}
			case atom.Button:
				if s == scopeButton {
					return -1
				}
			}
		case "svg":
			if s != scopeTable && (a == atom.Desc || a == atom.ForeignObject || a == atom.Title) {
				return -1
			}
		}
	}
	return -1
}

// popUntil closes the elements up to and with the highest of match in
// scope, and reports whether there was one.
func (p *quickParser) popUntil(s quickScope, match ...atom.Atom) bool {
	if i := p.inScope(s, match...); i >= 0 {
		p.popTo(i)
		return true
	}
	return false
}

func (p *quickParser) closeP() { p.popUntil(scopeButton, atom.P) }

// generateImpliedEndTags closes the elements whose end tag may be left out
// (<p>, <li>, <option>...), but one named except.
func (p *quickParser) generateImpliedEndTags(except string) {
	i := len(p.oe)
	for i > 0 {
		n := p.oe[i-1]
		switch n.DataAtom {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
			if n.Data != except {
				i--
				continue
			}
		}
		break
	}
	p.popTo(i)
}

// process hands t to the insertion mode, or to the rules of foreign
// content, until one of them consumes it.
func (p *quickParser) process(t *quickToken) {
	for {
		var done bool
		if p.inForeignContent(t) {
			done = p.foreignContent(t)
		} else {
			switch p.mode {
			case qmInitial:
				done = p.initial(t)
			case qmBeforeHTML:
				done = p.beforeHTML(t)
			case qmBeforeHead:
				done = p.beforeHead(t)
			case qmInHead:
				done = p.inHead(t)
			case qmAfterHead:
				done = p.afterHead(t)
			case qmInBody:
				done = p.inBody(t)
			case qmText:
				done = p.inText(t)
			case qmAfterBody, qmAfterAfterBody:
				done = p.afterBody(t, p.mode == qmAfterAfterBody)
			case qmInTable:
				done = p.inTable(t)
			case qmInTableBody:
				done = p.inTableBody(t)
			case qmInRow:
				done = p.inRow(t)
			case qmInCell:
				done = p.inCell(t)
			case qmInCaption:
				done = p.inCaption(t)
			case qmInColumnGroup:
				done = p.inColumnGroup(t)
			}
		}
		if done {
			return
		}
	}
}

// implied processes a tag the markup leaves out, as if it were there.
func (p *quickParser) implied(kind quickKind, a atom.Atom) {
	p.process(&quickToken{kind: kind, data: a.String(), atom: a})
}

const htmlSpace = " \t\r\n\f"

func (p *quickParser) initial(t *quickToken) bool {
	switch t.kind {
	case qtText:
		if t.data = strings.TrimLeft(t.data, htmlSpace); t.data == "" {
			return true
		}
	case qtComment:
		p.addComment(p.doc, t.data)
		return true
	case qtDoctype:
		p.doc.AppendChild(p.doctype(t.data))
		p.mode = qmBeforeHTML
		return true
	}
	p.quirks = true
	p.mode = qmBeforeHTML
	return false
}

// doctype is the doctype node x/net/html makes of a doctype's text (its
// name, and its public and system identifiers as attributes) and sets
// quirks as it does. Only the plainest is read here; of the others
// x/net/html reads a document of the doctype, a <p> and a <table>, which
// in quirks mode does not close the <p>.
func (p *quickParser) doctype(data string) *html.Node {
	if data == "html" {
		return p.newNode(html.DoctypeNode, "html", 0)
	}
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE " + data + "><p><table>"))
	if err != nil || doc.FirstChild == nil || doc.FirstChild.Type != html.DoctypeNode {
		giveUp("a doctype x/net/html reads otherwise")
	}
	table := findTable(doc)
	if table == nil {
		giveUp("a doctype x/net/html reads otherwise")
	}
	p.quirks = table.Parent.DataAtom == atom.P
	n := doc.FirstChild
	doc.RemoveChild(n)
	return n
}

func findTable(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Table {
			return c
		}
		if t := findTable(c); t != nil {
			return t
		}
	}
	return nil
}

func (p *quickParser) beforeHTML(t *quickToken) bool {
	switch t.kind {
	case qtDoctype:
		return true
	case qtText:
		if t.data = strings.TrimLeft(t.data, htmlSpace); t.data == "" {
			return true
		}
	case qtStart:
		if t.atom == atom.Html {
			p.addElement(t)
			p.mode = qmBeforeHead
			return true
		}
	case qtEnd:
		switch t.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case qtComment:
		p.addComment(p.doc, t.data)
		return true
	}
	p.implied(qtStart, atom.Html)
	return false
}

func (p *quickParser) beforeHead(t *quickToken) bool {
	switch t.kind {
	case qtText:
		if t.data = strings.TrimLeft(t.data, htmlSpace); t.data == "" {
			return true
		}
	case qtStart:
		switch t.atom {
		case atom.Head:
			p.head = p.addElement(t)
			p.mode = qmInHead
			return true
		case atom.Html:
			return p.inBody(t)
		}
	case qtEnd:
		switch t.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case qtComment, qtDoctype:
		return p.commentOrDoctype(t)
	}
	p.implied(qtStart, atom.Head)
	return false
}

// commentOrDoctype does what most modes do with a comment, add it to the
// current node, and with a doctype: nothing.
func (p *quickParser) commentOrDoctype(t *quickToken) bool {
	if t.kind == qtComment {
		p.addComment(p.top(), t.data)
	}
	return true
}

// rawText opens the element of a raw text start tag, whose text and end
// tag the text mode takes.
func (p *quickParser) rawText(t *quickToken) {
	p.addElement(t)
	p.original, p.mode = p.mode, qmText
}

// addLeadingSpace adds the white space that starts t's text to the current
// node and leaves t the rest. It reports whether nothing is left.
func (p *quickParser) addLeadingSpace(t *quickToken) bool {
	s := strings.TrimLeft(t.data, htmlSpace)
	if len(s) < len(t.data) {
		p.addText(t.data[:len(t.data)-len(s)])
		t.data = s
	}
	return s == ""
}

func (p *quickParser) inHead(t *quickToken) bool {
	switch t.kind {
	case qtText:
		if p.addLeadingSpace(t) {
			return true
		}
	case qtStart:
		switch t.atom {
		case atom.Html:
			return p.inBody(t)
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			p.addVoid(t)
			return true
		case atom.Noscript, atom.Script, atom.Title, atom.Noframes, atom.Style:
			p.rawText(t) // scripting is on: a <noscript>'s content is text
			return true
		case atom.Head:
			return true
		case atom.Template:
			giveUp("a <template>")
		}
	case qtEnd:
		switch t.atom {
		case atom.Head:
			p.oe = p.oe[:len(p.oe)-1]
			p.mode = qmAfterHead
			return true
		case atom.Body, atom.Html, atom.Br:
		default:
			return true // </template> too: none is open
		}
	case qtComment, qtDoctype:
		return p.commentOrDoctype(t)
	}
	p.implied(qtEnd, atom.Head)
	return false
}

func (p *quickParser) afterHead(t *quickToken) bool {
	switch t.kind {
	case qtText:
		if p.addLeadingSpace(t) {
			return true
		}
	case qtStart:
		switch t.atom {
		case atom.Html:
			return p.inBody(t)
		case atom.Body:
			p.addElement(t)
			p.mode = qmInBody
			return true
		case atom.Frameset:
			giveUp("a <frameset>")
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
			// Into the head, though it is closed: the head is opened for
			// the element and closed again under it.
			p.oe = append(p.oe, p.head)
			done := p.inHead(t)
			p.oe = removeNode(p.oe, p.head)
			return done
		case atom.Head:
			return true
		}
	case qtEnd:
		switch t.atom {
		case atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case qtComment, qtDoctype:
		return p.commentOrDoctype(t)
	}
	p.implied(qtStart, atom.Body)
	return t.kind == qtEOF
}

// copyMissingAttrs gives an element the attributes of a second start tag
// of it that it lacks.
func copyMissingAttrs(n *html.Node, attr []html.Attribute) {
	var seen map[string]bool
	for _, a := range attr {
		if !hasAttr(n.Attr, a.Key, &seen) {
			n.Attr = append(n.Attr, a)
		}
	}
}

func (p *quickParser) inBody(t *quickToken) bool {
	switch t.kind {
	case qtText:
		d := t.data
		if top := p.top(); (top.DataAtom == atom.Pre || top.DataAtom == atom.Listing) && top.FirstChild == nil {
			d = strings.TrimPrefix(d, "\n") // a line break that starts a <pre> is not its text
		}
		if d != "" {
			p.reconstructFormatting()
			p.addText(d)
		}
	case qtStart:
		return p.inBodyStart(t)
	case qtEnd:
		return p.inBodyEnd(t)
	case qtComment:
		p.addComment(p.top(), t.data)
	}
	return true // a doctype is ignored; at the end, the tree is whole
}

func (p *quickParser) inBodyStart(t *quickToken) bool {
	switch t.atom {
	case atom.Html:
		copyMissingAttrs(p.oe[0], t.attr)
	case atom.Body:
		if len(p.oe) >= 2 && p.oe[1].DataAtom == atom.Body {
			copyMissingAttrs(p.oe[1], t.attr)
		}
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
		return p.inHead(t)
	case atom.Table:
		if !p.quirks {
			p.closeP()
		}
		p.addElement(t)
		p.mode = qmInTable
	case atom.Frameset, atom.Math, atom.Plaintext:
		giveUp("<" + t.data + ">")
	case atom.Nobr:
		p.reconstructFormatting()
		if p.inScope(scopeDefault, atom.Nobr) >= 0 {
			p.endFormatting(&quickToken{kind: qtEnd, data: "nobr", atom: atom.Nobr})
			p.reconstructFormatting()
		}
		p.addFormattingElement(t)
	case atom.Applet, atom.Marquee, atom.Object:
		p.reconstructFormatting()
		p.addElement(t)
		p.afe = append(p.afe, nil)
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary, atom.Ul:
		p.closeP()
		p.addElement(t)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.closeP()
		switch p.top().DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			p.popTo(len(p.oe) - 1)
		}
		p.addElement(t)
	case atom.Pre, atom.Listing:
		p.closeP()
		p.addElement(t)
	case atom.Form:
		if p.form != nil {
			return true
		}
		p.closeP()
		p.form = p.addElement(t)
	case atom.Li, atom.Dd, atom.Dt:
		p.closeListItem(t.atom)
		p.closeP()
		p.addElement(t)
	case atom.Button:
		if p.inScope(scopeDefault, atom.Button) >= 0 {
			p.generateImpliedEndTags("")
			p.popUntil(scopeDefault, atom.Button)
		}
		p.reconstructFormatting()
		p.addElement(t)
	case atom.A:
		// An <a> inside an open one closes it first.
		for i := len(p.afe) - 1; i >= 0 && p.afe[i] != nil; i-- {
			if n := p.afe[i]; n.DataAtom == atom.A {
				p.endFormatting(&quickToken{kind: qtEnd, data: "a", atom: atom.A})
				p.oe, p.afe = removeNode(p.oe, n), removeNode(p.afe, n)
				break
			}
		}
		p.reconstructFormatting()
		p.addFormattingElement(t)
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		p.reconstructFormatting()
		p.addFormattingElement(t)
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr:
		p.reconstructFormatting()
		p.addVoid(t)
	case atom.Param, atom.Source, atom.Track:
		p.addVoid(t)
	case atom.Input:
		p.popUntil(scopeDefault, atom.Select)
		p.reconstructFormatting()
		p.addVoid(t)
	case atom.Hr:
		if p.inScope(scopeButton, atom.P) >= 0 {
			p.generateImpliedEndTags("p")
			p.popUntil(scopeDefault, atom.P)
		}
		if p.inScope(scopeDefault, atom.Select) >= 0 {
			p.generateImpliedEndTags("")
		}
		p.addVoid(t)
	case atom.Image:
		t.atom, t.data = atom.Img, "img"
		return false
	case atom.Textarea, atom.Iframe, atom.Noembed, atom.Noscript:
		p.rawText(t)
	case atom.Xmp:
		p.closeP()
		p.reconstructFormatting()
		p.rawText(t)
	case atom.Select:
		if p.popUntil(scopeDefault, atom.Select) {
			return true
		}
		p.reconstructFormatting()
		p.addElement(t)
	case atom.Option, atom.Optgroup:
		if p.inScope(scopeDefault, atom.Select) >= 0 {
			except := "optgroup"
			if t.atom == atom.Optgroup {
				except = ""
			}
			p.generateImpliedEndTags(except)
		} else if p.top().DataAtom == atom.Option {
			p.popTo(len(p.oe) - 1)
		}
		p.reconstructFormatting()
		p.addElement(t)
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if p.inScope(scopeDefault, atom.Ruby) >= 0 {
			except := ""
			if t.atom == atom.Rp || t.atom == atom.Rt {
				except = "rtc"
			}
			p.generateImpliedEndTags(except)
		}
		p.addElement(t)
	case atom.Svg:
		p.reconstructFormatting()
		p.addForeign(t)
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		// Outside a table, ignored.
	default:
		p.reconstructFormatting()
		p.addElement(t)
	}
	return true
}

// closeListItem closes the open <li> (or <dd> or <dt>, as a is) that a new
// one ends, unless an element that holds its own list is in the way.
func (p *quickParser) closeListItem(a atom.Atom) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		switch n.DataAtom {
		case atom.Li:
			if a == atom.Li {
				p.popTo(i)
				return
			}
		case atom.Dd, atom.Dt:
			if a != atom.Li {
				p.popTo(i)
				return
			}
		case atom.Address, atom.Div, atom.P:
			continue
		}
		if quickSpecial(n) {
			return
		}
	}
}

func (p *quickParser) inBodyEnd(t *quickToken) bool {
	switch t.atom {
	case atom.Body:
		if p.inScope(scopeDefault, atom.Body) >= 0 {
			p.mode = qmAfterBody
		}
	case atom.Html:
		if p.inScope(scopeDefault, atom.Body) >= 0 {
			p.implied(qtEnd, atom.Body)
			return false
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.Pre, atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		if p.inScope(scopeDefault, t.atom) >= 0 {
			p.generateImpliedEndTags("")
			p.popUntil(scopeDefault, t.atom)
		}
	case atom.Form:
		form := p.form
		p.form = nil
		i := p.inScope(scopeDefault, atom.Form)
		if form == nil || i < 0 || p.oe[i] != form {
			return true
		}
		p.generateImpliedEndTags("")
		p.oe = removeNode(p.oe, form) // the form closes, but not what is open inside it
	case atom.P:
		if p.inScope(scopeButton, atom.P) < 0 {
			p.addChild(p.newNode(html.ElementNode, "p", atom.P)) // </p> alone makes an empty paragraph
		}
		p.popUntil(scopeButton, atom.P)
	case atom.Li:
		p.popUntil(scopeListItem, atom.Li)
	case atom.Dd, atom.Dt:
		p.popUntil(scopeDefault, t.atom)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.popUntil(scopeDefault, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		p.endFormatting(t)
	case atom.Applet, atom.Marquee, atom.Object:
		if p.popUntil(scopeDefault, t.atom) {
			p.clearFormattingToMarker()
		}
	case atom.Br:
		t.kind = qtStart // </br> is read as <br>
		return false
	case atom.Template:
		// None is open: ignored.
	default:
		p.endOther(t)
	}
	return true
}

// endOther is an end tag of no rule of its own: it closes the nearest open
// element of its name, unless a special element is opened after it.
func (p *quickParser) endOther(t *quickToken) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		if n.Namespace == "" && n.DataAtom == t.atom && (t.atom != 0 || n.Data == t.data) {
			p.popTo(i)
			return
		}
		if quickSpecial(n) {
			return
		}
	}
}

func (p *quickParser) inText(t *quickToken) bool {
	switch t.kind {
	case qtText:
		d := t.data
		if top := p.top(); top.DataAtom == atom.Textarea && top.FirstChild == nil {
			d = strings.TrimPrefix(d, "\n")
		}
		p.addText(d)
		return true
	case qtEOF:
		giveUp("the input ends inside raw text")
	}
	p.oe = p.oe[:len(p.oe)-1]
	p.mode = p.original
	return t.kind == qtEnd
}

// afterBody is the mode after </body> and, with afterHTML, after </html>:
// white space and comments stay out of the body; anything else goes back
// in.
func (p *quickParser) afterBody(t *quickToken, afterHTML bool) bool {
	switch t.kind {
	case qtEOF:
		return true
	case qtText:
		if strings.TrimLeft(t.data, htmlSpace) == "" {
			return p.inBody(t)
		}
	case qtStart:
		if t.atom == atom.Html {
			return p.inBody(t)
		}
	case qtEnd:
		if t.atom == atom.Html && !afterHTML {
			p.mode = qmAfterAfterBody
			return true
		}
	case qtComment:
		to := p.oe[0]
		if afterHTML {
			to = p.doc
		}
		p.addComment(to, t.data)
		return true
	case qtDoctype:
		if afterHTML {
			return true
		}
	}
	p.mode = qmInBody
	return false
}

// quickSpecial reports whether n is of the special category: elements that
// end the search of an end tag for its element, and of a new <li> for the
// one to close.
func quickSpecial(n *html.Node) bool {
	switch n.Namespace {
	case "":
		switch n.DataAtom {
		case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont, atom.Bgsound,
			atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center, atom.Col, atom.Colgroup,
			atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption,
			atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4,
			atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img,
			atom.Input, atom.Keygen, atom.Li, atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta,
			atom.Nav, atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param,
			atom.Plaintext, atom.Pre, atom.Script, atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary,
			atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead,
			atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
			return true
		}
	case "svg":
		switch n.Data {
		case "foreignObject", "desc", "title":
			return true
		}
	}
	return false
}
