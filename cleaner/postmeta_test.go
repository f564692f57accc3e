package cleaner

import (
	"strings"
	"testing"
)

func TestReadsAsPostMeta(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Posted by admin on August 9, 2012 in Uncategorized · 0 Comments", true},
		{"August 9, 2012 · 13 Comments", true},
		{"1 Comment » | Published in Mid-century Modern, Sale, furniture | 1 Comment", true},
		{"Leave a comment! | Published in Designer Interviews, furniture", true},
		{"Posted by Becky | View all posts by Becky", true},
		{"0 comments | Add comment | 0 recs |", true},
		{"Posted by admin in Auto Blog on Aug 9th, 2012 | no responses", true},
		{"Posted in Fuel Economy, New Trucks | Post a Comment | RSS Feed", true},
		{"Published: November 4th, 2012 | Tags: Million Fan Salute, Salute to Service", true},
		{"53 Comments »", true},        // the comments' link alone is one
		{"Comments (0)", true},         // in the wording table's words
		{"12 commentaires", true},      // in any of its languages
		{"Posted by Becky", false},     // a byline alone: the byline rules' to judge
		{"August 9, 2012", false},      // a date alone: the date line's
		{"Published in Nature", false}, // one place alone, no comments: maybe a citation
		{"Tags: honey, bees", false},
		{"Readers left 53 comments on the first post, most of them kind.", false},
		{"The council will publish the comments | and the answers in May", false},
		{"Posted in Uncategorized | The bees came back in May, and the keepers with them.", false},
		{"", false},
		{strings.Repeat("1 Comment | ", 20), false}, // too long for a meta line
	}
	for _, tt := range tests {
		if got := readsAsPostMeta(tt.line); got != tt.want {
			t.Errorf("readsAsPostMeta(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestPostMetaLine runs the pipeline on a post whose theme prints its meta
// line under the headline and a comments link after the story: both go,
// the line's author and date become the Article's, the story stays whole.
func TestPostMetaLine(t *testing.T) {
	story := harbourStory
	page := `<!doctype html><html lang="en"><head><title>The Harbour Wall</title></head><body><div class="post"><h1>The Harbour Wall</h1>` +
		`<div class="meta">Posted by <a href="/author/ana">Ana Ruiz</a> on March 5, 2024 in <a href="/c/news">News</a> · <a href="#comments">3 Comments</a></div>` +
		story + `<p><a href="#comments">3 Comments »</a> | <a href="/c/news">Filed under News</a></p></div></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Posted by", "3 Comments", "Filed under"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("the text keeps %q:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"The harbour wall was finished", "gentler than anyone can remember it"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("the text lost %q:\n%s", kept, a.Text)
		}
	}
	if a.Byline != "Ana Ruiz" || a.Published != "2024-03-05" {
		t.Errorf("Byline %q, Published %q; want Ana Ruiz, 2024-03-05 from the meta line", a.Byline, a.Published)
	}
	rules := map[string]int{}
	for _, r := range a.Removed {
		rules[r.Rule]++
	}
	// The line under the headline has a byline's class ("meta"), and goes
	// as one; the line after the story by its parts.
	if rules["content.post-meta"] != 1 || rules["content.byline"] != 1 {
		t.Errorf("removed %v; want a content.byline and a content.post-meta", rules)
	}
}
