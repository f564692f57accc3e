package cleaner

import (
	"regexp"
	"strings"
	"testing"
)

// markdownOf renders HTML the way render does: sanitized, parsed again,
// then written as Markdown.
func markdownOf(t *testing.T, in string) string {
	t.Helper()
	body, err := parseBody(sanitizeHTML(in))
	if err != nil {
		t.Fatal(err)
	}
	return toMarkdown(body, "(text)")
}

func TestToMarkdown(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// Blocks.
		{"headings", `<h1>Title</h1><h2>Sub <em>head</em></h2><h6>Six</h6>`, "# Title\n\n## Sub *head*\n\n###### Six"},
		{"heading ending in a hash", `<h3>Issue #</h3><h4>C#</h4><h5>#</h5>`, "### Issue \\#\n\n#### C#\n\n##### \\#"},
		{"heading with line break", `<h2>One<br>two</h2>`, "## One two"},
		{"empty heading", `<h2> </h2><p>x</p>`, "x"},
		{"paragraphs fold white space", "<p>One  two\n\tthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"br is a hard break, two split", `<p>a<br>b<br><br>c</p><p>x<br></p>`, "a\\\nb\n\nc\n\nx"},
		{"no-break space kept", `<p>a&nbsp;b</p><p>&nbsp;</p>`, "a\u00a0b"},
		// CommonMark takes a no-break space beside a delimiter for white
		// space: "*of\u00a0*" would not close.
		{"no-break spaces at an emphasis's ends go outside it", `<p><i>the performance of&nbsp;</i><b><i>Calvin Johnson</i></b><i>&nbsp;and the Lions</i></p>`,
			"*the performance of* ***Calvin Johnson*** *and the Lions*"},
		{"an emphasis of a no-break space alone is a space", `<p>in action:<strong><em>&nbsp;</em></strong>More of us</p>`, "in action: More of us"},
		{"hr", `<p>a</p><hr><p>b</p>`, "a\n\n---\n\nb"},
		{"invisible characters between blocks are no paragraph", "<p>a</p>\u200b<p>b</p><div>x<br><br>\ufeff<br><br>y\u200dz</div>", "a\n\nb\n\nx\n\ny\u200dz"},
		{"blockquote", `<blockquote><p>q1</p><p>q2</p><blockquote><p>deep</p></blockquote></blockquote>`, "> q1\n>\n> q2\n>\n> > deep"},
		{"quotes in a row stay apart", `<blockquote>a</blockquote><blockquote>b</blockquote>`, "> a\n\n> b"},
		{"transparent containers", `<div><section><p>s</p></section><article>a</article></div><aside>b</aside><header>h</header><footer>f</footer><main>m</main>`, "s\n\na\n\nb\n\nh\n\nf\n\nm"},
		{"marker renders nothing", `<p>Keep<span data-winnow-removed="r1"></span> on</p>`, "Keep on"},

		// Code.
		{"code block", "<pre><code>if a {\n\n  b()\n}\n</code></pre>", "```\nif a {\n\n  b()\n}\n```"},
		{"code block fence outruns backticks", "<pre>x ```` y</pre>", "`````\nx ```` y\n`````"},
		{"code block with br", "<pre>a<br>b</pre>", "```\na\nb\n```"},
		{"code block not escaped", "<pre># *x* [y]</pre>", "```\n# *x* [y]\n```"},
		{"inline code", `<p>Run <code>go  test</code> now</p>`, "Run `go test` now"},
		{"inline code with backticks", "<p><code>a `b</code> and <code>`x`</code></p>", "``a `b`` and `` `x` ``"},
		{"inline code keeps markup chars", `<p><code>*a* [b]</code></p>`, "`*a* [b]`"},

		// Lists.
		{"bullet list", `<ul><li>a</li><li>b <i>c</i></li></ul>`, "- a\n- b *c*"},
		{"nested lists", `<ul><li>a</li><li>b<ul><li>b1</li><li>b2<ol><li>x</li></ol></li></ul></li><li>c</li></ul>`,
			"- a\n- b\n  - b1\n  - b2\n    1. x\n- c"},
		{"ordered start and width", `<ol start="9"><li>nine</li><li>ten<ul><li>x</li></ul></li><li>eleven</li></ol>`,
			"9. nine\n10. ten\n    - x\n11. eleven"},
		{"item with blocks", `<ol><li><p>p1</p><p>p2</p></li><li>last</li></ol>`, "1. p1\n\n   p2\n\n2. last"},
		{"item with code quote and table", "<ul><li><p>para</p><pre>code\n\nmore</pre></li><li><blockquote><p>q</p></blockquote></li><li><table><tr><td>c</td></tr></table></li></ul>",
			"- para\n\n  ```\n  code\n\n  more\n  ```\n\n- > q\n\n- | c |\n  | --- |"},
		{"sublist not starting at 1", `<ul><li>a<ol start="3"><li>three</li></ol></li></ul>`, "- a\n\n  3. three"},
		{"list in quote", `<blockquote><ul><li>a</li><li>b</li></ul></blockquote>`, "> - a\n> - b"},
		{"lists in a row alternate markers", `<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>`,
			"- a\n\n* b\n\n1. c\n\n1) d"},
		{"value and reversed", `<ol reversed><li>c</li><li>b</li></ol><p>x</p><ol start="0"><li>zero</li><li value="7">seven</li><li>eight</li></ol>`,
			"2. c\n1. b\n\nx\n\n0. zero\n7. seven\n8. eight"},
		{"empty item dropped", `<ul><li></li><li>real</li></ul>`, "- real"},
		{"text directly in a list", `<ul>stray <b>text</b><li>item</li></ul>`, "- stray **text**\n- item"},
		{"paragraph after list", `<ul><li>a</li></ul><p>after</p>`, "- a\n\nafter"},

		// Definitions, details, figures.
		{"definition list", `<dl><dt>Term</dt><dd>Definition <b>bold</b></dd><dt><b>Bold</b> term</dt><dd><p>d1</p><p>d2</p></dd></dl>`,
			"**Term**\n\nDefinition **bold**\n\n**Bold term**\n\nd1\n\nd2"},
		{"details", `<details><summary>More</summary><p>Hidden</p></details>`, "**More**\n\nHidden"},
		{"figure", `<figure><img src="https://a.example/i.jpg" alt="An [odd] alt" title="A &quot;title&quot;"><figcaption>Photo: <em>Someone</em>.</figcaption></figure>`,
			"![An \\[odd\\] alt](https://a.example/i.jpg \"A \\\"title\\\"\")\n\n_Photo: Someone._"},
		{"caption before image goes after", `<figure><figcaption>Cap</figcaption><img src="https://a.example/i.jpg" alt=""></figure>`,
			"![](https://a.example/i.jpg)\n\n_Cap_"},
		{"picture uses its img", `<picture><source srcset="https://a.example/b.webp" type="image/webp"><img src="https://a.example/b.jpg" alt="pic"></picture>`,
			"![pic](https://a.example/b.jpg)"},
		{"image from srcset", `<p><img srcset="https://a.example/s.jpg 1x, https://a.example/l.jpg 2x" alt="s"></p>`, "![s](https://a.example/s.jpg)"},

		// Tables.
		{"table with header", `<table><caption>Cap</caption><thead><tr><th>H1</th><th>H2</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>`,
			"Cap\n\n| H1 | H2 |\n| --- | --- |\n| 1 |  |\n| a | b |"},
		{"table without header", `<table><tr><td>a|b</td><td><p>x</p><p>y</p></td></tr><tr><td colspan="2">wide</td></tr></table>`,
			"| a\\|b | x y |\n| --- | --- |\n| wide |  |"},
		{"table cell with code and break", "<table><tr><td><code>a|b</code> c<br>d</td></tr></table>", "| `a\\|b` c d |\n| --- |"},
		{"table footer goes last", `<table><tfoot><tr><td>sum</td></tr></tfoot><tbody><tr><td>row</td></tr></tbody></table>`,
			"| row |\n| --- |\n| sum |"},
		{"empty table", `<table><tr><td></td></tr></table><p>x</p>`, "|  |\n| --- |\n\nx"},

		// Inline.
		{"emphasis", `<p><em>em</em> <i>i</i> <strong>st</strong> <b>b</b> <del>d</del> <s>s</s></p>`, "*em* *i* **st** **b** ~~d~~ ~~s~~"},
		{"emphasis spaces move out", `<p>a<em> spaced </em>b</p>`, "a *spaced* b"},
		{"nested emphasis not doubled", `<p><em>a <em>b</em> c</em> <strong><em>both</em></strong></p>`, "*a b c* ***both***"},
		{"empty emphasis dropped", `<p>a<em> </em>b<strong></strong></p>`, "a b"},
		{"emphasis across a break", `<p>x<em>a<br>b</em></p>`, "x*a\\\nb*"},
		{"delimiters that could not close are dropped", `<p><strong>"Quoted"</strong>word, a<em>(b)</em></p>`, "\"Quoted\"word, a(b)"},
		{"adjacent emphasis of one kind joins", `<p><b>late</b><b>.</b> <i>a</i><i>b</i> <b>x</b> <b>y</b></p>`, "**late.** *ab* **x** **y**"},
		{"adjacent emphasis of two kinds stays apart", `<p><b>a</b><b><i>b</i></b></p>`, "**a*b***"},
		{"text elements", `<p>x<sup>2</sup> H<sub>2</sub>O <small>s</small> <mark>m</mark> <abbr title="t">AB</abbr> <cite>c</cite> <time>now</time> <kbd>K</kbd> <u>u</u> <ins>i</ins></p>`,
			"x2 H2O s m AB c now K u i"},
		{"q gets quotes", `<p>He said <q>go</q>.</p>`, "He said \"go\"."},

		// Links and images.
		{"link", `<p>a <a href="https://a.example/p" title="T">link</a>, b</p>`, "a [link](https://a.example/p \"T\"), b"},
		{"a link to a place in the article is its text", `<p>Text<sup><a href="#wn-n1">1</a></sup> and <a href="#wn-part">part two</a>.</p>`, "Text1 and part two."},
		{"autolink", `<p><a href="https://a.example/">https://a.example/</a> <a href="mailto:a@b.example">mailto:a@b.example</a></p>`,
			"<https://a.example/> <mailto:a@b.example>"},
		{"link without text or href", `<p>a <a href="https://a.example/"></a> <a>plain</a> b</p>`, "a plain b"},
		{"link with parens", `<p><a href="https://a.example/x_(y)">wiki</a> <a href="https://a.example/a(b">odd</a></p>`,
			"[wiki](https://a.example/x_(y)) [odd](https://a.example/a%28b)"},
		{"link around image", `<p><a href="https://a.example/"><img src="https://a.example/i.png" alt="i"></a></p>`,
			"[![i](https://a.example/i.png)](https://a.example/)"},
		{"bang before link", `<p>Wow!<a href="https://a.example/">link</a></p>`, "Wow\\![link](https://a.example/)"},
		{"link in heading", `<h2><a href="https://a.example/">Head</a></h2>`, "## [Head](https://a.example/)"},

		// Escaping.
		{"line starts", `<p># no</p><p>&gt; no</p><p>- no</p><p>+ no</p><p>1. no</p><p>2024) no</p><p>---</p><p>===</p><p>-- --</p>`,
			"\\# no\n\n\\> no\n\n\\- no\n\n\\+ no\n\n1\\. no\n\n2024\\) no\n\n\\---\n\n\\===\n\n\\-- --"},
		{"line starts after breaks", `<p>a<br>- b<br># c<br>1. d<br>===<br>|-|-|</p>`, "a\\\n\\- b\\\n\\# c\\\n1\\. d\\\n\\===\\\n\\|-|-|"},
		{"ordinary starts stay", `<p>#hashtag</p><p>-5 degrees</p><p>1.5 m</p><p>+1</p>`, "#hashtag\n\n-5 degrees\n\n1.5 m\n\n+1"},
		{"inline specials", `<p>a * b _c_ snake_case [x] \ ~x~ ` + "`t`" + `</p>`, "a \\* b \\_c\\_ snake_case \\[x\\] \\\\ \\~x\\~ \\`t\\`"},
		{"angle brackets and ampersands", `<p>&lt;b&gt; &lt;/i&gt; 1 &lt; 2 &amp;amp; &amp;#38; AT&amp;T</p>`, "&lt;b> &lt;/i> 1 < 2 \\&amp; \\&#38; AT&T"},
		{"ordinary punctuation stays", `<p>Dr. Smith (born 1950) said: "yes!" — it's 3.5% + tax; a/b, c? #1</p>`,
			"Dr. Smith (born 1950) said: \"yes!\" — it's 3.5% + tax; a/b, c? #1"},
		// Paragraphs one after another around blocks share one inlineWriter:
		// nothing pending in one (a space, a <br>, open emphasis) may show
		// in the next.
		{"pending break before a block", "<p>one <em>two</em> <br></p><p>three</p>", "one *two*\n\nthree"},
		{"paragraphs around a list item's block", "<div>lead <a href=\"/x\">link</a><ul><li>item <strong>bold</strong><p>inner para</p>tail</li></ul>after *text*</div>", "lead [link](/x)\n\n- item **bold**\n\n  inner para\n\n  tail\n\nafter \\*text\\*"},
		{"emphasis around a block in a quote", "<blockquote>quoted <em>open<p>block inside</p>still</em> end</blockquote>next", "> quoted *open block inside still* end\n\nnext"},
		{"breaks then folded spaces", "<p>line<br>break<br><br>new para</p><p>  spaced   words  </p>", "line\\\nbreak\n\nnew para\n\nspaced words"},
		{"caption between paragraphs", "<figure><img src=\"/i.png\" alt=\"a\">text<figcaption>cap <em>x</em></figcaption></figure>after", "![a](/i.png)text\n\n_cap x_\n\nafter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := markdownOf(t, tc.in)
			if got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
			for _, line := range strings.Split(got, "\n") {
				if strings.HasSuffix(line, " ") && !strings.Contains(tc.in, "<pre") {
					t.Errorf("trailing space in line %q", line)
				}
			}
		})
	}
}

func TestToMarkdownFallsBackToText(t *testing.T) {
	body, err := parseBody(`<p> </p>`)
	if err != nil {
		t.Fatal(err)
	}
	if got := toMarkdown(body, "the text"); got != "the text" {
		t.Errorf("got %q", got)
	}
}

func TestLinkDestination(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://a.example/p?q=1#f", "https://a.example/p?q=1#f"},
		{"https://a.example/a b", "https://a.example/a%20b"},
		{"https://a.example/x_(y)", "https://a.example/x_(y)"},
		{"https://a.example/a)b(", "https://a.example/a%29b%28"},
		{"https://a.example/a(b", "https://a.example/a%28b"},
		{"https://a.example/<x>", "https://a.example/%3Cx%3E"},
		{`https://a.example/a\b`, "https://a.example/a%5Cb"},
		{"https://a.example/\n", "https://a.example/%0A"},
	}
	for _, tc := range cases {
		if got := linkDestination(tc.in); got != tc.want {
			t.Errorf("linkDestination(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsAutolinkURL(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"https://a.example/", true},
		{"mailto:a@b.example", true},
		{"/relative", false},
		{"a.example", false},
		{"https://a.example/a b", false},
		{"https://a.example/<", false},
		{"1http://x", false},
	}
	for _, tc := range cases {
		if got := isAutolinkURL(tc.in); got != tc.want {
			t.Errorf("isAutolinkURL(%q) = %v", tc.in, got)
		}
	}
}

func TestIsCharRef(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"amp;", true}, {"#38;", true}, {"#x26;", true}, {"frac12;", true},
		{"T", false}, {" b;", false}, {"#;", false}, {"#xg;", false}, {";", false}, {"1a;", false},
	}
	for _, tc := range cases {
		if got := isCharRef(tc.in); got != tc.want {
			t.Errorf("isCharRef(%q) = %v", tc.in, got)
		}
	}
}

// TestToMarkdownDeepNesting checks that quotes and lists nested past
// mdMaxLevels keep their text and that the output does not grow with the
// square of the depth.
func TestToMarkdownDeepNesting(t *testing.T) {
	for _, tag := range []string{"blockquote", "ul"} {
		depth := 240
		var b strings.Builder
		for range depth {
			if tag == "ul" {
				b.WriteString("<ul><li>")
			} else {
				b.WriteString("<blockquote>")
			}
		}
		b.WriteString("<p>bottom</p>")
		body, err := parseBody(b.String())
		if err != nil {
			t.Fatal(err)
		}
		md := toMarkdown(body, "")
		if !strings.Contains(md, "bottom") {
			t.Errorf("%s: text lost: %q", tag, md)
		}
		if len(md) > 8*mdMaxLevels {
			t.Errorf("%s: %d bytes for one word", tag, len(md))
		}
	}
}

// markdownSyntax matches what Markdown adds around text: link and image
// destinations, emphasis and escape characters, and brackets.
var markdownSyntax = regexp.MustCompile(`\]\([^)]*\)|[\\*_~\[\]]`)

// TestMarkdownFixtures checks that the Markdown of each fixture holds every
// paragraph of its article, word for word.
func TestMarkdownFixtures(t *testing.T) {
	plain := func(s string) string {
		return strings.Join(strings.Fields(markdownSyntax.ReplaceAllString(s, " ")), " ")
	}
	for _, tc := range fixtureCases {
		t.Run(tc.file, func(t *testing.T) {
			a := cleanFixture(t, tc)
			md := plain(a.Markdown)
			for _, p := range tc.paragraphs {
				if !strings.Contains(md, plain(p)) {
					t.Errorf("Markdown lacks %q:\n%s", p, a.Markdown)
				}
			}
			for _, line := range strings.Split(a.Markdown, "\n") {
				if strings.HasSuffix(line, " ") && !strings.Contains(a.HTML, "<pre") {
					t.Errorf("trailing space in line %q", line)
				}
			}
		})
	}
}

// TestPlainInline checks that text plainInline lets through is exactly what
// folding and escaping it would give, and that it does let plain text
// through (the point of it).
func TestPlainInline(t *testing.T) {
	cases := []struct {
		in    string
		plain bool
	}{
		{"word", true},
		{"two words here", true},
		{"café, naïve — 日本語 テキスト", true},
		{"no\u00a0break\u3000ideographic", true},
		{"snake_case", false},
		{"a  b", false},
		{"a\tb", false},
		{"a\nb", false},
		{"a \nb", false},
		{"a\rb", false},
		{"a\fb", false},
		{"a\vb", true}, // not HTML white space, and not escaped
		{"1 < 2 & 3", false},
		{"*star*", false},
		{"[link]", false},
		{"back\\slash", false},
		{"tick`", false},
		{"~tilde", false},
		{"a\xffb \xc3", true},
		{"#heading - list + 1. item > quote | pipe", true}, // line starts are escaped elsewhere
		// Longer than eight bytes, the odd byte at each place of a block.
		{"abcdefgh ijklmnop", true},
		{"abcdefg  hijklmnop", false},
		{"abcdefgh\tijklmnop", false},
		{"abcdefghijklmno_p", false},
		{"abcdefghijklmnop*", false},
		{"<abcdefghijklmnop", false},
		{"abcdefghijklmnop q", true},
		{"abcdefghijklmnop\u00a0\u00a0q", true},
		// Two spaces across the end of a block of eight, and one space at
		// each place of a block.
		{"abcdefghijklmno  p", false},
		{"abcdefg hijklmnop", true},
		{"a b c d e f g h i j k l", true},
		{"a b c d e f g  h i j", false},
		{"ab cd ef gh ij kl mn o", true},
		{"abcdefgh ijklmnopq  rs", false},
	}
	for _, tc := range cases {
		if got := plainInline(tc.in); got != tc.plain {
			t.Errorf("plainInline(%q) = %v, want %v", tc.in, got, tc.plain)
		}
		if plainInline(tc.in) {
			if full := escapeInline(foldHTMLSpace(tc.in)); full != tc.in {
				t.Errorf("plainInline(%q) but folded and escaped it is %q", tc.in, full)
			}
		}
	}
}
