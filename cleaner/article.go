package cleaner

import "golang.org/x/net/html"

// Article is the one contract between the cleaner and every door: the CLI,
// the web page (through the wasm bridge), and the HTTP endpoint all emit it
// unchanged as JSON.
type Article struct {
	Title          string `json:"title"`
	Byline         string `json:"byline"`
	SiteName       string `json:"siteName"`
	Published      string `json:"published"` // RFC 3339 where known
	Lang           string `json:"lang"`
	Dir            string `json:"dir"` // "ltr" or "rtl"
	Excerpt        string `json:"excerpt"`
	Image          string `json:"image"` // lead image URL
	URL            string `json:"url"`   // the base URL the article was resolved against
	WordCount      int    `json:"wordCount"`
	ReadingMinutes int    `json:"readingMinutes"`
	InputKind      string `json:"inputKind"` // "document", "fragment" or "text"

	// HTML is the article body without the title, sanitized by the reading
	// policy. Text is the same body as plain text, blocks separated by one
	// blank line. Markdown is the body in CommonMark.
	HTML     string `json:"html"`
	Text     string `json:"text"`
	Markdown string `json:"markdown"`

	Removed  []Removal `json:"removed"`
	Comments []Comment `json:"comments"`

	// deferred holds the removed blocks whose HTML Options.SkipRemovedHTML
	// left unwritten, for RemovalHTML.
	deferred []deferredRemoval
	// storyMarked: the content was chosen inside the page's own mark of
	// its story (document.storyMarked), for Clean to weigh a second attempt.
	storyMarked bool
	// storyCopied: the content held a copy of its story that the page
	// hides (document.storyCopied): the page shows that story, however
	// short, and a second attempt finds no other.
	storyCopied bool
}

// deferredRemoval is a removed block kept aside to be written out on demand.
type deferredRemoval struct {
	index int // in Removed
	node  *html.Node
	mark  bool // Options.MarkRemoved
}

// RemovalHTML returns the sanitized HTML of the removed block id: its
// Removal.HTML, or, when Options.SkipRemovedHTML left that empty, the same
// HTML written now (and kept in Removal.HTML). ok is false when there is no
// such block. A door that shows removed blocks only when the reader asks
// (the web page) cleans with SkipRemovedHTML and calls this then: most
// removed blocks are never looked at, and writing them all out is a sixth
// of a clean. Not safe for concurrent use.
func (a *Article) RemovalHTML(id string) (html string, ok bool) {
	for i, d := range a.deferred {
		if r := &a.Removed[d.index]; r.ID == id {
			r.HTML = removalHTML(d.node, d.mark)
			a.deferred = append(a.deferred[:i], a.deferred[i+1:]...)
			return r.HTML, true
		}
	}
	for _, r := range a.Removed {
		if r.ID == id {
			return r.HTML, true
		}
	}
	return "", false
}

// Removal records one block taken out of the page, so a reader can see why
// and put it back.
type Removal struct {
	ID     string `json:"id"`     // "r1", "r2", …; matches data-winnow-removed markers
	Rule   string `json:"rule"`   // the rule's stable name, e.g. "comments.wordpress"
	Reason string `json:"reason"` // a sentence for people
	Text   string `json:"text"`   // the first 200 characters of its text
	HTML   string `json:"html"`   // the block itself, sanitized (may be cut at a limit)
	// InArticle is true when the block stood inside the kept article; with
	// Options.MarkRemoved a marker shows where.
	InArticle bool `json:"inArticle"`
}

// Comment is one reader comment found on the page and kept apart from the
// article.
type Comment struct {
	Author    string `json:"author"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// Input kinds, as reported in Article.InputKind.
const (
	KindDocument = "document"
	KindFragment = "fragment"
	KindText     = "text"
)

// JSON is the Article as the doors send it: one compact JSON object, with
// '<', '>' and '&' written as themselves rather than as \u003c escapes. The
// escapes only matter for JSON pasted into an HTML page; every door sends
// this as application/json (or hands it to JSON.parse), and written out
// they would make the HTML-heavy fields a third longer and slower to encode
// and to parse.
func (a *Article) JSON() ([]byte, error) {
	size := 512 + len(a.HTML) + len(a.Text) + len(a.Markdown)
	for _, r := range a.Removed {
		size += 64 + len(r.Text) + len(r.HTML)
	}
	for _, c := range a.Comments {
		size += 64 + len(c.Text)
	}
	return appendArticleJSON(make([]byte, 0, size+size/16), a), nil
}
