package cleaner

import (
	"strings"
	"testing"
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
			name:   "links with an arrow inside their text are not a trail",
			inside: `<p><a href="/a">See what else the farm grows »</a><br><a href="/b">See who buys its apples »</a><br>Both lists are brought up to date every week by the farm's own staff.</p>`,
			kept:   []string{"See what else the farm grows »", "See who buys its apples »"},
		},
		{
			name:   "words between the links make it prose",
			inside: `<p>Read <a href="/a">part one</a> / <a href="/b">part two</a> and then / <a href="/c">part three</a> of the series.</p>`,
			kept:   []string{"Read part one / part two and then / part three of the series."},
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
			name: "a story container is judged on what is left once its list of related links has gone",
			page: `<div class="post"><h1>The Orchard in Winter</h1><div class="inner">
				<p><a href="/img/1.jpg"><img src="/img/1.jpg" alt=""></a></p><p><a href="/img/2.jpg"><img src="/img/2.jpg" alt=""></a></p>
				<p>In addition to <a href="/first">the first set</a> of winter photographs of the orchard, here are a few more that <a href="/flickr">readers sent in</a> this week.</p>
				<p>The snow came early this year, and the pruners worked through it, so the photographs show the rows white and the cut shoots dark against them.</p>
				<p>Related posts:</p><ol><li><a href="/a">Pruning the old apple trees in the January snow</a></li><li><a href="/b">Burning the cuttings on a still, damp morning</a></li>
				<li><a href="/c">Counting the blossom and hoping for no frost in April</a></li><li><a href="/d">The first bees of spring in the orchard</a></li></ol></div></div>`,
			gone: []string{"Pruning the old apple trees"},
			rule: "content.links",
			kept: []string{"In addition to the first set"},
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
			for _, k := range tt.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("%q was removed; text:\n%s", k, a.Text)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("%q is still in the text:\n%s", g, a.Text)
				}
			}
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
