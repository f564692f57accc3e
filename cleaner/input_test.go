package cleaner

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// inputSharedDir is ../shared (or $WINNOW_SHARED); tests that need it skip when
// it is absent.
func inputSharedDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("WINNOW_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s", dir)
	}
	return dir
}

func inputUTF16(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func inputRandomBytes(n int) []byte {
	r := rand.New(rand.NewChaCha8([32]byte{7}))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func TestParseInputDecoding(t *testing.T) {
	tests := []struct {
		name        string
		input       []byte
		contentType string
		want        string // must appear in the body text
		notWant     string // must not appear
	}{
		{
			name:  "latin-1 with meta charset",
			input: []byte(`<html><head><meta charset="iso-8859-1"><title>t</title></head><body><p>Cr` + "\xe8me br\xfbl\xe9e co\xfbte 5 \x80" + `</p></body></html>`),
			want:  "Crème brûlée coûte 5 €",
		},
		{
			name:  "latin-1 with http-equiv",
			input: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>` + "Se\xf1or Mu\xf1oz" + `</p></body></html>`),
			want:  "Señor Muñoz",
		},
		{
			name:  "windows-1252 without any declaration",
			input: []byte("<p>Na\xefve caf\xe9 \x93quoted\x94 \x96 dash</p>"),
			want:  "Naïve café “quoted” – dash",
		},
		{
			name:        "charset from Content-Type",
			input:       []byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0</p>"),
			contentType: "text/html; charset=windows-1251",
			want:        "Привет мир",
		},
		{
			name:  "meta says latin-1 but bytes are UTF-8",
			input: []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln</p></body></html>`),
			want:  "Grüße aus Köln",
		},
		{
			name:        "header says UTF-8 but bytes are latin-1",
			input:       []byte("<p>D\xe9j\xe0 vu</p>"),
			contentType: "text/html; charset=utf-8",
			want:        "Déjà vu",
		},
		{
			name:  "UTF-8 with BOM",
			input: []byte("\xef\xbb\xbf<p>Zoë’s café</p>"),
			want:  "Zoë’s café",
		},
		{
			name:  "UTF-16LE with BOM",
			input: inputUTF16("<html><body><p>Grüße — 日本語 𝄞</p></body></html>", false, true),
			want:  "Grüße — 日本語 𝄞",
		},
		{
			name:  "UTF-16BE with BOM",
			input: inputUTF16("<p>Ünïcödé text — “quoted”</p>", true, true),
			want:  "Ünïcödé text — “quoted”",
		},
		{
			name:  "UTF-16LE without BOM",
			input: inputUTF16("Plain text pasted from Windows, stored as UTF-16 without a byte order mark.", false, false),
			want:  "Plain text pasted from Windows",
		},
		{
			name:    "stray NUL bytes are dropped, not binary",
			input:   []byte("A paragraph with a stray\x00 NUL byte in it.\n\nAnd a second paragraph."),
			want:    "stray NUL byte",
			notWant: "\x00",
		},
		{
			// fuzz 82113a5e73ac7d38
			name:    "control characters from character references are dropped too",
			input:   []byte("<p>Honey &#8;farms and &#1;bees on the &#x7f;roofs.</p>"),
			want:    "Honey farms and bees on the roofs.",
			notWant: "\b",
		},
		{
			name:  "invalid UTF-8 inside UTF-8 text is replaced",
			input: []byte("<p>Naïve café, but one broken byte: \xff here, and more “UTF-8” text.</p>"),
			want:  "broken byte: \uFFFD here",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseInput(tt.input, Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatalf("parseInput: %v", err)
			}
			text := collapseSpace(d.dom.Find("body").Text())
			if !strings.Contains(text, tt.want) {
				t.Errorf("body text %q does not contain %q", text, tt.want)
			}
			if tt.notWant != "" && strings.Contains(text, tt.notWant) {
				t.Errorf("body text %q contains %q", text, tt.notWant)
			}
		})
	}
}

func TestParseInputErrors(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		opts  Options
		want  error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"white space", []byte(" \n\t\r\n  "), Options{}, ErrEmpty},
		{"BOM and white space", []byte("\xef\xbb\xbf \n "), Options{}, ErrEmpty},
		{"UTF-16 white space", inputUTF16("  \n  \n ", false, true), Options{}, ErrEmpty},
		{"PNG header", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), inputRandomBytes(64)...), Options{}, ErrBinary},
		{"JPEG", append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), inputRandomBytes(64)...), Options{}, ErrBinary},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), Options{}, ErrBinary},
		{"gzip", append([]byte{0x1f, 0x8b, 0x08, 0x00}, inputRandomBytes(64)...), Options{}, ErrBinary},
		{"zip", append([]byte("PK\x03\x04"), inputRandomBytes(64)...), Options{}, ErrBinary},
		{"random bytes", inputRandomBytes(4096), Options{}, ErrBinary},
		{"NUL-heavy", []byte(strings.Repeat("ab\x00\x00\x00\x01\x02cd", 40)), Options{}, ErrBinary},
		{"UTF-16 BOM then random bytes", append([]byte{0xff, 0xfe}, inputRandomBytes(2048)...), Options{}, ErrBinary},
		{"over the limit", []byte(strings.Repeat("word ", 100)), Options{MaxBytes: 100}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseInput(tt.input, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// The error says what the bytes look like, in words a reader can take in.
func TestParseInputBinaryNamesWhatItIs(t *testing.T) {
	for _, tt := range []struct {
		input []byte
		want  string
	}{
		{append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), inputRandomBytes(64)...), "input is binary, not HTML or text: a PNG image"},
		{[]byte("\x7fELF\x02\x01\x01"), "input is binary, not HTML or text: an executable"},
		{inputRandomBytes(4096), "input is binary, not HTML or text: data with control bytes"},
	} {
		if _, err := parseInput(tt.input, Options{}); err == nil || err.Error() != tt.want {
			t.Errorf("err = %v, want %q", err, tt.want)
		}
	}
}

func TestParseInputTooLargeNamesLimit(t *testing.T) {
	_, err := parseInput([]byte(strings.Repeat("x", 50)), Options{MaxBytes: 10})
	if err == nil || !strings.Contains(err.Error(), "10 bytes") {
		t.Fatalf("err = %v, want the limit named", err)
	}
}

// hasFragmentMark finds what the unanchored expression over the whole text
// finds, letter case, Unicode case folding and white space included.
func TestHasFragmentMark(t *testing.T) {
	whole := regexp.MustCompile(`(?i)<!--\s*StartFragment\s*-->`)
	for _, s := range []string{
		"<!--StartFragment-->", "x <!-- startfragment --> y", "<!--\t\n\f\r StartFRAGMENT \n-->",
		"<!-- \u017ftartFragment -->", "<!-- StartFragment", "<!-- Start Fragment -->", "<!-- StartFragment --",
		"<!-- a --><!--StartFragment-->", "<!--<!--StartFragment-->", "<!-<!--StartFragment-->", "<!--\vStartFragment-->",
		"<!-- StartFragmentx -->", "<!---StartFragment-->", "", "no comment at all", "!<!--StartFragment-->",
		"<!!--StartFragment-->", "a!b <! --StartFragment-->", "!!<!--!--><!--StartFragment-->", strings.Repeat("<!-- ", 100) + "StartFragment -->",
		"<!--\u017fTARTFRAGMENT-->", "<!-- \u017e -->", "<!-- StartFragment\u212a -->", "<!-- tartFragment -->", "<!--   ",
		"<!-- x --> <!-- sTaRtFrAgMeNt -->", "<!--\u00a0StartFragment-->",
	} {
		if got, want := hasFragmentMark(s, kindPatterns().fragmentMarkAt), whole.MatchString(s); got != want {
			t.Errorf("hasFragmentMark(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDetectKind(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"doctype", "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>x</p></body></html>", KindDocument},
		{"html without doctype", "<html lang=\"en\"><body><p>x</p></body></html>", KindDocument},
		{"comment before doctype", "<!-- saved from url=(0014)about:internet -->\n<!doctype html><html></html>", KindDocument},
		{"xhtml with xml declaration", `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>`, KindDocument},
		{"head only", "<head><title>x</title></head><p>y</p>", KindDocument},
		{"chrome clipboard", `<meta charset='utf-8'><p style="color: rgb(0, 0, 0); font-family: Georgia;">Hello <b>world</b>.</p>`, KindFragment},
		{"span with style", `<span style="font-size: 16px;">Some copied words</span>`, KindFragment},
		{"div", "<div><p>One</p><p>Two</p></div>", KindFragment},
		{"start fragment comments", "<!--StartFragment--><p>Copied</p><!--EndFragment-->", KindFragment},
		{"windows CF_HTML", "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\nStartFragment:0000000141\r\nEndFragment:0000000163\r\n<html>\r\n<body>\r\n<!--StartFragment--><p>Copied</p><!--EndFragment-->\r\n</body>\r\n</html>", KindFragment},
		{"text with tags inside", "Some text with <b>bold</b> and <i>italic</i> words pasted from a rich editor.", KindFragment},
		{"a < b", "We know that a < b and b > c, so a < c.\n\nThat is all.", KindText},
		{"mentions one tag", "To break a line, use <br> in your HTML.\n\nThat is the trick.", KindText},
		{"less-than without space", "if x<y then print y>x\n", KindText},
		{"autolink in angle brackets", "See <https://example.com/page> for more.", KindText},
		{"plain prose", "Title\n\nA paragraph of text.", KindText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectKind(tt.input); got != tt.want {
				t.Errorf("detectKind = %q, want %q", got, tt.want)
			}
			d, err := parseInput([]byte(tt.input), Options{})
			if err != nil {
				t.Fatalf("parseInput: %v", err)
			}
			if d.kind != tt.want {
				t.Errorf("parseInput kind = %q, want %q", d.kind, tt.want)
			}
		})
	}
}

// inputBodyBlocks lists the body's child elements as "tag: text".
func inputBodyBlocks(dom *goquery.Document) []string {
	var out []string
	dom.Find("body").Children().Each(func(_ int, s *goquery.Selection) {
		out = append(out, goquery.NodeName(s)+": "+collapseSpace(s.Text()))
	})
	return out
}

func TestTextToHTML(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{
			name:  "title, paragraphs, subheading",
			input: "A Short Title\n\nFirst paragraph of the story.\n\nA Section Heading\n\nSecond paragraph, which ends well.\n",
			want:  []string{"h1: A Short Title", "p: First paragraph of the story.", "h2: A Section Heading", "p: Second paragraph, which ends well."},
		},
		{
			name:  "first block that is a sentence is no title",
			input: "This opens with a sentence.\n\nAnd goes on.",
			want:  []string{"p: This opens with a sentence.", "p: And goes on."},
		},
		{
			name:  "heading ending in an abbreviation",
			input: "Title\n\nBody text here.\n\nTalks with the U.S.\n\nMore body text.",
			want:  []string{"h1: Title", "p: Body text here.", "h2: Talks with the U.S.", "p: More body text."},
		},
		{
			name:  "short line ending in punctuation is a paragraph",
			input: "Title\n\nBody text here.\n\nIt rained?\n\nQuote: “Yes.”\n\nMore body text.",
			want:  []string{"h1: Title", "p: Body text here.", "p: It rained?", "p: Quote: “Yes.”", "p: More body text."},
		},
		{
			name:  "CJK punctuation ends a sentence",
			input: "标题\n\n第一段。\n\n这是一句话。\n\n第二段。",
			want:  []string{"h1: 标题", "p: 第一段。", "p: 这是一句话。", "p: 第二段。"},
		},
		{
			name:  "last block is never a subheading",
			input: "Title\n\nBody text here.\n\nRequired fields are marked *",
			want:  []string{"h1: Title", "p: Body text here.", "p: Required fields are marked *"},
		},
		{
			name:  "byline and dateline are paragraphs",
			input: "Title\n\nBy Jane Doe\n\n12/03/2024 10:45\n\nBody text here.",
			want:  []string{"h1: Title", "p: By Jane Doe", "p: 12/03/2024 10:45", "p: Body text here."},
		},
		{
			name:  "no blank lines: one block per line",
			input: "My Title\nFirst paragraph.\nSecond paragraph.\nA Heading\nThird paragraph.",
			want:  []string{"h1: My Title", "p: First paragraph.", "p: Second paragraph.", "h2: A Heading", "p: Third paragraph."},
		},
		{
			name:  "lists",
			input: "Title\n\nIntro text.\n\n- one\n- two\n- three\n\n1. first\n2. second\n\nEnd text.",
			want:  []string{"h1: Title", "p: Intro text.", "ul: one two three", "ol: first second", "p: End text."},
		},
		{
			name:  "lists without blank lines",
			input: "Title\nIntro text.\n* one\n* two\nEnd text.",
			want:  []string{"h1: Title", "p: Intro text.", "ul: one two", "p: End text."},
		},
		{
			name:  "markup in text is escaped",
			input: "Title\n\nUse <script>alert(1)</script> & friends; a < b.\n\nEnd.",
			want:  []string{"h1: Title", "p: Use <script>alert(1)</script> & friends; a < b.", "p: End."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseInput([]byte(tt.input), Options{})
			if err != nil {
				t.Fatalf("parseInput: %v", err)
			}
			if d.kind != KindText {
				t.Fatalf("kind = %q, want text", d.kind)
			}
			got := inputBodyBlocks(d.dom)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestTextToHTMLInline(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		selector string
		want     int // matches of selector
		attr     string
		attrWant string
	}{
		{"line breaks inside a block", "Title\n\nRoses are red,\nviolets are blue.\n\nEnd.", "p br", 1, "", ""},
		{"hard-wrapped paragraph is joined", "Title\n\nThis paragraph was wrapped by an e-mail program at a fixed\nwidth of about sixty characters, so its lines are all alike\nin length and it ends here.\n\nEnd.", "p br", 0, "", ""},
		{"URL becomes a link", "Title\n\nRead more at https://example.com/story?id=1&x=2.\n\nEnd.", "p a", 1, "href", "https://example.com/story?id=1&x=2"},
		{"no script element from text", "Title\n\n<script>alert(1)</script>\n\nEnd.", "script", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseInput([]byte(tt.input), Options{})
			if err != nil {
				t.Fatal(err)
			}
			sel := d.dom.Find(tt.selector)
			if sel.Length() != tt.want {
				t.Fatalf("%q matches %d, want %d", tt.selector, sel.Length(), tt.want)
			}
			if tt.attr != "" {
				if got := sel.AttrOr(tt.attr, ""); got != tt.attrWant {
					t.Errorf("%s = %q, want %q", tt.attr, got, tt.attrWant)
				}
			}
		})
	}
}

func TestParseInputBaseURL(t *testing.T) {
	tests := []struct {
		base string
		want string
	}{
		{"https://example.com/news/story.html", "https://example.com/news/story.html"},
		{"  http://example.org/a/  ", "http://example.org/a/"},
		{"not a url", ""},
		{"/relative/path", ""},
		{"ftp://example.com/file", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			d, err := parseInput([]byte("<p>x</p>"), Options{BaseURL: tt.base})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d.base != nil {
				got = d.base.String()
			}
			if got != tt.want {
				t.Errorf("base = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSeedPaste checks the project's seed: the plain-text paste becomes the
// title as <h1>, and every body block of the expected result is the right
// element: three subheadings, the rest paragraphs.
func TestSeedPaste(t *testing.T) {
	dir := inputSharedDir(t)
	paste, err := os.ReadFile(filepath.Join(dir, "seed", "article-paste.txt"))
	if err != nil {
		t.Skipf("seed not found: %v", err)
	}
	clean, err := os.ReadFile(filepath.Join(dir, "seed", "article-clean.txt"))
	if err != nil {
		t.Skipf("seed not found: %v", err)
	}
	d, err := parseInput(paste, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.kind != KindText {
		t.Fatalf("kind = %q, want text", d.kind)
	}
	elements := map[string]string{} // block text → element name
	d.dom.Find("body").Children().Each(func(_ int, s *goquery.Selection) {
		elements[collapseSpace(s.Text())] = goquery.NodeName(s)
	})
	var blocks []string
	for _, b := range strings.Split(string(clean), "\n\n") {
		if b = collapseSpace(b); b != "" {
			blocks = append(blocks, b)
		}
	}
	if h1 := collapseSpace(d.dom.Find("h1").Text()); h1 != blocks[0] || d.dom.Find("h1").Length() != 1 {
		t.Errorf("h1 = %q (%d), want the title %q", h1, d.dom.Find("h1").Length(), blocks[0])
	}
	counts := map[string]int{}
	for _, b := range blocks[1:] {
		el, ok := elements[b]
		if !ok {
			t.Errorf("block not found as one element: %q", b)
			continue
		}
		counts[el]++
	}
	if counts["h2"] != 3 || counts["p"] != len(blocks)-1-3 {
		t.Errorf("body blocks as elements = %v, want 3 h2 and %d p", counts, len(blocks)-1-3)
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
		clean          bool // isCleanText: returned as it is
	}{
		{"plain", "A story.\n\tIndented.\r\n", "A story.\n\tIndented.\r\n", true},
		{"non-ASCII", "Café – ½ — 東京 ü", "Café – ½ — 東京 ü", true},
		{"NUL", "a\x00b", "ab", false},
		{"DEL", "a\x7fb", "ab", false},
		{"C1 control", "a\u0085b\u009fc", "abc", false},
		{"C2 lead byte of a letter", "a\u00a0b\u00e9", "a\u00a0b\u00e9", true},
		{"leading BOM", "\uFEFFText", "Text", false},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb", false},
		{"vertical tab", "a\vb", "ab", false},
		{"form feed", "a\fb", "a\fb", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCleanText(tt.in); got != tt.clean {
				t.Errorf("isCleanText(%q) = %v, want %v", tt.in, got, tt.clean)
			}
			if got := cleanText(tt.in); got != tt.want {
				t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// isCleanText reads eight bytes at a time: each byte that matters, at
// every place in and around a word, must still be seen.
func TestIsCleanTextWordAtATime(t *testing.T) {
	for _, mark := range []string{"\x00", "\x01", "\v", "\x1f", "\x7f", "\u0080", "\u009f", "\t", "\n", "\r", "\f", "\u00a0", "\u00bf", "é", " ", "~", "\u00ff", "\u07ff", "\uffff", "\U0010ffff"} {
		want := cleanText(mark) == mark
		for before := 0; before <= 17; before++ {
			for after := 0; after <= 9; after++ {
				s := strings.Repeat("a", before) + mark + strings.Repeat("b", after)
				if got := isCleanText(s); got != want {
					t.Errorf("isCleanText(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// A page with no numeric character reference to a character cleanText
// drops, and no byte order mark, cannot give a text node cleanText would
// change: parseInput skips the walk then.
func TestMayReferenceControls(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"<p>Bees &amp; honey &Tab; &NewLine; &nbsp;</p>", false},
		{"<p>Bees&#8217;s &#x2019; &#9;&#10 &#x; &#; &#1234567890123; &#xD800;</p>", false},
		{"<p>Bees &#8;farms</p>", true},
		{"<p>Bees &#x7f;farms</p>", true},
		{"<p>Bees &#X7F farms</p>", true},
		{"<p>Bees &#00000031;farms</p>", true},
		{"<p>Bees &#x9D;farms</p>", true},
		{"<p>&#xFEFF;Bees</p>", true},
		{"<p>&#65279;Bees</p>", true},
		{"<p>a</p>\uFEFF<p>b</p>", true},
	} {
		if got := mayReferenceControls(tt.src); got != tt.want {
			t.Errorf("mayReferenceControls(%q) = %v, want %v", tt.src, got, tt.want)
		}
		if !tt.want {
			root, _, err := parseHTML(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			walk(root, func(n *html.Node) bool {
				if n.Type == html.TextNode && !isCleanText(n.Data) {
					t.Errorf("%q: text node %q is not clean", tt.src, n.Data)
				}
				return true
			})
		}
	}
}

// A page too deeply nested for the parser is parsed from a copy with tags
// left out, which can join "&" and "#1;" into a reference the source does
// not hold: its text nodes must come out clean all the same.
func TestReferencedControlsInACappedPage(t *testing.T) {
	page := strings.Repeat("<div>", 600) + "<p>Bees &<b>#1;farms and &<i>#x7f;hives</i></b></p>" + strings.Repeat("</div>", 600)
	d, err := parseInput([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	sawFarms := false
	walk(d.dom.Get(0), func(n *html.Node) bool {
		if n.Type == html.TextNode {
			sawFarms = sawFarms || strings.Contains(n.Data, "farms")
			if !isCleanText(n.Data) {
				t.Errorf("text node %q is not clean", n.Data)
			}
		}
		return true
	})
	if !sawFarms {
		t.Error("the paragraph's text is missing")
	}
}

// sniffUTF16 stops counting once neither byte of a pair can reach nine
// zeros in ten: it must say what a count over all of the sample says,
// near the thresholds too.
func TestSniffUTF16StopsEarlyAlike(t *testing.T) {
	full := func(b []byte) (bigEndian, ok bool) {
		sample := b[:min(len(b), binarySample)&^1]
		var zeros [2]int // of the even bytes, of the odd ones
		for i, c := range sample {
			if c == 0 {
				zeros[i%2]++
			}
		}
		pairs := len(sample) / 2
		mostly := func(z int) bool { return z*10 >= pairs*9 }
		rarely := func(z int) bool { return z*10 <= pairs }
		if len(sample) < 8 {
			return false, false
		}
		if mostly(zeros[1]) && rarely(zeros[0]) {
			return false, true
		}
		return mostly(zeros[0]) && rarely(zeros[1]), mostly(zeros[0]) && rarely(zeros[1])
	}
	le := func(s string) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	inputs := [][]byte{
		nil, []byte("short"), []byte("<p>plain 8-bit text</p>"),
		le(strings.Repeat("<p>Hello</p>", 2000)),
		[]byte(strings.Repeat("\x00", binarySample+10)),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		// Pairs whose bytes are zero at a rate around the 90% threshold,
		// the zeros of each sample's end weighted to flip late verdicts.
		n := 8 + r.IntN(2*binarySample)
		oddRate, evenRate := 0.8+0.2*r.Float64(), 0.3*r.Float64()
		if r.IntN(2) == 0 {
			oddRate, evenRate = evenRate, oddRate
		}
		b := make([]byte, n)
		for i := range b {
			rate := evenRate
			if i%2 == 1 {
				rate = oddRate
			}
			if i > n/2 {
				rate = 1 - rate*r.Float64()
			}
			if r.Float64() >= rate {
				b[i] = byte(1 + r.IntN(255))
			}
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		gotBig, gotOK := sniffUTF16(b)
		wantBig, wantOK := full(b)
		if gotBig != wantBig || gotOK != wantOK {
			t.Errorf("sniffUTF16 of %d bytes = %v, %v; counting all gives %v, %v", len(b), gotBig, gotOK, wantBig, wantOK)
		}
	}
}

// decodeInput spares valid UTF-8 a second validation: hostile bytes must
// still come out as cleanText makes them.
func TestDecodeInputCleansLikeCleanText(t *testing.T) {
	for _, in := range []string{
		"<p>plain</p>", "\ufeff<p>bom</p>", "<p>nul\x00here</p>", "<p>\x85 C1</p>",
		"<p>caf\xc3\xa9 and \xe9</p>", "<p>\xff\xfe</p>", "<p>\u0085</p>", "<p>a\u00a0b</p>",
		"<p>\x7f del</p>", "<p>\ufeff mid-text</p>", "<p>\xc2</p>", "<p>\x0b\x0c</p>",
	} {
		got, err := decodeInput([]byte(in), "text/html; charset=utf-8")
		if err != nil {
			t.Fatalf("decodeInput(%q): %v", in, err)
		}
		if want := cleanText(in); got != want && utf8.ValidString(in) {
			t.Errorf("decodeInput(%q) = %q, cleanText gives %q", in, got, want)
		}
		if !isCleanText(got) {
			t.Errorf("decodeInput(%q) = %q, which is not clean", in, got)
		}
	}
}

// controlBytes marks exactly the bytes isControlByte reports, whatever
// their neighbours.
func TestControlBytes(t *testing.T) {
	for c := range 256 {
		for _, fill := range []byte{0x00, 0x09, 0x0d, 0x0e, 0x1b, 0x1f, 0x20, 0x61, 0x7f, 0x80, 0x9b, 0xc2, 0xff} {
			for at := range 8 {
				var word [8]byte
				for i := range word {
					word[i] = fill
				}
				word[at] = byte(c)
				got := controlBytes(binary.LittleEndian.Uint64(word[:]))
				for i, b := range word {
					if marked := got>>(8*i+7)&1 == 1; marked != isControlByte(b) {
						t.Fatalf("controlBytes(% x): byte %d (%#x) marked %v, want %v", word, i, b, marked, isControlByte(b))
					}
				}
				if got&^highBits != 0 {
					t.Fatalf("controlBytes(% x) = %#x: bits besides the high ones", word, got)
				}
			}
		}
	}
}
