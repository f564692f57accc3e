package cleaner

import (
	"slices"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// commentSystem is one row of the comment-system table: the selectors that
// find its section or widget on a page.
type commentSystem struct {
	rule     string
	name     string
	selector string
}

// commentSystems is read in order. Widgets that sit inside a WordPress
// #comments block come before WordPress, so that they carry their own name.
var commentSystems = []commentSystem{
	{"comments.disqus", "Disqus", `#disqus_thread, #disqus_recommendations, #disqus-comments, .disqus-comments, [id^="dsq-"], [class^="dsq-"], [class*=" dsq-"]`},
	{"comments.facebook", "Facebook comments", `.fb-comments, .fb_comments, fb\:comments, .fb-comments-wrapper`},
	{"comments.jetpack", "Jetpack comments", `#jetpack_remote_comment, .jetpack_remote_comment, .jetpack-comment-form, #jp-carousel-comments, .jp-carousel-comments-wrapper, [id^="jp-"][id*="comment"], [class^="jetpack-comment"]`},
	{"comments.blogger", "Blogger comments", `#comments:has(.comment-thread), #comments:has(#comment-holder), .blog-comments, #comment-holder, .comments .comment-thread, #comment-post-message, #comment-editor-src`},
	{"comments.livefyre", "Livefyre", `#livefyre, #livefyre-comments, .livefyre, .livefyre-comments, .fyre, [class^="fyre-"]`},
	{"comments.coral", "Coral", `#coral_thread, #coral-thread, #coral_talk_stream, [id^="coral-"], [class^="coral-"], [class*=" coral-"]`},
	{"comments.openweb", "OpenWeb (Spot.IM)", `spot-im, #spot-im-root, [data-spotim-module], [data-spot-im-module], [id^="spotim-"], [class^="spotim-"], .spot-im-frame-inpage, [data-openweb-module]`},
	{"comments.viafoura", "Viafoura", `.viafoura, vf-conversations, vf-comments, [class^="vf-"], [class*=" vf-"], [id^="vf-conversations"]`},
	{"comments.hyvor", "Hyvor Talk", `#hyvor-talk-view, hyvor-talk-comments, .hyvor-talk`},
	{"comments.giscus", "Giscus", `.giscus, .giscus-frame, giscus-widget`},
	{"comments.utterances", "Utterances", `.utterances, .utterances-frame`},
	{"comments.commento", "Commento", `#commento, .commento`},
	{"comments.remark42", "Remark42", `#remark42, .remark42`},
	{"comments.isso", "Isso", `#isso-thread, .isso-thread`},
	{"comments.discourse", "Discourse", `#discourse-comments, .discourse-comments`},
	{"comments.wpdiscuz", "wpDiscuz", `#wpdiscuz, #wpdcom, [class^="wpdiscuz"], [class*=" wpdiscuz"], [id^="wpdiscuz"]`},
	{"comments.intensedebate", "IntenseDebate", `#idc-container, #idc-container-parent, .idc-thread, [id^="idc-cover"]`},
	{"comments.wordpress", "WordPress comments", `#comments, .comments-area, ol.comment-list, ul.comment-list, .commentlist, #respond, .comment-respond, #commentform, .comment-notes, .logged-in-as, .comments-title, #reply-title, .comment-navigation, #comment-nav-above, #comment-nav-below, p.no-comments, .must-log-in`},
	{"comments.schema", "schema.org comments", `[itemprop="comment"], [itemtype*="schema.org/Comment"], [itemtype*="schema.org/UserComments"]`},
}

// genericCommentNames are class names and ids (normalized by normalizeName)
// that mean "the comment section" on many hand-made and older sites. They
// are compared whole: "comment-content" or "comments-open" are not here.
var genericCommentNames = []string{
	"comments", "comment-section", "comments-section", "commentlist", "comment-list", "comments-list",
	"user-comments", "reader-comments", "readers-comments", "article-comments", "post-comments",
	"story-comments", "comments-area", "comment-area", "comments-container", "comments-wrapper",
	"comments-block", "comment-thread", "comment-threads", "comments-thread", "comment-form",
	"comment-respond", "responses", "talkback", "talkbacks", "reader-responses", "comments-box",
	"comment-box", "commentbox", "comments-widget", "comment-wrap", "comments-wrap",
}

// genericCommentWords holds, for each generic name, the segment it shares
// with the most other names (the longest on a tie). A segment of a
// normalized name stands, letter for letter, in the raw class or id it came
// from, so an element none of whose names mention one of these words
// cannot have a generic name. Shared segments keep the list short, and keep
// out words such as "container" that many a page's layout uses.
var genericCommentWords = sync.OnceValue(func() []string {
	shared := map[string]int{}
	for _, name := range genericCommentNames {
		for _, seg := range strings.Split(name, "-") {
			shared[seg]++
		}
	}
	var words []string
	for _, name := range genericCommentNames {
		best := ""
		for _, seg := range strings.Split(name, "-") {
			if shared[seg] > shared[best] || shared[seg] == shared[best] && len(seg) > len(best) {
				best = seg
			}
		}
		if !slices.Contains(words, best) {
			words = append(words, best)
		}
	}
	// A name that mentions "comments" mentions "comment": only the words
	// that hold no other are looked for.
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		return slices.ContainsFunc(words, func(o string) bool { return o != w && strings.Contains(w, o) })
	})
})

// commentEntrySelector finds single comments inside a comment section.
const commentEntrySelector = `[itemprop="comment"], [itemtype*="schema.org/Comment"], li.comment, article.comment, div.comment, ` +
	`li.comment-item, div.comment-item, li.dsq-comment, li[id^="dsq-comment-"], li[id^="comment-"], .comment-thread > ol > li, ` +
	`.commentlist > li, .comment-list > li, dd.comment-body, #comments-block > dd, #comments dl > dd`

// removeComments takes comment sections and widgets out and keeps their
// entries apart in Article.Comments.
func removeComments(d *document) error {
	bodySel := d.bodySelection()
	body := bodySel.Get(0)
	if body == nil {
		return nil
	}
	// The guard is built for the first candidate: most pages have none.
	// Until a section goes, the page is as it was at the start.
	var g *removalGuard
	take := func(n *html.Node, rule, name string) {
		if !stillBelow(n, body) || standsIn(n, atom.Pre, atom.Code, atom.Kbd, atom.Samp) { // "comment" is syntax there
			return
		}
		if g == nil {
			g = newRemovalGuard(body)
		}
		if !g.allowsTrailing(n) || holdsOtherArticle(n) {
			return
		}
		d.comments = append(d.comments, extractComments(n)...)
		d.removeNode(n, rule, "Reader comments ("+name+"), kept apart from the article.")
	}
	for _, sys := range commentSystems {
		// Most pages use one comment system, if any: findIn answers the
		// others from the page's vocabulary, without a walk.
		for _, n := range d.findIn(bodySel, sys.selector).Nodes {
			take(n, sys.rule, sys.name)
		}
	}
	eachElement(body, func(n *html.Node) bool {
		if skipSubtree(n) {
			return false
		}
		if startsBlock(n.Data) && hasGenericCommentName(n) {
			take(n, "comments.generic", "comment section")
			return n.Parent != nil
		}
		return true
	})
	return nil
}

// commentSystemSelectors lists the selector of each comment system.
func commentSystemSelectors() []string {
	sels := make([]string, len(commentSystems))
	for i, sys := range commentSystems {
		sels[i] = sys.selector
	}
	return sels
}

func hasGenericCommentName(n *html.Node) bool {
	if !mentionsAny(n, genericCommentWords()) {
		return false // most elements: no names to normalize
	}
	for _, name := range elementNames(n) {
		if listHas(genericCommentNames, name) {
			return true
		}
	}
	return false
}

// stillBelow reports whether n still hangs below root (an earlier removal may
// have taken one of its ancestors).
func stillBelow(n, root *html.Node) bool {
	return n != root && isAncestorOrSelf(root, n)
}

// holdsOtherArticle is true when n contains an <article> that is not itself a
// comment: a comment selector matched a wrapper of the story.
func holdsOtherArticle(n *html.Node) bool {
	found := false
	eachElement(n, func(c *html.Node) bool {
		if c.Data == "article" && !isCommentMarked(c) && !insideCommentMarked(c, n) {
			found = true
		}
		return !found
	})
	return found
}

// insideCommentMarked reports whether some element between c and top (both
// excluded) is comment-marked.
func insideCommentMarked(c, top *html.Node) bool {
	for p := c.Parent; p != nil && p != top; p = p.Parent {
		if isCommentMarked(p) {
			return true
		}
	}
	return false
}

// isCommentMarked is true for elements whose names or microdata say they are
// a comment or hold comments.
func isCommentMarked(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "comment") || strings.Contains(attr(n, "itemtype"), "/Comment") ||
		strings.Contains(attr(n, "itemtype"), "/UserComments") {
		return true
	}
	for _, name := range elementNames(n) {
		if name == "comment" || name == "comments" || strings.HasPrefix(name, "comment-") && !strings.HasPrefix(name, "comment-content") ||
			strings.HasPrefix(name, "div-comment-") || hasSegment(name, "commentlist") {
			return true
		}
	}
	return false
}

// isCommentList reports whether n, which holds most of the page's text, is
// nevertheless a list of comments: at least two comment entries holding
// most of n's own paragraph text.
func isCommentList(n *html.Node, byP bool) bool {
	entries := outermostEntries(goquery.NewDocumentFromNode(n).FindMatcher(compiledSelector(commentEntrySelector)).Nodes)
	if len(entries) < 2 {
		return false
	}
	inEntries := 0
	for _, e := range entries {
		inEntries += paragraphTextLen(e, byP)
	}
	return 5*inEntries >= 4*paragraphTextLen(n, byP)
}

// outermostEntries drops the entries nested in another entry (replies).
func outermostEntries(nodes []*html.Node) []*html.Node {
	set := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		set[n] = true
	}
	var out []*html.Node
	for _, n := range nodes {
		if nearestEntry(n.Parent, set, nil) == nil {
			out = append(out, n)
		}
	}
	return out
}

// nearestEntry returns the closest ancestor-or-self of n in set, stopping at
// stop.
func nearestEntry(n *html.Node, set map[*html.Node]bool, stop *html.Node) *html.Node {
	for ; n != nil && n != stop; n = n.Parent {
		if set[n] {
			return n
		}
	}
	return nil
}

// Selectors for the parts of one comment, tried in order.
const (
	commentAuthorSelector = `.comment-author .fn, .comment-author cite, .vcard .fn, .fn, cite, [itemprop="author"] [itemprop="name"], ` +
		`[itemprop="author"], .comment-author-name, .comment_author, .dsq-commenter-name, .comment-author, .author-name, .author, .username, .user-name, .commenter`
	// The date's own element comes before the line or box that holds it
	// (`.comment-meta` may hold the author and the comment's words too).
	commentDateSelector = `time[datetime], [itemprop="dateCreated"], [itemprop="datePublished"], .comment-date, .comment_date, ` +
		`.comment-time, .comment-metadata, .comment-meta, .commentmetadata, .date, .timestamp`
	commentTextSelector = `.comment-content, .comment-text, .comment-body-text, [itemprop="text"], .comment-entry, ` +
		`.post-message, .comment-message, .comment_text, .dsq-comment-message`
)

// extractComments reads the comments inside section: author, date and text of
// each entry, replies included, in page order.
func extractComments(section *html.Node) []Comment {
	sel := goquery.NewDocumentFromNode(section).FindMatcher(compiledSelector(commentEntrySelector))
	if isEntry(section) {
		sel = sel.AddNodes(section)
	}
	nodes := sel.Nodes
	set := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		set[n] = true
	}
	// Page order: AddNodes appended section last, but it comes first.
	var ordered []*html.Node
	walk := func(n *html.Node) {
		if set[n] {
			ordered = append(ordered, n)
		}
	}
	walk(section)
	eachElement(section, func(n *html.Node) bool { walk(n); return true })

	var out []Comment
	for _, e := range ordered {
		own := ownElements(e, set)
		c := Comment{Text: commentText(e, own, set)}
		if c.Text == "" {
			continue
		}
		if a := firstOwnMatch(own, commentAuthorSelector); a != nil {
			c.Author = strings.TrimSuffix(collapseSpace(a.Text()), " says:")
		}
		if t := firstOwnMatch(own, commentDateSelector); t != nil {
			c.Published = firstNonBlank(t.AttrOr("datetime", ""), t.AttrOr("content", ""), collapseSpace(t.Text()))
		}
		out = append(out, c)
	}
	return out
}

// ownElements are the elements below entry e that are its own, not a
// reply's: every one but those inside another entry of set (a reply's
// element itself is e's). Found once for each entry, it spares running
// every part's selectors over the replies nested in it, which made a long
// threaded page's comments quadratic.
func ownElements(e *html.Node, set map[*html.Node]bool) []*html.Node {
	var own []*html.Node
	eachElement(e, func(n *html.Node) bool {
		own = append(own, n)
		return !set[n]
	})
	return own
}

// firstOwnMatch tries the selectors of a comma-separated list in order (a
// group selector would return matches in page order) and returns the first
// of own, in page order, that one matches.
func firstOwnMatch(own []*html.Node, list string) *goquery.Selection {
	for _, sel := range strings.Split(list, ",") {
		m := compiledSelector(strings.TrimSpace(sel))
		for _, n := range own {
			if m.Match(n) {
				return goquery.NewDocumentFromNode(n).Selection
			}
		}
	}
	return nil
}

func isEntry(n *html.Node) bool {
	return compiledSelector(commentEntrySelector).Match(n)
}

// commentText is the comment's own text: its content block, else its own
// paragraphs, else all of its own text.
func commentText(e *html.Node, own []*html.Node, set map[*html.Node]bool) string {
	paragraphs := func(s *goquery.Selection) string {
		var parts []string
		ps := s.FindMatcher(compiledSelector("p"))
		if ps.Length() == 0 {
			ps = s
		}
		ps.Each(func(_ int, p *goquery.Selection) {
			if t := collapseSpace(p.Text()); t != "" {
				parts = append(parts, t)
			}
		})
		return strings.Join(parts, "\n\n")
	}
	if body := firstOwnMatch(own, commentTextSelector); body != nil {
		return paragraphs(body)
	}
	var parts []string
	found := false
	for _, n := range own {
		if n.DataAtom == atom.P {
			found = true
			if t := collapseSpace(nodeText(n)); t != "" {
				parts = append(parts, t)
			}
		}
	}
	if found {
		return strings.Join(parts, "\n\n")
	}
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if set[c] {
				continue
			}
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
				b.WriteByte(' ')
			}
			visit(c)
		}
	}
	visit(e)
	return collapseSpace(b.String())
}

func firstNonBlank(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
