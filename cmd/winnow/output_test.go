package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"winnow/cleaner"
)

func TestOutputStem(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		input, title, want string
	}{
		{"news/story.html", "Ignored Title", "story"},
		{"/tmp/My Saved Page (2).htm", "", "My-Saved-Page-2"},
		{"archive.tar.gz", "", "archive.tar"},
		{".hidden.html", "", "hidden"},
		{"??.html", "Rain Returns to the Valley", "rain-returns-to-the-valley"},
		{"-", "Rain Returns to the Valley", "rain-returns-to-the-valley"},
		{"-", "Trump’s Directive: What We Know", "trumps-directive-what-we-know"},
		{"-", "", "stdin"},
		{"-", "!!!", "stdin"},
		{"-", "Éété à Zürich — 東京", "éété-à-zürich-東京"},
		{"https://example.com/2024/05/story.html?id=3", "Harbour Lights", "harbour-lights"},
		{"https://example.com/2024/05/story.html", "", "example-com-2024-05-story-html"},
		{"https://example.com/", "", "example-com"},
		{"-", long, strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
	}
	for _, tt := range tests {
		got := outputStem(tt.input, &cleaner.Article{Title: tt.title})
		if got != tt.want {
			t.Errorf("outputStem(%q, %q) = %q, want %q", tt.input, tt.title, got, tt.want)
		}
		if strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") || len([]rune(got)) > maxStemRunes {
			t.Errorf("outputStem(%q) = %q is not a safe file name", tt.input, got)
		}
	}
}

func TestFileNamer(t *testing.T) {
	dir := t.TempDir()
	input := writeFile(t, dir, "page.html", []byte("<p>x</p>"))
	n := newFileNamer(dir, []string{input, "-", "https://example.com/a"})
	steps := []struct {
		input, title, ext, want string
	}{
		{input, "", ".html", "page-2.html"}, // page.html is the input itself
		{input, "", ".txt", "page.txt"},
		{"other/page.html", "", ".txt", "page-2.txt"},
		{"other/PAGE.html", "", ".txt", "PAGE-3.txt"}, // case-insensitive file systems
		{"-", "A Title", ".txt", "a-title.txt"},
		{"https://example.com/a", "A Title", ".txt", "a-title-2.txt"},
	}
	for _, s := range steps {
		if got := n.next(s.input, &cleaner.Article{Title: s.title}, s.ext); got != filepath.Join(dir, s.want) {
			t.Errorf("next(%q, %q) = %q, want %q", s.input, s.ext, got, filepath.Join(dir, s.want))
		}
	}
	if _, err := os.Stat(input); err != nil {
		t.Error(err)
	}
}
