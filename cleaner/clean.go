package cleaner

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Options tune Clean. The zero value is the sensible default.
type Options struct {
	// BaseURL resolves relative links and images. When empty, the page's
	// <base>, canonical link or og:url is used.
	BaseURL string
	// DropImages removes every image, so that showing the article makes no
	// request to the article's site.
	DropImages bool
	// MarkRemoved leaves an empty <span data-winnow-removed="rN"> in HTML
	// where each removed block stood inside the article, so a reader can see
	// removals in place and restore them.
	MarkRemoved bool
	// SkipRemovedHTML leaves Removal.HTML empty; the records themselves
	// (rule, reason, text) stay, and Article.RemovalHTML writes a block's
	// HTML when it is asked for. For doors that show only the article (text,
	// Markdown, HTML output) or show a removed block only when the reader
	// asks: sanitizing every removed block is a sixth of the work on a
	// typical page, wasted when nobody looks at them.
	SkipRemovedHTML bool
	// MaxBytes caps the input size; 0 means DefaultMaxBytes.
	MaxBytes int
	// ContentType is the input's media type when a door knows it (an HTTP
	// Content-Type header such as "text/html; charset=iso-8859-1"); its
	// charset is used to decode the input when there is no BOM.
	ContentType string
}

// DefaultMaxBytes is the input cap when Options.MaxBytes is 0: 20 MB, the
// CLI's and the web page's limit. The HTTP endpoint sets its own, smaller one.
const DefaultMaxBytes = 20 << 20

// pass is one named step of the pipeline over the shared document.
type pass struct {
	name string
	run  func(*document) error
	// bold passes judge blocks by class names and ids. On an odd page they
	// can take the story along with the furniture, so when the first
	// attempt finds too little, the second runs without them.
	bold bool
}

// passes is the pipeline, in order. Adding or reordering a pass is one line.
var passes = []pass{
	{"metadata", extractMetadata, false},     // metadata.go: JSON-LD, OpenGraph, meta, <title>
	{"normalize", normalize, false},          // normalize.go: URLs, lazy images, scripts, forms, frames
	{"comments", removeComments, false},      // comments.go: comment sections and widgets
	{"wording", removeWording, false},        // wording.go: boilerplate wording by language
	{"furniture", removeFurniture, true},     // furniture.go: navigation, share bars, banners…
	{"content", selectContent, false},        // content.go: find the main content
	{"headline", removeRepeatedTitle, false}, // headline.go: the title once
	{"bylines", readBylines, false},          // bylines.go: author and date from byline lines, the post's header, the address; comments' bylines and dates
	{"finish", finishMetadata, false},        // metadata.go: fallbacks that need the content
}

// shortArticle is the length, in runes of text, under which a page's first
// attempt is doubted and a gentler second attempt is made.
const shortArticle = 500

// Clean turns input (an HTML document, a clipboard HTML fragment, or plain
// text) into an Article. The errors it returns wrap ErrEmpty, ErrBinary,
// ErrTooLarge or ErrNoContent.
func Clean(input []byte, opts Options) (*Article, error) {
	a, kind, err := cleanOnce(input, opts, false)
	if kind == "" || kind == KindText || err == nil && (hasRunes(a.Text, shortArticle) || a.storyCopied) {
		return a, err // input errors, plain text, a page of fair length, or a story the page keeps two copies of
	}
	b, _, errGentle := cleanOnce(input, opts, true)
	if errGentle == nil && (err != nil || findsLostStory(a.Text, b.Text, a.storyMarked)) {
		return b, nil
	}
	return a, err
}

// findsLostStory reports whether the gentler attempt's text, gentle, holds
// a story that the first attempt's, first, lost to the class names: a
// paragraph of its own of at least longParagraph runes, or new paragraphs
// that come to more than twice first, unless the first attempt's content
// lay inside the page's own mark of its story (marked), which a run of
// short lines does not outweigh. Without the bold passes the gentler
// attempt always keeps more, and on a short page that is mostly furniture:
// a book's keyboard help, its menu's title, a trackback's lines. Those add
// a few short lines, which the first attempt was right to leave out.
func findsLostStory(first, gentle string, marked bool) bool {
	if utf8.RuneCountInString(gentle) <= utf8.RuneCountInString(first) {
		return false
	}
	had := map[string]bool{}
	for p := range strings.SplitSeq(first, "\n") {
		had[strings.TrimSpace(p)] = true
	}
	added := 0
	for p := range strings.SplitSeq(gentle, "\n") {
		p = strings.TrimSpace(p)
		if p == "" || had[p] {
			continue
		}
		n := utf8.RuneCountInString(p)
		if n >= longParagraph {
			return true
		}
		added += n
	}
	return !marked && added > 2*utf8.RuneCountInString(first)
}

// longParagraph is the length, in runes, from which a paragraph reads as a
// piece of a story (findsLostStory, holdsLongParagraph): furniture's lines,
// a help pop-up's, a menu's, a label's, are shorter.
const longParagraph = 150

// hasRunes reports whether s has at least n runes, without counting
// those of a long article: a rune takes at most utf8.UTFMax bytes.
func hasRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return false
	case len(s) >= n*utf8.UTFMax:
		return true
	}
	return utf8.RuneCountInString(s) >= n
}

// cleanOnce runs the pipeline once; gentle leaves out the bold passes. It
// also returns the input's kind, "" when the input itself was refused.
func cleanOnce(input []byte, opts Options, gentle bool) (*Article, string, error) {
	d, err := parseInput(input, opts) // input.go
	if err != nil {
		return nil, "", err
	}
	d.gentle = gentle
	for _, p := range passes {
		if gentle && p.bold {
			continue
		}
		if err := p.run(d); err != nil {
			return nil, d.kind, fmt.Errorf("%s: %w", p.name, err)
		}
	}
	a, err := render(d) // render.go: sanitize, then HTML, text and Markdown
	return a, d.kind, err
}
