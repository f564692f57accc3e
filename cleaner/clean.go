package cleaner

import (
	"fmt"
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
	if kind == "" || kind == KindText || err == nil && utf8.RuneCountInString(a.Text) >= shortArticle {
		return a, err // input errors, plain text, or a page of fair length
	}
	b, _, errGentle := cleanOnce(input, opts, true)
	if errGentle == nil && (err != nil || utf8.RuneCountInString(b.Text) > utf8.RuneCountInString(a.Text)) {
		return b, nil
	}
	return a, err
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
