package cleaner

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The Markdown writer. Its input is narrow: the tree of the sanitized HTML,
// so only the reading policy's elements (sanitize.go) appear, without class
// or style. A general HTML-to-Markdown library cost about a tenth of the
// wasm download for cases that can never reach it; this file covers the
// allowlist and writes CommonMark plus GitHub's pipe tables and ~~strike~~.
//
// Blocks stream into one buffer. Blockquotes and list items are levels
// whose prefixes ("> ", the item's indentation) are written at the start of
// each line, so nested content is never copied once per level. Inline
// content of a paragraph is built in an inlineWriter, which folds white
// space as HTML does and writes an opening delimiter (*, **, [) only when
// content follows it, so empty emphasis and empty links vanish.

// mdMaxLevels bounds nested quotes and lists (a list takes two levels).
// Deeper ones are written without their prefixes: every line would repeat
// the prefix, and an article never nests that deep, while a hostile page
// nested 512 deep would multiply its size by a thousand.
const mdMaxLevels = 48

// mdMaxColspan bounds the empty cells a colspan adds to a table row.
const mdMaxColspan = 64

// mdBlockElements start a block of their own; everything else is inline.
var mdBlockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true,
	"dd": true, "table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true,
	"th": true, "caption": true, "figure": true, "figcaption": true, "hr": true, "details": true,
	"summary": true, "section": true, "article": true, "aside": true, "header": true,
	"footer": true, "main": true, "address": true, "hgroup": true, "body": true,
}

// mdSilentElements render nothing: they carry no text of their own.
var mdSilentElements = map[string]bool{
	"wbr": true, "source": true, "col": true, "colgroup": true,
	"script": true, "style": true, "template": true,
}

// toMarkdown renders the sanitized body as CommonMark with GitHub tables.
// Should it come out empty, the plain text stands in.
func toMarkdown(body *html.Node, text string) string {
	r := &mdRenderer{}
	// About the text's length and a quarter more for markup and link
	// addresses, so that a long article's output is rarely grown and copied.
	r.w.out = make([]byte, 0, len(text)+len(text)/4)
	r.flow(childNodes(body), false)
	if len(bytes.TrimSpace(r.w.out)) == 0 {
		return text
	}
	return string(r.w.out)
}

func childNodes(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

// ---- blocks -----------------------------------------------------------------

type mdKind int

const (
	mdParagraph mdKind = iota
	mdOther
)

// mdLevel is an open blockquote, list or list item.
type mdLevel struct {
	cont      string // the prefix of its lines
	marker    string // a list item's marker, written instead of cont on its first line
	blankSeen bool   // a blank line was written directly inside it
}

// mdWriter writes blocks, separated by a blank line unless a list asks for
// less, each line prefixed by the open levels.
type mdWriter struct {
	out    []byte
	levels []mdLevel
	// keep is how many levels have stayed open since the last block: a
	// blank line before the next block continues only those (two quotes in
	// a row must not merge into one).
	keep      int
	sep       int // line breaks before the next block: 1 or 2
	blocks    int // blocks written so far
	lastKind  mdKind
	lastDepth int    // len(levels) when the last block was written
	lastList  string // the marker of the list that ended just before, if nothing came since
}

func (w *mdWriter) push(l mdLevel) int {
	w.levels = append(w.levels, l)
	return len(w.levels) - 1
}

func (w *mdWriter) pop() {
	w.levels = w.levels[:len(w.levels)-1]
	w.keep = min(w.keep, len(w.levels))
}

// prefix writes the prefixes of levels; on a blank line without trailing
// spaces and without using up a list marker.
func (w *mdWriter) prefix(levels []mdLevel, blank bool) {
	start := len(w.out)
	for i := range levels {
		l := &levels[i]
		if l.marker != "" && !blank {
			w.out = append(w.out, l.marker...)
			l.marker = ""
			continue
		}
		w.out = append(w.out, l.cont...)
	}
	if blank {
		end := len(w.out)
		for end > start && w.out[end-1] == ' ' {
			end--
		}
		w.out = w.out[:end]
	}
}

// write writes one block of one or more lines.
func (w *mdWriter) write(text string, kind mdKind) {
	if w.blocks > 0 {
		w.out = append(w.out, '\n')
		if w.sep >= 2 {
			w.prefix(w.levels[:w.keep], true)
			if w.keep > 0 {
				w.levels[w.keep-1].blankSeen = true
			}
			w.out = append(w.out, '\n')
		}
	}
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(text, "\n")
		if i > 0 {
			w.out = append(w.out, '\n')
		}
		w.prefix(w.levels, line == "")
		w.out = append(w.out, line...)
		if !more {
			break
		}
		text = rest
	}
	w.blocks++
	w.sep = 2
	w.keep = len(w.levels)
	w.lastKind, w.lastDepth = kind, len(w.levels)
	w.lastList = ""
}

type mdRenderer struct {
	w mdWriter
	// spare is the inlineWriter of the paragraph flow is building, kept
	// for the next one: its buffers have already grown to a paragraph's size.
	// Only one is ever being built: flow writes it out before it renders a
	// block, and a block's own flow writes its paragraphs before it returns.
	spare inlineWriter
}

// flow renders nodes as a sequence of blocks: runs of inline nodes become
// paragraphs. In a list item, a list right after a paragraph follows it on
// the next line, which keeps a list with sublists tight.
func (r *mdRenderer) flow(nodes []*html.Node, inItem bool) {
	var run *inlineWriter
	start := r.w.blocks
	for _, c := range nodes {
		if c.Type != html.ElementNode || !mdBlockElements[c.Data] {
			if run == nil {
				run = &r.spare
				*run = inlineWriter{buf: run.buf[:0], opens: run.opens[:0], openAt: run.openAt[:0]}
			}
			run.node(c)
			continue
		}
		if run != nil {
			r.paragraphs(run)
			run = nil
		}
		sep := r.w.sep
		if inItem && r.w.blocks > start && r.w.lastKind == mdParagraph && r.w.lastDepth == len(r.w.levels) &&
			(c.Data == "ul" || c.Data == "ol" && firstNumber(c) == 1) {
			r.w.sep = 1
		}
		before := r.w.blocks
		r.block(c)
		if r.w.blocks == before {
			r.w.sep = sep
		}
	}
	if run != nil {
		r.paragraphs(run)
	}
}

func (r *mdRenderer) block(n *html.Node) {
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		if s := flatLine(n, nil); s != "" {
			level := int(n.Data[1] - '0')
			r.w.write(strings.Repeat("#", level)+" "+escapeHeadingEnd(s), mdOther)
		}
	case "p":
		r.flow(childNodes(n), false)
	case "pre":
		r.codeBlock(n)
	case "blockquote":
		if len(r.w.levels) >= mdMaxLevels {
			r.flow(childNodes(n), false)
			return
		}
		r.w.push(mdLevel{cont: "> "})
		r.flow(childNodes(n), false)
		r.w.pop()
	case "ul", "ol":
		r.list(n)
	case "table":
		r.table(n)
	case "figure":
		r.figure(n)
	case "hr":
		r.w.write("---", mdOther)
	case "dt", "summary":
		// A term or a summary is a bold line of its own.
		if s := flatLine(n, func(w *inlineWriter) { w.strong++ }); s != "" {
			r.w.write("**"+s+"**", mdParagraph)
		}
	case "figcaption":
		r.caption(n)
	case "caption":
		if s := flatLine(n, nil); s != "" {
			r.w.write(escapeLineStart(s), mdParagraph)
		}
	default: // div, dd, li outside a list, sectioning, details
		r.flow(childNodes(n), n.Data == "li")
	}
}

// paragraphs writes an inline run: two or more <br> in a row split it into
// paragraphs, a single <br> is a hard line break (a backslash at the end of
// the line, CommonMark's form that leaves no trailing spaces).
func (r *mdRenderer) paragraphs(run *inlineWriter) {
	if bytes.IndexByte(run.buf, '\n') < 0 { // one line, as most runs are
		if l := strings.Trim(string(run.buf), " "); showsText(l) {
			r.w.write(escapeLineStart(l), mdParagraph)
		}
		return
	}
	for _, para := range strings.Split(string(run.buf), "\n\n") {
		var lines []string
		for _, l := range strings.Split(para, "\n") {
			l = strings.Trim(l, " ")
			if !showsText(l) {
				continue
			}
			lines = append(lines, escapeLineStart(l))
		}
		if len(lines) > 0 {
			r.w.write(strings.Join(lines, "\\\n"), mdParagraph)
		}
	}
}

// codeBlock writes a <pre> as a fenced block, its text verbatim. The fence
// is longer than any run of backticks in the code, so none can close it.
func (r *mdRenderer) codeBlock(pre *html.Node) {
	var b strings.Builder
	walk(pre, func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte('\n')
		}
		return true
	})
	code := strings.TrimRight(strings.TrimLeft(b.String(), "\n"), " \t\n\r\f")
	if strings.TrimSpace(code) == "" {
		return
	}
	fence := strings.Repeat("`", max(3, longestRun(code, '`')+1))
	r.w.write(fence+"\n"+code+"\n"+fence, mdOther)
}

// list writes ul and ol. Items are separated by a line break while they
// are one block each, by a blank line once an item held a blank line.
// Content directly in the list, outside any item, becomes an item of its
// own rather than be lost.
func (r *mdRenderer) list(n *html.Node) {
	if len(r.w.levels)+2 > mdMaxLevels {
		r.flow(childNodes(n), false)
		return
	}
	ordered := n.Data == "ol"
	// Two lists in a row would read as one: the second takes the other
	// marker (- and *, or . and ) for numbers).
	bullet, delim := "-", "."
	if r.w.lastList == "-" {
		bullet = "*"
	}
	if r.w.lastList == "." {
		delim = ")"
	}
	num, step := firstNumber(n), 1
	if isReversed(n) {
		step = -1
	}
	var items [][]*html.Node
	var stray []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "li" {
			if len(stray) > 0 {
				items = append(items, stray)
				stray = nil
			}
			items = append(items, []*html.Node{c})
			continue
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" && len(stray) == 0 {
			continue
		}
		stray = append(stray, c)
	}
	if len(stray) > 0 {
		items = append(items, stray)
	}

	r.w.push(mdLevel{}) // the list's own level: blank lines in a sublist stay its own
	wrote, loose := false, false
	for _, item := range items {
		li := item[0]
		nodes := item
		if len(item) == 1 && li.Type == html.ElementNode && li.Data == "li" {
			if v, err := strconv.Atoi(attr(li, "value")); err == nil {
				num = v
			}
			nodes = childNodes(li)
		}
		marker := bullet
		if ordered {
			marker = strconv.Itoa(max(num, 0)) + delim
		}
		if wrote {
			r.w.sep = 1
			if loose {
				r.w.sep = 2
			}
		}
		before := r.w.blocks
		idx := r.w.push(mdLevel{cont: strings.Repeat(" ", len(marker)+1), marker: marker + " "})
		r.flow(nodes, true)
		loose = loose || r.w.levels[idx].blankSeen
		r.w.pop()
		wrote = wrote || r.w.blocks > before
		num += step
	}
	r.w.pop()
	if wrote {
		r.w.sep = 2
		r.w.lastList = bullet
		if ordered {
			r.w.lastList = delim
		}
	}
}

// firstNumber is the number of an ordered list's first item.
func firstNumber(list *html.Node) int {
	if list.Data != "ol" {
		return 1
	}
	if v, err := strconv.Atoi(attr(list, "start")); err == nil {
		return v
	}
	if isReversed(list) {
		n := 0
		for c := list.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "li" {
				n++
			}
		}
		return n
	}
	return 1
}

func isReversed(list *html.Node) bool {
	return list.Data == "ol" && hasAttrKey(list, "reversed")
}

// figure writes the figure's content, then its captions as italic lines.
func (r *mdRenderer) figure(n *html.Node) {
	var content, captions []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "figcaption" {
			captions = append(captions, c)
		} else {
			content = append(content, c)
		}
	}
	r.flow(content, false)
	for _, c := range captions {
		r.caption(c)
	}
}

// caption writes a figure caption as one italic line. Underscores rather
// than asterisks: at the ends of a line they open and close whatever the
// caption starts or ends with, and emphasis inside stays asterisks.
func (r *mdRenderer) caption(n *html.Node) {
	if s := flatLine(n, func(w *inlineWriter) { w.emph++ }); s != "" {
		r.w.write("_"+s+"_", mdParagraph)
	}
}

// table writes a GitHub pipe table: the caption as a paragraph above it,
// the first row as the header (Markdown has no table without one), each
// cell folded to one line with its pipes escaped.
func (r *mdRenderer) table(t *html.Node) {
	var head, body, foot []*html.Node
	var captions []string
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "caption":
			if s := flatLine(c, nil); s != "" {
				captions = append(captions, s)
			}
		case "thead":
			head = append(head, childElementsNamed(c, "tr")...)
		case "tfoot":
			foot = append(foot, childElementsNamed(c, "tr")...)
		case "tbody":
			body = append(body, childElementsNamed(c, "tr")...)
		case "tr":
			body = append(body, c)
		}
	}
	if len(captions) > 0 {
		r.w.write(escapeLineStart(strings.Join(captions, " ")), mdParagraph)
	}
	var rows [][]string
	cols := 0
	for _, tr := range append(append(head, body...), foot...) {
		var cells []string
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Data != "td" && c.Data != "th" {
				continue
			}
			cells = append(cells, strings.ReplaceAll(flatLine(c, nil), "|", `\|`))
			if span, err := strconv.Atoi(attr(c, "colspan")); err == nil && span > 1 {
				for range min(span, mdMaxColspan) - 1 {
					cells = append(cells, "")
				}
			}
		}
		if len(cells) == 0 {
			continue
		}
		rows = append(rows, cells)
		cols = max(cols, len(cells))
	}
	if cols == 0 {
		return
	}
	var b strings.Builder
	writeRow := func(cells []string) {
		b.WriteString("|")
		for i := range cols {
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			b.WriteString(" " + cell + " |")
		}
	}
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeRow(row)
		if i == 0 {
			b.WriteString("\n|" + strings.Repeat(" --- |", cols))
		}
	}
	r.w.write(b.String(), mdOther)
}

// childElementsNamed returns n's child elements named tag (not deeper ones:
// a table nested in a cell has rows of its own).
func childElementsNamed(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

// flatLine renders n's content as one line of inline Markdown: line breaks
// and blocks inside become spaces. setup, when given, prepares the writer
// (marks emphasis the caller wraps the line in as open).
func flatLine(n *html.Node, setup func(*inlineWriter)) string {
	w := &inlineWriter{flat: true}
	if setup != nil {
		setup(w)
	}
	w.children(n)
	return string(w.buf)
}

// ---- inline content -----------------------------------------------------------

// inlineWriter builds the Markdown of a run of inline nodes. White space,
// line breaks and opening delimiters are held back until content follows,
// so none of them ends up at an edge: "<em> word </em>" gives " *word* ".
type inlineWriter struct {
	buf    []byte
	space  bool     // a space is due before the next content
	breaks int      // <br>s due before the next content
	opens  []string // opening delimiters due before the next content
	depth  int      // open delimiters, written or not
	flat   bool     // one line: <br> and blocks are spaces
	// Emphasis already open is not opened again: "*a *b* c*" would not
	// nest the way the HTML does.
	emph, strong, del, link int
	openAt                  []int // where each written, unclosed delimiter starts
	// fragile is the last pair of delimiters written whose closer follows
	// punctuation: it closes only if no letter follows it directly.
	fragile *delimPair
	// closed is the last pair of emphasis delimiters written. An opener
	// of the same kind right after its closer ("<b>a</b><b>.</b>") would
	// make a run such as "a****." that neither closes nor opens where the
	// HTML does, and shows its asterisks: the pair is reopened instead.
	closed *delimPair
}

// delimPair locates an opening and a closing delimiter in buf.
type delimPair struct{ open, openLen, close, closeLen int }

// content writes s, a piece of finished Markdown, after what is due.
func (w *inlineWriter) content(s string) {
	if s == "" {
		return
	}
	if len(w.buf) > 0 {
		switch {
		case w.breaks >= 2 && !w.flat && w.depth == len(w.opens):
			w.buf = append(w.buf, "\n\n"...) // a paragraph break
		case w.breaks > 0 && !w.flat:
			w.buf = append(w.buf, '\n')
		case w.breaks > 0 || w.space:
			w.buf = append(w.buf, ' ')
		}
	}
	if f := w.fragile; f != nil {
		w.fragile = nil
		if w.breaks == 0 && !w.space && f.close+f.closeLen == len(w.buf) && beginsWithWordRune(s) {
			// "**"Quoted"**word" would show its asterisks: drop them.
			w.buf = w.buf[:f.close]
			w.buf = append(w.buf[:f.open], w.buf[f.open+f.openLen:]...)
		}
	}
	w.breaks, w.space = 0, false
	if c := w.closed; c != nil && len(w.opens) > 0 && c.close+c.closeLen == len(w.buf) && string(w.buf[c.close:]) == w.opens[0] {
		w.buf = w.buf[:c.close]
		w.openAt = append(w.openAt, c.open)
		w.opens = w.opens[1:]
		if f := w.fragile; f != nil && f.close == c.close {
			w.fragile = nil // the pair goes on: its closer is no longer here
		}
	}
	w.closed = nil
	for _, o := range w.opens {
		if o == "[" && len(w.buf) > 0 && w.buf[len(w.buf)-1] == '!' {
			// "![" would start an image.
			w.buf = append(w.buf[:len(w.buf)-1], `\!`...)
		}
		w.openAt = append(w.openAt, len(w.buf))
		w.buf = append(w.buf, o...)
	}
	w.opens = w.opens[:0]
	w.buf = append(w.buf, s...)
}

// wrap writes body between open and close, or nothing when body wrote
// nothing.
func (w *inlineWriter) wrap(open, close string, body func()) {
	mark := len(w.opens)
	w.opens = append(w.opens, open)
	w.depth++
	body()
	w.depth--
	if len(w.opens) > mark {
		w.opens = w.opens[:mark]
		return
	}
	at := w.openAt[len(w.openAt)-1]
	w.openAt = w.openAt[:len(w.openAt)-1]
	if open != "*" && open != "**" && open != "~~" {
		w.buf = append(w.buf, close...)
		return
	}
	// CommonMark opens emphasis only at a left-flanking delimiter run and
	// closes it at a right-flanking one: a run between a letter and
	// punctuation ("a**(b)**") does neither, and the delimiters would show.
	c := open[0]
	before, _ := utf8.DecodeLastRune(w.buf[:at])
	after, _ := utf8.DecodeRune(bytes.TrimLeft(w.buf[at:], string(c)))
	if isWordRune(before) && isPunctRune(after) {
		w.buf = append(w.buf[:at], w.buf[at+len(open):]...)
		w.closed = nil                               // a pair inside, if any, no longer ends the buffer where it says
		if f := w.fragile; f != nil && f.open > at { // a pair inside moved with the text
			f.open -= len(open)
			f.close -= len(open)
		}
		return
	}
	inside, _ := utf8.DecodeLastRune(bytes.TrimRight(w.buf[at:], string(c)))
	w.buf = append(w.buf, close...)
	pair := &delimPair{open: at, openLen: len(open), close: len(w.buf) - len(close), closeLen: len(close)}
	w.closed = pair
	if isPunctRune(inside) {
		w.fragile = pair
	}
}

func isPunctRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

func beginsWithWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func (w *inlineWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *inlineWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.Data {
	case "br":
		w.breaks++
	case "img":
		w.content(imageMarkdown(n))
	case "a":
		w.anchor(n)
	case "em", "i":
		w.emphasis(&w.emph, "*", n)
	case "strong", "b":
		w.emphasis(&w.strong, "**", n)
	case "del", "s":
		w.emphasis(&w.del, "~~", n)
	case "code":
		code, lead, trail := foldSpace(nodeText(n))
		w.space = w.space || lead
		w.content(codeSpan(code))
		w.space = w.space || trail
	case "q":
		w.wrap(`"`, `"`, func() { w.children(n) })
	case "span":
		if !hasAttrKey(n, markerAttr) { // a removal marker shows nothing
			w.children(n)
		}
	default:
		if mdSilentElements[n.Data] {
			return
		}
		if mdBlockElements[n.Data] || n.Data == "pre" {
			// A block inside inline content (a link around a paragraph, a
			// table cell): its words stay apart from the neighbours'.
			w.space = true
			w.children(n)
			w.space = true
			return
		}
		w.children(n) // sup, sub, small, mark, abbr, cite, time, kbd, picture…
	}
}

func (w *inlineWriter) emphasis(open *int, delim string, n *html.Node) {
	if *open > 0 {
		w.children(n)
		return
	}
	*open++
	w.wrap(delim, delim, func() { w.children(n) })
	*open--
}

// text writes a text node, white space folded the way HTML folds it (only
// ASCII white space: a no-break space inside the text stays). A no-break
// space or another space separator at either end is a space like any
// other: CommonMark counts it as white space beside a delimiter, so an
// emphasis that ends with one would not close ("*of\u00a0*" shows its
// asterisks), and one that holds nothing else would show them too.
func (w *inlineWriter) text(s string) {
	start, end := 0, len(s)
	for start < end {
		if isHTMLSpace(s[start]) {
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[start:end])
		if r < utf8.RuneSelf || !unicode.Is(unicode.Zs, r) {
			break
		}
		start += size
	}
	for end > start {
		if isHTMLSpace(s[end-1]) {
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if r < utf8.RuneSelf || !unicode.Is(unicode.Zs, r) {
			break
		}
		end -= size
	}
	if start > 0 {
		w.space = true
	}
	if start < end {
		// The words in one piece, white space between them folded to one
		// space, as content would join them one by one.
		t := s[start:end]
		if !plainInline(t) {
			t = escapeInline(foldHTMLSpace(t))
		}
		w.content(t)
	}
	if end < len(s) {
		w.space = true
	}
}

// plainInline reports whether t, text with no white space at either end,
// is its own escaped and folded Markdown: no byte escapeInline looks at and
// no white space but single spaces. needsFolding's one pass stands for the
// two of foldHTMLSpace and escapeInline over most text.
func plainInline(t string) bool {
	return !needsFolding(t, &inlineNotPlain)
}

// inlineNotPlain marks isHTMLSpace's bytes but ' ' and the bytes
// escapeInline may escape (its ContainsAny set). Bytes of multi-byte
// characters are plain: neither function looks at them but as parts of a
// rune.
var inlineNotPlain = func() (t [256]uint8) {
	for _, c := range []byte(inlineEscapable) {
		t[c] = 1
	}
	for c := range 256 {
		if c != ' ' && isHTMLSpace(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// inlineEscapable is every byte escapeInline may escape.
const inlineEscapable = "\\`*_[]<&~"

// foldHTMLSpace turns every run of HTML white space in s into one space.
func foldHTMLSpace(s string) string {
	folded := true
	for i := 0; i < len(s); i++ {
		if isHTMLSpace(s[i]) && (s[i] != ' ' || i+1 < len(s) && isHTMLSpace(s[i+1])) {
			folded = false
			break
		}
	}
	if folded {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if isHTMLSpace(s[i]) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(s[i])
	}
	return b.String()
}

// anchor writes a link: <url> when the text is the URL itself, the text
// alone when there is no URL, nothing when there is no text.
func (w *inlineWriter) anchor(n *html.Node) {
	href := strings.TrimSpace(attr(n, "href"))
	// A link to a place in the article ("#wn-n1", a footnote) is its text:
	// Markdown keeps no ids for it to lead to.
	if href == "" || href[0] == '#' || w.link > 0 {
		w.children(n)
		return
	}
	if text, _, _ := foldSpace(nodeText(n)); text == href && isAutolinkURL(href) && !hasElement(n, "img") {
		w.content("<" + href + ">")
		return
	}
	w.link++
	w.wrap("[", "]("+linkDestination(href)+linkTitle(n)+")", func() { w.children(n) })
	w.link--
}

// imageMarkdown is ![alt](src "title"); an image without a source is its
// alt text, as a browser shows it.
func imageMarkdown(n *html.Node) string {
	alt, _, _ := foldSpace(attr(n, "alt"))
	src := strings.TrimSpace(attr(n, "src"))
	if src == "" {
		if first, _, _ := strings.Cut(strings.TrimSpace(attr(n, "srcset")), " "); first != "" {
			src = strings.TrimSuffix(first, ",")
		}
	}
	if src == "" {
		return escapeInline(alt)
	}
	return "![" + escapeInline(alt) + "](" + linkDestination(src) + linkTitle(n) + ")"
}

// linkTitle is ` "title"` for an element with a title, else "".
func linkTitle(n *html.Node) string {
	title, _, _ := foldSpace(attr(n, "title"))
	if title == "" {
		return ""
	}
	return ` "` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(title) + `"`
}

// linkDestination makes a URL safe as a link destination: white space,
// controls, angle brackets and backslashes are percent-encoded, and so are
// parentheses unless they pair up (Wikipedia's "Foo_(bar)" stays as is).
func linkDestination(u string) string {
	encodeParens := !balancedParens(u)
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '\\',
			encodeParens && (c == '(' || c == ')'):
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

const upperHex = "0123456789ABCDEF"

// balancedParens reports whether every ')' closes an earlier '(' and all
// are closed, nested no deeper than CommonMark readers follow.
func balancedParens(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
			if depth > 8 {
				return false
			}
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// isAutolinkURL reports a URL that can be written as <url>: a scheme and
// no white space, control or angle bracket.
func isAutolinkURL(u string) bool {
	scheme, _, ok := strings.Cut(u, ":")
	if !ok || len(scheme) < 2 || len(scheme) > 32 {
		return false
	}
	for i := 0; i < len(scheme); i++ {
		c := scheme[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			return false
		}
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c == 0x7f || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// codeSpan is s in backticks, one more than its longest backtick run; a
// space pads a span that starts or ends with a backtick.
func codeSpan(s string) string {
	if s == "" {
		return ""
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

func longestRun(s string, c byte) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

func hasElement(n *html.Node, tag string) bool {
	found := false
	walk(n, func(m *html.Node) bool {
		found = found || m.Type == html.ElementNode && m.Data == tag
		return !found
	})
	return found
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// foldSpace folds runs of ASCII white space to one space and trims them,
// reporting whether s started or ended with white space.
func foldSpace(s string) (folded string, lead, trail bool) {
	if s == "" {
		return "", false, false
	}
	lead, trail = isHTMLSpace(s[0]), isHTMLSpace(s[len(s)-1])
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r < utf8.RuneSelf && isHTMLSpace(byte(r))
	}), " "), lead, trail
}

// ---- escaping -----------------------------------------------------------------

// escapeInline backslash-escapes what would be read as Markdown inside a
// line of text, and nothing else: a period or a parenthesis stays as it is.
// An underscore inside a word cannot start emphasis and is left alone
// (snake_case); '<' only where it could open a tag or an autolink; '&'
// only where it would start a character reference.
func escapeInline(s string) string {
	if !strings.ContainsAny(s, inlineEscapable) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '[', ']', '~':
			b.WriteByte('\\')
		case '_':
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if !isWordRune(before) || !isWordRune(after) {
				b.WriteByte('\\')
			}
		case '<':
			// As a character reference, so that not even a search for "<img"
			// in the Markdown finds a tag.
			if i+1 < len(s) && (isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0) {
				b.WriteString("&lt;")
				continue
			}
		case '&':
			if isCharRef(s[i+1:]) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isCharRef reports whether s, the text after an '&', starts like an
// entity or numeric character reference ("amp;", "#38;", "#x26;").
func isCharRef(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 1 || end > 32 {
		return false
	}
	name := s[:end]
	if name[0] == '#' {
		digits := name[1:]
		if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
			digits = digits[1:]
		}
		return digits != "" && strings.Trim(digits, "0123456789abcdefABCDEF") == ""
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !isASCIILetter(c) && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// escapeLineStart escapes what would make a line of text a heading, a
// quote, a list item, a thematic break, a setext underline or a table's
// delimiter row. Other characters were escaped where they stand.
func escapeLineStart(l string) string {
	if l == "" {
		return l
	}
	switch c := l[0]; {
	case c == '>':
		return `\` + l
	case c == '#':
		n := len(l) - len(strings.TrimLeft(l, "#"))
		if n <= 6 && (n == len(l) || l[n] == ' ') {
			return `\` + l
		}
	case c == '-' || c == '+' || c == '=':
		if len(l) == 1 || (c != '=' && l[1] == ' ') || strings.Trim(l, string(c)+" ") == "" {
			return `\` + l
		}
	case c >= '0' && c <= '9':
		n := len(l) - len(strings.TrimLeft(l, "0123456789"))
		if n <= 9 && n < len(l) && (l[n] == '.' || l[n] == ')') && (n+1 == len(l) || l[n+1] == ' ') {
			return l[:n] + `\` + l[n:]
		}
	}
	if strings.ContainsRune(l, '|') && strings.ContainsRune(l, '-') && strings.Trim(l, "|-: ") == "" {
		return `\` + l
	}
	return l
}

// escapeHeadingEnd escapes a heading's trailing run of '#', which a reader
// would take for the optional closing sequence and drop.
func escapeHeadingEnd(s string) string {
	t := strings.TrimRight(s, "#")
	if t == s || (t != "" && t[len(t)-1] != ' ') {
		return s
	}
	return t + `\` + s[len(t):]
}
