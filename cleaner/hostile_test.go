package cleaner

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
)

// cleanSentinels are the errors Clean may wrap; any other error is unclear to a
// door, which maps errors to messages with errors.Is.
var cleanSentinels = []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrNoContent}

// cleanSafely runs Clean, turning a panic into a test failure, and checks
// the contract every input must meet: an Article whose HTML is safe, or an
// error wrapping one of the cleanSentinels.
func cleanSafely(t *testing.T, input []byte, opts Options) (a *Article, err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("Clean panicked on %d bytes (%q…): %v", len(input), input[:min(len(input), 80)], p)
		}
	}()
	a, err = Clean(input, opts)
	if err != nil {
		for _, s := range cleanSentinels {
			if errors.Is(err, s) {
				return nil, err
			}
		}
		t.Fatalf("Clean error %q wraps none of the sentinel errors", err)
	}
	if a == nil {
		t.Fatal("Clean returned neither an Article nor an error")
	}
	for _, v := range unsafeHTML(a.HTML) {
		t.Errorf("unsafe output HTML: %s", v)
	}
	return a, nil
}

// articleParagraphs writes n paragraphs of varied prose.
func articleParagraphs(b *bytes.Buffer, n int, rng *rand.Rand) {
	words := strings.Fields("the council said on tuesday that its plan for the river would cost more than expected and residents who live near the water asked why nobody had told them sooner")
	for i := range n {
		fmt.Fprintf(b, "<p>Paragraph %d:", i)
		for range 40 {
			b.WriteString(" " + words[rng.IntN(len(words))])
		}
		b.WriteString(".</p>\n")
	}
}

// shortStory is a paragraph of story for the hostile shapes to follow.
var shortStory = "<p>" + strings.Repeat("Story words here. ", 50) + "</p>"

func hostilePage(body string) []byte {
	return []byte("<!DOCTYPE html><html><head><title>Hostile</title></head><body><article>" + body + "</article></body></html>")
}

func TestHostileInputs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []struct {
		name  string
		heavy bool // skipped with -short
		input func() []byte
		want  error // a sentinel the result must wrap; nil: an Article or any sentinel
		text  string
	}{
		{name: "20 MB page just under the limit", heavy: true, input: func() []byte {
			var b bytes.Buffer
			b.WriteString("<!DOCTYPE html><html><head><title>Big</title></head><body><article>")
			for b.Len() < DefaultMaxBytes-(64<<10) {
				articleParagraphs(&b, 100, rng)
			}
			b.WriteString("</article></body></html>")
			return b.Bytes()
		}, text: "Paragraph 0:"},
		{name: "100,000 attributes of one name, and an svg closed after 100,000", input: func() []byte {
			return hostilePage("<p>attribute words</p><div" + strings.Repeat(" data-b=1", 100_000) + " data-b=2/>x</div><svg" +
				strings.Repeat(" a", 100_000) + "/><script>s</script>")
		}, text: "attribute words"},
		{name: "nested 100,000 levels", input: func() []byte {
			return hostilePage(strings.Repeat("<div>", 100_000) + "deep words" + strings.Repeat("</div>", 100_000))
		}, text: "deep words"},
		{name: "nested 100,000 unclosed inline", input: func() []byte {
			return hostilePage(strings.Repeat("<span><em>", 50_000) + "deep words")
		}, text: "deep words"},
		{name: "200,000 sibling paragraphs", heavy: true, input: func() []byte {
			var b strings.Builder
			for i := range 200_000 {
				fmt.Fprintf(&b, "<p>para %d</p>", i)
			}
			return hostilePage(b.String())
		}, text: "para 199999"},
		// Passes that ask of every element whether it stands alone looked
		// at all of its siblings each time: this took five minutes.
		{name: "200,000 empty inline siblings beside lines of text", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<div>" +
				strings.Repeat("<span></span>", 200_000) + "<a>Close</a><a>Open</a><b>Share</b></div>")
		}, text: "Story words here."},
		// Each date line taken out had the judge look past the markers of
		// those taken out before it: this took 20 s for 1.1 MB.
		{name: "60,000 date lines in one container", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<div>" +
				strings.Repeat("<p>June 2, 2026</p>", 60_000) + "</div>")
		}, text: "Story words here."},
		// Each comment heading had the page looked over, before and after
		// it: 30 s for 0.8 MB.
		{name: "30,000 comment headings after a short story", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<div>" +
				strings.Repeat("<h2>3 Comments</h2><p>x</p>", 30_000) + "</div>")
		}, text: "Story words here."},
		// Each <time> asked whether its parent is a paragraph, a look at
		// all of the parent's children: over 100 s for 2.5 MB.
		{name: "60,000 times in one line", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<div>" +
				strings.Repeat(`<time datetime="2026-06-02">June 2</time> `, 60_000) + "</div>")
		}, text: "Story words here."},
		// Each "read more" line taken out of one cell had the cell's pieces
		// of text looked for again; each copy of the title had its cell
		// judged again: 30 s and more for 1 MB.
		{name: "27,000 link lines in one table cell", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<table><tr><td>" +
				strings.Repeat(`<br><p><a href="/x">read more</a></p>`, 27_000) + "</td></tr></table>")
		}, text: "Story words here."},
		{name: "30,000 copies of the title in one table cell", heavy: true, input: func() []byte {
			return hostilePage("<h1>Hostile</h1>" + shortStory + "<table><tr><td>" +
				strings.Repeat(`<em>w</em> <h2>Hostile</h2>`, 30_000) + "</td></tr></table>")
		}, text: "Story words here."},
		{name: "15,000 copies of the title between icons in one table cell", heavy: true, input: func() []byte {
			return hostilePage("<h1>Hostile</h1>" + shortStory + "<table><tr><td>" +
				strings.Repeat(`<p>Hostile</p><svg><title>Share</title></svg>`, 15_000) + "</td></tr></table>")
		}, text: "Story words here."},
		{name: "10,000 links each holding comment headings", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<figure>" +
				strings.Repeat(`<a href="/z"><h2>3 Comments</h2><h2>3 Comments</h2><h2>3 Comments</h2></a>`, 10_000) + "</figure>")
		}, text: "Story words here."},
		// Each list in a value cell had its whole table read again to tell
		// a table of facts: 3 s for 5,000 rows, minutes for these.
		{name: "20,000 lists in the values of a table of facts", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<table>" +
				strings.Repeat(`<tr><th>Key</th><td><ul><li><a href="/x">Value</a></li></ul></td></tr>`, 20_000) + "</table>")
		}, text: "Story words here."},
		// Each block named for other stories looked at every sibling
		// before it for a story's worth of text.
		{name: "30,000 blocks named for other stories side by side", heavy: true, input: func() []byte {
			return hostilePage(shortStory + "<div>" +
				strings.Repeat(`<div class="nextstory"><a href="/x">Another story</a></div>`, 30_000) + "</div>")
		}, text: "Story words here."},
		{name: "5 MB single text node", input: func() []byte {
			return hostilePage("<p>" + strings.Repeat("lorem ", 5<<20/6) + "</p>")
		}, text: "lorem lorem"},
		{name: "1 MB attribute", input: func() []byte {
			return hostilePage(`<p title="` + strings.Repeat("a", 1<<20) + `">attr text</p><img src="https://a.example/` + strings.Repeat("b", 1<<20) + `">`)
		}, text: "attr text"},
		{name: "1 MB unterminated attribute", input: func() []byte {
			return hostilePage(`<p>before</p><p title="` + strings.Repeat("x ", 1<<19))
		}, text: "before"},
		{name: "more than a million nodes", heavy: true, input: func() []byte {
			return hostilePage(strings.Repeat("<b></b>", 1_200_000))
		}, want: ErrTooLarge},
		{name: "truncated mid tag", input: func() []byte {
			p := hostilePage(`<p>first words</p><p>second <a href="https://a.example/x">link</a></p>`)
			return p[:bytes.Index(p, []byte(`example/x"`))]
		}, text: "first words"},
		{name: "truncated mid comment", input: func() []byte {
			return []byte(`<html><body><p>visible words</p><!-- never closed <p>hidden</p>`)
		}, text: "visible words"},
		{name: "a comment of a million dashes and a million '>'", input: func() []byte {
			// Each '>' may end a comment; one that reads the comment again
			// for each of them never finishes this page.
			return hostilePage(`<p>visible words</p><!--` + strings.Repeat("-", 1<<20) + "x" + strings.Repeat(">", 1<<20) + `--><p>after</p>`)
		}, text: "visible words"},
		{name: "a script of a million escapes", input: func() []byte {
			return hostilePage(`<p>visible words</p><script>` + strings.Repeat("<!--<script>-->", 1<<16) + `</script><p>after</p>`)
		}, text: "visible words"},
		{name: "truncated mid script", input: func() []byte {
			return []byte(`<html><body><p>visible words</p><script>var a = "<p>never</p>`)
		}, text: "visible words"},
		{name: "unclosed tags everywhere", input: func() []byte {
			return hostilePage(strings.Repeat(`<div><p><b><i><ul><li><table><tr><td><a href="https://a.example/">cell `, 300))
		}, text: "cell"},
		{name: "misnested formatting", input: func() []byte {
			return hostilePage(strings.Repeat(`<b><i><u><s>text</b></i></u></s><p>`, 5000))
		}, text: "text"},
		{name: "NUL bytes", input: func() []byte {
			return hostilePage("<p>nul\x00 in\x00 text</p><p a\x00b=\"c\x00\">more\x00</p><scr\x00ipt>alert(1)</script>")
		}},
		{name: "invalid UTF-8", input: func() []byte {
			return hostilePage("<p>bad \xff\xfe\xc3 bytes \xe2\x82 here</p>")
		}},
		{name: "binary file", input: func() []byte {
			b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
			for range 4096 {
				b = append(b, byte(rng.IntN(256)))
			}
			return b
		}, want: ErrBinary},
		{name: "UTF-16 with BOM", input: func() []byte {
			units := utf16.Encode([]rune("<html><body><article><p>Sixteen bit words here.</p></article></body></html>"))
			b := []byte{0xFF, 0xFE}
			for _, u := range units {
				b = append(b, byte(u), byte(u>>8))
			}
			return b
		}, text: "Sixteen bit words here."},
		{name: "empty", input: func() []byte { return nil }, want: ErrEmpty},
		{name: "white space only", input: func() []byte { return []byte(" \n\t\r\n  ") }, want: ErrEmpty},
		{name: "only tags", input: func() []byte { return []byte("<div><span></span></div>") }},
		{name: "plain text with angle brackets", input: func() []byte {
			return []byte("if a < b and c > d then\n\nthe <script> tag is text here")
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.heavy && testing.Short() {
				t.Skip("heavy input; skipped with -short")
			}
			a, err := cleanSafely(t, tc.input(), Options{})
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Logf("error (a sentinel): %v", err)
				return
			}
			if tc.text != "" && !strings.Contains(a.Text, tc.text) {
				t.Errorf("Text lost %q: %q…", tc.text, a.Text[:min(len(a.Text), 200)])
			}
		})
	}
}

func TestHostileOverLimit(t *testing.T) {
	_, err := cleanSafely(t, hostilePage(strings.Repeat("<p>x</p>", 200)), Options{MaxBytes: 1000})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

// TestHostileXSSPages runs the sanitizer's vectors through the whole
// pipeline, with and without markers, as parts of an otherwise normal page.
func TestHostileXSSPages(t *testing.T) {
	for _, tc := range xssVectors {
		for _, mark := range []bool{false, true} {
			in := hostilePage("<p>Some words before the attack.</p>" + tc.in + "<p>Some words after it.</p>")
			a, err := cleanSafely(t, in, Options{MarkRemoved: mark})
			if err != nil {
				continue
			}
			for _, r := range a.Removed {
				for _, v := range unsafeHTML(r.HTML) {
					t.Errorf("%s: removal %s HTML unsafe: %s", tc.name, r.ID, v)
				}
			}
			if strings.Contains(strings.ToLower(a.Markdown), "javascript:") {
				t.Errorf("%s: Markdown has a javascript: URL: %q", tc.name, a.Markdown)
			}
		}
	}
}
