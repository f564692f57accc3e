package api

import (
	"net/http"
	"strings"

	"winnow/cleaner"
)

// format is one way of writing an Article: the whole contract as JSON, or
// one of its body fields.
type format struct {
	name        string
	contentType string
	body        func(*cleaner.Article) ([]byte, error)
	// removedHTML: the format carries the removed blocks' HTML, so the
	// cleaner must make it; the others spare that work.
	removedHTML bool
}

// formats are the values of ?format= and the JSON "format" field; the
// first is the default.
var formats = [...]format{
	{"json", "application/json; charset=utf-8", articleJSON, true},
	{"html", "text/html; charset=utf-8", func(a *cleaner.Article) ([]byte, error) { return []byte(a.HTML), nil }, false},
	{"text", "text/plain; charset=utf-8", func(a *cleaner.Article) ([]byte, error) { return []byte(a.Text), nil }, false},
	{"markdown", "text/markdown; charset=utf-8", func(a *cleaner.Article) ([]byte, error) { return []byte(a.Markdown), nil }, false},
}

// formatNamed finds a format by name; "" is the default.
func formatNamed(name string) (format, bool) {
	if name == "" {
		return formats[0], true
	}
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

func unknownFormat(name string) string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return "unknown format " + `"` + name + `"` + ": use " + strings.Join(names, ", ")
}

func articleJSON(a *cleaner.Article) ([]byte, error) {
	b, err := a.JSON()
	return append(b, '\n'), err
}

func (f format) write(w http.ResponseWriter, a *cleaner.Article) {
	body, err := f.body(a)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "writing the article: "+err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if f.name == "html" {
		// The body is already sanitized; this keeps it inert even if it
		// were not, since it is served from the page's own origin.
		w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'")
	}
	writeBody(w, http.StatusOK, f.contentType, body)
}
