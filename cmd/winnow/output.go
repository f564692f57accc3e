package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"winnow/cleaner"
)

// emitter writes cleaned articles in input order: to standard output with a
// separator between them, or with -o one file each.
type emitter struct {
	format  outputFormat
	w       io.Writer
	files   *fileNamer // nil when printing to w
	printed int        // articles printed so far, for the separators
	broken  bool       // writing to w failed: nothing more can be printed
}

func newEmitter(cfg cleanConfig, stdout io.Writer) *emitter {
	e := &emitter{format: cfg.format, w: stdout}
	if cfg.outDir != "" {
		e.files = newFileNamer(cfg.outDir, cfg.inputs)
	}
	return e
}

// emit writes one input's article.
func (e *emitter) emit(input string, a *cleaner.Article) error {
	data, err := e.format.render(input, a)
	if err != nil {
		return err
	}
	if e.files != nil {
		path := e.files.next(input, a, e.format.ext)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
		return e.print([]byte(path + "\n")) // so scripts learn the names chosen
	}
	if e.printed > 0 && e.format.separator != "" {
		data = append([]byte(e.format.separator), data...)
	}
	e.printed++
	return e.print(data)
}

func (e *emitter) print(data []byte) error {
	if _, err := e.w.Write(data); err != nil {
		e.broken = true
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}

// fileNamer picks the file for each input under -o: a name derived from the
// input (see outputStem), the format's extension, and "-2", "-3"… when the
// name was already written in this run or is one of the inputs themselves.
type fileNamer struct {
	dir    string
	used   map[string]bool // lower-cased, for case-insensitive file systems
	inputs []os.FileInfo   // the input files, never to be overwritten
}

func newFileNamer(dir string, inputs []string) *fileNamer {
	n := &fileNamer{dir: dir, used: map[string]bool{}}
	for _, in := range inputs {
		if in == "-" || isURL(in) {
			continue
		}
		if fi, err := os.Stat(in); err == nil {
			n.inputs = append(n.inputs, fi)
		}
	}
	return n
}

func (n *fileNamer) next(input string, a *cleaner.Article, ext string) string {
	stem := outputStem(input, a)
	for i := 1; ; i++ {
		name := stem + ext
		if i > 1 {
			name = stem + "-" + strconv.Itoa(i) + ext
		}
		path := filepath.Join(n.dir, name)
		if n.used[strings.ToLower(name)] || n.isInput(path) {
			continue
		}
		n.used[strings.ToLower(name)] = true
		return path
	}
}

func (n *fileNamer) isInput(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, in := range n.inputs {
		if os.SameFile(fi, in) {
			return true
		}
	}
	return false
}

// outputStem is the file name, without extension, for an input's article:
// a file keeps its own name ("news/story.html" → "story"); standard input
// and URLs, whose names say little, take the article's title as a slug
// ("Rain Returns to the Valley" → "rain-returns-to-the-valley"), falling
// back to "stdin" or the URL's host and path.
func outputStem(input string, a *cleaner.Article) string {
	var stem string
	switch {
	case input == "-":
		stem = slugify(a.Title)
		if stem == "" {
			stem = "stdin"
		}
	case isURL(input):
		stem = slugify(a.Title)
		if stem == "" {
			if u, err := url.Parse(input); err == nil {
				stem = slugify(u.Host + u.Path)
			}
		}
	default:
		base := filepath.Base(input)
		stem = cleanFileName(strings.TrimSuffix(base, filepath.Ext(base)))
		if stem == "" {
			stem = slugify(a.Title)
		}
	}
	if stem == "" {
		stem = "article"
	}
	return stem
}

// maxStemRunes keeps derived names well under file systems' 255-byte limit.
const maxStemRunes = 80

// cleanFileName keeps letters, digits, '.', '_' and '-' of a file name and
// turns every other run of characters (spaces, slashes, quotes, control
// characters) into one '-'. Leading dots go, so no hidden file is made.
func cleanFileName(s string) string {
	return squeeze(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-'
	})
}

// slugify turns a title into a lower-case name of letters and digits joined
// by '-'. Apostrophes vanish rather than split a word ("Trump’s" → "trumps").
func slugify(title string) string {
	title = strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(title))
	return squeeze(title, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// squeeze keeps the runs of runes that keep accepts, joined by one '-',
// trims separators at both ends, and stops before the word that would pass
// maxStemRunes (cutting only a first word that is longer on its own).
func squeeze(s string, keep func(rune) bool) string {
	var b strings.Builder
	runes := 0
	for _, word := range strings.FieldsFunc(s, func(r rune) bool { return !keep(r) }) {
		word = strings.Trim(word, "-._")
		n := utf8.RuneCountInString(word)
		switch {
		case n == 0:
			continue
		case runes == 0 && n > maxStemRunes:
			return strings.Trim(string([]rune(word)[:maxStemRunes]), "-._")
		case runes > 0 && runes+1+n > maxStemRunes:
			return b.String()
		case runes > 0:
			b.WriteByte('-')
			runes++
		}
		b.WriteString(word)
		runes += n
	}
	return b.String()
}
