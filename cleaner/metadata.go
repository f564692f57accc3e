package cleaner

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// finder finds the page's elements matching a selector (document.find).
type finder func(sel string) *goquery.Selection

// extractMetadata fills the Article's metadata from JSON-LD, OpenGraph,
// Twitter cards, meta tags, microdata and <title>. It runs first, while
// scripts and meta tags are still in the page.
func extractMetadata(d *document) error {
	m := readPageMeta(d.find)
	ld := readJSONLD(d.find)
	a := d.art

	a.SiteName = siteNameOf(firstValue(m.first(metaSiteNameKeys...), ld.siteName))
	d.pageTitle = collapseSpace(d.find("head title, title").First().Text())
	a.Title = chooseTitle(d.find, m, ld, a.SiteName)
	if a.SiteName == "" {
		a.SiteName = siteFromPageTitle(d.pageTitle, a.Title, d.find)
	}
	a.Byline = chooseByline(d.find, m, ld, a.SiteName)
	d.writerHandle = writerHandle(m, a.SiteName)
	a.Lang = normalizeLang(firstValue(
		d.htmlSelection().AttrOr("lang", ""),
		d.htmlSelection().AttrOr("xml:lang", ""),
		m.first(metaLangKeys...),
		ld.lang,
	))
	a.Published = choosePublished(d.find, m, ld, slashOrderFor(a.Lang))
	a.Dir = normalizeDir(firstValue(d.htmlSelection().AttrOr("dir", ""), d.bodySelection().AttrOr("dir", "")))
	if desc := markupText(firstValue(m.first(metaDescriptionKeys...), ld.description)); desc != "" {
		a.Excerpt = truncateRunes(desc, maxExcerptRunes)
	}
	a.Image = firstValue(m.first(metaImageKeys...), ld.image,
		strings.TrimSpace(d.find(`link[rel~="image_src"]`).AttrOr("href", "")),
		strings.TrimSpace(d.find(`[itemprop="image"]`).First().AttrOr("src", "")))
	return nil
}

// finishMetadata fills what needs the chosen content: the excerpt, lead
// image, language and direction when the page did not declare them, and
// makes the image URL absolute against the base normalize found.
func finishMetadata(d *document) error {
	a := d.art
	content := d.content
	if content == nil || content.Length() == 0 {
		content = d.bodySelection()
	}
	if a.Excerpt == "" {
		a.Excerpt = excerptFrom(content)
	}
	if a.Image == "" {
		a.Image = firstContentImage(content)
	}
	a.Image = absoluteURL(d.base, a.Image)
	if d.opts.DropImages || !isWebURL(a.Image) {
		a.Image = "" // no request to the article's site; no data: or script URLs
	}
	if a.Lang == "" {
		a.Lang = normalizeLang(closestLang(content))
	}
	if a.Lang == "" || a.Dir == "" {
		sample := leadingText(content, langSample)
		if a.Lang == "" {
			a.Lang = guessLang(sample)
		}
		if a.Dir == "" {
			a.Dir = dirFor(a.Lang, sample)
		}
	}
	return nil
}

// ---- tables ---------------------------------------------------------------

// Meta keys are matched lowercased against name, property, itemprop and
// http-equiv; earlier keys win.
var (
	metaTitleKeys       = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "headline"}
	metaSiteNameKeys    = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"}
	metaAuthorKeys      = []string{"parsely-author", "author", "article:author", "og:article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "citation_author", "twitter:creator"}
	metaDescriptionKeys = []string{"description", "og:description", "twitter:description", "dc.description", "dcterms.description"}
	metaImageKeys       = []string{"og:image", "og:image:secure_url", "og:image:url", "twitter:image", "twitter:image:src", "image", "thumbnail", "thumbnailurl"}
	metaLangKeys        = []string{"content-language", "dc.language", "dcterms.language", "language", "og:locale"}
	metaDateKeys        = []string{
		"article:published_time", "og:article:published_time", "published_time", "datepublished",
		"date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
		"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
		"sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
		"citation_publication_date", "citation_date", "original-publish-date", "displaydate",
		"pdate", "date.available", "og:updated_time", "article:modified_time", "datemodified",
	}
)

// namesLogo reports whether n's class or id names it a logo
// ("topbar__logo__title", "site-logo"): an <h1> that shows the site's name
// at the top of every page, not the story's headline.
func namesLogo(n *html.Node) bool {
	for _, name := range elementNames(n) { // furniture.go: lower case, "_" as "-"
		if hasSegment(name, "logo") {
			return true
		}
	}
	return false
}

// bannerNames are the classes and ids that themes give the <h1> holding
// the site's name at the top of every page (WordPress's "site-title",
// TypePad's "banner-header", Blogger's "blog-title"), lower case, "_" as
// "-".
var bannerNames = map[string]bool{
	"site-title": true, "site-name": true, "sitetitle": true, "sitename": true, "blog-title": true,
	"blogtitle": true, "blog-name": true, "blogname": true, "banner-header": true, "site-branding": true,
}

// namesBanner reports whether n's class or id names it the site's title.
func namesBanner(n *html.Node) bool {
	for _, name := range elementNames(n) {
		if bannerNames[name] {
			return true
		}
	}
	return false
}

// linksHome reports whether all that n shows is a link, or links, to a
// site's home page ("/", "https://example.com/"), or n stands in one: the
// banner that carries a site's name at the top of its pages (`<h1
// id="site-title"><a href="/">…</a></h1>`), never a story's headline,
// which links, if at all, to the story.
func linksHome(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.DataAtom == atom.A {
			return isHomeAddress(attr(a, "href")) // a heading inside a link: <a href="/"><h1>Site</h1></a>
		}
	}
	home, outside := false, false
	var visit func(*html.Node, bool)
	visit = func(c *html.Node, inLink bool) {
		switch {
		case c.Type == html.TextNode:
			if !inLink && strings.TrimSpace(c.Data) != "" {
				outside = true
			}
			return
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			if !isHomeAddress(attr(c, "href")) {
				outside = true
				return
			}
			home, inLink = true, true
		}
		for k := c.FirstChild; k != nil && !outside; k = k.NextSibling {
			visit(k, inLink)
		}
	}
	visit(n, false)
	return home && !outside
}

// isHomeAddress reports whether href is the root of a site: a path of "/"
// or an index page at the root, with no query, relative or absolute.
func isHomeAddress(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.RawQuery != "" || u.Opaque != "" || (u.Scheme != "" && u.Host == "") {
		return false
	}
	switch strings.ToLower(u.Path) {
	case "/", "/index.html", "/index.htm", "/index.php":
		return true
	case "":
		return u.Host != "" // "https://example.com", not "" or "#top", which stay on the page
	}
	return false
}

// siteNameSeparators join a page title and the site's name.
var siteNameSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " « ", " › ", " ‹ ", " // ", " ~ ", " : "}

// siteOnlySeparators join a post's title and its blog's name on blog hosts
// ("Post @ Blog name :: PIXNET ::"), but stand in titles too ("Dinner @
// Joe's"): a title is cut at one only where what follows is the site's name.
var siteOnlySeparators = []string{" @ "}

// tightSeparators join them on some sites (Chinese portals write
// "标题_科技_腾讯网") but stand inside names too ("snake_case"): a title is
// cut at one only where a piece of it is the page's <h1>.
var tightSeparators = []string{"_", "｜"}

// bylinePrefixes open a byline: "Written by: Ines Carvalho", "By Ines
// Carvalho, June 2, 2026", "Von Ines Carvalho". They are dropped from the
// start of an author's name, and mark a line that names the author. The
// bare ones (by, von, par…) start sentences too.
var bylinePrefixes = []struct {
	text string
	bare bool
}{
	{"written by", false}, {"posted by", false}, {"published by", false}, {"words by", false},
	{"analysis by", false}, {"opinion by", false}, {"commentary by", false}, {"reporting by", false},
	{"author:", false}, {"by", true},
	{"geschrieben von", false}, {"autor:", false}, {"von", true},
	{"écrit par", false}, {"publié par", false}, {"auteur:", false}, {"par", true},
	{"escrito por", false}, {"publicado por", false}, {"por", true},
	{"scritto da", false}, {"autore:", false}, {"di", true},
	{"geschreven door", false}, {"door", true}, {"av", true}, {"af", true},
	{"автор:", false}, {"текст:", false},
}

// bylineFirstBytes holds the first bytes of bylinePrefixes, either case:
// most blocks start with none of them, and need no closer look.
var bylineFirstBytes = sync.OnceValue(func() (first [256]bool) {
	for _, p := range bylinePrefixes {
		first[p.text[0]] = true
		first[strings.ToUpper(p.text)[0]] = true
	}
	return first
})

// cutBylinePrefix returns s without the byline prefix it starts with, and
// whether that prefix is a bare one; ok is false when s starts with none.
// A prefix is a word of its own: "Bypass" and "Porto" start with none.
func cutBylinePrefix(s string) (rest string, bare, ok bool) {
	if s == "" || !bylineFirstBytes()[s[0]] {
		return s, false, false
	}
	for _, p := range bylinePrefixes {
		if len(s) > len(p.text) && strings.EqualFold(s[:len(p.text)], p.text) {
			after := s[len(p.text):]
			if p.text[len(p.text)-1] == ':' || after[0] == ' ' || after[0] == ':' {
				return strings.TrimSpace(strings.TrimLeft(after, ": ")), p.bare, true
			}
		}
	}
	return s, false, false
}

// ldArticleTypes are the JSON-LD @types of an article, ranked over ldPageTypes.
var (
	ldArticleTypes = []string{
		"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
		"opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
		"satiricalarticle", "report", "scholarlyarticle", "techarticle", "socialmediaposting",
		"liveblogposting", "discussionforumposting", "medicalscholarlyarticle", "review", "recipe",
	}
	ldPageTypes = []string{"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage", "faqpage", "medicalwebpage"}
)

// dateLayouts are tried in order; the first that parses wins. Layouts
// without a zone are read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05Z07",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05.999999999-0700",
	"2006-01-02 15:04:05-0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04:05",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"Mon Jan 2 15:04:05 2006",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"Jan 2, 2006, 3:04 PM",
	"January 2, 2006 3:04pm",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006 3:04 PM MST",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"Monday, January 2, 2006 3:04 PM",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"Mon, Jan 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"02-Jan-2006",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"02.01.2006 15:04",
	"02.01.2006",
	"January 2006",
}

// rtlLanguages are written right to left.
var rtlLanguages = []string{"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "syr", "ug", "ur", "yi"}

// Excerpt and title lengths, in runes.
const (
	maxExcerptRunes  = 300 // a page's own description is kept up to this long
	fallbackExcerpt  = 200 // an excerpt cut from the content
	maxTitleCandRune = 300 // longer "titles" are paragraphs
	maxAuthorRunes   = 80
)

// ---- meta tags -----------------------------------------------------------

// pageMeta holds <meta> contents by lowercased name, property, itemprop and
// http-equiv, in page order: under the keys a pass looks up only
// (metaReadKeys).
type pageMeta map[string][]string

// metaReadKeys are the meta keys the passes look up, and the only ones
// readPageMeta keeps: withoutUnread leaves out a <meta> of the head that
// names none of them before parsing (unreadMeta), so a key missing here
// would be found on some pages and not on others. og:url is read by
// resolveBase's selector.
var metaReadKeys = func() map[string]bool {
	keys := map[string]bool{}
	for _, list := range [][]string{
		metaTitleKeys, metaSiteNameKeys, metaAuthorKeys, metaDescriptionKeys, metaImageKeys,
		metaLangKeys, metaDateKeys,
		{"parsely-page", "twitter:site", "og:url"}, // readParselyPage, writerHandle, resolveBase
	} {
		for _, k := range list {
			keys[k] = true
		}
	}
	return keys
}()

func readPageMeta(find finder) pageMeta {
	m := pageMeta{}
	find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			content = s.AttrOr("value", "")
		}
		content = strings.TrimSpace(content)
		if content == "" {
			return
		}
		for _, attr := range []string{"name", "property", "itemprop", "http-equiv"} {
			for key := range strings.FieldsSeq(strings.ToLower(s.AttrOr(attr, ""))) {
				if metaReadKeys[key] {
					m[key] = append(m[key], content)
				}
			}
		}
	})
	if page := m["parsely-page"]; len(page) > 0 {
		readParselyPage(m, page[0])
	}
	return m
}

// readParselyPage adds the author and the date that Parse.ly's older tag
// holds as JSON (<meta name="parsely-page" content='{"author": "Ana Ruiz",
// "pub_date": "2012-11-05T21:40:50Z", …}'>) under the keys of its newer
// tags, parsely-author and parsely-pub-date, unless those are there. Its
// author is the story's own, where a page's "author" meta often names the
// site ("FilmDrunk"), so it comes first (metaAuthorKeys).
func readParselyPage(m pageMeta, content string) {
	v, err := parseJSON(content) // jsonread.go
	page, ok := v.(map[string]any)
	if err != nil || !ok {
		return
	}
	pubDate, ok := jsonField(page, "pub_date").(string)
	if !ok && jsonField(page, "pub_date") != nil {
		return // a date that is no string: the tag is not what it seems
	}
	if len(m["parsely-author"]) == 0 {
		for _, v := range []any{jsonField(page, "authors"), jsonField(page, "author")} {
			if names := ldNames(v, nil); len(names) > 0 {
				m["parsely-author"] = names
				break
			}
		}
	}
	if len(m["parsely-pub-date"]) == 0 && strings.TrimSpace(pubDate) != "" {
		m["parsely-pub-date"] = []string{pubDate}
	}
}

// jsonField is the value of an object's key, found as encoding/json finds
// a struct's field: the key as written, else one that differs only in case
// (the first of those in sorted order, if several do), else nil.
func jsonField(object map[string]any, key string) any {
	if v, ok := object[key]; ok {
		return v
	}
	found := ""
	for k := range object {
		if strings.EqualFold(k, key) && (found == "" || k < found) {
			found = k
		}
	}
	if found == "" {
		return nil
	}
	return object[found]
}

// first returns the first value under the first key that has one.
func (m pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// siteNameOf turns a site "name" that is a URL into its host name.
func siteNameOf(s string) string {
	s = collapseSpace(s)
	if u := parseBaseURL(s); u != nil {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return s
}

// markupText is the text of a value that may hold HTML markup, as some
// sites' descriptions do.
func markupText(s string) string {
	if !strings.Contains(s, "<") {
		return collapseSpace(s)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader("<body>" + s))
	if err != nil {
		return collapseSpace(s)
	}
	return collapseSpace(doc.FindMatcher(compiledSelector("body")).Text())
}

func firstValue(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// ---- JSON-LD -------------------------------------------------------------

// linkedData is what the page's JSON-LD says about the article.
type linkedData struct {
	headline, siteName, published, image, description, lang string
	authors                                                 []string
}

// readJSONLD reads every application/ld+json script, walks arrays, @graph
// and nested objects, and takes the best-ranked article object (an Article
// type over a WebPage type). References by @id are followed.
func readJSONLD(find finder) linkedData {
	var objects []map[string]any
	byID := map[string]map[string]any{}
	find(`script[type="application/ld+json" i]`).Each(func(_ int, s *goquery.Selection) {
		text := cleanJSONLD(s.Text())
		v, err := parseJSON(text) // jsonread.go
		if err != nil {
			if v, err = parseJSON(repairJSONLD(text)); err != nil {
				return // a broken block says nothing; the other sources still do
			}
		}
		collectLDObjects(v, &objects, byID, 0)
	})
	var ld linkedData
	var best map[string]any
	var orgs []map[string]any
	bestRank := 0
	for _, o := range objects {
		rank := 0
		switch {
		case ldHasType(o, ldArticleTypes):
			rank = 2
		case ldHasType(o, ldPageTypes), ldUntyped(o) && ldString(o["headline"]) != "":
			rank = 1 // a page, or a headline whose template left out its type
		}
		if rank > bestRank {
			best, bestRank = o, rank
		}
		if ldHasType(o, []string{"website"}) && ld.siteName == "" {
			ld.siteName = ldString(o["name"])
		}
		if ldHasType(o, ldOrganizationTypes) {
			orgs = append(orgs, o)
		}
	}
	if best != nil {
		ld.readArticle(best, bestRank, byID)
	}
	if ld.siteName == "" {
		ld.siteName = ldOwner(orgs, ld.authors)
	}
	return ld
}

// ldOrganizationTypes are the types of a site's owner.
var ldOrganizationTypes = []string{"organization", "newsmediaorganization", "corporation"}

// ldOwner is the name of the first organization that is not one of the
// story's authors (a wire service, "Contributors to Wikimedia projects"):
// the site's owner, whose name stands for the site's when no WebSite block
// and no publisher names it. An organization's legal name serves when it
// has no other.
func ldOwner(orgs []map[string]any, authors []string) string {
	for _, o := range orgs {
		name := firstValue(ldString(o["name"]), ldString(o["legalName"]))
		if name != "" && !slices.Contains(authors, name) {
			return name
		}
	}
	return ""
}

// ldUntyped reports whether o's @type names no type: "@type": [] or "".
func ldUntyped(o map[string]any) bool {
	return ldString(o["@type"]) == ""
}

// readArticle takes the story's fields from best, the block that describes
// it (rank 2: an article; rank 1: a page).
func (ld *linkedData) readArticle(best map[string]any, bestRank int, byID map[string]map[string]any) {
	ld.headline = firstValue(ldString(best["headline"]), ldString(best["name"]))
	if bestRank == 1 && ldString(best["headline"]) == "" {
		ld.headline = "" // a WebPage's name is often the site's
	}
	for _, key := range []string{"author", "creator"} {
		ld.authors = append(ld.authors, ldNames(best[key], byID)...)
	}
	if pub := ldNames(best["publisher"], byID); len(pub) > 0 && ld.siteName == "" {
		ld.siteName = pub[0]
	}
	ld.published = firstValue(ldString(best["datePublished"]), ldString(best["dateCreated"]), ldString(best["uploadDate"]))
	ld.image = ldImage(best["image"], byID)
	if ld.image == "" {
		ld.image = ldImage(best["thumbnailUrl"], byID)
	}
	ld.description = ldString(best["description"])
	ld.lang = ldString(best["inLanguage"])
	if ld.lang == "" {
		if o, ok := best["inLanguage"].(map[string]any); ok {
			ld.lang = firstValue(ldString(o["alternateName"]), ldString(o["name"]))
		}
	}
}

// repairJSONLD mends the two mistakes that hand-made JSON-LD templates
// make most, which JSON does not forgive: a comma missing between two
// members or elements (a value, then white space, then the next key or
// object), and a comma left before a closing brace or bracket. Strings are
// read past, escapes and all, so their text is never changed.
func repairJSONLD(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	skipSpace := func(k int) int {
		for k < len(s) && isSpace(rune(s[k])) {
			k++
		}
		return k
	}
	valueEnded := false // the last thing outside a string ended a value
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			if valueEnded {
				b.WriteByte(',')
			}
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return s // an unclosed string: nothing to mend
			}
			b.WriteString(s[i : j+1])
			i = j
			// A key is followed by a colon; a value by a comma or a close.
			k := skipSpace(j + 1)
			valueEnded = k >= len(s) || s[k] != ':'
			continue
		case c == '{' || c == '[':
			if valueEnded && c == '{' {
				b.WriteByte(',')
			}
			valueEnded = false
		case c == '}' || c == ']':
			valueEnded = true
		case c == ',':
			if k := skipSpace(i + 1); k < len(s) && (s[k] == '}' || s[k] == ']') {
				continue // a trailing comma
			}
			valueEnded = false
		case c == ':':
			valueEnded = false
		case isSpace(rune(c)):
		default: // a number, true, false or null
			valueEnded = true
		}
		b.WriteByte(c)
	}
	return b.String()
}

// cleanJSONLD undoes what templates wrap JSON-LD in (HTML comments, CDATA)
// and turns raw line breaks, which JSON forbids inside strings, into spaces.
func cleanJSONLD(s string) string {
	s = strings.TrimSpace(s)
	for _, wrap := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, wrap[0]), wrap[1]))
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// maxLDDepth bounds the walk over hostile, deeply nested JSON.
const maxLDDepth = 32

func collectLDObjects(v any, out *[]map[string]any, byID map[string]map[string]any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			collectLDObjects(x, out, byID, depth+1)
		}
	case map[string]any:
		if id := ldString(t["@id"]); id != "" && len(t) > 1 {
			if _, seen := byID[id]; !seen {
				byID[id] = t
			}
		}
		if _, ok := t["@type"]; ok {
			*out = append(*out, t)
		}
		for k, x := range t {
			if k == "@context" {
				continue
			}
			collectLDObjects(x, out, byID, depth+1)
		}
	}
}

// ldHasType reports whether o's @type (a string or a list) is in types.
func ldHasType(o map[string]any, types []string) bool {
	var names []string
	switch t := o["@type"].(type) {
	case string:
		names = []string{t}
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				names = append(names, s)
			}
		}
	}
	for _, n := range names {
		n = strings.ToLower(n)
		if i := strings.LastIndexAny(n, "/:"); i >= 0 {
			n = n[i+1:] // "http://schema.org/NewsArticle", "schema:Article"
		}
		if containsString(types, n) {
			return true
		}
	}
	return false
}

// ldString returns a string value, or the first string of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return collapseSpace(html.UnescapeString(t))
	case []any:
		for _, x := range t {
			if s := ldString(x); s != "" {
				return s
			}
		}
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	}
	return ""
}

// ldNames returns the names in an author or publisher value: a string, a
// list of values, or an object whose name is one of those (or, again, an
// object: templates nest Persons), whose @id another block names, or whose
// given, additional and family names make the name. A name written as HTML
// ("By <a href=…>Amir Vera</a> and Adam Renton") is its text.
func ldNames(v any, byID map[string]map[string]any) []string {
	switch t := v.(type) {
	case string:
		if strings.Contains(t, "<") {
			t = tokenText(t)
		}
		if s := collapseSpace(t); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range t {
			out = append(out, ldNames(x, byID)...)
		}
		return out
	case map[string]any:
		if names := ldNames(t["name"], byID); len(names) > 0 {
			return names
		}
		if ref, ok := byID[ldString(t["@id"])]; ok {
			if names := ldNames(ref["name"], byID); len(names) > 0 {
				return names
			}
		}
		parts := []string{ldString(t["givenName"]), ldString(t["additionalName"]), ldString(t["familyName"])}
		if name := collapseSpace(strings.Join(parts, " ")); name != "" {
			return []string{name}
		}
	}
	return nil
}

// ldImage returns the first image URL of a string, ImageObject, reference
// or list.
func ldImage(v any, byID map[string]map[string]any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, x := range t {
			if s := ldImage(x, byID); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := firstValue(ldString(t["url"]), ldString(t["contentUrl"])); s != "" {
			return s
		}
		if ref, ok := byID[ldString(t["@id"])]; ok {
			return firstValue(ldString(ref["url"]), ldString(ref["contentUrl"]))
		}
	}
	return ""
}

// ---- title ---------------------------------------------------------------

// chooseTitle picks the best of the JSON-LD headline, og:title, the other
// title metas and <title>, each without the site's name, preferring the one
// that agrees with an <h1> on the page; then the main <h1> itself.
func chooseTitle(find finder, m pageMeta, ld linkedData, site string) string {
	var h1s []string
	banners := map[string]bool{} // h1s that link home or are named the site's title: a site's name, which a <title> may hold too
	find("body h1").Each(func(_ int, s *goquery.Selection) {
		t := collapseSpace(shownHeadingText(s))
		if t == "" || utf8.RuneCountInString(t) > maxTitleCandRune || (site != "" && sameName(t, site)) || namesLogo(s.Get(0)) {
			return // empty, a paragraph, or the site's logo
		}
		h1s = append(h1s, t)
		if linksHome(s.Get(0)) || namesBanner(s.Get(0)) {
			banners[t] = true
		}
	})
	raw := []string{ld.headline}
	for _, k := range metaTitleKeys {
		raw = append(raw, m[k]...)
	}
	raw = append(raw, find("head title, title").First().Text())
	if t := postTitleUnderBanner(find, raw, h1s, banners); t != "" {
		return t
	}
	var cands []string
	for _, c := range raw {
		c = collapseSpace(c)
		if c == "" || utf8.RuneCountInString(c) > maxTitleCandRune {
			continue
		}
		c = stripSiteName(c, site, h1s, banners, func(t string) string { return lesserHeadingShowing(find, t) })
		if c = cutSiteName(c, site, siteOnlySeparators, false); c != "" && !(site != "" && sameName(c, site)) {
			cands = append(cands, c)
		}
	}
	for _, c := range cands {
		for _, h := range h1s {
			if sameTitle(c, h) && !banners[h] {
				return c
			}
		}
	}
	// A candidate a letter or two away from an <h1> (a typo, a broken byte),
	// or a cut-down piece of one ("40 Years" of "Keeper Retires After 40
	// Years"), is that headline: the page shows the h1, so the h1 is the title.
	for _, c := range cands {
		for _, h := range h1s {
			kc := titleKey(c)
			if banners[h] {
				continue
			}
			if nearTitle(c, h) || len(kc) >= 6 && strings.Contains(titleKey(h), kc) {
				return h
			}
			if startsWithHeadlineThenName(kc, h, h1s) {
				return h
			}
		}
	}
	// No candidate agrees with any <h1>, and only <title> offered one: a
	// page with exactly one h1 shows that as its headline, whatever its
	// <title> says. A headline in the page's metadata still wins.
	declared := strings.TrimSpace(ld.headline) != ""
	for _, k := range metaTitleKeys {
		declared = declared || len(m[k]) > 0
	}
	if len(h1s) == 1 && !declared {
		// Unless a lesser heading shows the <title>, or what the <title>
		// holds beside the h1: then the h1 is the site's name ("The XSLT C
		// library for GNOME" over "The programming API"; a blog's "Seth's
		// Blog" over its post's <h3>, titled "Seth's Blog: Yesterday's
		// over").
		for _, c := range cands {
			if h := lesserHeadingShowing(find, c); h != "" {
				return h
			}
			if rest, _ := besideName(c, h1s[0]); rest != "" {
				if h := lesserHeadingShowing(find, rest); h != "" {
					return h
				}
			}
		}
		for _, c := range raw { // as written: stripSiteName may have cut the post's side off
			if h := lesserHeadingShowingSide(find, collapseSpace(c)); h != "" {
				return h // an h1 that the <title> does not name: "Maps" over a post of Google's "Lat Long" blog
			}
		}
		if !banners[h1s[0]] || len(cands) == 0 {
			return h1s[0]
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	for _, h := range h1s {
		if !banners[h] {
			return h
		}
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return ""
}

// startsWithHeadlineThenName reports whether a title, folded by titleKey,
// is the <h1> h, three words or more, followed by another <h1> of the page
// (the blog's name) and whatever else: "» The biggest blogging mistake I
// ever made … Early Retirement Extreme: — a combination of simple living,
// …" over the h1s "Early Retirement Extreme" and "The biggest blogging
// mistake I ever made …".
func startsWithHeadlineThenName(key, h string, h1s []string) bool {
	hk := titleKey(h)
	rest, ok := strings.CutPrefix(key, hk)
	if !ok || rest == "" || len(strings.Fields(h)) < 3 {
		return false
	}
	for _, other := range h1s {
		if name := titleKey(other); other != h && name != "" && strings.HasPrefix(rest, name) {
			return true
		}
	}
	return false
}

// besideName returns what title holds beside name when it starts or ends
// with name and a separator ("Blog: Post", "Post - Blog"), and whether name
// comes first; "" when it does neither. Every place a separator stands is
// tried, as the other part may hold one too ("Web Ink Now: Facebookjacking:
// When …"). A colon counts here, which stripSiteName does not cut at
// ("Spooky: How …" is one title), since name is known to stand alone on
// the page.
func besideName(title, name string) (rest string, nameFirst bool) {
	nameKey := ""
	for _, sep := range append([]string{": ", " :"}, siteNameSeparators...) {
		for i := strings.Index(title, sep); i >= 0; {
			if nameKey == "" {
				if nameKey = titleKey(name); nameKey == "" {
					return "", false
				}
			}
			before, after := titleKey(title[:i]), titleKey(title[i+len(sep):])
			switch {
			case sameTitleKey(before, nameKey) && !sameTitleKey(after, nameKey):
				return strings.TrimSpace(title[i+len(sep):]), true
			case sameTitleKey(after, nameKey) && !sameTitleKey(before, nameKey):
				return strings.TrimSpace(title[:i]), false
			}
			next := strings.Index(title[i+len(sep):], sep)
			if next < 0 {
				break
			}
			i += len(sep) + next
		}
	}
	return "", false
}

// postTitleUnderBanner returns the text of the lesser heading that shows
// what a title candidate holds beside an <h1>, below that <h1>: the <h1> is
// then the site's banner, and the lesser heading the story's headline. Blogs
// put their name in the banner's <h1> and the post's in an <h3>, titled
// "Econbrowser: Yet another discouraging GDP report" or "» Just For Fun
// :zenhabits"; documentation sets "Stream | Node.js Documentation" over an
// <h2> "Stream". A banner comes first: a lesser heading above the <h1> that
// shows a part of the title is the site's own (an <h2> "Coastal News" over
// the <h1> "Storm hits the coast"). An <h1> that starts the title outweighs
// a rest no longer than itself, which may be the site's name in a heading
// further down ("Overhaul of the stadium - Yahoo! Sports"), or an album
// under its artist ("Andy Stott: Luxury Problems"); a page with one <h1> and
// no title in its metadata still takes such a post's title (chooseTitle).
// When another <h1> shows the rest, that <h1> is the headline, and the
// other ways of choosing find it.
func postTitleUnderBanner(find finder, raw, h1s []string, banners map[string]bool) string {
	for _, c := range raw {
		c = collapseSpace(c)
		for _, h := range h1s {
			rest, first := besideName(c, h)
			if rest == "" || first && !banners[h] && len(strings.Fields(rest)) <= len(strings.Fields(h)) ||
				slices.ContainsFunc(h1s, func(o string) bool { return sameTitle(o, rest) }) {
				continue
			}
			if shown := headingBelowBanner(find, h, rest); shown != "" {
				return shown
			}
		}
	}
	return ""
}

// headingBelowBanner returns the text of the first <h2> or <h3> after the
// <h1> that shows banner (anywhere, when banner is "") whose text agrees
// with title, outside the page's menus, asides and footer; "" when there is
// none.
func headingBelowBanner(find finder, banner, title string) string {
	shown, below := "", banner == ""
	find("body h1, body h2, body h3").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n := s.Get(0)
		if n.DataAtom == atom.H1 {
			below = below || sameTitle(collapseSpace(nodeText(n)), banner)
			return true
		}
		if below && !inPageChrome(n) {
			if h := collapseSpace(shownHeadingText(s)); sameTitle(h, title) {
				shown = h
			}
		}
		return shown == ""
	})
	return shown
}

// siteFromPageTitle returns the site's name that the page's <title> holds
// beside the article's title, when the page has no other: of what stands
// beside the title, the part at the far end, where sites put their names
// ("Post | Section | Site", a blog's "Econbrowser: Yet another discouraging
// GDP report"). It counts only when the page's <h1> shows it too, as a
// blog's or a site's banner does: without that, the part may as well be a
// section, a tag line or the author. "" when there is no such part, or it
// is long for a name.
func siteFromPageTitle(pageTitle, title string, find finder) string {
	rest, titleFirst := besideName(pageTitle, title)
	if rest == "" || sameTitle(rest, title) {
		return ""
	}
	atEnd := titleFirst
	for _, sep := range siteNameSeparators {
		if parts := strings.Split(rest, sep); len(parts) > 1 {
			if atEnd {
				rest = parts[len(parts)-1]
			} else {
				rest = parts[0]
			}
			break
		}
	}
	rest = strings.Trim(rest, " :|-–—»«·•~/")
	if rest == "" || len(strings.Fields(rest)) > 6 || utf8.RuneCountInString(rest) > 60 {
		return ""
	}
	shown := false
	find("body h1").EachWithBreak(func(_ int, h *goquery.Selection) bool {
		shown = sameName(collapseSpace(h.Text()), rest)
		return !shown
	})
	if !shown {
		return ""
	}
	return rest
}

// lesserHeadingShowingSide returns the text of a lesser heading that shows
// one side of title cut at a separator, the longer side tried first, as
// the post's title stands beside a blog's name ("Google Lat Long: Add your
// Photo Sphere images to Google Maps", "Wheels Up…. « Joe McNally’s Blog");
// "" when no heading shows one.
func lesserHeadingShowingSide(find finder, title string) string {
	for _, sep := range append([]string{": "}, siteNameSeparators...) {
		before, after, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		sides := []string{before, after}
		if len(strings.Fields(before)) < len(strings.Fields(after)) {
			sides = []string{after, before}
		}
		for _, side := range sides {
			if h := lesserHeadingShowing(find, side); h != "" {
				return h
			}
		}
	}
	return ""
}

// lesserHeadingShowing returns the text of the first <h2> or <h3> of the
// page that agrees with title, which may carry the site's name still; ""
// when none does. Headings in the page's menus, asides and footer (a site
// index's "Opinion") show no page's title.
func lesserHeadingShowing(find finder, title string) string {
	return headingBelowBanner(find, "", title)
}

// inPageChrome reports whether n is inside a <nav>, an <aside> or a
// <footer>.
func inPageChrome(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer:
			return true
		}
	}
	return false
}

// shownHeadingText returns the text of the heading s as the output will show
// it. A heading holds a line, and normalize moves out of it the blocks that
// broken markup left inside (untangle): "<h1>Title<p>The story…" shows
// "Title" above the story. Taken whole, such a heading would make the story
// part of the title, and a second clean, its page led by that title, would
// weigh the story's words twice and judge its blocks differently. Here the
// untangling runs on a copy, as metadata is read before normalize.
func shownHeadingText(s *goquery.Selection) string {
	h := s.Get(0)
	controls, marks := holdsControl(h), len(headingMarks(h)) > 0
	if !holdsBlock(h) && !controls && !marks {
		return s.Text()
	}
	h = s.Clone().Get(0)
	if controls {
		// normalize takes out buttons and form fields ("Copy item path"
		// beside a documentation page's name): their words are no title's.
		removeControls(h)
	}
	for _, m := range headingMarks(h) { // "¶", "[edit]": normalize takes them out too
		m.Parent.RemoveChild(m)
	}
	holder := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	holder.AppendChild(h)
	untangle(h, textInkOnce(holder))
	return nodeText(h)
}

// holdsControl reports whether n holds a button or a form field (formControls),
// whose text the output does not show.
func holdsControl(n *html.Node) bool {
	found := false
	eachElement(n, func(c *html.Node) bool {
		found = found || isControl(c)
		return !found
	})
	return found
}

// removeControls takes the buttons and form fields out of n, but for a
// button around an image, which normalize keeps.
func removeControls(n *html.Node) {
	var controls []*html.Node
	eachElement(n, func(c *html.Node) bool {
		if isControl(c) && !(c.DataAtom == atom.Button && holdsMedia(c)) {
			controls = append(controls, c)
			return false
		}
		return true
	})
	for _, c := range controls {
		c.Parent.RemoveChild(c)
	}
}

func isControl(n *html.Node) bool {
	return slices.Contains(formControls, n.Data)
}

// stripSiteName removes the site's name and its separator from either end
// of a title ("Title – Site", "Site | Title"). Without a known name, a
// title split by a separator keeps the part that matches an <h1>, or its
// one long part when all the others are short (site and section names).
// An <h1> that matches a part is the site's name, though, when a lesser
// heading shows another part (lesser returns its text, or ""): documentation
// sets its own name as the page's <h1> and the page's as an <h2>, and its
// <title> as "Page | Site"; a blog its name as the <h1> and the post's as an
// <h3>, and its <title> as "Blog » Archive » Post". Where the <h1>'s part
// comes first, the other part must be the longer ("Title | Site" whose site
// also stands in an <h2> keeps its title).
func stripSiteName(title, site string, h1s []string, banners map[string]bool, lesser func(string) string) string {
	if len(h1s) > 0 {
		whole := titleKey(title)
		for _, h := range h1s {
			if titleKey(h) == whole {
				return title // the page's headline shows it whole: no part of it is a site's name
			}
		}
	}
	for _, sep := range siteNameSeparators {
		if !strings.Contains(title, sep) {
			continue
		}
		parts := strings.Split(title, sep)
		bannerPart := -1 // the part that an <h1> linking home shows: the site's name
		for i, p := range parts {
			if site != "" && sameName(p, site) {
				continue
			}
			for _, h := range h1s {
				if !sameTitle(p, h) {
					continue
				}
				if lesser != nil {
					for j, q := range parts {
						if j == i || i < len(parts)-1 && len(strings.Fields(q)) <= len(strings.Fields(p)) {
							continue // only a longer part outweighs an <h1> that starts the title
						}
						if shown := lesser(q); shown != "" && !sameTitle(q, h) {
							return shown
						}
					}
				}
				if !banners[h] {
					return strings.TrimSpace(p)
				}
				bannerPart = i
				break
			}
		}
		var rest []string
		for i, p := range parts {
			if p = strings.TrimSpace(p); p != "" && i != bannerPart && !(site != "" && sameName(p, site)) {
				rest = append(rest, p)
			}
		}
		if len(rest) == 0 {
			return ""
		}
		if len(rest) == 1 {
			return rest[0]
		}
		if len(rest) < len(parts) && (site != "" || bannerPart >= 0) {
			return strings.Join(rest, sep) // only the site's name went
		}
		longest := 0
		for i, p := range rest {
			if len(strings.Fields(p)) > len(strings.Fields(rest[longest])) {
				longest = i
			}
		}
		short := true
		for i, p := range rest {
			if i != longest && len(strings.Fields(p)) > 4 {
				short = false
			}
		}
		if short && len(strings.Fields(rest[longest])) >= 3 {
			return rest[longest]
		}
		// Undecided at this separator (a dash inside the headline): the
		// site's name may still stand apart at another, at either end ("The
		// Reviews Are Here — And They're Not Great - Digg").
		return cutSiteName(title, site, siteNameSeparators, true)
	}
	for _, sep := range tightSeparators {
		if !strings.Contains(title, sep) {
			continue
		}
		for _, p := range strings.Split(title, sep) {
			for _, h := range h1s {
				if sameTitle(p, h) {
					return strings.TrimSpace(p)
				}
			}
		}
	}
	if site != "" && sameName(title, site) {
		return "" // the title is only the site's name
	}
	return title
}

// titleKey folds a title for comparison: lower case, letters and digits.
func titleKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// ASCII a byte at a time, as the rune path below folds it.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameTitle reports whether two titles agree: equal when folded, or one
// holds the other and the shorter is most of the longer.
func sameTitle(a, b string) bool {
	return sameTitleKey(titleKey(a), titleKey(b))
}

// sameTitleKey is sameTitle of two titles' keys (titleKey).
func sameTitleKey(ka, kb string) bool {
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	return strings.Contains(kb, ka) && len(ka)*10 >= len(kb)*8
}

// nearTitle reports whether two titles differ, once folded, by at most one
// edit in ten runes (and at least one edit allowed).
func nearTitle(a, b string) bool {
	ka, kb := []rune(titleKey(a)), []rune(titleKey(b))
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	limit := max(1, min(len(ka), len(kb))/10)
	if d := len(ka) - len(kb); d > limit || -d > limit {
		return false
	}
	// One row of the edit-distance table at a time.
	prev := make([]int, len(kb)+1)
	cur := make([]int, len(kb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ka); i++ {
		cur[0] = i
		for j := 1; j <= len(kb); j++ {
			cost := 1
			if ka[i-1] == kb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(kb)] <= limit
}

// cutSiteName cuts the site's name off the end of title where one of seps
// comes before it, or, with front, off its start where one comes after it;
// title stays as it is when the name stands at neither end.
func cutSiteName(title, site string, seps []string, front bool) string {
	if site == "" {
		return title
	}
	for _, sep := range seps {
		if i := strings.Index(title, sep); front && i > 0 && sameName(title[:i], site) {
			return strings.TrimSpace(title[i+len(sep):])
		}
		if i := strings.LastIndex(title, sep); i > 0 && sameName(title[i+len(sep):], site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// sameName reports a site name in a title part or an author field,
// allowing "Example" for "Example.com" and "The Example" for "Example".
func sameName(part, site string) bool {
	kp, ks := titleKey(part), titleKey(site)
	if kp == "" || ks == "" {
		return false
	}
	return kp == ks || strings.TrimSuffix(kp, "com") == strings.TrimSuffix(ks, "com") ||
		strings.TrimPrefix(kp, "the") == strings.TrimPrefix(ks, "the")
}

// ---- byline --------------------------------------------------------------

// chooseByline returns the authors' names, comma-joined: JSON-LD first,
// then meta tags, then microdata and the elements marked rel=author.
//
// A name that is the site's own ("ABC News" in an author tag, or its
// domain, "CBSNews.com") is no byline: the next source may name the
// writer.
func chooseByline(find finder, m pageMeta, ld linkedData, site string) string {
	// The names cleaned as authors are, less the site's own.
	authors := func(names []string) []string {
		return slices.DeleteFunc(cleanAuthors(names), func(n string) bool { return sameName(n, site) })
	}
	names := ld.authors
	if len(names) == 0 {
		for _, k := range metaAuthorKeys {
			vs := m[k]
			if k == "twitter:creator" {
				// A Twitter handle, "@name" or without its "@": a name when
				// it has a space, else the last resort below.
				vs = slices.DeleteFunc(slices.Clone(vs), isHandle)
			}
			if len(vs) > 0 {
				names = vs
				break
			}
		}
	}
	if len(authors(names)) == 0 {
		names = nil
		find(`body [itemprop~="author"], body [itemprop~="creator"]`).Each(func(_ int, s *goquery.Selection) {
			if s.ParentsMatcher(compiledSelector(`[itemprop~="author"]`)).Length() > 0 {
				return
			}
			name := s.FindMatcher(compiledSelector(`[itemprop~="name"]`)).First()
			switch {
			case name.Length() > 0:
				names = append(names, firstValue(name.AttrOr("content", ""), name.Text()))
			default:
				names = append(names, firstValue(s.AttrOr("content", ""), s.Text()))
			}
		})
	}
	if len(authors(names)) == 0 {
		names = nil
		find(`body [rel~="author"]`).Each(func(_ int, s *goquery.Selection) {
			names = append(names, s.Text())
		})
		if found := authors(names); len(found) > maxRelAuthors {
			return found[0] // the byline, then a list of the site's writers ("Posts by …")
		}
	}
	return strings.Join(authors(names), ", ")
}

// isHandle reports whether an author field is a one-word handle rather
// than a name: "@pbump", "IIJSECT".
func isHandle(v string) bool {
	v = strings.TrimSpace(v)
	return v != "" && !strings.Contains(v, " ")
}

// writerHandle is the writer's Twitter handle without its "@" ("Sleyca"
// on a fiction site), unless it is the site's own account (twitter:site's,
// "IIJSECT" for "@IIJSECT", or one named for the site, "France24_en" on
// France 24): the byline of last resort, after every other source, the
// story's byline lines among them (readBylines).
func writerHandle(m pageMeta, siteName string) string {
	account := strings.TrimPrefix(strings.TrimSpace(m.first("twitter:site")), "@")
	site := titleKey(siteName)
	for _, v := range m["twitter:creator"] {
		v = strings.TrimPrefix(strings.TrimSpace(v), "@")
		if isHandle(v) && !strings.EqualFold(v, account) && (site == "" || !strings.HasPrefix(titleKey(v), site)) {
			if names := cleanAuthors([]string{v}); len(names) > 0 {
				return names[0]
			}
		}
	}
	return ""
}

// maxRelAuthors is the most rel="author" links that are one story's
// authors; more are a list of the site's writers beside the byline.
const maxRelAuthors = 3

// cleanAuthors drops prefixes ("By "), URLs, handles, links' wording
// ("View all posts by Ana Ruiz →"), a publishing system's default user
// ("admin") and duplicates, and splits names joined by semicolons
// ("ROD NORDLAND;MAYY EL SHEIKH").
func cleanAuthors(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, joined := range names {
		for n := range strings.SplitSeq(joined, ";") {
			n = collapseSpace(n)
			n, _, _ = cutBylinePrefix(n)
			if name, _, ok := strings.Cut(n, " | "); ok && name != "" {
				n = name // "Amy Kuperinsky | NJ Advance Media for NJ.com": the name, then the outlet
			}
			lower := strings.ToLower(n)
			if n == "" || strings.HasPrefix(n, "@") || strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") ||
				utf8.RuneCountInString(n) > maxAuthorRunes || seen[lower] || notAName(lower) {
				continue
			}
			seen[lower] = true
			out = append(out, n)
		}
	}
	return out
}

// notAName reports whether an author field, lower case, is a link's
// wording or a publishing system's default user rather than a name.
func notAName(lower string) bool {
	if strings.HasSuffix(lower, ":") {
		return true // a label: "Author:", beside the name in an element of its own
	}
	switch lower {
	case "admin", "administrator", "webmaster", "about us", "about me", "google profile", "google+", "no primary author", "author archive":
		return true
	}
	for _, start := range []string{"view all posts", "view my complete profile", "view profile", "see all posts", "more posts by", "all posts by"} {
		if strings.HasPrefix(lower, start) {
			return true
		}
	}
	return isCompanyName(lower)
}

// isCompanyName reports whether a name, lower case, is a company's by its
// legal form ("株式会社インプレス", "CBS Interactive Inc."): the publisher,
// which an author tag names where the page shows its writer elsewhere.
func isCompanyName(lower string) bool {
	for _, form := range []string{"株式会社", "有限会社", "合同会社"} {
		if strings.Contains(lower, form) {
			return true
		}
	}
	words := strings.Fields(strings.ReplaceAll(lower, ",", " "))
	if len(words) < 2 {
		return false
	}
	switch strings.TrimSuffix(words[len(words)-1], ".") {
	case "inc", "llc", "ltd", "gmbh", "corp", "corporation", "plc":
		return true
	}
	return false
}

// ---- dates ---------------------------------------------------------------

// choosePublished returns the first publication date found, in RFC 3339's
// forms when it parses (see parseDate), else as the page wrote it. order
// is how the page writes a day with slashes.
func choosePublished(find finder, m pageMeta, ld linkedData, order slashOrder) string {
	cands := []string{ld.published}
	for _, k := range metaDateKeys {
		cands = append(cands, m[k]...)
	}
	find(`body [itemprop~="datePublished"]`).Each(func(_ int, s *goquery.Selection) {
		cands = append(cands, firstValue(s.AttrOr("content", ""), s.AttrOr("datetime", ""), s.Text()))
	})
	find("time[pubdate][datetime], article time[datetime], time[datetime]").Each(func(_ int, s *goquery.Selection) {
		cands = append(cands, s.AttrOr("datetime", ""))
	})
	raw := ""
	for _, c := range cands {
		c = collapseSpace(c)
		if c == "" {
			continue
		}
		if t, ok := parseDate(c); ok {
			return t
		}
		if raw == "" && strings.IndexFunc(c, unicode.IsDigit) >= 0 && utf8.RuneCountInString(c) <= 64 {
			raw = c
		}
	}
	// No value parses whole: the day may still stand in one, beside words
	// or a time no layout reads ("05/29/2007 09:49:00", "Posted 3 May 2012").
	for _, c := range cands {
		if day := dateInLineWith(collapseSpace(c), order); day != "" {
			return day
		}
	}
	return raw
}

// isParsedDate reports whether published is one of parseDate's forms, not
// the page's own words ("12:55 AM"), which a better source may replace.
func isParsedDate(published string) bool {
	return len(published) >= 7 && published[4] == '-' && strings.IndexFunc(published[:4], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

var datePatterns = sync.OnceValue(func() struct{ ordinal, at, meridiem, zoneName *regexp.Regexp } {
	return struct{ ordinal, at, meridiem, zoneName *regexp.Regexp }{
		ordinal:  regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b`),
		at:       regexp.MustCompile(`(?i),?\s+at\s+`),
		meridiem: regexp.MustCompile(`(?i)(\d)\s*([ap])\.?m\.?(\s|$)`),
		zoneName: regexp.MustCompile(`\s+\(?(?:[A-Z]{2,5}|UTC[+-]?\d*)\)?$`),
	}
})

// parseDate reads s with dateLayouts (after removing ordinals like "3rd"
// and an "at" before the time) and formats it as RFC 3339: a date-time
// when s gives a time of day, a full date ("2024-03-05") when it gives only
// the day, a year and month ("2024-03") when it gives only the month. A
// date-time of midnight UTC made up for a bare day would be read, and shown,
// as the day before west of Greenwich. Unix timestamps in seconds or
// milliseconds are read too.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch len(s) {
		case 10:
			return time.Unix(n, 0).UTC().Format(time.RFC3339), true
		case 13:
			return time.UnixMilli(n).UTC().Format(time.RFC3339), true
		}
	}
	p := datePatterns()
	variants := []string{s}
	alt := p.at.ReplaceAllString(p.ordinal.ReplaceAllString(s, "$1"), " ")
	alt = p.meridiem.ReplaceAllStringFunc(alt, func(m string) string {
		sub := p.meridiem.FindStringSubmatch(m) // "10:20am", "3 p.m." → "… AM", "… PM"
		return sub[1] + " " + strings.ToUpper(sub[2]) + "M" + sub[3]
	})
	if alt != s {
		variants = append(variants, alt)
	}
	for _, v := range variants[:] {
		if z := p.zoneName.ReplaceAllString(v, ""); z != v {
			variants = append(variants, z)
		}
	}
	for _, v := range variants {
		for _, layout := range dateLayouts {
			t, err := time.Parse(layout, v)
			if err != nil {
				continue
			}
			if t.Year() < 1900 || t.Year() > 2200 {
				continue
			}
			return t.Format(datePrecision(layout)), true
		}
	}
	return "", false
}

// datePrecision is the RFC 3339 layout that writes what a date layout
// reads: a date-time when it reads a time of day, else a date or a month.
func datePrecision(layout string) string {
	switch {
	case strings.Contains(layout, "15") || strings.Contains(layout, "3:04"):
		return time.RFC3339 // an hour, on the 24- or the 12-hour clock
	case !strings.Contains(strings.ReplaceAll(layout, "2006", ""), "2"):
		return "2006-01" // no day of the month ("January 2006")
	}
	return time.DateOnly
}

// ---- language and direction -----------------------------------------------

var langPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$`)
})

// normalizeLang returns a BCP 47 tag with conventional case ("en-US") from
// values like "en_us", "EN", "de-DE, en".
func normalizeLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ", ;"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if !langPattern().MatchString(s) {
		return ""
	}
	parts := strings.Split(s, "-")
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		switch len(parts[i]) {
		case 2:
			parts[i] = strings.ToUpper(parts[i])
		case 4:
			parts[i] = strings.ToUpper(parts[i][:1]) + strings.ToLower(parts[i][1:])
		default:
			parts[i] = strings.ToLower(parts[i])
		}
	}
	return strings.Join(parts, "-")
}

func normalizeDir(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rtl":
		return "rtl"
	case "ltr":
		return "ltr"
	}
	return ""
}

// dirFor is "rtl" for right-to-left languages, or, when the language is
// unknown, for text mostly in a right-to-left script.
func dirFor(lang, text string) string {
	if lang != "" {
		primary := strings.ToLower(strings.SplitN(lang, "-", 2)[0])
		if containsString(rtlLanguages, primary) {
			return "rtl"
		}
		return "ltr"
	}
	var rtl, letters int
	for _, r := range sampleRunes(text) {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			rtl++
		}
	}
	if letters > 0 && rtl*2 > letters {
		return "rtl"
	}
	return "ltr"
}

// closestLang returns the lang attribute of the content or its nearest
// ancestor that has one.
func closestLang(s *goquery.Selection) string {
	if s.Length() == 0 {
		return ""
	}
	for n := s.Get(0); n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if v := strings.TrimSpace(attrValue(n, "lang")); v != "" {
			return v
		}
	}
	return ""
}

// langSample is how many bytes of content the language guess looks at.
const langSample = 8000

// leadingText returns about the first n bytes of the selection's text,
// without building the text of a whole long page.
func leadingText(s *goquery.Selection, n int) string {
	var b strings.Builder
	stack := append([]*html.Node(nil), s.Nodes...)
	for i, j := 0, len(stack)-1; i < j; i, j = i+1, j-1 {
		stack[i], stack[j] = stack[j], stack[i]
	}
	for len(stack) > 0 && b.Len() < n {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch x.Type {
		case html.TextNode:
			b.WriteString(x.Data)
			b.WriteByte(' ')
			continue
		case html.ElementNode:
			if x.Data == "script" || x.Data == "style" {
				continue
			}
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

func sampleRunes(text string) []rune {
	out := make([]rune, 0, min(len(text), langSample))
	for _, r := range text {
		if len(out) == langSample {
			break
		}
		out = append(out, r)
	}
	return out
}

// scriptLanguages name the language of text written mostly in a script used
// by one language (or one main one).
var scriptLanguages = []struct {
	script *unicode.RangeTable
	lang   string
}{
	{unicode.Hangul, "ko"},
	{unicode.Hiragana, "ja"},
	{unicode.Katakana, "ja"},
	{unicode.Han, "zh"},
	{unicode.Hebrew, "he"},
	{unicode.Thai, "th"},
	{unicode.Greek, "el"},
	{unicode.Armenian, "hy"},
	{unicode.Georgian, "ka"},
	{unicode.Devanagari, "hi"},
	{unicode.Bengali, "bn"},
	{unicode.Tamil, "ta"},
	{unicode.Arabic, "ar"},
	{unicode.Cyrillic, "ru"},
}

// letterLanguages refine a script guess by letters only one language of the
// script uses.
var letterLanguages = []struct {
	script, lang, letters string
}{
	{"ar", "ur", "ٹڈڑںےۓ"},
	{"ar", "fa", "پچژگ"},
	{"ru", "uk", "іїєґ"},
	{"ru", "bg", "ъ"},
}

// stopwords are the commonest words of languages written in Latin script;
// a text's language is the one whose words it uses most. A word common to
// several ("de": the commonest word of Spanish and Portuguese, and common
// in French and Dutch) is listed under each, so that it tells none of them
// from the others.
var stopwords = sync.OnceValue(func() map[string][]string {
	table := map[string]string{
		"en": "the and of to is that in it was for with as on are this be",
		"de": "der die und das ist nicht mit den sich auch ein eine auf dem für",
		"fr": "de le la les et des est une que dans pour qui pas sur au du avec",
		"es": "de el la los las que del por una con para es se al lo como más",
		"it": "il della che di per una sono con non gli nel alla anche delle è",
		"pt": "de que não os uma para com do da em são mais as dos ao pelo também",
		"nl": "de het een van en niet dat zijn voor op met ook wordt bij aan",
	}
	out := map[string][]string{}
	for lang, words := range table {
		out[lang] = strings.Fields(words)
	}
	return out
})

// guessLang names the language of text from its script, and for Latin
// script from its commonest words; "" when it cannot tell.
func guessLang(text string) string {
	runes := sampleRunes(text)
	counts := map[string]int{}
	letters, latin := 0, 0
	hasKana := false
	for _, r := range runes {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for _, s := range scriptLanguages {
			if unicode.Is(s.script, r) {
				counts[s.lang]++
				if s.lang == "ja" {
					hasKana = true
				}
				break
			}
		}
	}
	if letters == 0 {
		return ""
	}
	if latin*2 > letters {
		return guessLatinLang(string(runes))
	}
	best, bestN := "", 0
	for _, s := range scriptLanguages {
		if n := counts[s.lang]; n > bestN {
			best, bestN = s.lang, n
		}
	}
	if best == "zh" && hasKana {
		best = "ja" // Japanese mixes kanji with kana
	}
	for _, l := range letterLanguages {
		if l.script == best && strings.ContainsAny(string(runes), l.letters) {
			return l.lang
		}
	}
	return best
}

func guessLatinLang(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	best, second, bestLang := 0, 0, ""
	for lang, list := range stopwords() {
		n := 0
		for _, w := range list {
			n += freq[w]
		}
		switch {
		case n > best:
			best, second, bestLang = n, best, lang
		case n > second:
			second = n
		}
	}
	// Short or mixed text: no guess rather than a wrong one.
	if best < 5 || best*2 < second*3 {
		return ""
	}
	return bestLang
}

// ---- content fallbacks -----------------------------------------------------

// excerptFrom returns the first real paragraph of the content, cut to
// about fallbackExcerpt runes at a word boundary.
func excerptFrom(content *goquery.Selection) string {
	text := ""
	content.FindMatcher(compiledSelector("p")).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := collapseSpace(s.Text())
		if utf8.RuneCountInString(t) >= 40 {
			text = t
			return false
		}
		if text == "" {
			text = t
		}
		return true
	})
	if text == "" {
		text = collapseSpace(content.Text())
	}
	return cutAtWord(text, fallbackExcerpt)
}

// cutAtWord cuts s to at most n runes, at the last space when there is one
// in the second half, and adds an ellipsis when it cut.
func cutAtWord(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := []rune(s)[:n]
	if i := strings.LastIndex(string(cut), " "); i > len(string(cut))/2 {
		return strings.TrimRight(string(cut)[:i], " ,;:") + "…"
	}
	return string(cut) + "…"
}

// minLeadImage is the smallest declared width or height of a lead image.
const minLeadImage = 100

// firstContentImage returns the src of the first image in the content that
// is not a placeholder, icon or pixel.
func firstContentImage(content *goquery.Selection) string {
	src := ""
	content.FindMatcher(compiledSelector("img")).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		v := strings.TrimSpace(s.AttrOr("src", ""))
		if isPlaceholderSrc(v) || strings.HasSuffix(strings.ToLower(v), ".svg") {
			return true
		}
		for _, k := range []string{"width", "height"} {
			if n, err := strconv.Atoi(s.AttrOr(k, "")); err == nil && n < minLeadImage {
				return true
			}
		}
		src = v
		return false
	})
	return src
}

// isWebURL reports an absolute http(s) URL, or a relative one (no base).
func isWebURL(s string) bool {
	if s == "" {
		return false
	}
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		return true
	}
	i := strings.IndexAny(lower, ":/?#")
	return i < 0 || lower[i] != ':'
}
