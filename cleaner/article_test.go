package cleaner

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// Article.JSON reads back as the same Article, keeps markup unescaped and
// ends without a line feed.
func TestArticleJSON(t *testing.T) {
	a := &Article{
		Title: "Fish & chips <3", HTML: `<p>A <a href="https://e.com/?a=1&amp;b=2">link</a></p>`,
		Text: "A link", Removed: []Removal{{ID: "r1", Rule: "comments.wordpress", HTML: "<ol><li>x</li></ol>"}},
		Comments: []Comment{}, WordCount: 2, ReadingMinutes: 1,
	}
	b, err := a.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, escaped := range []string{`\u003c`, `\u003e`, `\u0026`} {
		if bytes.Contains(b, []byte(escaped)) {
			t.Errorf("JSON holds %s: %s", escaped, b)
		}
	}
	if bytes.HasSuffix(b, []byte("\n")) {
		t.Error("JSON ends in a line feed")
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, a) {
		t.Errorf("read back %+v, want %+v", back, *a)
	}
}
