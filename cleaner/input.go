package cleaner

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// parseInput detects what kind of input this is, decodes it, and parses it
// into the shared document. (Minimal first version; see issue 2.)
func parseInput(input []byte, opts Options) (*document, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if len(input) > limit {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d bytes", ErrTooLarge, len(input), limit)
	}
	if len(bytes.TrimSpace(input)) == 0 {
		return nil, ErrEmpty
	}
	d := &document{opts: opts, art: &Article{}}
	src := string(input)
	switch {
	case looksLikeDocument(src):
		d.kind = KindDocument
	case strings.Contains(src, "<") && strings.Contains(src, ">"):
		d.kind = KindFragment
	default:
		d.kind = KindText
		src = textToHTML(src)
	}
	dom, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return nil, err
	}
	d.dom = dom
	if err := enforceLimits(d); err != nil { // limits.go
		return nil, err
	}
	return d, nil
}

func looksLikeDocument(s string) bool {
	head := strings.ToLower(s[:min(len(s), 2048)])
	return strings.Contains(head, "<!doctype") || strings.Contains(head, "<html")
}

// textToHTML turns pasted plain text into paragraphs: blocks are separated
// by blank lines.
func textToHTML(s string) string {
	var b strings.Builder
	for _, block := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		block = strings.TrimSpace(block)
		if block == "" {
			continue
		}
		b.WriteString("<p>" + html.EscapeString(block) + "</p>\n")
	}
	return b.String()
}
