package cleaner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A clean spent a third of its time in x/net/html's parser, which copies
// every tag name, attribute name and value into fresh memory (three copies
// of each value on the way), and treats every page as the worst page it
// could be. quickParse builds the same tree, node for node, for the markup
// most pages are made of, reading the page once and keeping its names and
// values as slices of it. Where the page holds anything outside that
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
//   - a NUL byte, a CDATA section, a script holding "<!--", and input that
//     ends inside a tag, a comment or raw text;
//   - elements nested deeper than x/net/html allows.
//
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
	afe        []*html.Node // active formatting elements; nil is a marker (a table cell's start)
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

// nextMarkup returns the index of the next '<' at or after from that starts
// a tag, a comment or a declaration, or len(src): any other '<' is text.
func nextMarkup(src string, from int) int {
	for {
		k := strings.IndexByte(src[from:], '<')
		if k < 0 {
			return len(src)
		}
		at := from + k
		if at+1 >= len(src) {
			return len(src)
		}
		if c := src[at+1]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			return at
		}
		from = at + 1
	}
}

// text is s as the tokenizer hands text over: line breaks as '\n' and, when
// decode is set, character references decoded.
func (p *quickParser) text(s string, decode bool) string {
	if p.crlf && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if decode && strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// readTag reads the tag whose name starts at src[at]: a start tag's
// attributes are kept (the first of each name), an end tag's dropped. After
// the start tag of a raw text element (<script>, <title>...) the tokenizer
// reads text up to its end tag.
func (p *quickParser) readTag(at int, start bool) quickToken {
	src := p.src
	i := at + 1
	for i < len(src) && tagBytes[src[i]]&(tagSpace|tagSlash|tagClose) == 0 {
		i++
	}
	name := lowerASCIIString(src[at:i])
	t := quickToken{kind: qtEnd, data: name}
	if start {
		t.kind = qtStart
	}
	if a := atom.Lookup([]byte(name)); a != 0 {
		t.atom, t.data = a, a.String()
	}
	attrs := p.attrTemp[:0]
	clear(p.attrSeen)
	lastValueEnd := -1
	for i = skipTagSpace(src, i); ; i = skipTagSpace(src, i) {
		if i >= len(src) {
			giveUp("the input ends inside a tag")
		}
		if src[i] == '>' {
			i++
			break
		}
		keyStart := i
		i++
		if tagBytes[src[keyStart]]&(tagSpace|tagSlash) != 0 {
			i = keyStart // a '/' where a name would start: a name of nothing
		} else {
			for i < len(src) && tagBytes[src[i]] == 0 {
				i++
			}
		}
		keyEnd := i
		valStart, valEnd := i, i
		if i = skipTagSpace(src, i); i >= len(src) {
			giveUp("the input ends inside a tag")
		}
		switch src[i] {
		case '/':
			i++
		case '=':
			if i = skipTagSpace(src, i+1); i >= len(src) {
				giveUp("the input ends inside a tag")
			}
			switch q := src[i]; q {
			case '>':
			case '"', '\'':
				k := strings.IndexByte(src[i+1:], q)
				if k < 0 {
					giveUp("the input ends inside a tag")
				}
				valStart, valEnd = i+1, i+1+k
				i = valEnd + 1
			default:
				valStart = i
				for i < len(src) && tagBytes[src[i]]&(tagSpace|tagClose) == 0 {
					i++
				}
				valEnd = i
			}
		}
		if !start || keyEnd == keyStart {
			continue
		}
		key := lowerASCIIString(src[keyStart:keyEnd])
		if hasAttr(attrs, key, &p.attrSeen) {
			continue
		}
		attrs = append(attrs, html.Attribute{Key: key, Val: p.attrValue(src[valStart:valEnd])})
		lastValueEnd = valEnd
	}
	p.pos = i
	if !start {
		return t
	}
	p.attrTemp = attrs
	t.attr = p.keepAttrs(attrs)
	// <br/>, but not <a href=/>: the '/' must not end an unquoted value.
	t.selfClosing = src[i-2] == '/' && i-2 != lastValueEnd-1
	switch t.atom {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		p.rawTag = t.data
	case atom.Plaintext:
		giveUp("<plaintext>")
	}
	return t
}

// attrValue decodes an attribute's value as the tokenizer does.
func (p *quickParser) attrValue(v string) string {
	if p.crlf {
		v = p.text(v, false)
	}
	if strings.IndexByte(v, '&') < 0 {
		return v
	}
	return unescapeAttr(v)
}

// unescapeAttr decodes the character references of an attribute's value.
// A value decodes them as text does but for references without their ';':
// "&copy=1" stays as written there, and of "&notit;" (no such name) text
// decodes the known part, "&not", where a value keeps it all. So each
// reference is decoded alone, by html.UnescapeString, and what it made of
// it tells which case it was.
func unescapeAttr(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	for {
		amp := strings.IndexByte(v, '&')
		if amp < 0 {
			b.WriteString(v)
			return b.String()
		}
		b.WriteString(v[:amp])
		v = v[amp:]
		j := 1
		numeric := len(v) > 1 && v[1] == '#'
		if numeric {
			j = 2
			if j < len(v) && (v[j] == 'x' || v[j] == 'X') {
				j++
			}
		}
		k := j
		for k < len(v) && (isASCIILetter(v[k]) || '0' <= v[k] && v[k] <= '9') {
			k++
		}
		if k == j {
			b.WriteByte('&') // no name, no number: an '&' as written
			v = v[1:]
			continue
		}
		semicolon := k < len(v) && v[k] == ';'
		if semicolon {
			k++
		}
		ref := v[:k]
		v = v[k:]
		decoded := html.UnescapeString(ref)
		switch {
		case numeric:
			// Numbers decode alike in text and values.
		case semicolon:
			// Whole, a name decodes to one or two code points; text also
			// decodes a known part of an unknown name and keeps the rest,
			// ';' included.
			if strings.HasSuffix(decoded, ";") && ref != "&semi;" {
				decoded = ref
			}
		case strings.HasPrefix(v, "="):
			decoded = ref
		case utf8.RuneCountInString(decoded) != 1:
			decoded = ref // a known part only, or nothing known
		}
		b.WriteString(decoded)
	}
}

// readMarkupDeclaration reads what follows "<!" at src[at]: a comment or a
// doctype.
func (p *quickParser) readMarkupDeclaration(at int) quickToken {
	src := p.src
	if strings.HasPrefix(src[at:], "--") {
		from := at + 2
		dashes, start := 0, true
		for i := from; i < len(src); i++ {
			switch src[i] {
			case '-':
				dashes++
				continue
			case '>':
				if dashes >= 2 || start {
					p.pos = i + 1
					return quickToken{kind: qtComment, data: p.text(src[from:max(from, i-2)], true)}
				}
			case '!':
				if dashes >= 2 {
					if i++; i >= len(src) {
						break
					}
					if src[i] == '>' {
						p.pos = i + 1
						return quickToken{kind: qtComment, data: p.text(src[from:max(from, i-3)], true)}
					}
					if src[i] == '-' {
						dashes, start = 1, false
						continue
					}
				}
			}
			dashes, start = 0, false
		}
		giveUp("the input ends inside a comment")
	}
	if len(src) >= at+len("doctype") && strings.EqualFold(src[at:at+len("doctype")], "doctype") {
		i := skipTagSpace(src, at+len("doctype"))
		end := strings.IndexByte(src[i:], '>')
		if end < 0 {
			giveUp("the input ends inside a doctype")
		}
		p.pos = i + end + 1
		return quickToken{kind: qtDoctype, data: p.text(src[i:i+end], true)}
	}
	if strings.HasPrefix(src[at:], "[CDATA[") && p.top().Namespace != "" {
		giveUp("a CDATA section in a drawing")
	}
	return p.readBogusComment(at)
}

// readBogusComment reads markup that is neither a tag nor a comment nor a
// doctype ("<?xml ...?>", "<![if IE]>", "</3>") as the tokenizer does: a
// comment of what follows, up to the next '>'.
func (p *quickParser) readBogusComment(from int) quickToken {
	end := strings.IndexByte(p.src[from:], '>')
	if end < 0 {
		giveUp("the input ends inside a comment")
	}
	p.pos = from + end + 1
	return quickToken{kind: qtComment, data: p.text(p.src[from:from+end], true)}
}

// readRawText reads the text of a raw text element up to its end tag, which
// the tokenizer finds as "</" and the element's name in any case followed
// by white space, '/' or '>'.
func (p *quickParser) readRawText() {
	src, name := p.src, p.rawTag
	p.rawTag = ""
	end := -1
	for i := p.pos; ; {
		k := strings.Index(src[i:], "</")
		if k < 0 {
			giveUp("the input ends inside raw text")
		}
		j := i + k + 2
		if j+len(name) < len(src) && strings.EqualFold(src[j:j+len(name)], name) &&
			tagBytes[src[j+len(name)]]&(tagSpace|tagSlash|tagClose) != 0 {
			end = i + k
			break
		}
		i += k + 1
	}
	// In a script, "<!--" starts the escaped states, where a </script> may
	// not end it.
	if name == "script" && strings.Contains(src[p.pos:end], "<!--") {
		giveUp("a script holding <!--")
	}
	if end > p.pos {
		p.process(&quickToken{kind: qtText, data: p.text(src[p.pos:end], name == "title" || name == "textarea")})
	}
	p.pos = end
}

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

// popTo closes the open elements from oe[i] up. A formatting element closed
// so stays in the list of active formatting elements, for
// reconstructFormatting to open again where text or an element follows.
func (p *quickParser) popTo(i int) {
	p.oe = p.oe[:i]
}

// reconstructFormatting opens again, in the current node, the active
// formatting elements that an end tag closed without their own: in
// "<p><b>a<p>b", the second paragraph's text is bold too. Each is opened as
// a copy, which takes its place in the list.
func (p *quickParser) reconstructFormatting() {
	n := len(p.afe)
	if n == 0 || p.afe[n-1] == nil || p.isOpen(p.afe[n-1]) {
		return
	}
	i := n - 1
	for i > 0 && p.afe[i-1] != nil && !p.isOpen(p.afe[i-1]) {
		i--
	}
	for ; i < n; i++ {
		c := p.copyElement(p.afe[i])
		p.addChild(c)
		p.afe[i] = c
	}
}

// isOpen reports whether n is on the stack of open elements.
func (p *quickParser) isOpen(n *html.Node) bool {
	for i := len(p.oe) - 1; i >= 0; i-- {
		if p.oe[i] == n {
			return true
		}
	}
	return false
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
			if i := slices.Index(p.oe, p.head); i >= 0 {
				p.oe = slices.Delete(p.oe, i, i+1)
			}
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

// hasAttr reports whether attrs holds an attribute named key. A tag has a
// few attributes, which are quicker compared than hashed; past a few dozen
// (a hostile page may write a million) *seen keeps the names.
func hasAttr(attrs []html.Attribute, key string, seen *map[string]bool) bool {
	if len(attrs) <= 32 {
		return slices.ContainsFunc(attrs, func(a html.Attribute) bool { return a.Key == key })
	}
	if len(*seen) == 0 {
		*seen = make(map[string]bool, 2*len(attrs))
		for _, a := range attrs {
			(*seen)[a.Key] = true
		}
	}
	if (*seen)[key] {
		return true
	}
	(*seen)[key] = true // the caller adds it
	return false
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
				p.oe = slices.DeleteFunc(p.oe, func(e *html.Node) bool { return e == n })
				p.afe = slices.DeleteFunc(p.afe, func(e *html.Node) bool { return e == n })
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
		// The form closes, but not what is open inside it.
		if i := slices.Index(p.oe, form); i >= 0 {
			p.oe = slices.Delete(p.oe, i, i+1)
		}
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
	if i := slices.Index(p.oe, formatting); i >= 0 {
		p.oe = slices.Delete(p.oe, i, i+1)
	}
	p.oe = slices.Insert(p.oe, slices.Index(p.oe, block)+1, c)
}

// copyElement is a new element of n's name and attributes, as the parser
// copies an element, with no namespace.
func (p *quickParser) copyElement(n *html.Node) *html.Node {
	c := p.newNode(n.Type, n.Data, n.DataAtom)
	c.Attr = p.keepAttrs(n.Attr)
	return c
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

// inForeignContent reports whether t falls to the rules of foreign content:
// inside a drawing, but for the text of its <title> or <desc>, which HTML's
// rules take.
func (p *quickParser) inForeignContent(t *quickToken) bool {
	if len(p.oe) == 0 || t.kind == qtEOF {
		return false
	}
	n := p.oe[len(p.oe)-1]
	if n.Namespace == "" {
		return false
	}
	if n.Data == "title" || n.Data == "desc" {
		switch t.kind {
		case qtStart:
			giveUp("an element inside a drawing's title")
		case qtText:
			return false
		}
	}
	return true
}

func (p *quickParser) foreignContent(t *quickToken) bool {
	switch t.kind {
	case qtText:
		p.addText(t.data)
	case qtComment:
		p.addComment(p.top(), t.data)
	case qtStart:
		p.addForeign(t)
	case qtEnd:
		// x/net/html compares the names with strings.EqualFold.
		if !strings.EqualFold(p.top().Data, t.data) {
			giveUp("an end tag in a drawing for another element than the last")
		}
		p.oe = p.oe[:len(p.oe)-1]
	}
	return true
}

// svgElements are the elements of a drawing quickParse takes, each with the
// name the parser gives it: SVG's own case, where it has capitals.
var svgElements = map[string]string{
	"a": "a", "animate": "animate", "circle": "circle", "defs": "defs", "desc": "desc",
	"ellipse": "ellipse", "filter": "filter", "g": "g", "image": "image", "line": "line",
	"marker": "marker", "mask": "mask", "metadata": "metadata", "path": "path", "pattern": "pattern",
	"polygon": "polygon", "polyline": "polyline", "rect": "rect", "set": "set", "stop": "stop",
	"style": "style", "svg": "svg", "switch": "switch", "symbol": "symbol", "text": "text",
	"title": "title", "tspan": "tspan", "use": "use", "view": "view",
	"clippath": "clipPath", "lineargradient": "linearGradient", "radialgradient": "radialGradient",
	"textpath": "textPath", "animatecolor": "animateColor", "animatemotion": "animateMotion",
	"animatetransform": "animateTransform", "feblend": "feBlend", "fecolormatrix": "feColorMatrix",
	"fecomponenttransfer": "feComponentTransfer", "fecomposite": "feComposite",
	"feconvolvematrix": "feConvolveMatrix", "fediffuselighting": "feDiffuseLighting",
	"fedisplacementmap": "feDisplacementMap", "fedistantlight": "feDistantLight",
	"feflood": "feFlood", "fefunca": "feFuncA", "fefuncb": "feFuncB",
	"fefuncg": "feFuncG", "fefuncr": "feFuncR", "fegaussianblur": "feGaussianBlur", "feimage": "feImage",
	"femerge": "feMerge", "femergenode": "feMergeNode", "femorphology": "feMorphology",
	"feoffset": "feOffset", "fepointlight": "fePointLight", "fespecularlighting": "feSpecularLighting",
	"fespotlight": "feSpotLight", "fetile": "feTile", "feturbulence": "feTurbulence",
}

// svgAttributes are the attribute names of letters only that quickParse
// takes in a drawing, with the name the parser gives each. Names with any
// other byte ('-', ':', a digit) keep their case, but for svgNamespaced.
var svgAttributes = map[string]string{
	"begin": "begin", "by": "by", "class": "class", "color": "color", "cursor": "cursor",
	"cx": "cx", "cy": "cy", "d": "d", "display": "display", "dur": "dur", "dx": "dx", "dy": "dy",
	"fill": "fill", "filter": "filter", "focusable": "focusable", "fr": "fr", "from": "from",
	"fx": "fx", "fy": "fy", "height": "height", "href": "href", "id": "id", "in": "in", "k": "k",
	"lang": "lang", "mask": "mask", "media": "media", "mode": "mode", "name": "name",
	"offset": "offset", "opacity": "opacity", "operator": "operator", "overflow": "overflow",
	"points": "points", "r": "r", "result": "result", "role": "role", "rotate": "rotate",
	"rx": "rx", "ry": "ry", "scale": "scale", "stroke": "stroke", "style": "style",
	"tabindex": "tabindex", "title": "title", "to": "to", "transform": "transform", "type": "type",
	"values": "values", "version": "version", "visibility": "visibility", "width": "width",
	"x": "x", "xmlns": "xmlns", "y": "y",
	"attributename": "attributeName", "attributetype": "attributeType", "baseprofile": "baseProfile",
	"calcmode": "calcMode", "clippathunits": "clipPathUnits", "filterunits": "filterUnits",
	"gradienttransform": "gradientTransform", "gradientunits": "gradientUnits",
	"keysplines": "keySplines", "keytimes": "keyTimes", "lengthadjust": "lengthAdjust",
	"markerheight": "markerHeight", "markerunits": "markerUnits", "markerwidth": "markerWidth",
	"maskcontentunits": "maskContentUnits", "maskunits": "maskUnits", "pathlength": "pathLength",
	"patterncontentunits": "patternContentUnits", "patterntransform": "patternTransform",
	"patternunits": "patternUnits", "preserveaspectratio": "preserveAspectRatio",
	"primitiveunits": "primitiveUnits", "refx": "refX", "refy": "refY", "repeatcount": "repeatCount",
	"spreadmethod": "spreadMethod", "startoffset": "startOffset", "stddeviation": "stdDeviation",
	"textlength": "textLength", "viewbox": "viewBox",
	"accumulate": "accumulate", "additive": "additive", "alt": "alt", "amplitude": "amplitude",
	"azimuth": "azimuth", "bias": "bias", "dir": "dir", "divisor": "divisor", "elevation": "elevation",
	"exponent": "exponent", "hidden": "hidden", "intercept": "intercept", "order": "order",
	"origin": "origin", "path": "path", "radius": "radius", "rel": "rel", "restart": "restart",
	"seed": "seed", "slope": "slope", "src": "src", "target": "target", "z": "z",
	"basefrequency": "baseFrequency", "diffuseconstant": "diffuseConstant", "edgemode": "edgeMode",
	"kernelmatrix": "kernelMatrix", "kernelunitlength": "kernelUnitLength", "keypoints": "keyPoints",
	"limitingconeangle": "limitingConeAngle", "numoctaves": "numOctaves", "pointsatx": "pointsAtX",
	"pointsaty": "pointsAtY", "pointsatz": "pointsAtZ", "preservealpha": "preserveAlpha",
	"specularconstant": "specularConstant", "specularexponent": "specularExponent",
	"stitchtiles": "stitchTiles", "surfacescale": "surfaceScale", "tablevalues": "tableValues",
	"targetx": "targetX", "targety": "targetY", "xchannelselector": "xChannelSelector",
	"ychannelselector": "yChannelSelector",
}

// svgNamespaced are the attribute names the parser splits into a namespace
// and a name at their ':'.
var svgNamespaced = []string{
	"xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
	"xlink:title", "xlink:type", "xml:lang", "xml:space", "xmlns:xlink",
}

// addForeign opens an element of a drawing, named as the parser names it.
// A drawing's elements are never raw text, and may close themselves.
func (p *quickParser) addForeign(t *quickToken) {
	name, ok := svgElements[t.data]
	if !ok && strings.ContainsAny(t.data, "-:") {
		name, ok = t.data, true // no name the parser changes or breaks out at has either
	}
	if !ok {
		giveUp("an element quickParse does not take in a drawing: <" + t.data + ">")
	}
	if name != t.data {
		t.data, t.atom = name, atom.Lookup([]byte(name))
	}
	for i := range t.attr {
		a := &t.attr[i]
		if k, ok := svgAttributes[a.Key]; ok {
			a.Key = k
		} else if isASCIIWord(a.Key) {
			giveUp("an attribute quickParse does not take in a drawing: " + a.Key)
		} else if slices.Contains(svgNamespaced, a.Key) {
			j := strings.IndexByte(a.Key, ':')
			a.Namespace, a.Key = a.Key[:j], a.Key[j+1:]
		}
	}
	p.addElement(t).Namespace = "svg"
	p.rawTag = ""
	if t.selfClosing {
		p.oe = p.oe[:len(p.oe)-1]
	}
}
