package cleaner

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Most blog themes print a post's meta line under its headline or after its
// last paragraph: who posted it, when, where it is filed, and how many
// comments it has, as parts set apart by "|" or "·" ("Posted by admin on
// August 9, 2012 in Uncategorized · 0 Comments", "1 Comment » | Published
// in Mid-century Modern, Sale"). Each part is metadata, or a link to the
// comments, which winnow keeps aside; the line is no sentence of the story.
// The content pass takes it out (rule content.post-meta), and the bylines
// pass reads its author and date as it reads a byline line's.

// postMetaSeparators set a meta line's parts apart.
var postMetaSeparators = []string{"|", "·", "•", "»", "«", " – ", " — "}

// maxPostMetaRunes is the longest meta line: past it, a line is a sentence,
// or holds more than the post's meta.
const maxPostMetaRunes = 160

// commentWordingRules are the wording table's rows (wording.go) that count
// a post's comments or link to them: "3 Comments", "Leave a comment".
var commentWordingRules = []string{"wording.comment-count", "wording.leave-a-reply", "wording.post-comment", "wording.comments-closed"}

// postMetaPatterns match, lower case, the parts the wording table has no
// phrase for: where a post is filed ("Published in Designer Interviews,
// furniture"), its author's other posts, counts ("no responses", "0
// recs"), and the post's own links ("Permalink", "RSS Feed").
var postMetaPatterns = sync.OnceValue(func() []postMetaPattern {
	few := `(\S+ ){0,7}\S+` // a few words: the places' names
	return []postMetaPattern{
		{postMetaComments, regexp.MustCompile(`^(\d+|no) (responses?|comments?|replies)( so far)?$`)},
		{postMetaPlace, regexp.MustCompile(`^(published|posted|filed|listed|categorized|categorised) (in|under):? ` + few + `$`)},
		{postMetaPlace, regexp.MustCompile(`^(categories|category|tags|tagged|topics|filed under):? ` + few + `$`)},
		{postMetaPlace, regexp.MustCompile(`^(publicado en|publicado em|publié dans|veröffentlicht in|pubblicato in|gepubliceerd in):? ` + few + `$`)},
		{postMetaPlace, regexp.MustCompile(`^(view|see) all posts by (\S+ ){0,3}\S+$`)},
		{postMetaPlace, regexp.MustCompile(`^\d+ (recs?|likes?|views?|shares?)$`)},
		// The post's own links beside them.
		{postMetaPlace, regexp.MustCompile(`^(rss( feed)?|permalink|print( this( post| article)?)?|e-?mail( this( post| article)?)?|edit( this( entry| post)?)?|trackback)$`)},
	}
})

// postMetaPattern is one row of postMetaPatterns: what a part it matches is.
type postMetaPattern struct {
	kind    postMetaPart
	pattern *regexp.Regexp
}

// postMetaPart is what marks a part of a line as the post's meta, in the
// order readsAsPostMeta ranks them; a part with no mark may still be a
// byline or a date (isBylinePart).
type postMetaPart uint8

const (
	notPostMeta      postMetaPart = iota
	postMetaPlace                 // where the post is filed, its author's other posts, a count
	postMetaComments              // the comments' count or link: a meta line even alone
)

// isPostMetaLine reports whether n, a short block, is a post's meta line.
func isPostMetaLine(n *html.Node, s *stat) bool {
	if s.text > maxPostMetaRunes || s.paras > 1 || n.DataAtom == atom.Pre || !startsBlock(n.Data) {
		return false // an inline element is a part of a line, judged with the line
	}
	text := nodeText(n)
	if s.text > maxOnePartRunes && !hasPostMetaSeparator(text) {
		return false // most short blocks: a line of one part is the comments' link, which is short
	}
	return readsAsPostMeta(text)
}

// maxOnePartRunes is the longest line of one part that isPostMetaLine
// reads: "No Comments Yet »", "Leave a comment", "Comments are closed.".
const maxOnePartRunes = 40

func hasPostMetaSeparator(text string) bool {
	for _, sep := range postMetaSeparators {
		if strings.Contains(text, sep) {
			return true
		}
	}
	return false
}

// readsAsPostMeta is isPostMetaLine's test of a line's text: every part is
// metadata, and one of them at least says where the post is filed or
// counts its comments; a line of one part must be the comments'. The
// parts that say so are looked for first, as they are quick to tell: most
// lines have none, and their parts are never read as bylines or dates.
func readsAsPostMeta(text string) bool {
	if !hasPostMetaSeparator(text) {
		return isCommentsPart(text) // most short lines, a heading's among them
	}
	text = collapseSpace(text)
	if utf8.RuneCountInString(text) > maxPostMetaRunes {
		return false
	}
	parts := []string{text}
	for _, sep := range postMetaSeparators {
		var split []string
		for _, p := range parts {
			split = append(split, strings.Split(p, sep)...)
		}
		parts = split
	}
	var kept []string // trimmed, and none empty: "0 comments | Add comment | 0 recs |"
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	kinds := make([]postMetaPart, len(kept))
	best := notPostMeta
	for i, p := range kept {
		kinds[i] = markerPart(p)
		best = max(best, kinds[i])
	}
	if !(best == postMetaComments || best == postMetaPlace && len(kept) > 1) {
		return false
	}
	for i, p := range kept {
		if kinds[i] == notPostMeta && !isBylinePart(p) {
			return false
		}
	}
	return true
}

// markerPart tells whether a part counts or links to the comments, or
// says where the post is filed (postMetaPatterns); else notPostMeta.
func markerPart(part string) postMetaPart {
	if isCommentsPart(part) {
		return postMetaComments
	}
	lower := strings.ToLower(strings.Trim(part, " .:!,;"))
	for _, p := range postMetaPatterns() {
		if p.pattern.MatchString(lower) {
			return p.kind
		}
	}
	return notPostMeta
}

// isCommentsPart reports whether a part counts or links to the comments,
// in the wording table's words.
func isCommentsPart(part string) bool {
	m, ok := wordingOf(part)
	return ok && slices.Contains(commentWordingRules, m.rule)
}

// isBylinePart reports whether a part is a byline or a date: "Posted by
// Becky", "August 9, 2012", or "Posted by admin on August 9, 2012 in
// Uncategorized", a byline and the category the post is in.
func isBylinePart(part string) bool {
	return readsAsByline(part) || readsAsDateline(part) || readsAsBylineInPlace(part)
}
