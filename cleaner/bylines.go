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

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The bylines pass gives the Article the author and the date that the story
// shows in its own byline and date lines, when the page's metadata names
// neither. The content pass takes those lines out of the body (rule
// content.byline: they are metadata, not the story), so without this pass a
// page that states its author and date only in the text, as most blogs did,
// would lose both: the removed panel would list the line, and the reading
// view's header would show no one and no day.
//
// Only the removed lines are read, never the story: a name or a date in a
// paragraph is the story's own. The first line that yields a value wins.
// Without a line that gives the day, the page's address may: a permalink
// holds it ("/2012/10/29/slug/"). A date the page gives as the day it was
// updated counts only when neither gives another.
func readBylines(d *document) error {
	commentsFromThreads(d)
	tidyComments(d.comments)
	a := d.art
	if a.Byline != "" && isParsedDate(a.Published) {
		return nil
	}
	// The page's own words for its date when they name no day ("12:55
	// AM"): kept only when nothing below finds the day.
	unparsed := ""
	if !isParsedDate(a.Published) {
		unparsed, a.Published = a.Published, ""
	}
	updated := ""
	for _, r := range d.removals {
		if r.Rule != "content.byline" && r.Rule != "content.post-meta" {
			continue
		}
		line := collapseSpace(r.Text)
		if a.Byline == "" {
			n := r.node
			if a.Byline = authorInLine(line, func() bool { return n != nil && namedForAuthor(n) }); a.Byline == "" {
				a.Byline = nameOnDate(line) // "Orion Jones on November 8, 2012, 12:43 PM"
			}
		}
		if a.Published == "" {
			takeDate(line, slashOrderFor(a.Lang), &a.Published, &updated)
		}
	}
	if a.Published == "" || a.Byline == "" {
		readPostHeader(d, &updated)
	}
	if a.Published == "" || a.Byline == "" {
		readBylineBefore(d, &updated)
	}
	if a.Byline == "" {
		a.Byline = agencyCredit(d)
	}
	if sameName(a.Byline, a.SiteName) {
		a.Byline = "" // "By Food52" on Food52: the site, which the header shows already
	}
	if a.Byline == "" {
		a.Byline = d.writerHandle
	}
	if a.Published == "" {
		a.Published = dateInURL(d.base)
	}
	if a.Published == "" {
		a.Published = updated
	}
	if a.Published == "" {
		a.Published = unparsed
	}
	return nil
}

// agencyCredit is the wire service whose name stood alone as a line of the
// story ("Associated Press", "/Reuters"), taken out as wording: the byline
// of a story that names no writer. A list's item is a menu's ("Reuters" in
// a list of sources), and a block with a picture a teaser's or the
// picture's credit: never the story's.
func agencyCredit(d *document) string {
	for _, r := range d.removals {
		if r.Rule == "wording.agency-credit" && r.node != nil && !standsIn(r.node, atom.Li, atom.Ul, atom.Ol, atom.Nav) && !holdsMedia(r.node) {
			return strings.TrimSpace(strings.TrimLeft(collapseSpace(r.Text), "/ "))
		}
	}
	return ""
}

// readPostHeader reads the author and the day from the story's header when
// the content pass left it outside the content: a short block that holds
// the title and a byline or a date beside it ("Ancient understanding of
// tides by John on July 15, 2012", "ECONOMY Updated July 23, 2012, 10:49
// p.m. ET Geithner Urges Quick Action"). Holding the title makes it this
// story's header, not a list of other posts; the title is cut out first,
// as it may name a day of its own.
func readPostHeader(d *document, updated *string) {
	a := d.art
	title := strings.ToLower(collapseSpace(a.Title))
	if utf8.RuneCountInString(title) < 8 {
		return // too short to tell the story's header from any line
	}
	for _, r := range d.removals {
		if r.Rule != "content.outside" {
			continue
		}
		line := collapseSpace(r.Text)
		if utf8.RuneCountInString(line) > utf8.RuneCountInString(title)+120 || titleInListItem(r.node, title) {
			continue // long, or a list of stories ("Recent Posts") that holds this one's title
		}
		i := strings.Index(strings.ToLower(line), title)
		if i < 0 || len(strings.ToLower(line)) != len(line) {
			continue // no title here, or lower case changes the byte offsets
		}
		rest := strings.Trim(strings.TrimSpace(line[:i])+" | "+strings.TrimSpace(line[i+len(title):]), " |")
		if a.Byline == "" {
			if a.Byline = authorInLine(rest, func() bool { return false }); a.Byline == "" {
				a.Byline = nameOnDate(rest) // "Orion Jones on November 8, 2012, 12:43 PM"
			}
		}
		if a.Published == "" {
			takeDate(rest, slashOrderFor(a.Lang), &a.Published, updated)
		}
		return
	}
}

// readBylineBefore reads the author and the day from a byline line that
// the content pass left outside the content because it stands just before
// it, between the headline and the story's wrapper (Phoronix's "Written by
// Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments"):
// a short block, a sibling before the content or before one of its two
// nearest wrappers, that names an author after "By" or its like, or holds
// the byline the metadata gave (Raw Story's "Tana Ganeva 22 Dec 2016 at
// 14:27 ET"). A line that gives no name gives no day either: a date alone
// there may be anything's.
func readBylineBefore(d *document, updated *string) {
	a := d.art
	for _, r := range d.removals {
		if r.Rule != "content.outside" || !r.beforeContent {
			continue
		}
		line := collapseSpace(r.Text)
		if utf8.RuneCountInString(line) > 200 {
			continue
		}
		n := r.node
		named := func() bool { return n != nil && namedForAuthor(n) }
		name := authorInLine(line, named)
		if name == "" && dateInLine(line) != "" && named() {
			// A name and the day in a block named for the author, with no
			// "By": "岩崎 綾 2019年2月21日 12:18".
			if nm := nameAtStart(strings.Fields(line)); strings.Contains(nm, " ") && startsCaseless(nm) {
				name = nm // in a script without case only: in Latin, a post's title reads the same ("Coffee Toffee")
			}
		}
		if name == "" && (a.Byline == "" || !strings.Contains(line, a.Byline)) {
			continue
		}
		if a.Byline == "" {
			a.Byline = name
		}
		if a.Published == "" {
			takeDate(line, slashOrderFor(a.Lang), &a.Published, updated)
		}
		return
	}
}

// standsBefore reports whether n is one of the few siblings just before
// root or before one of its ancestors, up to levels of them (root itself
// the first): among the maxBeforeElements elements before it, or loose
// text between them. A few, so that a page of many thousand siblings costs
// no more per node.
func standsBefore(n, root *html.Node, levels int) bool {
	for e := root; e != nil && levels > 0; e, levels = e.Parent, levels-1 {
		if n.Parent != e.Parent {
			continue
		}
		elements := 0
		for sib := e.PrevSibling; sib != nil && elements < maxBeforeElements; sib = sib.PrevSibling {
			if sib == n {
				return true
			}
			if sib.Type == html.ElementNode {
				elements++
			}
		}
		return false
	}
	return false
}

// maxBeforeElements is how many elements before the content standsBefore
// looks at: the headline, a byline, a date, a share bar, a picture and its
// caption, a call to follow the site, clearing divs.
const maxBeforeElements = 8

// takeDate sets published to the day line names, or updated, if it is
// still empty, when the line says the day is when the story was updated.
// order is how the page writes a day with slashes.
func takeDate(line string, order slashOrder, published, updated *string) {
	date := dateInLineWith(line, order)
	switch {
	case date == "":
	case !saysUpdated(line):
		*published = date
	case *updated == "":
		*updated = date
	}
}

// titleInListItem reports whether a list item in n holds title (lower
// case): n lists stories, this one among them.
func titleInListItem(n *html.Node, title string) bool {
	found := false
	eachElement(n, func(e *html.Node) bool {
		if e.DataAtom == atom.Li && strings.Contains(strings.ToLower(collapseSpace(nodeText(e))), title) {
			found = true
		}
		return !found
	})
	return found
}

// nameOnDate returns the name that starts line and stands before "on" and
// a date ("Milan Griffes on September 12, 2018 at 4:47 pm"), or "".
func nameOnDate(line string) string {
	before, after, ok := strings.Cut(line, " on ")
	if !ok || dateInLine(after) == "" {
		return ""
	}
	before = strings.TrimSuffix(strings.TrimSpace(before), ",")
	n := nameAtStart(strings.Fields(before))
	if n == "" || n != before || slices.ContainsFunc(strings.Fields(strings.ToLower(n)), func(w string) bool { return dateLabels[w] }) {
		return "" // not a name alone, or "Originally Published on …"
	}
	return n
}

// urlDate finds the day, or the month, in a permalink's path:
// "/2012/10/29/slug/", "/blog/2012/10/slug.html".
var urlDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?[^/]*[\pL-]`)
})

// dateInURL returns the day a permalink's path gives, as a full date, or
// its month ("2012-10") when the path gives no day; "" when there is no
// page address or no date in it. Blogs and news sites write the day of
// publication into the address of every post.
func dateInURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	m := urlDate().FindStringSubmatch(u.Path)
	if m == nil {
		return ""
	}
	y, mo := atoi(m[1]), atoi(m[2])
	if m[3] == "" {
		month, _ := validDate(y, mo, 1)
		return strings.TrimSuffix(month, "-01") // "2012-10"
	}
	date, _ := validDate(y, mo, atoi(m[3]))
	return date
}

// namedForAuthor reports whether n, or an element inside it, is named for
// an author or a byline by its class or id: a line of a bare name ("Paulo
// Coelho") is read as the author only then.
func namedForAuthor(n *html.Node) bool {
	named := func(e *html.Node) bool {
		for _, name := range elementNames(e) {
			if hasSegment(name, "author") || hasSegment(name, "byline") || hasSegment(name, "by-line") {
				return true
			}
		}
		return false
	}
	found := named(n)
	eachElement(n, func(e *html.Node) bool {
		found = found || named(e)
		return !found
	})
	return found
}

// authorInLine returns the name a byline line gives after "By" or its like
// ("By Ana Ruiz, Staff Writer", "Posted October 26, 2012 by Rob Brady",
// "Von Max Muster | 3. Mai 2012"), or the whole line when it is a bare name
// in an element named for the author (named reports whether it is); ""
// when there is none.
func authorInLine(line string, named func() bool) string {
	words := strings.Fields(line)
	for i := range words {
		rest, _, ok := cutBylinePrefix(strings.Join(words[i:], " "))
		if !ok || i > 0 && !startsWord(words[i-1]) {
			continue
		}
		if name := nameAtStart(strings.Fields(rest)); name != "" {
			return name
		}
	}
	bare := strings.TrimRight(line, ".,;:")
	if len(words) > 2 && authorLabels[strings.ToLower(words[0])] {
		words, bare = words[1:], strings.Join(strings.Fields(bare)[1:], " ") // "Author Daniel Lemire", a screen reader's label
	}
	if name := nameAtStart(words); name != "" && name == bare && strings.Contains(name, " ") && named() {
		return name
	}
	return ""
}

// authorLabels are the words that label a bare name as the author, without
// a colon (WordPress themes write "Author" for screen readers before it).
var authorLabels = map[string]bool{"author": true, "autor": true, "auteur": true, "autore": true}

// startsWord reports whether the word before a mid-line prefix ends where
// a new part of the line may start: after a date, a time or a separator,
// not inside a phrase ("Stand by Me") or a credit ("Photo by …", which
// names a photographer, not the author).
func startsWord(prev string) bool {
	r, _ := utf8.DecodeLastRuneInString(prev)
	if unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return true
	}
	lower := strings.ToLower(prev)
	return dateWords()[lower] || lower == "posted" || lower == "written" || lower == "published"
}

// nameAtStart returns the name the words start with: capitalized words and
// the particles between them, ending at a comma or other mark after a word,
// at a word that starts with a digit, at a month or day name before a
// number, or at any other lower-case word. A single lower-case word is a
// name too ("randfish", a handle). The name is cleaned as meta authors are.
func nameAtStart(words []string) string {
	var name []string
	particles := 0 // particles at the end of name, which a name cannot end with
scan:
	for i, w := range words {
		core := strings.TrimRight(w, ",;:|)/·•")
		if cut := strings.IndexAny(core, "·•|"); cut > 0 {
			core = core[:cut] // "Ерофеева·24 сентября": a separator with no space around it ends the name
		}
		if !isInitial(core) {
			core = strings.TrimRight(core, ".") // "by Bradley M. Kuhn." ends a sentence; "M." is an initial
		}
		if core == "" || startsPart(core) {
			break
		}
		lower := strings.ToLower(core)
		if i+1 < len(words) && dateWords()[lower] && startsWithDigit(words[i+1]) {
			break // "Nov 1st 2012"
		}
		if i+1 < len(words) && strings.EqualFold(words[i+1], "by") {
			break // "Rob Ewaschuk Edited by Betsy Beyer": another credit
		}
		if weekdayNames()[lower] || lower == "from" && core != w {
			break // "Stephen M. Walt Thursday, August 9", "Liz Thomas From: Daily Mail": a day, a source
		}
		if len(name) > 0 && isBylineAction(lower) {
			break // "Jennifer Tzeses Add first Comment", "Haje Jan Kamps Topics News": a link's wording after the name
		}
		first, _ := utf8.DecodeRuneInString(core)
		switch {
		case unicode.IsUpper(first) || isCaseless(first):
			particles = 0
		case len(name) > 0 && nameParticles()[lower]:
			particles++
		case len(name) == 0 && unicode.IsLetter(first) && (i+1 == len(words) || isNameStop(words[i+1])):
			// a handle alone: "by randfish on …"
		case lower == "on" && i+1 < len(words) && !isNameStop(words[i+1]) && startsUpper(words[i+1]):
			return "" // "by White on Rice Couple on …": a blog's name, not a person's, nor a date after the name
		case len(name) == 1 && particles == 0 && unicode.IsLetter(first) && !isNameStop(w) && !goesAfterName(lower):
			return "" // "By New statesman Published …": a name cut by a word that goes on with it
		default:
			break scan
		}
		name = append(name, core)
		if core != w {
			if strings.HasSuffix(w, ":") && i+1 < len(words) {
				name, particles = name[:0], 0 // "Staff Writer: Amanda Hart"
				continue
			}
			break // "Ana Ruiz, Staff Writer"
		}
	}
	name = name[:len(name)-particles]
	if len(name) == 0 || len(name) > 6 || inLower(determiners(), name[0]) {
		return "" // "By The Numbers": a phrase, not a name
	}
	authors := cleanAuthors([]string{strings.Join(name, " ")})
	if len(authors) == 0 || inLower(dateWords(), authors[0]) {
		return ""
	}
	return authors[0]
}

// isBylineAction reports whether a word, lower case, is one of the
// capitalized words of the links that a byline runs into after the name,
// which no name goes on with.
func isBylineAction(w string) bool {
	switch w {
	case "add", "leave", "follow", "share", "tweet", "email", "e-mail", "print", "comment", "comments", "view",
		"topics", "tags", "filed", "posted", "updated", "published", "reply", "subscribe", "contact":
		return true
	}
	return false
}

// goesAfterName reports whether a lower-case word may follow a one-word
// name in a byline ("Posted by Mike in News", "by Tom with 3 comments"): it
// starts a part of the line, not the rest of a name.
func goesAfterName(w string) bool {
	switch w {
	case "in", "with", "for", "via", "says", "said", "wrote", "writes", "of", "from", "reports", "and", "or", "|":
		return true
	}
	return false
}

// isCaseless reports whether r is a letter of a script without case (Han,
// kana, Hangul, Arabic, Hebrew, Thai…), where any word of a name starts
// as a capital does in Latin: "岩崎 綾".
func isCaseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// startsCaseless reports whether w starts with a letter of a script
// without case.
func startsCaseless(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isCaseless(r)
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dateLabels are the words that introduce a date, which no name holds.
var dateLabels = map[string]bool{"published": true, "posted": true, "updated": true, "created": true, "edited": true, "modified": true, "originally": true, "last": true}

// weekdayNames are the days of the week, lower case, in the languages
// whose month names dateInLine reads: a byline's name ends before one.
var weekdayNames = sync.OnceValue(func() map[string]bool {
	return wordSet("monday tuesday wednesday thursday friday saturday sunday " +
		"montag dienstag mittwoch donnerstag freitag samstag sonntag " +
		"lundi mardi mercredi jeudi vendredi samedi dimanche " +
		"lunes martes miércoles jueves viernes sábado domingo " +
		"lunedì martedì mercoledì giovedì venerdì sabato domenica " +
		"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
})

// isNameStop reports whether w, after a lone lower-case word, shows that
// word to be a name: the line goes on to a date or a separator.
func isNameStop(w string) bool {
	return inLower(dateWords(), strings.TrimRight(w, ",;:")) || startsPart(w)
}

// startsPart reports whether a word starts a part of the line that is no
// name: a number, or a separator ("|", "·", "—", "@").
func startsPart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || strings.ContainsRune("|/·•—–-@(", r)
}

// isInitial reports whether w is an initial and its dot ("M.").
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return w[size:] == "." && unicode.IsUpper(r)
}

func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// saysUpdated reports whether a line gives the day the story was updated
// rather than published.
func saysUpdated(line string) bool {
	lower := strings.ToLower(line)
	for _, w := range []string{"updated", "update", "modified", "aktualisiert", "mis à jour", "actualizado", "atualizado", "aggiornato", "bijgewerkt"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// monthNumbers are the month names and abbreviations of the languages the
// date lines are read in, lower case.
var monthNumbers = sync.OnceValue(func() map[string]time.Month {
	rows := []string{
		"january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec",
		"januar jän|februar|märz mär|april|mai|juni|juli|august|september|oktober okt|november|dezember dez",
		"janvier janv|février févr|mars|avril avr|mai|juin|juillet juil|août|septembre|octobre|novembre|décembre déc",
		"enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre|diciembre dic",
		"janeiro|fevereiro fev|março|abril|maio|junho|julho|agosto|setembro set|outubro out|novembro|dezembro dez",
		"gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre sett|ottobre ott|novembre|dicembre",
		"januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
		"januari|februari|maret|april|mei|juni|juli|agustus agu|september|oktober|november|desember",
		"januar januari|februar februari|marts mars|april|maj|juni|juli|august augusti|september|oktober|november|december desember",
		"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
		"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
		"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince",
		"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
		"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
	}
	months := map[string]time.Month{}
	for _, row := range rows {
		for i, names := range strings.Split(row, "|") {
			for _, name := range strings.Fields(names) {
				months[name] = time.Month(i + 1)
			}
		}
	}
	return months
})

// dateInLinePatterns find the day in a line: a month name before or after the
// day ("Nov. 7, 2012", "7th November 2012", "25. Juni 2012", "25 de junio
// de 2012", "7 października 2012"), year first ("2012-11-07",
// "2012/11/07", "2012. 11. 7.", "2012年11月7日", "2012년 11월 7일"),
// day-first dots ("07.11.2012", month first when only that makes a date),
// and slashes when only one order makes a date ("07/28/2012").
var dateInLinePatterns = sync.OnceValue(func() []*regexp.Regexp {
	month := `(\pL{3,12})\.?`
	day := `(\d{1,2})(?:st|nd|rd|th|º|er)?\.?`
	return []*regexp.Regexp{
		regexp.MustCompile(`(?i)(?:^|[^\pL\d])` + month + `\s+` + day + `,?\s+(\d{4})(?:$|[^\d])`),
		regexp.MustCompile(`(?i)(?:^|[^\pL\d])` + day + `\s+(?:de\s+)?` + month + `,?\s+(?:de\s+)?(\d{4})(?:$|[^\d])`),
		regexp.MustCompile(`(?:^|[^\d])(\d{4})(?:[-/]|\. ?|\s*[年년]\s*)(\d{1,2})(?:[-/]|\. ?|\s*[月월]\s*)(\d{1,2})(?:$|[^\d])`),
		regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[^\d])`),
		regexp.MustCompile(`(?:^|[^\d])(\d{1,2})/(\d{1,2})/(\d{4})(?:$|[^\d])`),
	}
})

// slashOrder is how a page writes a day with slashes, when both orders
// make a day of the calendar ("05/10/2018").
type slashOrder int

const (
	slashUnknown    slashOrder = iota // such a day is not read
	slashDayFirst                     // 5 October: most of the world
	slashMonthFirst                   // May 10: the United States, the Philippines
)

// monthFirstLangs write a day with slashes month first; unsureLangs have
// both orders in common use (English with no region, Canadian English) or
// write days year first, so that a day-first or month-first reading of
// "05/10/2018" would be a guess.
var (
	monthFirstLangs = []string{"en-us", "en-ph", "fil", "tl"}
	unsureLangs     = []string{"en", "en-ca", "zh", "ja", "ko", "hu", "lt", "sv", "fa", "mn"}
)

// slashOrderFor tells a page's slash order from its language (a BCP 47
// tag, "pt-BR"): month first where monthFirstLangs says so, unknown for
// no language or one of unsureLangs, else day first.
func slashOrderFor(lang string) slashOrder {
	lang = strings.ToLower(lang)
	primary, _, _ := strings.Cut(lang, "-")
	switch {
	case lang == "":
		return slashUnknown
	case slices.Contains(monthFirstLangs, lang) || slices.Contains(monthFirstLangs, primary):
		return slashMonthFirst
	case slices.Contains(unsureLangs, lang) || primary != "en" && slices.Contains(unsureLangs, primary):
		return slashUnknown
	}
	return slashDayFirst
}

// dateInLine returns the first day a line names, as an RFC 3339 full date
// ("2012-11-07"), or "". The time of day is left out: a line that gives
// one mostly gives it in a zone named by an abbreviation, which says too
// little to be written as an offset. A day written with slashes is read
// only when one order alone makes it a day ("07/28/2012").
func dateInLine(line string) string { return dateInLineWith(line, slashUnknown) }

// dateInLineWith is dateInLine on a page that writes a day with slashes in
// order: "05/10/2018" is read that way when both orders make a day.
func dateInLineWith(line string, order slashOrder) string {
	if strings.IndexFunc(line, unicode.IsDigit) < 0 {
		return ""
	}
	months := monthNumbers()
	for i, p := range dateInLinePatterns() {
		for _, m := range p.FindAllStringSubmatch(line, -1) {
			var y, mo, d int
			switch i {
			case 0: // month day year
				mo, d, y = int(months[strings.ToLower(m[1])]), atoi(m[2]), atoi(m[3])
			case 1: // day month year
				d, mo, y = atoi(m[1]), int(months[strings.ToLower(m[2])]), atoi(m[3])
			case 2: // year month day
				y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
			case 3: // day.month.year, or month.day.year when only that can be ("10.29.2012")
				d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
				if mo > 12 && d <= 12 {
					d, mo = mo, d
				}
			case 4: // month/day/year or day/month/year, when only one can be
				a, b := atoi(m[1]), atoi(m[2])
				switch {
				case a > 12 && b <= 12:
					d, mo = a, b
				case b > 12 && a <= 12:
					mo, d = a, b
				case order == slashDayFirst:
					d, mo = a, b
				case order == slashMonthFirst:
					mo, d = a, b
				default:
					continue
				}
				y = atoi(m[3])
			}
			if date, ok := validDate(y, mo, d); ok {
				return date
			}
		}
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// validDate writes y-mo-d as a full date when it is a day of the calendar
// in the years a web page can be from.
func validDate(y, mo, d int) (string, bool) {
	if y < 1990 || y > 2200 || mo < 1 || mo > 12 || d < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // "February 30"
	}
	return t.Format(time.DateOnly), true
}

// The comment thread kept aside gets the same reading: an entry whose
// system names no author or date often shows them as a line of its text
// ("Tim Ferriss — July 18th, 2012, 6:58 pm", "kamiller42 says:", "by Herne
// on November 14, 2010 at 7:04 pm"), and ends with its reply button's word.

// commentsFromThreads makes comment entries of the comment thread that the
// content pass took out entry by entry (rule comments.thread), when no
// comment system's entries were found: a removed block whose last line is
// its byline and nothing else ("Posted by: Riccardo Cabeza at November 9,
// 2012 7:49 AM", as Movable Type writes it) is one comment. A block with a
// second such line holds more than one, and is left as it is.
func commentsFromThreads(d *document) {
	if len(d.comments) > 0 {
		return
	}
	for _, r := range d.removals {
		if r.Rule != "comments.thread" || r.node == nil {
			continue
		}
		var lines []string
		for l := range strings.SplitSeq(blockText(r.node), "\n") {
			if l = collapseSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) < 2 {
			continue
		}
		author, date := commentByline(lines[len(lines)-1])
		if author == "" || slices.ContainsFunc(lines[:len(lines)-1], func(l string) bool { a, _ := commentByline(l); return a != "" }) {
			continue
		}
		d.comments = append(d.comments, Comment{Author: author, Published: date, Text: strings.Join(lines[:len(lines)-1], "\n\n")})
	}
}

// tidyComments reads each comment's author and date from its first or last
// line when its system gave none, taking that line out of its text, and
// takes out the reply and report buttons' words that end it.
func tidyComments(comments []Comment) {
	for i := range comments {
		comments[i] = tidyComment(comments[i])
	}
}

func tidyComment(c Comment) Comment {
	c.Published = commentDate(c.Published)
	if author, date := commentByline(c.Author); author != "" && date != "" {
		c.Author = author // the system's author element held the whole byline
		if c.Published == "" {
			c.Published = date
		}
	}
	if f := strings.Fields(c.Author); len(f) > 1 && startsAddress(f[0]) {
		c.Author = strings.Join(f[1:], " ") // "http://twitter.com/barryhollander Barry Hollander": the link's address shown before the name
	}
	lines := strings.Split(c.Text, "\n\n")
	for len(lines) > 1 && inLower(commentControls(), strings.Trim(lines[len(lines)-1], " []()↓|·•")) {
		lines = lines[:len(lines)-1]
	}
	if c.Author == "" || c.Published == "" {
		for _, at := range []int{0, len(lines) - 1} {
			if len(lines) < 2 {
				break
			}
			author, date := commentByline(lines[at])
			newAuthor, newDate := c.Author == "" && author != "", c.Published == "" && date != ""
			if !newAuthor && !newDate {
				continue // a line that gives nothing the entry lacks is left in its text
			}
			if newAuthor {
				c.Author = author
			}
			if newDate {
				c.Published = date
			}
			lines = slices.Delete(lines, at, at+1)
			break
		}
	}
	c.Text = strings.Join(lines, "\n\n")
	return c
}

// commentDate returns the date a comment system gave, written as the
// Article's dates are: a machine-readable value as it came
// ("2012-11-06T13:09:00+00:00"); else the day its shown text names
// ("November 6th, 2012 at 1:09 pm", "by Ana on 31 January 2011. Reply #")
// as a full date; else that text when it is short and holds a number
// ("2 days ago at 07:52 am", "November 12th", "11/2/2012"). Anything else is no date:
// a comment's number, or an element that holds the comment's name and
// words too, which its text and author give already.
func commentDate(published string) string {
	s := collapseSpace(published)
	if s == "" || utf8.RuneCountInString(s) > 100 {
		return ""
	}
	if len(s) >= 7 && isDigits(s[:4]) && s[4] == '-' && isDigits(s[5:7]) {
		return s // "2012-11", "2012-11-06", "2012-11-06T13:09:00Z"
	}
	if day := dateInLine(s); day != "" {
		return day
	}
	if date, ok := parseDate(s); ok {
		return date // a Unix time, a date whose year comes first after its time
	}
	if len(strings.Fields(s)) <= 8 && strings.IndexFunc(s, unicode.IsDigit) >= 0 &&
		(strings.IndexFunc(s, unicode.IsLetter) >= 0 || strings.ContainsAny(s, "./-:")) {
		return s // "11/2/2012", either day first or month first; not "1", the entry's number
	}
	return ""
}

// startsAddress reports whether word is a web address as a page shows one:
// with its scheme, or starting "www.".
func startsAddress(word string) bool {
	w := strings.ToLower(word)
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// commentControls are the lines of a comment's own buttons, lower case.
var commentControls = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, w := range []string{"reply", "report", "report abuse", "reply to this comment", "antworten", "melden",
		"répondre", "signaler", "responder", "denunciar", "rispondi", "segnala", "beantwoorden", "reageer"} {
		set[w] = true
	}
	return set
})

// commentSays are the endings of a line that names a comment's author
// ("kamiller42 says:").
var commentSays = []string{" says:", " said:", " wrote:", " sagt:", " schrieb:", " dit :", " dit:", " dice:", " escribió:", " disse:", " scrive:", " zegt:"}

// commentByline returns the author and the day a comment's line gives, when
// the line is a byline and nothing else: a name before "says:", a name
// after "by" with a date, a name and a date across a separator, or a date
// alone.
func commentByline(line string) (author, date string) {
	if utf8.RuneCountInString(line) > 120 {
		return "", ""
	}
	for _, says := range commentSays {
		if name, ok := strings.CutSuffix(line, says); ok {
			if n := nameAtStart(strings.Fields(name)); n != "" && n == strings.TrimSpace(name) {
				return n, ""
			}
		}
	}
	date = dateInLine(line)
	if date == "" {
		return "", ""
	}
	if name := authorInLine(line, func() bool { return false }); name != "" {
		return name, date
	}
	if n := nameOnDate(line); n != "" { // "Milan Griffes on September 12, 2018 at 4:47 pm said:"
		return n, date
	}
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · ", " • "} {
		if left, _, ok := strings.Cut(line, sep); ok {
			if n := nameAtStart(strings.Fields(left)); n != "" && n == strings.TrimSpace(left) {
				return n, date
			}
		}
	}
	if words := wordsOf(line); len(words) <= 12 && looksDated(words) {
		return "", date // "August 9th, 2012 at 1:50 pm (#)"
	}
	return "", ""
}
