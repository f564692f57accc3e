package cleaner

import (
	"fmt"
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
}

// passes is the pipeline, in order. Adding or reordering a pass is one line.
var passes = []pass{
	{"metadata", extractMetadata},     // metadata.go: JSON-LD, OpenGraph, meta, <title>
	{"normalize", normalize},          // normalize.go: URLs, lazy images, scripts, forms, frames
	{"comments", removeComments},      // comments.go: comment sections and widgets
	{"wording", removeWording},        // wording.go: boilerplate wording by language
	{"furniture", removeFurniture},    // furniture.go: navigation, share bars, banners…
	{"content", selectContent},        // content.go: find the main content
	{"headline", removeRepeatedTitle}, // headline.go: the title once
	{"finish", finishMetadata},        // metadata.go: fallbacks that need the content
}

// Clean turns input (an HTML document, a clipboard HTML fragment, or plain
// text) into an Article. The errors it returns wrap ErrEmpty, ErrBinary,
// ErrTooLarge or ErrNoContent.
func Clean(input []byte, opts Options) (*Article, error) {
	d, err := parseInput(input, opts) // input.go
	if err != nil {
		return nil, err
	}
	for _, p := range passes {
		if err := p.run(d); err != nil {
			return nil, fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return render(d) // render.go: sanitize, then HTML, text and Markdown
}
