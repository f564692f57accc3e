package cleaner

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestAuthorInLine(t *testing.T) {
	tests := []struct {
		line  string
		named bool // the line's element is named for the author
		want  string
	}{
		{"By Ana Ruiz", false, "Ana Ruiz"},
		{"BY JEFFREY SPARSHOTT", false, "JEFFREY SPARSHOTT"},
		{"By Ana Ruiz, Staff Writer", false, "Ana Ruiz"},
		{"By Lim Cheng Soon, 31 July 2010", false, "Lim Cheng Soon"},
		{"by randfish on January 31, 2011", false, "randfish"},
		{"Posted by Kathy on April 6, 2007 | Permalink", false, "Kathy"},
		{"posted by Sofia ● August 6, 2012", false, "Sofia"},
		{"Posted by Mike in Recipes", false, "Mike"},
		{"By New statesman Published 09 November 2012 17:39", false, ""},
		{"23 mins ago by Jennifer Tzeses Add first Comment", false, "Jennifer Tzeses"},
		{"By Haje Jan Kamps Topics News", false, "Haje Jan Kamps"},
		{"商品の改造が商標法違反に！？ by ライトハウス国際特許事務所 ／ 2016.12.01", false, "ライトハウス国際特許事務所"},
		{"by Richard Mitchell on Nov 1st 2012 8:30PM", false, "Richard Mitchell"},
		{"Written by: Dylan Bailey", false, "Dylan Bailey"},
		{"Published by Staff Writer: Amanda Hart", false, "Amanda Hart"},
		{"Текст: Венера Ерофеева·24 сентября 2018", false, "Венера Ерофеева"},
		{"By Ana Ruiz•June 2, 2026", false, "Ana Ruiz"},
		{"By Ursula von der Leyen", false, "Ursula von der Leyen"},
		{"Posted by Bradley M. Kuhn. Tags: free software", false, "Bradley M. Kuhn"},
		{"Written by Rob Ewaschuk Edited by Betsy Beyer", false, "Rob Ewaschuk"},
		{"By Ana Ruiz and Tom Berg", false, "Ana Ruiz and Tom Berg"},
		{"Von Max Muster | 3. Mai 2012", false, "Max Muster"},
		{"Par Jean Dupont le 3 mai 2012", false, "Jean Dupont"},
		// The name after a date, a time or a separator in the line.
		{"Posted October 26, 2012 @ 2:49 PM by Robert Brady", false, "Robert Brady"},
		{"Posted November 4th, 2012 / By Jean-Pierre Gassin", false, "Jean-Pierre Gassin"},
		{"Monday, November 12, 2012, by Matthew Kang", false, "Matthew Kang"},
		{"November 1, 2012 2:33 am AEST — By Long Zheng", false, "Long Zheng"},
		{"Posted By Stephen M. Walt Thursday, August 9, 2012 - 10:40 AM", false, "Stephen M. Walt"},
		{"by: Liz Thomas From: Daily Mail November 06, 2012", false, "Liz Thomas"},
		{"by White on Rice Couple on November 12, 2012", false, ""},
		{"Author Daniel Lemire", true, "Daniel Lemire"},
		// A bare name only when the element is named for the author.
		{"Brian Deese", true, "Brian Deese"},
		{"Brian Deese", false, ""},
		{"Brian", true, ""},
		{"A Photo Editor", true, ""},
		// No name: a credit, a phrase, a date, nothing after the prefix.
		{"Photo by Tom Berg", false, ""},
		{"Illustration: Photo by Tom Berg", false, ""},
		{"by on", false, ""},
		{"By The Numbers", false, ""},
		{"By the way, more on this later", false, ""},
		{"Stand by Me", false, ""},
		{"November 7, 2012", false, ""},
		{"By 2030 the plant will close", false, ""},
		{"Posted on", false, ""},
	}
	for _, tt := range tests {
		named := tt.named
		if got := authorInLine(tt.line, func() bool { return named }); got != tt.want {
			t.Errorf("authorInLine(%q, %v) = %q; want %q", tt.line, tt.named, got, tt.want)
		}
	}
}

func TestDateInLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"November 7, 2012", "2012-11-07"},
		{"Nov. 7, 2012", "2012-11-07"},
		{"by Richard Mitchell on Nov 1st 2012 8:30PM", "2012-11-01"},
		{"Thursday, October 11th, 2012", "2012-10-11"},
		{"By Lim Cheng Soon, 31 July 2010", "2010-07-31"},
		{"July 21, 2012 03:06 PM EDT", "2012-07-21"},
		{"Posted 2012-10-29 by admin", "2012-10-29"},
		{"Sat 2012/11/10 02:27 JST", "2012-11-10"},
		{"07/28/2012", "2012-07-28"},
		{"28/07/2012", "2012-07-28"},
		{"11.09.2011, 16:20 von jovelstefan", "2011-09-11"},
		{"10.29.2012", "2012-10-29"},
		{"25. Juni 2012", "2012-06-25"},
		{"Publié le 3 février 2012", "2012-02-03"},
		{"1er mai 2012", "2012-05-01"},
		{"25 de junio de 2012", "2012-06-25"},
		{"3 maggio 2012", "2012-05-03"},
		{"12 maart 2020", "2020-03-12"},
		{"Diposting 12 Maret 2020", "2020-03-12"},
		{"den 3 augusti 2019", "2019-08-03"},
		{"7 października 2012 r.", "2012-10-07"},
		{"7 ноября 2012 г.", "2012-11-07"},
		{"15 Ağustos 2018", "2018-08-15"},
		{"2012. 11. 6. 오후 3:02", "2012-11-06"},
		{"2012.11.06", "2012-11-06"},
		{"등록년월일 : 2012년 11월 06일", "2012-11-06"},
		{"发布时间：2012年11月6日 10:32", "2012-11-06"},
		// No day: ambiguous slashes, impossible days, no year, no date.
		{"07/08/2012", ""},
		{"February 30, 2012", ""},
		{"Issue 85, 2012", ""},
		{"November 7", ""},
		{"posted 56 mins ago", ""},
		{"Page 3 of 12", ""},
		{"In 1066, 12 ships", ""},
		{"Version 2012.13.40", ""},
		{"7 unicorns 2012", ""},
	}
	for _, tt := range tests {
		if got := dateInLine(tt.line); got != tt.want {
			t.Errorf("dateInLine(%q) = %q; want %q", tt.line, got, tt.want)
		}
	}
}

func TestDateInLineWith(t *testing.T) {
	tests := []struct {
		line  string
		order slashOrder
		want  string
	}{
		{"05/10/2018", slashDayFirst, "2018-10-05"},
		{"05/10/2018", slashMonthFirst, "2018-05-10"},
		{"05/10/2018", slashUnknown, ""},
		{"07/28/2012", slashDayFirst, "2012-07-28"}, // only month first makes a day
		{"28/07/2012", slashMonthFirst, "2012-07-28"},
		{"02/30/2012", slashMonthFirst, ""},
		{"Nov. 7, 2012", slashDayFirst, "2012-11-07"}, // other forms read as ever
		{"07.08.2012", slashMonthFirst, "2012-08-07"}, // dots are day first
	}
	for _, tt := range tests {
		if got := dateInLineWith(tt.line, tt.order); got != tt.want {
			t.Errorf("dateInLineWith(%q, %v) = %q; want %q", tt.line, tt.order, got, tt.want)
		}
	}
}

func TestSlashOrderFor(t *testing.T) {
	tests := []struct {
		lang string
		want slashOrder
	}{
		{"", slashUnknown},
		{"en", slashUnknown},
		{"en-CA", slashUnknown},
		{"en-US", slashMonthFirst},
		{"en-us", slashMonthFirst},
		{"fil-PH", slashMonthFirst},
		{"en-GB", slashDayFirst},
		{"en-IN", slashDayFirst},
		{"pt-BR", slashDayFirst},
		{"fr", slashDayFirst},
		{"ru", slashDayFirst},
		{"zh-CN", slashUnknown},
		{"ja", slashUnknown},
	}
	for _, tt := range tests {
		if got := slashOrderFor(tt.lang); got != tt.want {
			t.Errorf("slashOrderFor(%q) = %v; want %v", tt.lang, got, tt.want)
		}
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ address, want string }{
		{"https://herbsutter.com/2012/10/29/the-future-of-c/", "2012-10-29"},
		{"http://blogs.nfl.com/2012/11/2/fantasy-football", "2012-11-02"},
		{"http://geekdoctor.blogspot.com/2012/10/cool-technology-of-week.html", "2012-10"},
		{"https://example.com/blog/2012/10/29/", ""}, // an archive of the day, no post
		{"https://example.com/2012/13/01/slug", ""},
		{"https://example.com/2012/02/30/slug", ""},
		{"https://example.com/news/12345/slug", ""},
		{"https://example.com/", ""},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.address)
		if err != nil {
			t.Fatal(err)
		}
		if got := dateInURL(u); got != tt.want {
			t.Errorf("dateInURL(%s) = %q; want %q", tt.address, got, tt.want)
		}
	}
	if got := dateInURL(nil); got != "" {
		t.Errorf("dateInURL(nil) = %q", got)
	}
}

// harbourStory is two paragraphs of a story, for the tests that put a
// byline or a meta line around one.
const harbourStory = `<p>The harbour wall was finished in May, three years after the storm that took the old one, and the boats came back within a week of the last stone being set in place.</p>
<p>Fishermen say the new wall is higher and the mouth of the harbour narrower, and that the swell inside is gentler than anyone can remember it.</p>`

func TestBylinesFromRemovedLines(t *testing.T) {
	story := harbourStory
	page := func(head, lines string) string {
		return `<!doctype html><html><head><title>The Harbour Wall</title>` + head + `</head><body><article><h1>The Harbour Wall</h1>` +
			lines + story + `</article></body></html>`
	}
	pageIn := func(lang, lines string) string {
		return strings.Replace(page("", lines), "<html>", `<html lang="`+lang+`">`, 1)
	}
	tests := []struct {
		name, page        string
		byline, published string
		lineGone          string
	}{
		{
			name:      "author and day from the byline line",
			page:      page("", `<p class="byline">By Ana Ruiz on March 5, 2024</p>`),
			byline:    "Ana Ruiz",
			published: "2024-03-05",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:      "the page's metadata wins",
			page:      page(`<meta name="author" content="Tom Berg"><meta property="article:published_time" content="2024-03-04T09:30:00Z">`, `<p class="byline">By Ana Ruiz on March 5, 2024</p>`),
			byline:    "Tom Berg",
			published: "2024-03-04T09:30:00Z",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:      "the day published over the day updated",
			page:      page("", `<p class="dateline">Updated March 9, 2024</p><p class="byline">By Ana Ruiz</p><p class="dateline">March 5, 2024</p>`),
			byline:    "Ana Ruiz",
			published: "2024-03-05",
			lineGone:  "Updated March 9",
		},
		{
			name:     "a wire service's name alone is the byline of a story that names no writer",
			page:     page("", `<p>/Associated Press</p>`),
			byline:   "Associated Press",
			lineGone: "/Associated Press",
		},
		{
			name:     "a wire service's name in a menu or under a picture is no byline",
			page:     page("", `<ul><li><a href="/reuters">Reuters</a></li></ul><div><img src="p.jpg" alt=""><span>AFP</span></div>`),
			byline:   "",
			lineGone: "Reuters",
		},
		{
			name:      "slashes read day first on a page in Portuguese",
			page:      pageIn("pt-BR", `<p class="byline">05/10/2018 - Publicado por: Clarissa Borba</p>`),
			byline:    "Clarissa Borba",
			published: "2018-10-05",
			lineGone:  "Publicado por",
		},
		{
			name:      "slashes read month first on a page in American English",
			page:      pageIn("en-US", `<p class="dateline">Posted 05/10/2018</p>`),
			published: "2018-05-10",
			lineGone:  "Posted 05/10/2018",
		},
		{
			name:     "slashes in both orders not read on a page in English with no region",
			page:     pageIn("en", `<p class="dateline">Posted 05/10/2018</p>`),
			lineGone: "Posted 05/10/2018",
		},
		{
			name:      "the day updated when no other is given",
			page:      page("", `<p class="dateline">Updated March 9, 2024</p>`),
			published: "2024-03-09",
			lineGone:  "Updated March 9",
		},
		{
			name:      "the day from the page's address",
			page:      page(`<link rel="canonical" href="https://harbour.example/2024/03/05/the-harbour-wall/">`, `<p class="byline">By Ana Ruiz</p>`),
			byline:    "Ana Ruiz",
			published: "2024-03-05",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:      "a byline line's day over the address's",
			page:      page(`<link rel="canonical" href="https://harbour.example/2024/03/01/the-harbour-wall/">`, `<p class="byline">By Ana Ruiz on March 5, 2024</p>`),
			byline:    "Ana Ruiz",
			published: "2024-03-05",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:      "a byline line's day over metadata that names no day",
			page:      page(`<meta name="date" content="12:55 AM">`, `<p class="byline">By Ana Ruiz on March 5, 2024</p>`),
			byline:    "Ana Ruiz",
			published: "2024-03-05",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:      "metadata that names no day, and nothing better",
			page:      page(`<meta name="date" content="12:55 AM">`, `<p class="byline">By Ana Ruiz</p>`),
			byline:    "Ana Ruiz",
			published: "12:55 AM",
			lineGone:  "By Ana Ruiz",
		},
		{
			name:     "a name in the story is no byline",
			page:     page("", `<p>By Ana Ruiz's own count, the wall took four thousand stones, each one lifted by hand from the old quarry above the village.</p>`),
			byline:   "",
			lineGone: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.byline || a.Published != tt.published {
				t.Errorf("Byline %q, Published %q; want %q, %q", a.Byline, a.Published, tt.byline, tt.published)
			}
			var gone []string
			if tt.lineGone != "" {
				gone = append(gone, tt.lineGone)
			}
			checkKeptAndGone(t, a.Text, []string{"The harbour wall was finished"}, gone)
		})
	}
}

func TestBylinesFromPostHeader(t *testing.T) {
	story := `<div class="entry"><p>The harbour wall was finished in May, three years after the storm that took the old one, and the boats came back within a week of the last stone being set in place.</p>
<p>Fishermen say the new wall is higher and the mouth of the harbour narrower, and that the swell inside is gentler than anyone can remember it.</p>
<p>The council will open the path along its top to walkers in the summer, once the railings are up and the lights are wired.</p></div>`
	recent := `<div id="sidebar"><h3>Recent Posts</h3><ul><li><a href="/a">The Harbour Wall Is Finished</a> June 2, 2024</li><li><a href="/b">Boats</a> May 1, 2024</li></ul></div>`
	tests := []struct {
		name, header      string
		byline, published string
	}{
		{"a header beside the title, outside the content",
			`<div class="post-head"><h2>The Harbour Wall Is Finished</h2> by Ana Ruiz on March 5, 2024</div>`, "Ana Ruiz", "2024-03-05"},
		{"a name before on and a date",
			`<div class="post-head"><h2>The Harbour Wall Is Finished</h2> Ana Ruiz on March 5, 2024, 12:43 PM</div>`, "Ana Ruiz", "2024-03-05"},
		{"a headline area beside the story's own block", "", "Ana Ruiz", "2024-03-05"},
		{"a list of posts that holds the title is no header", ``, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>The Harbour Wall Is Finished</title></head><body>` + tt.header + story + recent + `</body></html>`
			if tt.header == "" && tt.byline != "" { // the header in a box of its own, beside the story's (WordPress's Thesis theme)
				page = `<!doctype html><html><head><title>The Harbour Wall Is Finished</title></head><body><div class="post_box"><div class="headline_area">` +
					`<h1 class="entry-title">The Harbour Wall Is Finished</h1><p class="author_and_date">by <span class="author">Ana Ruiz</span> on <abbr class="published">March 5, 2024</abbr></p></div>` +
					strings.Replace(story, `<div class="entry">`, `<div class="format_text entry-content">`, 1) + `</div>` + recent + `</body></html>`
			}
			a, err := Clean([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.byline || a.Published != tt.published {
				t.Errorf("Byline %q, Published %q; want %q, %q", a.Byline, a.Published, tt.byline, tt.published)
			}
		})
	}
}

// TestBylineBeforeContent checks a byline line that stands between the
// headline and the story's wrapper, which the content pass leaves outside:
// it gives the author and the day; the same line elsewhere does not.
func TestBylineBeforeContent(t *testing.T) {
	story := `<div class="content"><p>With the start of a new month, Valve has published its survey numbers for the month before, and the share of Linux rose slightly.</p>
<p>The percentage of users running Linux rose to 0.84%, up from 0.81% in April, while macOS fell back a little and Windows gained.</p>
<p>The survey is opt-in and its method has been questioned, but it remains the only public measure of the platform's share.</p></div>`
	byline := `<div class="author">Written by <a href="/me">Michael Larabel</a> in <a href="/linux/Valve">Valve</a> on 1 June 2019 at 08:34 PM EDT. <a href="/forums/1">51 Comments</a></div>`
	tests := []struct {
		name, body        string
		byline, published string
	}{
		{"between the headline and the story", `<article class="full"><h1>Steam's Linux Share Ticks Up</h1>` + byline + story + `</article>`, "Michael Larabel", "2019-06-01"},
		{"after the story", `<article class="full"><h1>Steam's Linux Share Ticks Up</h1>` + story + `</article><div id="more">` + byline + `</div>`, "", ""},
		{"a bare name that the metadata gave, and the day", `<article class="full"><h1>Steam's Linux Share Ticks Up</h1><div class="blog-author">` +
			`<a href="/author/ml/" rel="author">Michael Larabel</a><br><a href="/2019/06/01/">1 Jun 2019 at 20:34 ET</a></div>` + story + `</article>`, "Michael Larabel", "2019-06-01"},
		{"a name in a script without case and the day, in a block named for the author", `<article class="full"><h1>Steam's Linux Share Ticks Up</h1><div class="article-info">` +
			`<p class="author"></p><ul class="author list"><li>岩崎 綾</li></ul><p class="publish-date">2019年2月21日 12:18</p></div>` + story + `</article>`, "岩崎 綾", "2019-02-21"},
		{"a date alone is anything's", `<article class="full"><h1>Steam's Linux Share Ticks Up</h1><div class="stamp">1 Jun 2019 at 20:34 ET</div>` + story + `</article>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>Steam's Linux Share Ticks Up</title></head><body>` + tt.body + `</body></html>`
			a, err := Clean([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.byline || a.Published != tt.published {
				t.Errorf("Byline %q, Published %q; want %q, %q", a.Byline, a.Published, tt.byline, tt.published)
			}
		})
	}
}

func TestCommentDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"2012-11-06T13:09:00+00:00", "2012-11-06T13:09:00+00:00"},
		{"2012-11", "2012-11"},
		{"November 6th, 2012 at 1:09 pm", "2012-11-06"},
		{"by james on January 31, 2011 at 9:59 am. Reply #", "2011-01-31"},
		{"09. Jul, 2012 /", "2012-07-09"},
		{"Mon, 12 Nov 2012 18:06:00 -0400", "2012-11-12"},
		{"1352742360", "2012-11-12T17:46:00Z"},
		{"2 days ago at 07:52 am", "2 days ago at 07:52 am"},
		{"11/2/2012", "11/2/2012"},
		{"  November   12th ", "November 12th"},
		{"1", ""},
		{"Reply", ""},
		{"11.05.12 at 5:13 pm TorgoWatch. Since everything in Hollywood comes in pairs there is going to be a rival film.", ""},
	}
	for _, tt := range tests {
		if got := commentDate(tt.in); got != tt.want {
			t.Errorf("commentDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTidyComment(t *testing.T) {
	tests := []struct {
		name     string
		in, want Comment
	}{
		{"name and day across a dash, first",
			Comment{Text: "Tim Ferriss — July 18th, 2012, 6:58 pm\n\nLove this advice."},
			Comment{Author: "Tim Ferriss", Published: "2012-07-18", Text: "Love this advice."}},
		{"a name that says",
			Comment{Text: "kamiller42 says:\n\nWhat the Note 2 has is the pen."},
			Comment{Author: "kamiller42", Text: "What the Note 2 has is the pen."}},
		{"by a name on a day, last",
			Comment{Text: "Stop sending jobs offshore?\n\nby Herne on November 14, 2010 at 7:04 pm"},
			Comment{Author: "Herne", Published: "2010-11-14", Text: "Stop sending jobs offshore?"}},
		{"a day alone",
			Comment{Text: "August 9th, 2012 at 1:50 pm\n\nLooking forward to Hong Kong."},
			Comment{Published: "2012-08-09", Text: "Looking forward to Hong Kong."}},
		{"the reply button's word",
			Comment{Author: "Ana", Text: "Lovely piece.\n\nReply"},
			Comment{Author: "Ana", Text: "Lovely piece."}},
		{"the system's author and date stay, the date written as a day",
			Comment{Author: "Ana Ruiz", Published: "May 2, 2026", Text: "Tom Berg — May 1, 2026\n\nAs Tom said."},
			Comment{Author: "Ana Ruiz", Published: "2026-05-02", Text: "Tom Berg — May 1, 2026\n\nAs Tom said."}},
		{"an author element that holds the whole byline",
			Comment{Author: "Milan Griffes on September 12, 2018 at 4:47 pm said:", Text: "Thanks for the update."},
			Comment{Author: "Milan Griffes", Published: "2018-09-12", Text: "Thanks for the update."}},
		{"an author shown after the address of their page",
			Comment{Author: "http://twitter.com/barryhollander Barry Hollander", Text: "Good point."},
			Comment{Author: "Barry Hollander", Text: "Good point."}},
		{"an author whose name is not an address keeps every word",
			Comment{Author: "Rolf Kristensen", Text: "Good point."},
			Comment{Author: "Rolf Kristensen", Text: "Good point."}},
		{"a system's date that is the entry's number gives way to its line",
			Comment{Published: "2", Text: "Tom Berg — May 1, 2026\n\nAs Tom said."},
			Comment{Author: "Tom Berg", Published: "2026-05-01", Text: "As Tom said."}},
		{"a line that gives only what the entry has stays",
			Comment{Author: "Ana Ruiz", Text: "Tom Berg says:\n\nAs Tom said."},
			Comment{Author: "Ana Ruiz", Text: "Tom Berg says:\n\nAs Tom said."}},
		{"a comment of one line keeps it",
			Comment{Text: "August 9th, 2012 at 1:50 pm"},
			Comment{Text: "August 9th, 2012 at 1:50 pm"}},
		{"a line that is the comment's own",
			Comment{Text: "John — I agree with you.\n\nBy the way, the ferry runs on Sundays too."},
			Comment{Text: "John — I agree with you.\n\nBy the way, the ferry runs on Sundays too."}},
		{"a reply alone stays a reply",
			Comment{Text: "Reply"},
			Comment{Text: "Reply"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tidyComment(tt.in); got != tt.want {
				t.Errorf("tidyComment(%+v)\n= %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

// A blog whose comments are blocks in the story's container, each ending
// with its byline, as Movable Type writes them: the content pass takes each
// out as part of a comment thread, and each becomes a comment kept aside.
func TestCommentsFromThreads(t *testing.T) {
	comment := func(text, byline string) string {
		return `<div class="commentbody"><div><p>` + text + `</p></div><p class="posted">` + byline + `</p><hr></div>`
	}
	page := `<!doctype html><html><head><title>How Groups Disband</title></head><body><div class="indivbody">
<h1>How Groups Disband</h1>
<p>A study of several hundred groups found that most ended when their members joined the political process, and fewer than one in ten were defeated by force.</p>
<p>The rest were ended by the police and the courts, which is worth remembering when the next campaign is planned and argued over in public.</p>
<h2 id="comments">Comments</h2>` +
		comment("Interesting study; I would like to see the data.", "Posted by: Ana Ruiz at November 9, 2012 7:49 AM") +
		comment("The police did most of the work here.", "Posted by: Tom Berg at November 9, 2012 8:28 AM") +
		`</div></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Comment{
		{Author: "Ana Ruiz", Published: "2012-11-09", Text: "Interesting study; I would like to see the data."},
		{Author: "Tom Berg", Published: "2012-11-09", Text: "The police did most of the work here."},
	}
	if !slices.Equal(a.Comments, want) {
		t.Errorf("Comments = %+v\nwant %+v", a.Comments, want)
	}
	checkKeptAndGone(t, a.Text, []string{"A study of several hundred groups"}, []string{"Interesting study", "Posted by"})
}
