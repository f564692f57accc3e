package main

import (
	"strings"
	"testing"

	"winnow/cleaner"
)

func TestRenderFormats(t *testing.T) {
	article := &cleaner.Article{
		Title:    "Fish & Chips <Reviewed>\n  by *us*",
		HTML:     "<p>Crisp &amp; hot.</p>\n",
		Text:     "Crisp & hot.\n\nWorth the queue.\n",
		Markdown: "Crisp & hot.\n\nWorth the queue.",
	}
	untitled := &cleaner.Article{HTML: "<p>Only a body.</p>", Text: "Only a body.", Markdown: "Only a body."}
	tests := []struct {
		format string
		a      *cleaner.Article
		want   string
	}{
		{"text", article, "Fish & Chips <Reviewed> by *us*\n\nCrisp & hot.\n\nWorth the queue.\n"},
		{"html", article, "<h1>Fish &amp; Chips &lt;Reviewed&gt; by *us*</h1>\n\n<p>Crisp &amp; hot.</p>\n"},
		{"markdown", article, "# Fish & Chips \\<Reviewed\\> by \\*us\\*\n\nCrisp & hot.\n\nWorth the queue.\n"},
		{"text", untitled, "Only a body.\n"},
		{"html", untitled, "<p>Only a body.</p>\n"},
		{"markdown", untitled, "Only a body.\n"},
		{"text", &cleaner.Article{Title: "Just a title"}, "Just a title\n"},
	}
	for _, tt := range tests {
		f, ok := lookupFormat(tt.format)
		if !ok {
			t.Fatalf("no format %q", tt.format)
		}
		got, err := f.render("page.html", tt.a)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s of %q: got %q (%v), want %q", tt.format, tt.a.Title, got, err, tt.want)
		}
	}
}

func TestRenderJSON(t *testing.T) {
	a := &cleaner.Article{Title: "Line\nbreak", HTML: "<p>a & b</p>", Removed: []cleaner.Removal{{Rule: "comments.wordpress"}}}
	got, err := renderJSON("https://example.com/x", a)
	if err != nil {
		t.Fatal(err)
	}
	line := string(got)
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "}\n") {
		t.Errorf("want one compact line, got %q", line)
	}
	for _, want := range []string{`{"source":"https://example.com/x","title":"Line\nbreak",`, `"html":"<p>a & b</p>"`, `"rule":"comments.wordpress"`} {
		if !strings.Contains(line, want) {
			t.Errorf("JSON lacks %s:\n%s", want, line)
		}
	}
	d := decodeLine(t, strings.TrimSuffix(line, "\n"))
	if d.Source != "https://example.com/x" || d.Title != a.Title || len(d.Removed) != 1 {
		t.Errorf("round trip lost fields: %+v", d)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"C# in 2024", "C\\# in 2024"},
		{"snake_case and *stars*", "snake\\_case and \\*stars\\*"},
		{"[link](x) `code` <b>", "\\[link\\](x) \\`code\\` \\<b\\>"},
		{`back\slash`, `back\\slash`},
		{"Café – “quoted”", "Café – “quoted”"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSeparatorsAreLines(t *testing.T) {
	for _, f := range outputFormats {
		if f.name == "json" {
			if f.separator != "" {
				t.Errorf("json lines need no separator, got %q", f.separator)
			}
			continue
		}
		// Each separator stands on its own line with a blank line after it, so
		// it never runs into an article's last or first line.
		if !strings.HasPrefix(f.separator, "\n") || !strings.HasSuffix(f.separator, "\n\n") || strings.TrimSpace(f.separator) == "" {
			t.Errorf("%s separator %q is not a line of its own", f.name, f.separator)
		}
	}
}
