package cleaner

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// renderTestDoc parses page and makes the selector's match the content, the
// way the content pass would.
func renderTestDoc(t *testing.T, page, content string, opts Options) *document {
	t.Helper()
	dom, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	d := &document{opts: opts, kind: KindDocument, dom: dom, art: &Article{}}
	if content != "" {
		d.content = dom.Find(content).First()
	}
	return d
}

func TestRenderText(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"paragraphs", `<p>One  two
			three.</p><p>Four.</p>`, "One two three.\n\nFour."},
		{"headings and inline", `<h2>Sub <em>head</em></h2><p>A <b>bold</b>move.</p>`, "Sub head\n\nA boldmove."},
		{"list items one per line", `<p>Intro</p><ul><li>a</li><li>b <i>c</i></li></ul><p>End</p>`, "Intro\n\na\nb c\n\nEnd"},
		{"loose list", `<ol><li><p>a</p><p>a2</p></li><li><p>b</p></li></ol>`, "a\na2\nb"},
		{"nested list", `<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>`, "a\na1\nb"},
		{"br", `<p>line1<br>line2<br><br>para2<br><br><br>para3</p>`, "line1\nline2\n\npara2\n\npara3"},
		{"pre keeps lines", "<p>x</p><pre>\n\n  a  b\n\n  c\n\n</pre><p>y</p>", "x\n\n  a  b\n\n  c\n\ny"},
		{"pre with br and markup", "<pre>a<br>b <b>c</b>\n d</pre>", "a\nb c\n d"},
		{"table rows and cells", `<table><caption>Cap</caption><tr><th>h1</th><th>h2</th></tr><tr><td>a <b>1</b></td><td></td><td>c</td><td></td></tr></table><p>after</p>`,
			"Cap\nh1\th2\na 1\t\tc\n\nafter"},
		{"cell with blocks", `<table><tr><th>k</th><th>v</th></tr><tr><td><p>x</p><p>y</p></td><td>z<br>w</td></tr></table>`, "k\tv\nx y\tz w"},
		{"divs and sections", `<div>a</div><div><div>b</div></div><section>c</section>`, "a\n\nb\n\nc"},
		{"definition list", `<dl><dt>term</dt><dd>def</dd></dl>`, "term\ndef"},
		{"blockquote and figure", `<blockquote><p>q1</p><p>q2</p></blockquote><figure><img src="https://a.example/i.jpg" alt="alt"><figcaption>cap</figcaption></figure>`,
			"q1\n\nq2"}, // the caption stays in the HTML, not in the running text
		// A player replaced with its watch link: linked in the HTML and the
		// Markdown, nothing to follow in plain text. A figure of more than
		// a link of text keeps its text.
		{"a video's link", `<p>a</p><figure><a href="https://www.youtube.com/watch?v=abc">Watch the video on YouTube</a></figure><p>b</p>`, "a\n\nb"},
		{"a figure with more than a link", `<figure><a href="https://a.example/">x</a> y</figure><figure><blockquote>z</blockquote></figure>`, "x y\n\nz"},
		{"hr and empty blocks", `<p>a</p><p> </p><hr><p></p><p>&nbsp;</p><p>b</p>`, "a\n\nb"},
		{"escaped markup stays text", `<p>&lt;script&gt;x&lt;/script&gt; &amp; 1 &lt; 2</p>`, "<script>x</script> & 1 < 2"},
		{"removed elements have no text", `<p>keep</p><script>var x = "gone";</script><style>p{}</style><p>on</p>`, "keep\n\non"},
		{"inline across spaces", `<p>a <a href="https://a.example/">link</a>, b</p>`, "a link, b"},
		// An element the policy strips inside a line of text leaves no
		// space where it stood, so the output reads as the tree (and the
		// title read from it) does; between blocks the policy's space still
		// keeps words apart. fuzz 44b6d0eeec80f081: the title read "(int,"
		// and the text "( int,".
		{"invisible characters between blocks are no line", "\u200b<p>a</p>\u200b<div>b</div>\ufeff <p>\u200b<b>c</b> d\u200de</p>", "a\n\nb\n\nc d\u200de"},
		{"an unknown element in a heading", `<h2>countLines(path string) (<x-type>int</x-type>, error)</h2>`,
			"countLines(path string) (int, error)"},
		{"a font in a paragraph", `<p>It was banned in September <font color="red">2011</font>. The court ruled.</p>`,
			"It was banned in September 2011. The court ruled."},
		{"an anchor the policy drops", `<p>As the study found (<a name="ref1">1</a>), meals matter.</p>`,
			"As the study found (1), meals matter."},
		{"nested in an allowed inline element", `<p>The <b>fruiting <x-w>wood</x-w></b>, cut back.</p>`,
			"The fruiting wood, cut back."},
		{"unknown elements outside a line stay apart", `<div><x-title>One</x-title><x-dek>Two</x-dek></div>`, "One Two"},
		// Inside an inline element, in a list item or a link, an unknown
		// element is a piece of the line too. fuzz 0df65ab5b6e08a92: "00<c>0"
		// read "000" in the first clean, "00 0" in the second, and the item
		// was judged a date line only then.
		{"an unknown element in a bold run of a list item", `<ul><li>Pruned in 20<b>1<x-n>9</x-n></b> by hand</li></ul>`,
			"Pruned in 2019 by hand"},
		{"an unknown element in a link", `<p>See <a href="https://a.example/">the gui<x-w>de</x-w></a> first.</p><ul><li><a href="https://a.example/">gui<x-w>de</x-w></a></li></ul>`,
			"See the guide first.\n\nguide"},
		{"a link the policy drops, right against the text of a list item", `<ul><li>URL canonization (<a href="about:blank">www.*.com</a>) now uses https</li></ul>`,
			"URL canonization (www.*.com) now uses https"},
		{"links the policy drops, side by side, stay apart", `<div><a href="javascript:void(0)">Home</a><a href="javascript:void(0)">About</a></div>`, "Home About"},
		// fuzz a7877c339770ace8: "0<c>0" right in a list item read "00" in
		// the first clean and "0 0" in the second, which judged the item a
		// date line. A custom element (a hyphen in its name) keeps its space.
		{"an unknown element right in a list item", `<ul><li>0<c>0 and 1<font>9</font> rows</li><li><x-title>One</x-title><x-dek>Two</x-dek></li></ul>`,
			"00 and 19 rows\nOne Two"},
		{"words run on across inline elements in a cell, and blocks stand apart", `<table><tr><th>Website</th><td><a href="https://a.example/">www<wbr>.a<wbr>.example</a> <b>now</b>a<div>b</div>c<br>d</td></tr></table>`,
			"Website\twww.a.example nowa b c d"},
		{"a font in a span of a table cell", `<table><tr><td><span>12<font color="red">5</font></span> kg</td></tr></table>`, "125 kg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := renderTestDoc(t, "<html><body>"+tc.body+"</body></html>", "body", Options{})
			a, err := render(d)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tc.want {
				t.Errorf("Text\n got %q\nwant %q\n(HTML %q)", a.Text, tc.want, a.HTML)
			}
			if strings.Contains(a.Text, "\n\n\n") {
				t.Errorf("Text has more than one blank line: %q", a.Text)
			}
		})
	}
}

func TestRenderHTMLIsInnerAndSanitized(t *testing.T) {
	page := `<html><body><article id="story" class="x"><h2 onclick="x()">Sub</h2><p>Body <a href="javascript:alert(1)">bad</a> <a href="https://a.example/" target="_blank">good</a></p><iframe src="https://a.example/"></iframe></article><p>outside</p></body></html>`
	d := renderTestDoc(t, page, "article", Options{})
	a, err := render(d)
	if err != nil {
		t.Fatal(err)
	}
	// The link the policy refuses is unwrapped in its line, before the
	// sanitizer could write a space for each of its tags.
	want := `<h2>Sub</h2><p>Body bad <a href="https://a.example/" rel="noopener noreferrer">good</a></p>`
	if a.HTML != want {
		t.Errorf("HTML\n got %q\nwant %q", a.HTML, want)
	}
	if a.Text != "Sub\n\nBody bad good" {
		t.Errorf("Text = %q", a.Text)
	}
	if !strings.Contains(a.Markdown, "## Sub") || !strings.Contains(a.Markdown, "[good](https://a.example/)") {
		t.Errorf("Markdown = %q", a.Markdown)
	}
	if strings.Contains(a.Markdown, "javascript") || strings.Contains(a.Text, "outside") {
		t.Errorf("Markdown %q / Text %q show what HTML does not", a.Markdown, a.Text)
	}
	if a.InputKind != KindDocument {
		t.Errorf("InputKind = %q", a.InputKind)
	}
}

func TestRenderMarkdownEscapesText(t *testing.T) {
	d := renderTestDoc(t, `<body><p>&lt;img src=x onerror=alert(1)&gt; *not emphasis* [not](link)</p></body>`, "body", Options{})
	a, err := render(d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Markdown, "<img") {
		t.Errorf("Markdown has raw HTML a CommonMark renderer would pass through: %q", a.Markdown)
	}
	if !strings.Contains(a.Text, "<img src=x onerror=alert(1)>") {
		t.Errorf("Text lost the escaped text: %q", a.Text)
	}
}

func TestRenderMarkers(t *testing.T) {
	page := `<body><div id="c"><p>Keep one.</p><div class="share">Share this</div><p>Keep two.</p></div><aside class="comments">Comment text</aside></body>`
	for _, mark := range []bool{false, true} {
		d := renderTestDoc(t, page, "#c", Options{MarkRemoved: mark})
		d.remove(d.dom.Find(".share"), "furniture.share", "a share bar")
		d.remove(d.dom.Find(".comments"), "comments.section", "comments")
		a, err := render(d)
		if err != nil {
			t.Fatal(err)
		}
		hasMarker := strings.Contains(a.HTML, `<span data-winnow-removed="r1"></span>`)
		if hasMarker != mark {
			t.Errorf("MarkRemoved=%v: HTML %q", mark, a.HTML)
		}
		if strings.Contains(a.HTML, "winnow-marker") || strings.Contains(a.HTML, `"r2"`) {
			t.Errorf("HTML shows a raw marker or one from outside the article: %q", a.HTML)
		}
		if len(a.Removed) != 2 {
			t.Fatalf("Removed = %+v", a.Removed)
		}
		if !a.Removed[0].InArticle || a.Removed[1].InArticle {
			t.Errorf("InArticle = %v, %v; want true, false", a.Removed[0].InArticle, a.Removed[1].InArticle)
		}
		if a.Removed[0].HTML != "<div>Share this</div>" || a.Removed[1].HTML != "<aside>Comment text</aside>" {
			t.Errorf("Removed HTML = %q, %q", a.Removed[0].HTML, a.Removed[1].HTML)
		}
		if a.Text != "Keep one.\n\nKeep two." {
			t.Errorf("Text = %q", a.Text)
		}
	}
}

func TestRenderDropsEmptyParagraphs(t *testing.T) {
	page := `<body><div id="c"><p>Keep one.</p><p> </p><p>&nbsp;<br></p><p><span><b></b></span></p>` +
		`<p><img src="https://a.example/i.png" alt="kept"></p><p><span class="share">Share</span></p><p>Keep two.</p>` +
		`<p id="wn-fn1"></p><p><a href="#x"> </a></p></div></body>`
	for _, mark := range []bool{false, true} {
		d := renderTestDoc(t, page, "#c", Options{MarkRemoved: mark})
		d.remove(d.dom.Find(".share"), "furniture.share", "a share bar")
		a, err := render(d)
		if err != nil {
			t.Fatal(err)
		}
		want := 5 // the two kept, the image, the link target, and the marker's
		if !mark {
			want = 4
		}
		if got := strings.Count(a.HTML, "<p"); got != want {
			t.Errorf("MarkRemoved=%v: %d paragraphs, want %d: %q", mark, got, want, a.HTML)
		}
		if !strings.Contains(a.HTML, `<img`) || !strings.Contains(a.HTML, `id="wn-fn1"`) {
			t.Errorf("MarkRemoved=%v: lost the image or the link target: %q", mark, a.HTML)
		}
	}
}

func TestRenderNoContent(t *testing.T) {
	cases := []struct{ name, page, content string }{
		{"no content chosen", `<body><p>x</p></body>`, ""},
		{"empty selection", `<body><p>x</p></body>`, "article"},
		{"only images", `<body><div id="c"><img src="https://a.example/i.jpg"></div></body>`, "#c"},
		{"only script", `<body><div id="c"><script>alert("x")</script></div></body>`, "#c"},
		{"only white space", `<body><div id="c"> &nbsp; <p>  </p></div></body>`, "#c"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := renderTestDoc(t, tc.page, tc.content, Options{})
			if _, err := render(d); !errors.Is(err, ErrNoContent) {
				t.Errorf("err = %v, want ErrNoContent", err)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"one", 1},
		{"Don't stop — the e-mail's here.", 5},
		{"  spaced\n\nout\ttext ", 3},
		{"2024 was 1 year", 4},
		{"— • …", 0},
		{"日本語のテキスト", 8},
		{"iPhone的价格", 4},
		{"한국어 문장입니다", 2},
		{"Ελληνικά κείμενα", 2},
		{"a—b x日y", 4},
		{"tab\u00a0nbsp\u2003em", 3},
		// A run goes on across ASCII and other letters, and across
		// punctuation of either kind; only white space of any kind ends it.
		{"caf\u00e9s na\u00efve", 2},
		{"\u00e9a \u00e9", 2},
		{"a.b,c;d", 1},
		{"a\u2014b\u00b7c", 1},
		{"a\vb\fc\rd", 4},
		{"a\u0085b\u2028c", 3},
		{"x\u3000y", 2},
		{"ab日cd", 3},
		{"日a", 2},
		// Invalid UTF-8 is a RuneError a byte: neither letter nor space.
		{"a\xffb \xff \xe6\x97c", 2},
		{"\xc3", 0},
		{"...a", 1},
		{"a...", 1},
		{" 9 ", 1},
	}
	for _, tc := range cases {
		if got := countWords(tc.in); got != tc.want {
			t.Errorf("countWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestReadingMinutes(t *testing.T) {
	cases := []struct{ words, want int }{{0, 1}, {1, 1}, {230, 1}, {231, 2}, {460, 2}, {2300, 10}}
	for _, tc := range cases {
		if got := readingMinutes(tc.words); got != tc.want {
			t.Errorf("readingMinutes(%d) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

func TestRenderWordCount(t *testing.T) {
	d := renderTestDoc(t, `<body><p>`+strings.Repeat("word ", 500)+`</p></body>`, "body", Options{})
	a, err := render(d)
	if err != nil {
		t.Fatal(err)
	}
	if a.WordCount != 500 || a.ReadingMinutes != 3 {
		t.Errorf("WordCount, ReadingMinutes = %d, %d; want 500, 3", a.WordCount, a.ReadingMinutes)
	}
}

func TestRemovalHTMLCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<body><p>keep</p><section class="comments">`)
	for i := 0; b.Len() < 3*removalHTMLCap; i++ {
		b.WriteString(`<div class="comment"><p>A comment with <b>bold</b> &amp; text.</p></div>`)
	}
	b.WriteString(`</section></body>`)
	d := renderTestDoc(t, b.String(), "body", Options{})
	d.remove(d.dom.Find("section.comments"), "comments.section", "comments")
	a, err := render(d)
	if err != nil {
		t.Fatal(err)
	}
	h := a.Removed[0].HTML
	if len(h) > removalHTMLCap+512 {
		t.Errorf("removal HTML is %d bytes, cap %d", len(h), removalHTMLCap)
	}
	if !strings.Contains(h, "the first") || !strings.HasPrefix(h, "<section><div><p>") {
		t.Errorf("cut HTML does not say so or lost its start: %q…", h[:min(len(h), 200)])
	}
	if sanitizeHTML(h) != h {
		t.Error("cut HTML is not stable under the policy")
	}
	// The cut falls where a block ends: the last comment before the note is whole.
	body := h[:strings.LastIndex(h, "<p><em>[winnow")]
	if !strings.HasSuffix(body, "</p></div></section>") {
		t.Errorf("cut is not at a block boundary: …%q", body[max(0, len(body)-120):])
	}
}

func TestCutHTML(t *testing.T) {
	cases := []struct {
		in    string
		limit int
		want  string
	}{
		{`<div><p>one</p><p>two</p></div>`, 20, `<div><p>one</p></div>`},
		{`<p>one two three four</p>`, 14, `<p>one two</p>`},
		{`<p>aaaa&amp;bbbb</p>`, 10, `<p>aaaa</p>`},
		{`<p>aaaa&amp;bbbb</p>`, 12, `<p>aaaa&amp;</p>`},
		{`<ul><li>a</li><li>b</li></ul>`, 100, `<ul><li>a</li><li>b</li></ul>`},
	}
	for _, tc := range cases {
		if got := cutHTML(tc.in, tc.limit); got != tc.want {
			t.Errorf("cutHTML(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
		}
	}
}

// SkipRemovedHTML drops only the removed blocks' HTML: the article and the
// records are what a full clean gives.
func TestSkipRemovedHTML(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "wordpress-en.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, mark := range []bool{false, true} {
		full, err := Clean(page, Options{MarkRemoved: mark})
		if err != nil {
			t.Fatal(err)
		}
		lean, err := Clean(page, Options{MarkRemoved: mark, SkipRemovedHTML: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(full.Removed) == 0 || full.Removed[0].HTML == "" {
			t.Fatal("the fixture should have removed blocks with HTML")
		}
		leanJSON, _ := lean.JSON()
		for i := range lean.Removed {
			if lean.Removed[i].HTML != "" {
				t.Errorf("mark %v: removal %s has HTML with SkipRemovedHTML", mark, lean.Removed[i].ID)
			}
		}
		html := make([]string, len(full.Removed))
		for i := range full.Removed {
			html[i], full.Removed[i].HTML = full.Removed[i].HTML, ""
		}
		if fullJSON, _ := full.JSON(); !bytes.Equal(fullJSON, leanJSON) {
			t.Errorf("mark %v: SkipRemovedHTML changed more than the removed blocks' HTML", mark)
		}
		// Asked for, each block's HTML is what a full clean writes, in any
		// order, and asked again, the same.
		for i := len(lean.Removed) - 1; i >= 0; i-- {
			for range 2 {
				got, ok := lean.RemovalHTML(lean.Removed[i].ID)
				if !ok || got != html[i] {
					t.Errorf("mark %v: RemovalHTML(%s) = %.80q, %v; want the full clean's %.80q", mark, lean.Removed[i].ID, got, ok, html[i])
				}
			}
		}
		if _, ok := lean.RemovalHTML("r999"); ok {
			t.Error("RemovalHTML found a block that was never removed")
		}
	}
}

// TestTextWriterFolds checks the folding of text outside <pre> against
// strings.Fields and a join, which it stands for: whichever white space
// (ASCII, no-break, ideographic, U+0085) and wherever it stands.
func TestTextWriterFolds(t *testing.T) {
	cases := []string{
		"", " ", "word", "two words", " lead", "trail ", "  both  ",
		"a  b", "a \tb", "a\t b", "a \nb", "a b c d", "a b  c d",
		"a \u00a0b", "a\u00a0b c", "café au lait", "a é", "é a", "日本 語",
		"a\u3000b c", "a \u3000 b", "a\u0085b", "a\vb c", "x ", " x", "a b\n",
		"a \xff b", "\xff \xfe", "<pre>  kept </pre>", "one two\u2003three four",
		// Longer than eight bytes, the odd byte at each place of a block.
		"  lead and trail  ", " sentence of words ", "abcdefgh ijklmnop",
		"abcdefg\thijklmnop", "abcdefghijklmno\npq", "abcdefghijklmnop  q",
		"abcdefghijklmnop\u3000q", "abcdefghijklmnop\u00a0", "\u00a0abcdefghijklmnop",
		"abcdefghijklmnop\x85q", "words words words\vwords", "trailing tab words\t",
		"abcdefg  hijklmnop", "abcdefghijklmno  p", "abcdefg hijklmnop", "a b c d e f g h i j k l",
		"ab cd ef gh ij kl mn o", "abcdefgh ijklmnopq  rs", "abcdefghijklmnopq  ",
	}
	for _, s := range cases {
		for _, before := range []string{"", "x"} {
			w := &textWriter{preStart: -1}
			if before != "" {
				w.text(before)
			}
			w.text(s)
			w.text("|")
			want := strings.Join(strings.Fields(s), " ")
			if before != "" && want != "" && strings.TrimLeftFunc(s, unicode.IsSpace) != s {
				want = " " + want
			}
			want = before + want
			if s != "" && (want == before || strings.TrimRightFunc(s, unicode.IsSpace) != s) && len(want) > 0 {
				want += " "
			}
			want += "|"
			if got := string(w.buf); got != want {
				t.Errorf("after %q, text(%q) then \"|\" = %q, want %q", before, s, got, want)
			}
		}
	}
}

func TestWalk(t *testing.T) {
	// names lists the elements visited, each inner walk's in brackets.
	tests := []struct {
		name  string
		html  string
		visit func(n *html.Node, names *[]string) bool
		want  string
	}{
		{
			name: "document order",
			html: `<div><p><b>x</b></p><ul><li>a</li></ul></div><p>y</p>`,
			want: "body div p b ul li p",
		},
		{
			name:  "false skips the children",
			html:  `<div><p><b>x</b></p></div><p><i>y</i></p>`,
			visit: func(n *html.Node, _ *[]string) bool { return n.Data != "div" },
			want:  "body div p i",
		},
		{
			name: "a node taken out as it is visited still has its children visited",
			html: `<div><p>x</p></div><span>y</span>`,
			visit: func(n *html.Node, _ *[]string) bool {
				if n.Data == "div" {
					n.Parent.RemoveChild(n)
				}
				return true
			},
			want: "body div p span",
		},
		{
			name: "children added during the visit are visited",
			html: `<div></div><p>y</p>`,
			visit: func(n *html.Node, _ *[]string) bool {
				if n.Data == "div" {
					n.AppendChild(&html.Node{Type: html.ElementNode, Data: "em"})
				}
				return true
			},
			want: "body div em p",
		},
		{
			name: "a walk inside a visit",
			html: `<ul><li><b>a</b></li></ul><p>y</p>`,
			visit: func(n *html.Node, names *[]string) bool {
				if n.Data == "ul" {
					*names = append(*names, "[")
					walk(n, func(m *html.Node) bool {
						if m.Type == html.ElementNode {
							*names = append(*names, m.Data)
						}
						return true
					})
					*names = append(*names, "]")
				}
				return true
			},
			want: "body ul [ ul li b ] li b p",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := parseBody(tt.html)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			walk(body, func(n *html.Node) bool {
				if n.Type == html.ElementNode {
					names = append(names, n.Data)
				}
				if tt.visit != nil {
					return tt.visit(n, &names)
				}
				return true
			})
			if got := strings.Join(names, " "); got != tt.want {
				t.Errorf("visited %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDropEmptyParagraphs checks which paragraphs that show nothing go: all
// but one that breaks a line of text in two. The mark of a removed block
// is no text: the output shows nothing there, or an empty span; nor is an
// unknown element with nothing in it, which the output leaves out, and a
// paragraph of nothing else shows nothing.
func TestDropEmptyBlocks(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"between blocks", `<p>a</p><p> </p><p>b</p>`, `<p>a</p><p>b</p>`},
		{"breaking a line", `a<p></p>b`, `a<p></p>b`},
		{"before a removed block's mark only",
			`<a href="/">The Ledger<p></p><winnow-marker data-winnow-removed="r1"></winnow-marker></a>`,
			`<a href="/">The Ledger<winnow-marker data-winnow-removed="r1"></winnow-marker></a>`},
		{"before an unknown element with nothing in it",
			`<a href="/">The Ledger<p></p> <x-nav class="menu"></x-nav></a>`,
			`<a href="/">The Ledger <x-nav class="menu"></x-nav></a>`},
		{"before an unknown element with text", `a<p></p><x-note>b</x-note>`, `a<p></p><x-note>b</x-note>`},
		{"holding only an element the policy strips, empty", `<p>a</p><p><x-icon class="i"></x-icon></p><p>b</p>`, `<p>a</p><p>b</p>`},
		{"holding an svg with words", `<p><svg><title>Share</title></svg></p>`, `<p><svg><title>Share</title></svg></p>`},
		{"holding a picture", `<p><img src="x.jpg"/></p>`, `<p><img src="x.jpg"/></p>`},
		{"a heading emptied", `<p>a</p><h2> <span></span> </h2><h6></h6><p>b</p>`, `<p>a</p><p>b</p>`},
		{"a list's empty items, and the list they leave empty", `<ul><li>one</li><li> </li></ul><ol><li></li><li><br/></li></ol>`, `<ul><li>one</li></ul>`},
		{"an item that holds a list stays", `<ul><li><ul><li>deep</li><li></li></ul></li></ul>`, `<ul><li><ul><li>deep</li></ul></li></ul>`},
		{"an empty caption", `<figure><img src="x.jpg"/><figcaption> </figcaption></figure>`, `<figure><img src="x.jpg"/></figure>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bodyAfter(t, tt.in, dropEmptyBlocks); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
