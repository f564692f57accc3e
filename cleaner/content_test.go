package cleaner

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestContentInside runs the content pass, in its gentle form that trusts no
// class names, over a story with blocks inside its container, and checks
// which of them cleanInside takes out.
func TestContentInside(t *testing.T) {
	story := strings.TrimSuffix(strings.TrimPrefix(storyHTML, `<article class="post">`), `</article>`)
	tests := []struct {
		name   string
		inside string // markup placed inside the story's container, before the story
		gone   []string
		rules  []string
		kept   []string
	}{
		{
			name:   "a breadcrumb trail goes by its shape, whatever its class",
			inside: `<div class="x"><a href="/">Home</a> › <a href="/farming/">Farming</a> › <span>The Orchard in Winter</span></div>`,
			gone:   []string{"Home › Farming › The Orchard in Winter"},
			rules:  []string{"content.breadcrumb"},
			kept:   []string{"In winter the orchard is quiet"},
		},
		{
			name:   "slashes, and a long last item",
			inside: `<p><a href="/">Home</a> / <a href="/farming/">Farming</a> / News article: The Orchard in Winter, with pictures</p>`,
			gone:   []string{"Home / Farming / News article"},
			rules:  []string{"content.breadcrumb"},
		},
		{
			// fuzz e3c2894f40b45e42: the output keeps only the anchor's text
			name:   "a separator in an anchor with no href is a separator",
			inside: `<div class="x"><a href="/">Home</a><a> › </a><a href="/farming/">Farming</a> › <span>The Orchard in Winter</span></div>`,
			gone:   []string{"Home › Farming › The Orchard in Winter"},
			rules:  []string{"content.breadcrumb"},
		},
		{
			name:   "links with an arrow inside their text are not a trail",
			inside: `<p><a href="/a">See what else the farm grows »</a><br><a href="/b">See who buys its apples »</a><br>Both lists are brought up to date every week by the farm's own staff.</p>`,
			kept:   []string{"See what else the farm grows »", "See who buys its apples »"},
		},
		{
			name:   "words between the links make it prose",
			inside: `<p>Read <a href="/a">part one</a> / <a href="/b">part two</a> and then / <a href="/c">part three</a> of the series.</p>`,
			kept:   []string{"Read part one / part two and then / part three of the series."},
		},
		{
			// An unclosed element holds the story inside the trail: written
			// out as a <p>, the trail would end where the story starts, and
			// a second clean would judge it alone (fuzz eeb59666760b4cbf).
			name:   "a trail that swallowed the story is judged without it",
			inside: `<div class="x"><a href="/">Home</a> › <a href="/farming/">Farming</a> › <span>The Orchard in Winter</span><odiv>`,
			gone:   []string{"Home › Farming › The Orchard in Winter"},
			rules:  []string{"content.breadcrumb"},
			kept:   []string{"In winter the orchard is quiet", "By March the cuttings are piled"},
		},
		{
			name:   "a date line of relative time goes, in English, German and French",
			inside: `<div class="x"><p>posted 56 mins ago</p><span>vor 3 Stunden</span><p>Il y a 2 jours</p></div>`,
			gone:   []string{"posted 56 mins ago", "vor 3 Stunden", "Il y a 2 jours"},
			rules:  []string{"content.byline", "content.byline", "content.byline"},
			kept:   []string{"In winter the orchard is quiet"},
		},
		{
			name: "a line that names the author, perhaps with a date, is a byline in any of its wordings",
			inside: `<div class="x"><p>Written By: Jason Shafrin</p><p>By Ines Carvalho | June 2, 2026</p>` +
				`<p>Von Ines Carvalho</p><p>posted by jdoe</p></div>`,
			gone:  []string{"Written By: Jason Shafrin", "By Ines Carvalho | June 2, 2026", "Von Ines Carvalho", "posted by jdoe"},
			rules: []string{"content.byline", "content.byline", "content.byline", "content.byline"},
			kept:  []string{"In winter the orchard is quiet"},
		},
		{
			name:   "a sentence that starts with by is no byline",
			inside: `<p>By the end of the winter the rows were bare.</p><p>Bypass Road</p><p>By Ines Carvalho, who grows pears.</p><p><b>By Our Count</b></p>`,
			kept:   []string{"By the end of the winter", "Bypass Road", "By Ines Carvalho, who grows pears.", "By Our Count"},
		},
		{
			// The Readability test page of Wikipedia's Mozilla article: each
			// citation's "Retrieved 1 May 2016" lost its day and month.
			name: "a piece of a date in a citation, its year after it, stays",
			inside: `<ol><li><cite>"Mozilla.org WHOIS". DomainTools<span class="accessdate">. Retrieved <span class="nowrap">1 May</span> 2016</span>.</cite></li>` +
				`<li><cite>"The Manifesto". Retrieved <span>24 July</span>, 2015.</cite></li></ol>`,
			kept: []string{"Retrieved 1 May 2016.", "Retrieved 24 July, 2015."},
		},
		{
			name:   "a date, then a bare byline prefix and a name, is a byline",
			inside: `<div class="x"><small>11.09.2011, 16:20 von jovelstefan</small><p>3 März 2020 von der Stadt beschlossen</p><p>2011 by the numbers</p></div>`,
			gone:   []string{"11.09.2011, 16:20 von jovelstefan"},
			rules:  []string{"content.byline"},
			kept:   []string{"3 März 2020 von der Stadt beschlossen", "2011 by the numbers"},
		},
		{
			name: "a day in one word, or a date with a month's name, then by and a name",
			inside: `<div class="x"><p class="post-info">2012-10-29 by <a href="/author/herb/">Herb Sutter</a></p><small>August 6th, 2012 by Steve Cypher</small>` +
				`<p>Monday by the river</p></div>`,
			gone:  []string{"2012-10-29 by Herb Sutter", "August 6th, 2012 by Steve Cypher"},
			rules: []string{"content.byline", "content.byline"},
			kept:  []string{"Monday by the river"},
		},
		{
			name: "a byline's name, then a date, a place, a handle or a count of comments",
			inside: `<div class="x"><p>By Bethany Rickwald • Nov 6, 2012 • New York City</p><p>By Joanna Fay Leis (@JoannaFayL)</p>` +
				`<p>-- Posted by Neil Buchanan</p><p>By Ines Carvalho | June 2, 2026 | 3 Comments</p><p>By Ines Carvalho, who grows pears • and bees</p></div>`,
			gone:  []string{"By Bethany Rickwald • Nov 6, 2012 • New York City", "By Joanna Fay Leis (@JoannaFayL)", "-- Posted by Neil Buchanan", "By Ines Carvalho | June 2, 2026 | 3 Comments"},
			rules: []string{"content.byline", "content.byline", "content.byline", "content.byline"},
			kept:  []string{"By Ines Carvalho, who grows pears • and bees"},
		},
		{
			name:   "a blog's date header in the post",
			inside: `<div class="x"><h2 class="date-header">Monday, October 22, 2012 3:29 PM</h2></div>`,
			gone:   []string{"Monday, October 22, 2012 3:29 PM"},
			rules:  []string{"content.byline"},
			kept:   []string{"In winter the orchard is quiet"},
		},
		{
			name:   "a block named for a time stamp, in one word",
			inside: `<div class="storytimestamp"><span class="cnnStorySource">CNNMoney (New York)</span> <span class="cnnDateStamp">First published November 29, 2016: 3:33 AM ET</span></div>`,
			gone:   []string{"First published November 29, 2016: 3:33 AM ET", "CNNMoney (New York)"},
			rules:  []string{"content.byline", "content.byline"},
			kept:   []string{"In winter the orchard is quiet"},
		},
		{
			name:   "a date line that names what the date is",
			inside: `<div class="x"><p class="modification">Latest update : 2015-05-12</p><p>Date created : 2015-05-12</p></div>`,
			gone:   []string{"Latest update : 2015-05-12", "Date created : 2015-05-12"},
			rules:  []string{"content.byline", "content.byline"},
			kept:   []string{"In winter the orchard is quiet"},
		},
		{
			name:   "units of time without a word that counts them back are not a date line",
			inside: `<p>“3 anos, 3 anos, 3 anos…”</p><p>2 weeks</p>`,
			kept:   []string{"“3 anos, 3 anos, 3 anos…”", "2 weeks"},
		},
		{
			// fuzz a0f28fce5124779d: a code block is the story's own
			name:   "a line of code that looks like a date line stays",
			inside: "<pre><code><span>Updated: Nov. 20, 2019 1:35 a.m.</span>\nlog.Print(updated)</code></pre>",
			kept:   []string{"Updated: Nov. 20, 2019 1:35 a.m.", "In winter the orchard is quiet"},
		},
		{
			// The date line goes first; what is left is judged alone, as a
			// second clean of the output would see it (fuzz 2a62eef1f7fcf613):
			// a byline.
			name: "a byline's glue goes once its name and its day went as bylines of their own",
			inside: `<p class="headline_meta">by <span class="author vcard fn">Heidi Volpe</span> on <abbr class="published" title="2012-11-12">November 12, 2012</abbr>` +
				` &middot; <span><a href="#comments">1 comment</a></span></p><p>By 2020 all</p>`,
			gone:  []string{"Heidi Volpe", "November 12, 2012", "by on · 1 comment"},
			rules: []string{"content.byline", "content.byline", "content.byline"},
			kept:  []string{"By 2020 all", "In winter the orchard is quiet"},
		},
		{
			name: "a byline after its day, with the post's category and tags",
			inside: `<p><small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href="/c">Saúde</a> - Tags: <a href="/t">sad</a> <a href="/t2">veiculo</a></small></p>` +
				`<p>Posted by Ana Ruiz - Category: <a href="/c">Health</a> | Tags: <a href="/t">orchards</a>, <a href="/t">winter</a></p>` +
				`<p>2012 - by the numbers we have grown</p><p>Category: Health - Tags: winter</p>`,
			gone:  []string{"Clarissa Borba", "Posted by Ana Ruiz"},
			rules: []string{"content.byline", "content.byline"},
			kept:  []string{"2012 - by the numbers we have grown", "Category: Health - Tags: winter", "In winter the orchard is quiet"},
		},
		{
			name:   "a date line in a language whose months the dates are read in",
			inside: `<p>Posted on Maret 30, 2015 by Admin</p><p>Diposting 12 Maret 2020</p><p>Set 3</p><p>Out 2</p>`,
			gone:   []string{"Posted on Maret 30, 2015 by Admin", "Diposting 12 Maret 2020"},
			rules:  []string{"content.byline", "content.byline"},
			kept:   []string{"Set 3", "Out 2", "In winter the orchard is quiet"},
		},
		{
			name:   "a block is judged by what is left once a line inside it went",
			inside: `<div class="entry-line">By <a href="/author/ines/">Ines Carvalho</a> <time>June 2, 2026</time></div>`,
			gone:   []string{"June 2, 2026", "By Ines Carvalho"},
			rules:  []string{"content.byline", "content.byline"},
			kept:   []string{"In winter the orchard is quiet"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, `<body><div class="x">`+tt.inside+story+`</div></body>`)
			d.gentle = true
			if err := selectContent(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
			if len(d.removals) != len(tt.gone) {
				t.Errorf("%d removals %v, want %d", len(d.removals), ruleList(d), len(tt.gone))
			}
		})
	}
}

// TestLinkParagraphLeavesTheStory checks that a paragraph of mostly link
// text goes as a link line only when the content does not become links
// alone without it: a first clean that kept such a page must keep it whole,
// or a second clean of its output finds only links (fuzz 1cae730136698be1).
func TestLinkParagraphLeavesTheStory(t *testing.T) {
	story := strings.TrimSuffix(strings.TrimPrefix(storyHTML, `<article class="post">`), `</article>`)
	tail := `<p><a href="/b">The pruning calendar for apple and pear trees in a cold and late year</a> in ten seasons</p>`
	tests := []struct {
		name       string
		body       string
		gone, kept []string
	}{
		{
			name: "a link line in a story goes",
			body: story + `<p><a href="/next">Read the next part of this series</a></p>`,
			gone: []string{"Read the next part of this series"},
			kept: []string{"In winter the orchard is quiet"},
		},
		{
			name: "a link line that is half of a page of links stays",
			body: `<h2>Field notes</h2><p><a href="/a">Every orchard we visited this winter, from the coast to the hills beyond the valley of the river and the old mill!</a></p>` + tail,
			kept: []string{"in ten seasons", "Every orchard we visited"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, `<body><div class="x">`+tt.body+`</div></body>`)
			if err := selectContent(d); err != nil {
				t.Fatal(err)
			}
			var rules []string
			for range tt.gone {
				rules = append(rules, "content.link-paragraph")
			}
			assertRemovals(t, d, tt.gone, rules, tt.kept)
		})
	}
}

// TestHeadlineInsideOrOutsideTheStory checks that the story is judged the
// same whether the page's headline stands inside its container or before
// it, as in a second clean of winnow's output, title first (fuzz
// a648ecc8edb46ab8): the headline is no part of the story's totals.
func TestHeadlineInsideOrOutsideTheStory(t *testing.T) {
	const title = "Field notes"
	story := `<p><a href="/a">Every orchard we visited this winter, from the coast to the hills beyond</a></p>` +
		`<p><a href="/b">The pruning calendar for apple and pear trees in a late</a> year, in short</p>`
	head := "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
	pages := map[string]string{
		"outside": head + "<h1>" + title + "</h1><div>" + story + "</div></body></html>",
		"inside":  head + "<div><h1>" + title + "</h1>" + story + "</div></body></html>",
	}
	texts := map[string]string{}
	for name, page := range pages {
		a, err := Clean([]byte(page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(a.Text, "Every orchard we visited") || !strings.Contains(a.Text, "year, in short") {
			t.Errorf("headline %s the story: text %q lost a paragraph", name, a.Text)
		}
		texts[name] = a.Text
	}
	if texts["inside"] != texts["outside"] {
		t.Errorf("text with the headline inside %q, outside %q", texts["inside"], texts["outside"])
	}
}

// TestWrapLooseRunsWeighsAsShown checks that a loose run is weighed as
// the output shows it, with the space the policy writes where it strips a
// tag, so that a second clean of the output finds the same paragraphs
// (fuzz 1eb4f8c29c47a5df). Each run has 23 runes as the tree holds it.
func TestWrapLooseRunsWeighsAsShown(t *testing.T) {
	tests := []struct {
		name, run string
		wrapped   bool
	}{
		{"unknown elements are stripped with spaces", `<x-a>abcdefghij</x-a><x-b>abcdefghij</x-b><x-c>abc</x-c>`, true},
		{"links the policy drops are too", `<a>abcdefghij</a><a>abcdefghij</a><a>abc</a>`, true},
		{"kept elements add nothing", `<b>abcdefghij</b><i>abcdefghij</i><b>abc</b>`, false},
		{"nor do kept links", `<a href="https://a.example/">abcdefghij</a><a href="/b">abcdefghij</a>abc`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<div>" + tt.run + "<p>A paragraph of the story.</p></div>"))
			if err != nil {
				t.Fatal(err)
			}
			div := elementsNamed(root, "div")[0]
			made := wrapLooseRuns(div, blockHolders(div))
			if got := len(made) == 1; got != tt.wrapped {
				t.Errorf("%d paragraphs made of %q, want wrapped %v", len(made), tt.run, tt.wrapped)
			}
		})
	}
}

// TestWrapLooseRunsShort: a run under 25 runes stays loose, unless it is a
// byline or boilerplate, which is wrapped to be judged as such.
func TestWrapLooseRunsShort(t *testing.T) {
	tests := []struct {
		run     string
		wrapped bool
	}{
		{`<a href="/story" class="gallery_back_link">&lsaquo; Back to Story</a>`, true},
		{`<a class="pin-it-button" href="https://pin.example/">Pin It</a>`, true},
		{`By <a href="/a">Ines Carvalho</a>`, true},
		{`<a href="/story">The harbour wall</a>`, false},
		{`Pinned it down`, false},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<div><p>A paragraph of the story.</p>" + tt.run + "</div>"))
		if err != nil {
			t.Fatal(err)
		}
		div := elementsNamed(root, "div")[0]
		if got := len(wrapLooseRuns(div, blockHolders(div))) == 1; got != tt.wrapped {
			t.Errorf("%q wrapped %v, want %v", tt.run, got, tt.wrapped)
		}
	}
}

// TestContentPlainText checks that a plain-text paste stays whole but for
// the blocks the content pass takes out of any story, which a second clean
// of its output (as HTML) would take out too.
func TestContentPlainText(t *testing.T) {
	story := "In winter the orchard is quiet, and the old trees stand in rows of grey against the snow.\n\n" +
		"The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood."
	tests := []struct {
		name        string
		text        string
		gone, rules []string
	}{
		{
			// fuzz 471efc7ee020759d
			name:  "a date line goes",
			text:  "The Orchard in Winter\n\nUpdated: Nov. 20, 2019 1:35 a.m.\n\n" + story,
			gone:  []string{"Updated: Nov. 20, 2019 1:35 a.m."},
			rules: []string{"content.byline"},
		},
		{
			name:  "a lone link goes",
			text:  story + "\n\nhttps://orchard.example/winter",
			gone:  []string{"https://orchard.example/winter"},
			rules: []string{"content.link-paragraph"},
		},
		{name: "the story stays whole", text: "The Orchard in Winter\n\n" + story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseInput([]byte(tt.text), Options{})
			if err != nil || d.kind != KindText {
				t.Fatalf("parseInput: kind %q, %v", d.kind, err)
			}
			if err := selectContent(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, []string{"In winter the orchard is quiet", "The pruners start"})
			if len(d.removals) != len(tt.gone) {
				t.Errorf("%d removals %v, want %d", len(d.removals), ruleList(d), len(tt.gone))
			}
		})
	}
}

// TestContentWholeBody runs the content pass over pages whose body itself
// holds the story, as winnow's own output does when it is cleaned again.
func TestContentWholeBody(t *testing.T) {
	story := `<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow.</p>`
	tests := []struct {
		name        string
		body        string
		gone, rules []string
		kept        []string
		paras       []string // each the whole text of a <p> of the content
	}{
		{
			// fuzz 3103305ddcbcbd12
			name: "the space between two images keeps the words apart",
			body: story + `Before<img src="a.jpg"> <img src="b.jpg">after` + story,
			kept: []string{"Before after"},
		},
		{
			// fuzz fddf7019ee2ce1a4: "<article<h1>" is an unknown element
			name: "a run of text ends at an element that holds paragraphs",
			body: `<x-story>Seed` + story + story + `</x-story>`,
			kept: []string{"Seed", "In winter the orchard"},
		},
		{
			// fuzz 46066017b71f0344: "<h2,class=dek>" is an unknown element
			name:  "text loose in an element that holds paragraphs becomes one",
			body:  `<x-story>The orchard in winter, as the pruners see it` + story + story + `</x-story>`,
			paras: []string{"The orchard in winter, as the pruners see it"},
		},
		{
			// fuzz 8af2df2dc238ff3e: the output dissolves the header, and
			// its link then stands loose among the paragraphs
			name:  "a link loose in a header is judged as a paragraph",
			body:  `<header><a href="/food/">More about the orchard and its keepers</a><h2>Winter</h2></header>` + story + story,
			gone:  []string{"More about the orchard and its keepers"},
			rules: []string{"content.link-paragraph"},
		},
		{
			// fuzz ab66b0f4bd57cd07
			name: "a paragraph in a table's caption does not make the caption the story",
			body: `<p>A line before the table, kept with it.</p><table><tr><td>a</td><td>b</td></tr>` +
				`<caption>Table 1<p>In winter the orchard is quiet, and the old trees, grey, stand in rows.</p></caption></table>`,
			kept: []string{"A line before the table, kept with it.", "In winter the orchard is quiet"},
		},
		{
			// fuzz 7c19a1566e5dd4ab: nothing votes, so the body is the content
			name: "a body where nothing votes comes out flat too",
			body: `&gt; <div><article><p>A short line.</p><p>Another one.</p></article></div>`,
			kept: []string{">", "A short line."},
		},
		{
			// fuzz 17dc5f7a98c4c6a5: flat, the two short lines join into
			// a paragraph long enough to vote, and the second clean judges
			// the blocks of its content; the first must judge them too
			name:  "a body where nothing votes is judged inside",
			body:  `A short line, <x-v>and more<p>Updated today</p></x-v><p>Another one.</p>`,
			gone:  []string{"Updated today"},
			rules: []string{"content.byline"},
			kept:  []string{"A short line,", "and more", "Another one."},
		},
		{
			// fuzz d255527a665f4d4e: the page outside them is then no story
			name:  "where only comments hold paragraphs, the best comment is the content",
			body:  `<h2>Trail Diary</h2><p>Email This</p><div class="comments"><ol><li>` + story + story + story + `</li></ol></div>`,
			gone:  []string{"Trail Diary", "Email This"},
			rules: []string{"content.outside", "content.outside"},
			kept:  []string{"In winter the orchard is quiet"},
		},
		{
			// fuzz b75a6a8ba8e3a69a: the article wins, its short run
			// stays loose beside its table, and the output has no <article>
			name: "a short run beside a table in an article stays with it",
			body: `<article>A dek too short to vote<table><tr><td>In winter the orchard is quiet, and the old trees stand in rows.</td></tr></table></article>`,
			kept: []string{"A dek too short to vote", "In winter the orchard is quiet"},
		},
		{
			// the same output cleaned again: the body holding the loose run
			// counts as the container the article was
			name: "a short run beside a table in the body stays with it",
			body: `A dek too short to vote<table><tr><td>In winter the orchard is quiet, and the old trees stand in rows.</td></tr></table>`,
			kept: []string{"A dek too short to vote", "In winter the orchard is quiet"},
		},
		{
			// loose text outside the story is recorded, not dropped unseen;
			// a zero-width space alone is not worth a record
			name:  "loose text outside the story is a removal",
			body:  "Words loose before the story<div>" + story + story + "</div>\u200b",
			gone:  []string{"Words loose before the story"},
			rules: []string{"content.outside"},
			kept:  []string{"In winter the orchard is quiet"},
		},
		{
			// fuzz 93e65bab14888b49: parsed again, <figcaption> ends a <p>
			name:  "a run of text ends at a caption",
			body:  `Tag debris, then a caption<figcaption>The keeper on the gallery at dusk</figcaption>` + story + story,
			paras: []string{"Tag debris, then a caption"},
		},
		{
			// fuzz e13069adee72e495, e534c1e17074e6d4
			name:  "a menu that swallowed the story gives it back and goes",
			body:  `<div class="page"><p>Words before the menu.</p><ul><li><a href="/">Start</a></li><li><a href="/region/">Region</a><x-y>` + story + story + `</x-y></li></ul></div>`,
			gone:  []string{"Start"},
			kept:  []string{"In winter the orchard is quiet"},
			paras: []string{"In winter the orchard is quiet, and the old trees stand in rows of grey against the snow."},
		},
		{
			// fuzz 4894e936cd2be69f: the comment area's paragraphs do not
			// vote, so the body wins; written out as a list, the story
			// would win the second clean alone
			name: "a list of paragraphs outside items comes out as paragraphs",
			body: `<p>A line before the list, kept with it</p><div class="comments"><ol>The list's own words, loose in it` +
				story + `<h2>Later</h2>` + story + `<li>An item</li></ol></div>`,
			kept:  []string{"A line before the list, kept with it", "In winter the orchard is quiet"},
			paras: []string{"The list's own words, loose in it", "An item"},
		},
		{
			// fuzz 4342d437f32250b5: flattened, the unknown element gives
			// way, and its paragraphs would stand in the list
			name: "a list whose inline element holds paragraphs comes out as paragraphs",
			body: `<p>A line before the list, kept with it</p><div class="comments"><ul><x-y>The element's own words` +
				story + story + `</x-y><li>An item</li></ul></div>`,
			kept:  []string{"A line before the list, kept with it", "The element's own words", "In winter the orchard is quiet"},
			paras: []string{"An item"},
		},
		{
			// fuzz b7372a3fe5d024e5: the output's <p> would end where the
			// caption starts, and a second clean judge the date line alone
			name:  "a div of a date line and a caption is judged as the blocks it is",
			body:  `<div>Updated on 12 March 2020 at 10:00<figcaption>The keeper on the gallery at dusk, by the lamp</figcaption></div>` + story + story,
			gone:  []string{"Updated on 12 March 2020 at 10:00"},
			rules: []string{"content.byline"},
			kept:  []string{"The keeper on the gallery at dusk"},
		},
		{
			// fuzz 6e29383871c31ce9: the output unwraps the unknown element,
			// and a second clean finds one run long enough for a paragraph
			name:  "two short runs that the output joins are one paragraph",
			body:  story + `Words loose here,<x-y> and more words<a href="/n">On<p>The lamp is lit at dusk.</p></a></x-y>` + story,
			paras: []string{"Words loose here, and more words"},
		},
		{
			// fuzz d46d6d7a6b578b06: the output shows the two runs as one,
			// and a second clean judges it as a paragraph
			name:  "two short runs joined by a removal are one paragraph, judged",
			body:  story + `Updated on Monday<p><a href="/share">Share</a></p> 12 March 2020 at 10:00` + story,
			gone:  []string{"Share", "Updated on Monday 12 March 2020 at 10:00"},
			rules: []string{"content.link-paragraph", "content.byline"},
		},
		{
			// fuzz 83aaafd5907e3488: a paragraph only once the content pass
			// made it, after the wording pass; the output shows it as one,
			// and a second clean's wording pass takes it out, and what
			// follows it as the comment area
			name:  "a paragraph made of loose text is judged by its wording",
			body:  story + story + `<x-y>2 thoughts on “The Orchard in Winter”<p>Lovely piece, thank you for writing it, from a reader.</p></x-y>`,
			gone:  []string{"2 thoughts on", "Lovely piece"},
			rules: []string{"wording.comment-count", "comments.area"},
		},
		{
			// fuzz d8b05b23184d95ab: unwrapped, the elements leave the run
			// and the space after it in two text nodes; parsed again, they
			// are one, and the run is a rune longer
			name:  "a run is weighed as one text, however it is split into nodes",
			body:  story + `<x-a>Twenty-four runes, exact<x-b> ` + story + `</x-b></x-a>`,
			paras: []string{"Twenty-four runes, exact"},
		},
		{
			// fuzz 4cea86af2ca9015d: a second clean lays the same words out
			// with other white space between blocks; the link paragraph
			// holds most of the letters here, but not of letters and spaces
			name: "a link paragraph holds most of the text by its letters, not its spaces",
			body: `<p><a href="/keeper">Photographs of the lighthouse keeper</a></p>` +
				`<p>So it is: as I am, to go on as we do.</p>`,
			kept: []string{"Photographs of the lighthouse keeper"},
		},
		{
			// fuzz e69ae0c782e12fea: the output unwraps the unknown
			// element, and a second clean counts the story's vote for the
			// figure at full weight; so does the first, and the figure is
			// judged beside the line as the output shows it
			name: "an unknown element around the story does not hide its vote",
			body: `<p>A line of the page beside the figure</p><figure><img src="k.jpg"><x-c>` + story + `</x-c></figure>`,
			kept: []string{"A line of the page beside the figure", "In winter the orchard is quiet"},
		},
		{
			// fuzz eec07efeaafa3752: the first clean's story stood in an
			// <article>, which won; its output stands in the body, which
			// must weigh as the container it stands for, or the cell wins
			name: "a body of paragraphs weighs as a container against a table cell",
			body: `<p>A paragraph of ordinary words so that the page has an article to keep.</p>` +
				`<table><tr><td>a</td></tr><caption>Cap</caption><tr><td>A cell of words, long enough, to vote.</td></tr></table>`,
			kept: []string{"A paragraph of ordinary words", "A cell of words"},
		},
		{
			// fuzz 7b7733d89375c288: the output writes the div as a <p>, and
			// a second clean cuts at the comment heading after it
			name: "a story in a div of text alone starts the story for the comment cut",
			body: `<div>We set out before dawn, with frost still on the tents.<br><br>By nine the first snow was falling on the pass, ` +
				`light at first and then thick enough to hide the cairns.</div><h4>2 comments:</h4><div>Great post, thanks for writing it.</div>`,
			gone:  []string{"2 comments:", "Great post"},
			rules: []string{"comments.area", "comments.area"},
		},
		{
			// fuzz 4520bdb037ca2d29: its loose words become a paragraph, and
			// the link holds two, as the output shows it to a second clean
			name:  "a link counts the paragraph made of its loose text",
			body:  `<a href="/n">The loose words of the link, long enough` + story + `</a>`,
			paras: []string{"The loose words of the link, long enough"},
		},
		{
			// fuzz ebc844f7dfe6c2cf: the nested list gives way first, and
			// leaves its paragraphs in the outer one
			name: "a list that holds a list of paragraphs comes out as paragraphs",
			body: `<p>A line before the list, kept with it</p><div class="comments"><ul><li>An item</li><ol>The inner list's own words, loose in it` +
				story + story + `</ol></ul></div>`,
			kept:  []string{"A line before the list, kept with it", "In winter the orchard is quiet"},
			paras: []string{"The inner list's own words, loose in it", "An item"},
		},
		{
			// fuzz 04a57dea17bc0c85: as above, the paragraph made when the
			// list gives way
			name:  "a paragraph made of a list's loose text is judged by its wording",
			body:  story + story + `<ul>2 thoughts on “The Orchard in Winter”<p>Lovely piece, thank you for writing it, from a reader.</p></ul>`,
			gone:  []string{"2 thoughts on", "Lovely piece"},
			rules: []string{"wording.comment-count", "comments.area"},
		},
		{
			// fuzz 31b3877197c91faf: the item's own line is a block once the
			// story has come out of it, as the output shows it
			name:  "what an item holds once its blocks came out is judged by its wording",
			body:  `<ul><li><a href="/">Start</a></li><li>2 thoughts on “The Orchard in Winter”` + story + story + `</li></ul>`,
			gone:  []string{"2 thoughts on"},
			rules: []string{"wording.comment-count"},
			kept:  []string{"In winter the orchard is quiet"},
		},
		{
			// fuzz 512cc0abb96a2b30
			name:  "a div of links is judged as the paragraph it is",
			body:  `<div><a href="/">Crumb &amp; Crust</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></div>` + story + story,
			gone:  []string{"Crumb & Crust Recipes About"},
			rules: []string{"content.link-paragraph"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, `<body>`+tt.body+`</body>`)
			if err := selectContent(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
			paras := map[string]bool{}
			for _, p := range descendants(d.content.Get(0)) {
				if dissolves(p) {
					t.Errorf("the content is not flat: a <%s> holds blocks", p.Data)
				}
				if holdsBlocksOutsideItems(p) {
					t.Errorf("a <%s> holds blocks outside its items", p.Data)
				}
				if p.DataAtom != atom.P {
					continue
				}
				paras[collapseSpace(nodeText(p))] = true
				// A paragraph holding a block would not parse the same again.
				if holdsBlock(p) {
					t.Errorf("a <p> holds a block: %q", nodeText(p))
				}
			}
			for _, want := range tt.paras {
				if !paras[want] {
					t.Errorf("no <p> of %q", want)
				}
			}
		})
	}
}

// TestFlattenContainers checks the shape the article leaves the content pass
// in: a flat run of blocks, with the story out of whatever broken markup
// wrapped it, so that cleaning the output again finds the same story.
func TestFlattenContainers(t *testing.T) {
	long := "For four decades the keeper climbed the steps of the light every evening."
	tests := []struct{ name, in, want string }{
		{"containers give way to their blocks",
			`<div><section><p>` + long + `</p></section><div>A line alone</div></div>`,
			`<p>` + long + `</p><p>A line alone</p>`},
		// fuzz ea442b943474a282: a <nav> the gentler attempt keeps is stripped
		// by the policy, and its text joined the loose text beside it in the
		// output, where a second clean judged the longer line as a date line
		{"a navigation box kept in the content gives way as a header does",
			`<p>` + long + `</p><nav>The keeper's log, part three</nav><nav><p>` + long + `</p></nav><header>Filed at dawn</header>`,
			`<p>` + long + `</p>The keeper&#39;s log, part three<p>` + long + `</p>Filed at dawn`},
		{"a figure that swallowed the story gives it back",
			`tag debris<figure><img src="k.jpg"><figcaption>The keeper</figcaption><p>` + long + `</p><p>` + long + `</p></figure>`,
			`tag debris<figure><img src="k.jpg"/><figcaption>The keeper</figcaption></figure><p>` + long + `</p><p>` + long + `</p>`},
		{"a figure beside the story stays whole",
			`<p>` + long + `</p><figure><img src="k.jpg"><p>The keeper on the gallery</p></figure>`,
			`<p>` + long + `</p><figure><img src="k.jpg"/><p>The keeper on the gallery</p></figure>`},
		{"an inline element around blocks gives way to them", // fuzz c959d2473b0a8ddf
			`<p>A line beside</p><s><p>` + long + `</p><em><p>` + long + `</p></em></s>`,
			`<p>A line beside</p><p>` + long + `</p><p>` + long + `</p>`},
		{"a picture around a paragraph gives way to it", // fuzz 90d019affa09406c
			`<p>` + long + `</p><picture><p>` + long + `</p></picture>`,
			`<p>` + long + `</p><p>` + long + `</p>`},
		{"a <code> around a <pre> gives way to it", // fuzz ffe82d4ec460fd6b
			`<p>` + long + `</p><code><pre>x := 1</pre><p>` + long + `</p></code>`,
			`<p>` + long + `</p><pre>x := 1</pre><p>` + long + `</p>`},
		{"a link around a block stays",
			`<p>` + long + `</p><a href="/next"><h3>The next story</h3></a>`,
			`<p>` + long + `</p><a href="/next"><h3>The next story</h3></a>`},
		{"a heading that swallowed the story gives it back", // fuzz d3c212ea758b9ef3
			`tag debris<h1>The keeper<p>` + long + `</p><p>` + long + `</p></h1>`,
			`tag debris<h1>The keeper</h1><p>` + long + `</p><p>` + long + `</p>`},
		{"a heading gives back the blocks an unknown element held in it", // fuzz daf91f288356f7e7
			`<h2>The keeper<x-fig><p>` + long + `</p></x-fig></h2><p>` + long + `</p>`,
			`<h2>The keeper</h2><p>` + long + `</p><p>` + long + `</p>`},
		// fuzz 2ff33d89e05c49c7: the policy drops the anchor, and the output took
		// the caption out of the heading; fuzz 89c9dc492f5ebb75: an unclosed
		// link in a headline swallowed the story, which then was the title
		{"a heading gives back the blocks an anchor held in it",
			`<h2>The keeper<a class="gallery"><figcaption>On the gallery</figcaption></a></h2><h2>The light<a href="javascript:x()"><p>` +
				long + `</p></a></h2><h2>The lamp<a href="/lamp"><p>` + long + `</p></a></h2>`,
			`<h2>The keeper</h2><figcaption>On the gallery</figcaption><h2>The light</h2><p>` + long + `</p>` +
				`<h2>The lamp</h2><p>` + long + `</p>`},
		{"an anchor the policy drops gives way around a block, one it keeps stays",
			`<p>` + long + `</p><a class="gallery"><h3>The next story</h3></a><a title="Lamp"><h3>The lamp</h3></a>`,
			`<p>` + long + `</p><h3>The next story</h3><a title="Lamp"><h3>The lamp</h3></a>`},
		{"a div of text and a caption is no paragraph", // fuzz b7372a3fe5d024e5: parsed again, <figcaption> ends a <p>
			`<p>` + long + `</p><div>le<figcaption>The keeper on the gallery</figcaption></div>`,
			`<p>` + long + `</p>le<figcaption>The keeper on the gallery</figcaption>`},
		{"a div around a link that holds a block is no paragraph", // fuzz a61b12bb2f1f81ed: parsed again, <h3> ends a <p>
			`<p>` + long + `</p><div><a href="/">Home</a> › <a href="/people/">People<h3>The keeper</h3></a></div>`,
			`<p>` + long + `</p><a href="/">Home</a> › <a href="/people/">People<h3>The keeper</h3></a>`},
		{"a term or a description with no list gives way", // fuzz ed95f30de549381e: left whole, the <dt> won a second clean
			`A line<dt><p>` + long + `</p><p>` + long + `</p></dt><dd>A description alone</dd><dl><div><dt>In a list</dt></div></dl>`,
			`A line<p>` + long + `</p><p>` + long + `</p><p>A description alone</p><dl><dt>In a list</dt></dl>`},
		{"a list item with no list gives way", // fuzz e9fc66d8e51f0a2d
			`A line<li><p>` + long + `</p><p>` + long + `</p></li><li>An item alone</li><ul><li>In a list</li></ul>`,
			`A line<p>` + long + `</p><p>` + long + `</p><p>An item alone</p><ul><li>In a list</li></ul>`},
		{"a heading gives back a caption", // fuzz 766659dba7689d10: <figcaption> ends a heading's line too
			`<h2>The keeper<figcaption>The keeper on the gallery</figcaption></h2><p>` + long + `</p>`,
			`<h2>The keeper</h2><figcaption>The keeper on the gallery</figcaption><p>` + long + `</p>`},
		{"a table's caption gives back a paragraph after its table", // fuzz 2073322b394a054b
			`<table><tr><td>a</td></tr><caption>Table 1<p>` + long + `</p></caption></table>`,
			`<table><tbody><tr><td>a</td></tr></tbody><caption>Table 1</caption></table><p>` + long + `</p>`},
		{"a caption that swallowed the story gives it back after its figure",
			`<figure><img src="k.jpg"><figcaption>The keeper<p>` + long + `</p></figcaption></figure>`,
			`<figure><img src="k.jpg"/><figcaption>The keeper</figcaption></figure><p>` + long + `</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := parseBody(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			flattenContainers(body)
			var got strings.Builder
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&got, c); err != nil {
					t.Fatal(err)
				}
			}
			if got.String() != tt.want {
				t.Errorf("got  %s\nwant %s", got.String(), tt.want)
			}
		})
	}
}

// longStory is a story long enough that the content pass keeps it on its
// first attempt, with paragraphs that vote for their container.
const longStory = `<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow, while the pruners work through the short days.</p>
<p>The pruners start in January, cutting back the water shoots, so that light reaches the fruiting wood in summer and the apples colour evenly.</p>
<p>By March the cuttings are piled at the end of each row, and the farm burns them on a still, damp morning, when the smoke lies low over the grass.</p>
<p>Then the buds swell, the first bees come out on warm afternoons, and the grower walks the rows again, counting the blossom, and hoping for no frost.</p>`

// TestContentRules runs whole pages through Clean and checks what the
// content pass keeps and takes out inside the chosen content: each row is a
// page fragment that one rule fixes.
func TestContentRules(t *testing.T) {
	tests := []struct {
		name string
		page string
		gone []string // text that must leave the body
		rule string   // the rule that removes gone[0]
		kept []string
	}{
		{
			name: "an old template's comment heading taken by the comments pass still cuts the comments after it",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `
				<h2 id="comments">Comments</h2>
				<div id="c101"><p>I am curious why you did not mention the frost of last year, which took half of our blossom in one night.</p></div>
				<p class="posted">Posted by: Ida at October 28, 2012 05:58 PM</p>
				<div id="c102"><p>We prune in February instead, and the trees seem to fruit just as well, though the snow makes the work slow.</p></div>
				<p class="posted">Posted by: Per at October 29, 2012 01:15 AM</p></div>`,
			gone: []string{"I am curious why", "We prune in February"},
			rule: "comments.area",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a manual's section on comments in code is no comment area: the manual goes on after it",
			page: `<div class="content"><h1>The Orchard Language</h1>` + longStory + `
				<h3 id="Comments">Comments</h3><p>Comments serve as documentation. A line comment starts with two slashes.</p>
				<h3 id="Tokens">Tokens</h3>` + strings.Repeat(`<p>Tokens form the vocabulary of the language: identifiers, keywords, operators and punctuation, and literals, each read the longest way it can be.</p>`, 12) + `
				<h3 id="Semicolons">Semicolons</h3>` + strings.Repeat(`<p>The formal syntax uses semicolons as terminators, and the reader adds one at the end of a line after an identifier or a literal.</p>`, 12) + `</div>`,
			kept: []string{"In winter the orchard", "Comments serve as documentation", "Tokens form the vocabulary", "The formal syntax uses semicolons"},
		},
		{
			name: "what follows a comment area is no story resuming when it is shorter than twice the story",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `
				<h3 id="comments">Comments</h3><p>We prune in February instead, and the trees seem to fruit just as well, though the snow makes it slow.</p>
				<h3>Most Popular</h3>` + strings.Repeat(`<p><a href="/a">Pruning the old apple trees in the January snow</a> The pruners start in January, cutting back the water shoots in the rain.</p>`, 8) + `</div>`,
			gone: []string{"We prune in February", "Pruning the old apple trees"},
			rule: "comments.area",
			kept: []string{"In winter the orchard"},
		},
		{
			name: "a short byline left loose beside the story's paragraphs is judged as one",
			page: `<article><h1>The Orchard in Winter</h1><div class="entry">By <a href="/people/ines/">Ines Carvalho</a>` + longStory + `</div></article>`,
			gone: []string{"Ines Carvalho"},
			rule: "content.byline",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a heading left at the end, its list of stories gone, goes too",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<h3>More Great Orchard Stories</h3>
				<ul><li><a href="/a">Pruning the old apple trees in the January snow</a></li><li><a href="/b">Burning the cuttings on a damp morning</a></li>
				<li><a href="/c">Counting the blossom</a></li></ul></div>`,
			gone: []string{"More Great Orchard Stories", "Pruning the old apple trees"},
			rule: "content.trailing-heading",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a line named as a heading is one",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<div class="heading-h3">More Great Orchard Stories</div>
				<ul><li><a href="/a">Pruning the old apple trees in the January snow</a></li><li><a href="/b">Burning the cuttings on a damp morning</a></li>
				<li><a href="/c">Counting the blossom</a></li></ul></div>`,
			gone: []string{"More Great Orchard Stories"},
			rule: "content.trailing-heading",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a paragraph that is one link and ends asking the reader to sign up for the newsletter goes",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<p><a href="https://orchard.example/newsletter">Every day, our editors send out ` +
				`a selection of the day's news from the valley. Sign up for the newsletter here.</a></p>` + longStory + `</div>`,
			gone: []string{"Every day, our editors"},
			rule: "content.sign-up",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a list of authors with their e-mail addresses is no list of links",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<dl><dt>Authors:</dt><dd><ul>` + strings.Repeat(
				`<li><p>Ines Carvalho &lt;<a href="mailto:ines@orchard.example">ines@orchard.example</a>&gt;</p></li>`, 4) + `</ul></dd></dl>` + longStory + `</div>`,
			kept: []string{"In winter the orchard", "Ines Carvalho <ines@orchard.example>"},
		},
		{
			name: "a list with a web link among its e-mail addresses is judged as links",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<dl><dt>Authors:</dt><dd><ul>` + strings.Repeat(
				`<li><p>Ines Carvalho &lt;<a href="mailto:ines@orchard.example">ines@orchard.example</a>&gt;</p></li>`, 3) +
				`<li><p>Ines Carvalho &lt;<a href="https://orchard.example/ines">orchard.example/ines</a>&gt;</p></li></ul></dd></dl>` + longStory + `</div>`,
			gone: []string{"orchard.example/ines"},
			rule: "content.links",
			kept: []string{"In winter the orchard"},
		},
		{
			name: "a linked paragraph that only mentions a newsletter stays",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<p><a href="https://orchard.example/history">The valley's growers ` +
				`have met every winter since 1950. Their newsletter is older still.</a></p>` + longStory + `</div>`,
			kept: []string{"In winter the orchard", "have met every winter since 1950"},
		},
		{
			name: "cards of other stories (a link around a category and a headline) are links, not story",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<div class="cards">` + strings.Repeat(
				`<a class="card" href="/blog/pruning"><div class="category"><span>Insights</span></div><img src="https://a.example/p.jpg" alt="">
				<div class="title"><h4>How we pruned the old apple trees in the January snow</h4></div><div class="date">June 25, 2024</div></a>`, 3) + `</div></div>`,
			gone: []string{"How we pruned the old apple trees"},
			rule: "content.links",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a list of references off the site, with the story going on after it, is the story's own",
			page: `<link rel="canonical" href="https://www.orchard.example/news/winter"><div class="content"><h1>The Orchard in Winter</h1>` + longStory +
				`<h4>Fixed this month</h4><ul><li><a href="https://bugs.example.org/1">Bug 101 – the pruning calendar skipped the last week of January</a></li>` +
				`<li><a href="https://bugs.example.org/2">Bug 102 – the frost warning came a day late for the upper rows</a></li>` +
				`<li><a href="https://bugs.example.org/3">Bug 103 – the hive counter lost its count after a restart</a></li></ul>` + longStory + `</div>`,
			kept: []string{"the pruning calendar skipped", "the hive counter lost its count"},
		},
		{
			name: "the same list at the story's end is what the page puts after it",
			page: `<link rel="canonical" href="https://www.orchard.example/news/winter"><div class="content"><h1>The Orchard in Winter</h1>` + longStory +
				`<ul><li><a href="https://news.example.org/1">Theater in the old barn reopens after a long winter</a></li>` +
				`<li><a href="https://news.example.org/2">Goats spotted on the hill above the upper rows</a></li>` +
				`<li><a href="https://news.example.org/3">At least three hives lost in the spring storm</a></li></ul></div>`,
			gone: []string{"Theater in the old barn reopens"},
			rule: "content.links",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "the same lists after a story that outweighs them go",
			page: `<main><h1>The Orchard in Winter</h1>` + longStory + `<h2>Official</h2><ul><li><a href="https://a.example/1">The growers' handbook</a></li>` +
				`<li><a href="https://a.example/2">The pruning calendar</a></li><li><a href="https://a.example/3">The frost warnings of the valley</a></li></ul>` +
				`<h2>Community</h2><ul><li><a href="https://b.example/1">A forum of orchard keepers</a></li><li><a href="https://b.example/2">Notes from the upper rows</a></li>` +
				`<li><a href="https://b.example/3">A guide to old apple trees, with pictures of each</a></li></ul></main>`,
			gone: []string{"The growers' handbook", "A forum of orchard keepers"},
			rule: "content.links",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a line named for a date by its last segment is a date line",
			page: `<div class="content"><h1>The Orchard in Winter</h1><h5 class="article-posted-date">2/26/2015 7:11 AM PST BY ORCHARD STAFF</h5>` + longStory +
				`<p class="update-note">Updated with the frost warning from the upper rows, which came a day late this year.</p></div>`,
			gone: []string{"BY ORCHARD STAFF"},
			rule: "content.byline",
			kept: []string{"In winter the orchard", "hoping for no frost", "Updated with the frost warning"},
		},
		{
			name: "a picture in a heading at the end stays",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<h3><img src="https://a.example/orchard.jpg" alt="The orchard in snow"></h3></div>`,
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a line of links to the older and newer posts is navigation, though it ends in »",
			page: `<div class="content"><p align="right"><a href="/a">« Regulation as a Dilemma</a> | <a href="/">Main</a> | <a href="/b">Micromorts »</a></p>
				<h1>The Orchard in Winter</h1>` + longStory + `<p><a href="/rest">Read the rest of this post on the grower's own site.</a></p></div>`,
			gone: []string{"Micromorts"},
			rule: "content.link-paragraph",
			kept: []string{"In winter the orchard", "Read the rest of this post"},
		},
		{
			name: "a sidebar that outweighs a short post does not win",
			page: `<div id="content"><div class="post"><h1>The Orchard in Winter</h1>
				<p>In winter the orchard is quiet, and the old trees stand in rows of grey, while the pruners work.</p>
				<p>The pruners start in January, cutting back the water shoots, so that light reaches the fruiting wood.</p></div></div>
				<div id="sidebar"><div class="box"><h3>About this blog</h3>
				<p>We write about apples, pears, plums, cherries, quinces, medlars, and every other fruit, and about the growers, the pickers, the cider makers, and the markets.</p>
				<p>Send us your tips, your photos, your questions, and your recipes, and we will answer, share, and credit every one of them, as we have since the blog began.</p>
				<p>Our archive holds ten years of posts, on pruning, grafting, planting, picking, storing, pressing, and selling, sorted by month, by season, and by fruit.</p></div></div>`,
			gone: []string{"We write about apples"},
			rule: "content.outside",
			kept: []string{"In winter the orchard", "The pruners start in January"},
		},
		{
			name: "a line of rel=tag links inside the story's container goes; a sentence of plain links stays",
			page: `<div class="entry"><h1>The Orchard in Winter</h1>` + longStory + `
				<p>See <a href="/a">the pruning guide</a> and <a href="/b">the frost tables</a>.</p>
				<strong>Tags<br><a href="/tag/apples" rel="tag">apples</a>, <a href="/tag/pruning" rel="tag">pruning</a>, <a href="/tag/winter" rel="tag">winter</a>, <a href="/tag/orchards" rel="tag">orchards</a></strong></div>`,
			gone: []string{"apples, pruning"},
			rule: "content.tags",
			kept: []string{"In winter the orchard", "See the pruning guide and the frost tables."},
		},
		{
			// (A "Related posts:" label takes its list with it in the wording
			// pass; this label is no boilerplate, so the content pass judges it.)
			name: "a story container is judged on what is left once its list of related links has gone",
			page: `<div class="post"><h1>The Orchard in Winter</h1><div class="inner">
				<p><a href="/img/1.jpg"><img src="/img/1.jpg" alt=""></a></p><p><a href="/img/2.jpg"><img src="/img/2.jpg" alt=""></a></p>
				<p>In addition to <a href="/first">the first set</a> of winter photographs of the orchard, here are a few more that <a href="/flickr">readers sent in</a> this week.</p>
				<p>The snow came early this year, and the pruners worked through it, so the photographs show the rows white and the cut shoots dark against them.</p>
				<p>Elsewhere in the orchard:</p><ol><li><a href="/a">Pruning the old apple trees in the January snow</a></li><li><a href="/b">Burning the cuttings on a still, damp morning</a></li>
				<li><a href="/c">Counting the blossom and hoping for no frost in April</a></li><li><a href="/d">The first bees of spring in the orchard</a></li></ol></div></div>`,
			gone: []string{"Pruning the old apple trees"},
			rule: "content.links",
			kept: []string{"In addition to the first set"},
		},
		{
			name: "slides that repeat an id naming content do not outweigh a story in a plain div",
			page: `<div class="wrap"><div class="group"><h1>The Orchard in Winter</h1>
				<p>In winter the orchard is quiet, and the old trees stand in rows of grey while the pruners work along them.</p>
				<p>The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood.</p>
				<p>By March the cuttings are burned, and the rows are ready for the blossom that April should bring.</p></div></div>
				<div id="cards">` + strings.Repeat(`<div id="slideContent"><h3>Card of the month</h3>
				<p>Earn a bonus on every purchase you make with this card this month.</p>
				<p><a href="/apply">Apply now and see the rates and terms</a></p></div>`, 3) + `</div>`,
			gone: []string{"Earn a bonus"},
			rule: "content.outside",
			kept: []string{"In winter the orchard", "By March the cuttings"},
		},
		{
			// CNN wraps its story's first paragraph so: "media" inside
			// "leafmedia" once took the lede out as furniture.
			name: "a wrapper whose class names a paragraph is no furniture, whatever else its class holds",
			page: `<div class="content"><h1>The Orchard in Winter</h1><div class="el__leafmedia el__leafmedia--sourced-paragraph">` +
				`<p><cite>Hood River (Orchard News)</cite>The frost came early this year, and the growers worry.</p></div>` + longStory + `</div>`,
			kept: []string{"The frost came early this year", "In winter the orchard"},
		},
		{
			// CNN's lede stands in a wrapper of its own, beside the story's
			// parts; a site's sign-off can stand the same way after them.
			name: "a paragraph in a wrapper of its own before the story's parts is one of them; after them it is not",
			page: `<div class="pg"><div class="l-container"><div class="el__leafmedia el__leafmedia--sourced-paragraph">` +
				`<p><cite>Hood River (Orchard News)</cite> The frost came early this year, and the growers of the valley worry for the blossom of the spring.</p></div>` +
				`<div class="zn-body__paragraph">They have seen it before.</div>` +
				`<div class="zn-body__read-all">` + strings.Repeat(strings.ReplaceAll(strings.ReplaceAll(longStory, "<p>", `<div class="zn-body__paragraph">`), "</p>", "</div>"), 4) + `</div>` +
				`<div class="copy-note"><p><a href="/forum">Join our orchard forums</a> to keep talking about the trees and send us your tips at tips@orchard.example whenever you like.</p></div></div></div>` +
				`<div class="sidebar"><ul><li><a href="/a">Pruning the old apple trees in the January snow</a></li><li><a href="/b">Burning the cuttings</a></li></ul></div>`,
			gone: []string{"Join our orchard forums"},
			rule: "content.outside",
			kept: []string{"The frost came early this year", "They have seen it before.", "In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a credit line after the story is about the story",
			page: `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<p>Ines Carvalho contributed reporting from Hood River.</p></div>`,
			gone: []string{"Ines Carvalho contributed reporting"},
			rule: "content.credit",
			kept: []string{"In winter the orchard", "hoping for no frost"},
		},
		{
			name: "a short post that is half link text is not taken for a block of links",
			page: `<div id="wrapper"><div class="container"><div id="home"><div id="post"><h2>Hacker Monthly #1 is here</h2>
				<div class="date"><span>By Lim Cheng Soon, 01 June 2010</span></div><ol><li><img src="/cover.jpg"></li></ol>
				<p>We've finally released Hacker Monthly #1 (<a href="http://example.com">along with a newly revamped website</a>).</p></div></div></div></div>`,
			kept: []string{"We've finally released Hacker Monthly #1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(`<!doctype html><html><head><title>The Orchard in Winter</title></head><body>`+tt.page+`</body></html>`), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkKeptAndGone(t, a.Text, tt.kept, tt.gone)
			if len(tt.gone) == 0 {
				return
			}
			for _, r := range a.Removed {
				if strings.Contains(r.Text, tt.gone[0]) {
					if r.Rule != tt.rule {
						t.Errorf("%q removed as %s, want %s", tt.gone[0], r.Rule, tt.rule)
					}
					return
				}
			}
			t.Errorf("%q not found among the removals", tt.gone[0])
		})
	}
}

// TestTrailingThreadsSparePiecesOfLines checks that a class naming a
// comment marks a comment thread only on a block of its own: a piece of a
// heading or a paragraph (a code comment highlighted where broken markup
// lost the <pre>, an aside in the text) stays, and the sections of
// comments after the story still go.
func TestTrailingThreadsSparePiecesOfLines(t *testing.T) {
	tests := []struct {
		name  string
		after string // markup placed after the story, inside its container
		kept  []string
		gone  string // text the comments.thread rule must take out, if any
	}{
		{
			// fuzz 44b6d0eeec80f081
			name: "a highlighted code comment in a heading, in an unknown element",
			// (a paragraph after it: a heading that ends the story goes as such)
			after: `<h2>func countLines(path string) (int, error) { <x-span class="hljs-comment">// one line at a time</x-span></h2><p>It counts.</p>`,
			kept:  []string{"// one line at a time"},
		},
		{
			name:  "Prism's token comment on an element other than a span, in a paragraph",
			after: `<p>The loop reads <code>scanner.Scan()</code> and stops at the end <i class="token comment">(or at the first error)</i>, then returns.</p>`,
			kept:  []string{"(or at the first error)"},
		},
		{
			name:  "an aside in the text named a comment",
			after: `<p>The grower keeps a diary of the frosts <em class="comment">(his own word for it is a ledger)</em> and reads it every spring.</p>`,
			kept:  []string{"his own word for it is a ledger"},
		},
		{
			name:  "a section of comments after the story still goes",
			after: `<div id="jc_commentsDiv"><p>We prune in February instead, and the trees fruit just as well.</p></div>`,
			gone:  "We prune in February",
		},
		{
			name:  "a section of comments that a heading left open holds still goes",
			after: `<h3>Notes<div id="jc_commentsDiv"><p>We prune in February instead, and the trees fruit just as well.</p></div>`,
			gone:  "We prune in February",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>The Orchard in Winter</title></head><body><div class="entry"><h1>The Orchard in Winter</h1>` +
				longStory + tt.after + `</div></body></html>`
			a, err := Clean([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("%q was removed; text:\n%s", k, a.Text)
				}
			}
			if tt.gone == "" {
				return
			}
			if strings.Contains(a.Text, tt.gone) {
				t.Errorf("%q is still in the text:\n%s", tt.gone, a.Text)
			}
			for _, r := range a.Removed {
				if strings.Contains(r.Text, tt.gone) && r.Rule != "comments.thread" {
					t.Errorf("%q removed as %s, want comments.thread", tt.gone, r.Rule)
				}
			}
		})
	}
}

func TestTextWeight(t *testing.T) {
	cases := []struct {
		in            string
		runes, commas int
	}{
		{"", 0, 0},
		{"  ", 0, 0},
		{"a, b", 4, 1},     // "a," " " "b": a space run counts once
		{" a  b ", 4, 0},   // leading space is not counted, trailing is
		{"東京、大阪，京都", 8, 2}, // CJK commas
		{"نعم، لا", 7, 1},  // the Arabic comma
		{"\xff\xfe", 2, 0}, // each invalid byte is a rune of its own
	}
	for _, tc := range cases {
		if runes, commas := textWeight(tc.in); runes != tc.runes || commas != tc.commas {
			t.Errorf("textWeight(%q) = %d, %d; want %d, %d", tc.in, runes, commas, tc.runes, tc.commas)
		}
	}
}

// TestWeighTextByWord checks the eight-bytes-at-a-time weighing against
// one from strings.Fields.
func TestWeighTextByWord(t *testing.T) {
	for _, s := range wordEdgeSamples() {
		words := strings.Fields(s)
		var runes, ink, commas int
		for _, w := range words {
			ink += utf8.RuneCountInString(w)
		}
		if len(words) > 0 {
			// A space between words, and one after the last if s ends in one.
			runes = ink + len(words) - 1
			if last, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(last) {
				runes++
			}
		}
		for _, comma := range []string{",", "，", "、", "،"} {
			commas += strings.Count(s, comma)
		}
		if r, i, c := weighText(s); r != runes || i != ink || c != commas {
			t.Errorf("weighText(%q) = %d, %d, %d; want %d, %d, %d", s, r, i, c, runes, ink, commas)
		}
	}
}

// TestLowerWordsIsWordsOf holds the word-at-a-time reading of isDateline
// to wordsOf's list.
func TestLowerWordsIsWordsOf(t *testing.T) {
	samples := append(wordEdgeSamples(), "Updated: Nov. 20, 2019 1:35 a.m.", "İSTANBUL'DA 3 GÜN", "vor 3 Stunden",
		"東京 2019年", "– by –", "a1b2 C3", "ΣΊΣΥΦΟΣ", "", "  ,.  ")
	for _, s := range samples {
		var got []string
		for w := range lowerWords(s) {
			got = append(got, w)
		}
		if want := wordsOf(s); !slices.Equal(got, want) {
			t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsDateline covers the date lines' edges: the twenty words, and the
// four undated words in five that isDateline stops reading at.
func TestIsDateline(t *testing.T) {
	cases := []struct {
		html string
		want bool
	}{
		{`<p>Updated: Nov. 20, 2019 1:35 a.m.</p>`, true},
		{`<p>Published: Updated:</p>`, true},
		{`<span>posted 56 mins ago</span>`, true},
		{`<p>Il y a 2 jours</p>`, true},
		{`<p>3 anos, 3 anos</p>`, false},
		// 16 dated words and 4 others: four in five.
		{`<p>1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 bee hive roof moss</p>`, true},
		// 15 dated and 5 others: under four in five.
		{`<p>1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 bee hive roof moss fern</p>`, false},
		// 21 words, all dated.
		{`<p>1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21</p>`, false},
		{`<p>Forty beehives now sit on the flat roofs, 2019.</p>`, false},
		{`<p>2019</p>`, false}, // a number alone is not a date line
		{`<h2>May 3, 2019</h2>`, false},
	}
	for _, tc := range cases {
		root, err := html.Parse(strings.NewReader(tc.html))
		if err != nil {
			t.Fatal(err)
		}
		n := root.LastChild.LastChild.FirstChild // html > body > the block
		s := &stat{text: utf8.RuneCountInString(nodeText(n))}
		if got := isDateline(n, s); got != tc.want {
			t.Errorf("isDateline(%s) = %v, want %v", tc.html, got, tc.want)
		}
	}
}

func TestOnlyLinks(t *testing.T) {
	cases := []struct {
		page string
		only bool
	}{
		{`<div><a href="/a">Home</a> <a href="/b">About us</a></div>`, true},
		{`<div><a href="/a">Home</a><p>A paragraph of prose that is not a link at all.</p></div>`, false},
		{`<div></div>`, false},
	}
	for _, tc := range cases {
		root := parsedPages(t, tc.page)[0]
		if got := errors.Is(onlyLinks(root), ErrNoContent); got != tc.only {
			t.Errorf("onlyLinks(%s) = %v, want %v", tc.page, got, tc.only)
		}
	}
}

func TestShowsText(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{" \n\t", false},
		{"\u200b", false},
		{"\ufeff \u200d", false},
		{"-->", true},
		{" ; ", true},
		{"\u200bword", true},
		{"文", true},
	}
	for _, tt := range tests {
		if got := showsText(tt.in); got != tt.want {
			t.Errorf("showsText(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsProseList(t *testing.T) {
	const intro = `<p>Type argument lists may be left out entirely if the function is:</p>`
	tests := []struct {
		name, html string
		want       bool
	}{
		{"sentences that link their terms", `<ul><li>An <a href="#a">alias declaration</a> may declare <a href="#t">type parameters</a>.</li></ul>`, true},
		{"items going on from a colon", intro + `<ul><li><a href="#c">called</a> with ordinary arguments,</li><li><a href="#s">assigned</a> to a variable</li>` +
			`<li><a href="#r">returned as a result</a>.</li></ul>`, true},
		{"titles of other posts", `<ul><li><a href="/a">Pruning the old apple trees</a></li><li><a href="/b">Burning the cuttings.</a></li></ul>`, false},
		{"titles after a label", `<p>Related posts:</p><ul><li><a href="/a">Pruning</a> in winter</li><li><a href="/b">Burning</a> the cuttings</li></ul>`, false},
		{"titles after a sentence, with dates", intro + `<ul><li><a href="/a">Pruning the old apple trees</a> 2012</li><li><a href="/b">Burning the cuttings</a></li><li><a href="/c">Bees</a></li></ul>`, false},
		{"items of a sentence without its end", `<ul><li><a href="/a">Pruning</a> in the snow</li><li><a href="/b">Burning</a> on a damp morning</li></ul>`, false},
		{"not a list", `<div><p>An <a href="#a">alias</a> may declare parameters.</p></div>`, false},
		{"clauses around their links, no full stop", `<ul><li>Neil has patches up to <a href="/1">improve the tab unloader</a>, and <a href="/2">show UI when frames crash</a></li></ul>`, true},
		{"titles with bylines and dates", `<ul><li><a href="/a">Pruning the old apple trees</a> by Ines Carvalho, June 2, 2026</li>` +
			`<li><a href="/b">Burning the cuttings</a> by Per Holm, May 30, 2026</li></ul>`, false},
		{"a sentence, and a label over the reports it lists", `<ul><li>We have the green light for another round of students next term.</li>` +
			`<li>In progress:<ul><li><a href="/1">Bug 1677080 – Fullscreen window</a></li><li><a href="/2">Bug 1677107 – Add telemetry</a></li></ul></li></ul>`, true},
		{"a label without its colon is a menu's", `<ul><li>We have the green light for another round of students next term.</li>` +
			`<li>In progress<ul><li><a href="/1">Bug 1677080 – Fullscreen window</a></li><li><a href="/2">Bug 1677107 – Add telemetry</a></li></ul></li></ul>`, false},
		{"a label over a list with no text is a menu's: the output drops the list", `<ul><li><a href="/">Share this:</a><ul><li><a href="/t"></a></li><li></li></ul></li></ul>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.html + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			var list *html.Node
			eachElement(doc, func(n *html.Node) bool {
				if list == nil && (n.DataAtom == atom.Ul || n.DataAtom == atom.Div) {
					list = n
				}
				return list == nil
			})
			if got := isProseList(list); got != tt.want {
				t.Errorf("isProseList = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTrailingPictureStays(t *testing.T) {
	page := `<div class="content"><h1>The Orchard in Winter</h1>` + longStory + `<h3><img src="https://a.example/orchard.jpg" alt="The orchard in snow"></h3></div>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.HTML, `src="https://a.example/orchard.jpg"`) {
		t.Errorf("the picture at the end went:\n%s", a.HTML)
	}
}

func TestRemoveTrailingHeadings(t *testing.T) {
	tests := []struct {
		name, src string
		gone      []string
	}{
		{"headings after the story", `<div id="c"><p>The story.</p><h3>More stories</h3><div class="heading">Follow us</div></div>`, []string{"Follow us", "More stories"}},
		{"headings are all there is", `<div id="c"><h1>The Orchard</h1><h1>The Orchard <img src="a.jpg"> in Winter</h1></div>`, nil},
		{"a heading with its section", `<div id="c"><p>The story.</p><h3>Notes</h3><p>A note.</p></div>`, nil},
		// fuzz 0f7400bc6666d9b9: the root itself was taken for the heading, again and again
		{"a root named as a heading, with words of its own", `<div id="c" class="title">The story.<h3>More</h3></div>`, []string{"More"}},
		{"a long line named as a heading is no heading", `<div id="c"><p>The story.</p><div class="heading">` + strings.Repeat("A line of words. ", 20) + `</div></div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, tt.src)
			d.removeTrailingHeadings(d.dom.Find("#c").Get(0))
			var gone []string
			for _, r := range d.removals {
				gone = append(gone, r.Text)
			}
			if strings.Join(gone, "|") != strings.Join(tt.gone, "|") {
				t.Errorf("removed %q, want %q", gone, tt.gone)
			}
		})
	}
}

func TestPreferFuller(t *testing.T) {
	// A teaser box that its class name voted for, and the story beside it.
	teaser := stat{score: 36.4, paras: 1, text: 559}
	tests := []struct {
		name   string
		other  stat
		nested bool // other holds the teaser
		want   string
	}{
		{"the story nearly as high, with far more paragraphs", stat{score: 31.1, paras: 4, text: 1391}, false, "story"},
		{"the story far lower", stat{score: 20, paras: 4, text: 1391}, false, "teaser"},
		{"no more paragraphs than the teaser had", stat{score: 31.1, paras: 2, text: 1391}, false, "teaser"},
		{"more paragraphs, but short ones", stat{score: 31.1, paras: 4, text: 800}, false, "teaser"},
		{"an ancestor is climb's to weigh", stat{score: 31.1, paras: 5, text: 1950}, true, "teaser"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
			best := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			other := &html.Node{Type: html.ElementNode, Data: "article", DataAtom: atom.Article}
			if tt.nested {
				root.AppendChild(other)
				other.AppendChild(best)
			} else {
				root.AppendChild(best)
				root.AppendChild(other)
			}
			ts, ots := teaser, tt.other
			st := stats{best: &ts, other: &ots}
			got := preferFuller(best, st, []*html.Node{best, other})
			name := map[*html.Node]string{best: "teaser", other: "story"}[got]
			if name != tt.want {
				t.Errorf("chose the %s, want the %s", name, tt.want)
			}
		})
	}
}

func TestCommentHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Comments", true},
		{"12 Comments", true},
		{"Comments (4)", true},
		{"Leave a Reply", true},
		{"Responses", true},
		{"3 Responses", true},
		{"1 Response", true},
		{"One Response", true},
		{"Response (1)", true},
		{"Kommentare", true},
		{"コメント", true},
		// A section of a story about HTTP, or about letters and replies.
		{"Response", false},
		{"The Response", false},
		{"Responsive design", false},
		{"Comments on the draft law", false},
	}
	for _, tt := range tests {
		if got := commentHeading().MatchString(tt.text); got != tt.want {
			t.Errorf("commentHeading matches %q: %v, want %v", tt.text, got, tt.want)
		}
		if tt.want && !mayBeCommentHeading(tt.text) {
			t.Errorf("mayBeCommentHeading(%q) = false for a heading the expression matches", tt.text)
		}
	}
}

func TestMayBeCommentHeading(t *testing.T) {
	if len(commentHeadingNeeds()) == 0 {
		t.Fatal("no literal found that every comment heading holds: every heading runs the expression")
	}
	tests := []struct {
		text string
		want bool
	}{
		// Held by the expression, in any case.
		{"COMMENTS (12)", true},
		{"7 responses:", true},
		{"Join The Discussion", true},
		{"What do you think?", true},
		{"Reacties", true},
		// Past ASCII: left to the expression.
		{"Комментарии", true},
		{"コメント", true},
		{"Café culture", true},
		// Longer than any comment heading: left to the expression, which fails it.
		{"Why the lighthouse keepers came back to Skerry Point after forty years", true},
		// No literal of the expression: not run.
		{"Part 2", false},
		{"Why bring keepers back?", false},
		{"What the keepers do", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := mayBeCommentHeading(tt.text); got != tt.want {
			t.Errorf("mayBeCommentHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if !tt.want && commentHeading().MatchString(tt.text) {
			t.Errorf("%q is ruled out, but the expression matches it", tt.text)
		}
	}
}

func TestClimbPastSummary(t *testing.T) {
	para := `<p>Returns the number of trees in the slice, counting the young ones and the old ones in the rows.</p>`
	tests := []struct {
		name, page string
		want       string // the id of the element climb returns
	}{
		{"a block under a summary gives way to its section",
			`<details id="section" open><summary>Methods from Deref</summary><div id="best">` + strings.Repeat(para, 8) + `</div></details>`, "section"},
		{"a block beside other text stays",
			`<details id="section" open><summary>Methods</summary><div id="best">` + strings.Repeat(para, 8) + `</div>` + para + `</details>`, "best"},
		{"a block under a long summary stays",
			`<details id="section" open><summary>` + strings.Repeat("A summary that says a lot about the methods. ", 4) + `</summary><div id="best">` + strings.Repeat(para, 8) + `</div></details>`, "best"},
		{"a short block stays",
			`<details id="section" open><summary>Methods</summary><div id="best">` + para + `</div></details>`, "best"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><section id="root">` + tt.page + `<aside><p>A line beside.</p></aside></section></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]*html.Node{}
			walk(doc, func(n *html.Node) bool {
				if id := attr(n, "id"); id != "" {
					byID[id] = n
				}
				return true
			})
			st := measure(byID["root"])
			got := climb(byID["best"], byID["root"], st, nil)
			if attr(got, "id") != tt.want {
				t.Errorf("climb chose %s#%s, want #%s", got.Data, attr(got, "id"), tt.want)
			}
		})
	}
}

// TestCaptionWrapper checks that a caption by its class that holds the
// picture and a caption of its own becomes the figure, and one that holds
// only words the caption.
func TestCaptionWrapper(t *testing.T) {
	story := strings.TrimSuffix(strings.TrimPrefix(storyHTML, `<article class="post">`), `</article>`)
	tests := []struct {
		name, inside, want string
	}{
		{"WordPress's wp-caption is the figure",
			`<div class="wp-caption aligncenter"><img src="https://example.com/k.jpg" alt="k"><p class="wp-caption-text">The keeper at dusk</p></div>`,
			`<figure><img src="https://example.com/k.jpg" alt="k"/><figcaption>The keeper at dusk</figcaption></figure>`},
		{"a caption of words alone is the caption",
			`<img src="https://example.com/k.jpg" alt="k"><div class="caption">The keeper at dusk</div>`,
			`<img src="https://example.com/k.jpg" alt="k"/><figcaption>The keeper at dusk</figcaption>`},
		{"a wrapper with a credit line besides its caption stays the caption, credit and all",
			`<div class="wp-caption"><img src="https://example.com/k.jpg" alt="k"><div class="source">Photo: Per Holm</div><p class="wp-caption-text">The keeper at dusk</p></div>`,
			`<figcaption><img src="https://example.com/k.jpg" alt="k"/><p>Photo: Per Holm</p><figcaption>The keeper at dusk</figcaption></figcaption>`},
		{"a caption that holds a picture but no caption of its own stays the caption",
			`<div class="photo-caption"><img src="https://example.com/k.jpg" alt="k"> The keeper at dusk</div>`,
			`<figcaption><img src="https://example.com/k.jpg" alt="k"/> The keeper at dusk</figcaption>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(`<html><body><div class="x">`+tt.inside+story+`</div></body></html>`), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.HTML, tt.want) {
				t.Errorf("HTML lacks %s:\n%s", tt.want, a.HTML)
			}
			if strings.Contains(a.Text, "The keeper at dusk") {
				t.Errorf("the caption is in the running text:\n%s", a.Text)
			}
		})
	}
}

func TestIsSublistOfClause(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"a clause over the links it speaks of", `<ul><li>florian has some new variations up for the dashboard<ul><li><a href="/a">showFrames</a></li></ul></li></ul>`, true},
		{"a menu's sublist under a link", `<ul><li><a href="/p">Products and services for your home</a><ul><li><a href="/a">Pumps</a></li></ul></li></ul>`, false},
		{"a sublist under a word", `<ul><li>Products<ul><li><a href="/a">Pumps</a></li></ul></li></ul>`, false},
		{"a top-level list", `<ul><li><a href="/a">showFrames</a></li></ul>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.html + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			var last *html.Node // the innermost list
			eachElement(doc, func(n *html.Node) bool {
				if n.DataAtom == atom.Ul {
					last = n
				}
				return true
			})
			if got := isSublistOfClause(last); got != tt.want {
				t.Errorf("isSublistOfClause = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRecirculationInsideContent checks the gentler attempt's judge, which
// runs without the furniture pass: a block named for other stories
// ("next-post-thumbnails") after a story inside the content goes, however
// much its teasers outweigh the story (boingboing.net, in trafilatura's
// test pages, where the gentler attempt took them in and won, being
// longer); one with no story before it stays.
func TestRecirculationInsideContent(t *testing.T) {
	story := `<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow while the pruners work their way down the slope.</p>
		<p>By March the cuttings are piled at the end of each row, and the farm burns them on a still, damp morning before the buds break.</p>`
	teasers := `<div id="next-post-thumbnails">` + strings.Repeat(`<div class="nextstory"><h2><a href="/next">Bees come back to the rooftops</a></h2>
		<p>Forty beehives now sit on the flat roofs of the harbor district, up from six only three summers ago, and most of them belong to restaurants that sell the honey.</p></div>`, 6) + `</div>`
	tests := []struct {
		name, body  string
		gone, rules []string
		kept        []string
	}{
		{"after the story", story + teasers, []string{"Forty beehives"}, []string{"content.recirculation"}, []string{"In winter the orchard", "By March the cuttings"}},
		{"no story before it", teasers, nil, nil, []string{"Forty beehives"}},
		{"a featured post after the story", story + story + story + `<div class="content-featured-post"><div class="featured-title">FEATURED POST</div>` +
			`<div><h3><a href="/bees">Bees come back to the rooftops</a></h3></div><a href="/bees"><img src="/bees.jpg" alt="Bees"></a>` +
			`<div>Forty beehives now sit on the flat roofs of the harbor district, up from six only three summers ago… <a href="/bees">Read More...</a></div></div>`,
			[]string{"Forty beehives"}, []string{"content.recirculation"}, []string{"In winter the orchard"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, `<body><div id="container"><h1>The Orchard in Winter</h1>`+tt.body+`</div></body>`)
			d.gentle = true
			if err := selectContent(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
		})
	}
}

// A link around paragraphs is broken markup when it holds most of the
// page's text, which leaves the page's <nav> menus and its site banner out:
// the gentler attempt still has them, and must unwrap what the first
// attempt unwraps.
func TestUnwrapBlockLinks(t *testing.T) {
	short := `<a href="/author/ines"><p>Forty beehives now sit on the flat roofs.</p><p>Up from six three summers ago.</p></a>`
	menu := `<nav><ul>` + strings.Repeat(`<li><a href="/s">A section of the site with a long name</a></li>`, 6) + `</ul></nav>`
	tests := []struct {
		name, page string
		unwrapped  bool
	}{
		{"a short link around paragraphs, beside a long menu, holds the story", menu + short, true},
		{"the same beside a story outside it is a card", short + `<p>` + strings.Repeat("The keeper kept the light burning all night. ", 6) + `</p>`, false},
		{"a long link around paragraphs is broken markup", `<p>` + strings.Repeat("The keeper kept the light burning all night. ", 6) + `</p>` +
			`<a href="/x"><p>` + strings.Repeat("The keeper walked down. ", 6) + `</p><p>` + strings.Repeat("The lamp went out. ", 6) + `</p></a>`, true},
		{"a link around one paragraph is a card", menu + `<a href="/x"><p>Forty beehives now sit on the flat roofs.</p></a>`, false},
		// fuzz FuzzCleanText/45fc3aedb8def69c and its kin: a second clean
		// wraps the loose "Home" into a paragraph of its own, so the link
		// holds two blocks then, and most of the text: so it does now
		{"a link around a loose line and one paragraph that hold most of the text", menu + `<a href="/">Home<p>Forty beehives now sit on the flat roofs of the harbor district.</p></a>`, true},
		{"a link around a loose line and one paragraph beside a story is a card", `<a href="/">Home<p>Forty beehives now sit on the flat roofs.</p></a><p>` + strings.Repeat("The keeper kept the light burning all night. ", 6) + `</p>`, false},
		{"the site's banner does not count either", `<header><p>The Harbor Ledger, the paper of the harbor district since 1890, every morning</p></header>` + short, true},
		{"a story's own header does", `<article><header><p>By Ines Carvalho, who has kept bees on the harbor roofs for ten years, and her neighbor Tomas Berg</p></header>` + short + `</article>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.page + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			body := doc.LastChild.LastChild // html, then its body
			unwrapBlockLinks(body)
			held := false
			for _, e := range descendants(body) {
				for _, in := range descendants(e) {
					held = held || e.DataAtom == atom.A && in.DataAtom == atom.P
				}
			}
			if held == tt.unwrapped {
				t.Errorf("unwrapped %v, want %v", !held, tt.unwrapped)
			}
		})
	}
}

// Links whose address the policy drops read as plain text in the output,
// so they leave the content no more "all links" than prose does.
func TestLeavesOnlyLinksCountsLinksAsShown(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><div>` +
		`<p><a href="av></h2>Ein id=">Seit mehr als hundert Jahren verbindet die kleine Fähre die beiden Dörfer.</a></p>` +
		`<p><a href="/d">D</a></p></div></body>`))
	if err != nil {
		t.Fatal(err)
	}
	root := doc.LastChild.LastChild.FirstChild // the div
	st := measure(root)
	first, last := st[root.FirstChild], st[root.LastChild]
	if first.inkShown != first.inkIn || first.inkIn == 0 || last.inkShown != 0 {
		t.Fatalf("inkShown %d of %d, and %d in the last paragraph; want all, and none", first.inkShown, first.inkIn, last.inkShown)
	}
	if leavesOnlyLinks(last, st[root]) {
		t.Error(`taking "D" out leaves only links, but the rest reads as prose in the output`)
	}
	// The same with an address the policy keeps: the rest is all links.
	root.FirstChild.FirstChild.Attr[0].Val = "/a"
	st = measure(root)
	if !leavesOnlyLinks(st[root.LastChild], st[root]) {
		t.Error(`taking "D" out leaves prose, but the rest is all links`)
	}
}

// Whether a block holds most of the text does not hang on the white space
// between blocks, which a page and winnow's output of it write differently.
func TestTextInkIgnoresWhiteSpaceBetweenBlocks(t *testing.T) {
	weigh := func(page string) int {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		return textInkOnce(doc)()
	}
	spaced := weigh("<body><h1>The Harbor Ledger</h1>\n\n  <p>Forty beehives.</p>\n<p>Six summers.</p></body>")
	tight := weigh("<body><h1>The Harbor Ledger</h1><p>Forty beehives.</p><p>Six summers.</p></body>")
	if spaced != tight || spaced == 0 {
		t.Errorf("ink %d with white space between blocks, %d without", spaced, tight)
	}
}

// A paragraph's link density does not hang on how its text is split into
// nodes: an unknown element inside a link, which the output unwraps, leaves
// the same paragraph a link paragraph or not.
func TestLinkParagraphWhateverTheTextNodes(t *testing.T) {
	judge := func(page string) bool {
		doc, err := html.Parse(strings.NewReader("<body>" + page + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		p := doc.LastChild.LastChild.FirstChild
		return isLinkParagraph(p, measure(p)[p])
	}
	split := judge(`<p><a href="/a">0<a0> 00</a0></a>0 <a href="/b">A00 0</a></p>`)
	whole := judge(`<p><a href="/a">0 00</a>0 <a href="/b">A00 0</a></p>`)
	if split != whole || !whole {
		t.Errorf("a link paragraph: %v with its link's text split at an unknown element, %v whole; want both", split, whole)
	}
}

// TestMarksStory: whether the page's <main>, role=main or <article> agrees
// with the content chosen, #top.
func TestMarksStory(t *testing.T) {
	tests := []struct {
		name, page string
		want       bool
	}{
		{"inside an article", `<article><div id="top"><p>The story.</p></div></article>`, true},
		{"inside role=main", `<div role="main"><div id="top"><p>The story.</p></div></div>`, true},
		{"the main element itself", `<main id="top"><p>The story.</p></main>`, true},
		{"around a main that holds all its text", `<div id="top"><div class="menu"></div><main><p>The story.</p></main></div>`, true},
		{"around a main, with text beside it", `<div id="top"><p>A line beside.</p><main><p>The story.</p></main></div>`, false},
		{"no mark", `<div id="top"><p>The story.</p></div>`, false},
		{"inside a comment's article", `<article itemprop="comment"><div id="top"><p>A reader's word.</p></div></article>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			var top *html.Node
			walk(doc, func(n *html.Node) bool {
				if attr(n, "id") == "top" {
					top = n
				}
				return true
			})
			if got := marksStory(top, measure(doc)); got != tt.want {
				t.Errorf("marksStory = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOpensCommentArea: the marks of removals that open the comment area,
// and of removals around one: a post's meta line, taken out as a paragraph
// made of loose text after its "Add Comment" bar went, holds that bar's mark.
func TestOpensCommentArea(t *testing.T) {
	marker := func(id string) *html.Node {
		return &html.Node{Type: html.ElementNode, Data: "winnow-marker", Attr: []html.Attribute{{Key: markerAttr, Val: id}}}
	}
	holding := func(children ...*html.Node) *html.Node {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: "posted in: winter"})
		for _, c := range children {
			p.AppendChild(c)
		}
		return p
	}
	ruleOf := map[string]removal{
		"r1": {Removal: Removal{ID: "r1", Rule: "wording.leave-a-reply", Text: "Add Comment Print"}},
		"r2": {Removal: Removal{ID: "r2", Rule: "wording.post-meta", Text: "posted in: winter"}, node: holding(marker("r1"))},
		"r3": {Removal: Removal{ID: "r3", Rule: "wording.post-meta", Text: "posted in: winter"}, node: holding()},
		"r4": {Removal: Removal{ID: "r4", Rule: "wording.share", Text: "Share"}},
		"r5": {Removal: Removal{ID: "r5", Rule: "wording.post-meta", Text: "posted in: winter"}, node: holding(marker("r4"))},
		"r6": {Removal: Removal{ID: "r6", Rule: "content.byline", Text: "By Ines"}, node: holding(marker("r2"))},
	}
	tests := []struct {
		id   string
		want bool
	}{
		{"r1", true},  // the "Add Comment" bar
		{"r2", true},  // the meta line around its mark
		{"r3", false}, // a meta line alone
		{"r5", false}, // around a share bar's mark
		{"r6", true},  // around the meta line's mark, in turn
	}
	for _, tt := range tests {
		if got := opensCommentArea(marker(tt.id), ruleOf); got != tt.want {
			t.Errorf("opensCommentArea(%s) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

// A part of a table kept as part of the content is written as what it
// shows: written out of its table, its tags are ones the parser drops.
func TestGatherOutOfTable(t *testing.T) {
	cases := []struct {
		name, page, keep, want string
	}{
		{"a row group", `<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>`, "tbody",
			`<div><table><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>`},
		{"a row", `<table><tbody><tr><td>a</td><th>b</th></tr></tbody></table>`, "tr",
			`<div><div><div>a</div><div>b</div></div></div>`},
		{"a cell", `<table><tbody><tr><td><p>a</p></td></tr></tbody></table>`, "td",
			`<div><div><p>a</p></div></div>`},
		{"a paragraph", `<div><p>a</p></div>`, "p", `<div><p>a</p></div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			var keep *html.Node
			walk(root, func(n *html.Node) bool {
				if keep == nil && n.Type == html.ElementNode && n.Data == tc.keep {
					keep = n
				}
				return keep == nil
			})
			if got := written(gather([]*html.Node{keep})); got != tc.want {
				t.Errorf("gathered %s\n got %s\nwant %s", tc.keep, got, tc.want)
			}
		})
	}
}

// leftBehind names each element still in the root that a removal took
// something out of, once, and neither the root nor what left the root.
func TestLeftBehind(t *testing.T) {
	root := el("div", el("ul", el("li", txt("a"))), el("p", txt("b")))
	list, para := root.FirstChild, root.LastChild
	gone := el("section", el("p", txt("c"))) // taken out of the page since
	removals := []removal{{from: list}, {from: root}, {from: list}, {from: gone.FirstChild}, {from: para}, {}}
	got := leftBehind(removals, root)
	if len(got) != 2 || got[0] != list || got[1] != para {
		t.Errorf("leftBehind = %v, want the list and the paragraph", got)
	}
}

// TestDropsAddress checks dropsAddress, which measure asks about every
// link, against the reading policy itself: a link whose address the policy
// drops is unwrapped, and its words read as plain text in the output.
func TestDropsAddress(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"https://example.com/story", false},
		{"/caf%C3%A9?q=a%20b", false},
		{"  /padded  ", false},
		{"/a b", true},                 // white space inside
		{"/author/ime=\n20Ines", true}, // an unclosed quote's swallowed markup
		{"<ëÂ‘%", true},                // a '%' that starts no escape, in the path
		{"/a%zz", true},
		{"/a#%zz", true},    // in the fragment
		{"/a?q=%zz", false}, // net/url leaves the query as written
		{"/a%2", true},
		{"/a\x01b", true}, // a control character
	}
	for _, tt := range tests {
		t.Run(tt.href, func(t *testing.T) {
			a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Key: "href", Val: tt.href}}}
			a.AppendChild(&html.Node{Type: html.TextNode, Data: "words"})
			if got := dropsAddress(a); got != tt.want {
				t.Errorf("dropsAddress(%q) = %v, want %v", tt.href, got, tt.want)
			}
			if kept := policyKeepsAnchor(a); kept == tt.want {
				t.Errorf("the policy keeps the link to %q: %v; the case expects the opposite", tt.href, kept)
			}
		})
	}
}

// TestLooseAsides: an <aside> in the page's <article> is spared by the
// furniture pass, but the output shows the story without the <article>; one
// that stands beside the story, not among its paragraphs (two long ones
// beside it), goes as the sidebar a second clean of the output would find,
// and one among paragraphs (a pull quote) or holding most of the story
// stays.
func TestLooseAsides(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The co-op moved its hives to the roof of the old mill in April, and the bees took to the lime trees.</p>"
	}
	tests := []struct {
		name     string
		article  string
		gone     string // text removed as furniture.sidebar, "" for none
		wantKept string
	}{
		{
			name:    "after a story of one paragraph",
			article: para("First.") + `<aside><p>Follow us for more from the harbor</p></aside>`,
			gone:    "Follow us for more from the harbor",
		},
		{
			name:     "between paragraphs",
			article:  para("First.") + `<aside><p>A pull quote about bees</p></aside>` + para("Second.") + para("Third."),
			wantKept: "A pull quote about bees",
		},
		{
			name:     "most of the story",
			article:  `<p>Lead.</p><aside>` + para("First.") + para("Second.") + para("Third.") + `</aside>`,
			wantKept: "Third.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Bees</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bees</h1>` + tt.article + `</article></body></html>`
			a, err := Clean([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var gone []string
			for _, r := range a.Removed {
				if r.Rule == "furniture.sidebar" {
					gone = append(gone, r.Text)
				}
			}
			if tt.gone == "" && len(gone) > 0 || tt.gone != "" && (len(gone) != 1 || gone[0] != tt.gone) {
				t.Errorf("removed as a sidebar %q, want %q", gone, tt.gone)
			}
			if tt.wantKept != "" && !strings.Contains(a.Text, tt.wantKept) {
				t.Errorf("text lost %q:\n%s", tt.wantKept, a.Text)
			}
			checkCleanAgainReadsTheSame(t, a)
		})
	}
}

func TestSubheadingsBetweenParts(t *testing.T) {
	part := func(words ...string) string {
		s := "<div>"
		for _, w := range words {
			s += "<p>" + w + ", the co-op moved its hives to the roof of the old mill in April, and the bees took to the lime trees by the river.</p>"
		}
		return s + "</div>"
	}
	tests := []struct {
		name       string
		story      string
		kept, gone []string
	}{
		{
			name:  "between two parts",
			story: part("First", "Second", "Third") + `<h2>On the roof</h2>` + part("Fourth", "Fifth"),
			kept:  []string{"On the roof", "Fifth"},
		},
		{
			name:  "two of them, and a figure, between two parts",
			story: part("First", "Second", "Third") + `<h2>On the roof</h2><figure><img src="/hive.jpg" alt="A hive"></figure><h3>The first summer</h3>` + part("Fourth", "Fifth"),
			kept:  []string{"On the roof", "The first summer", "Fifth"},
		},
		{
			name:  "after the last part",
			story: part("First", "Second", "Third") + part("Fourth", "Fifth") + `<h2>More from the harbor</h2>`,
			kept:  []string{"Fifth"},
			gone:  []string{"More from the harbor"},
		},
		{
			name: "over a list of links left out",
			story: part("First", "Second", "Third") + `<h2>Most read</h2><ul><li><a href="/a">Gulls on the quay again this spring</a></li><li><a href="/b">The ferry's new timetable for the summer</a></li><li><a href="/c">Ice cream prices</a></li></ul>` +
				part("Fourth", "Fifth"),
			kept: []string{"Fifth"},
			gone: []string{"Most read", "Gulls on the quay"},
		},
		{
			name:  "a link",
			story: part("First", "Second", "Third") + `<h2><a href="/roof">On the roof: the whole series</a></h2>` + part("Fourth", "Fifth"),
			kept:  []string{"Fifth"},
			gone:  []string{"On the roof: the whole series"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Bees on the mill</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="wrap"><h1>Bees on the mill</h1>` +
				tt.story + `</div><footer>© The Harbor Ledger</footer></body></html>`
			a, err := Clean([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkKeptAndGone(t, a.Text, tt.kept, tt.gone)
			if i, j := strings.Index(a.Text, "Third"), strings.Index(a.Text, "On the roof"); j >= 0 && j < i {
				t.Errorf("the subheading moved before the part it follows:\n%s", a.Text)
			}
			checkCleanAgainReadsTheSame(t, a)
		})
	}
}

// checkKeptAndGone checks that text holds each of kept and none of gone.
func checkKeptAndGone(t *testing.T, text string, kept, gone []string) {
	t.Helper()
	for _, k := range kept {
		if !strings.Contains(text, k) {
			t.Errorf("%q was removed; text:\n%s", k, text)
		}
	}
	for _, g := range gone {
		if strings.Contains(text, g) {
			t.Errorf("%q is still in the text:\n%s", g, text)
		}
	}
}

func TestKeepLinksAsText(t *testing.T) {
	long := "https://example.com/track?id=" + strings.Repeat("a1b2c3d4", 120)
	tests := []struct {
		name, text string
		links      int
	}{
		{"a few words and a long address", "Notes from the harbor meeting on Tuesday, for the record and for later " + long, 0},
		{"an address in a paragraph", "The minutes of the harbor meeting are at https://example.com/minutes and the co-op will read them out at the next meeting in the mill.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.InputKind != KindText {
				t.Fatalf("read as %s, want text", a.InputKind)
			}
			if got := strings.Count(a.HTML, "<a "); got != tt.links {
				t.Errorf("%d links, want %d:\n%s", got, tt.links, a.HTML)
			}
			if wordsMissing(strings.Fields(tt.text), strings.Fields(a.Text)) != nil {
				t.Errorf("text lost words:\n%s", a.Text)
			}
			checkRecleanKeepsText(t, a, false)
		})
	}
}

// TestDiscountSparesHeadlines checks what discount takes out of the content
// root's counts when a block goes: nothing of a headline that
// discountHeadlines took out of them already (the counts went below zero,
// and a line of links then held "most" of the content), and from a dissolving
// container, nothing of a block that went from inside it before.
func TestDiscountSparesHeadlines(t *testing.T) {
	tests := []struct {
		name      string
		headline  bool   // the <h1> is a discounted headline
		first     string // the block taken out first, if any
		gone      string // the block taken out
		wantTaken string // whose counts the root loses in all
	}{
		{name: "a byline inside the headline", headline: true, gone: "byline"},
		{name: "a byline inside a heading", gone: "byline", wantTaken: "byline"},
		{name: "a block that holds the headline", headline: true, gone: "header", wantTaken: "links"},
		{name: "a container after a block inside it", first: "links", gone: "header", wantTaken: "header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := map[string]*html.Node{}
			nodes["byline"] = el("span", txt("By Ines Carvalho"))
			nodes["h1"] = el("h1", txt("Bees on the mill "), nodes["byline"])
			nodes["links"] = el("p", el("a", txt("Home")), txt(" "), el("a", txt("City news and the harbor")))
			nodes["header"] = el("div", nodes["h1"], nodes["links"])
			root := el("body", nodes["header"], el("p", txt("The co-op moved its hives to the roof of the old mill in April.")))
			st := measure(root)
			want := st[root].ink
			if tt.wantTaken != "" {
				want -= st[nodes[tt.wantTaken]].ink
			}
			var headlines []*html.Node
			if tt.headline {
				st[root].subtract(st[nodes["h1"]])
				headlines = append(headlines, nodes["h1"])
				want -= st[nodes["h1"]].ink
			}
			taken := map[*html.Node]*stat{}
			if tt.first != "" {
				st.discount(nodes[tt.first], root, containerTest{}, taken, headlines)
				nodes[tt.first].Parent.RemoveChild(nodes[tt.first])
			}
			st.discount(nodes[tt.gone], root, containerTest{}, taken, headlines)
			if got := st[root].ink; got != want {
				t.Errorf("root ink %d, want %d", got, want)
			}
		})
	}
}

// checkCountsWhileTesting makes every clean in this package's tests (and
// fuzzing) panic when a subtraction leaves a count below zero: a block taken
// out of the counts twice, which the test or the fuzzer then reports with
// its input.
func checkCountsWhileTesting() {
	checkCounts = func(s *stat) {
		if s.text < 0 || s.ink < 0 || s.inkIn < 0 || s.inkShown < 0 || s.links < 0 || s.commas < 0 || s.paras < 0 {
			panic(fmt.Sprintf("content counts below zero: %+v", *s))
		}
	}
}

// TestHiddenCopies: a page that keeps two copies of its story, one hidden
// by a class (for readers with a subscription and without), shows it once;
// a hidden block that is no copy stays, as a class hides only through the
// page's style sheet; and a short story kept twice is not traded for a
// gentler attempt's furniture.
func TestHiddenCopies(t *testing.T) {
	story := `<h3 class="byline">BY ANA RUIZ</h3><p>WASHINGTON—The harbour wall was finished in May, three years after the storm that took the old one, and the boats came back within a week.</p>` +
		`<p>Fishermen say the new wall is higher and the mouth of the harbour narrower, and that the swell inside is gentler than anyone remembers ...</p>`
	register := `<div class="register"><p>Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers, use the Order Reprints tool at the bottom of any article.</p>` +
		`<p>As a registered user of the Online Journal you will be able to set up and manage your portfolio, personalize your own news page, and receive and manage newsletters of every kind.</p></div>`
	tests := []struct {
		name, body string
		copies     int
		kept       []string
	}{
		{"a hidden copy beside the shown one", `<div id="main"><div class="article story hidden">` + story + `</div><div class="ad"></div><div class="article story">` + story + `</div></div>` + register,
			1, []string{"WASHINGTON—The harbour wall", "gentler than anyone"}},
		{"a hidden block that is no copy", `<div id="main"><div class="article story">` + story + `<p class="hidden">The council will open the path along its top to walkers in the summer, once the railings are up and the lights are wired along all of it, and the harbour master hopes the café reopens.</p></div></div>`,
			0, []string{"WASHINGTON—The harbour wall", "The council will open the path"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(`<!doctype html><html><head><title>Harbour</title></head><body>`+tt.body+`</body></html>`), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(a.Text, "WASHINGTON—The harbour wall"); n != 1 {
				t.Errorf("the story shows %d times:\n%s", n, a.Text)
			}
			copies := 0
			for _, r := range a.Removed {
				if r.Rule == "content.hidden-copy" {
					copies++
				}
			}
			if copies != tt.copies {
				t.Errorf("%d content.hidden-copy removals, want %d", copies, tt.copies)
			}
			checkKeptAndGone(t, a.Text, tt.kept, []string{"Dow Jones Reprints"})
		})
	}
}

// TestWidenToCousins: a story broken by an advertisement into runs of
// paragraphs, each in a wrapper of the same class beside an aside of
// related stories (a newspaper's layout), is kept whole when the winner is
// the last run; the posts of a blog's front page, in like wrappers but each
// under its own headline, are not added to the one chosen.
func TestWidenToCousins(t *testing.T) {
	para := `<p>The harbour wall was finished in May, three years after the storm that took the old one, and the boats came back within a week.</p>`
	aside := `<aside class="marginalia"><h2>Related Coverage</h2><ul><li><a href="/b">The old wall that the storm took</a></li></ul></aside>`
	tests := []struct {
		name, body string
		added      int
	}{
		{"a story in runs between advertisements",
			`<div class="story-body-supplemental"><div class="story-body story-body-1" id="first">` + para + para + `</div>` + aside + `</div>` +
				`<div class="story-interrupter"><div class="ad"></div></div>` +
				`<div class="story-body-supplemental"><div class="story-body story-body-2" id="top">` + strings.Repeat(para, 6) + `</div>` + aside + `</div>`, 1},
		{"a blog's front page",
			`<div class="post"><h2>Another post</h2><div class="entry" id="first">` + para + para + `</div></div>` +
				`<div class="post"><h2>Harbour</h2><div class="entry" id="top">` + strings.Repeat(para, 6) + `</div></div>`, 0},
		{"a run whose wrapper has another class",
			`<div class="teaser"><div class="story-body" id="first">` + para + para + `</div></div>` +
				`<div class="story-body-supplemental"><div class="story-body" id="top">` + strings.Repeat(para, 6) + `</div></div>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<body><article>` + tt.body + `</article></body>`))
			if err != nil {
				t.Fatal(err)
			}
			var top, first, body *html.Node
			for n := range doc.Descendants() {
				switch {
				case attr(n, "id") == "top":
					top = n
				case attr(n, "id") == "first":
					first = n
				case n.DataAtom == atom.Body:
					body = n
				}
			}
			keep := widenToCousins(top, []*html.Node{top}, measure(body))
			if got := len(keep) - 1; got != tt.added {
				t.Fatalf("added %d parts, want %d", got, tt.added)
			}
			if tt.added > 0 && keep[0] != first {
				t.Errorf("the first run is not kept first")
			}
		})
	}
}

func TestReadsAsBylineInPlace(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Posted by lasagnechef in Arsenal News.", true},
		{"By Conner Flynn on Monday 12th November 2012 3:16 pm in Gaming", true},
		{"posted August 9th, 2012 1:00 PM EDT by Jared Nelson in News, Upcoming Games", true},
		{"Posted by Jacob in How to Tip", true},
		{"Posted by Jacob in the garden, where he grows more beans than anyone needs", false}, // a sentence goes on
		{"The bees came back in May", false},
		{"Posted by Jacob", false}, // no place: readsAsByline's alone
	}
	for _, tt := range tests {
		if got := readsAsBylineInPlace(tt.line); got != tt.want {
			t.Errorf("readsAsBylineInPlace(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestIsLoneBylineLabel(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Author:", true},
		{" Written by ", true},
		{"Posted by:", true},
		{"Autor:", true},
		{"By:", true},
		{"By", false}, // a bare label only with its colon
		{"Author: Adam Hotz", false},
		{"Authors", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isLoneBylineLabel(tt.text); got != tt.want {
			t.Errorf("isLoneBylineLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestInlineBylineLabelStays: a label in its own inline element is a part
// of the byline line, which goes whole and gives the name.
func TestInlineBylineLabelStays(t *testing.T) {
	story := harbourStory
	page := `<!doctype html><html lang="en"><head><title>The Harbour Wall</title></head><body><article><h1>The Harbour Wall</h1>` +
		`<p><strong>Posted by:</strong> <a href="/u/bob">Bob Walsh</a></p>` + story + `</article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "Bob Walsh" || strings.Contains(a.Text, "Bob Walsh") || strings.Contains(a.Text, "Posted by") {
		t.Errorf("Byline %q, text:\n%s\nwant the line gone whole and Bob Walsh as the byline", a.Byline, a.Text)
	}
}

func TestSubstringSet(t *testing.T) {
	lists := [][]string{
		contentWords(), {"gallery", "slider"}, {"a", "ab", "abc"}, {"-ad-", "com-"}, {""}, nil,
	}
	texts := []string{"", "a", "post-content main", "sidebar-widget", "com", "x-ad-y", "ab", "zzz", "Ärger-ad-", "comment\xff"}
	for _, subs := range lists {
		set := newSubstringSet(subs...)
		for _, s := range texts {
			want := slices.ContainsFunc(subs, func(sub string) bool { return strings.Contains(s, sub) })
			if got := set.in(s); got != want {
				t.Errorf("newSubstringSet(%q).in(%q) = %v, want %v", subs, s, got, want)
			}
		}
	}
}

// contentWords is every word of the content hints, positive and negative.
func contentWords() []string {
	var words []string
	for _, set := range []*substringSet{contentHints().positive, contentHints().negative} {
		for _, subs := range set.byLead {
			words = append(words, subs...)
		}
	}
	return words
}

// TestUnwrapHoldersAsBlockHolders holds unwrapHolders, which finds the
// holders in the walk that lists the elements, to its first form: the
// holders from blockHolders, the elements from descendants.
// descendants lists what a recursive walk over the elements lists, in the
// same order, on every fixture page and from every element of it.
func TestDescendantsAsRecursiveWalk(t *testing.T) {
	var recursive func(n *html.Node, out []*html.Node) []*html.Node
	recursive = func(n *html.Node, out []*html.Node) []*html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				out = recursive(c, append(out, c))
			}
		}
		return out
	}
	for _, root := range parsedPages(t, `<div>a<p>b<span>c</span></p><!-- d --><ul><li>e<li>f</ul></div><p>g`) {
		walk(root, func(n *html.Node) bool {
			if got, want := descendants(n), recursive(n, nil); !slices.Equal(got, want) {
				t.Fatalf("descendants(<%s>): %d elements, want %d", n.Data, len(got), len(want))
			}
			return true
		})
	}
}

func TestUnwrapHoldersAsBlockHolders(t *testing.T) {
	byMaps := func(root *html.Node, which func(*html.Node) bool) {
		holders := blockHolders(root)
		for _, e := range descendants(root) {
			if holders[e] && which(e) && e.Parent != nil {
				unwrap(e)
			}
		}
	}
	pages := []string{
		`<div><span><p>a</p><em><div>b</div></em></span><b>c</b><i><span><ul><li>d</li></ul></span></i></div>`,
		`<custom><p>x</p></custom><span>y<span>z<h2>h</h2></span></span><a href="/"><div>card</div></a><a><p>no href</p></a>`,
	}
	for _, which := range []func(*html.Node) bool{isInline, isInlineOrLink} {
		wants, gots := parsedPages(t, pages...), parsedPages(t, pages...)
		for i := range wants {
			byMaps(wants[i], which)
			unwrapHolders(gots[i], which)
			var w, g strings.Builder
			_ = html.Render(&w, wants[i])
			_ = html.Render(&g, gots[i])
			if w.String() != g.String() {
				t.Errorf("page %d: unwrapHolders gives\n%s\nblockHolders and descendants give\n%s", i, g.String(), w.String())
			}
		}
	}
}
