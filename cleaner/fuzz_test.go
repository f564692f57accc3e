package cleaner

import (
	"errors"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	xhtml "golang.org/x/net/html"
)

// Fuzz targets for the whole pipeline. Run them with `make fuzz` (each for
// FUZZTIME) or one at a time:
//
//	go test ./cleaner -run '^$' -fuzz '^FuzzClean$' -fuzztime 60s
//
// Seeds: the fixture pages in testdata/*.html and *.txt, the sanitizer's XSS
// vectors, and the files under testdata/fuzz/<target>/.

// addFixtureSeeds adds every testdata fixture to f; add turns its bytes into
// the target's arguments.
func addFixtureSeeds(f *testing.F, add func([]byte)) {
	for _, pattern := range []string{"testdata/*.html", "testdata/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				add(b)
			}
		}
	}
}

func FuzzClean(f *testing.F) {
	addFixtureSeeds(f, func(b []byte) { f.Add(b, false); f.Add(b, true) })
	for _, v := range xssVectors {
		f.Add(hostilePage("<p>Words before the attack, enough to read.</p>"+v.in), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, mark bool) {
		a, ok := fuzzClean(t, data, Options{MarkRemoved: mark})
		if !ok {
			return
		}
		checkArticleInvariants(t, a)
		checkRecleanKeepsText(t, a, mark)
	})
}

func FuzzCleanText(f *testing.F) {
	addFixtureSeeds(f, func(b []byte) { f.Add(string(b)) })
	f.Add("A headline\n\nA headline\n\nFirst paragraph of the story.\n\nLeave a Reply\n\nYour email address will not be published.")
	f.Add("a < b && c > d\n\n<script>alert(1)</script> is text here\n\n&lt;b&gt; stays &amp; too")
	f.Fuzz(func(t *testing.T, s string) {
		// A plain-text paste: a sentence first, so the input starts with no
		// tag, and any markup in it is what a person typed.
		input := "Plain text, as pasted.\n\n" + s
		a, ok := fuzzClean(t, []byte(input), Options{})
		if !ok {
			return
		}
		checkArticleInvariants(t, a)
		// A reader who copies the article off the page pastes it back as
		// HTML: that too must find the same article.
		checkRecleanKeepsText(t, a, false)
		if a.InputKind != KindText {
			return // the detector judged it HTML after all; FuzzClean covers that
		}
		// Text made from text can only show '<' the person typed.
		if got, typed := strings.Count(a.Text, "<"), strings.Count(input, "<"); got > typed {
			t.Errorf("Text has %d '<', the input %d:\n%q", got, typed, a.Text)
		}
	})
}

// fuzzClean runs Clean and checks the error contract; ok is false when
// there is no Article to check further.
func fuzzClean(t *testing.T, data []byte, opts Options) (a *Article, ok bool) {
	t.Helper()
	a, err := Clean(data, opts)
	if err != nil {
		for _, s := range cleanSentinels {
			if errors.Is(err, s) {
				return nil, false
			}
		}
		t.Fatalf("error %q wraps none of the sentinel errors", err)
	}
	return a, true
}

// checkArticleInvariants checks what must hold for every Article.
func checkArticleInvariants(t *testing.T, a *Article) {
	t.Helper()
	if again := sanitizeHTML(a.HTML); again != a.HTML {
		t.Errorf("HTML changes when sanitized again:\n once %q\ntwice %q", a.HTML, again)
	}
	for _, v := range unsafeHTML(a.HTML) {
		t.Errorf("unsafe HTML: %s\n%q", v, a.HTML)
	}
	for _, r := range a.Removed {
		for _, v := range unsafeHTML(r.HTML) {
			t.Errorf("unsafe HTML in removal %s: %s", r.ID, v)
		}
	}
	// Text is the HTML's text and nothing else: with white space and
	// invisible format characters set aside (Text leaves out a soft hyphen
	// or a zero-width space that stands alone between blocks) the two are
	// equal, so no markup can appear in Text that is not text in the HTML
	// (escaped "&lt;script&gt;" shows as "<script>" in both).
	body, err := parseBody(a.HTML)
	if err != nil {
		t.Fatalf("HTML does not parse: %v", err)
	}
	var htmlText strings.Builder
	walk(body, func(n *xhtml.Node) bool {
		if n.Type == xhtml.TextNode {
			htmlText.WriteString(n.Data)
		}
		// Captions are left out of Text, and so is a figure that is one
		// link of text, as normalize writes a video's player (isLinkFigure).
		return n.Data != "figcaption" && (n.Data != "figure" || !isLinkFigure(n))
	})
	if dropSpace(a.Text) != dropSpace(htmlText.String()) {
		t.Errorf("Text is not the HTML's text:\nText %q\nHTML %q", a.Text, a.HTML)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Error("an Article with no text")
	}
	if strings.Contains(a.Text, "\n\n\n") && !strings.Contains(a.HTML, "<pre") {
		t.Errorf("Text has more than one blank line outside <pre>: %q", a.Text)
	}
	if a.WordCount < 0 || a.ReadingMinutes < 1 {
		t.Errorf("WordCount %d, ReadingMinutes %d", a.WordCount, a.ReadingMinutes)
	}
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// recleanMinWords is the size below which cleaning winnow's own output
// again is not judged. The output is the article alone, so a second run
// must keep every word of it: winnow's output is a fixed point of winnow.
// An output of a line or two is no article to hold to that: with no story
// around it, the second run sees a scrap that any page could show as
// furniture (a date line, a lone link, "Share this") and rightly treats it
// as such, or finds no article at all. Twenty words is about two sentences.
const recleanMinWords = 20

// checkRecleanKeepsText cleans a's HTML again, with its title as the <h1>
// a page would have, and checks that every word of a's text survives
// (counted with multiplicity).
func checkRecleanKeepsText(t *testing.T, a *Article, mark bool) {
	t.Helper()
	first := strings.Fields(a.Text)
	if len(first) < recleanMinWords {
		return
	}
	// A whole document, so that HTML starting with bare text is not taken
	// for a plain-text paste.
	input := "<!DOCTYPE html><html><body>" + a.HTML + "</body></html>"
	if a.Title != "" {
		input = "<!DOCTYPE html><html><head><title>" + html.EscapeString(a.Title) + "</title></head><body><h1>" +
			html.EscapeString(a.Title) + "</h1>" + a.HTML + "</body></html>"
	}
	b, err := Clean([]byte(input), Options{MarkRemoved: mark})
	if err != nil {
		t.Fatalf("cleaning the output again: %v\n%q", err, input)
	}
	if lost := wordsMissing(first, strings.Fields(b.Text)); len(lost) > 0 {
		t.Errorf("cleaning the output again lost %d of %d words: %q\nfirst:  %q\nsecond: %q",
			len(lost), len(first), lost, a.Text, b.Text)
	}
}

// wordsMissing returns the words of want, counted with multiplicity, that
// have is missing.
func wordsMissing(want, have []string) []string {
	count := map[string]int{}
	for _, w := range have {
		count[w]++
	}
	var missing []string
	for _, w := range want {
		if count[w] > 0 {
			count[w]--
			continue
		}
		missing = append(missing, w)
	}
	return missing
}

func TestWordsMissing(t *testing.T) {
	cases := []struct {
		want, have string
		missing    int
	}{
		{"a b c", "a b c", 0},
		{"a a b", "a b", 1},
		{"a b", "", 2},
		{"", "x", 0},
		{"x y z", "z y x w", 0},
	}
	for _, tc := range cases {
		if got := wordsMissing(strings.Fields(tc.want), strings.Fields(tc.have)); len(got) != tc.missing {
			t.Errorf("wordsMissing(%q, %q) = %q, want %d missing", tc.want, tc.have, got, tc.missing)
		}
	}
}
