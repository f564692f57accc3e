package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"winnow/cleaner"
)

// The fixtures' headlines, as the cleaner should report them.
const (
	harbourTitle = "Harbour Lights Return to Port Ellery"
	orchardTitle = "The Orchard That Outlived Its Town"
	notesTitle   = "A Quiet Week at the Lighthouse Museum"
)

var (
	harbourFile = filepath.Join("testdata", "harbour.html")
	orchardFile = filepath.Join("testdata", "orchard.html")
	notesFile   = filepath.Join("testdata", "notes.txt")
)

// cliRun is what one in-process run of the command produced.
type cliRun struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command as main would, with stdin as standard input.
func runCLI(t *testing.T, stdin string, args ...string) cliRun {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return cliRun{code, stdout.String(), stderr.String()}
}

func readFixture(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// latin1 encodes s, which must hold only runes below 256, as ISO-8859-1.
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

const latin1Page = `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Le café du port</title></head>
<body><article><h1>Le café du port</h1>
<p>Le café est très bon, déjà célèbre à l'été, et la terrasse donne sur les bateaux qui rentrent le soir.</p>
<p>Le patron, né à Sète, sert aussi une soupe de poissons que les pêcheurs viennent goûter après la marée.</p>
</article></body></html>`

// pngBytes is the start of a PNG file: what a reader gets by pointing winnow
// at an image by mistake.
var pngBytes = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"),
	make([]byte, 512)...)

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCleanCommand(t *testing.T) {
	dir := t.TempDir()
	emptyFile := writeFile(t, dir, "empty.html", nil)
	binaryFile := writeFile(t, dir, "photo.png", pngBytes)
	latin1File := writeFile(t, dir, "cafe.html", latin1(latin1Page))
	missingFile := filepath.Join(dir, "missing.html")
	harbour := readFixture(t, harbourFile)
	orchard := readFixture(t, orchardFile)
	harbourSize := strconv.Itoa(len(harbour))

	tests := []struct {
		name        string
		stdin       string
		args        []string
		code        int
		prefix      string   // stdout starts with it
		stdout      []string // stdout contains each
		notStdout   []string // stdout contains none
		stderr      []string // stderr contains each; when nil, stderr must be empty
		emptyStdout bool     // stdout must be empty
	}{
		{name: "file", args: []string{harbourFile}, prefix: harbourTitle + "\n\n",
			stdout: []string{"eleven dark winters", "one bolt at a time"}},
		{name: "plain text file", args: []string{notesFile}, prefix: notesTitle + "\n\n",
			stdout: []string{"spiral stair"}},
		{name: "no argument reads stdin", stdin: orchard, prefix: orchardTitle + "\n\n",
			stdout: []string{"varieties no nursery sells"}},
		{name: "dash reads stdin", stdin: orchard, args: []string{"-"}, prefix: orchardTitle + "\n\n"},
		{name: "clean subcommand", stdin: orchard, args: []string{"clean", "-"}, prefix: orchardTitle + "\n\n"},
		{name: "flags after the input", args: []string{harbourFile, "-format", "markdown"},
			prefix: "# " + harbourTitle + "\n\n"},
		{name: "after -- a dash-name is an input", args: []string{"--", "-format"}, code: 1,
			stderr: []string{"winnow: -format: ", "no such file"}, emptyStdout: true},
		{name: "latin-1 file is decoded", args: []string{latin1File}, prefix: "Le café du port\n\n",
			stdout: []string{"Le café est très bon, déjà célèbre à l'été", "né à Sète"}, notStdout: []string{"\uFFFD", "Ã©"}},
		{name: "empty stdin", code: 1, stderr: []string{"winnow: -: empty input"}, emptyStdout: true},
		{name: "blank stdin", stdin: " \n\n\t\n", code: 1, stderr: []string{"winnow: -: empty input"}, emptyStdout: true},
		{name: "empty file", args: []string{emptyFile}, code: 1,
			stderr: []string{"winnow: " + emptyFile + ": empty input"}, emptyStdout: true},
		{name: "binary file", args: []string{binaryFile}, code: 1,
			stderr: []string{"winnow: " + binaryFile + ": ", "binary"}, emptyStdout: true},
		{name: "missing file", args: []string{missingFile}, code: 1,
			stderr: []string{"winnow: " + missingFile + ": ", "no such file"}, emptyStdout: true},
		{name: "a failure does not stop the others", args: []string{harbourFile, missingFile, orchardFile}, code: 1,
			prefix: harbourTitle + "\n\n", stdout: []string{orchardTitle + "\n\n"},
			stderr: []string{"winnow: " + missingFile + ": "}},
		{name: "file over -max-bytes", args: []string{"-max-bytes", "100", harbourFile}, code: 1,
			stderr: []string{"winnow: " + harbourFile + ": ", "input too large", "100 bytes", "-max-bytes"}, emptyStdout: true},
		{name: "stdin over -max-bytes", stdin: harbour, args: []string{"-max-bytes", "100"}, code: 1,
			stderr: []string{"winnow: -: ", "100 bytes", "-max-bytes"}, emptyStdout: true},
		{name: "file exactly at -max-bytes", args: []string{"-max-bytes", harbourSize, harbourFile},
			prefix: harbourTitle + "\n\n"},
		{name: "-url resolves relative links", args: []string{"-format", "html", "-url", "https://example.com/news/", harbourFile},
			stdout: []string{`href="https://example.com/news/notice.html"`, `src="https://example.com/news/lanterns.jpg"`}},
		{name: "images are kept by default", args: []string{"-format", "html", harbourFile},
			stdout: []string{"<img", "lanterns.jpg"}},
		{name: "-drop-images", args: []string{"-format", "html", "-drop-images", harbourFile},
			stdout: []string{"one bolt at a time"}, notStdout: []string{"<img", "lanterns.jpg"}},
		{name: "unknown flag", args: []string{"-bogus", harbourFile}, code: 2,
			stderr: []string{"winnow: ", "-bogus", "winnow -h"}, emptyStdout: true},
		{name: "unknown format", args: []string{"-format", "pdf", harbourFile}, code: 2,
			stderr: []string{`-format "pdf"`, "text, html, markdown or json"}, emptyStdout: true},
		{name: "relative -url", args: []string{"-url", "example.com/news", harbourFile}, code: 2,
			stderr: []string{"-url", "absolute"}, emptyStdout: true},
		{name: "zero -max-bytes", args: []string{"-max-bytes", "0", harbourFile}, code: 2,
			stderr: []string{"-max-bytes"}, emptyStdout: true},
		{name: "stdin twice", args: []string{"-", "-"}, code: 2, stderr: []string{"only once"}, emptyStdout: true},
		{name: "unfetchable scheme", args: []string{"ftp://example.com/story.html"}, code: 1,
			stderr: []string{"winnow: ftp://example.com/story.html: ", "http"}, emptyStdout: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(t, tt.stdin, tt.args...)
			if got.code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", got.code, tt.code, got.stderr)
			}
			if !strings.HasPrefix(got.stdout, tt.prefix) {
				t.Errorf("stdout does not start with %q:\n%s", tt.prefix, clip(got.stdout))
			}
			for _, want := range tt.stdout {
				if !strings.Contains(got.stdout, want) {
					t.Errorf("stdout lacks %q:\n%s", want, clip(got.stdout))
				}
			}
			for _, bad := range tt.notStdout {
				if strings.Contains(got.stdout, bad) {
					t.Errorf("stdout has %q:\n%s", bad, clip(got.stdout))
				}
			}
			if tt.emptyStdout && got.stdout != "" {
				t.Errorf("stdout should be empty:\n%s", clip(got.stdout))
			}
			if tt.stderr == nil && got.stderr != "" {
				t.Errorf("unexpected stderr:\n%s", got.stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(got.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, got.stderr)
				}
			}
			if !utf8.ValidString(got.stdout) {
				t.Error("stdout is not valid UTF-8")
			}
		})
	}
}

// clip shortens output for a failure message.
func clip(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "…"
	}
	return s
}

func TestCleanFormats(t *testing.T) {
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"text", func(t *testing.T, out string) {
			mustPrefix(t, out, harbourTitle+"\n\nAfter eleven dark winters")
			mustContain(t, out, "After eleven dark winters", "a retired welder named Agnes Morrow")
			mustNotContain(t, out, "<p>", "<h1>")
		}},
		{"markdown", func(t *testing.T, out string) {
			mustPrefix(t, out, "# "+harbourTitle+"\n\n")
			mustContain(t, out, "After eleven dark winters", "[official notice](")
			mustNotContain(t, out, "<p>")
		}},
		{"html", func(t *testing.T, out string) {
			mustPrefix(t, out, "<h1>"+harbourTitle+"</h1>\n")
			mustContain(t, out, "<p>", "After eleven dark winters", `alt="The restored lanterns on the breakwater"`)
			mustNotContain(t, out, "<html", "<body", "<nav")
		}},
		{"json", func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 1 {
				t.Fatalf("want one JSON line, got %d:\n%s", len(lines), clip(out))
			}
			a := decodeLine(t, lines[0])
			if a.Source != harbourFile {
				t.Errorf("source %q, want %q", a.Source, harbourFile)
			}
			if a.Title != harbourTitle {
				t.Errorf("title %q, want %q", a.Title, harbourTitle)
			}
			if a.InputKind != cleaner.KindDocument {
				t.Errorf("inputKind %q, want %q", a.InputKind, cleaner.KindDocument)
			}
			if !strings.Contains(a.Text, "After eleven dark winters") || !strings.Contains(a.HTML, "<p>") {
				t.Errorf("text or html lacks the article: %+v", a.Article)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got := runCLI(t, "", "-format", tt.format, harbourFile)
			if got.code != 0 || got.stderr != "" {
				t.Fatalf("exit %d, stderr:\n%s", got.code, got.stderr)
			}
			if !strings.HasSuffix(got.stdout, "\n") || strings.HasSuffix(got.stdout, "\n\n") {
				t.Errorf("output should end in exactly one newline: %q", got.stdout[max(0, len(got.stdout)-40):])
			}
			tt.check(t, got.stdout)
		})
	}
}

func TestCleanSeveralInputs(t *testing.T) {
	notes := readFixture(t, notesFile)
	inputs := []string{harbourFile, orchardFile, "-", harbourFile, notesFile, orchardFile}
	titles := []string{harbourTitle, orchardTitle, notesTitle, harbourTitle, notesTitle, orchardTitle}

	for _, format := range outputFormats {
		t.Run(format.name, func(t *testing.T) {
			got := runCLI(t, notes, append([]string{"-format", format.name}, inputs...)...)
			if got.code != 0 || got.stderr != "" {
				t.Fatalf("exit %d, stderr:\n%s", got.code, got.stderr)
			}
			if format.name == "json" {
				lines := strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n")
				if len(lines) != len(inputs) {
					t.Fatalf("%d JSON lines, want %d", len(lines), len(inputs))
				}
				for i, line := range lines {
					a := decodeLine(t, line)
					if a.Source != inputs[i] || a.Title != titles[i] {
						t.Errorf("line %d: source %q title %q, want %q %q", i, a.Source, a.Title, inputs[i], titles[i])
					}
				}
				return
			}
			parts := strings.Split(got.stdout, format.separator)
			if len(parts) != len(inputs) {
				t.Fatalf("%d articles between separators, want %d:\n%s", len(parts), len(inputs), clip(got.stdout))
			}
			for i, part := range parts {
				want, _ := format.render("", &cleaner.Article{Title: titles[i]}) // the title line alone
				if !strings.HasPrefix(part, strings.TrimSuffix(string(want), "\n")+"\n\n") {
					t.Errorf("article %d does not start with the title %q:\n%s", i, titles[i], clip(part))
				}
			}
		})
	}
}

// TestCleanPanicIsOneInputsError: a panic inside the cleaner (a bug) on one
// input is that input's error; the others are still written, in order,
// and the exit status is 1.
func TestCleanPanicIsOneInputsError(t *testing.T) {
	orchard := readFixture(t, orchardFile)
	cleanPage = func(body []byte, opts cleaner.Options) (*cleaner.Article, error) {
		if string(body) == orchard {
			panic("a bug")
		}
		return cleaner.Clean(body, opts)
	}
	defer func() { cleanPage = cleaner.Clean }()
	got := runCLI(t, "", "-format", "json", harbourFile, orchardFile, harbourFile)
	if got.code != 1 {
		t.Errorf("exit %d, want 1", got.code)
	}
	if !strings.Contains(got.stderr, orchardFile+": internal error, a bug in winnow") || !strings.Contains(got.stderr, "a bug") {
		t.Errorf("stderr does not name the input and the bug:\n%s", got.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(got.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines, want the 2 other inputs:\n%s", len(lines), clip(got.stdout))
	}
	for _, line := range lines {
		if a := decodeLine(t, line); a.Source != harbourFile || a.Title != harbourTitle {
			t.Errorf("line: source %q title %q, want %q %q", a.Source, a.Title, harbourFile, harbourTitle)
		}
	}
}

func TestCleanOutDir(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "clean", "nested") // created by -o
	twinDir := filepath.Join(dir, "elsewhere")
	if err := os.Mkdir(twinDir, 0o755); err != nil {
		t.Fatal(err)
	}
	twin := writeFile(t, twinDir, "harbour.html", []byte(readFixture(t, orchardFile)))
	notes := readFixture(t, notesFile)

	tests := []struct {
		format string
		inputs []string
		files  []string // written, in input order, relative to out
	}{
		{"markdown", []string{harbourFile, orchardFile, "-", twin},
			[]string{"harbour.md", "orchard.md", "a-quiet-week-at-the-lighthouse-museum.md", "harbour-2.md"}},
		{"json", []string{notesFile, harbourFile},
			[]string{"notes.json", "harbour.json"}},
		{"text", []string{harbourFile, harbourFile},
			[]string{"harbour.txt", "harbour-2.txt"}},
		{"html", []string{orchardFile}, []string{"orchard.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			if err := os.RemoveAll(out); err != nil {
				t.Fatal(err)
			}
			got := runCLI(t, notes, append([]string{"-format", tt.format, "-o", out}, tt.inputs...)...)
			if got.code != 0 || got.stderr != "" {
				t.Fatalf("exit %d, stderr:\n%s", got.code, got.stderr)
			}
			var wantPaths []string
			for _, f := range tt.files {
				wantPaths = append(wantPaths, filepath.Join(out, f))
			}
			if paths := strings.Fields(got.stdout); !reflect.DeepEqual(paths, wantPaths) {
				t.Errorf("printed paths %q, want %q", paths, wantPaths)
			}
			entries, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != len(tt.files) {
				t.Errorf("%d files in -o DIR, want %d", len(entries), len(tt.files))
			}
			for i, input := range tt.inputs {
				written, err := os.ReadFile(wantPaths[i])
				if err != nil {
					t.Error(err)
					continue
				}
				alone := runCLI(t, notes, "-format", tt.format, input) // the same input printed
				if string(written) != alone.stdout {
					t.Errorf("%s holds\n%s\nwant what printing %s gives:\n%s", tt.files[i], clip(string(written)), input, clip(alone.stdout))
				}
			}
		})
	}
}

// TestCleanOutDirKeepsInputs checks that -o never overwrites an input, even
// when DIR is the input's own folder and the format's extension is its own.
func TestCleanOutDirKeepsInputs(t *testing.T) {
	dir := t.TempDir()
	page := readFixture(t, harbourFile)
	input := writeFile(t, dir, "harbour.html", []byte(page))
	got := runCLI(t, "", "-format", "html", "-o", dir, input)
	if got.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", got.code, got.stderr)
	}
	if want := filepath.Join(dir, "harbour-2.html"); strings.TrimSpace(got.stdout) != want {
		t.Errorf("wrote %q, want %q", strings.TrimSpace(got.stdout), want)
	}
	if after := readFixture(t, input); after != page {
		t.Error("the input file was overwritten")
	}
}

func TestCleanURL(t *testing.T) {
	harbour := readFixture(t, harbourFile)
	mux := http.NewServeMux()
	mux.HandleFunc("/news/harbour.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(harbour))
	})
	mux.HandleFunc("/old/harbour", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/harbour.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/cafe", func(w http.ResponseWriter, r *http.Request) {
		// The charset is only in the header: the page's own <meta> is gone.
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write(latin1(strings.Replace(latin1Page, `<meta charset="iso-8859-1">`, "", 1)))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>Too long a page for the limit.</p>\n", 100)))
	})
	srv := httptest.NewServer(mux) // listens on 127.0.0.1
	defer srv.Close()
	final := srv.URL + "/news/harbour.html"

	tests := []struct {
		name   string
		args   []string
		code   int
		source string   // the json line's source, when code is 0
		url    string   // the json line's url: the final address
		text   []string // the json line's text contains each
		html   []string // the json line's html contains each
		stderr []string
	}{
		{name: "page", args: []string{final}, source: final, url: final,
			text: []string{"eleven dark winters"}, html: []string{`href="` + srv.URL + `/news/notice.html"`}},
		{name: "redirect", args: []string{srv.URL + "/old/harbour"}, source: srv.URL + "/old/harbour", url: final,
			html: []string{`src="` + srv.URL + `/news/lanterns.jpg"`}},
		{name: "charset from Content-Type", args: []string{srv.URL + "/cafe"}, source: srv.URL + "/cafe",
			url: srv.URL + "/cafe", text: []string{"Le café est très bon"}},
		{name: "-url does not override a fetched page", args: []string{"-url", "https://example.com/", final},
			source: final, url: final, html: []string{srv.URL + "/news/notice.html"}},
		{name: "404", args: []string{srv.URL + "/missing"}, code: 1,
			stderr: []string{"winnow: " + srv.URL + "/missing: ", "404"}},
		{name: "over -max-bytes", args: []string{"-max-bytes", "1000", srv.URL + "/big"}, code: 1,
			stderr: []string{"winnow: " + srv.URL + "/big: ", "1000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(t, "", append([]string{"-format", "json"}, tt.args...)...)
			if got.code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", got.code, tt.code, got.stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(got.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, got.stderr)
				}
			}
			if tt.code != 0 {
				return
			}
			a := decodeLine(t, strings.TrimSuffix(got.stdout, "\n"))
			if a.Source != tt.source || a.URL != tt.url {
				t.Errorf("source %q url %q, want %q %q", a.Source, a.URL, tt.source, tt.url)
			}
			for _, want := range tt.text {
				if !strings.Contains(a.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, clip(a.Text))
				}
			}
			for _, want := range tt.html {
				if !strings.Contains(a.HTML, want) {
					t.Errorf("html lacks %q:\n%s", want, clip(a.HTML))
				}
			}
		})
	}
}

// TestCleanSeed runs the command on the seed paste from ../shared, the
// issue's first "done when": the headline once, then the article, block for
// block.
func TestCleanSeed(t *testing.T) {
	shared := os.Getenv("WINNOW_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared") // ../shared from the repo root
	}
	paste := filepath.Join(shared, "seed", "article-paste.txt")
	want, err := os.ReadFile(filepath.Join(shared, "seed", "article-clean.txt"))
	if err != nil {
		t.Skipf("seed example absent: %v", err)
	}
	got := runCLI(t, "", paste)
	if got.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", got.code, got.stderr)
	}
	headline, _, _ := strings.Cut(string(want), "\n")
	t.Run("starts with the headline", func(t *testing.T) {
		mustPrefix(t, got.stdout, headline+"\n\n")
		if strings.Count(got.stdout, headline) != 1 {
			t.Errorf("the headline appears %d times", strings.Count(got.stdout, headline))
		}
	})
	t.Run("block for block", func(t *testing.T) {
		gotBlocks, wantBlocks := blocks(got.stdout), blocks(string(want))
		for i := range max(len(gotBlocks), len(wantBlocks)) {
			var g, w string
			if i < len(gotBlocks) {
				g = gotBlocks[i]
			}
			if i < len(wantBlocks) {
				w = wantBlocks[i]
			}
			if g != w {
				t.Errorf("block %d:\n got %q\nwant %q", i, g, w)
			}
		}
	})
}

// blocks splits text at blank lines, trimming each block.
func blocks(s string) []string {
	var out []string
	for _, b := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"help"}, {"clean", "-h"}} {
		got := runCLI(t, "", args...)
		if got.code != 0 || got.stdout != usageText || got.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout is the usage: %v", args, got.code, got.stderr, got.stdout == usageText)
		}
	}
	fs, _ := newCleanFlagSet()
	fs.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(usageText, "\n  -"+f.Name+" ") && !strings.Contains(usageText, "\n  -"+f.Name+"\n") {
			t.Errorf("usage does not document -%s", f.Name)
		}
	})
	var want []string
	for _, f := range outputFormats {
		want = append(want, "\n          "+f.name+" ", f.ext)
	}
	want = append(want, "winnow serve", "winnow eval", "Examples:", "Exit status:",
		"(default "+strconv.Itoa(cleaner.DefaultMaxBytes)+", "+humanBytes(cleaner.DefaultMaxBytes)+")")
	for _, w := range want {
		if !strings.Contains(usageText, w) {
			t.Errorf("usage lacks %q", w)
		}
	}
}

func TestParseCleanArgs(t *testing.T) {
	tests := []struct {
		args   []string
		inputs []string
		format string
		outDir string
		err    string // a part of the error; "" for none
	}{
		{args: nil, inputs: []string{"-"}, format: "text"},
		{args: []string{"a.html", "-format", "json", "b.html"}, inputs: []string{"a.html", "b.html"}, format: "json"},
		{args: []string{"-o", "out", "a.html", "-", "--", "-o"}, inputs: []string{"a.html", "-", "-o"}, format: "text", outDir: "out"},
		{args: []string{"-format=markdown", "https://example.com/a"}, inputs: []string{"https://example.com/a"}, format: "markdown"},
		{args: []string{"a.html", "-format"}, err: "flag needs an argument"},
		{args: []string{"-max-bytes", "lots"}, err: "invalid value"},
		{args: []string{"-format", "JSON"}, err: "unknown -format"},
		{args: []string{"-url", "mailto:a@example.com"}, err: "absolute http(s) URL"},
		{args: []string{"a.html", "-", "b.html", "-"}, err: "only once"},
	}
	for _, tt := range tests {
		cfg, err := parseCleanArgs(tt.args)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: error %v, want one with %q", tt.args, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		if !reflect.DeepEqual(cfg.inputs, tt.inputs) || cfg.format.name != tt.format || cfg.outDir != tt.outDir {
			t.Errorf("%q: inputs %q format %q -o %q, want %q %q %q",
				tt.args, cfg.inputs, cfg.format.name, cfg.outDir, tt.inputs, tt.format, tt.outDir)
		}
		if cfg.maxBytes != cleaner.DefaultMaxBytes {
			t.Errorf("%q: max bytes %d, want the cleaner's default", tt.args, cfg.maxBytes)
		}
	}
}

// decodedLine is one JSON output line.
type decodedLine struct {
	Source string `json:"source"`
	cleaner.Article
}

func decodeLine(t *testing.T, line string) decodedLine {
	t.Helper()
	var a decodedLine
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields() // every field is the contract's or source
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("not a JSON Article line: %v\n%s", err, clip(line))
	}
	return a
}

func mustPrefix(t *testing.T, s, prefix string) {
	t.Helper()
	if !strings.HasPrefix(s, prefix) {
		t.Errorf("output does not start with %q:\n%s", prefix, clip(s))
	}
}

func mustContain(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("output lacks %q:\n%s", p, clip(s))
		}
	}
}

func mustNotContain(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if strings.Contains(s, p) {
			t.Errorf("output has %q:\n%s", p, clip(s))
		}
	}
}
