package cleaner

import (
	"strings"
	"testing"

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
			inside: `<p><a href="/a">See what else the farm grows »</a><br><a href="/b">See who buys its apples »</a></p>`,
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
			// The date line goes first; what is left is a link alone, as a
			// second clean of the output would see it (fuzz 2a62eef1f7fcf613).
			name:   "a block is judged by what is left once a line inside it went",
			inside: `<div class="entry-line">By <a href="/author/ines/">Ines Carvalho</a> <time>June 2, 2026</time></div>`,
			gone:   []string{"June 2, 2026", "By Ines Carvalho"},
			rules:  []string{"content.byline", "content.link-paragraph"},
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
			// fuzz d255527a665f4d4e: the page outside them is then no story
			name:  "where only comments hold paragraphs, the best comment is the content",
			body:  `<h2>Trail Diary</h2><p>Email This</p><div class="comments"><ol><li>` + story + story + story + `</li></ol></div>`,
			gone:  []string{"Trail Diary", "Email This"},
			rules: []string{"content.outside", "content.outside"},
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
