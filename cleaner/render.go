package cleaner

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wordsPerMinute is the reading speed behind Article.ReadingMinutes.
const wordsPerMinute = 230

// removalHTMLCap bounds Removal.HTML: a removed block can be most of a 20 MB
// page (a comment thread of thousands of comments), and every door ships the
// whole Article as one JSON value.
const removalHTMLCap = 100 << 10

// render sanitizes the chosen content and the removed blocks and writes the
// HTML, text and Markdown. The text and the Markdown are made from the tree
// of the sanitized HTML, so neither ever shows what the HTML does not: the
// content's own tree when it is that tree (reparse.go), else the HTML parsed
// again.
func render(d *document) (*Article, error) {
	a := d.art
	a.InputKind = d.kind
	a.storyMarked = d.storyMarked
	a.storyCopied = d.storyCopied
	if d.content == nil || d.content.Length() == 0 {
		return nil, fmt.Errorf("%w: no element was chosen as the article", ErrNoContent)
	}

	keepInPageLinks(d.content.Nodes)
	inArticle := map[string]bool{}
	for _, n := range d.content.Nodes {
		for _, id := range rewriteMarkers(n, d.opts.MarkRemoved) {
			inArticle[id] = true
		}
		unwrapStrippedInLines(n, false)
		dropEmptyBlocks(n)
		markFloats(n)
		stripAsPolicy(n) // drops the attributes the policy would, among what it does
		addLinkRel(n)
	}
	written := writeNodes(d.content.Nodes)
	sanitized := sanitizeHTML(written)
	if anchorTags(sanitized) < anchorTags(written) {
		// The policy dropped a link, which only a sanitizer run tells:
		// rare enough to ask of the links only now, and write again if
		// one of them was a piece of a line.
		unwrapped := false
		for _, n := range d.content.Nodes {
			unwrapped = unwrapStrippedInLines(n, true) || unwrapped
		}
		if unwrapped {
			written = writeNodes(d.content.Nodes)
			sanitized = sanitizeHTML(written)
		}
	}
	a.HTML = strings.TrimSpace(sanitized)

	// The tree the text and the Markdown are made from: the content itself
	// when the sanitizer kept all of it and a parser would build it again
	// from the HTML (reparse.go), else the HTML parsed.
	var body *html.Node
	if sanitized == written {
		if body = adoptContent(d.content.Nodes); body != nil && !parsedAsWritten(body) {
			body = nil
		}
		if body != nil && checkAdoptedTree != nil {
			checkAdoptedTree(body, a.HTML)
		}
	}
	if body == nil {
		var err error
		if body, err = parseBody(a.HTML); err != nil {
			// The sanitized HTML nests too deep to parse again (formatting
			// elements can be reconstructed past the parser's limit): keep
			// its words as plain paragraphs rather than fail.
			a.HTML = strings.TrimSpace(sanitizeHTML(paragraphsHTML(tokenText(a.HTML))))
			if body, err = parseBody(a.HTML); err != nil {
				return nil, fmt.Errorf("%w: the article could not be parsed again: %v", ErrNoContent, err)
			}
		}
	}
	if untangleBlocks(body) {
		// Sanitizing unwrapped an unknown element and left a paragraph
		// inside a <pre> or a caption; what is served must read the same
		// when it is parsed again, so the moved tree is written out anew.
		a.HTML = strings.TrimSpace(sanitizeHTML(writeNodes([]*html.Node{body})))
		var err error
		if body, err = parseBody(a.HTML); err != nil {
			return nil, fmt.Errorf("%w: the article could not be parsed again: %v", ErrNoContent, err)
		}
	}
	a.Text = plainText(body, len(a.HTML))
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("%w: the chosen content has no text", ErrNoContent)
	}
	a.WordCount = countWords(a.Text)
	a.ReadingMinutes = readingMinutes(a.WordCount)
	a.Markdown = toMarkdown(body, a.Text)

	a.Removed = make([]Removal, 0, len(d.removals))
	for _, r := range d.removals {
		rem := r.Removal
		switch {
		case r.node == nil:
		case d.opts.SkipRemovedHTML:
			a.deferred = append(a.deferred, deferredRemoval{len(a.Removed), r.node, d.opts.MarkRemoved})
		default:
			rem.HTML = removalHTML(r.node, d.opts.MarkRemoved)
		}
		rem.InArticle = rem.InArticle || inArticle[rem.ID]
		a.Removed = append(a.Removed, rem)
	}
	a.Comments = append([]Comment{}, d.comments...)
	return a, nil
}

// unwrapStrippedInLines replaces with its children each element under root
// that the reading policy strips and that is a piece of a line of text: an
// unknown element or a <font> inside a paragraph or a heading (partOfLine),
// or inside an inline element anywhere (insideInline). The policy writes a
// space where it strips a tag, which keeps apart the words of a block it
// unwraps; inside a line the element shows no break, and the space would
// split what the tree and a browser read as one word: "(<x-type>int
// </x-type>," would be written "( int,", while the title read from that
// heading says "(int,". Unwrapped here, the element leaves the sanitizer no
// tag to strip, and the output reads as the tree.
//
// Links are unwrapped only when anchors is true: whether the policy keeps a
// link depends on its address, and takes a sanitizer run to tell. A link it
// drops is a piece of a line in a paragraph or a heading, or where text
// stands right against it (touchesText). It reports whether it unwrapped
// anything.
func unwrapStrippedInLines(root *html.Node, anchors bool) bool {
	var stripped, links []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Namespace != "" {
			return false // svg or math: its elements are not HTML, and out of it they would be
		}
		if n == root || n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.A:
			if anchors && (partOfLine(n) || touchesText(n) && !holdsBlock(n)) {
				links = append(links, n)
			}
		case policyStrips(n) && (partOfLine(n) || insideInline(n) || partOfItemLine(n)):
			stripped = append(stripped, n)
		}
		return true
	})
	// The verdicts on all the links come from one sanitizer run.
	for i, kept := range policyKeepsAnchors(links) {
		if !kept {
			stripped = append(stripped, links[i])
		}
	}
	for _, n := range stripped {
		unwrap(n)
	}
	return len(stripped) > 0
}

// itemLines are list items, for partOfItemLine.
var itemLines = map[atom.Atom]bool{atom.Li: true}

// partOfItemLine reports whether n is a piece of a list item's line that a
// browser shows inline: an unknown element that is no custom element (no
// hyphen in its name), or a <font>. A custom element in a list item is
// often styled as a block ("<x-title>One</x-title><x-dek>Two</x-dek>"),
// and the stripped tag's space keeps its words apart; "0<c>0" is one word
// to a browser and to the passes that judged the item, and so must it be
// in the output, or a second clean judges another line.
func partOfItemLine(n *html.Node) bool {
	return !strings.Contains(n.Data, "-") && partOfLineIn(n, itemLines)
}

// writeNodes writes the content nodes out as HTML: an element's or a
// document's children, any other node itself.
func writeNodes(nodes []*html.Node) string {
	var b strings.Builder
	b.Grow(writtenSize(nodes))
	for _, n := range nodes {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			_ = html.Render(&b, n) // only fails on a writer error
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			_ = html.Render(&b, c)
		}
	}
	return b.String()
}

// writtenSize is about the length of what writeNodes writes: the texts and
// attribute values, with the tags around them, of a tree that html.Render
// writes with few escapes. Grown to it once, the builder is not grown and
// copied again and again over a long article (half a megabyte of garbage
// for a 100 KB one).
func writtenSize(nodes []*html.Node) int {
	size := 0
	for _, root := range nodes {
		walk(root, func(n *html.Node) bool {
			switch n.Type {
			case html.TextNode, html.CommentNode:
				size += len(n.Data)
			case html.ElementNode:
				size += 2*len(n.Data) + len("<></>")
				for _, at := range n.Attr {
					size += len(at.Key) + len(at.Val) + len(` =""`)
				}
			}
			return true
		})
	}
	return size
}

// anchorTags counts the <a> start tags in s, HTML as html.Render or the
// sanitizer writes it: every '<' of a text or an attribute value is
// escaped there, and a tag's name is followed by a space or its '>'.
func anchorTags(s string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(s[i:], "<a")
		if k < 0 {
			return n
		}
		i += k + len("<a")
		if i < len(s) && (s[i] == ' ' || s[i] == '>') {
			n++
		}
	}
}

// rewriteMarkers turns the winnow-marker elements under root into the empty
// spans of Options.MarkRemoved, or drops them when mark is false, and returns
// the removal IDs they stood for.
func rewriteMarkers(root *html.Node, mark bool) []string {
	var markers []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "winnow-marker" {
			markers = append(markers, n)
			return false
		}
		return true
	})
	ids := make([]string, 0, len(markers))
	for _, m := range markers {
		for _, at := range m.Attr {
			if at.Key == markerAttr {
				ids = append(ids, at.Val)
			}
		}
		if mark {
			m.Data, m.DataAtom = "span", atom.Span
			continue
		}
		if m.Parent != nil {
			m.Parent.RemoveChild(m)
		}
	}
	return ids
}

// walk visits root and its descendants in document order without
// recursion; visit returns false to skip a node's children. A node's
// children are listed when the node has been visited, so visit may take
// out the node it is given or change what it holds.
func walk(root *html.Node, visit func(*html.Node) bool) {
	sp := walkStacks.Get().(*[]*html.Node)
	stack := append((*sp)[:0], root)
	deepest := 1
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		deepest = max(deepest, len(stack))
	}
	// The stack is kept for the next walk, without the nodes it held.
	clear(stack[:deepest])
	*sp = stack
	walkStacks.Put(sp)
}

// walkStacks keeps walk's stacks between walks: a walk of a wide tree
// (a body of hundreds of paragraphs) grew a new one, a few times over, at
// every one of the dozens of walks of a clean; visit may start a walk of
// its own.
var walkStacks = sync.Pool{New: func() any { return new([]*html.Node) }}

// parseBody parses sanitized HTML as the content of a <body>, the way a
// page showing it would, and returns a body element holding the nodes.
func parseBody(s string) (*html.Node, error) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return body, nil
}

// tokenText is the text of s, token by token, blocks split by blank lines;
// the fallback for HTML that cannot be parsed into a tree.
func tokenText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if textBreaks[string(name)] > 0 {
				b.WriteString("\n\n")
			}
		}
	}
}

// textBreaks says how an element separates text: 2 for a block (a blank
// line), 1 for a line of a block (a list item, a table row, a term).
// Elements not listed are inline.
var textBreaks = map[string]int{
	"p": 2, "div": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2,
	"blockquote": 2, "pre": 2, "ul": 2, "ol": 2, "dl": 2, "table": 2, "figure": 2,
	"hr": 2, "details": 2, "section": 2, "article": 2, "aside": 2, "header": 2,
	"footer": 2, "main": 2, "address": 2, "hgroup": 2, "picture": 2,
	"li": 1, "dt": 1, "dd": 1, "tr": 1, "caption": 1, "figcaption": 1, "summary": 1,
}

// textWriter folds white space and separates blocks. A separator is only
// requested, and written before the next text, so the text never starts or
// ends with one and never has more than one blank line between blocks.
type textWriter struct {
	buf      []byte
	newlines int  // requested line breaks before the next text: 0, 1 or 2
	tab      bool // a cell separator is requested
	space    bool // a space is requested
	// preStart is where the text of the open <pre> begins, -1 outside one.
	preStart int
}

func (w *textWriter) lineBreak(n int) {
	w.newlines = max(w.newlines, n)
}

func (w *textWriter) emit(s string) {
	if len(w.buf) > 0 {
		switch {
		case w.newlines >= 2:
			w.buf = append(w.buf, "\n\n"...)
		case w.newlines == 1:
			w.buf = append(w.buf, '\n')
		case w.tab:
			w.buf = append(w.buf, '\t')
		case w.space:
			w.buf = append(w.buf, ' ')
		}
	}
	w.newlines, w.tab, w.space = 0, false, false
	w.buf = append(w.buf, s...)
}

// text writes a text node's content: folded outside <pre>, kept as is inside.
func (w *textWriter) text(s string) {
	if w.preStart >= 0 {
		switch {
		case len(w.buf) == w.preStart:
			// The first text of a <pre>: the block separator stands for its
			// leading blank lines.
			s = strings.TrimLeft(s, "\n")
			if strings.TrimSpace(s) == "" {
				return
			}
			w.emit(s)
			w.preStart = len(w.buf) - len(s)
		case w.newlines > 0:
			w.emit(s) // a block inside the <pre>
		default:
			w.buf = append(w.buf, s...)
		}
		return
	}
	if (w.newlines > 0 || len(w.buf) == 0) && !showsText(s) {
		// Between blocks (or before the first), a text of white space and
		// invisible characters (a zero-width space, a byte-order mark left
		// in the middle of a page) shows nothing: no line of its own.
		w.space = w.space || s != ""
		return
	}
	// White space folded as strings.Fields and a join would, written
	// straight into buf: this runs over every text node of the article.
	//
	// Most text is ASCII words with single spaces between them, maybe with
	// spaces at its ends: that is the folded text as it stands, and only
	// the spaces at the ends matter.
	if core := strings.Trim(s, " "); core != "" && !needsFolding(core, &textFoldBytes) {
		w.space = w.space || s[0] == ' '
		w.emit(core)
		w.space = s[len(s)-1] == ' '
		return
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		w.space = w.space || s != ""
		return
	}
	w.space = w.space || i > 0
	w.emit("") // the separator asked for before this text
	space := false
	for i < len(s) {
		// A run of characters that are not white space, appended at once.
		start := i
		size := 0
		for ; i < len(s); i += size {
			if c := s[i]; c < utf8.RuneSelf {
				if size = 1; !asciiSpace[c] {
					continue
				}
				// One space between two words is already folded: the run
				// goes on, and is appended at once rather than word by word.
				// (The next byte being ASCII keeps the test short.)
				if c == ' ' && i > start && i+1 < len(s) && s[i+1] < utf8.RuneSelf && !asciiSpace[s[i+1]] {
					continue
				}
				break
			}
			var r rune
			if r, size = utf8.DecodeRuneInString(s[i:]); isSpace(r) {
				break
			}
		}
		if i > start {
			if space {
				w.buf = append(w.buf, ' ')
			}
			w.buf = append(w.buf, s[start:i]...)
		}
		if i < len(s) { // white space of size bytes at i
			i += size
			space = true
		} else {
			space = false
		}
	}
	w.space = space
}

// textFoldBytes are the bytes textWriter.text may have to fold or decode:
// ASCII white space but ' ', and every byte of a multi-byte character (some
// are white space, U+00A0 or U+3000).
var textFoldBytes = func() (t [256]uint8) {
	for c := range 256 {
		if c >= utf8.RuneSelf || c != ' ' && asciiSpace[c] {
			t[c] = 1
		}
	}
	return t
}()

// needsFolding reports whether a byte of s is marked (not zero) in set or
// two spaces stand in a row. Eight bytes are taken at a time: their marks
// ORed for one test and branch, and the spaces among them found as one
// 64-bit word: this runs over the text of the whole article.
func needsFolding(s string, set *[256]uint8) bool {
	const (
		low7   = 0x7f * bytesOf1
		spaces = ' ' * bytesOf1
	)
	i := 0
	var carry uint64 // 0x80 when the byte before the block was a space
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		if set[b[0]]|set[b[1]]|set[b[2]]|set[b[3]]|set[b[4]]|set[b[5]]|set[b[6]]|set[b[7]] != 0 {
			return true
		}
		x := loadWord(b)
		// The top bit of each byte that is a space, exactly: a byte of v is
		// zero where x has a space, and adding 0x7f to its low seven bits
		// carries into the top bit for every other byte.
		v := x ^ spaces
		sp := ^((v&low7 + low7) | v | low7)
		if sp&(sp>>8|carry) != 0 {
			return true
		}
		carry = sp >> 56
	}
	prevSpace := carry != 0
	for ; i < len(s); i++ {
		if set[s[i]] != 0 || prevSpace && s[i] == ' ' {
			return true
		}
		prevSpace = s[i] == ' '
	}
	return false
}

// plainText renders the text of a sanitized body: figure captions left out;
// blocks separated by one blank line; list items, table rows, terms and definitions one per line;
// table cells separated by tabs; <br> a line break; <pre> kept verbatim;
// white space folded everywhere else. Images and markers have no text.
//
// sizeHint is about the length of the text, such as that of its HTML, which
// is longer: buf is made that large once rather than grown and copied
// again and again over a long article.
func plainText(body *html.Node, sizeHint int) string {
	w := &textWriter{buf: make([]byte, 0, sizeHint), preStart: -1}
	type frame struct {
		n       *html.Node
		leaving bool
	}
	inItem := 0 // open li/dt/dd: blocks inside a list item are its lines
	stack := []frame{}
	for c := body.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, frame{n: c})
	}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		switch n.Type {
		case html.TextNode:
			w.text(n.Data)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if n.Data == "figcaption" && !f.leaving {
			// A caption belongs to its figure in the HTML; the running text
			// reads on without it.
			w.lineBreak(2)
			continue
		}
		if n.Data == "figure" && !f.leaving && isLinkFigure(n) {
			// A video's player, which normalize replaced with a link to
			// watch it: the HTML and the Markdown link there, plain text
			// cannot, and "Watch the video on YouTube" leads nowhere.
			w.lineBreak(2)
			continue
		}
		brk := textBreaks[n.Data]
		if brk == 2 && inItem > 0 {
			brk = 1
		}
		item := n.Data == "li" || n.Data == "dt" || n.Data == "dd"
		if f.leaving {
			w.lineBreak(brk)
			if item {
				inItem--
			}
			if n.Data == "pre" {
				w.buf = trimRightSpaceFrom(w.buf, w.preStart)
				w.preStart = -1
			}
			continue
		}
		switch n.Data {
		case "br":
			if w.preStart >= 0 {
				if len(w.buf) > w.preStart {
					w.buf = append(w.buf, '\n')
				}
			} else {
				w.newlines = min(w.newlines+1, 2)
			}
			continue
		case "tr":
			if line := tableRow(n); line != "" {
				w.lineBreak(1)
				w.emit(line)
			}
			w.lineBreak(1)
			continue
		case "pre":
			if w.preStart < 0 {
				w.lineBreak(brk)
				w.preStart = len(w.buf)
				stack = append(stack, frame{n: n, leaving: true})
				for c := n.LastChild; c != nil; c = c.PrevSibling {
					stack = append(stack, frame{n: c})
				}
				continue
			}
		}
		w.lineBreak(brk)
		if item {
			inItem++
		}
		stack = append(stack, frame{n: n, leaving: true})
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	return string(trimRightSpaceFrom(w.buf, 0))
}

// isLinkFigure reports whether a figure holds one link of plain text and
// nothing else, as replaceVideoEmbeds (normalize.go) writes a player.
func isLinkFigure(fig *html.Node) bool {
	var link *html.Node
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && link == nil:
			link = c
		default:
			return false
		}
	}
	if link == nil || link.FirstChild == nil {
		return false
	}
	for c := link.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
	}
	return true
}

// trimRightSpaceFrom drops trailing white space from b, but not before from.
func trimRightSpaceFrom(b []byte, from int) []byte {
	from = max(from, 0)
	end := len(b)
	for end > from {
		c := b[end-1]
		if !isHTMLSpace(c) {
			break
		}
		end--
	}
	return b[:end]
}

// tableRow is a row's cells, each folded to one line, joined by tabs;
// trailing empty cells are dropped.
func tableRow(tr *html.Node) string {
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
			var b strings.Builder
			writeCellText(&b, c)
			cells = append(cells, collapseSpace(b.String()))
		}
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return strings.Join(cells, "\t")
}

// writeCellText writes the text below n for a table row's line. Words run
// on across inline elements ("www<wbr>.example"); a line break or a block
// stands apart from the words around it.
func writeCellText(b *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case c.Data == "br" || textBreaks[c.Data] > 0:
			b.WriteByte(' ')
			writeCellText(b, c)
			b.WriteByte(' ')
		default:
			writeCellText(b, c)
		}
	}
}

// countWords counts words for WordCount: each run of letters and digits
// between white space is a word (inner punctuation such as "don't" or
// "e-mail" does not split it), and each Han, Hiragana or Katakana character
// counts as a word of its own. Chinese and Japanese are read at roughly as
// many characters a minute as English is read in words, so ReadingMinutes
// stays meaningful without a dictionary. Scripts written without spaces and
// not listed (Thai, Lao, Khmer…) are undercounted: a run is one word.
func countWords(s string) int {
	n := 0
	inRun := false // inside a run of letters and digits
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// Most text: a table says letter, space or neither, and a run of
			// letters or of other characters is crossed in a tight loop.
			switch asciiWordClass[c] {
			case wordLetter:
				if !inRun {
					n++
					inRun = true
				}
				for i++; i < len(s) && asciiWordClass[s[i]] == wordLetter; i++ {
				}
			case wordSpace:
				inRun = false
				i++
			default: // punctuation neither starts nor ends a run
				i++
			}
			continue
		}
		// As ranging over s would: invalid UTF-8 is one RuneError a byte.
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			n++
			inRun = false
		case isSpace(r):
			inRun = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inRun {
				n++
			}
			inRun = true
		}
	}
	return n
}

// The classes of ASCII bytes for countWords; wordOther is the zero value.
const (
	wordOther = iota
	wordLetter
	wordSpace
)

// asciiWordClass is countWords' class of each byte below utf8.RuneSelf: 0-9,
// A-Z and a-z are letters; asciiSpace's bytes are white space. A byte at or
// above utf8.RuneSelf indexes past the ASCII part and is wordOther, which
// ends the tight loop over a run.
var asciiWordClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = wordLetter
		case asciiSpace[c]:
			t[c] = wordSpace
		}
	}
	return t
}()

// readingMinutes is ceil(words / wordsPerMinute), at least 1 for any text.
func readingMinutes(words int) int {
	if words <= 0 {
		return 1 // render only gets here with non-empty text
	}
	return (words + wordsPerMinute - 1) / wordsPerMinute
}

// removalHTML is the sanitized outer HTML of a removed block, cut at a block
// boundary when it is over removalHTMLCap, with a note saying so.
func removalHTML(n *html.Node, mark bool) string {
	rewriteMarkers(n, mark)
	markFloats(n)
	dropUnreadableAttrs(n)
	s := strings.TrimSpace(sanitizeHTML(written(n)))
	if len(s) <= removalHTMLCap {
		return s
	}
	cut := sanitizeHTML(cutHTML(s, removalHTMLCap))
	note := fmt.Sprintf("<p><em>[winnow: this removed block is %s of HTML; the first %s are shown.]</em></p>",
		formatKB(len(s)), formatKB(len(cut)))
	return cut + sanitizeHTML(note)
}

func formatKB(n int) string {
	return strconv.Itoa((n+1023)>>10) + " KB"
}

// voidElements have no end tag (html.Render refuses one with children).
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true,
}

// cutHTML returns at most limit bytes of s (sanitized HTML), ending where a
// block element ends, with the elements still open there closed. When no
// block ends within the limit it cuts after the last whole token, or inside
// the first text at a space.
func cutHTML(s string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var open, cutOpen []string
	pos, cutAt := 0, -1
	var tail string // part of a text token that straddles the limit
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		end := pos + len(raw)
		if end > limit {
			if tt == html.TextToken && cutAt < 0 {
				tail = cutText(string(raw), limit-pos)
			}
			break
		}
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
			if textBreaks[string(name)] > 0 {
				cutAt = end
				cutOpen = append(cutOpen[:0], open...)
			}
		}
		pos = end
	}
	if cutAt < 0 {
		cutAt, cutOpen = pos, open
	} else {
		tail = ""
	}
	var b strings.Builder
	b.WriteString(s[:cutAt])
	b.WriteString(tail)
	for i := len(cutOpen) - 1; i >= 0; i-- {
		b.WriteString("</" + cutOpen[i] + ">")
	}
	return b.String()
}

// cutText returns a prefix of escaped text of at most n bytes, ending before
// a space when there is one, and never inside a character reference.
func cutText(raw string, n int) string {
	if n <= 0 {
		return ""
	}
	raw = raw[:min(n, len(raw))]
	if i := strings.LastIndexByte(raw, ' '); i > 0 {
		return raw[:i]
	}
	if amp := strings.LastIndexByte(raw, '&'); amp >= 0 && !strings.Contains(raw[amp:], ";") {
		raw = raw[:amp]
	}
	return strings.ToValidUTF8(raw, "")
}

// touchesText reports whether text stands right against n, with no white
// space between: "(<a href=about:blank>www.*.com</a>)" in a list item. The
// element is a piece of that text's line wherever it stands; two links side
// by side, or a link alone, may be blocks that a page's styles set apart.
func touchesText(n *html.Node) bool {
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode && p.Data != "" {
		if r, _ := utf8.DecodeLastRuneInString(p.Data); !unicode.IsSpace(r) {
			return true
		}
	}
	if nx := n.NextSibling; nx != nil && nx.Type == html.TextNode && nx.Data != "" {
		if r, _ := utf8.DecodeRuneInString(nx.Data); !unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

// insideInline reports whether n is an unknown element or a <font> that
// holds no block and stands inside an inline element the policy keeps, as
// in "<li>…00<b><x-y>0…": whatever styles a page gives its own elements,
// one inside a <b> or a <span> is a piece of the line that holds it. An
// unknown element straight inside a <div> or a list item is left to the
// policy's space: pages style their own elements as blocks ("<x-title>",
// "<x-dek>"), and words on two such lines must not run together.
func insideInline(n *html.Node) bool {
	if n.DataAtom != 0 && n.DataAtom != atom.Font {
		return false
	}
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || holdsBlock(n) {
		return false
	}
	if p.DataAtom == atom.A {
		return policyKeepsAnchor(p)
	}
	return isInline(p) && !policyStrips(p)
}

// dropEmptyBlocks removes the paragraphs, headings, list items and
// captions under root that show nothing: white space at most, and no
// element but empty inline ones and line breaks; and a list that loses
// every item with them. Containers of images that a pass took out,
// flattened into paragraphs, a page's spacers ("<p>&nbsp;</p>") and its
// emptied headings and menus leave them: a reader sees a gap or a bullet
// with nothing beside it, and the HTML door and the downloaded page would
// carry them. A block that holds a removal marker or a target of the
// article's own links stays.
func dropEmptyBlocks(root *html.Node) {
	var empty []*html.Node
	walk(root, func(n *html.Node) bool {
		if n == root || n.Type != html.ElementNode || !dropsWhenEmpty(n) {
			return true
		}
		if showsNothing(n) && !separatesLines(n) {
			empty = append(empty, n)
			return false
		}
		return n.DataAtom == atom.Li // an item may hold a list of its own
	})
	for _, n := range empty {
		list := n.Parent
		list.RemoveChild(n)
		if (list.DataAtom == atom.Ul || list.DataAtom == atom.Ol) && list != root && list.Parent != nil && showsNothing(list) {
			list.Parent.RemoveChild(list)
		}
	}
}

// dropsWhenEmpty reports whether n is a block that dropEmptyBlocks takes
// out when it shows nothing.
func dropsWhenEmpty(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Figcaption:
		return true
	}
	return false
}

// separatesLines reports whether an empty paragraph stands between two
// pieces of a line, text or inline elements: as a block it breaks them
// into two lines, which removing it would join ("as pasted.<p></p>1>" would
// read "as pasted. 1>" and run into the link after it).
func separatesLines(p *html.Node) bool {
	prev := func(n *html.Node) *html.Node { return n.PrevSibling }
	next := func(n *html.Node) *html.Node { return n.NextSibling }
	return inLineContent(shownSibling(p, prev)) && inLineContent(shownSibling(p, next))
}

// shownSibling is the first sibling of n, going by next, that is not a
// comment, white space, the mark of a removed block, or an element the
// policy strips that holds nothing shown.
func shownSibling(n *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for s := next(n); s != nil; s = next(s) {
		switch {
		case s.Type == html.CommentNode:
		case s.Type == html.TextNode && strings.TrimFunc(s.Data, unicode.IsSpace) == "":
		case s.Type == html.ElementNode && (s.Data == "winnow-marker" || hasAttrKey(s, markerAttr)):
			// where a removed block stood: nothing, or an empty span
		case s.Type == html.ElementNode && policyStrips(s) && showsNothing(s):
			// an unknown element with nothing in it: the output has no
			// trace of it, and the lines on either side meet there
		default:
			return s
		}
	}
	return nil
}

// inLineContent reports whether n is text or an inline element.
func inLineContent(n *html.Node) bool {
	if n == nil {
		return false
	}
	return n.Type == html.TextNode || n.Type == html.ElementNode && n.DataAtom != atom.Pre && !startsBlock(n.Data)
}

// showsNothing reports whether n holds no text but white space and no
// element but those of emptyInline and those the policy strips (an unknown
// element, an <svg>: the output keeps their text, if any, and no more),
// none of them a marker or a link target.
func showsNothing(n *html.Node) bool {
	if c := n.FirstChild; c != nil && c.Type == html.TextNode && strings.TrimFunc(c.Data, unicode.IsSpace) != "" {
		return false // most blocks: their text comes first
	}
	nothing := true
	walk(n, func(e *html.Node) bool {
		switch e.Type {
		case html.TextNode:
			if strings.TrimFunc(e.Data, unicode.IsSpace) != "" {
				nothing = false
			}
		case html.ElementNode:
			if e != n && !emptyInline[e.DataAtom] && !policyStrips(e) || hasAttrKey(e, markerAttr) || strings.HasPrefix(attr(e, "id"), anchorPrefix) {
				nothing = false
			}
		}
		return nothing
	})
	return nothing
}

// emptyInline are the elements that show nothing of their own: with no
// text inside, a paragraph of them is empty.
var emptyInline = map[atom.Atom]bool{
	atom.Br: true, atom.Wbr: true, atom.Span: true, atom.B: true, atom.I: true, atom.Em: true,
	atom.Strong: true, atom.Font: true, atom.U: true, atom.S: true, atom.Small: true, atom.Big: true,
	atom.Sub: true, atom.Sup: true, atom.A: true, atom.Abbr: true, atom.Mark: true, atom.Cite: true,
	atom.Time: true, atom.Label: true, atom.Strike: true, atom.Tt: true, atom.Code: true,
}
