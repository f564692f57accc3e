package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A news story often ends with the names of those who helped report it:
// "Keith Bradsher contributed reporting from Hong Kong.", "Associated Press
// writers Alan Fram and Jill Colvin contributed to this report." Like a
// byline, the line is about the story, not a part of it: the content pass
// takes it out (rule content.credit). The wording table holds the credits
// that start with their own words ("Additional reporting by …"); these
// start with the names, which no phrase can.

// maxCreditRunes is the longest credit line: past it, a block is a
// paragraph of the story that mentions a contribution.
const maxCreditRunes = 300

// creditEndings are what follows the names, lowercased, up to the end of
// the line or to " from " and where they reported from.
var creditEndings = []string{
	"contributed to this report", "contributed to this story", "contributed to this article",
	"contributed reporting", "contributed additional reporting", "contributed research",
}

// creditRoleWords may stand lowercased among a credit's names, beside the
// particles a name holds (nameParticles): "Associated Press writers Alan
// Fram and Jill Colvin", "staff writer Ann Lee of the Times".
var creditRoleWords = []string{
	"writer", "writers", "reporter", "reporters", "staff", "correspondent", "correspondents",
	"editor", "editors", "photographer", "photographers", "researcher", "researchers", "of", "the",
}

// creditPronouns start sentences, never credits: "He contributed to this
// report by …" tells of him.
var creditPronouns = []string{"he", "she", "they", "it", "we", "i", "you", "this", "that", "many", "some", "readers"}

// isCreditLine reports whether n, a block of its own, is a credit line.
func isCreditLine(n *html.Node, s *stat) bool {
	if s.text > maxCreditRunes || s.paras > 1 || n.DataAtom == atom.Pre || !startsBlock(n.Data) || !mentionsContribution(n) {
		return false
	}
	return readsAsCredit(nodeText(n))
}

// mentionsContribution reports whether a text node under n says
// "contributed": most blocks do not, and are told so without their text
// made into a string.
func mentionsContribution(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.Contains(c.Data, "ontributed") || c.Type == html.ElementNode && mentionsContribution(c) {
			return true
		}
	}
	return false
}

// readsAsCredit reports whether text names the people who contributed to
// the story and nothing else: names, and the roles and words that join
// them, then one of creditEndings, and perhaps where they reported from.
func readsAsCredit(text string) bool {
	t := strings.Trim(collapseSpace(text), "() ")
	if t == "" || utf8.RuneCountInString(t) > maxCreditRunes {
		return false
	}
	lower := strings.ToLower(t)
	at := strings.Index(lower, " contributed ")
	if at <= 0 {
		return false
	}
	rest := strings.TrimSuffix(lower[at+1:], ".")
	names := strings.TrimSuffix(t[:at], " also") // "Reuters also contributed …"
	ends := false
	for _, e := range creditEndings {
		if tail, ok := strings.CutPrefix(rest, e); ok && (tail == "" || strings.HasPrefix(tail, " from ") && !strings.ContainsAny(tail, ".;:!?")) {
			ends = true
			break
		}
	}
	return ends && readsAsNames(names)
}

// readsAsNames reports whether s is a list of names: each word starts with
// a capital letter, or is a name's particle or joining word
// (nameParticles) or a role (creditRoleWords), and it opens with no
// pronoun.
func readsAsNames(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 30 || containsString(creditPronouns, strings.ToLower(words[0])) {
		return false
	}
	capitals := 0
	for _, w := range words {
		w = strings.Trim(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capitals++
		case inLower(nameParticles(), w) || containsString(creditRoleWords, strings.ToLower(w)):
		default:
			return false
		}
	}
	return capitals > 0
}
