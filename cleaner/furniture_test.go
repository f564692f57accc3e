package cleaner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"comment-list", "comment-list"},
		{"commentList", "comment-list"},
		{"comment_list", "comment-list"},
		{"headerAd", "header-ad"},
		{"AdSense", "ad-sense"},
		{"GPT", "gpt"},
		{"div-gpt-ad-1234", "div-gpt-ad-1234"},
		{"fb:comments", "fb-comments"},
		{"--x__y--", "x-y"},
		{"a--b", "a-b"},
		{"-x", "x"},
		{"x-", "x"},
		{"", ""},
		{"café-title", "café-title"},
		{"ÉTÉ", "été"},
	}
	for _, tt := range tests {
		if got := normalizeName(tt.in); got != tt.want {
			t.Errorf("normalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// The fast path takes only names that normalizing leaves alone.
		if got := isNormalName(tt.in); got && normalizeName(tt.in) != tt.in {
			t.Errorf("isNormalName(%q) = %v, but normalizeName gives %q", tt.in, got, normalizeName(tt.in))
		}
	}
}

func TestNamesMention(t *testing.T) {
	tests := []struct {
		class, id, word string
		want            bool
	}{
		{"post-title", "", "title", true},
		{"postTitle big", "", "title", true},
		{"", "SECTION_HEADING", "heading", true},
		{"subtitle", "", "title", true}, // a mention, not a segment: the caller checks segments
		{"tit le", "", "title", false},
		{"", "", "title", false},
		{"titl", "x-title", "title", true},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		if tt.class != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: tt.class})
		}
		if tt.id != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: tt.id})
		}
		if got := namesMention(n, tt.word); got != tt.want {
			t.Errorf("namesMention(class=%q id=%q, %q) = %v, want %v", tt.class, tt.id, tt.word, got, tt.want)
		}
	}
}

// TestMentionsAny checks mentionsAny, which lowercases each name once into
// a buffer, against its definition: some class or id holds some word in any
// ASCII letter case, or is not all ASCII.
func TestMentionsAny(t *testing.T) {
	long := strings.Repeat("Wrapper ", 40) // longer than the buffer
	values := []string{"", "x", "COMMENTS", "post-Comment-list", "commen", "ts", "wp-block-group has-Background",
		"Kommentar", "\u212aomment", "café reader", "@[`{ABCDEFGHIJKLMNOPQRSTUVWXYZ[@`{", long, long + "Respond", long + "é"}
	wordLists := [][]string{nil, {""}, {"comment"}, {"respond", "reader"}, {"kommentar", "wrapper"}, {"@[`{abcdefghijklmnopqrstuvwxyz[@"}, {"z[@"}}
	for _, class := range values {
		for _, id := range values {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{
				{Key: "title", Val: "Comment"}, {Key: "class", Val: class}, {Key: "id", Val: id}}}
			for _, words := range wordLists {
				want := false
				for _, w := range words {
					for _, v := range []string{class, id} {
						want = want || strings.Contains(strings.ToLower(v), w) || !isASCII(v)
					}
				}
				if got := mentionsAny(n, words); got != want {
					t.Errorf("mentionsAny(class=%q id=%q, %q) = %v, want %v", class, id, words, got, want)
				}
			}
		}
	}
}

func TestHasSegment(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"ad", "ad", true},
		{"top-ad-slot", "ad", true},
		{"div-gpt-ad-3", "ad", true},
		{"header", "ad", false},
		{"shadow", "ad", false},
		{"download", "ad", false},
		{"adjective", "ad", false},
		{"add-to-cart", "ad", false},
		{"ad-ad", "ad", true},
		{"post-author-bio", "author-bio", true},
		{"author-biography", "author-bio", false},
		{"sharedaddy", "share", false},
	}
	for _, tt := range tests {
		if got := hasSegment(tt.name, tt.want); got != tt.ok {
			t.Errorf("hasSegment(%q, %q) = %v, want %v", tt.name, tt.want, got, tt.ok)
		}
	}
}

// TestNameRowsIndex checks the first-segment index against the plain
// definition: a row hits a name when one of its names is a segment run of
// the name (hasSegment).
func TestNameRowsIndex(t *testing.T) {
	names := []string{"top-ad-slot", "header", "add-to-cart", "ad", "ad-", "a--ad", "cc-banner", "xcc-banner",
		"cc-banner-top", "site-header", "nav", "share-bar", "social-share-links", "cookie-consent", "related-posts",
		"post-content", "ä-ad", "newsletter-signup", "sidebar-widget", ""}
	for _, r := range furnitureRules { // every row name, alone and inside others
		for _, n := range r.names {
			names = append(names, n, "x-"+n, n+"-y", "x"+n, n+"y")
		}
	}
	for _, name := range names {
		var want uint64
		for i, r := range furnitureRules {
			for _, w := range r.names {
				if hasSegment(name, w) {
					want |= 1 << i
				}
			}
		}
		if got := (&furnitureMatcher{}).nameRows(name); got != want {
			t.Errorf("nameRows(%q) = %b, want %b", name, got, want)
		}
	}
}

// TestClassRows checks the rows of a whole class value against those of its
// names one by one, asked twice, as the cache answers the second time.
func TestClassRows(t *testing.T) {
	for _, class := range []string{"", "  ", "site-header", "post-content shareBar", " x  cookie_consent y ", "related-posts Related-Posts"} {
		var want uint64
		for _, name := range elementNames(&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}) {
			want |= (&furnitureMatcher{}).nameRows(name)
		}
		m := &furnitureMatcher{}
		for range 2 {
			if got := m.classRows(class); got != want {
				t.Errorf("classRows(%q) = %b, want %b", class, got, want)
			}
		}
	}
}

// plainStory is storyHTML's paragraphs without their <article>, which the
// removal guard would protect whatever its text.
var plainStory = strings.TrimSuffix(strings.SplitN(storyHTML, "</h1>", 2)[1], "</article>")

func TestRemoveFurniture(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		gone  []string
		rules []string
		kept  []string
	}{
		{
			name: "wordpress furniture around the story",
			src: `<body class="post-template-default single"><header id="masthead" class="site-header"><p class="site-title">Field Notes</p>
				<nav class="main-navigation"><ul><li>Home</li><li>About</li></ul></nav></header>
				<div id="content" class="site-content"><main id="main">` + strings.Replace(storyHTML, "</article>", `
				<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>Twitter</li></ul></div>
				<footer class="entry-footer"><span class="cat-links">Posted in Farming</span> <span class="tags-links">Tagged orchards</span></footer>
				<div class="author-bio"><p>Kari Voss writes about farming.</p></div></article>`, 1) + `
				<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Apples in August</p></div>
				<nav class="navigation post-navigation"><div class="nav-links">Previous post: Spring lambs</div></nav>
				</main><aside id="secondary" class="widget-area"><section class="widget"><h2>Archives</h2></section></aside></div>
				<footer id="colophon" class="site-footer"><p>Proudly powered by WordPress</p></footer></body>`,
			gone: []string{"Field Notes", "Share this:", "Posted in Farming", "Tagged orchards", "Kari Voss", "Apples in August",
				"Previous post", "Archives", "Proudly powered"},
			rules: []string{"furniture.header", "furniture.share", "furniture.tags", "furniture.tags", "furniture.author-bio",
				"furniture.related", "furniture.post-nav", "furniture.sidebar", "furniture.footer"},
			kept: []string{"In winter the orchard", "The pruners start", "By March the cuttings", "The Orchard in Winter"},
		},
		{
			name: "a section whose id is its heading's words is no share bar, whatever the words",
			src: `<body>` + strings.Replace(storyHTML, "</article>", `
				<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>The key to sharing work is to keep the changes in draft while they travel.</p></div>
				<h3 id="social-media-in-the-orchard-2">Social media in the orchard</h3><p>The farm posts its blossom count every spring.</p>
				<h3 class="subheading" id="nav_only_the_foil__1">Only the foil is left</h3><p>The shredder takes the rest of the cells.</p>
				<div id="nav-only-the-menu"><h3>Menu only the best</h3><p>Home</p></div>
				<div id="share-this-post"><p>Share on Twitter</p></div></article>`, 1) + `</body>`,
			gone:  []string{"Menu only the best", "Share on Twitter"},
			rules: []string{"furniture.nav", "furniture.share"},
			kept:  []string{"In winter the orchard", "The key to sharing work", "Sharing with a single developer", "Social media in the orchard", "Only the foil is left"},
		},
		{
			name: "author boxes by their theme names",
			src: `<body>` + strings.Replace(storyHTML, "</article>", `
				<div class="postauthor"><h4>About Kari</h4><p>Kari Voss writes about farming.</p></div>
				<footer><div class="editorBio"><p class="shortBio">Jon Hale edits the garden pages.</p></div></footer></article>`, 1) + `
				<div class="post-author"><p>Ana Ruiz grows pears in Oregon.</p></div>
				<div class="post-body-sig-line"><div class="post-body-bio">Erin Cole is a correspondent for the Post in Cairo.</div></div>
				<div class="entry-author-kari entry"><p>An entry named for its author is not a box about one.</p></div></body>`,
			gone:  []string{"Kari Voss", "Jon Hale", "Ana Ruiz", "Erin Cole"},
			rules: []string{"furniture.author-bio", "furniture.author-bio", "furniture.author-bio", "furniture.author-bio"},
			kept:  []string{"In winter the orchard", "An entry named for its author"},
		},
		{
			name: "a block that follows the story may outweigh it",
			src: `<body><div class="entry"><h1>Banks and the rate</h1>` + plainStory + `<p>In April the first blossom opens, and the farm counts the bees that come to the rows of old trees.</p>
				<div class="promo_holder"><ul class="slideshow">` + strings.Repeat(`<li><p>A caption of the slideshow, about one more bank in the scandal and what it paid to settle the case last month.</p></li>`, 4) + `</ul></div></div></body>`,
			gone:  []string{"A caption of the slideshow"},
			rules: []string{"furniture.ad"},
			kept:  []string{"In winter the orchard"},
		},
		{
			// A news story of a dozen paragraphs under a slideshow of 25
			// long captions is an eighth of the page's paragraph text.
			name: "a long story is a story's worth before a block that follows it, however much longer the block",
			src: `<body><div class="entry"><h1>Banks and the rate</h1>` + strings.Repeat(plainStory, 6) +
				`<div class="promo_holder"><ul class="slideshow">` + strings.Repeat(`<li><p>A caption of the slideshow, about one more bank in the scandal, what it paid to settle the case last month, and what the regulator said of it.</p></li>`, 60) + `</ul></div></div></body>`,
			gone:  []string{"A caption of the slideshow"},
			rules: []string{"furniture.ad"},
			kept:  []string{"In winter the orchard"},
		},
		{
			name: "a short story is not, before a block four times as long",
			src: `<body><div class="entry"><h1>Banks and the rate</h1>` + plainStory +
				`<div class="promo_holder"><ul class="slideshow">` + strings.Repeat(`<li><p>A caption of the slideshow, about one more bank in the scandal, what it paid to settle the case last month, and what the regulator said of it.</p></li>`, 12) + `</ul></div></div></body>`,
			kept: []string{"In winter the orchard", "A caption of the slideshow"},
		},
		{
			name: "only some names may outweigh the story",
			src: `<body><div class="entry"><h1>Noodle cakes</h1>` + plainStory + `
				<div class="print-this-content">` + strings.Repeat(`<p>A recipe step that the print button wraps, longer than the story before it, as recipes are.</p>`, 5) + `</div></div></body>`,
			kept: []string{"In winter the orchard", "A recipe step"},
		},
		{
			name: "the part of a story behind a paywall",
			src: `<body><div class="entry"><h1>The orchard</h1>` + plainStory + `<p>In April the first blossom opens, and the farm counts the bees that come to the rows of old trees.</p>
				<div class="subscription-content">` + strings.Repeat(`<p>The rest of the story, for subscribers, longer than the part before it that anyone may read.</p>`, 6) + `</div></div></body>`,
			kept: []string{"In winter the orchard", "The rest of the story"},
		},
		{
			name: "a trailing name on the story itself",
			src: `<body><div class="promo-story">` + plainStory + strings.Repeat(`<p>More of the story, which a theme wrapped in a box named like a promotion.</p>`, 3) + `</div>
				<div class="promo"><p>Buy the book.</p></div></body>`,
			gone:  []string{"Buy the book"},
			rules: []string{"furniture.ad"},
			kept:  []string{"In winter the orchard", "More of the story"},
		},
		{
			name: "ad names are whole tokens",
			src: `<body>` + storyHTML + `<div class="header-adjective shadow download-box"><p>Download the pruning guide here, free.</p></div>
				<div class="headerAd">Buy seeds</div><div id="div-gpt-ad-1234">Ad slot text</div><div class="add-to-cart">Add the guide</div></body>`,
			gone:  []string{"Buy seeds", "Ad slot text"},
			rules: []string{"furniture.ad", "furniture.ad"},
			kept:  []string{"Download the pruning guide", "Add the guide"},
		},
		{
			name: "hidden blocks",
			src: `<body>` + storyHTML + `<div hidden>Hidden teaser</div><div style="display: none">Invisible note</div>
				<div style="VISIBILITY:hidden">Ghost text</div><div aria-hidden="true">Screen-hidden copy</div>
				<p>A kept line <span aria-hidden="true">·</span> with an icon.</p></body>`,
			gone:  []string{"Hidden teaser", "Invisible note", "Ghost text", "Screen-hidden copy"},
			rules: []string{"furniture.hidden", "furniture.hidden", "furniture.hidden", "furniture.hidden"},
			kept:  []string{"A kept line · with an icon."},
		},
		{
			name: "the guard keeps the story whatever its wrappers are called",
			src: `<body class="has-ads social"><div class="social-wrapper promo">` + strings.Replace(storyHTML, `class="post"`, `class="post sponsored"`, 1) +
				`</div><div class="newsletter"><p>Get our weekly letter.</p></div></body>`,
			gone:  []string{"Get our weekly letter."},
			rules: []string{"furniture.newsletter"},
			kept:  []string{"In winter the orchard", "The pruners start"},
		},
		{
			name: "an aside between paragraphs stays; a page aside goes",
			src: `<body><div class="entry"><p>` + strings.Repeat("The first paragraph of the story runs long. ", 3) + `</p>
				<aside class="pullquote"><p>Light reaches the fruiting wood.</p></aside><p>` + strings.Repeat("The second paragraph runs long too. ", 3) + `</p></div>
				<aside><h3>Popular</h3><p>Ten best apples</p></aside></body>`,
			gone:  []string{"Ten best apples"},
			rules: []string{"furniture.sidebar"},
			kept:  []string{"Light reaches the fruiting wood.", "The first paragraph"},
		},
		{
			name: "an appeal for donations after the story",
			src: `<body>` + storyHTML + `<div class="donate-box"><p class="message">The Orchard Journal's independent journalism depends on donations from readers like you.</p>
				<a href="/donate/" class="button">Give Now</a></div></body>`,
			gone:  []string{"depends on donations from readers like you."},
			rules: []string{"furniture.donate"},
			kept:  []string{"In winter the orchard"},
		},
		{
			name: "cookie banner and newsletter box",
			src: `<body>` + storyHTML + `<div id="cookie-notice"><p>We use cookies.</p><button>Accept</button></div>
				<form class="mc4wp-form"><p>Subscribe to our newsletter</p></form></body>`,
			gone:  []string{"We use cookies.", "Subscribe to our newsletter"},
			rules: []string{"furniture.consent", "furniture.newsletter"},
			kept:  []string{"In winter the orchard"},
		},
		{
			name: "an embedded tweet in a social or widget wrapper is the story's",
			src: `<body>` + storyHTML + `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The orchard is white today.</p></blockquote></div>
				<div class="sdc-article-widget"><div><blockquote class="instagram-media"><p>Pruning day.</p></blockquote></div></div>
				<div class="social-links"><a>Follow us</a></div></body>`,
			gone:  []string{"Follow us"},
			rules: []string{"furniture.share"},
			kept:  []string{"The orchard is white today.", "Pruning day."},
		},
		{
			name: "a story header named like navigation keeps the headline and the dek",
			src: `<body><div id="article" class="hentry adShift"><div id="storyheader" class="nav t4"><h1>The Orchard in Winter</h1>
				<h2>Pruners work through the snow</h2></div>` + storyHTML + `</div><div class="nav"><a>Home</a></div></body>`,
			gone:  []string{"Home"},
			rules: []string{"furniture.nav"},
			kept:  []string{"Pruners work through the snow", "In winter the orchard"},
		},
		{
			name: "typepad trackbacks under the story",
			src: `<body>` + storyHTML + `<div class="trackbacks"><a id="trackback"></a><h3 class="trackbacks-header">TrackBack</h3>
				<div class="trackbacks-info"><p>TrackBack URL for this entry:<br><span class="trackbacks-link">http://www.typepad.com/services/trackback/6a00d8</span></p>
				<p>Listed below are links to weblogs that reference <a href="x">The Orchard in Winter</a>:</p></div></div></body>`,
			gone:  []string{"TrackBack URL for this entry"},
			rules: []string{"furniture.trackbacks"},
			kept:  []string{"In winter the orchard"},
		},
		{
			name: "pop-ups and dialogs over the page",
			src: `<body><div id="mdbook-help-container"><div id="mdbook-help-popup"><h2>Keyboard shortcuts</h2><p>Press S to search in the book.</p>
				<p>Press ? to show this help.</p></div></div><div role="dialog"><p>Sign in to keep reading.</p></div>
				<div class="modal-gallery"><p>Photo one of twelve.</p><img src="a.jpg" alt="The orchard"></div>` + storyHTML + `</body>`,
			gone:  []string{"Keyboard shortcuts", "Sign in to keep reading."},
			rules: []string{"furniture.popup", "furniture.popup"},
			kept:  []string{"Photo one of twelve.", "In winter the orchard"},
		},
		{
			name: "a pop-up of short lines over a short chapter that <main> marks",
			src: `<body><div id="book-help-popup"><h2>Keyboard shortcuts</h2><p>Press the left or right arrow to navigate between chapters</p>
				<p>Press S or / to search in the book</p><p>Press ? to show this help</p><p>Press Esc to hide this help</p></div>
				<main><h1>The Orchard in Winter</h1><p>Pruners work in the cold.</p><p>The sap waits for spring.</p></main></body>`,
			gone:  []string{"Keyboard shortcuts"},
			rules: []string{"furniture.popup"},
			kept:  []string{"Pruners work in the cold.", "The sap waits for spring."},
		},
		{
			name: "a pop-up that holds most of a page with no mark of its story stays",
			src: `<body><div id="help-popup"><p>Press the left or right arrow to navigate between chapters</p><p>Press S or / to search in the book</p>
				<p>Press ? to show this help</p></div><div class="entry"><p>Pruners work in the cold.</p></div></body>`,
			kept: []string{"Press S or / to search", "Pruners work in the cold."},
		},
		{
			name: "a pop-up with a long paragraph that holds most of a page stays",
			src: `<body><div class="story-modal"><p>` + strings.Repeat("The orchard's pruners work through the snow of January and February. ", 3) + `</p></div>
				<main><p>Pruners work in the cold.</p></main></body>`,
			kept: []string{"The orchard's pruners work", "Pruners work in the cold."},
		},
		{
			name: "a dialog inside the story is the story's",
			src:  `<body><article><h1>The Orchard in Winter</h1><div class="modal"><p>The pruners' handbook says: cut in the cold.</p></div>` + storyHTML + `</article></body>`,
			kept: []string{"The pruners' handbook", "In winter the orchard"},
		},
		{
			name: "copyright notices, but no image credit and no chapter named so",
			src: `<body><article><h1>The Orchard in Winter</h1><figure><img src="a.jpg" alt="Pruners"><figcaption>Pruners at work. Image copyright <span class="copyright">Getty Images</span></figcaption></figure>` +
				plainStory + `<footer><p class="content__copyright"><small>© 2019 The Farm Paper Inc. All Rights Reserved.</small></p></footer></article>
				<section id="copyright"><h2>1. Copyright</h2><p>1999-2021, the orchard's growers.</p><p>This handbook is free software; you can redistribute it under the terms of the licence.</p></section>
				<div class="region-copyright"><p>The Farm Paper, 1 Main Street, Orchard Town | 555-0100 tel</p><p>The contents of this site are ©2019 The Farm Paper Inc.</p></div></body>`,
			gone:  []string{"© 2019 The Farm Paper Inc.", "The contents of this site"},
			rules: []string{"furniture.footer", "furniture.footer"},
			kept:  []string{"Getty Images", "Image copyright", "1. Copyright", "This handbook is free software", "In winter the orchard"},
		},
		{
			name: "hover cards after names in the story, but not a link's own gloss",
			src: `<body><article><h1>The Orchard in Winter</h1><p>The growers asked Rep. <span class="rp"><a href="/people/ada-marsh">Ada Marsh</a><span class="rp-block"><span><img src="ada.jpg" alt=""><a class="name" href="/people/ada-marsh">Ada Marsh</a><a href="/n/1">Marsh backs the frost fund</a> <a href="/n/2">Growers meet in March</a> <a href="/people/ada-marsh">MORE</a></span></span></span> (D-Vt.) to speak, and Gov. <a href="/people/kari-voss">Kari Voss</a><span class="rb"><a href="/people/kari-voss">Kari Lynn Voss</a><a href="/n/3">Voss signs the orchard bill</a> <a href="/people/kari-voss">MORE</a></span> came too.</p>` +
				plainStory + `<p>The handbook (<a href="/h">Pruning</a><span> see also <a href="/h2">Pruning</a> and <a href="/h3">Grafting</a>, two chapters that every grower who keeps an orchard through the winter reads first</span>) is free.</p></article></body>`,
			gone:  []string{"Marsh backs the frost fund", "Growers meet in March", "Voss signs the orchard bill", "Kari Lynn Voss"},
			rules: []string{"furniture.hover-card", "furniture.hover-card"},
			kept:  []string{"Ada Marsh", "(D-Vt.) to speak", "Kari Voss", "came too", "see also", "Grafting", "In winter the orchard"},
		},
		{
			name: "code is never furniture",
			src:  `<body>` + storyHTML + `<pre class="ad"><code class="share">var ad = share();</code></pre></body>`,
			kept: []string{"var ad = share();"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, tt.src)
			d.art.Title = "The Orchard in Winter"
			if err := removeFurniture(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
		})
	}
}

func TestNonSpaceRunes(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"", 0},
		{" \t\n", 0},
		{"a b", 2},
		{"Fähre über", 9},
		{"a\u00a0b\u3000c", 3}, // no-break and ideographic spaces are space
		{"日本語", 3},
		{"\xff\xfe x", 3}, // each invalid byte is a rune of its own
	}
	for _, tc := range cases {
		if got := nonSpaceRunes(tc.in); got != tc.want {
			t.Errorf("nonSpaceRunes(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestNonSpaceRunesByWord checks the eight-bytes-at-a-time count against a
// rune-by-rune one, with every ASCII byte at every place of a word and
// non-ASCII text across the words' edges.
func TestNonSpaceRunesByWord(t *testing.T) {
	for _, s := range wordEdgeSamples() {
		want := 0
		for _, r := range s {
			if !unicode.IsSpace(r) {
				want++
			}
		}
		if got := nonSpaceRunes(s); got != want {
			t.Errorf("nonSpaceRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

// wordEdgeSamples are texts for the functions that read text eight bytes
// at a time: each ASCII byte at each place of the first two words, and
// runs of spaces, commas and multi-byte runes (valid or not) of every
// length at every offset.
func wordEdgeSamples() []string {
	var samples []string
	for c := 0; c < utf8.RuneSelf; c++ {
		for at := 0; at < 17; at++ {
			b := []byte(strings.Repeat("x", 17))
			b[at] = byte(c)
			samples = append(samples, string(b), string(b[:at+1]))
		}
	}
	pieces := []string{" ", "\t", "\n\r", "\v\f", ",", "a", "\u00a0", "\u0085", "\u3000", "日", "，", "、", "،", "\xff", "\xe6\x97"}
	for _, p := range pieces {
		for _, q := range pieces {
			for lead := 0; lead < 9; lead++ {
				for n := 1; n < 10; n++ {
					s := strings.Repeat("a", lead) + strings.Repeat(p, n) + strings.Repeat(q, 10-n) + "b c"
					samples = append(samples, s, strings.Repeat(" ", lead)+s)
				}
			}
		}
	}
	return samples
}

func TestNamesItsHeading(t *testing.T) {
	tests := []struct {
		name, heading, id string
		want              bool
	}{
		{"Sphinx's section id", "h2", "sharing-with-a-single-developer", true},
		{"an id that adds a number", "h2", "setting-up-the-orchard-1", true},
		{"a heading's anchor: one word of its own, then its words", "h3", "nav-nur-die-folie--1", true},
		{"a box's id with one word of its own before its heading's", "div", "nav-nur-die-folie", false},
		{"too few words", "h2", "sharing-with", false},
		{"no word at all", "h2", "--", false},
		{"another heading's words", "h2", "share-this-post", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inner := "Nur die Folie bleibt zurück"
			if !strings.HasPrefix(tt.id, "nav") {
				inner = "Sharing with a single developer"
				if strings.HasPrefix(tt.id, "setting") {
					inner = "Setting up the orchard"
				}
			}
			src := "<" + tt.heading + ">" + inner + "</" + tt.heading + ">"
			if tt.heading == "div" {
				src = "<div><h3>" + inner + "</h3></div>"
			}
			doc, err := html.Parse(strings.NewReader("<body>" + src + "</body>"))
			if err != nil {
				t.Fatal(err)
			}
			n := elementsNamed(doc, tt.heading)[0]
			if got := namesItsHeading(n, tt.id); got != tt.want {
				t.Errorf("namesItsHeading(%s, %q) = %v, want %v", tt.heading, tt.id, got, tt.want)
			}
		})
	}
}

// TestWordingAfterFurniture checks that a block which lost a piece to the
// furniture pass is judged again by what it says now: a reply form's
// heading whose hidden link the furniture pass took out reads as the
// heading alone, as a second clean of the output would read it.
func TestWordingAfterFurniture(t *testing.T) {
	story := strings.Repeat("<p>Die Fähre über den Rhein fährt nach sechzig Jahren zum letzten Mal, und das Dorf nimmt Abschied von ihr.</p>", 3)
	page := `<html><head><title>Die letzte Fähre</title></head><body><article><h1>Die letzte Fähre</h1>` + story +
		`<h3>Schreibe einen Kommentar <small><a href="#respond" style="display:none;">Zurück zum Anfang xq</a></small></h3></article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Schreibe einen Kommentar") {
		t.Errorf("the reply form's heading stayed:\n%s", a.Text)
	}
	found := false
	for _, r := range a.Removed {
		found = found || r.Rule == "wording.leave-a-reply" && strings.Contains(r.Text, "Schreibe einen Kommentar")
	}
	if !found {
		t.Errorf("no wording.leave-a-reply removal of the heading: %+v", a.Removed)
	}
}

// TestRemovalGuardCounts holds newRemovalGuard's one walk to the guard's
// definition, written here as separate counts: the body's paragraph text
// (all of its text when that is under 200 runes), the article with the most
// of the same, and the first <main> or role=main element.
func TestRemovalGuardCounts(t *testing.T) {
	para := strings.Repeat("A sentence of the story, long enough to count. ", 6)
	pages := []string{
		`<main><article><p>` + para + `</p></article><article><p>` + para + para + `</p><div>` + para + `</div></article></main>`,
		`<div>Written with divs and breaks.<br>` + para + `</div><article>Short.</article><article>` + para + `</article>`,
		`<p>` + para + `<span role="main">inside</span></p><article itemprop="comment"><p>` + para + para + `</p></article>`,
		`<article><article><p>` + para + `</p></article><p>` + para + `</p></article><p>` + para + `</p>`,
	}
	roots := parsedPages(t, pages...)
	// An article inside a paragraph, as a pass may leave one.
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: para})
	inner := &html.Node{Type: html.ElementNode, Data: "article", DataAtom: atom.Article}
	inner.AppendChild(&html.Node{Type: html.TextNode, Data: para})
	p.AppendChild(inner)
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	body.AppendChild(p)
	roots = append(roots, body, p)
	for i, root := range roots {
		want := &removalGuard{byP: true}
		want.total = paragraphTextLen(root, true)
		if want.total < 200 {
			want.byP = false
			want.total = nodeTextLen(root, -1)
		}
		best := 0
		eachElement(root, func(n *html.Node) bool {
			if n.Data == "article" && !isCommentMarked(n) {
				if l := paragraphTextLen(n, want.byP); l > best {
					best, want.main = l, n
				}
			}
			if want.story == nil && (n.Data == "main" || attr(n, "role") == "main") {
				want.story = n
			}
			return true
		})
		if want.story == nil {
			want.story = want.main
		}
		if got := newRemovalGuard(root); *got != *want {
			t.Errorf("page %d: got %+v, want %+v", i, *got, *want)
		}
	}
}

// TestIsSpaceIsUnicodeIsSpace holds isSpace to unicode.IsSpace for every
// code point and for the rune a decoder gives for invalid UTF-8.
func TestIsSpaceIsUnicodeIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}
