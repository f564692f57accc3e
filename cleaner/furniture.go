package cleaner

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureRule is one row of the furniture table. An element matches when
// its tag, its role or one of its class/id names matches, and cond (when set)
// holds too. Names are compared as whole hyphen-separated segments of the
// normalized class and id (see elementNames), so "ad" matches "div-gpt-ad-3"
// and "headerAd" but never "header", "shadow", "download" or "adjective".
type furnitureRule struct {
	rule   string
	reason string
	tags   []string
	roles  []string
	names  []string
	cond   func(*html.Node) bool
	// trailing rows name blocks that follow a story and may outweigh it
	// (a slideshow of captions, a sidebar of teasers): they go even when
	// they hold most of the page's paragraph text, if a story's worth of it
	// comes before them (removalGuard.check with trailing). Not rows whose
	// names may wrap the rest of a story: "print", or "subscription" for
	// the part of an article behind a paywall.
	trailing bool
	// shortLines rows may take a block that holds most of the page's
	// paragraph text, if none of its paragraphs is a long one and the page
	// marks its story elsewhere (<main>, role=main, <article>): a book's
	// keyboard help, four lines over a chapter of two.
	shortLines bool
}

// furnitureRules is read in order; the first matching row names the removal.
// Rows that would also match the article itself are kept from doing harm by
// the removal removalGuard, not by the row.
var furnitureRules = []furnitureRule{
	{rule: "furniture.hidden", reason: "Hidden on the page, so not part of what a reader sees.",
		cond: looksHidden},
	{rule: "furniture.consent", reason: "Cookie or consent banner.",
		names: []string{"cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "cc-banner", "cc-window", "cmp-banner"}},
	{rule: "furniture.popup", reason: "Pop-up or dialog, shown over the page on demand (help, sign-in, search), not part of the story.",
		tags: []string{"dialog"}, roles: []string{"dialog", "alertdialog"}, names: []string{"popup", "modal"},
		cond: func(n *html.Node) bool { return outsideArticle(n) && !holdsMedia(n) }, shortLines: true},
	{rule: "furniture.hover-card", reason: "A card that pops up over the link before it (the name again, a picture, headlines), not part of the sentence.",
		tags: []string{"span"}, cond: isHoverCard},
	{rule: "furniture.header", reason: "Site header with the site's navigation.",
		names: []string{"site-header", "masthead", "site-branding", "top-bar", "topbar", "skip-link"}},
	{rule: "furniture.header", reason: "Site header with the site's navigation.",
		tags: []string{"header"}, roles: []string{"banner"}, cond: isPageHeader},
	{rule: "furniture.post-nav", reason: "Links to the previous and next posts.",
		names: []string{"nav-links", "post-navigation", "posts-navigation", "nav-previous", "nav-next", "prev-next", "previous-post", "next-post", "post-nav", "pager"}},
	{rule: "furniture.nav", reason: "Navigation menu or breadcrumbs.",
		tags: []string{"nav"}, roles: []string{"navigation", "menubar"},
		names: []string{"nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "crumbs", "menu", "main-menu", "primary-menu", "site-navigation"}},
	{rule: "furniture.share", reason: "Share buttons.",
		names: []string{"share", "shares", "sharing", "social", "sharedaddy", "addtoany", "a2a", "shareaholic", "sharethis", "addthis", "share-buttons"}},
	{rule: "furniture.related", reason: "Links to related or recommended stories.",
		names: []string{"related", "relatedposts", "recommended", "recommendations", "more-stories", "you-may-also-like", "also-like", "read-next", "read-more-stories", "yarpp", "crp-list", "outbrain", "taboola", "recirc", "recirculation"}, trailing: true},
	{rule: "furniture.newsletter", reason: "Newsletter or subscription box.",
		names: []string{"newsletter", "subscribe", "subscription", "signup", "sign-up", "mailchimp", "mc4wp", "optin", "opt-in"}},
	{rule: "furniture.donate", reason: "An appeal for donations to the site.",
		names: []string{"donate", "donation", "donations"}, trailing: true},
	{rule: "furniture.author-bio", reason: "Author biography box.",
		names: []string{"author-bio", "about-author", "about-the-author", "author-box", "authorbox", "author-info", "author-description", "author-profile", "author-card", "authorbio", "saboxplugin-wrap", "abh-box", "post-author", "postauthor", "author-details", "author-wrap", "author-about", "short-bio", "editor-bio", "contributor-bio", "bio"}},
	{rule: "furniture.trackbacks", reason: "Trackbacks: links from other blogs that cite the post, and the URL to ping.",
		names: []string{"trackback", "trackbacks", "pingback", "pingbacks", "trackback-url", "trackback-link"}},
	{rule: "furniture.tags", reason: "Tag and category links.",
		names: []string{"tags", "post-tags", "entry-tags", "tag-links", "tags-links", "cat-links", "tagcloud", "tag-cloud", "post-categories", "entry-categories", "categories"}},
	{rule: "furniture.sidebar", reason: "Sidebar or widget.",
		names: []string{"sidebar", "side-bar", "widget-area", "widget", "widgets", "right-rail"}, trailing: true},
	{rule: "furniture.sidebar", reason: "Sidebar or widget.",
		cond: func(n *html.Node) bool { return attr(n, "id") == "secondary" }},
	{rule: "furniture.sidebar", reason: "Sidebar or widget.",
		tags: []string{"aside"}, roles: []string{"complementary"},
		cond: func(n *html.Node) bool { return outsideArticle(n) && !amongParagraphs(n) }},
	{rule: "furniture.footer", reason: "Site footer.",
		names: []string{"site-footer", "page-footer", "global-footer", "colophon"}},
	{rule: "furniture.footer", reason: "Site footer.",
		tags: []string{"footer"}, roles: []string{"contentinfo"}, names: []string{"footer"}, cond: outsideArticle},
	{rule: "furniture.footer", reason: "Site footer.",
		names: []string{"copyright"}, cond: isCopyrightNotice},
	{rule: "furniture.ad", reason: "Advertisement or sponsored block.",
		names: []string{"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense", "adsbygoogle", "adslot", "adunit", "dfp", "gpt", "sponsored", "sponsor", "promo", "promoted"}, trailing: true},
	{rule: "furniture.button", reason: "Print, e-mail or \"continue reading\" button.",
		names: []string{"print", "print-button", "print-link", "printfriendly", "pf-button", "email-button", "email-link", "email-this", "more-link", "read-more", "continue-reading"}},
}

// removeFurniture removes navigation, share bars, related posts, banners and
// the rest of the page furniture.
func removeFurniture(d *document) error {
	body := d.bodyElement()
	if body == nil {
		return nil
	}
	g := newRemovalGuard(body)
	removed := len(d.removals)
	var rows furnitureMatcher
	headline := findHeadline(body, d.titleKeys()) // headline.go: folded once a clean
	eachElement(body, func(n *html.Node) bool {
		if skipSubtree(n) {
			return false
		}
		if headline != nil && n != headline && isAncestorOrSelf(n, headline) && !isPageChrome(n) {
			// A story header is sometimes named like furniture ("nav"); it
			// holds the headline, so only its parts are judged.
			return true
		}
		r := rows.match(n)
		if r == nil || holdsEmbeddedPost(n) || !g.check(n, r.trailing) && !(r.shortLines && g.storyElsewhere(n) && !holdsLongParagraph(n)) {
			return true
		}
		d.removeNode(n, r.rule, r.reason)
		return false
	})
	// A block that lost a piece reads differently now: the wording pass
	// judged "Schreibe einen Kommentar Antworten" with its hidden reply
	// link, and a second clean of the output judges "Schreibe einen
	// Kommentar" alone; so does this one.
	d.removeWordingOf(blocksAround(leftBehind(d.removals[removed:], body), body))
	return nil
}

// blocksAround returns the nearest block element around each of nodes (a
// node that is one, itself) below root, each once.
func blocksAround(nodes []*html.Node, root *html.Node) []*html.Node {
	var blocks []*html.Node
	seen := map[*html.Node]bool{}
	for _, n := range nodes {
		for n != nil && n != root && !(n.Type == html.ElementNode && startsBlock(n.Data)) {
			n = n.Parent
		}
		if n != nil && n != root && !seen[n] {
			seen[n] = true
			blocks = append(blocks, n)
		}
	}
	return blocks
}

// findHeadline returns the first <h1> whose text is the page's title, as
// folded in keys (headlineKeys); on a page whose <h1> is the site's name (a
// blog's), the first <h2> or <h3> whose text is the title.
func findHeadline(body *html.Node, keys map[string]bool) *html.Node {
	if len(keys) == 0 {
		return nil
	}
	var first, lesser *html.Node
	eachElement(body, func(n *html.Node) bool {
		if first != nil {
			return false
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			if (n.DataAtom == atom.H1 || lesser == nil) && keys[foldTitle(blockText(n))] {
				if n.DataAtom == atom.H1 {
					first = n
				} else {
					lesser = n
				}
			}
			return false
		}
		return true
	})
	if first == nil {
		return lesser
	}
	return first
}

// isPageChrome is true for the page's own header and navigation elements,
// which may hold an h1 with the site's name and still go.
func isPageChrome(n *html.Node) bool {
	return n.Data == "nav" || n.Data == "header" && outsideArticle(n)
}

// furnitureMatcher finds the first row of furnitureRules an element
// matches. Pages repeat their class names (every menu item, every teaser),
// so it remembers per name which rows the name hits.
type furnitureMatcher struct {
	byName map[string]uint64 // normalized name → rows it hits, bit i for row i
	// byClass is the rows of a whole class attribute's value: pages repeat
	// their class attributes, and one lookup spares splitting the value and
	// normalizing its names again for every element that has it.
	byClass map[string]uint64
}

// furnitureIndex holds, per tag and per role, the rows they hit, and the
// rows that hit every element (those with only a cond). Row names are kept
// by their first segment, so a class name is checked against the few names
// that start with one of its segments instead of all of them.
type furnitureIndex struct {
	byTag, byRole map[string]uint64
	always        uint64
	byFirst       map[string][]rowName
}

// rowName is one name of a row of furnitureRules.
type rowName struct {
	bit  uint64
	name string
}

var furnitureRowsIndex = sync.OnceValue(func() furnitureIndex {
	if len(furnitureRules) > 64 {
		panic("furnitureRules: a row mask holds 64 rows")
	}
	x := furnitureIndex{byTag: map[string]uint64{}, byRole: map[string]uint64{}, byFirst: map[string][]rowName{}}
	for i, r := range furnitureRules {
		bit := uint64(1) << i
		for _, name := range r.names {
			first, _, _ := strings.Cut(name, "-")
			x.byFirst[first] = append(x.byFirst[first], rowName{bit, name})
		}
		if len(r.tags) == 0 && len(r.roles) == 0 && len(r.names) == 0 {
			x.always |= bit
		}
		for _, t := range r.tags {
			x.byTag[t] |= bit
		}
		for _, role := range r.roles {
			x.byRole[role] |= bit
		}
	}
	return x
})

func (m *furnitureMatcher) match(n *html.Node) *furnitureRule {
	x := furnitureRowsIndex()
	rows := x.always | x.byTag[n.Data]
	if role := strings.ToLower(strings.TrimSpace(attr(n, "role"))); role != "" {
		rows |= x.byRole[role]
	}
	for _, a := range n.Attr { // the names of elementNames
		switch a.Key {
		case "class":
			rows |= m.classRows(a.Val)
		case "id":
			if name := normalizeName(a.Val); name != "" {
				if idRows := m.nameRows(name); idRows != 0 && !namesItsHeading(n, name) {
					rows |= idRows
				}
			}
		}
	}
	for ; rows != 0; rows &= rows - 1 { // in table order: lowest bit first
		r := &furnitureRules[bits.TrailingZeros64(rows)]
		if r.cond == nil || r.cond(n) {
			return r
		}
	}
	return nil
}

// namesItsHeading reports whether name, an id normalized, is made of the
// words of n's heading (n itself or the first heading inside it), as
// documentation generators name sections: Sphinx's "sharing-with-a-single-
// developer" is a section about sharing, no share bar. Three words at least,
// and the id may stop short of the heading's end or add a number.
//
// A heading's own id may also start with one word of its own: heise's
// "nav_nur_die_folie__1" on "Nur die Folie bleibt zurück" is the anchor
// that a table of contents links to, no navigation.
func namesItsHeading(n *html.Node, name string) bool {
	segs := strings.FieldsFunc(name, func(r rune) bool { return r == '-' })
	if len(segs) == 0 {
		return false // "-", "--": no word at all
	}
	if last := segs[len(segs)-1]; len(segs) > 1 && strings.Trim(last, "0123456789") == "" {
		segs = segs[:len(segs)-1] // "setting-up-1", a second section of that name
	}
	if len(segs) < 3 {
		return false
	}
	heading := n
	if !isHeadingTag(n) {
		heading = nil
		eachElement(n, func(e *html.Node) bool {
			if heading == nil && isHeadingTag(e) {
				heading = e
			}
			return heading == nil
		})
	}
	if heading == nil {
		return false
	}
	text := strings.ToLower(nodeText(heading))
	letters := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	split := strings.FieldsFunc(text, func(r rune) bool { return !letters(r) })
	// "what-s-new" splits "What's new" at the apostrophe, "whats-new" drops it.
	dropped := strings.Fields(strings.Map(func(r rune) rune {
		if letters(r) || unicode.IsSpace(r) {
			return r
		}
		if r == '-' || r == '_' || r == '/' {
			return ' '
		}
		return -1
	}, text))
	for _, words := range [][]string{split, dropped} {
		if len(words) >= len(segs) && slices.Equal(words[:len(segs)], segs) {
			return true
		}
		if own := segs[1:]; heading == n && len(own) >= 3 && len(words) >= len(own) && slices.Equal(words[:len(own)], own) {
			return true // a heading's anchor, "nav-" and its words
		}
	}
	return false
}

// isHeadingTag is true for the six heading elements.
func isHeadingTag(e *html.Node) bool {
	switch e.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// classRows is the rows hit by the names of class, a class attribute's
// value.
func (m *furnitureMatcher) classRows(class string) uint64 {
	if rows, ok := m.byClass[class]; ok {
		return rows
	}
	var rows uint64
	for c := range strings.FieldsSeq(class) {
		if name := normalizeName(c); name != "" {
			rows |= m.nameRows(name)
		}
	}
	if m.byClass == nil {
		m.byClass = map[string]uint64{}
	}
	m.byClass[class] = rows
	return rows
}

// nameRows is the rows one of whose names is a segment of name.
func (m *furnitureMatcher) nameRows(name string) uint64 {
	if rows, ok := m.byName[name]; ok {
		return rows
	}
	// A row name is a segment run of name exactly when it starts where a
	// segment of name starts and its first segment is that segment.
	byFirst := furnitureRowsIndex().byFirst
	var rows uint64
	for start := 0; start < len(name); {
		end := strings.IndexByte(name[start:], '-')
		if end < 0 {
			end = len(name)
		} else {
			end += start
		}
		for _, want := range byFirst[name[start:end]] {
			if rest, ok := strings.CutPrefix(name[start:], want.name); ok && (rest == "" || rest[0] == '-') {
				rows |= want.bit
			}
		}
		start = end + 1
	}
	if m.byName == nil {
		m.byName = map[string]uint64{}
	}
	m.byName[name] = rows
	return rows
}

// embedNames mark a quoted social-media post (a tweet, an Instagram post)
// that the story embeds: its wrappers are often named "social" or "widget",
// yet it is part of the story.
var embedNames = []string{"embed", "embedded", "tweet", "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post"}

// holdsEmbeddedPost is true for an embedded post or an element holding one.
func holdsEmbeddedPost(n *html.Node) bool {
	named := func(n *html.Node) bool {
		for _, name := range elementNames(n) {
			for _, e := range embedNames {
				if hasSegment(name, e) {
					return true
				}
			}
		}
		return false
	}
	if named(n) {
		return true
	}
	found := false
	eachElement(n, func(c *html.Node) bool {
		if c.Data == "blockquote" && named(c) {
			found = true
		}
		return !found
	})
	return found
}

// looksHidden reports elements a browser does not show: the hidden attribute,
// inline display:none or visibility:hidden, and aria-hidden blocks that hold
// text (aria-hidden icons without text are left alone).
func looksHidden(n *html.Node) bool {
	if hasAttrKey(n, "hidden") {
		return true
	}
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	return attr(n, "aria-hidden") == "true" && startsBlock(n.Data) && nodeTextLen(n, 1) > 0
}

// isPageHeader is true for a <header> that belongs to the page, not to the
// article: outside any article or main, and holding navigation.
func isPageHeader(n *html.Node) bool {
	if !outsideArticle(n) {
		return false
	}
	found := false
	eachElement(n, func(c *html.Node) bool {
		if c.Data == "nav" || attr(c, "role") == "navigation" {
			found = true
		}
		return !found
	})
	return found
}

// isHoverCard reports a <span> that stands right after a link and holds a
// link with that link's words and more links, and little else: a card a
// page shows when the pointer rests on a name in the story ("Ilhan Omar",
// then her picture, "Ilhan Omar", three headlines and "MORE"), written
// into the sentence.
func isHoverCard(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || prev.DataAtom != atom.A || n.FirstChild == nil ||
		nodeTextLen(prev, hoverCardNameRunes) > hoverCardNameRunes {
		return false
	}
	words := strings.Fields(nodeText(prev))
	if len(words) == 0 {
		return false
	}
	links, repeated := 0, false
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A {
			return true
		}
		links++
		repeated = repeated || holdsWords(strings.Fields(nodeText(c)), words)
		return false
	})
	if !repeated || links < 2 {
		return false
	}
	text := nodeTextLen(n, -1)
	return text > 0 && 10*linkTextLen(n) >= 8*text
}

// holdsWords reports whether every one of words is among have: a card
// names "Kristi Noem" in full, "Kristi Lynn Noem".
func holdsWords(have, words []string) bool {
	for _, w := range words {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// hoverCardNameRunes is the longest link text, white space aside, that
// isHoverCard takes for a name.
const hoverCardNameRunes = 80

// isCopyrightNotice reports a block named "copyright" that is a notice: a
// line or two of text ("© 2019 The Publisher. All rights reserved."), no
// heading. Inline credits named so ("Image copyright Getty Images") are
// parts of a caption's line, and a document's "Copyright" chapter, with its
// heading, authors and licence, is part of the document.
func isCopyrightNotice(n *html.Node) bool {
	return startsBlock(n.Data) && nodeTextLen(n, copyrightNoticeRunes) <= copyrightNoticeRunes && !hasHeading(n)
}

// copyrightNoticeRunes is the most text, white space aside, that
// isCopyrightNotice takes for a notice: the longest the shared pages have is
// about 200 runes (an address and a copyright line).
const copyrightNoticeRunes = 300

// outsideArticle is true when no ancestor is an article, main or role=main
// element: a footer or aside there belongs to the page.
func outsideArticle(n *html.Node) bool {
	return !inArticleWithin(n, nil)
}

// amongParagraphs is true when n stands between paragraphs of running text,
// like a pull quote or a box inside the story.
func amongParagraphs(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	count := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "p" && nodeTextLen(c, 80) > 80 {
			count++
		}
	}
	return count >= 2
}

// removalGuard keeps a removal pass from taking the article with it. It is built once
// per pass, before the pass removes anything.
type removalGuard struct {
	total int        // the page's paragraph text, in runes
	byP   bool       // measure <p> text; false when the page has (almost) no <p>
	main  *html.Node // the <article> holding the most paragraph text, if any
	story *html.Node // the first <main> or role=main element, else main
}

func newRemovalGuard(body *html.Node) *removalGuard {
	g := &removalGuard{byP: true}
	// One walk counts the paragraph text (paragraphTextLen) of the body and
	// of each article, and finds the story.
	type article struct {
		n    *html.Node
		text int
	}
	var articles []article // in page order
	var count func(n *html.Node, inP bool) int
	count = func(n *html.Node, inP bool) int {
		if n.Type == html.TextNode {
			if inP {
				return nonSpaceRunes(n.Data)
			}
			return 0
		}
		at := -1
		if n != body && n.Type == html.ElementNode {
			if n.Data == "article" && !isCommentMarked(n) {
				at = len(articles)
				articles = append(articles, article{n: n})
			}
			if g.story == nil && (n.Data == "main" || attr(n, "role") == "main") {
				g.story = n
			}
		}
		// All the text of a paragraph counts, paragraphs inside it too.
		text, inside := 0, inP || n.Type == html.ElementNode && n.Data == "p"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text += count(c, inside)
		}
		switch {
		case at >= 0 && inP:
			articles[at].text = paragraphTextLen(n, true) // an article in a paragraph: its own paragraphs only
		case at >= 0:
			articles[at].text = text
		}
		return text
	}
	g.total = count(body, false)
	if g.total < 200 {
		// Pages written with <div> and <br> have no paragraphs worth counting.
		g.byP = false
		g.total = nodeTextLen(body, -1)
		for i := range articles {
			articles[i].text = nodeTextLen(articles[i].n, -1)
		}
	}
	best := 0
	for _, a := range articles {
		if a.text > best {
			best, g.main = a.text, a.n
		}
	}
	if g.story == nil {
		g.story = g.main
	}
	return g
}

// storyElsewhere reports whether the page marks its story with <main>,
// role=main or <article>, and n is neither inside that element nor around
// it, while the element holds paragraph text of its own.
func (g *removalGuard) storyElsewhere(n *html.Node) bool {
	return g.story != nil && !isAncestorOrSelf(n, g.story) && !isAncestorOrSelf(g.story, n) &&
		paragraphTextLen(g.story, g.byP) > 0
}

// holdsLongParagraph reports whether one of n's paragraphs, or n itself
// when it has no <p>, holds longParagraph runes or more of text.
func holdsLongParagraph(n *html.Node) bool {
	long, paragraphs := false, false
	eachElement(n, func(c *html.Node) bool {
		if long {
			return false
		}
		if c.Data == "p" {
			paragraphs = true
			long = nodeTextLen(c, longParagraph) >= longParagraph
			return false
		}
		return true
	})
	return long || !paragraphs && nodeTextLen(n, longParagraph) >= longParagraph
}

// allows reports whether n may be removed: never the document's frame
// (html, body, main), never the main article or an ancestor of it, and never
// a node holding most of the page's paragraph text unless it is a list of
// comments.
func (g *removalGuard) allows(n *html.Node) bool { return g.check(n, false) }

// allowsTrailing is allows for blocks that are clearly comments by name: they
// may hold most of the page's text when the story comes before them (a long
// thread under a short post). Furniture rows marked trailing are judged so
// too.
func (g *removalGuard) allowsTrailing(n *html.Node) bool { return g.check(n, true) }

func (g *removalGuard) check(n *html.Node, trailing bool) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "html", "head", "body", "main":
		return false
	}
	if attr(n, "role") == "main" {
		return false
	}
	if g.main != nil && isAncestorOrSelf(n, g.main) {
		return false
	}
	if g.total > 0 && 2*paragraphTextLen(n, g.byP) > g.total {
		return isCommentList(n, g.byP) || trailing && g.storyBefore(n)
	}
	return true
}

// storyBefore reports whether a story's worth of paragraph text comes before
// n in the page (enoughStory).
func (g *removalGuard) storyBefore(n *html.Node) bool {
	return g.enoughStory(g.textBefore(n, []*html.Node{n})[n])
}

// enoughStory reports whether before, the paragraph text before a node, is
// a story's worth: at least 300 runes, and a quarter of the page's or 1,500
// runes, a news story of a dozen paragraphs, which a slideshow of long
// captions after it can outweigh many times over.
func (g *removalGuard) enoughStory(before int) bool {
	return before >= 300 && (4*before >= g.total || before >= 1500)
}

// textBefore counts, for each of nodes, the paragraph text that comes
// before it in the page of inPage, as the guard counts it, in one walk of
// the page. A node no longer in the page is left out.
func (g *removalGuard) textBefore(inPage *html.Node, nodes []*html.Node) map[*html.Node]int {
	out := make(map[*html.Node]int, len(nodes))
	wanted := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		wanted[n] = true
	}
	root := inPage
	for root.Parent != nil {
		root = root.Parent
	}
	before, done := 0, false
	eachElement(root, func(c *html.Node) bool {
		if done {
			return false
		}
		if wanted[c] {
			out[c] = before
			if len(out) == len(wanted) {
				done = true
				return false
			}
		}
		text, inside := g.ownText(c)
		before += text
		return inside
	})
	return out
}

// ownText is the text the guard counts for element c itself, and whether
// the elements inside c count apart: a paragraph's whole text when the
// guard counts paragraphs, else the text nodes right under c.
func (g *removalGuard) ownText(c *html.Node) (text int, inside bool) {
	if g.byP {
		if c.Data == "p" {
			return nodeTextLen(c, -1), false
		}
		return 0, true
	}
	for t := c.FirstChild; t != nil; t = t.NextSibling {
		if t.Type == html.TextNode {
			text += nodeTextLen(t, -1)
		}
	}
	return text, true
}

// countedText is the text the guard counts in n and the elements inside it.
func (g *removalGuard) countedText(n *html.Node) int {
	text, inside := g.ownText(n)
	if inside {
		eachElement(n, func(c *html.Node) bool {
			t, in := g.ownText(c)
			text += t
			return in
		})
	}
	return text
}

// paragraphTextLen is the length in runes of the text of n's <p> elements
// (byP) or of all of n's text.
func paragraphTextLen(n *html.Node, byP bool) int {
	if !byP {
		return nodeTextLen(n, -1)
	}
	if n.Type == html.ElementNode && n.Data == "p" {
		return nodeTextLen(n, -1)
	}
	total := 0
	eachElement(n, func(c *html.Node) bool {
		if c.Data == "p" {
			total += nodeTextLen(c, -1)
			return false
		}
		return true
	})
	return total
}

// nodeTextLen counts the non-space runes of n's text, stopping early once it
// passes limit (limit < 0: no limit).
func nodeTextLen(n *html.Node, limit int) int {
	count := 0
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			count += nonSpaceRunes(n.Data)
			return limit < 0 || count <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !visit(c) {
				return false
			}
		}
		return true
	}
	visit(n)
	return count
}

// nonSpaceRunes counts the runes of s that are not white space.
func nonSpaceRunes(s string) int {
	count := 0
	for i := 0; i < len(s); {
		// Eight ASCII bytes (most text) are counted at once, from a mask of
		// their spaces; the text walks call this for every text node.
		if i+8 <= len(s) {
			if w := loadWord(s[i : i+8]); w&highBits == 0 {
				count += 8 - bits.OnesCount64(asciiSpaces(w))
				i += 8
				continue
			}
		}
		// Past ASCII, rune by rune to the end of those eight bytes.
		for end := min(i+8, len(s)); i < end; {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					count++
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isSpace(r) {
				count++
			}
			i += size
		}
	}
	return count
}

// highBits has the high bit of each of a word's eight bytes set.
const highBits = 0x80 * bytesOf1

// loadWord reads eight bytes of text as one little-endian word: byte i of
// b is byte i of the word. b has exactly eight bytes.
func loadWord(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// asciiSpaces returns the high bit of each byte of w that is white space
// (\t, \n, \v, \f, \r or ' '). Every byte of w must be ASCII: then no sum
// below carries from one byte into the next.
func asciiSpaces(w uint64) uint64 {
	// A byte at or above \t and not at or above \r+1 is \t to \r.
	control := (w + (0x80-'\t')*bytesOf1) &^ (w + (0x80-'\r'-1)*bytesOf1)
	return (control | asciiBytesEqual(w, ' ')) & highBits
}

// asciiBytesEqual returns the high bit of each byte of w that is c. Every
// byte of w, and c, must be ASCII.
func asciiBytesEqual(w uint64, c byte) uint64 {
	// The XOR leaves a byte zero exactly where it was c, and adding 0x7F
	// to a byte below 0x80 sets its high bit exactly when it is not zero.
	return ^((w ^ uint64(c)*bytesOf1) + 0x7f*bytesOf1) & highBits
}

// isSpace is unicode.IsSpace, with ASCII looked up in a table and the rest
// of Unicode's White_Space property spelled out: the text walks call it for
// every rune of the page, and unicode.IsSpace searches a table for each
// rune past Latin-1 (every rune of a page in Chinese).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	switch {
	case r < 0x2000:
		return r == 0x85 || r == 0xa0 || r == 0x1680
	case r <= 0x200a:
		return true
	default:
		return r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
	}
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// eachElement calls fn for every element below n in document order; fn
// returns whether to descend into the element. fn may remove the element it
// is given: the walk has already taken its next sibling.
func eachElement(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && fn(c) && c.Parent != nil {
			eachElement(c, fn)
		}
		c = next
	}
}

// skipSubtree is true for elements whose inside no removal pass looks at:
// code (where "comment" and "ad" are syntax, not furniture), removal markers,
// and the document head.
func skipSubtree(n *html.Node) bool {
	switch n.Data {
	case "pre", "code", "kbd", "samp", "winnow-marker", "head", "svg", "math":
		return true
	}
	return false
}

// elementNames returns n's class names and id, each normalized by
// normalizeName.
func elementNames(n *html.Node) []string {
	var names []string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			for c := range strings.FieldsSeq(a.Val) {
				if s := normalizeName(c); s != "" {
					names = append(names, s)
				}
			}
		case "id":
			if s := normalizeName(a.Val); s != "" {
				names = append(names, s)
			}
		}
	}
	return names
}

// namesMention reports whether n's class or id holds word (lowercase ASCII)
// in any letter case. Every name of elementNames that has word as a segment
// holds it, so a false here spares normalizing the names.
func namesMention(n *html.Node, word string) bool {
	return mentionsAny(n, []string{word})
}

// mentionsAny is namesMention for any of words. The passes ask it of most
// elements, with a score of words: each class and id is lowercased once,
// then searched for every word.
func mentionsAny(n *html.Node, words []string) bool {
	if len(words) == 0 {
		return false
	}
	var buf [256]byte
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if len(a.Val) > len(buf) {
			if mentionsFold(a.Val, words) {
				return true
			}
			continue
		}
		lower := buf[:len(a.Val)]
		if !lowerASCII(lower, a.Val) {
			return true // past ASCII, lowercasing may make letters of a word (K → k)
		}
		for _, w := range words {
			if containsLower(lower, w) {
				return true
			}
		}
	}
	return false
}

// mentionsFold is mentionsAny's test of one long value, without a copy.
func mentionsFold(s string, words []string) bool {
	if !isASCII(s) {
		return true
	}
	for _, w := range words {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// lowerASCII writes s to dst, of the same length, with ASCII letters
// lowercased, eight bytes at a time. It is false, and dst partly written,
// when s is not all ASCII.
func lowerASCII(dst []byte, s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := loadWord(s[i : i+8])
		if w&highBits != 0 {
			return false
		}
		binary.LittleEndian.PutUint64(dst[i:i+8], lowerASCIIWord(w))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return true
}

// lowerASCIIWord is w, eight ASCII bytes, with its capitals lowercased.
func lowerASCIIWord(w uint64) uint64 {
	// A byte at or above 'A' and not at or above 'Z'+1 is a capital:
	// adding 0x20, its high bit moved down two places, lowercases it.
	upper := (w + (0x80-'A')*bytesOf1) &^ (w + (0x80-'Z'-1)*bytesOf1) & highBits
	return w | upper>>2
}

// containsLower is bytes.Contains for a string word, without converting
// either.
func containsLower(b []byte, word string) bool {
	if word == "" {
		return true
	}
	for len(b) >= len(word) {
		i := bytes.IndexByte(b[:len(b)-len(word)+1], word[0])
		if i < 0 {
			return false
		}
		if string(b[i:i+len(word)]) == word {
			return true
		}
		b = b[i+1:]
	}
	return false
}

// inLower reports whether set holds w in lower case, as
// set[strings.ToLower(w)] does. A short word in ASCII is lowered on the
// stack: the byline and date tests look words up on every short block of
// the story, and strings.ToLower would make a string of each capitalized one.
func inLower(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) <= len(buf) && lowerASCII(buf[:len(w)], w) {
		return set[string(buf[:len(w)])]
	}
	return set[strings.ToLower(w)]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII is strings.Contains with ASCII letters of s folded to
// lower case; word must be lowercase.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				break
			}
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// normalizeName lowercases a class name or id and turns the ways of joining
// words (camelCase, snake_case, dots, colons) into single hyphens, so that
// "commentList", "comment_list" and "comment-list" compare equal.
func normalizeName(s string) string {
	if isNormalName(s) {
		return s // "entry-content": most names need no change, and no copy
	}
	var b strings.Builder
	prevLower := false
	hyphen := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte('-')
		}
	}
	for _, r := range s {
		switch {
		case r == '-' || r == '_' || r == '.' || r == ':' || unicode.IsSpace(r):
			hyphen()
			prevLower = false
		case unicode.IsUpper(r):
			if prevLower {
				hyphen()
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		default:
			b.WriteRune(r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// isNormalName is true for names normalizeName returns unchanged: lowercase
// ASCII letters and digits in runs joined by single hyphens.
func isNormalName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// hasSegment reports whether want occurs in name as whole hyphen-separated
// segments: "ad" in "top-ad-slot" but not in "header" or "add-to-cart".
func hasSegment(name, want string) bool {
	for i := 0; i+len(want) <= len(name); {
		j := strings.Index(name[i:], want)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(want)
		if (start == 0 || name[start-1] == '-') && (end == len(name) || name[end] == '-') {
			return true
		}
		_, size := utf8.DecodeRuneInString(name[start:])
		i = start + size
	}
	return false
}

func hasAttrKey(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func listHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// standsIn reports whether n, or one of its ancestors, is an element that
// is one of tags.
func standsIn(n *html.Node, tags ...atom.Atom) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && slices.Contains(tags, n.DataAtom) {
			return true
		}
	}
	return false
}

// isAncestorOrSelf reports whether a is n or one of n's ancestors.
func isAncestorOrSelf(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// startsBlock lists the elements that start a block of their own.
func startsBlock(tag string) bool {
	switch tag {
	case "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div",
		"dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
		"header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary",
		"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul":
		return true
	}
	return false
}
