package main

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"

	"winnow/cleaner"
)

// outputFormat is one value of -format: how an Article is written, the
// extension of its files under -o, and what stands between two articles on
// standard output.
type outputFormat struct {
	name      string
	ext       string
	separator string // printed between articles; "" for none
	render    func(source string, a *cleaner.Article) ([]byte, error)
	// removedHTML: the format writes the removed blocks' HTML, so the
	// cleaner must make it (the others skip that work).
	removedHTML bool
}

// outputFormats is every -format, in the order the help lists them. The
// separators are native to each format, so that concatenated output stays a
// valid text, Markdown or HTML file: a rule line, a thematic break, an <hr>.
var outputFormats = []outputFormat{
	{name: "text", ext: ".txt", separator: "\n" + strings.Repeat("─", 40) + "\n\n", render: renderText},
	{name: "html", ext: ".html", separator: "\n<hr>\n\n", render: renderHTML},
	{name: "markdown", ext: ".md", separator: "\n---\n\n", render: renderMarkdown},
	{name: "json", ext: ".json", render: renderJSON, removedHTML: true}, // one object per line needs no separator
}

func lookupFormat(name string) (outputFormat, bool) {
	for _, f := range outputFormats {
		if f.name == name {
			return f, true
		}
	}
	return outputFormat{}, false
}

// renderText writes the title, a blank line, and the body as plain text.
func renderText(_ string, a *cleaner.Article) ([]byte, error) {
	return joinTitled(collapseSpace(a.Title), a.Text), nil
}

// renderHTML writes an <h1> with the escaped title, then the article's
// sanitized HTML: a fragment to embed, not a complete document.
func renderHTML(_ string, a *cleaner.Article) ([]byte, error) {
	var title string
	if t := collapseSpace(a.Title); t != "" {
		title = "<h1>" + html.EscapeString(t) + "</h1>"
	}
	return joinTitled(title, a.HTML), nil
}

// renderMarkdown writes "# title", a blank line, and the body in Markdown.
func renderMarkdown(_ string, a *cleaner.Article) ([]byte, error) {
	var title string
	if t := collapseSpace(a.Title); t != "" {
		title = "# " + escapeMarkdown(t)
	}
	return joinTitled(title, a.Markdown), nil
}

// sourcedArticle is the JSON line of one input: the Article contract plus
// the input's name as given on the command line.
type sourcedArticle struct {
	Source string `json:"source"`
	*cleaner.Article
}

// renderJSON writes the Article as one compact JSON object on one line.
func renderJSON(source string, a *cleaner.Article) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // keep "<p>" readable; the line is not embedded in HTML
	if err := enc.Encode(sourcedArticle{Source: source, Article: a}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// joinTitled writes title, a blank line, and body, ending in one newline; an
// empty title is left out with its blank line.
func joinTitled(title, body string) []byte {
	body = strings.Trim(body, "\r\n")
	switch {
	case title == "":
		return []byte(body + "\n")
	case body == "":
		return []byte(title + "\n")
	}
	return []byte(title + "\n\n" + body + "\n")
}

// markdownSpecial holds the characters that would make a title's text turn
// into markup (emphasis, links, code, raw HTML, a closing "#" sequence) in
// a heading.
const markdownSpecial = "\\`*_[]<>#"

// escapeMarkdown backslash-escapes the characters of markdownSpecial, which
// CommonMark allows for any ASCII punctuation.
func escapeMarkdown(s string) string {
	if !strings.ContainsAny(s, markdownSpecial) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(markdownSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// collapseSpace trims s and folds every run of white space into one space,
// so a title always stays on one line.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
