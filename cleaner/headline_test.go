package cleaner

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFoldTitle(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Mexico Rejects U.S. Military Presence!", "MEXICO REJECTS US MILITARY PRESENCE"},
		{"Trump’s Directive", "trumps directive"},
		{"  Snow —  and   ice ", "snow and ice"},
	}
	for _, tt := range tests {
		if foldTitle(tt.a) != foldTitle(tt.b) {
			t.Errorf("foldTitle(%q) = %q, foldTitle(%q) = %q; want equal", tt.a, foldTitle(tt.a), tt.b, foldTitle(tt.b))
		}
	}
	if foldTitle("Mexico Rejects U.S. Military Presence") == foldTitle("Mexico Rejects U.S. Military Presence Amid Reports") {
		t.Error("a section heading folded equal to the longer title")
	}
}

// foldTitleByRune is foldTitle as it was written first, rune by rune: the
// ASCII path must fold every text as it does.
func foldTitleByRune(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '.' || r == '\'' || r == '’' || r == '\u00ad' || r == '\u200b':
		default:
			space = true
		}
	}
	return b.String()
}

// titleKeyByRune is titleKey as it was written first, from strings.ToLower
// rune by rune.
func titleKeyByRune(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldSamples are texts for the title folds' ASCII paths: every ASCII byte,
// letters with case past ASCII, scripts without case, invalid bytes.
func foldSamples() []string {
	var ascii strings.Builder
	for c := 0; c < utf8.RuneSelf; c++ {
		ascii.WriteByte(byte(c))
		ascii.WriteString("x ")
	}
	return []string{
		"", ascii.String(), "Mexico Rejects U.S. Military Presence!", "  .A' b  ", "Ärger über Öl: ÜBERALL",
		"Trump’s  Directive\u00ad\u200b", "東京 2020 — 五輪", "İstanbul'da ΣΟΦΙΑ", "bad \xff\xfe bytes\xc3", "١٢٣ مرحبا",
	}
}

// checkTitleFolds fails t when foldTitle or titleKey folds s otherwise than
// its rune-by-rune form.
func checkTitleFolds(t *testing.T, s string) {
	t.Helper()
	if got, want := foldTitle(s), foldTitleByRune(s); got != want {
		t.Errorf("foldTitle(%q) = %q, by rune %q", s, got, want)
	}
	if got, want := titleKey(s), titleKeyByRune(s); got != want {
		t.Errorf("titleKey(%q) = %q, by rune %q", s, got, want)
	}
}

func TestTitleFoldsAsByRune(t *testing.T) {
	for _, s := range foldSamples() {
		checkTitleFolds(t, s)
	}
}

func FuzzTitleFolds(f *testing.F) {
	for _, s := range foldSamples() {
		f.Add(s)
	}
	f.Fuzz(checkTitleFolds)
}

func TestRemoveRepeatedTitle(t *testing.T) {
	const title = "The Orchard in Winter"
	tests := []struct {
		name      string
		kind      string
		title     string // d.art.Title before the pass
		site      string
		src       string
		wantTitle string
		gone      []string
		rules     []string
		kept      []string
		content   string // selector of the chosen content, if any
		pageTitle string // the page's <title>
	}{
		{
			name:  "h1, h2 and caption copies; a section heading stays",
			kind:  KindDocument,
			title: title,
			src: `<body><p class="trail"><a>Home</a> › <a>Farming</a> › <span>The Orchard in Winter</span></p>
				<h1>The Orchard in Winter</h1><p>In winter the orchard is quiet.</p>
				<figure><img src="a.jpg" alt=""><figcaption>The orchard in winter.</figcaption></figure>
				<h2>The Orchard</h2><p>The pruners start in January.</p><h2>THE ORCHARD IN WINTER</h2><p>By March the cuttings are piled.</p></body>`,
			wantTitle: title,
			gone:      []string{"The Orchard in Winter", "The Orchard in Winter", "The orchard in winter.", "THE ORCHARD IN WINTER"},
			rules:     []string{"headline.repeat", "headline.repeat", "headline.repeat", "headline.repeat"},
			kept:      []string{"In winter the orchard is quiet.", "The OrchardThe pruners", "Home › Farming ›"},
		},
		{
			name:  "a sticky header's line: the site's logo link and the title",
			kind:  KindDocument,
			title: title,
			src: `<body><div class="header-sticky"><span class="headline"><a href="/" class="logo">Home</a>The Orchard in Winter</span></div>
				<p>In winter the orchard is quiet.</p><p><a href="/farming/">Farming</a>The Orchard in Winter</p>
				<ol><li><a href="https://persona.example/">Persona</a>, The Orchard in Winter</li></ol></body>`,
			wantTitle: title,
			gone:      []string{"HomeThe Orchard in Winter"},
			rules:     []string{"headline.title"},
			kept:      []string{"In winter the orchard is quiet.", "FarmingThe Orchard in Winter", "Persona, The Orchard in Winter"},
		},
		{
			name:      "site name around the page title",
			kind:      KindDocument,
			title:     "The Orchard in Winter – Field Notes",
			src:       `<body><h1>The Orchard in Winter</h1><p>In winter the orchard is quiet.</p></body>`,
			wantTitle: title,
			gone:      []string{"The Orchard in Winter"},
			rules:     []string{"headline.title"},
			kept:      []string{"In winter the orchard is quiet."},
		},
		{
			name:      "no title yet: the first h1 is the title",
			kind:      KindDocument,
			src:       `<body><div><h1>The Orchard in Winter</h1></div><p>In winter the orchard is quiet.</p></body>`,
			wantTitle: title,
			gone:      []string{"The Orchard in Winter"},
			rules:     []string{"headline.title"},
			kept:      []string{"In winter the orchard is quiet."},
		},
		{
			name:      "plain text paste with the headline twice",
			kind:      KindText,
			title:     "Mexico Rejects U.S. Military Presence Amid Reports",
			src:       `<body><h1>Mexico Rejects U.S. Military Presence Amid Reports</h1><h2>Mexico Rejects U.S. Military Presence Amid Reports</h2><p>On Friday the president spoke.</p><h2>Mexico Rejects U.S. Military Presence</h2><p>More.</p></body>`,
			wantTitle: "Mexico Rejects U.S. Military Presence Amid Reports",
			gone:      []string{"Mexico Rejects U.S. Military Presence Amid Reports", "Mexico Rejects U.S. Military Presence Amid Reports"},
			rules:     []string{"headline.title", "headline.title"},
			kept:      []string{"Mexico Rejects U.S. Military PresenceMore.", "On Friday the president spoke."},
		},
		{
			// fuzz bc23230fc6d21a57
			name:      "what is left beside a copy is judged as the content pass would",
			kind:      KindDocument,
			title:     title,
			src:       `<body><div id="c"><div><div>The Orchard in Winter</div>Updated</div><p>In winter the orchard is quiet.</p></div></body>`,
			content:   "#c",
			wantTitle: title,
			gone:      []string{"The Orchard in Winter", "Updated"},
			rules:     []string{"headline.title", "content.byline"},
			kept:      []string{"In winter the orchard is quiet."},
		},
		{
			// fuzz ad3ac047567e6111: the output shows the heading without
			// its caption, and a second clean takes it out as a copy
			name:  "a block that reads as the title once its copy goes is a copy too",
			kind:  KindDocument,
			title: title,
			src: `<body><h1>The Orchard in Winter</h1><h2>The orchard in winter!<a href="/g"><figcaption>The Orchard in Winter</figcaption></a></h2>` +
				`<p>In winter the orchard is quiet.</p></body>`,
			wantTitle: title,
			gone:      []string{"The Orchard in Winter", "The Orchard in Winter", "The orchard in winter!"},
			rules:     []string{"headline.title", "headline.title", "headline.repeat"},
			kept:      []string{"In winter the orchard is quiet."},
		},
		{
			// fuzz 3d66558402d3f449: the output shows the two runs as one,
			// and a second clean judges it as a paragraph
			name:      "runs of loose text that a copy stood between are one paragraph, judged",
			kind:      KindDocument,
			title:     title,
			src:       `<body><div id="c">Updated on Monday<h2>The Orchard in Winter</h2> 12 March 2020 at 10:00<p>In winter the orchard is quiet.</p></div></body>`,
			content:   "#c",
			wantTitle: title,
			gone:      []string{"The Orchard in Winter", "Updated on Monday 12 March 2020 at 10:00"},
			rules:     []string{"headline.title", "content.byline"},
			kept:      []string{"In winter the orchard is quiet."},
		},
		{
			name:      "the site's name in a menu bar was taken for the title; the story's heading is named by <title>",
			kind:      KindDocument,
			title:     "Field Notes",
			pageTitle: "The Orchard in Winter - Field Notes",
			src: `<body><div class="menu-bar"><h1>Field Notes</h1></div><div id="c"><main><h2>The Orchard in Winter</h2>
				<p>In winter the orchard is quiet, and the pruners start in January.</p><p>By March the cuttings are piled high.</p></main></div></body>`,
			content:   "#c",
			wantTitle: title,
			gone:      []string{"The Orchard in Winter"},
			rules:     []string{"headline.title"},
			kept:      []string{"In winter the orchard is quiet", "By March"},
		},
		{
			name:      "a first heading that <title> does not name stays a heading",
			kind:      KindDocument,
			title:     "Field Notes",
			pageTitle: "Field Notes",
			src: `<body><div class="menu-bar"><h1>Field Notes</h1></div><div id="c"><main><h2>The Orchard in Winter</h2>
				<p>In winter the orchard is quiet, and the pruners start in January.</p><p>By March the cuttings are piled high.</p></main></div></body>`,
			content:   "#c",
			wantTitle: "Field Notes",
			kept:      []string{"The Orchard in Winter", "In winter the orchard is quiet"},
		},
		{
			name:      "a heading far down the story is not its headline",
			kind:      KindDocument,
			title:     "Field Notes",
			pageTitle: "The Orchard in Winter - Field Notes",
			src: `<body><div id="c"><p>` + strings.Repeat("In winter the orchard is quiet. ", 8) + `</p><h2>The Orchard in Winter</h2>
				<p>By March the cuttings are piled high.</p></div></body>`,
			content:   "#c",
			wantTitle: "Field Notes",
			kept:      []string{"The Orchard in Winter", "By March"},
		},
		{
			name:      "a heading that is all the content stays the article",
			kind:      KindDocument,
			title:     "Field Notes",
			pageTitle: "The Orchard in Winter - Field Notes",
			src:       `<body><div id="c"><h2>The Orchard in Winter</h2><p>By March.</p></div></body>`,
			content:   "#c",
			wantTitle: "Field Notes",
			kept:      []string{"The Orchard in Winter", "By March."},
		},
		{
			name:      "a title mostly of symbols",
			kind:      KindDocument,
			title:     "★★★★★★★★★★★★★★★★★★★★★★★★★ 5/5",
			src:       `<body><h1>★★★★★★★★★★★★★★★★★★★★★★★★★ 5/5</h1><p>The best orchard we walked in this winter.</p></body>`,
			wantTitle: "★★★★★★★★★★★★★★★★★★★★★★★★★ 5/5",
			gone:      []string{"★★★★★★★★★★★★★★★★★★★★★★★★★ 5/5"},
			rules:     []string{"headline.title"},
			kept:      []string{"The best orchard"},
		},
		{
			name:      "a paragraph that only mentions the title stays",
			kind:      KindDocument,
			title:     title,
			src:       `<body><p>We called the piece The Orchard in Winter because of the snow.</p><p>The Orchard in Winter: a note.</p></body>`,
			wantTitle: title,
			kept:      []string{"We called the piece The Orchard in Winter", "The Orchard in Winter: a note."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, tt.kind, tt.src)
			d.art.Title, d.art.SiteName, d.pageTitle = tt.title, tt.site, tt.pageTitle
			if tt.content != "" {
				d.content = d.dom.Find(tt.content)
			}
			if err := removeRepeatedTitle(d); err != nil {
				t.Fatal(err)
			}
			if d.art.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", d.art.Title, tt.wantTitle)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
			if len(d.removals) != len(tt.gone) {
				t.Errorf("%d removals %v, want %d", len(d.removals), ruleList(d), len(tt.gone))
			}
			titles := 0
			for _, r := range d.removals {
				if r.Rule == "headline.title" {
					titles++
				}
			}
			if len(tt.gone) > 0 && titles != 1 {
				t.Errorf("%d removals as headline.title, want exactly 1: %v", titles, ruleList(d))
			}
		})
	}
}

// TestHeadlineThatHeldItsByline: a pasted page with no <title> whose <h1>
// holds the byline. The title is read from the heading first, byline and
// all; the content pass then takes the byline out of the heading, which
// must still go as the headline, its text the title.
func TestHeadlineThatHeldItsByline(t *testing.T) {
	page := `<html><body><article><h1>The Orchard in Winter <span class="byline">By Ines Carvalho</span></h1>` +
		plainStory + `</article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "The Orchard in Winter" {
		t.Errorf("Title = %q, want the headline without its byline", a.Title)
	}
	if strings.Contains(a.Text, "The Orchard in Winter") {
		t.Errorf("the headline is still in the text:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "In winter the orchard") {
		t.Errorf("the story is gone:\n%s", a.Text)
	}
	var rules []string
	for _, r := range a.Removed {
		rules = append(rules, r.Rule)
	}
	if !slices.Contains(rules, "headline.title") {
		t.Errorf("no headline.title removal: %v", rules)
	}

	// A heading that was only the byline leaves no text to be the title:
	// the title stays as it was read (fuzz e33546d883624f22 panicked here).
	page = `<html><body><article><h1><span class="byline">By Ines Carvalho</span></h1>` + plainStory + `</article></body></html>`
	if a, err = Clean([]byte(page), Options{}); err != nil {
		t.Fatal(err)
	}
	if a.Title != "By Ines Carvalho" || !strings.Contains(a.Text, "In winter the orchard") {
		t.Errorf("Title %q, Text %q", a.Title, a.Text)
	}
}

// TestTitleLeavesALinkList: a list of links that the content pass kept for
// holding most of the text, the headline among it, is judged again once
// the headline goes from inside it, as a second clean of the output judges
// it: a menu then goes; a story inside a link (broken markup) stays.
func TestTitleLeavesALinkList(t *testing.T) {
	story := strings.Repeat("The co-op moved its hives to the roof of the old mill in April, and the bees took to the city's lime trees. ", 4)
	tests := []struct {
		name     string
		page     string
		wantGone string // text of the list, removed as content.links; "" when it stays
		wantKept string
	}{
		{
			name:     "a menu that held the headline",
			page:     `<p>The co-op keeps hives on four roofs downtown.</p><ul><li><a href="/x">Home</a></li><li><a href="/y"><h1>Bees on the Roof in the City Centre</h1>City news</a></li></ul>`,
			wantGone: "Home City news",
			wantKept: "The co-op keeps hives on four roofs downtown.",
		},
		{
			// Not kept as links by the content pass: the headline's words were
			// most of the list's then. A block around the headline, at any
			// depth, is judged again.
			name:     "a menu whose item held the story's header",
			page:     `<p>The co-op keeps hives on four roofs downtown, and more are planned.</p><ul><li><a href="/">Home</a><div><header><h1>Bees on the Roof in the City Centre</h1></header></div> <a href="/news">News</a></li></ul><p>The bees took to the lime trees.</p>`,
			wantGone: "Home News",
			wantKept: "The bees took to the lime trees.",
		},
		{
			name:     "a story inside a link",
			page:     `<p>` + story[:300] + `</p><ul><li><a href="/x">Home</a></li><li><a href="/y"><h1>Bees on the Roof in the City Centre</h1><p>` + story + `</p></a></li></ul>`,
			wantKept: "the bees took to the city's lime trees. The co-op",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Bees on the Roof in the City Centre" {
				t.Errorf("title %q", a.Title)
			}
			var gone []string
			for _, r := range a.Removed {
				if strings.HasPrefix(r.Rule, "content.link") {
					gone = append(gone, r.Text)
				}
			}
			if tt.wantGone == "" && len(gone) > 0 || tt.wantGone != "" && !slices.Contains(gone, tt.wantGone) {
				t.Errorf("removed as links %q, want %q", gone, tt.wantGone)
			}
			if !strings.Contains(a.Text, tt.wantKept) {
				t.Errorf("text lost %q:\n%s", tt.wantKept, a.Text)
			}
			checkCleanAgainReadsTheSame(t, a)
		})
	}
}

// checkCleanAgainReadsTheSame cleans a's HTML again, its title before it as
// a heading, as a reader who copies the article off the page pastes it
// back, and checks that it reads the same.
func checkCleanAgainReadsTheSame(t *testing.T, a *Article) {
	t.Helper()
	again, err := Clean([]byte("<!DOCTYPE html><html><body><h1>"+a.Title+"</h1>"+a.HTML+"</body></html>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Text != a.Text {
		t.Errorf("a second clean reads\n%q\nthe first\n%q", again.Text, a.Text)
	}
}

// A blog's page as Blogger and Typepad write them: the blog's name as the
// page's <h1> in its banner, the post's title as an <h3>, the post in a
// container named "widget" (a furniture name), and a <title> of "Blog:
// Post". The post's title is the title, the blog's name the site's; the
// post's container holds the headline, so the furniture pass spares it.
func TestBlogWithItsNameAsTheH1(t *testing.T) {
	post := `<p>The harbour wall was finished in May, three years after the storm that took the old one, and the boats came back within a week.</p>
<p>Fishermen say the new wall is higher and the mouth of the harbour narrower, and that the swell inside is gentler than anyone remembers.</p>
<p>The council paid for half of the work, and the rest came from a fund that the village raised over two winters of suppers and raffles.</p>
<p>A plaque on the last stone names every family that gave, and the children of the school painted the boats that lie along the new quay.</p>`
	sidebar := `<div id="sidebar-wrapper"><div class="sidebar section"><div class="widget"><h2>About me</h2>` +
		strings.Repeat(`<p>I have lived by the harbour for thirty years and written about its boats, its keepers and its weather in this blog since the year it began.</p>`, 7) +
		`</div></div></div>`
	tests := []struct {
		name, page string
	}{
		{"banner outside the post", `<!doctype html><html><head><title>Harbour Notes: The wall is finished</title></head><body>
<div id="header"><h1 class="title"><a href="http://harbournotes.example/">Harbour Notes</a></h1><p class="description">A blog about a small harbour.</p></div>
<div class="main section"><div class="widget Blog" id="Blog1"><div class="post"><h3 class="post-title">The wall is finished</h3>` + post + `</div></div></div>` + sidebar + `</body></html>`},
		{"banner inside the content", `<!doctype html><html><head><title>Harbour Notes: The wall is finished</title></head><body>
<div class="body"><h1>Harbour Notes</h1><p>A blog about a small harbour.</p><h3>The wall is finished</h3>` + post + `</div>` + sidebar + `</body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "The wall is finished" || a.SiteName != "Harbour Notes" {
				t.Errorf("Title %q, SiteName %q; want the post's title and the blog's name", a.Title, a.SiteName)
			}
			checkKeptAndGone(t, a.Text, []string{"The harbour wall was finished in May", "Fishermen say the new wall"},
				[]string{"Harbour Notes", "The wall is finished", "thirty years"})
		})
	}
}

// findHeadline finds the heading that shows the title, so that the
// furniture pass spares what holds it: the first such <h1>, or on a blog
// whose <h1> is its name, the first such <h2> or <h3>.
func TestFindHeadline(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the h1", `<div><h1>Harbour Notes</h1><h1>The wall is finished</h1></div>`, "h1"},
		{"an h1 over an earlier h3", `<h3>The wall is finished</h3><h1>The wall is finished</h1>`, "h1"},
		{"a blog's h3 when the h1 is its name", `<h1><a href="/">Harbour Notes</a></h1><div class="widget Blog"><h3 class="post-title">The wall is finished</h3></div>`, "h3"},
		{"none", `<h1>Harbour Notes</h1><h4>The wall is finished</h4>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseInput([]byte("<!doctype html><html><body>"+tt.body+"</body></html>"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if h := findHeadline(d.bodyElement(), headlineKeys("The wall is finished", "Harbour Notes")); h != nil {
				got = h.Data
				if text := collapseSpace(blockText(h)); text != "The wall is finished" {
					t.Errorf("found %q", text)
				}
			}
			if got != tt.want {
				t.Errorf("found <%s>, want <%s>", got, tt.want)
			}
		})
	}
}
