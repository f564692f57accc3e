package cleaner

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

var markerPattern = regexp.MustCompile(`^r[0-9]+$`)

// render sanitizes the chosen content and the removed blocks and writes the
// HTML, text and Markdown. (Minimal first version; see issue 2, pass 9.)
func render(d *document) (*Article, error) {
	a := d.art
	a.InputKind = d.kind
	if d.content == nil || d.content.Length() == 0 {
		return nil, ErrNoContent
	}
	d.content.Find("winnow-marker").Remove()
	raw, _ := goquery.OuterHtml(d.content)
	a.HTML = sanitizeHTML(raw)
	a.Text = strings.TrimSpace(d.content.Text())
	if a.Text == "" {
		return nil, ErrNoContent
	}
	a.Removed = make([]Removal, 0, len(d.removals))
	for _, r := range d.removals {
		a.Removed = append(a.Removed, r.Removal)
	}
	a.Comments = append([]Comment{}, d.comments...)
	return a, nil
}
