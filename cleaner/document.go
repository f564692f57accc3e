package cleaner

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"net/url"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// document is the one value every pass works on: the parsed page, the
// metadata found so far, and the record of everything taken out.
type document struct {
	opts Options
	kind string // KindDocument, KindFragment or KindText

	dom  *goquery.Document
	base *url.URL // nil when unknown

	art *Article // metadata fields are filled in by the passes as they go
	// pageTitle is the text of the page's <title>, white space collapsed.
	pageTitle string

	// content is the element chosen as the article body by the content pass;
	// nil until then (passes before it look at the whole page).
	content *goquery.Selection

	// gentle is set on the second attempt at a page whose first attempt
	// found too little: passes then trust class names less.
	gentle bool

	// storyMarked is set by the content pass when the block it chose lies
	// in the page's <main>, role=main or <article>, or holds only such an
	// element's text (marksStory).
	storyMarked bool

	// storyCopied is set by the content pass when it took out a hidden copy
	// of text that the content shows (removeHiddenCopies).
	storyCopied bool

	// writerHandle is the byline of last resort, the writer's Twitter
	// handle (metadata.go), which readBylines takes when nothing else
	// names the writer.
	writerHandle string

	// linkBlocksKept are the blocks the content pass judged links but kept
	// because they held most of the content's text (judgeBlocks). The
	// headline pass judges one again when the title goes from inside it.
	linkBlocksKept []*html.Node

	removals []removal
	comments []Comment

	// titleKeysMemo is headlineKeys of titleKeysFor, the title and site
	// name it was made for (titleKeys).
	titleKeysMemo map[string]bool
	titleKeysFor  [2]string

	// vocab lists what the page is made of (vocabulary.go), on the first
	// find. Code that adds elements or attributes notes them (noteAdded), so
	// it never lacks anything the page has.
	vocab *pageVocabulary

	// facts holds isFactTable's answers for the tables asked about
	// (isFactValue), made on the first question.
	facts map[*html.Node]bool
}

// factTables is the document's memo of isFactTable's answers.
func (d *document) factTables() map[*html.Node]bool {
	if d.facts == nil {
		d.facts = map[*html.Node]bool{}
	}
	return d.facts
}

// find is the document's elements matching sel, in page order. Selectors
// whose needs the page lacks (most pages have no <video poster>, no
// <base>, no microdata author) are answered without walking the page.
func (d *document) find(sel string) *goquery.Selection {
	return d.findIn(d.dom.Selection, sel)
}

// findIn is find within scope, a selection of the document's elements.
func (d *document) findIn(scope *goquery.Selection, sel string) *goquery.Selection {
	v := d.vocabulary()
	if !v.mayMatch(sel) {
		return scope.FindNodes()
	}
	m := compiledSelector(sel)
	candidates, ok := v.candidates(sel)
	if !ok {
		return scope.FindMatcher(m)
	}
	matched := candidates[:0]
	for _, n := range candidates {
		if m.Match(n) {
			matched = append(matched, n)
		}
	}
	// FindNodes keeps those still under scope, in the order given; under
	// the whole document, the same is kept here without the selection
	// FindNodes makes for each node.
	var found *goquery.Selection
	if root := d.dom.Get(0); len(scope.Nodes) == 1 && scope.Nodes[0] == root {
		kept := matched[:0]
		for _, n := range matched {
			if isAncestorOrSelf(root, n.Parent) {
				kept = append(kept, n)
			}
		}
		found = scope.FindNodes() // an empty selection of the document
		found.Nodes = kept
	} else {
		found = scope.FindNodes(matched...)
	}
	if checkIndexedFind != nil {
		checkIndexedFind(sel, found.Nodes, scope.FindMatcher(m).Nodes)
	}
	return found
}

// vocabulary is the page's vocabulary, made on first use.
func (d *document) vocabulary() *pageVocabulary {
	if d.vocab == nil {
		// The comment systems' selectors test attribute values: listing
		// those too spares their walks on most pages.
		d.vocab = newPageVocabulary(d.dom.Get(0), commentSystemSelectors()...)
	}
	return d.vocab
}

// idRepeats reports whether more than one element of the page has had the
// id (lowercased), counting those that passes have removed since: the
// page's markup repeats it.
func (d *document) idRepeats(id string) bool {
	l := d.vocabulary().ids[id]
	return l != nil && len(l.elems) > 1
}

// checkIndexedFind, set by the tests, is given each answer find took from
// the index beside the answer of a walk over the page, which must be the
// same.
var checkIndexedFind func(sel string, indexed, walked []*html.Node)

// noteAdded records in the vocabulary n and what it holds: elements made
// or parsed by a pass, or attributes it set on n.
func (d *document) noteAdded(n *html.Node) {
	if d.vocab != nil {
		d.vocab.add(n)
	}
}

// htmlElement is the page's <html>. The parser always makes one, as a
// child of the root, and a body inside it: looking there spares a selector
// walk over the whole page.
func (d *document) htmlElement() *html.Node {
	for c := d.dom.Get(0).FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "html" {
			return c
		}
	}
	return nil
}

// bodyElement is the page's <body>, or nil.
func (d *document) bodyElement() *html.Node {
	if h := d.htmlElement(); h != nil {
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "body" {
				return c
			}
		}
	}
	return nil
}

// bodySelection and htmlSelection are those elements as selections of the
// document (empty when there is none).
func (d *document) bodySelection() *goquery.Selection { return d.selectionOf(d.bodyElement()) }
func (d *document) htmlSelection() *goquery.Selection { return d.selectionOf(d.htmlElement()) }

func (d *document) selectionOf(n *html.Node) *goquery.Selection {
	if n == nil {
		return d.dom.FindNodes()
	}
	return d.dom.FindNodes(n)
}

// removal is a Removal with the removed node kept, so that render can
// sanitize its HTML with the same policy as the article.
type removal struct {
	Removal
	node *html.Node
	from *html.Node // the element it was taken out of
	// beforeContent: a block left outside the content that stood just
	// before it, where a story's byline line stands (readBylineBefore).
	beforeContent bool
}

// removalsByID indexes the removals so far by their ids, which their marks
// (winnow-marker elements, markerAttr) carry.
func (d *document) removalsByID() map[string]removal {
	byID := make(map[string]removal, len(d.removals))
	for _, r := range d.removals {
		byID[r.ID] = r
	}
	return byID
}

// markerAttr marks where a removed block stood; render turns it into an empty
// span when Options.MarkRemoved is set and drops it otherwise.
const markerAttr = "data-winnow-removed"

// disarmMarkers takes from the page what would pass for winnow's own
// removal markers (a <winnow-marker> element, a data-winnow-removed
// attribute): a page must not be able to say where a removed block stood.
func disarmMarkers(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.Data == "winnow-marker" {
			n.Data, n.DataAtom = "span", atom.Span
		}
		for i := 0; i < len(n.Attr); i++ {
			if n.Attr[i].Key == markerAttr {
				n.Attr = slices.Delete(n.Attr, i, i+1)
				i--
			}
		}
		return true
	})
}

// remove takes every node of sel out of the page and records it under rule.
// It is the only way a pass deletes content, so that the "what was removed"
// panel, restore and the tests all read one record. Nodes with no text and
// no image are dropped without a record: there is nothing to show or restore.
func (d *document) remove(sel *goquery.Selection, rule, reason string) {
	for _, n := range sel.Nodes {
		d.removeNode(n, rule, reason)
	}
}

// removeNode is remove for the one element n.
func (d *document) removeNode(n *html.Node, rule, reason string) {
	if n.Parent == nil {
		return // already detached, e.g. inside an earlier removal
	}
	text := blockTextStart(n, removalTextRunes) // blocks apart: "Share this: Twitter"
	if text == "" && !holdsMediaElement(n) && !isMedia(n) {
		n.Parent.RemoveChild(n)
		return
	}
	id := "r" + strconv.Itoa(len(d.removals)+1)
	marker := &html.Node{Type: html.ElementNode, Data: "winnow-marker",
		Attr: []html.Attribute{{Key: markerAttr, Val: id}}}
	from := n.Parent
	from.InsertBefore(marker, n)
	d.noteAdded(marker)
	from.RemoveChild(n)
	d.removals = append(d.removals, removal{
		Removal: Removal{ID: id, Rule: rule, Reason: reason, Text: truncateRunes(text, removalTextRunes)},
		node:    n,
		from:    from,
	})
}

// removalTextRunes is how much of a removed block's text its record keeps.
const removalTextRunes = 200

// blockTextStart is collapseSpace(blockText(n)) cut after limit+1 runes:
// enough for truncateRunes(…, limit) to give what it gives on the whole
// text, without collecting the text of a removed sidebar of 50 KB.
func blockTextStart(n *html.Node, limit int) string {
	var b strings.Builder
	b.Grow(limit + 16) // most text is ASCII: one allocation
	runes, space := 0, false
	var visit func(*html.Node) bool // false: enough text
	write := func(s string) bool {
		for i := 0; i < len(s); {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			i += size
			if isSpace(r) {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
				runes++
			}
			space = false
			if size == 1 && r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(r)
			}
			if runes++; runes > limit {
				return false
			}
		}
		return true
	}
	visit = func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			return write(n.Data)
		case n.Type == html.ElementNode && (n.Data == "br" || startsBlock(n.Data)):
			space = true // a line break or a block edge: words stay apart
			if n.Data == "br" {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !visit(c) {
				return false
			}
		}
		if n.Type == html.ElementNode && startsBlock(n.Data) {
			space = true
		}
		return true
	}
	visit(n)
	return b.String()
}

// holdsMediaElement reports whether an image, picture or video stands
// below n.
func holdsMediaElement(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c != n && c.Type == html.ElementNode && (c.Data == "img" || c.Data == "picture" || c.Data == "video") {
			found = true
		}
		return !found
	})
	return found
}

func isMedia(n *html.Node) bool {
	switch n.Data {
	case "img", "picture", "video", "audio", "figure":
		return true
	}
	return false
}

// selectorCache holds compiled selectors: goquery's Find compiles its
// selector on every call, which the comment tables would pay per page and
// per comment. Safe for the parallel cleans of the CLI and the server.
var selectorCache sync.Map // string → cascadia.Selector

// compiledSelector compiles sel once; the selectors are the package's own
// constants, so a bad one is a programming error.
func compiledSelector(sel string) goquery.Matcher {
	if m, ok := selectorCache.Load(sel); ok {
		return m.(cascadia.Selector)
	}
	m := cascadia.MustCompile(sel)
	selectorCache.Store(sel, m)
	return m
}

// attr is the value of n's attribute key, or "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// collapseSpace trims s and folds every run of white space into one space.
func collapseSpace(s string) string {
	if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' && !needsFolding(s, &textFoldBytes) {
		return s // already folded, as most short texts are: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// truncateRunes cuts s to at most n runes, adding an ellipsis when it cut.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}
