package cleaner

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headlineSeparators split a page title from the site name around it
// ("Story – Site", "Site | Story").
var headlineSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "}

// removeRepeatedTitle leaves the title only in Article.Title: every block of
// the content whose text is the title goes. The copy that was the page's
// headline (the first <h1> copy, else the first copy) is recorded as
// "headline.title", the others as "headline.repeat".
func removeRepeatedTitle(d *document) error {
	scope := d.content
	if scope == nil || scope.Length() == 0 {
		scope = d.bodySelection()
	}
	root := scope.Get(0)
	if root == nil {
		return nil
	}
	if strings.TrimSpace(d.art.Title) == "" {
		d.art.Title = collapseSpace(scope.FindMatcher(compiledSelector("h1")).First().Text())
	}
	d.removeSiteNameHeading(root)
	isCopy := d.titleCopyTest(root)
	if isCopy == nil {
		return nil
	}
	copies := isCopy.find(root)
	if len(copies) == 0 && d.content != nil {
		// The story does not show the title chosen: that was the site's
		// name, shown as the page's h1 in a menu bar, where the story's
		// own headline is a lesser heading that <title> names too.
		if h := headingNamedByPageTitle(root, d.pageTitle, d.art.Title, d.art.SiteName); h != "" {
			d.art.Title = h
			isCopy = d.titleCopyTest(root)
			copies = isCopy.find(root)
		}
	}
	if len(copies) == 0 && d.content != nil {
		// A heading that read as the title until the content pass took a
		// byline out of it (an unclosed <h1> around the byline) is the
		// headline still; the title is what it shows now.
		if h := d.headingThatWasTitle(root); h != nil {
			if shown := collapseSpace(blockText(h)); len(headlineKeys(shown, d.art.SiteName)) > 0 {
				d.art.Title = shown // else the pass took all of it, or all but the site's name
				isCopy = d.titleCopyTest(root)
				copies = isCopy.find(root)
			}
		}
	}
	headline := -1
	for i, n := range copies {
		if n.Data == "h1" || len(elementsNamed(n, "h1")) > 0 {
			headline = i
			break
		}
	}
	if headline < 0 && len(copies) > 0 {
		headline = 0
	}
	var holders []*html.Node // the blocks the copies leave behind
	// What is left of a block that held a copy may be a copy itself: once
	// its caption goes, "<h2>The title!<a><figcaption>The title</figcaption>
	// </a></h2>" (broken markup) reads "The title!", and a second clean of
	// the output would take it out then. Copies are appended as found, so
	// the loop judges their ancestors too.
	// A page may repeat its title thousands of times in one container:
	// each holder is judged once, and membership is looked up, not searched.
	// textLeft is the text of an ancestor of the copies, less that of the
	// copies taken out below it: only one short enough is tested as a copy
	// again, as measuring it anew at each would look past all the markers.
	var around []*html.Node
	textLeft := map[*html.Node]int{}
	isCopyFound := make(map[*html.Node]bool, len(copies))
	for _, c := range copies {
		isCopyFound[c] = true
	}
	isHolder := map[*html.Node]bool{}
	for i := 0; i < len(copies); i++ {
		n := copies[i]
		around = around[:0]
		for a := n.Parent; a != nil && a != root; a = a.Parent {
			around = append(around, a)
		}
		if p := n.Parent; p != nil && p != root && !isHolder[p] {
			isHolder[p] = true
			holders = append(holders, p)
		}
		removed := nodeTextLen(n, -1)
		if i == headline {
			// The page title often carries the site name; the headline on
			// the page is the better title.
			if h := collapseSpace(blockText(n)); isHeadingElement(n) && foldTitle(h) != foldTitle(d.art.Title) {
				d.art.Title = h
			}
			d.removeNode(n, "headline.title", "The headline; it is the article's title.")
		} else {
			d.removeNode(n, "headline.repeat", "The headline again, repeated in the page.")
		}
		for _, a := range around {
			if left, ok := textLeft[a]; ok {
				textLeft[a] = left - removed
			} else {
				textLeft[a] = nodeTextLen(a, -1)
			}
		}
		for _, a := range around {
			if isCopy.fits(textLeft[a]) && !isCopyFound[a] && isAncestorOrSelf(root, a) && isCopy.is(a) {
				copies = append(copies, a)
				isCopyFound[a] = true
				break // its own ancestors are judged when it goes
			}
		}
	}
	if d.content != nil && len(copies) > 0 {
		// Without the copies a figure may hold most of the text, and the
		// output moves the blocks out of such a figure (render.go): what
		// is left in it may be a copy too, as a second clean would find.
		if untangleBlocks(root) {
			for _, n := range isCopy.find(root) {
				d.removeNode(n, "headline.repeat", "The headline again, repeated in the page.")
			}
		}
		d.rejudgeLeftovers(holders, root)
		d.rejudgeLinkBlocks(holders, root)
		d.judgeNewParagraphs(root)     // a copy taken out from between two runs of loose text joins them
		d.removeTrailingHeadings(root) // a copy taken out from the end may leave a heading there
	}
	return nil
}

// headingThatWasTitle returns the first <h1> under root that a pass took a
// block out of and whose text, with that block put back, is the title;
// else nil.
func (d *document) headingThatWasTitle(root *html.Node) *html.Node {
	keys := d.titleKeys()
	if len(keys) == 0 {
		return nil
	}
	var found *html.Node
	eachElement(root, func(n *html.Node) bool {
		if found != nil || skipSubtree(n) {
			return false
		}
		if n.DataAtom != atom.H1 {
			return true
		}
		if len(elementsNamed(n, "winnow-marker")) > 0 && keys[foldTitle(d.textAsItCame(n))] {
			found = n
		}
		return false
	})
	return found
}

// textAsItCame is n's blockText with each block that a pass took out from
// inside it put back where its mark stands.
func (d *document) textAsItCame(n *html.Node) string {
	removed := d.removalsByID()
	return blockTextWith(n, func(mark *html.Node) *html.Node { return removed[attr(mark, markerAttr)].node })
}

// find returns the copies of the title under root, outermost first.
func (tc *titleCopy) find(root *html.Node) []*html.Node {
	var copies []*html.Node
	eachElement(root, func(n *html.Node) bool {
		if skipSubtree(n) {
			return false
		}
		if tc.is(n) {
			copies = append(copies, n)
			return false
		}
		return true
	})
	return copies
}

// maxTextBeforeHeadline is the most text, in runes, that may come before a
// story's headline at the top of its content (a kicker, a date line).
const maxTextBeforeHeadline = 200

// minStoryBesideHeadline is the least text, in runes, that the content must
// hold besides a heading for that heading to be taken as its headline.
const minStoryBesideHeadline = 80

// headingNamedByPageTitle returns the text of the content's first heading
// when it is not the title chosen but pageTitle, the page's <title>, names
// it, whole or as one of its parts ("Chapter – Book"); else "".
func headingNamedByPageTitle(root *html.Node, pageTitle, title, site string) string {
	var heading *html.Node
	before := 0
	eachElement(root, func(n *html.Node) bool {
		switch {
		case heading != nil || before > maxTextBeforeHeadline || skipSubtree(n):
			return false
		case n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3:
			heading = n
			return false
		case n.FirstChild != nil && n.FirstChild.Type == html.TextNode:
			before += nodeTextLen(n.FirstChild, maxTextBeforeHeadline+1)
		}
		return true
	})
	if heading == nil || before > maxTextBeforeHeadline {
		return ""
	}
	h := collapseSpace(blockText(heading))
	if h == "" || sameTitle(h, title) || site != "" && sameName(h, site) {
		return ""
	}
	if hl := nodeTextLen(heading, -1); nodeTextLen(root, hl+minStoryBesideHeadline)-hl < minStoryBesideHeadline {
		return "" // the heading is all there is: it stays the article
	}
	if sameTitle(h, pageTitle) {
		return h
	}
	for _, sep := range siteNameSeparators {
		for p := range strings.SplitSeq(pageTitle, sep) {
			if p != pageTitle && sameTitle(p, h) {
				return h
			}
		}
	}
	return ""
}

// titleCopyTest returns the test of a block under root for being a copy of
// the title, which the headline pass takes out; nil when there is no title
// to copy.
func (d *document) titleCopyTest(root *html.Node) *titleCopy {
	keys := d.titleKeys()
	if len(keys) == 0 {
		return nil
	}
	tc := &titleCopy{keys: keys, base: d.base, root: root, shortest: 1 << 30}
	for k := range keys {
		l := utf8.RuneCountInString(strings.ReplaceAll(k, " ", ""))
		tc.shortest, tc.longest = min(tc.shortest, l), max(tc.longest, l)
	}
	// The keys keep letters and digits only; a copy also shows the
	// title's other characters, which are most of a title such as
	// "★★★★★ 5/5".
	tc.longest = max(tc.longest, nonSpaceRunes(d.art.Title))
	return tc
}

// isOwnHome reports whether href leads to the home page of the site at
// base.
func isOwnHome(href string, base *url.URL) bool {
	if !isHomeAddress(href) {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(href))
	return err == nil && (u.Host == "" || base != nil && strings.EqualFold(strings.TrimPrefix(u.Host, "www."), strings.TrimPrefix(base.Host, "www.")))
}

// titleCopy tests blocks for being a copy of the title.
type titleCopy struct {
	keys              map[string]bool
	base              *url.URL // the page's address, for its own links home
	root              *html.Node
	shortest, longest int // the keys' letters
}

// fits reports whether a block of size non-space runes is about as long
// as one of the keys: a cheap test that spares folding the text of every
// element.
func (tc *titleCopy) fits(size int) bool {
	return size >= tc.shortest && size <= 2*tc.longest+20
}

func (tc *titleCopy) is(n *html.Node) bool {
	size := nodeTextLen(n, 2*tc.longest+20)
	if !tc.fits(size) || holdsMedia(n) {
		return false // too long or too short for a copy, or a figure: its caption may go, its image stays
	}
	// A heading that holds paragraphs is broken markup around the story,
	// not a copy of the title: its text stays.
	return (tc.keys[foldTitle(blockText(n))] || tc.keys[foldTitle(textBesideHomeLinks(n, tc.base))]) &&
		(isStandaloneBlock(n) || inBreadcrumb(n, tc.root)) && len(elementsNamed(n, "p")) == 0
}

// textBesideHomeLinks is n's text without the links to the site's home
// page in it: a sticky header's line is the site's logo link ("Home") and
// the title, run together. A link to another site's home page stays
// ("Persona" in a citation); so does any absolute one when the page's
// address (base) is unknown.
func textBesideHomeLinks(n *html.Node, base *url.URL) string {
	var b strings.Builder
	home := false
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.A && isOwnHome(attr(c, "href"), base):
			home = true
			return false
		}
		return true
	})
	if !home {
		return "" // no key is empty: the block's text was tried whole already
	}
	return b.String()
}

// rejudgeLeftovers judges again, as the content pass judges blocks, the
// blocks that held a copy of the title: what is left of one may be a scrap
// the content pass would have taken out ("le" beside a captioned title),
// and a second clean of the output would take it out then.
func (d *document) rejudgeLeftovers(holders []*html.Node, root *html.Node) {
	for _, n := range holders {
		if n.Parent == nil || !isAncestorOrSelf(root, n) {
			continue
		}
		if rule, reason := d.judgeInside(n, measure(n), nil, nil); rule != "" {
			d.removeNode(n, rule, reason)
		}
	}
}

// rejudgeLinkBlocks judges again, as blocks of links, the blocks that a
// copy of the title went from inside: those the content pass kept for
// holding most of the content's text (linkBlocksKept), and every other
// block around a copy up to root. When the title was much of such a
// block's text, what is left is a list of links beside the story, and a
// second clean of the output, which shows the title apart, would take it
// out.
func (d *document) rejudgeLinkBlocks(holders []*html.Node, root *html.Node) {
	var st stats
	// The blocks around a copy come after, deepest first: one that held the
	// title beside its links (an unclosed menu list swallowed the story's
	// header) was no block of links then, and may be one now.
	blocks := slices.Clone(d.linkBlocksKept)
	seen := map[*html.Node]bool{}
	for _, h := range holders {
		for a := h; a != nil && a != root && !seen[a]; a = a.Parent {
			seen[a] = true
			if a.Type == html.ElementNode && !slices.Contains(d.linkBlocksKept, a) {
				blocks = append(blocks, a)
			}
		}
	}
	for _, n := range blocks {
		if n.Parent == nil || !isAncestorOrSelf(root, n) || !slices.ContainsFunc(holders, func(h *html.Node) bool { return isAncestorOrSelf(n, h) }) {
			continue
		}
		if st == nil {
			st = measure(root)
		}
		if rule, reason := d.judgeInside(n, st, nil, nil); strings.HasPrefix(rule, "content.link") && !holdsMostText(n, st, root) {
			d.removeNode(n, rule, reason)
			st = nil // the page changed
		}
	}
}

// titleKeys is headlineKeys of the article's title and site name, kept
// while they stay the same: the headline pass asks for them several times.
func (d *document) titleKeys() map[string]bool {
	if d.titleKeysFor != [2]string{d.art.Title, d.art.SiteName} || d.titleKeysMemo == nil {
		d.titleKeysFor = [2]string{d.art.Title, d.art.SiteName}
		d.titleKeysMemo = headlineKeys(d.art.Title, d.art.SiteName)
	}
	return d.titleKeysMemo
}

// headlineKeys are the folded forms a copy of the title may take: the title
// itself, and the title without a site name before or after it.
func headlineKeys(title, site string) map[string]bool {
	keys := map[string]bool{}
	add := func(s string) {
		if k := foldTitle(s); k != "" {
			keys[k] = true
		}
	}
	title = collapseSpace(title)
	add(title)
	if site = collapseSpace(site); site != "" {
		for _, sep := range headlineSeparators {
			add(strings.TrimSuffix(title, sep+site))
			add(strings.TrimPrefix(title, site+sep))
		}
	}
	for _, sep := range headlineSeparators {
		i := strings.LastIndex(title, sep)
		if i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
				add(head)
			}
		}
		if j := strings.Index(title, sep); j > 0 && len(strings.Fields(title[:j])) <= 4 {
			if tail := title[j+len(sep):]; len(strings.Fields(tail)) >= 3 {
				add(tail)
			}
		}
	}
	// "Blog Name: Post Title", as Blogger and many CMSs write <title>.
	if j := strings.Index(title, ": "); j > 0 && len(strings.Fields(title[:j])) <= 3 && len(strings.Fields(title[j+2:])) >= 3 {
		add(title[j+2:])
	}
	return keys
}

// foldTitle folds case, punctuation, symbols and spacing away, so that
// "Mexico Rejects U.S. Military Presence!" and "MEXICO REJECTS US MILITARY
// PRESENCE" compare equal.
func foldTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // lowercase is as long, but for a few letters; one allocation, not one per doubling
	space := false
	keep := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	for i := 0; i < len(s); {
		// ASCII a byte at a time: titles are mostly ASCII, and this is what
		// the rune path below does with it.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				keep(rune(c))
			case 'A' <= c && c <= 'Z':
				keep(rune(c + 'a' - 'A'))
			case c == '.' || c == '\'':
			default:
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = unicode.ToLower(r) // rune by rune, as strings.ToLower does, without its copy
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			keep(r)
		case r == '’' || r == '\u00ad' || r == '\u200b':
			// "U.S." is "US"; "Trump’s" is "Trumps".
		default:
			space = true
		}
	}
	return b.String()
}

// inBreadcrumb is true for elements inside a breadcrumb trail below root,
// whose items are inline and so never stand alone.
func inBreadcrumb(n, root *html.Node) bool {
	for p := n.Parent; p != nil && p != root.Parent; p = p.Parent {
		for _, name := range elementNames(p) {
			if hasSegment(name, "breadcrumb") || hasSegment(name, "breadcrumbs") || hasSegment(name, "crumbs") || name == "trail" {
				return true
			}
		}
	}
	return false
}

func holdsMedia(n *html.Node) bool {
	found := false
	eachElement(n, func(c *html.Node) bool {
		if isMedia(c) && c.Data != "figure" {
			found = true
		}
		return !found
	})
	return found
}

// elementsNamed returns the elements named tag below n.
func elementsNamed(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	eachElement(n, func(c *html.Node) bool {
		if c.Data == tag {
			out = append(out, c)
		}
		return true
	})
	return out
}

// removeSiteNameHeading takes out the heading that opens the content when it
// shows the site's name and not the title: a blog's banner ("Schneier on
// Security") that the content holds above the post. Only a heading with no
// text before it in the content goes; the name further down is the story's.
func (d *document) removeSiteNameHeading(root *html.Node) {
	site := d.art.SiteName
	if site == "" || root == nil {
		return
	}
	var first *html.Node
	textBefore := false
	var visit func(n *html.Node) bool // false: the walk is done
	visit = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				textBefore = true
				return false
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.H1 || c.DataAtom == atom.H2 || c.DataAtom == atom.H3:
				first = c
				return false
			case !visit(c):
				return false
			}
		}
		return true
	}
	visit(root)
	if first == nil || textBefore {
		return
	}
	if shown := collapseSpace(blockText(first)); sameName(shown, site) && !sameTitle(shown, d.art.Title) {
		d.removeNode(first, "headline.site-name", "The site's name, shown above the story.")
	}
}
