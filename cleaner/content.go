package cleaner

import (
	"fmt"
	"iter"
	"math/bits"
	"net/url"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selectContent finds the element that holds the article and sets
// d.content. Plain-text pastes are kept whole but for the blocks that no
// story holds (date lines, lone links): the reader chose that text.
// For HTML, every block of text votes for its ancestors (the nearer, the
// more), the votes are discounted by link density and nudged by class and
// id hints, and the winner is widened to take in sibling blocks that belong
// to the same story. What lies outside the winner is recorded as removed;
// then blocks inside it that are not story (link lists, bylines, widgets
// without paragraphs) are taken out too.
func selectContent(d *document) error {
	body := d.bodySelection()
	if body.Length() == 0 {
		return ErrNoContent
	}
	if d.kind == KindText {
		// The reader chose the text, so it is the content whole; but the
		// blocks no story holds (a date line, a lone link) go as they go
		// from a page, or the text would lose them when its own output is
		// cleaned again as HTML.
		d.content = body
		d.cleanInside(body.Get(0))
		d.removeTrailingHeadings(body.Get(0))
		keepLinksAsText(body.Get(0))
		return nil
	}
	unwrapBlockLinks(body.Get(0))
	// The output unwraps an inline or unknown element around blocks
	// (flattenContainers), and a second clean counts the votes of the
	// blocks it held one level nearer their container: a figure whose
	// paragraphs stood in "<x-c>…<x-d><p>" would win it alone. So the
	// votes are counted here without such elements too.
	unwrapInlineHolders(body.Get(0))
	holders := blockHolders(body.Get(0))
	liftNestedBlocks(body.Get(0), holders)
	d.removeWordingOf(wrapLooseText(body.Get(0), holders))
	// A link's loose text may have become a paragraph just now, and with it
	// the link one that holds paragraphs, as the output shows it.
	unwrapBlockLinks(body.Get(0))
	st := measure(body.Get(0))
	top := bestCandidate(body.Get(0), st, false, d.idRepeats)
	if top == nil {
		// Only readers' comments hold paragraphs: the best of them is what
		// the page has to read, and what a second clean, with the comment
		// classes gone, would find.
		top = bestCandidate(body.Get(0), st, true, d.idRepeats)
	}
	if top == nil {
		// Nothing voted (all of it reads as comments, or no paragraph is
		// long enough): the body is the content, judged inside and flat like
		// any other, so that a second clean does not find a story inside it
		// to keep alone, nor judge blocks that this clean kept unjudged.
		d.content = body
		d.storyMarked = marksStory(body.Get(0), st)
		d.removeHiddenCopies([]*html.Node{body.Get(0)})
		return d.finishContent(body.Get(0))
	}
	d.storyMarked = marksStory(top, st)
	keep := widen(top, st, d.idRepeats)
	keep = widenToCousins(top, keep, st)
	// Before gather dissolves the containers kept, while their classes
	// still say which copy of the story the page hides.
	d.removeHiddenCopies(keep)
	keep = slices.DeleteFunc(keep, func(k *html.Node) bool { return k.Parent == nil })
	if top.DataAtom == atom.Body {
		// The wrapper goes inside body, so body itself cannot move; its
		// white space moves too, as the space between two images at the top
		// of a body keeps the words around them apart.
		keep = childNodes(top)
	}
	d.recordOutside(body.Get(0), keep)
	wrapper := gather(keep)
	body.Get(0).AppendChild(wrapper)
	d.content = goquery.NewDocumentFromNode(wrapper).Selection
	return d.finishContent(wrapper)
}

// marksStory reports whether the page's own mark of its story agrees with
// top, the content chosen: top is, or lies inside, an element with which
// the page marks its story (<main>, role=main, or an <article> that is not
// a comment), or all of top's text lies in one such element below it (a
// body whose only text is its <main>).
func marksStory(top *html.Node, st stats) bool {
	for a := top; a != nil; a = a.Parent {
		if isStoryMark(a) {
			return true
		}
	}
	var mark *html.Node
	eachElement(top, func(n *html.Node) bool {
		if mark == nil && isStoryMark(n) {
			mark = n
		}
		return mark == nil
	})
	return mark != nil && st[mark] != nil && st[top] != nil && st[mark].text == st[top].text
}

func isStoryMark(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Main || attr(n, "role") == "main" ||
		n.DataAtom == atom.Article && !isCommentMarked(n))
}

// finishContent judges the blocks inside the chosen content root and
// leaves it flat. The body that wins because nothing voted goes through it
// too: flattened, its output can read differently (loose lines that stood
// apart join into a paragraph long enough to vote), and the second clean
// then judges the blocks inside its content; a date line or a byline the
// first clean kept would go.
func (d *document) finishContent(root *html.Node) error {
	// A layout table's cells are the blocks the output shows (tables.go):
	// judged here as such, as a second clean of the output judges them.
	unwrapLayoutTables(root)
	// A link around blocks was weighed against the whole page; the output
	// holds the content alone, and a second clean weighs it against that.
	unwrapBlockLinks(root)
	d.removeWordingOf(untangleListItems(root))
	d.removeWordingOf(untangleLists(root))
	d.removeWordingOf(joinLooseRuns(root))
	removed := len(d.removals)
	d.cleanInside(root)
	// A block that cleanInside took blocks out of may be boilerplate now
	// ("Teilen mit:" once its share links went): the wording pass judged
	// it whole, and a second clean of the output judges what is left.
	d.removeWordingOf(leftBehind(d.removals[removed:], root))
	// What cleanInside took out (a comment widget inside the root) may
	// leave a list item holding most of what is left, or a list holding
	// paragraphs and little else: the output, cleaned again, untangles
	// them then and judges what they keep, so this clean does both now.
	if len(d.removals) > removed {
		if changed := append(untangleListItems(root), untangleLists(root)...); len(changed) > 0 {
			d.removeWordingOf(changed)
			d.cleanInside(root)
		}
	}
	d.removeTrailingHeadings(root) // while a heading's class still says it is one
	made := flattenContainers(root)
	// A table whose cells held divs that are paragraphs now, or whose
	// header row or third column went, is layout now; its cells are
	// flattened and judged as new paragraphs too.
	if unwrapLayoutTables(root) {
		made = append(made, flattenContainers(root)...)
	}
	d.judgeNewParagraphs(root, made...)
	d.removeLooseAsides(root)
	d.removeTrailingHeadings(root)
	// A card that was a small part of the content may hold most of what
	// is left of it, bylines and link lines gone: a second clean of the
	// output unwraps it and judges the link paragraphs beside it against
	// its words as plain text, so this clean does too; and a list item
	// that held the card now holds the blocks it showed, which that clean
	// untangles first, and the card's loose text joins the runs beside it,
	// which that clean reads as paragraphs.
	if unwrapBlockLinks(root) {
		d.removeWordingOf(untangleListItems(root))
		d.judgeNewParagraphs(root)
		d.cleanInside(root)
		d.removeTrailingHeadings(root)
	}
	return onlyLinks(root)
}

// hiddenClassSelector finds the class names that style sheets commonly
// give to an element they do not show (Bootstrap's "hidden" and "d-none",
// "is-hidden"); the page's vocabulary answers it without a walk on the
// pages that use none of them, most pages.
const hiddenClassSelector = `.hidden, .hide, .is-hidden, .d-none, .display-none, .invisible`

// minHiddenCopyRunes is the least text a hidden copy holds: a story's
// paragraphs, not a label that a menu and its button share.
const minHiddenCopyRunes = 200

// removeHiddenCopies takes out of the content each block whose class hides
// it while another block of the content shows the same text: of the copies
// that a page keeps of its story for readers with and without a
// subscription, or for small and large screens, the one it does not show.
// A class hides a block only through the page's style sheet, so the class
// alone is no reason to take it out; beside a copy nothing is lost, and
// the reading view shows the story once. Done within the chosen content,
// where both copies stand: taken out before the content was chosen, the
// hidden copy would have made its container weigh less than a box beside
// it.
func (d *document) removeHiddenCopies(roots []*html.Node) {
	var copies []*html.Node
	for _, n := range d.find(hiddenClassSelector).Nodes {
		within := slices.ContainsFunc(roots, func(root *html.Node) bool { return isAncestorOrSelf(root, n) })
		inCopy := slices.ContainsFunc(copies, func(c *html.Node) bool { return isAncestorOrSelf(c, n) })
		if within && !inCopy && !skipSubtree(n) && isHiddenCopy(n, roots) {
			copies = append(copies, n)
		}
	}
	for _, n := range copies {
		d.removeNode(n, "content.hidden-copy", "A hidden copy of text that the content shows elsewhere: the story is shown once.")
		d.storyCopied = true
	}
}

// isHiddenCopy reports whether an element of roots (or a root itself)
// outside n shows the same text as n, a block that its class hides.
func isHiddenCopy(n *html.Node, roots []*html.Node) bool {
	if nodeTextLen(n, minHiddenCopyRunes) < minHiddenCopyRunes {
		return false
	}
	size := nodeTextLen(n, -1)
	text := ""
	found := false
	visit := func(e *html.Node) bool {
		if e == n {
			return false // not inside the copy itself
		}
		l := nodeTextLen(e, size+1)
		if l < size {
			return false // nor can anything inside e be a copy
		}
		if l == size && e.DataAtom == n.DataAtom && !isAncestorOrSelf(e, n) {
			if text == "" {
				text = collapseSpace(nodeText(n))
			}
			found = collapseSpace(nodeText(e)) == text
		}
		return !found
	}
	for _, root := range roots {
		if !found && visit(root) {
			eachElement(root, visit)
		}
	}
	return found
}

// removeLooseAsides takes out the <aside> elements left in the content
// that stand in no <article> or <main> within it, nor between paragraphs:
// the furniture pass spared them for standing in the page's <article>, but
// the output shows the content without that wrapper (flattenContainers
// dissolves the ones inside it too), and a second clean of the output
// would take them out as the sidebar they then read as. One that holds
// most of the content stays, as the furniture pass's guard would keep it.
func (d *document) removeLooseAsides(root *html.Node) {
	var asides []*html.Node
	eachElement(root, func(n *html.Node) bool {
		if skipSubtree(n) {
			return false
		}
		if n.DataAtom == atom.Aside {
			asides = append(asides, n)
			return false
		}
		return true
	})
	var g *removalGuard
	for _, n := range asides {
		if inArticleWithin(n, root) || amongParagraphs(n) {
			continue
		}
		if g == nil {
			g = newRemovalGuard(root)
		}
		if g.allows(n) {
			d.removeNode(n, "furniture.sidebar", "Sidebar or widget: an aside beside the story, which nothing in the output marks as the story's own.")
		}
	}
}

// inArticleWithin reports whether an <article> or <main> element, or one
// with role=main, stands between n and root (any ancestor of n, when root
// is nil).
func inArticleWithin(n, root *html.Node) bool {
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		if p.Type == html.ElementNode && (p.Data == "article" || p.Data == "main" || attr(p, "role") == "main") {
			return true
		}
	}
	return false
}

// judgeNewParagraphs judges, as blocks of the content root, paragraphs no
// pass has judged as such: made (those that containers of text became), and
// those it gives to the runs of loose text that stand side by side once
// blocks between them were taken out. The output shows each as a
// paragraph, which a second clean judges.
func (d *document) judgeNewParagraphs(root *html.Node, made ...*html.Node) {
	// Paragraphs that show nothing are gone from the output (render drops
	// them): a link that held one holds no block there, and joins the run
	// of text beside it, which a second clean judges as a paragraph.
	dropEmptyBlocks(root)
	made = slices.DeleteFunc(made, func(p *html.Node) bool { return p.Parent == nil })
	if paras := append(joinLooseRuns(root), made...); len(paras) > 0 {
		d.removeWordingOf(paras)
		d.judgeBlocks(root, paras, measure(root), nil)
	}
}

// leftBehind returns the elements inside root (not root itself) that
// removals took blocks out of and that are still in it, each once.
func leftBehind(removals []removal, root *html.Node) []*html.Node {
	var left []*html.Node
	seen := map[*html.Node]bool{}
	for _, r := range removals {
		if r.from == nil || r.from == root || seen[r.from] || !isAncestorOrSelf(root, r.from) {
			continue
		}
		seen[r.from] = true
		left = append(left, r.from)
	}
	return left
}

// removeWordingOf judges paragraphs that the content pass made of loose
// text, or blocks it took blocks out of, as the wording pass judges blocks:
// they were no such blocks when it ran, and a second clean, which reads
// them so from the start, takes out the boilerplate among them ("2 Comments
// on …", which also opens the comment area that cleanInside cuts).
func (d *document) removeWordingOf(paras []*html.Node) {
	if len(paras) == 0 {
		return
	}
	j := newWordingJudge(d, d.bodyElement())
	for _, p := range paras {
		if p.Parent != nil {
			j.remove(p)
		}
	}
}

// joinLooseRuns unwraps the inline elements that hold blocks inside the
// content root, as flattenContainers will, and gives the runs of loose text
// that then stand side by side their paragraphs (wrapLooseText): two short
// runs apart in the page ("Plain text<x-y>1><a>…<p>…") join in the
// output into one long enough to be a paragraph, and a second clean would
// judge it as one, and set it apart from the link beside it. It returns
// the paragraphs it made.
func joinLooseRuns(root *html.Node) []*html.Node {
	unwrapInlineHolders(root)
	holders := blockHolders(root)
	made := wrapLooseText(root, holders)
	if root.DataAtom != atom.Body && !isParagraph(root) {
		made = append(made, wrapLooseRuns(root, holders)...) // wrapLooseText takes the body alone as a root of loose text
	}
	return made
}

// flattenContainers leaves the article a flat run of blocks: once the
// sanitizer strips class and id, a div says nothing, and nested wrappers
// would make winnow's own output read differently the second time. A
// container of blocks gives way to its children; a container of text
// alone becomes the paragraph it is. An inline element around blocks
// ("<s><p>…</p><p>…</p></s>", broken markup) gives way too: left in, it
// would be the best container of a second clean, and what stood beside it
// would go. It returns the paragraphs that containers became: no pass has
// judged them as paragraphs yet.
func flattenContainers(root *html.Node) (made []*html.Node) {
	// Inline wrappers first, so that a <pre> or heading sees the blocks they
	// held ("<h2>…<x-fig><p>…"), as it will once the sanitizer drops them.
	unwrapInlineHolders(root)
	rootInk := textInkOnce(root)
	for _, e := range descendants(root) {
		if untangle(e, rootInk) {
			continue
		}
		if e.Parent == nil {
			continue
		}
		if fixStrayListItem(e) {
			continue
		}

		if !flattens(e) {
			continue
		}
		if isParagraph(e) {
			e.Data, e.DataAtom, e.Attr = "p", atom.P, nil
			made = append(made, e)
			continue
		}
		unwrap(e)
	}
	return made
}

// untangleListItems moves out the blocks of a list item that holds most of
// the content's text: that is broken markup (an unclosed menu around the
// story), and left in, the item would be a second clean's story and the
// lines around it would go. Done before the content is judged, so that the
// list left behind is judged as the list of links it is. It returns the
// items that gave blocks away, and their lists: what is left of each is a
// block that no pass has judged by its words yet ("Teilen mit: …" before
// the items of a list that held the story).
func untangleListItems(root *html.Node) []*html.Node {
	rootInk := textInkOnce(root)
	var changed []*html.Node
	for _, e := range descendants(root) {
		if e.DataAtom == atom.Li && e.Parent != nil && holdsMostOf(e, rootInk) {
			unwrapInlineHolders(e)
			before := e.LastChild
			list := e.Parent
			moveBlocksOut(e, list, false)
			if e.LastChild != before {
				changed = append(changed, e)
				if list != root && (list.DataAtom == atom.Ul || list.DataAtom == atom.Ol) {
					changed = append(changed, list)
				}
			}
		}
	}
	return changed
}

// untangleLists takes apart each list that holds blocks of text outside its
// items ("<ol><p>…</p><h2>…</h2><p>…</p></ol>", broken markup). Written out
// as it is, such a list would be a second clean's story: the paragraphs
// standing in it vote for it first, and the lines beside it would go. So it
// gives way to its children before the content is judged, its loose text
// in paragraphs as a container's gets them (wrapLooseRuns) and its items
// turned into the paragraphs they are (fixStrayListItem), and both cleans
// judge the same blocks. It returns the paragraphs it made of loose text.
func untangleLists(root *html.Node) []*html.Node {
	// Deepest first: a nested list that gives way leaves its blocks in the
	// list around it, which is then judged with them.
	var made []*html.Node
	all := descendants(root)
	for i := len(all) - 1; i >= 0; i-- {
		e := all[i]
		if e.Parent == nil || !holdsBlocksOutsideItems(e) {
			continue
		}
		holders := blockHolders(e)
		made = append(made, wrapLooseRuns(e, holders)...)
		var items []*html.Node
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Li {
				if holders[c] {
					made = append(made, wrapLooseRuns(c, holders)...) // the item will give way to its blocks
				}
				items = append(items, c)
			}
		}
		unwrap(e)
		for _, li := range items {
			fixStrayListItem(li)
		}
	}
	return made
}

// holdsBlocksOutsideItems reports whether e is a list with a block of text
// among its children that is neither an item nor a list nested in it.
func holdsBlocksOutsideItems(e *html.Node) bool {
	switch e.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu:
		return blocksAmongChildren(e)
	}
	return false
}

// blocksAmongChildren reports whether a block of text other than an item or
// a list stands among n's children, counting as children those of an inline
// element that holds blocks: flattenContainers unwraps it (an unknown
// element that broken markup opened in the list, "<ul><x-y><p>…"), and the
// output then shows its blocks in the list itself.
func blocksAmongChildren(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Li, atom.Ul, atom.Ol, atom.Menu:
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.DataAtom] && strings.TrimSpace(nodeText(c)) != "" || blocksAmongChildren(c) && isInline(c) {
			return true
		}
	}
	return false
}

// fixStrayListItem turns a list item with no list, which is broken markup,
// into the paragraph it is, or gives way to the blocks it holds, lest it be
// a second clean's story; it reports whether e was one. A term or a
// description (<dt>, <dd>) with no <dl> around it is such an item too.
func fixStrayListItem(e *html.Node) bool {
	switch e.DataAtom {
	case atom.Li, atom.Dt, atom.Dd:
	default:
		return false
	}
	if e.Parent == nil || inList(e) {
		return false
	}
	if holdsBlock(e) {
		unwrap(e)
	} else {
		e.Data, e.DataAtom = "p", atom.P
	}
	return true
}

// inList reports whether the list item li (or a <dt> or <dd>) stands in its
// list: a <dl> may group its terms in divs.
func inList(li *html.Node) bool {
	p := li.Parent
	if li.DataAtom != atom.Li {
		return p.DataAtom == atom.Dl || p.DataAtom == atom.Div && p.Parent != nil && p.Parent.DataAtom == atom.Dl
	}
	switch p.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu:
		return true
	}
	return false
}

// holdsBlock reports whether a block element stands anywhere below n.
func holdsBlock(n *html.Node) bool {
	found := false
	walk(n, func(e *html.Node) bool {
		found = found || e != n && e.Type == html.ElementNode && closesParagraph(e)
		return !found // the first block settles it
	})
	return found
}

// unwrapInlineHolders replaces every inline element below root that holds
// a block with its children.
func unwrapInlineHolders(root *html.Node) { unwrapHolders(root, isInline) }

// unwrapHolders replaces every element below root that holds a block and
// that which picks with its children.
func unwrapHolders(root *html.Node, which func(*html.Node) bool) {
	if !holdsBlock(root) {
		return // no block below root, so nothing below holds one: a heading's line, most often
	}
	// Listed, with which hold a block, before any goes.
	elems, holds, _ := listBlockHolders(root)
	for i, e := range elems {
		if holds[i] && which(e) && e.Parent != nil {
			unwrap(e)
		}
	}
}

// isInlineOrLink is isInline, links included: in a heading, which holds a
// line, a link around a paragraph is an unclosed <a> that swallowed the
// story, not a card.
func isInlineOrLink(e *html.Node) bool { return e.DataAtom == atom.A || isInline(e) }

// isInline reports whether e is an inline element that may wrap blocks
// only by mistake (a <span>, a <code>, a <picture>, an unknown element):
// not a block, not a link (a card is a link around a block). An anchor
// that the policy unwraps (no href it keeps) is no link: the output shows
// what it held where it stood, so it is judged as the inline element it
// is.
func isInline(e *html.Node) bool {
	switch e.DataAtom {
	case atom.Pre:
		return false
	case atom.A:
		return !policyKeepsAnchor(e)
	}
	return !startsBlock(e.Data)
}

// flattens reports whether e is a container that flattenContainers takes
// apart: it becomes a paragraph or gives way to its children.
// A <nav> is one when the gentler attempt keeps it: the policy strips it,
// and its text would join the loose text beside it only in the output.
func flattens(e *html.Node) bool {
	switch e.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Center, atom.Nav:
		return true
	}
	return false
}

// dissolves reports whether flattenContainers leaves nothing of e: a
// container of blocks, which gives way to its children.
func dissolves(e *html.Node) bool {
	return containerTest(nil).dissolves(e)
}

// untangle gives back the blocks that broken markup left inside a <pre>, a
// heading, a <figcaption> or a <figure>, and reports whether e was one of
// those. A
// caption that swallowed the story (an unclosed <figcaption> holding most
// of root's text) returns it after its figure: text leaves captions out,
// and the story must not go with them. A figure that swallowed the story
// returns it too: left inside, the story would make the figure the best
// container when the output is cleaned again, and the lines beside the
// figure would go. A caption or a figure of a paragraph or two stays whole.
func untangle(e *html.Node, rootInk func() int) bool {
	switch e.DataAtom {
	case atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		// They hold a line of text, never paragraphs, not even inside an
		// inline or unknown element or a link.
		unwrapHolders(e, isInlineOrLink)
		moveBlocksOut(e, e, true)
		return true
	case atom.P:
		// A page parsed in quirks mode (no doctype) lets a <p> hold a
		// table, and the table fosters a <p> misplaced in it into that
		// <p>; the output is parsed in standard mode, where a table or a
		// <p> ends the paragraph, and a second clean judges the line
		// before it alone. So the first of them, and what follows it,
		// comes out here.
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Table || c.DataAtom == atom.P {
				moveOut(e, c)
				break
			}
		}
		return true
	case atom.Caption:
		// A table's caption names the table; a paragraph in one is broken
		// markup, and left there it would make the table the story of a
		// second clean.
		if e.Parent != nil && e.Parent.DataAtom == atom.Table {
			moveBlocksOut(e, e.Parent, false)
		}
		return true
	case atom.Figcaption, atom.Figure:
		if !holdsMostOf(e, rootInk) {
			return true
		}
		after := e
		if e.DataAtom == atom.Figcaption && e.Parent != nil && e.Parent.DataAtom == atom.Figure {
			after = e.Parent
		}
		moveBlocksOut(e, after, false)
		return true
	}
	return false
}

// holdsMostOf reports whether e holds over half of the text of the root
// that rootInk weighs. Text is weighed by its ink, the runes that are not
// white space: the white space between blocks differs between a page and
// winnow's output of it ("Title</h1>\n<p>" and "Title</h1><p>"), and
// counted, it tipped a block that holds half the text one way in the first
// clean and the other in the second.
func holdsMostOf(e *html.Node, rootInk func() int) bool {
	return textInk(e, nil)*2 > rootInk()
}

// textInk sums the ink of the text below n, leaving out the elements skip
// names (nil: none). Ink adds up node by node, so no string of the text is
// built to count it.
func textInk(n *html.Node, skip func(*html.Node) bool) int {
	ink := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			_, i, _ := weighText(c.Data)
			ink += i
		}
		return skip == nil || !skip(c)
	})
	return ink
}

// textInkOnce returns a function that weighs root's text (its ink, as
// holdsMostOf weighs) on its first call and returns the same figure after:
// untangling moves blocks within root but keeps every word, and a page with
// hundreds of figures would otherwise weigh the whole page for each.
func textInkOnce(root *html.Node) func() int {
	ink := -1
	return func() int {
		if ink < 0 {
			ink = textInk(root, nil)
		}
		return ink
	}
}

// untangleBlocks runs untangle over a whole tree and reports whether any
// block moved.
func untangleBlocks(root *html.Node) bool {
	moved := false
	rootInk := textInkOnce(root)
	for _, e := range descendants(root) {
		before := e.LastChild
		if untangle(e, rootInk) {
			moved = moved || e.LastChild != before
		}
	}
	return moved
}

// moveBlocksOut moves the first block that broken markup left inside n, and
// everything after it, out to follow after: preformatted text and captions
// hold no paragraphs, and a paragraph inside one would read as code or be
// left out of the text. When n holds a line (a heading, <pre>), any element
// that ends a <p> (a caption, details) ends the line too.
func moveBlocksOut(n, after *html.Node, line bool) {
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || line && closesParagraph(c)) {
			first = c
			break
		}
	}
	if first != nil && after.Parent != nil {
		moveTailAfter(n, first, after)
	}
}

// moveOut moves first, a child of n, and the children after it out of n,
// to stand after it.
func moveOut(n, first *html.Node) {
	if n.Parent != nil {
		moveTailAfter(n, first, n)
	}
}

// moveTailAfter moves first, a child of n, and the children after it to
// stand after after, in order.
func moveTailAfter(n, first, after *html.Node) {
	at := after.NextSibling
	for c := first; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		after.Parent.InsertBefore(c, at)
		c = next
	}
}

// mostlyLinks reports whether text with ink runes, inkIn of them in links,
// is a menu rather than an article.
func mostlyLinks(ink, inkIn int) bool {
	return ink > 0 && float64(inkIn) >= 0.9*float64(ink)
}

// onlyLinks returns ErrNoContent when the content's text is all links: a
// menu, not an article. The share is taken of the runes that are not white
// space: the output lays the same words out with other white space, and a
// second clean must come to the same verdict.
func onlyLinks(n *html.Node) error {
	var ink, inkIn int
	var weigh func(n *html.Node, inLink bool)
	weigh = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			t := nonSpaceRunes(n.Data)
			ink += t
			if inLink {
				inkIn += t
			}
			return
		}
		inLink = inLink || n.Type == html.ElementNode && n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			weigh(c, inLink)
		}
	}
	weigh(n, false) // as measure does, without a figure for every element
	if mostlyLinks(ink, inkIn) {
		return fmt.Errorf("%w: only links", ErrNoContent)
	}
	return nil
}

// keepLinksAsText unwraps the links of pasted text whose addresses are most
// of its words (a long address and a few words around it). The reader chose
// that text, so it stays, addresses and all; but as links it would be a
// page of links only, which the output, cleaned again as HTML, could not
// give back (onlyLinks).
func keepLinksAsText(root *html.Node) {
	if onlyLinks(root) == nil {
		return
	}
	var links []*html.Node
	eachElement(root, func(n *html.Node) bool {
		if n.DataAtom == atom.A {
			links = append(links, n)
		}
		return true
	})
	for _, a := range links {
		unwrap(a)
	}
}

// unwrapBlockLinks replaces each link that holds blocks of text with its
// children. Such a link is broken markup (an unclosed <a> swallows the rest
// of the page), and taken at its word it would make the story all link text.
// A link of fewer than cardRunes runes of text is a card (a teaser's
// category, title and date, each a block), and stays a link, unless it
// holds most of the page's text outside its <nav> menus: those are still
// there when the gentler attempt runs (cleanOnce), without the furniture
// pass, and a short story swallowed by a link must read the same then as
// in the first attempt, or a second clean of the output judges its last
// paragraph, left inside a link, otherwise. It reports whether it unwrapped
// any link.
func unwrapBlockLinks(root *html.Node) bool {
	ink := -1
	rootInk := func() int {
		if ink < 0 {
			ink = textInkOutsideNav(root)
		}
		return ink
	}
	var links []*html.Node
	for _, e := range descendants(root) {
		if e.DataAtom == atom.A {
			links = append(links, e)
		}
	}
	unwrapped := false
	for _, a := range links {
		blocks := 0
		for _, e := range descendants(a) {
			if e.DataAtom == atom.P || e.DataAtom == atom.Div && isParagraph(e) {
				blocks++
			}
		}
		if blocks == 1 && holdsLooseText(a) {
			blocks++ // "Home<p>Forty beehives…</p>": the loose line is a block of its own once wrapped, as a second clean wraps it
		}
		if blocks < 2 || a.Parent == nil || nodeTextLen(a, cardRunes) < cardRunes && !holdsMostOf(a, rootInk) {
			continue
		}
		unwrap(a)
		unwrapped = true
	}
	return unwrapped
}

// textInkOutsideNav weighs root's text (its ink, as holdsMostOf weighs)
// but for the page's own landmarks: its <nav> menus, and a <header> or
// <footer> outside any <article> or <main> (a site's banner and footer, not
// a story's headline and byline).
func textInkOutsideNav(root *html.Node) int {
	return textInk(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav:
			return true
		case atom.Header, atom.Footer:
			return !insideStory(n, root)
		}
		return false
	})
}

// insideStory reports whether an <article> or a <main> holds n, below root.
func insideStory(n, root *html.Node) bool {
	for p := n.Parent; p != nil && p != root.Parent; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// cardRunes is the length of text, white space aside, under which a link
// that holds blocks is taken for a card rather than for broken markup.
const cardRunes = 200

// liftNestedBlocks unwraps the inline and unknown elements that hold blocks
// inside a paragraph ("<div>Home › People<odiv><article>…", broken markup):
// the output writes that paragraph as a <p>, and when the output is parsed
// again the <p> ends where the first block starts. Unwrapped here, the
// paragraph is a container of those blocks, its own words get a paragraph
// of their own (wrapLooseText), and both cleans judge the same blocks.
// Links are left to unwrapBlockLinks: a link around one block is a card.
// holders are the elements that hold a block (blockHolders).
func liftNestedBlocks(root *html.Node, holders map[*html.Node]bool) {
	for _, e := range descendants(root) {
		if e.Parent == nil || !isParagraph(e) {
			continue
		}
		for c := e.FirstChild; c != nil; {
			next := c.NextSibling
			if holders[c] && !blockTags[c.DataAtom] && c.DataAtom != atom.A {
				if c.FirstChild != nil {
					next = c.FirstChild // what it held may hold blocks in turn
				}
				unwrap(c)
			}
			c = next
		}
	}
}

// closesParagraph reports whether n is a block, or any element whose start
// tag ends an open <p> when HTML is parsed (<figcaption>, <details>…): in
// a paragraph the output writes, it would split the paragraph in two.
func closesParagraph(n *html.Node) bool {
	return blockTags[n.DataAtom] || startsBlock(n.Data)
}

// blockHolders returns the elements below root that have a block element
// (closesParagraph) anywhere below them, root included.
func blockHolders(root *html.Node) map[*html.Node]bool {
	elems, holds, rootHolds := listBlockHolders(root)
	holders := map[*html.Node]bool{}
	for i, e := range elems {
		if holds[i] {
			holders[e] = true
		}
	}
	if rootHolds {
		holders[root] = true
	}
	return holders
}

// listBlockHolders lists the elements below root in document order, each
// with whether it has a block element (closesParagraph) below it, and says
// whether root has one, in one walk.
func listBlockHolders(root *html.Node) (elems []*html.Node, holds []bool, rootHolds bool) {
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		found := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			i := len(elems)
			elems = append(elems, c)
			holds = append(holds, false)
			holds[i] = walk(c)
			found = found || holds[i] || closesParagraph(c)
		}
		return found
	}
	rootHolds = walk(root)
	return elems, holds, rootHolds
}

// unwrap replaces n with its children.
func unwrap(n *html.Node) {
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
	}
	n.Parent.RemoveChild(n)
}

// wrapLooseText gives paragraphs to text that sits loose in a container
// beside blocks ("<div><p class=title>…</p>The story…<br><br>More…</div>"):
// each run of text and inline elements of 25 runes or more becomes a <p>,
// so that it votes like any paragraph and reads as one. An element that
// holds a block (holders; "<custom><p>…</p></custom>") ends a run: inside a
// <p> it would be a paragraph holding paragraphs, which the output cannot
// write so that it parses the same again. If it is inline or unknown, it is
// a container too: the output unwraps it, and its text then stands loose.
// It returns the paragraphs it made.
func wrapLooseText(root *html.Node, holders map[*html.Node]bool) []*html.Node {
	var containers []*html.Node
	for _, e := range descendants(root) {
		switch e.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Body, atom.Center, atom.Font,
			atom.Header, atom.Footer, atom.Nav:
			// Header, footer and nav too: the output dissolves or unwraps
			// them, and their loose text then stands between blocks.
			if !isParagraph(e) {
				containers = append(containers, e)
			}
		default:
			if holders[e] && !blockTags[e.DataAtom] {
				containers = append(containers, e) // "<x-story>The dek<p>…", which the output unwraps
			}
		}
	}
	if root.DataAtom == atom.Body && !isParagraph(root) {
		containers = append(containers, root)
	}
	var made []*html.Node
	for _, c := range containers {
		made = append(made, wrapLooseRuns(c, holders)...)
	}
	return made
}

// wrapLooseRuns gives each run of text and inline elements of 25 runes or
// more among c's children a <p> of its own (see wrapLooseText), and returns
// those paragraphs. The marker of a removed block does not end a run: the
// output drops it, or writes it as an empty <span>, and the text on either
// side reads as one run there.
func wrapLooseRuns(c *html.Node, holders map[*html.Node]bool) []*html.Node {
	var run, made []*html.Node
	flush := func() {
		if len(run) == 0 {
			return
		}
		// Weighed as one text: the parser joins adjacent text, so the run
		// weighs the same however unwrapping has split it into nodes (a
		// space alone in a node of its own would count for nothing). And
		// weighed as the output will show it, with the space the policy
		// writes where it strips a tag: a second clean of the output must
		// find the same runs.
		shown := shownTextOf(run)
		// A shorter run that reads as a byline ("By Ines Carvalho", left
		// loose by the container that held it), or as boilerplate ("‹ Back
		// to Story", "Pin It": a loose link at the story's end), is wrapped
		// too, so that it is judged as what it is, not kept as text.
		if text, _ := textWeight(shown); text >= 25 || text > 0 && (readsAsByline(strings.TrimSpace(shown)) || isWording(shown)) {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			run[0].Parent.InsertBefore(p, run[0])
			for _, n := range run {
				n.Parent.RemoveChild(n)
				p.AppendChild(n)
			}
			made = append(made, p)
		}
		run = run[:0]
	}
	for n := c.FirstChild; n != nil; {
		next := n.NextSibling
		switch {
		case n.Type == html.TextNode,
			n.Type == html.ElementNode && !closesParagraph(n) && !holders[n]:
			run = append(run, n)
		case n.Type == html.ElementNode:
			flush()
		}
		n = next
	}
	flush()
	return made
}

// shownTextOf is the text of nodes as appendShownText writes it. Most runs
// between a container's blocks are one text node, the white space between
// them: its data is that text, without a copy.
func shownTextOf(nodes []*html.Node) string {
	if len(nodes) == 1 && nodes[0].Type == html.TextNode {
		return nodes[0].Data
	}
	var b strings.Builder
	for _, n := range nodes {
		appendShownText(&b, n)
	}
	return b.String()
}

// appendShownText appends the text under n as the sanitized output shows
// it: the reading policy writes a space where it strips a tag (an unknown
// element, a link with no address it keeps).
func appendShownText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	stripped := policyStrips(n)
	if stripped {
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendShownText(b, c)
	}
	if stripped {
		b.WriteByte(' ')
	}
}

// stat is what measure learns of one element.
type stat struct {
	text     int     // runes of text, white space folded
	ink      int     // runes of text but white space (holdsMostText, onlyLinks)
	inkIn    int     // runes of ink inside links
	inkShown int     // of inkIn, those in links whose address the policy drops (dropsAddress)
	links    int     // runes of text inside links
	commas   int     // commas of any script
	paras    int     // paragraph-like blocks of 25 runes or more below it
	score    float64 // the votes it received, before link density
	scored   bool    // it received votes or is a candidate by hint
}

type stats map[*html.Node]*stat

// subtract takes the counts of o, a block below s, out of s; the votes stay.
func (s *stat) subtract(o *stat) {
	s.text -= o.text
	s.ink -= o.ink
	s.inkIn -= o.inkIn
	s.inkShown -= o.inkShown
	s.links -= o.links
	s.commas -= o.commas
	s.paras -= o.paras
	if checkCounts != nil {
		checkCounts(s)
	}
}

// add puts the counts of o into s; the votes stay.
func (s *stat) add(o *stat) {
	s.text += o.text
	s.ink += o.ink
	s.inkIn += o.inkIn
	s.inkShown += o.inkShown
	s.links += o.links
	s.commas += o.commas
	s.paras += o.paras
}

// checkCounts, when set (by the package's tests), is given each stat a
// subtraction changed: counts below zero mean a block was taken out of
// them twice, and the verdicts weighed against them are wrong.
var checkCounts func(s *stat)

// measure walks the tree once, bottom up, and counts text, link text and
// commas for every element.
func measure(root *html.Node) stats {
	st := make(stats, 1024)
	// The stats come from chunks rather than one allocation each: a page
	// has thousands of elements, and measure runs more than once a clean.
	var chunk []stat
	var walk func(n *html.Node, inLink, shown bool) stat
	walk = func(n *html.Node, inLink, shown bool) stat {
		switch n.Type {
		case html.TextNode:
			t, ink, c := weighText(n.Data)
			s := stat{text: t, ink: ink, commas: c}
			if inLink {
				s.links, s.inkIn = t, ink
			}
			if shown {
				s.inkShown = ink
			}
			return s
		case html.ElementNode, html.DocumentNode:
		default:
			return stat{}
		}
		link := inLink || n.DataAtom == atom.A
		shown = shown || n.DataAtom == atom.A && dropsAddress(n)
		if len(chunk) == 0 {
			chunk = make([]stat, 256)
		}
		s := &chunk[0]
		chunk = chunk[1:]
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, link, shown)
			s.add(&cs)
		}
		if isParagraph(n) && s.text >= 25 {
			s.paras++
		}
		st[n] = s
		return *s
	}
	walk(root, false, false)
	return st
}

// dropsAddress reports whether the reading policy drops a's href, so that
// the output shows the link's words as plain text: an address with white
// space inside it (an unclosed quote's swallowed markup), or one that
// net/url does not parse, which the policy requires. Only an address with
// a '%' that starts no escape, or a control character, is parsed: the
// others parse, and measure asks about every link of the page.
func dropsAddress(a *html.Node) bool {
	for _, at := range a.Attr {
		if at.Key == "href" && at.Namespace == "" {
			v := strings.TrimSpace(at.Val)
			if strings.ContainsAny(v, " \t\n") {
				return true
			}
			if !mayFailToParse(v) {
				return false
			}
			_, err := url.Parse(v)
			return err != nil
		}
	}
	return false
}

// mayFailToParse reports whether url.Parse may refuse v: it holds a control
// character, or a '%' not followed by two hex digits.
func mayFailToParse(v string) bool {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c < ' ' || c == 0x7f:
			return true
		case c == '%':
			if i+2 >= len(v) || hexDigitValue(v[i+1]) < 0 || hexDigitValue(v[i+2]) < 0 {
				return true
			}
		}
	}
	return false
}

// textWeight counts the runes of s with white space runs counted once, and
// its commas (Latin, CJK and Arabic).
func textWeight(s string) (runes, commas int) {
	runes, _, commas = weighText(s)
	return runes, commas
}

// weighText is textWeight that also counts ink, the runes that are not
// white space.
func weighText(s string) (runes, ink, commas int) {
	space := true
	for i := 0; i < len(s); {
		// Eight ASCII bytes (most text) are weighed at once, from masks of
		// their spaces and commas: measure weighs every text node.
		if i+8 <= len(s) {
			if w := loadWord(s[i : i+8]); w&highBits == 0 {
				spaces := asciiSpaces(w)
				letters := spaces ^ highBits
				// A space counts when the byte before it is not one: that
				// byte is in this word (shift by one byte) or the last one.
				afterLetter := letters << 8
				if !space {
					afterLetter |= 0x80
				}
				ink += bits.OnesCount64(letters)
				runes += bits.OnesCount64(letters) + bits.OnesCount64(spaces&afterLetter)
				commas += bits.OnesCount64(asciiBytesEqual(w, ','))
				space = spaces>>63 != 0
				i += 8
				continue
			}
		}
		// Past ASCII, rune by rune to the end of those eight bytes.
		for end := min(i+8, len(s)); i < end; {
			r := rune(s[i])
			if r < utf8.RuneSelf {
				i++
			} else {
				var size int
				r, size = utf8.DecodeRuneInString(s[i:])
				i += size
			}
			if isSpace(r) {
				if !space {
					runes++
				}
				space = true
				continue
			}
			space = false
			runes++
			ink++
			switch r {
			case ',', '，', '、', '،':
				commas++
			}
		}
	}
	return runes, ink, commas
}

func (s *stat) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}

// blockTags are the elements that start a block of their own: a div holding
// none of them is a paragraph in all but name.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Ul: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true,
}

// isParagraph reports whether n is a block of running text: p, pre, td,
// blockquote, or a div or section with no block inside. A <figcaption>, a
// <details> or any element that ends an open <p> counts as a block here,
// and so does a link that holds one (a card, or an unclosed <a> around the
// story; liftNestedBlocks leaves links whole): written out as a <p>, such a
// div would be split where the block starts when the output is parsed
// again, and its words judged apart.
func isParagraph(n *html.Node) bool {
	return containerTest(nil).isParagraph(n)
}

// hints are class and id fragments that speak for or against a block being
// the story; they are matched as substrings of the lower-cased class and id.
type hints struct {
	positive, negative *substringSet
	// recirculation names the blocks of other stories a page puts after
	// its own (related, next, trending): judgeInside takes one out after a
	// story, however well its teasers score.
	recirculation *substringSet
}

var contentHints = sync.OnceValue(func() hints {
	return hints{
		positive: newSubstringSet("article", "body", "content", "entry", "hentry", "h-entry", "main",
			"page", "post", "text", "blog", "story", "prose", "rich-text", "richtext", "paragraph"),
		negative: newSubstringSet("-ad-", "banner", "breadcrumb", "combx", "comment", "com-", "contact",
			"foot", "footer", "footnote", "gdpr", "masthead", "media", "meta", "outbrain",
			"promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
			"sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "social", "byline",
			"author", "subscribe", "newsletter", "popup", "modal", "cookie", "recommend",
			"teaser", "trending", "most-popular", "mostpopular", "rail", "login", "signup"),
		recirculation: newSubstringSet("related", "outbrain", "taboola", "trending",
			"most-popular", "mostpopular", "next-post", "nextpost", "next-story", "nextstory", "up-next",
			"upnext", "more-stories", "featured-post", "featured_post"),
	}
})

// classWeight is Readability's ±25 per side, from the element's class and
// id. An id is a landmark only when one element has it: a template that
// repeats it (each slide of a carousel written id="slideContent") says
// nothing good of any of them, though "sidebar" or "author" still speaks
// against each. idRepeats reports whether the page has an id more than once.
func classWeight(n *html.Node, idRepeats func(id string) bool) float64 {
	h := contentHints()
	w := 0.0
	for _, key := range []string{"class", "id"} {
		v := strings.ToLower(attr(n, key))
		if v == "" {
			continue
		}
		if h.negative.in(v) {
			w -= 25
		}
		if h.positive.in(v) && (key == "class" || !idRepeats(v)) {
			w += 25
		}
	}
	return w
}

// holdsParagraph reports whether a paragraph of 25 runes or more, one that
// votes, stands among n's children.
func holdsParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && scoresAsText(c) && isParagraph(c) {
			if t, _ := textWeight(nodeText(c)); t >= 25 {
				return true
			}
		}
	}
	return false
}

// holdsLooseText reports whether text stands loose among n's children,
// outside any block: a run too short for wrapLooseText to make a
// paragraph of. In winnow's output only a content root's own loose text
// stands there, beside its blocks, so a body holding some is a container
// like the article or div it stood in the first time.
func holdsLooseText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return true
			}
		case c.Type == html.ElementNode && !closesParagraph(c):
			if nodeTextLen(c, 0) > 0 { // stops at its first rune of text
				return true
			}
		}
	}
	return false
}

// substringSet answers whether a text holds any of a list of strings. Each
// string is tried only where the text has its first byte: a class name is
// read once, not searched once for each of forty words.
type substringSet struct {
	byLead [256][]string
	empty  bool // the list holds "", which every text holds
}

func newSubstringSet(subs ...string) *substringSet {
	set := &substringSet{}
	for _, sub := range subs {
		if sub == "" {
			set.empty = true
			continue
		}
		set.byLead[sub[0]] = append(set.byLead[sub[0]], sub)
	}
	return set
}

// in reports whether s holds one of the set's strings.
func (set *substringSet) in(s string) bool {
	if set.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		for _, sub := range set.byLead[s[i]] {
			if strings.HasPrefix(s[i:], sub) {
				return true
			}
		}
	}
	return false
}

// tagWeight is the prior of an element as a container of the story. A
// body that holds paragraphs itself counts as a container too: winnow's
// output, cleaned again, stands in the body, flat, and the body then
// stands for the article or div that held the story the first time (the
// content pass gathers it into a div).
func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Body:
		if holdsParagraph(n) || holdsLooseText(n) {
			return 5
		}
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// bestCandidate scores every block of text into its ancestors and returns
// the element with the highest score after link density.
func bestCandidate(root *html.Node, st stats, comments bool, idRepeats func(string) bool) *html.Node {
	var candidates []*html.Node
	addVotes := func(n *html.Node, votes float64) {
		s := st[n]
		if s == nil {
			return
		}
		if !s.scored {
			s.scored = true
			s.score += tagWeight(n) + classWeight(n, idRepeats)
			candidates = append(candidates, n)
		}
		s.score += votes
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || !comments && isCommentThread(c) {
				continue // readers' comments do not vote for the story (unless nothing else does)
			}
			if s := st[c]; s != nil && s.text >= 25 && scoresAsText(c) {
				votes := 1 + float64(s.commas) + min(float64(s.text/100), 3)
				level := 0
				for a := c.Parent; a != nil && level < 5 && a != root.Parent; a = a.Parent {
					divider := 1.0
					switch {
					case level == 1:
						divider = 2
					case level > 1:
						divider = float64(level * 3)
					}
					if a.DataAtom != atom.Caption && a.DataAtom != atom.Figcaption {
						// A caption describes its table or figure; a story
						// inside one is broken markup, and the caption must
						// not win it from the body (on a second clean, it
						// would, and drop what stands beside its table).
						addVotes(a, votes/divider)
					}
					level++
				}
			}
			visit(c)
		}
	}
	visit(root)
	var best *html.Node
	bestScore := 0.0
	inArea := map[*html.Node]bool{}
	for _, n := range candidates {
		s := st[n]
		s.score *= 1 - s.linkDensity()
		if insideFurnitureArea(n, root, inArea) {
			s.score *= 0.5
		}
		if best == nil || s.score > bestScore {
			best, bestScore = n, s.score
		}
	}
	if best == nil {
		return nil
	}
	best = preferFuller(best, st, candidates)
	return climb(best, root, st, candidates)
}

// preferFuller returns, in place of best, a candidate apart from it that
// scored nearly as well and holds far more of the page's paragraphs: a
// teaser box named "content" wins its class name's votes, but the story
// beside it is the longer read.
func preferFuller(best *html.Node, st stats, candidates []*html.Node) *html.Node {
	bs := st[best]
	pick, picked := best, bs
	for _, n := range candidates {
		s := st[n]
		if s.score < 0.8*bs.score || s.paras < 3 || s.paras < 3*max(bs.paras, 1) || s.text < 2*bs.text ||
			isAncestorOrSelf(n, best) || isAncestorOrSelf(best, n) {
			continue
		}
		if s.paras > picked.paras || pick == best {
			pick, picked = n, s
		}
	}
	return pick
}

// furnitureAreaNames are whole class names and ids (normalized by
// normalizeName) of the page areas beside the story: a block of text inside
// one of them is a sidebar's or a footer's, however well it reads. Layout
// names that merely mention one ("has-sidebar", "sidebar-second") are not
// here: they wrap the story too.
var furnitureAreaNames = map[string]bool{"sidebar": true, "side-bar": true, "sidebar1": true, "sidebar2": true,
	"sidebar-left": true, "sidebar-right": true, "left-sidebar": true, "right-sidebar": true,
	"secondary": true, "footer": true, "site-footer": true, "widget-area": true, "right-rail": true}

// insideFurnitureArea reports whether n or an ancestor below root is named
// as a sidebar or a footer; memo keeps the answers, since candidates share
// their ancestors.
func insideFurnitureArea(n, root *html.Node, memo map[*html.Node]bool) bool {
	if n == nil || n == root {
		return false
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := false
	for _, name := range elementNames(n) {
		v = v || furnitureAreaNames[name]
	}
	v = v || insideFurnitureArea(n.Parent, root, memo)
	memo[n] = v
	return v
}

// commentThreadTokens are class tokens and ids of comment threads and of
// single comments, matched whole; "comment-content" or a span.comment in
// code is not among them.
var commentThreadTokens = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "comment-list": true,
	"comment_list": true, "comments-list": true, "comments-area": true, "comment-section": true,
	"comments-section": true, "comment-thread": true, "comment-respond": true, "respond": true,
	"disqus_thread": true, "dsq-content": true, "fb-comments": true, "comments-container": true,
	"commentsblock": true, "comment-holder": true, "user-comments": true, "reader-comments": true,
}

// removeTrailingThreads takes out comment threads that the chosen content
// still holds. A block whose class or id speaks of comments is a thread when
// it does not hold the story's first long paragraph: the story starts before
// its comments, so a wrapper named "comment-content" around the story stays.
func (d *document) removeTrailingThreads(root *html.Node) {
	first := firstLongParagraph(root)
	var threads []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Pre || c.DataAtom == atom.Code {
				continue
			}
			if mentionsComments(c) && first != nil && !isAncestorOrSelf(c, first) {
				threads = append(threads, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range threads {
		d.removeNode(n, "comments.thread", "readers' comments inside the story's container")
	}
}

// commentHeadingPattern matches, case folded, the whole text of a heading
// that opens a comment area: "Comments", "12 Responses", "Reader comments
// (3)", "Leave a comment", in the languages of the wording table. It is
// written in lowercase, which commentHeadingNeeds relies on.
//
// "Response" alone is a section of a story about protocols or letters as
// often as a comment count: it counts only with a number.
const commentHeadingPattern = `^((\d+|one)\s*response|response\s*\(?\d+\)?|` +
	`(\d+\s*)?(comments?|responses|replies|reader comments|readers' comments|` +
	`discussion|join the discussion|leave a (comment|reply)|add a comment|post a comment|` +
	`what do you think\??|kommentare?|commentaires?|comentarios?|comentários?|commenti|` +
	`reacties|komentarze?|комментарии|yorumlar|komentar|コメント|评论|評論)(\s*\(?\d+\)?)?):?$`

var commentHeading = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + commentHeadingPattern)
})

// commentHeadingNeeds lists literals one of which every match of the pattern
// holds, as it is written: in lowercase. A heading in ASCII matches the
// case-folded expression only if its lowercase text matches the pattern,
// and so holds one of them. Most headings hold none ("Part 2", "Why it
// matters") and are told so without running the expression, which a long
// read's dozens of subheadings would each pay for.
var commentHeadingNeeds = sync.OnceValue(func() []string {
	re, err := syntax.Parse(commentHeadingPattern, syntax.Perl)
	if err != nil {
		panic(err) // the pattern is a constant, and commentHeading compiles it too
	}
	return requiredLiterals(re.Simplify())
})

// mayBeCommentHeading is false when text cannot match commentHeading: it is
// in ASCII and holds none of commentHeadingNeeds. Text past ASCII is left to
// the expression, whose case folding goes beyond strings.ToLower's; so is
// text longer than any comment heading is (a long one fails it quickly).
func mayBeCommentHeading(text string) bool {
	needs := commentHeadingNeeds()
	var lower [64]byte
	if needs == nil || len(text) > len(lower) || !lowerASCII(lower[:len(text)], text) {
		return true
	}
	for _, lit := range needs {
		if containsLower(lower[:len(text)], lit) {
			return true
		}
	}
	return false
}

// cutAtCommentArea removes, inside the content, everything from the start of
// a comment area to the end: a heading such as "12 Comments", or the marker
// of a comment thread or comment wording that an earlier pass removed (a
// thread, not a "5 comments" link). Only a start after the story's first
// long paragraph counts: a "5 comments" link in the byline is not one.
func (d *document) cutAtCommentArea(root *html.Node) {
	first := firstLongParagraph(root)
	if first == nil {
		return
	}
	ruleOf := d.removalsByID()
	var start *html.Node
	seen := false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == first {
				seen = true
			}
			if c.Type != html.ElementNode {
				continue
			}
			if seen && opensCommentArea(c, ruleOf) {
				start = c
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	if start == nil {
		return
	}
	var cut []*html.Node
	for n := start; n != nil && n != root; n = n.Parent {
		if n == start {
			cut = append(cut, n)
		}
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			cut = append(cut, s)
		}
	}
	if storyResumes(cut[1:], nodeTextLen(root, -1)-textLenOf(cut)) {
		return // a section of the story named "Comments" (a language's syntax, a manual)
	}
	for _, n := range cut {
		if n.Type == html.ElementNode && n.Data != "winnow-marker" {
			d.removeNode(n, "comments.area", "after the start of the comment area")
		}
	}
}

// removeTrailingHeadings takes out the headings that end the content with
// nothing under them: what they introduced (more stories, a comment form)
// has gone, and a story never ends on a heading. When headings are all the
// content has, they stay.
func (d *document) removeTrailingHeadings(root *html.Node) {
	for {
		h := lastShownElement(root)
		if h == nil || h == root || !isHeadingLine(h) {
			return // the root's own words, however it is named, are the article's
		}
		if !textOutsideHeadings(root) {
			return // headings are all there is: they are the article
		}
		d.removeNode(h, "content.trailing-heading", "a heading at the end of the article, with nothing under it")
		if h.Parent != nil {
			return // not taken out: looking again would find it again
		}
	}
}

// textOutsideHeadings reports whether root has words outside its headings.
func textOutsideHeadings(root *html.Node) bool {
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				found = strings.TrimSpace(c.Data) != ""
			case c.Type == html.ElementNode && !isHeadingLine(c):
				walk(c)
			}
		}
	}
	walk(root)
	return found
}

// lastShownElement returns the element that shows the last words or media
// under root: the media, or the heading that holds the words, if one does,
// else the element around them; nil when root shows nothing.
func lastShownElement(root *html.Node) *html.Node {
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return n
			case c.Type != html.ElementNode || c.Data == "winnow-marker":
			case isMedia(c):
				return c
			default:
				if found := find(c); found != nil {
					return found
				}
			}
		}
		return nil
	}
	found := find(root)
	if found == nil || found == root || isMedia(found) {
		return found // a picture last, even in a heading, is the story's
	}
	for a := found; a != nil && a != root; a = a.Parent {
		if isHeadingLine(a) {
			return a
		}
	}
	return found
}

// maxHeadingRunes is the most text, in runes, of an element that is named
// as a heading ("heading-h3") and is one.
const maxHeadingRunes = 200

// isHeadingLine reports whether n is a heading: an <h1> to <h6>, or a line
// of text named as one.
func isHeadingLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return isHeadingElement(n) && !holdsBlock(n) && nodeTextLen(n, maxHeadingRunes) < maxHeadingRunes
}

// resumedStoryRunes is the least running text, in runes, under a heading
// after a comment area's start that shows the story going on instead.
const resumedStoryRunes = 300

// storyResumes reports whether the story goes on among after, the blocks
// that follow a comment area's start in reading order: a heading that opens
// no comment area, followed by paragraphs, lists and listings outside
// anything named for comments, and outside links, before any block that a
// comment pass took out: twice the story before the start (before, in
// runes), and resumedStoryRunes at least. A comment area ends a page's
// story, and what follows it is furniture (the most read, a promotion),
// shorter than the story; a manual's section on comments in code is
// followed by the rest of the manual.
func storyResumes(after []*html.Node, before int) bool {
	need := max(resumedStoryRunes, 2*before)
	heading, text := false, 0
	for _, top := range after {
		if top.Type != html.ElementNode {
			continue
		}
		stop := false
		visit := func(n *html.Node) bool {
			switch {
			case stop:
				return false
			case n.Data == "winnow-marker" || mentionsComments(n):
				stop = heading // what is under the heading is the comments' after all
				heading, text = false, 0
				return false
			case isHeadingElement(n):
				heading = heading || !isCommentHeading(n)
				return false
			case heading && n.DataAtom == atom.A:
				return false // teasers are links: a story is its own words
			case heading && n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Li):
				text += nodeTextLen(n, need) - linkTextLen(n)
				stop = text >= need
				return false
			}
			return true
		}
		if visit(top) {
			eachElement(top, visit)
		}
		if heading && text >= need {
			return true
		}
	}
	return false
}

// linkTextLen is the text of the links under n, in runes that are not
// white space.
func linkTextLen(n *html.Node) int {
	total := 0
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			total += nodeTextLen(c, -1)
			return false
		}
		return true
	})
	return total
}

// textLenOf is the text of nodes, in runes that are not white space.
func textLenOf(nodes []*html.Node) int {
	total := 0
	for _, n := range nodes {
		total += nodeTextLen(n, -1)
	}
	return total
}

// opensCommentArea reports whether n starts the comment area: a comment
// heading, or the marker of a removed thread, comment wording or comment
// heading (an old template's <h2 id="comments">, taken by the comments pass
// while the comments themselves follow it as siblings).
func opensCommentArea(n *html.Node, ruleOf map[string]removal) bool {
	if isCommentHeading(n) {
		return true
	}
	if n.Data == "winnow-marker" {
		r := ruleOf[attr(n, markerAttr)]
		return strings.HasPrefix(r.Rule, "comments.") && (utf8.RuneCountInString(r.Text) >= 150 || r.node != nil && isCommentHeading(r.node)) ||
			r.Rule == "wording.comment-count" || r.Rule == "wording.leave-a-reply" ||
			r.node != nil && holdsCommentAreaMark(r.node, ruleOf)
	}
	return false
}

// holdsCommentAreaMark reports whether a removed block holds the mark of an
// earlier removal that opened the comment area: a post's meta line taken
// out as a whole after its "Add Comment" link went opens the area as that
// link did.
func holdsCommentAreaMark(removed *html.Node, ruleOf map[string]removal) bool {
	found := false
	eachElement(removed, func(e *html.Node) bool {
		if !found && e.Data == "winnow-marker" {
			found = opensCommentArea(e, ruleOf)
		}
		return !found
	})
	return found
}

func isCommentHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		text := collapseSpace(nodeText(n))
		return mayBeCommentHeading(text) && commentHeading().MatchString(text)
	}
	return false
}

// firstLongParagraph is where the story starts: the first <p> of 150 runes
// or more that stands outside anything named for comments; failing that,
// the first <p> of 40 runes or more anywhere (a short tutorial wrapped in
// "comment-content"); nil when there is none. A div of text alone counts
// as the <p> that flattenContainers writes it as: the output shows it so,
// and a second clean finds the story starting there.
func firstLongParagraph(root *html.Node) *html.Node {
	var fallback *html.Node
	for _, e := range descendants(root) {
		if e.DataAtom != atom.P && !(flattens(e) && isParagraph(e)) {
			continue
		}
		n, _ := textWeight(nodeText(e))
		if n >= 150 && !insideComments(e, root) && !insideAuthorBox(e, root) {
			return e
		}
		if n >= 40 && fallback == nil {
			fallback = e
		}
	}
	return fallback
}

// insideAuthorBox reports whether n is part of an author's box, which some
// templates put above the story.
func insideAuthorBox(n, root *html.Node) bool {
	for a := n.Parent; a != nil && a != root; a = a.Parent {
		v := strings.ToLower(attr(a, "class") + " " + attr(a, "id"))
		if strings.Contains(v, "author") || strings.Contains(v, "bio") || strings.Contains(v, "profile") {
			return true
		}
	}
	return false
}

func insideComments(n, root *html.Node) bool {
	for a := n.Parent; a != nil && a != root; a = a.Parent {
		if a.Type == html.ElementNode && mentionsComments(a) {
			return true
		}
	}
	return false
}

// mentionsComments reports whether n's class or id names comments
// ("comments", "commentlist", "jc_commentsDiv"), but not commentary. A
// piece of a line of text (partOfLine) names none, whatever its class: a
// comment section is made of blocks and stands beside the story's
// paragraphs, never inside one. A class naming a comment there is syntax
// highlighting whose <pre> or <code> broken markup lost ("<h1>func f() {
// <x-span class="hljs-comment">// note</x-span>"), or an aside in the
// text. The rule goes by that shape, not by the highlighters' class names:
// hljs-comment, Prism's "token comment", Pygments' c1 and cm and the rest
// are many and change, and the shape covers them, and any other inline
// note, at once.
func mentionsComments(n *html.Node) bool {
	if n.DataAtom == atom.Span || n.DataAtom == atom.A || n.DataAtom == atom.Body {
		return false
	}
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(v, "comment") && !strings.Contains(v, "commentar") &&
		!strings.Contains(v, "commentator") && !partOfLine(n)
}

// lineBlocks are the blocks that hold a line of text, not other blocks.
var lineBlocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// partOfLine reports whether n is a piece of a line of text: an inline or
// unknown element, holding no block, whose nearest block is a paragraph or
// a heading. A block that broken markup left inside a heading ("<h3>Notes
// <div>…") is no piece of its line, nor is an element holding one.
func partOfLine(n *html.Node) bool {
	return partOfLineIn(n, lineBlocks)
}

// partOfLineIn is partOfLine with the blocks that are lines given.
func partOfLineIn(n *html.Node, lines map[atom.Atom]bool) bool {
	if startsBlock(n.Data) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && startsBlock(p.Data) {
			// The blocks below n are looked for last: on most elements
			// the nearest block above has settled it.
			return lines[p.DataAtom] && !holdsBlock(n)
		}
	}
	return false
}

// isCommentThread reports whether n is a comment thread or one comment.
func isCommentThread(n *html.Node) bool {
	if n.DataAtom == atom.Span || n.DataAtom == atom.Code || n.DataAtom == atom.Pre {
		return false
	}
	id := strings.ToLower(attr(n, "id"))
	if commentThreadTokens[id] || strings.HasPrefix(id, "comment-") && len(id) > 8 && id[8] >= '0' && id[8] <= '9' {
		return true
	}
	for tok := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if commentThreadTokens[tok] {
			return true
		}
	}
	return false
}

// scoresAsText reports whether n is a block whose text votes: paragraphs,
// and headings of sections.
func scoresAsText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return isParagraph(n)
}

// climb moves from the best candidate to an ancestor when the story is
// split among several high-scoring siblings, or when the candidate is the
// only child of its parent.
func climb(best, root *html.Node, st stats, candidates []*html.Node) *html.Node {
	bestScore := st[best].score
	var rivals []*html.Node
	for _, n := range candidates {
		if n != best && st[n].score >= 0.75*bestScore && !isAncestorOrSelf(n, best) && !isAncestorOrSelf(best, n) {
			rivals = append(rivals, n)
		}
	}
	if len(rivals) >= 2 {
		for a := best.Parent; a != nil && a != root.Parent; a = a.Parent {
			held := 0
			for _, r := range rivals {
				if isAncestorOrSelf(a, r) {
					held++
				}
			}
			if held >= 2 {
				best = a
				break
			}
		}
	}
	for best != root && best.Parent != nil && best.Parent != root.Parent && (onlyChildWithText(best, st) || holdsAllButLabel(best, st)) {
		best = best.Parent
	}
	return best
}

// holdsAllButLabel reports whether n holds all of its parent's text but a
// label: the <summary> of a collapsible section ("Methods from
// Deref<Target = [T]>" over a block of methods), whose section is then the
// candidate, and the sections beside it its siblings. (Headings as labels
// too moved the content of 94 shared pages, for no better score.)
func holdsAllButLabel(n *html.Node, st stats) bool {
	ns, ps := st[n], st[n.Parent]
	if ns == nil || ps == nil || ns.text < 500 {
		return false
	}
	labelled := false
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode || st[c] == nil || st[c].text == 0 {
			continue
		}
		if c.DataAtom != atom.Summary || st[c].text > 100 {
			return false
		}
		labelled = true
	}
	return labelled && ps.text-ns.text <= 100
}

// onlyChildWithText reports whether n's siblings are all empty: no text and
// no media, like the empty asides and ad slots of grid layouts.
func onlyChildWithText(n *html.Node, st stats) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && (st[c] != nil && st[c].text > 0 || isMedia(c)) {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// widen returns the best candidate with the siblings that belong to the same
// story: those that scored well themselves, and paragraphs of running text
// with few links.
func widen(top *html.Node, st stats, idRepeats func(string) bool) []*html.Node {
	if top.Parent == nil || top.DataAtom == atom.Body {
		return []*html.Node{top}
	}
	topScore := st[top].score
	threshold := max(10, topScore*0.2)
	topClass := attr(top, "class")
	// waiting holds the siblings that belong to the story only if a part
	// of it comes after them: subheadings, which title the part they
	// precede, and paragraphs in wrappers of their own, which a template
	// puts in the story (CNN's lede with its source) but as often after it
	// (a forum's invitation, a tip line). A subheading before the story's
	// first part titles what was left out.
	type waiter struct {
		n       *html.Node
		heading bool
	}
	var keep []*html.Node
	var waiting []waiter
	keepPart := func(s *html.Node) {
		for _, w := range waiting {
			if !w.heading || len(keep) > 0 {
				keep = append(keep, w.n)
			}
		}
		waiting = waiting[:0]
		keep = append(keep, s)
	}
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			keepPart(s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		ss := st[s]
		if isSubheading(s, ss) {
			waiting = append(waiting, waiter{s, true})
			continue
		}
		if ss == nil || ss.text == 0 {
			if isMedia(s) && len(keep) > 0 {
				keepPart(s) // a figure between parts of the story
			}
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = topScore * 0.2
		}
		if ss.scored && ss.score+bonus >= threshold {
			keepPart(s)
			continue
		}
		// A part of the story whose paragraphs sit too deep to have voted
		// for it: the same class as the winner, or several paragraphs of
		// plain prose.
		ld := ss.linkDensity()
		if (bonus > 0 && ss.text > 100 && ld < 0.3) ||
			(ss.paras >= 2 && ld < 0.2 && classWeight(s, idRepeats) >= 0 && !isCommentThread(s)) {
			keepPart(s)
			continue
		}
		bare := isParagraph(s) && s.DataAtom != atom.Td
		if (bare || wrapsParagraph(s)) &&
			(ss.text > 80 && ld < 0.25 || ss.text <= 80 && ss.text > 0 && ld == 0 && endsSentence(s)) {
			if bare {
				keepPart(s)
			} else {
				waiting = append(waiting, waiter{s, false})
			}
			continue
		}
		waiting = waiting[:0] // they belong with what was left out
	}
	return keep
}

// wrapsParagraph reports whether s is a <div> or <section> that holds one
// <p> and nothing else: some templates wrap a paragraph of the story so
// (CNN its lede, with the story's source), and the output, which flattens
// the wrapper, shows the paragraph alone.
func wrapsParagraph(s *html.Node) bool {
	if s.DataAtom != atom.Div && s.DataAtom != atom.Section {
		return false
	}
	var only *html.Node
	for c := s.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			if only != nil {
				return false
			}
			only = c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	return only != nil && only.DataAtom == atom.P
}

// widenToCousins adds to keep the parts of the story that stand in wrappers
// of their own beside the winner's: a page that breaks its story with
// advertisements puts each run of paragraphs in a wrapper of the same
// class (a newspaper's "story-body-supplemental", each holding a
// "story-body" and an aside), so the first run is a cousin of the winner,
// never its sibling. A cousin counts when its wrapper has the class of
// the winner's, and it shares a class with the winner and holds a
// paragraph of prose, and its wrapper holds no heading but its asides':
// posts on a blog's front page stand in like wrappers too, each under its
// own headline.
func widenToCousins(top *html.Node, keep []*html.Node, st stats) []*html.Node {
	wrapper := top.Parent
	if wrapper == nil || wrapper.Parent == nil || wrapper.DataAtom == atom.Body || attr(wrapper, "class") == "" {
		return keep
	}
	topClasses := strings.Fields(attr(top, "class"))
	if len(topClasses) == 0 {
		return keep
	}
	var before, after []*html.Node
	seenTop := false
	for w := wrapper.Parent.FirstChild; w != nil; w = w.NextSibling {
		if w == wrapper {
			seenTop = true
			continue
		}
		if w.Type != html.ElementNode || attr(w, "class") != attr(wrapper, "class") {
			continue
		}
		for c := w.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != top.DataAtom ||
				!slices.ContainsFunc(strings.Fields(attr(c, "class")), func(k string) bool { return slices.Contains(topClasses, k) }) {
				continue
			}
			cs := st[c]
			if cs == nil || cs.paras == 0 || cs.linkDensity() >= 0.3 || holdsHeading(w) {
				continue
			}
			if seenTop {
				after = append(after, c)
			} else {
				before = append(before, c)
			}
		}
	}
	if len(before)+len(after) == 0 {
		return keep
	}
	return slices.Concat(before, keep, after)
}

// holdsHeading reports whether an <h1>, <h2> or <h3> stands inside n, but
// for those of its asides and menus ("Related Coverage").
func holdsHeading(n *html.Node) bool {
	found := false
	eachElement(n, func(e *html.Node) bool {
		switch e.DataAtom {
		case atom.Aside, atom.Nav:
			return false
		case atom.H1, atom.H2, atom.H3:
			found = true
		}
		return !found
	})
	return found
}

// isSubheading reports an <h2> to <h6> that reads as a subheading of the
// story (s its counts): some words, not many, and not a link. One that
// holds paragraphs that voted for it (broken markup) is a part of its own.
func isSubheading(n *html.Node, s *stat) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return s != nil && !s.scored && s.text > 0 && s.text <= maxSubheadingTextRunes && s.linkDensity() < 0.5
	}
	return false
}

// maxSubheadingTextRunes is the most text a heading kept between two parts
// of the story may hold: more is a block that broken markup left in one.
const maxSubheadingTextRunes = 200

// endsSentence reports whether the node's text ends with sentence
// punctuation, as a short paragraph of the story does.
func endsSentence(n *html.Node) bool {
	t := strings.TrimSpace(nodeText(n))
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…。！？\"”»", r)
}

// endsSentenceOutsideLinks is endsSentence for a paragraph of links: when
// it holds two links or more, the closing punctuation counts only when it
// stands outside them. In "« Older post | Main | Newer post »" the » belongs
// to a link, and the line is navigation, not a sentence; a paragraph that is
// one linked sentence ("Read the rest of this post here.") stays one.
func endsSentenceOutsideLinks(n *html.Node) bool {
	if !endsSentence(n) {
		return false
	}
	links := 0
	var last *html.Node
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.A {
				links++
			}
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				last = c
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	if links < 2 {
		return true
	}
	for a := last; a != nil && a != n; a = a.Parent {
		if a.DataAtom == atom.A {
			return false
		}
	}
	return true
}

// nodeText is the text of n, white space not folded. Most elements asked
// for their text hold it in one text node (a link, a heading, a short
// paragraph): that node's data is the text, returned without a copy.
func nodeText(n *html.Node) string {
	var first string
	var b strings.Builder
	texts := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			switch texts {
			case 0:
				first = n.Data
			case 1:
				b.WriteString(first)
				fallthrough
			default:
				b.WriteString(n.Data)
			}
			texts++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	if texts <= 1 {
		return first
	}
	return b.String()
}

// recordOutside records as removed every block of the page that is neither
// one of keep nor holds one: at each level from the kept blocks up to the
// root, the siblings that were passed over.
func (d *document) recordOutside(root *html.Node, keep []*html.Node) {
	onPath := map[*html.Node]bool{}
	for _, k := range keep {
		for a := k; a != nil && a != root.Parent; a = a.Parent {
			onPath[a] = true
		}
	}
	// Walked from the root down the paths, so that the blocks are recorded
	// in page order: a map's order would shuffle the removed panel.
	var outside []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if isKept(n, keep) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if onPath[c] {
				visit(c)
			} else {
				outside = append(outside, c)
			}
		}
	}
	visit(root)
	for _, n := range outside {
		// Loose text is recorded like a block: the reader sees every word
		// the article leaves out. Text that shows nothing (white space, a
		// zero-width space, a stray byte-order mark) stays where it is.
		if n.Type == html.ElementNode || n.Type == html.TextNode && showsText(n.Data) {
			before := len(keep) > 0 && standsBefore(n, keep[0], 3)
			d.removeNode(n, "content.outside", "outside the main content")
			if last := len(d.removals) - 1; before && last >= 0 && d.removals[last].node == n {
				d.removals[last].beforeContent = true
			}
		}
	}
}

// showsText reports whether s holds a rune a reader sees: one that is
// neither white space nor a format character (U+200B, U+FEFF…).
func showsText(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

func isKept(n *html.Node, keep []*html.Node) bool {
	for _, k := range keep {
		if k == n {
			return true
		}
	}
	return false
}

// gather moves the kept blocks, in document order, into one new element.
// A kept container of blocks (div, section, article, main) gives up its
// children instead of moving whole: the article comes out as one flat run
// of blocks, so that cleaning winnow's own output finds the same story
// again. A div of text alone moves whole, to be judged as the paragraph
// it will be (a row of links would otherwise be loose links that a second
// clean reads as one paragraph and judges alone).
func gather(keep []*html.Node) *html.Node {
	wrapper := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, k := range keep {
		if k.Parent != nil {
			k.Parent.RemoveChild(k)
		}
		switch k.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Main:
			if isParagraph(k) {
				wrapper.AppendChild(k)
				continue
			}
			for c := k.FirstChild; c != nil; c = k.FirstChild {
				k.RemoveChild(c)
				wrapper.AppendChild(c)
			}
		default:
			wrapper.AppendChild(outOfTable(k))
		}
	}
	return wrapper
}

// outOfTable returns what the part of a table k shows once it stands
// alone: a group of rows in a table of its own, a row as the blocks of its
// cells, a cell as the block of its content. Written out as it is, a part
// outside its table is a tag the HTML parser drops, its text run together
// with what follows.
func outOfTable(k *html.Node) *html.Node {
	switch k.DataAtom {
	case atom.Tbody, atom.Thead, atom.Tfoot:
		table := &html.Node{Type: html.ElementNode, Data: "table", DataAtom: atom.Table}
		table.AppendChild(k)
		return table
	case atom.Tr:
		for c := k.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				c.Data, c.DataAtom = "div", atom.Div
			}
		}
		k.Data, k.DataAtom = "div", atom.Div
	case atom.Td, atom.Th:
		k.Data, k.DataAtom = "div", atom.Div
	}
	return k
}

// cleanInside takes out what is not story inside the chosen content:
// Readability's conditional cleaning, bylines and date lines, and blocks
// whose class or id says they are furniture.
func (d *document) cleanInside(root *html.Node) {
	d.removeTrailingThreads(root)
	d.cutAtCommentArea(root)
	st := measure(root)
	headlines := d.discountHeadlines(root, st)
	// Deepest first, so that a list of links is judged before the section
	// that holds it. Nothing inside a <pre> is judged: a code block is the
	// story's own, line for line, and a line of it that looks like a date
	// line or a link line is still code.
	var order []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom != atom.Pre {
					walk(c)
				}
				order = append(order, c)
			}
		}
	}
	walk(root)
	d.judgeBlocks(root, order, st, headlines)
}

// discountHeadlines takes the headings under root that repeat the title
// (titleCopyTest) out of root's counts. Such a heading is the headline,
// which the headline pass takes out after this one: the story's totals
// leave it out, so that a block is judged the same whether the page's
// headline stands inside the story's container or outside it, as it does
// on the page and inside it in a second clean of winnow's own output,
// title first. It returns those headings.
func (d *document) discountHeadlines(root *html.Node, st stats) (headlines []*html.Node) {
	rs := st[root]
	if rs == nil {
		return nil
	}
	isCopy := d.titleCopyTest(root)
	if isCopy == nil {
		return nil
	}
	walk(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if hs := st[n]; hs != nil && n != root && isCopy.is(n) {
				rs.subtract(hs)
				headlines = append(headlines, n)
			}
			return false
		}
		return true
	})
	return headlines
}

// judgeBlocks judges each of blocks, in order, as a block inside the content
// root and takes out those that are not story; st are root's counts, less
// those of the headlines that discountHeadlines took out of them.
func (d *document) judgeBlocks(root *html.Node, blocks []*html.Node, st stats, headlines []*html.Node) {
	containers := containerTest{}
	// left counts what is left of the content as blocks go: discount keeps
	// a dissolving container's counts as they came, the content root's
	// among them, but a second clean of the output sees only what is left.
	var content *html.Node
	if d.content != nil && d.content.Length() > 0 {
		content = d.content.Get(0)
	}
	var left *stat
	if cs := st[content]; content != nil && cs != nil {
		c := *cs
		left = &c
	}
	taken := map[*html.Node]*stat{}
	remove := func(n *html.Node, rule, reason string) {
		if st[n] != nil {
			live, fromRoot := st.discount(n, root, containers, taken, headlines)
			// left is a copy of the root's counts when the root is the
			// content, and so without the headlines.
			if left != nil && isAncestorOrSelf(content, n) {
				if content == root {
					left.subtract(&fromRoot)
				} else {
					left.subtract(&live)
				}
			}
		}
		d.removeNode(n, rule, reason)
	}
	// spared are the link paragraphs kept as the content's last words
	// besides links, judged while blocks that went later were still there.
	var spared []*html.Node
	for _, n := range blocks {
		if n.Parent == nil || !isAncestorOrSelf(root, n) {
			continue
		}
		rule, reason := d.judgeInside(n, st, containers, left)
		// A block of links that is most of what is left is the story's own.
		switch kept := strings.HasPrefix(rule, "content.link") && holdsMostText(n, st, root); {
		case kept:
			d.linkBlocksKept = append(d.linkBlocksKept, n)
		case rule != "":
			remove(n, rule, reason)
		case left != nil && st[n] != nil && isLinkParagraph(n, st[n]):
			spared = append(spared, n)
		}
	}
	// A second clean of the output judges them without the blocks that went
	// after them: so are they judged again here, until none goes.
	for again := len(spared) > 0; again; {
		again = false
		for i, n := range spared {
			if n == nil || n == content || n.Parent == nil || !isAncestorOrSelf(root, n) {
				continue
			}
			if !leavesOnlyLinks(st[n], left) && !holdsMostText(n, st, root) {
				remove(n, linkParagraphRule, linkParagraphReason)
				spared[i], again = nil, true
			}
		}
	}
}

// discount takes n's counts out of its ancestors up to root, before n is
// removed. A block that stands in the output as it is (a paragraph, a
// list, a table) is then judged by what is left in it, as it will be when
// winnow's own output is cleaned again: a byline whose date line went is
// judged by its name alone. A container that flattenContainers dissolves
// keeps the counts of the page as it came: no second clean judges it.
//
// It returns what n held when it went (live): its counts less those of the
// blocks that went from inside it before, which taken keeps for each
// dissolving container (whose own counts stay as they came); taking out
// n's counts as they came would take those blocks out of its ancestors'
// twice. And it returns what of that the root's counts held (fromRoot):
// none when n lies inside one of the headlines that discountHeadlines took
// out of them, and live less those headlines when n holds one.
func (st stats) discount(n, root *html.Node, containers containerTest, taken map[*html.Node]*stat, headlines []*html.Node) (live, fromRoot stat) {
	live = *st[n]
	if t := taken[n]; t != nil {
		live.subtract(t)
	}
	fromRoot = live
	for _, h := range headlines {
		switch {
		case isAncestorOrSelf(h, n):
			fromRoot = stat{}
		case isAncestorOrSelf(n, h):
			fromRoot.subtract(st[h])
		}
	}
	for a := n.Parent; a != nil && a != root.Parent; a = a.Parent {
		s := &live
		if a == root {
			s = &fromRoot
		}
		as := st[a]
		switch {
		case as == nil:
		case containers.dissolves(a):
			t := taken[a]
			if t == nil {
				t = &stat{}
				taken[a] = t
			}
			t.add(s)
		default:
			as.subtract(s)
		}
	}
	return live, fromRoot
}

// containerTest answers isParagraph and dissolves for the containers of
// the blocks that a judging loop removes one by one. A container of 20,000
// date lines is asked about at each of them, and a plain look would go
// past all the markers of the lines removed before finding a block left:
// minutes for a page of a few MB. It remembers the block child each look
// found, and the child after it: while that block stays, the answer
// stands; once it is removed, the look goes on from the child after it, as
// the children before it, which held no block, have only lost blocks or
// gained markers since. A nil containerTest remembers nothing, and none
// remembers a container of a few children.
type containerTest map[*html.Node]blockWitness

// blockWitness is a block child found by a look, and its next sibling then;
// a zero blockWitness says the look found none.
type blockWitness struct{ block, next *html.Node }

func (ct containerTest) isParagraph(e *html.Node) bool {
	switch e.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center:
		return !ct.holdsBlockChild(e) && e.DataAtom != atom.Span && e.DataAtom != atom.Font
	}
	return false
}

func (ct containerTest) dissolves(e *html.Node) bool {
	return flattens(e) && !ct.isParagraph(e)
}

// holdsBlockChild reports whether one of e's children closes a line
// (closesLine).
func (ct containerTest) holdsBlockChild(e *html.Node) bool {
	if ct == nil || fewChildren(e) {
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if closesLine(c) {
				return true
			}
		}
		return false
	}
	from := e.FirstChild
	if w, ok := ct[e]; ok {
		switch {
		case w.block == nil:
			return false // no block child was left, and none came since
		case w.block.Parent == e && closesLine(w.block):
			return true
		case w.next != nil && w.next.Parent == e:
			from = w.next
		}
	}
	for c := from; c != nil; c = c.NextSibling {
		if closesLine(c) {
			ct[e] = blockWitness{c, c.NextSibling}
			return true
		}
	}
	ct[e] = blockWitness{}
	return false
}

// closesLine reports whether c, a child of a container, keeps the
// container from being a paragraph (isParagraph).
func closesLine(c *html.Node) bool {
	return c.Type == html.ElementNode && (closesParagraph(c) || c.DataAtom == atom.A && holdsBlock(c))
}

// judgeInside decides whether a block inside the content is furniture; it
// returns the rule and reason, or "" to keep it. left is what is left of
// the content root's counts (nil: the root's counts in st).
func (d *document) judgeInside(n *html.Node, st stats, containers containerTest, left *stat) (rule, reason string) {
	s := st[n]
	if s == nil {
		return "", ""
	}
	if isCaption(n) && !holdsMostText(n, st, d.content.Get(0)) {
		// Captions stay with their figure in the HTML; as figcaption they
		// are left out of the running text. A "caption" wrapper that holds
		// the picture and a caption of its own (WordPress's wp-caption
		// around wp-caption-text) is the figure: its caption is judged next.
		if isFigureWrapper(n) {
			n.Data, n.DataAtom = "figure", atom.Figure
		} else {
			n.Data, n.DataAtom = "figcaption", atom.Figcaption
		}
		delete(containers, n.Parent) // a block now
		return "", ""
	}
	if isBylineBlock(n, s, containers) || isDateline(n, s) && !holdsPieceOfDate(n) || isBylineText(n, s) {
		return "content.byline", "byline or date line: kept as metadata, not body"
	}
	if isPostMetaLine(n, s) { // postmeta.go
		return "content.post-meta", "the post's meta line (author, date, categories, comment count): about the post, not part of it"
	}
	if isCreditLine(n, s) { // credits.go
		return "content.credit", "who else reported the story: a credit, about the story, not part of it"
	}
	if isTagLine(n, s) {
		return "content.tags", "tag or category links (rel=\"tag\"): kept apart from the body"
	}
	if isGallery(n) && longParagraphs(n, st) < 2 && !containsCode(n) {
		return "content.gallery", "a slideshow or gallery widget"
	}
	if isLinkParagraph(n, s) && !leavesOnlyLinks(s, contentLeft(st, d.content.Get(0), n, left)) {
		return linkParagraphRule, linkParagraphReason
	}
	if isLinkedSignUp(n, s) {
		return "content.sign-up", "a linked call to sign up for the site's newsletter, set in the story"
	}
	if isBreadcrumbTrail(n, s) {
		return "content.breadcrumb", "a breadcrumb trail: the page's place on the site, not story"
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Aside, atom.Header,
		atom.Footer, atom.Nav, atom.Dl:
	default:
		return "", ""
	}
	if containsCode(n) {
		return "", ""
	}
	weight := classWeight(n, d.idRepeats)
	ld := s.linkDensity()
	if weight < 0 && s.paras <= 1 && (ld > 0.25 || s.text < 150) && !d.gentle {
		return "content.hint", "its class or id marks it as page furniture"
	}
	if isRecirculation(n) && storyPrecedes(n, d.content.Get(0)) {
		return "content.recirculation", "other stories that the page puts after this one (related or next posts)"
	}
	if s.commas >= 10 || isProseList(n) || isSublistOfClause(n) || isFactTable(n) || isFactValue(n, d.factTables()) || isMailList(n) ||
		isReferenceList(n, d.base) && storyFollows(n, d.content.Get(0)) {
		return "", ""
	}
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && ld > 0.5 && s.text < 1500 {
		return "content.links", "a list of links"
	}
	var imgs, lis, inputs int
	for _, e := range descendants(n) {
		switch e.DataAtom {
		case atom.Img:
			imgs++
		case atom.Li:
			lis++
		case atom.Input, atom.Select, atom.Textarea, atom.Button:
			inputs++
		}
	}
	p := s.paras
	switch {
	case inputs > 0 && inputs > p/3 && s.text < 500:
		return "content.form", "form controls, not story"
	case n.DataAtom != atom.Ul && n.DataAtom != atom.Ol && lis > 2*p+3 && ld > 0.3:
		return "content.links", "a list of links"
	case weight < 25 && ld > 0.33 && s.text > 0 && p < 3:
		return "content.links", "mostly links"
	case weight >= 25 && ld > 0.5 && p < 3:
		return "content.links", "mostly links"
	case s.text < 25 && imgs == 0 && !hasHeading(n):
		return "", "" // tiny and harmless; the wording pass judges phrases
	}
	return "", ""
}

// isMailList reports whether n's links, two or more, are all e-mail
// addresses: a manual's authors ("Neil Schemenauer <nas@debian.org>") or a
// story's contacts, which lead to no other page and are no list of links.
func isMailList(n *html.Node) bool {
	links, other := 0, false
	walk(n, func(e *html.Node) bool {
		if e.DataAtom == atom.A && hasAttrKey(e, "href") {
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(attr(e, "href"))), "mailto:") {
				links++
			} else {
				other = true
			}
		}
		return !other // the walk winds down once a link leads elsewhere
	})
	return links >= 2 && !other
}

// minIntroRunes is the least text, in runes, of a paragraph that introduces
// a list as part of a sentence ("… if the function is:"), as a label such as
// "Related posts:" does not.
const minIntroRunes = 60

// isProseList reports whether n is a list of the story's own sentences
// that link to its terms, as a specification's or a manual's do: every
// item has words of its own besides its links and ends a sentence, or
// holds a clause of its own around them (plainWords: four at least, as in a
// changelog's "Neil has patches up to <a>…</a>, and <a>…</a>"); or the
// list goes on from a paragraph that ends with a colon, and most of its
// items have words of their own. A list of links to other pages has titles
// for items, the links' words, and at most a byline and a date besides.
func isProseList(n *html.Node) bool {
	lis, ok := listItems(n)
	if !ok {
		return false
	}
	items, worded, sentences, clauses := len(lis), 0, 0, 0
	for _, c := range lis {
		if introducesSublist(c) {
			worded, sentences, clauses = worded+1, sentences+1, clauses+1
			continue
		}
		outside := textOutsideLinks(c)
		if countWords(outside) >= 2 {
			worded++
			if endsSentence(c) {
				sentences++
			}
			if plainWords(outside) >= 4 {
				clauses++
			}
		}
	}
	if items == 0 || 2*worded < items {
		return false
	}
	if sentences == items || clauses == items {
		return true
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.DataAtom != atom.P {
		return false
	}
	intro := strings.TrimSpace(nodeText(prev))
	return strings.HasSuffix(intro, ":") && utf8.RuneCountInString(intro) >= minIntroRunes
}

// introducesSublist reports whether item, a list item, is a label that ends
// with a colon and the list it introduces ("In progress:" over the bug
// reports it lists), as in an outline of notes: in isProseList it counts as
// a sentence, the sublist being its end. A list with no text is no
// sublist: the output drops a list of empty items, and the label is then a
// line of its own.
func introducesSublist(item *html.Node) bool {
	isSublist := func(c *html.Node) bool {
		return (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && nodeTextLen(c, 0) > 0
	}
	sublist := false
	for c := item.FirstChild; c != nil && !sublist; c = c.NextSibling {
		sublist = isSublist(c)
	}
	if !sublist {
		return false // most items: no label to write out
	}
	var label strings.Builder
	for c := item.FirstChild; c != nil; c = c.NextSibling {
		if isSublist(c) {
			t := strings.TrimSpace(label.String())
			return strings.HasSuffix(t, ":") && countWords(t) >= 1
		}
		label.WriteString(nodeText(c))
	}
	return false
}

// isSublistOfClause reports whether n, a list, goes on from a clause of
// its item's own: the item's text before it, outside links, has four plain
// words or more ("florian has new variations up for the dashboard" over
// the links to them). A menu's sublist hangs from a link or a word.
func isSublistOfClause(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.DataAtom != atom.Li || n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	var before strings.Builder
	for c := p.FirstChild; c != nil && c != n; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			before.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom != atom.A:
			before.WriteString(textOutsideLinks(c))
		}
		before.WriteByte(' ')
	}
	return plainWords(before.String()) >= 4
}

// isReferenceList reports whether n is a list of the story's references:
// items of five words or more, each linking off the page's site (a changelog
// of bug reports, a reading list of papers), where a list of related
// stories, a blogroll's neighbours aside, links back into the site. base is
// the page's address; without one (a paste, or winnow's own output cleaned
// again) every link to a named host counts as leading away, so that a list
// kept the first time is kept the second.
func isReferenceList(n *html.Node, base *url.URL) bool {
	lis, ok := listItems(n)
	if !ok {
		return false
	}
	site := "" // unknown: any link to a named host leads away (see above)
	if base != nil {
		site = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
	}
	items, references := len(lis), 0
	for _, c := range lis {
		if countWords(nodeText(c)) < 5 {
			continue
		}
		offSite := false
		for _, a := range descendants(c) {
			if a.DataAtom != atom.A {
				continue
			}
			u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
			if err != nil || u.Host == "" || strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == site {
				offSite = false
				break
			}
			offSite = true
		}
		if offSite {
			references++
		}
	}
	return items >= 2 && references*4 >= items*3
}

// listItems returns the items of n, a <ul> or an <ol> whose element
// children are all items; ok is false for any other element.
func listItems(n *html.Node) (items []*html.Node, ok bool) {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return nil, false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li {
			return nil, false
		}
		items = append(items, c)
	}
	return items, true
}

// storyPrecedes reports whether a story stands before n inside root: 200
// runes or more of text outside links, within the 64 siblings nearest n and
// each of its ancestors. Every block named for other stories asks it: on a
// page of thousands of them, side by side, each would read all those before
// it.
func storyPrecedes(n, root *html.Node) bool {
	return textBeside(n, root, func(e *html.Node) *html.Node { return e.PrevSibling }, 200, 64)
}

// isRecirculation reports whether n's class or id names it a block of
// other stories (contentHints' recirculation: "related", "next-post",
// "outbrain"…). Judged inside the content, where the furniture pass did
// not run (the gentler attempt) or its guard kept a block of teasers that
// outweighs a short story.
func isRecirculation(n *html.Node) bool {
	return classOrIDContains(n, contentHints().recirculation)
}

// storyFollows reports whether the story goes on after n inside root: 100
// runes or more of text outside links stand after it. A list of links at
// the story's end is what a page puts after it (more stories, from its own
// site or a partner's); one the story goes on after is its own.
func storyFollows(n, root *html.Node) bool {
	return textBeside(n, root, func(e *html.Node) *html.Node { return e.NextSibling }, 100, 0)
}

// textBeside reports whether least runes of text outside links stand on
// one side of n inside root, in the siblings that next walks to from n and
// from each of its ancestors below root: at most within of them at each
// level, or all when within is 0.
func textBeside(n, root *html.Node, next func(*html.Node) *html.Node, least, within int) bool {
	runes := 0
	for e := n; e != nil && e != root; e = e.Parent {
		seen := 0
		for sib := next(e); sib != nil && (within == 0 || seen < within); sib = next(sib) {
			seen++
			runes += utf8.RuneCountInString(strings.Join(strings.Fields(textOutsideLinks(sib)), " "))
			if runes >= least {
				return true
			}
		}
	}
	return false
}

// plainWords counts the words of s that are neither numbers, nor words of
// dates, nor "by": what is left of a teaser's byline and date ("By Ines
// Carvalho, June 2, 2026") is a name, of a sentence's words around its
// links ("Neil has patches up to … and …"), a clause.
func plainWords(s string) int {
	n := 0
	for _, w := range wordsOf(s) {
		if w[0] >= '0' && w[0] <= '9' || dateWords()[w] || w == "by" {
			continue
		}
		n++
	}
	return n
}

// textOutsideLinks is the text of n that no link holds.
func textOutsideLinks(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.DataAtom != atom.A:
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	return b.String()
}

const (
	linkParagraphRule   = "content.link-paragraph"
	linkParagraphReason = "a paragraph that is only a link to another page"
)

// isLinkParagraph reports whether n, whose counts are s, is a short
// paragraph of links that ends no sentence of its own: a link to another
// page, not story, unless it is what the content has besides links. Its
// links are weighed by ink, which does not change with how the text is
// split into nodes (white space at a node's edge counts or not as the
// nodes fall, and winnow's output joins some that the page kept apart).
func isLinkParagraph(n *html.Node, s *stat) bool {
	return isParagraph(n) && n.DataAtom != atom.Td && n.DataAtom != atom.Pre && s.text < 200 &&
		float64(s.inkIn) > 0.8*float64(s.ink) && !endsSentenceOutsideLinks(n)
}

// isLinkedSignUp reports whether n is a paragraph that is all one link and
// whose last sentence asks the reader to sign up for a newsletter ("Every
// day, our editors send out the day's news. Sign up for the newsletter
// here."). isLinkParagraph spares a paragraph that is one linked sentence
// or two ("Read the rest of this post here."), and the wording pass wants
// a block made of phrases alone; this promotion is neither.
func isLinkedSignUp(n *html.Node, s *stat) bool {
	if !isParagraph(n) || n.DataAtom == atom.Td || s.text > 400 || s.links < s.text {
		return false
	}
	text := strings.TrimRight(wordingText(n), wordingSeparators)
	if i := strings.LastIndexAny(text, ".!?。！？"); i >= 0 {
		text = text[i+1:]
	}
	p, _ := compiledWording().longestPhrase(strings.TrimLeft(text, wordingSeparators), false)
	return p != nil && p.rule == "wording.newsletter"
}

// breadcrumbSeparators join the items of a breadcrumb trail.
const breadcrumbSeparators = "›»>→/"

// isBreadcrumbTrail reports whether n is a breadcrumb trail by its shape,
// whatever its class says ("Home › People › The headline"): a short block of
// two or more links with separators between them, and no other text outside
// the links than the separators and the last item, the page itself. Broken
// markup or the gentle attempt can leave one inside the content, and once
// the sanitizer drops its class nothing else would know it on a second clean.
func isBreadcrumbTrail(n *html.Node, s *stat) bool {
	if !isParagraph(n) || n.DataAtom == atom.Td || n.DataAtom == atom.Pre || s.text > 200 || s.links == 0 {
		return false
	}
	var loose []string // the text outside the links
	links := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			loose = append(loose, c.Data)
		case c.DataAtom == atom.A && hasAttrKey(c, "href"):
			// An anchor with no href ("<a> › </a>") is no link: the output
			// keeps only its text, and the shape is judged as it reads there.
			if strings.TrimSpace(nodeText(c)) != "" {
				links++
			}
			return
		}
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			walk(g)
		}
	}
	walk(n)
	between := strings.Join(loose, "")
	last := strings.LastIndexAny(between, breadcrumbSeparators)
	if links < 2 || last < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(between[last:])
	separators := 0
	for _, r := range between[:last+size] {
		switch {
		case strings.ContainsRune(breadcrumbSeparators, r):
			separators++
		case !unicode.IsSpace(r):
			return false // words between the links: prose, not a trail
		}
	}
	return separators >= links-1 && separators >= 2
}

// holdsMostText reports whether n holds over half of root's text: then it
// is the story whatever its class says (a gallery page's "caption"). White
// space is left out of the count: the output and a second clean of it lay
// out the same words with other white space between blocks, and the verdict
// must not turn on a line break.
func holdsMostText(n *html.Node, st stats, root *html.Node) bool {
	return root != nil && st[root] != nil && st[n].ink*2 > st[root].ink
}

// contentLeft is what judgeInside weighs n against: the content root's
// counts without the blocks taken out so far (left), or the root's own
// counts when there is no such tally or n is the root.
func contentLeft(st stats, content, n *html.Node, left *stat) *stat {
	if left == nil || n == content {
		return st[content]
	}
	return left
}

// leavesOnlyLinks reports whether the content (whose stats are root)
// would be all links, as onlyLinks judges it, without the block whose stats
// are s. Such a block is no link line inside a story: it is much of what
// the page has to read, and taking it out would leave a menu, or a story
// that a second clean of the output judges differently from the first.
// The links are counted as the output shows them: without those whose
// address the policy drops.
func leavesOnlyLinks(s, root *stat) bool {
	if root == nil || root == s {
		return false
	}
	return mostlyLinks(root.ink-s.ink, root.inkIn-root.inkShown-(s.inkIn-s.inkShown))
}

// isCaption reports whether n is a caption or a photo credit by its class.
func isCaption(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.Small, atom.Figcaption:
	default:
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "caption") || strings.Contains(c, "credit")
}

// isFigureWrapper reports whether n, a caption by its class, holds a
// picture or a video, and all its words in captions of its own: as a
// figure, words outside them (a credit line) would join the running text.
func isFigureWrapper(n *html.Node) bool {
	if n.DataAtom != atom.Div || !holdsMedia(n) {
		return false
	}
	inner, outside := false, false
	var look func(*html.Node)
	look = func(e *html.Node) {
		for c := e.FirstChild; c != nil && !outside; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				outside = strings.TrimSpace(c.Data) != ""
			case c.Type != html.ElementNode:
			case isCaption(c):
				inner = true
			default:
				look(c)
			}
		}
	}
	look(n)
	return inner && !outside
}

// galleryWords mark slideshow and gallery widgets inside a class or id
// ("asset_gallery", "slideshow-wrap", "swiper-container").
var galleryWords = sync.OnceValue(func() *substringSet {
	return newSubstringSet("gallery", "slideshow", "carousel", "lightbox", "swiper", "slider")
})

// longParagraphs counts the <p> elements of 100 runes or more below n:
// prose, as opposed to the captions of a gallery.
func longParagraphs(n *html.Node, st stats) int {
	count := 0
	for _, e := range descendants(n) {
		if e.DataAtom == atom.P && st[e] != nil && st[e].text >= 100 {
			count++
		}
	}
	return count
}

func isGallery(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Aside, atom.Figure:
	default:
		return false
	}
	return classOrIDContains(n, galleryWords())
}

// classOrIDContains reports whether n's class or id, in lower case, holds
// one of words anywhere.
func classOrIDContains(n *html.Node, words *substringSet) bool {
	return words.in(strings.ToLower(attr(n, "class") + " " + attr(n, "id")))
}

// holdsPieceOfDate reports whether n holds only a piece of a date whose
// number goes on right after it, outside it: "Retrieved <span>1 May</span>
// 2016" in a citation. Taking the piece out would leave "Retrieved 2016".
func holdsPieceOfDate(n *html.Node) bool {
	for e := n; e != nil && !startsBlock(e.Data); e = e.Parent {
		next := e.NextSibling
		for next != nil && next.Type == html.CommentNode {
			next = next.NextSibling
		}
		if next == nil {
			continue // the date may go on after the element that holds n
		}
		t := strings.TrimLeft(nodeText(next), " \t\n\u00a0")
		t = strings.TrimLeft(strings.TrimPrefix(t, ","), " \u00a0")
		return t != "" && t[0] >= '0' && t[0] <= '9'
	}
	return false
}

// dateWords are the words of date lines in the languages winnow reads:
// months, weekdays, and the verbs and particles around them.
var dateWords = sync.OnceValue(func() map[string]bool {
	words := wordSet(strings.Join([]string{
		// English
		"january february march april may june july august september october november december " +
			"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday " +
			"saturday sunday mon tue tues wed thu thurs fri sat sun am pm a m p est edt cst cdt pst pdt " +
			"gmt utc bst cet cest ist published updated latest created edited date posted last modified on at by and the st nd rd th " +
			"ago hours hour minutes minute days day yesterday today",
		// German, French, Spanish, Portuguese, Italian, Dutch
		"januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag " +
			"freitag samstag sonntag uhr veröffentlicht aktualisiert am um " +
			"janvier février mars avril juin juillet août septembre octobre novembre décembre lundi " +
			"mardi mercredi jeudi vendredi samedi dimanche publié mis à jour le h " +
			"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
			"lunes martes miércoles jueves viernes sábado domingo publicado actualizado el de del a las " +
			"janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta " +
			"quinta sexta feira às em atualizado " +
			"gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre dicembre pubblicato " +
			"aggiornato il alle ore " +
			"januari februari maart mei augustus gepubliceerd bijgewerkt op om",
		// Indonesian (its months, as every language's, come from monthNumbers)
		"diposting diterbitkan diperbarui pada pukul",
	}, " "))
	// The month names of every language the dates are read in, but the
	// short ASCII ones: "set" and "out" (Portuguese abbreviations), "mart",
	// "ekim" would make "Set 3" or "Out 2" a date line.
	for month := range monthNumbers() {
		if utf8.RuneCountInString(month) >= 5 || !isASCII(month) {
			words[month] = true
		}
	}
	return words
})

// isDateline reports whether a short block is nothing but a date, a time and
// the words around them ("Updated: Nov. 20, 2019 1:35 a.m.").
func isDateline(n *html.Node, s *stat) bool {
	if s.text > 120 || s.paras > 1 {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Time, atom.Small, atom.Section, atom.Header, atom.Li:
	default:
		return false
	}
	return readsAsDateline(nodeText(n))
}

// readsAsDateline is isDateline's test of a line's text.
func readsAsDateline(text string) bool {
	// The words are read one at a time, and most blocks, sentences of
	// prose, are given up on by their fifth word that no date has: with at
	// most 20 words, a line with five such words is under the four in five
	// it takes.
	relative := false
	words, digits, dated, units, undated := 0, 0, 0, 0, 0
	var before1, before2 string // the two words before w
	for w := range lowerWords(text) {
		words++
		if words > 20 {
			return false
		}
		if w == "a" && before1 == "y" && before2 == "il" {
			relative = true // "il y a 3 heures"
		}
		before2, before1 = before1, w
		switch {
		case w[0] >= '0' && w[0] <= '9':
			digits++
			dated++
		case relativeTime().markers[w]:
			dated++
			relative = true
		case dateWords()[w]:
			dated++
		case relativeTime().units[w]:
			units++
		default:
			if undated++; undated > 4 {
				return false
			}
		}
	}
	if words == 0 {
		return false
	}
	// A time relative to now ("posted 56 mins ago", "vor 3 Stunden") is a
	// date line when it says so: its units alone ("3 anos, 3 anos") are not.
	if relative {
		dated += units
	}
	if digits == 0 {
		return dated == words && words <= 6 // "Published: | Updated:" with the dates gone
	}
	return digits < words && float64(dated) >= 0.8*float64(words)
}

// relativeTime holds the units of a time counted back from now and the
// words that say so: "56 mins ago", "vor 3 Stunden", "il y a 3 heures",
// "hace 3 horas", "há 3 horas", "3 ore fa", "3 uur geleden".
var relativeTime = sync.OnceValue(func() struct{ units, markers map[string]bool } {
	return struct{ units, markers map[string]bool }{
		units: wordSet("mins min hrs hr secs sec seconds second weeks week months month years year " +
			"stunden stunde minuten minute sekunden tagen tag wochen woche monaten monat jahren jahr " +
			"heures heure minutes secondes jours jour semaines semaine mois ans an " +
			"horas hora minutos segundos días día semanas semana meses mes años año " +
			"dias dia anos ano ore ora minuti secondi giorni giorno settimane settimana mesi mese anni anno " +
			"uur minuten seconden dagen dag weken week maanden maand jaren jaar"),
		markers: wordSet("ago vor hace há fa geleden"),
	}
})

// wordSet is the set of the words of list, separated by white space.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(list) {
		m[w] = true
	}
	return m
}

// wordsOf splits text into lower-cased runs of letters and digits.
func wordsOf(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// lowerWords yields the words wordsOf returns, one at a time, without
// making their list.
func lowerWords(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		lower := strings.ToLower(text)
		start := -1 // where the word being read began, or -1 between words
		for i, r := range lower {
			switch {
			case !notWordRune(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(lower[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(lower[start:])
		}
	}
}

// bylineTokens mark bylines and date lines by class or id token.
var bylineTokens = map[string]bool{
	"byline": true, "author": true, "authors": true, "dateline": true, "timestamp": true,
	"date": true, "pubdate": true, "posted": true, "published": true, "posted-on": true, "date-header": true,
	"entry-meta": true, "post-meta": true, "article-meta": true, "meta": true,
	"byline-wrapper": true, "author-name": true, "post-date": true, "entry-date": true,
}

func isBylineBlock(n *html.Node, s *stat, containers containerTest) bool {
	if s.text > 200 || s.paras > 1 || n.DataAtom == atom.P && s.text > 120 {
		return false
	}
	switch n.DataAtom {
	case atom.Time:
		return s.text < 60 && n.Parent != nil && !containers.isParagraph(n.Parent)
	case atom.Address:
		return true
	}
	for _, key := range []string{"class", "id"} {
		for tok := range strings.FieldsSeq(strings.ToLower(attr(n, key))) {
			if bylineTokens[tok] {
				return true
			}
			if i := strings.LastIndexAny(tok, "-_"); i >= 0 && bylineEndings[tok[i+1:]] {
				return true // "article-posted-date", "story_byline"
			}
			if strings.HasSuffix(tok, "timestamp") || strings.HasSuffix(tok, "datestamp") {
				return true // "storytimestamp", "cnnDateStamp": a word no other name ends with
			}
		}
	}
	return attr(n, "rel") == "author" && n.DataAtom != atom.A
}

// bylineEndings are the last segments of the class names and ids that name
// a byline or a date line whatever comes before them. "author" and "meta"
// are not: "about-the-author" and "entry-meta" may hold more.
var bylineEndings = map[string]bool{"byline": true, "dateline": true, "date": true, "pubdate": true, "timestamp": true}

// nameParticles are the lower-case words a name may hold, and the words
// that join two names.
var nameParticles = sync.OnceValue(func() map[string]bool {
	return wordSet("and und et y e en & de da del della der van von den le la")
})

// isBylineText reports whether n is a line that names the author and
// nothing else, but perhaps a date: "Written By: Jason Shafrin", "By Ines
// Carvalho | June 2, 2026".
func isBylineText(n *html.Node, s *stat) bool {
	if s.text > 100 || s.paras > 1 || n.DataAtom == atom.Pre || n.DataAtom == atom.Code {
		return false
	}
	text := strings.TrimSpace(nodeText(n))
	return readsAsByline(text) || readsAsBylineInPlace(text) || startsBlock(n.Data) && isLoneBylineLabel(text)
}

// isLoneBylineLabel reports whether text is a byline's label and nothing
// else ("Author:", "Written by"), the name it stood before gone as a link
// or never filled in; a bare one ("By", "Von") only with its colon. Only a
// block is judged so: an inline label is a part of its line, with the name.
func isLoneBylineLabel(text string) bool {
	label, colon := strings.CutSuffix(strings.ToLower(strings.TrimSpace(text)), ":")
	label = strings.TrimSpace(label)
	for _, p := range bylinePrefixes {
		if strings.TrimSuffix(p.text, ":") == label && (colon || !p.bare) {
			return true
		}
	}
	return false
}

// readsAsBylineInPlace reports whether text is a byline followed by where
// the post is filed: "Posted by lasagnechef in Arsenal News.", a few words
// after " in ".
func readsAsBylineInPlace(text string) bool {
	i := strings.LastIndex(text, " in ")
	if i < 0 || len(strings.Fields(text[i+len(" in "):])) > 4 {
		return false
	}
	return readsAsByline(text[:i])
}

// readsAsByline is isBylineText's test of a line's text, white space
// trimmed.
func readsAsByline(text string) bool {
	if text != "" && text[0] >= '0' && text[0] <= '9' {
		if isDatedByline(strings.Fields(text)) {
			return true
		}
		// "05/10/2018 - Publicado por: Clarissa Borba": a day, a
		// separator, then a byline of its own.
		rest, ok := afterLeadingDate(text)
		return ok && readsAsByline(rest)
	}
	if first, _, _ := strings.Cut(text, " "); inLower(dateWords(), strings.Trim(first, ",.")) && isDatedByline(strings.Fields(text)) {
		return true // "August 6th, 2012 by Steve Cypher"
	}
	if strings.Contains(text, " on ") && namedOnDate(collapseSpace(text)) {
		return true // "Orion Jones on November 8, 2012, 12:43 PM"
	}
	text = strings.TrimLeft(text, "-+–— ") // "-- Posted by Neil H. Buchanan"
	if text == "" || !bylineFirstBytes()[text[0]] {
		return false // most blocks: spare collapsing their space
	}
	rest, bare, ok := cutBylinePrefix(collapseSpace(text))
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if bylineSkeleton(words) {
		return true // "by on · 1 comment": what is left once the name and the day went as bylines of their own
	}
	names := 0
	for i, w := range words {
		w = strings.Trim(w, ",.;|·•–—-")
		switch {
		case w == "":
		case names > 0 && isTaxonomyLabel(w):
			return bylineTail(words[i:]) // "Posted by Ana Ruiz - Category: Health"
		case names > 0 && len(words)-i <= 6 && isBylineAction(strings.ToLower(w)):
			return true // "Posted by Becky | View all posts by Becky": the name's links after it
		case names > 0 && inLower(nameParticles(), w):
		case names == 0 && bare && inLower(determiners(), w):
			return false // "By Our Count", "Par les temps qui courent": a phrase, not a name
		case names < 4 && isNameWord(w, bare) && !inLower(dateWords(), w):
			names++
		default:
			// What follows the name must be a date, or the byline's other
			// parts: a handle, a place, a comment count.
			return names > 0 && (looksDated(words[i:]) || bylineTail(words[i:]))
		}
	}
	return names > 0
}

// afterLeadingDate returns what follows the date that opens line and the
// separator after it ("05/10/2018 - …", "12.03.2019 | …"): the first such
// separator ends the date, and what stands before it must be a date and
// nothing else.
func afterLeadingDate(line string) (string, bool) {
	for i, w := range strings.Fields(line) {
		if i > 0 && i <= 5 && isPartSeparator(w) {
			before, after, _ := strings.Cut(line, " "+w+" ")
			after = strings.TrimSpace(after)
			if after == "" || after[0] >= '0' && after[0] <= '9' || !looksDated(strings.Fields(before)) {
				return "", false
			}
			return after, true
		}
	}
	return "", false
}

// bylineSkeleton reports whether words, after a byline's prefix, are the
// glue of a byline whose name and date are gone: two words or more, each a
// date's word ("on", "at"), a separator, a number or a comment count's
// word, one of them a date's word.
func bylineSkeleton(words []string) bool {
	if len(words) < 2 {
		return false
	}
	dated := false
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:|·•–—-()"))
		switch {
		case w == "" || isDigits(w) || isCommentCountWord(w):
		case dateWords()[w]:
			dated = true
		default:
			return false
		}
	}
	return dated
}

// isCommentCountWord reports whether a word, lower case, is a byline's
// count of comments' word.
func isCommentCountWord(w string) bool {
	switch w {
	case "comment", "comments", "reply", "replies", "response", "responses",
		"kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios":
		return true
	}
	return false
}

// bylineTail reports whether words, after a byline's name, are parts that
// a byline holds beside it, each a date, the author's handle ("@kimkblake",
// "(@JoannaFayL)"), a count of comments, a place of a few capitalized
// words after a separator ("• Nov 6, 2012 • New York City"), or the post's
// category or tags after theirs ("- Categoria: Saúde - Tags: sad
// arrombamento").
func bylineTail(words []string) bool {
	var parts [][]string
	var part []string
	for _, w := range words {
		if isPartSeparator(w) {
			parts, part = append(parts, part), nil
			continue
		}
		part = append(part, w)
	}
	parts = append(parts, part)
	for i, p := range parts {
		switch {
		case len(p) == 0, looksDated(p):
		case len(p) == 1 && strings.HasPrefix(strings.Trim(p[0], "()"), "@"):
		case len(p) == 2 && startsWithDigit(p[0]) && strings.HasPrefix(strings.ToLower(p[1]), "comment"):
		case i > 0 && len(p) <= 3 && !slices.ContainsFunc(p, func(w string) bool { return !startsUpper(w) }):
		case len(p) <= 9 && isTaxonomyLabel(p[0]):
		default:
			return false
		}
	}
	return true
}

// isPartSeparator reports whether a word of a byline's line is only a mark
// that sets its parts apart: "|", "·", "–", "--".
func isPartSeparator(w string) bool {
	return strings.Trim(w, "|·•/–—-") == ""
}

// isTaxonomyLabel reports whether w opens a post's category or tags in a
// byline's line: "Category:", "Tags:", in a few languages, with its colon.
func isTaxonomyLabel(w string) bool {
	label, colon := strings.CutSuffix(strings.ToLower(w), ":")
	if !colon {
		return false
	}
	switch label {
	case "category", "categories", "tags", "tagged", "topics",
		"categoria", "categorias", "categoría", "categorías", "etiquetas",
		"catégorie", "catégories", "étiquettes", "mots-clés",
		"kategorie", "kategorien", "schlagwörter", "schlagworte",
		"categorie", "tag", "rubrik", "rubrique":
		return true
	}
	return false
}

// namedOnDate reports whether line is a name of two words or more, "on"
// and a date, and nothing else.
func namedOnDate(line string) bool {
	name := nameOnDate(line)
	if !strings.Contains(name, " ") {
		return false
	}
	_, after, _ := strings.Cut(line, " on ")
	return looksDated(strings.Fields(after))
}

// isDatedByline reports whether words are a date, a bare byline prefix
// and a name of one to three words: "11.09.2011, 16:20 von jovelstefan".
// The date comes first and has two parts at least, so that "2011 by the
// numbers" is no byline, and the name starts with no determiner ("3 März
// 2020 von der Stadt beschlossen").
func isDatedByline(words []string) bool {
	start := 2
	if len(words) > 0 && dateInLine(words[0]) != "" {
		start = 1 // a day in one word: "2012-10-29 by Herb Sutter"
	}
	for i := start; i < len(words) && i <= 8; i++ {
		w := strings.ToLower(words[i])
		bare := false
		for _, p := range bylinePrefixes {
			bare = bare || p.bare && p.text == w
		}
		if !bare {
			continue
		}
		name := words[i+1:]
		return len(name) >= 1 && len(name) <= 3 && !inLower(determiners(), name[0]) && looksDated(words[:i])
	}
	return false
}

// determiners open a phrase, never a name.
var determiners = sync.OnceValue(func() map[string]bool {
	return wordSet("the a an this that these those our your my his her their its all every " +
		"der die das den dem ein eine le la les un une el los las il lo gli o os as um uma het een")
})

// isNameWord reports whether w can be a word of a name: capitalized after a
// bare prefix such as "By", any word of letters after "Written by".
func isNameWord(w string, bare bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	return !bare || unicode.IsUpper(r)
}

// looksDated reports whether words are a date and nothing else.
func looksDated(words []string) bool {
	dated := 0
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;|·•–—-:()"))
		switch {
		case w == "":
			dated++
		case w[0] >= '0' && w[0] <= '9', dateWords()[w]:
			dated++
		}
	}
	return dated == len(words)
}

// isTagLine reports whether n is a line of tag or category links ("Tags:
// apples, pruning, winter"): mostly link text, and every link marked
// rel="tag", the microformat that blog engines put on tag and category
// links. A story's links to other pages do not carry it.
func isTagLine(n *html.Node, s *stat) bool {
	if s.paras > 1 || s.linkDensity() < 0.5 {
		return false
	}
	tags := 0
	for _, e := range descendants(n) {
		if e.DataAtom != atom.A {
			continue
		}
		rel := strings.Fields(strings.ToLower(attr(e, "rel")))
		if !slices.Contains(rel, "tag") {
			return false
		}
		tags++
	}
	return tags >= 2
}

func containsCode(n *html.Node) bool {
	for _, e := range descendants(n) {
		if e.DataAtom == atom.Pre || e.DataAtom == atom.Code {
			return true
		}
	}
	return false
}

func hasHeading(n *html.Node) bool {
	for _, e := range descendants(n) {
		switch e.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// descendants lists the elements below n in document order. It steps
// from node to node by their links, without recursion: most calls are on
// a link or a paragraph with no element inside, where a recursive walk's
// closure cost more than the walk.
func descendants(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; {
		if c.Type == html.ElementNode {
			out = append(out, c)
			if c.FirstChild != nil {
				c = c.FirstChild
				continue
			}
		}
		for c.NextSibling == nil {
			if c = c.Parent; c == n {
				return out
			}
		}
		c = c.NextSibling
	}
	return out
}
