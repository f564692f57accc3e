package cleaner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureRemoval is a removal a fixture must produce: the rule (empty: any
// rule) and a piece of the removed text.
type fixtureRemoval struct{ rule, text string }

// fixtureCase describes what Clean must make of one file in testdata/.
type fixtureCase struct {
	file        string
	kind        string
	title       string
	paragraphs  []string // every article paragraph, each must be in Text
	boilerplate []string // none may be in Text or HTML
	removed     []fixtureRemoval
	authors     []string // of Article.Comments, in order
	skip        string   // why the case cannot pass yet
}

var fixtureCases = []fixtureCase{
	{
		file:  "wordpress-en.html",
		kind:  KindDocument,
		title: "City Rooftops Turn Into Honey Farms",
		paragraphs: []string{
			"Forty beehives now sit on the flat roofs of the harbor district, up from six only three summers ago.",
			"Most of them belong to restaurants, which sell the honey at the counter or bake it into bread, and to two hotels that put a jar in every room.",
			"The bees forage in the parks along the river and in the window boxes of the old warehouses.",
			"A Short Season",
			"The season on the roofs is short: the first honey comes in late June,",
			"Wind is the main enemy, said Tomas Reyes, who keeps eight hives above a bakery.",
			"The city now asks new keepers to register their hives and to take a one-day course,",
			"Neighbors have mostly welcomed the bees, the office said, and it has received only three complaints, all about swarms in May.",
		},
		boilerplate: []string{"Leave a Reply", "Cancel reply", "Your email address will not be published", "Required fields are marked",
			"Save my name", "Post Comment", "thoughts on", "Share this", "Twitter", "Related", "Urban gardens double", "Posted in",
			"Tagged", "About Ines Carvalho", "Previous: Night market", "Recent Posts", "Proudly powered", "Skip to content",
			"linden", "Marta Lind", "Home"},
		removed: []fixtureRemoval{
			{"comments.wordpress", "3 thoughts on"},
			{"", "Your email address will not be published."},
			{"wording.share", "Share this:"},
			{"furniture.related", "Urban gardens double"},
			{"furniture.tags", "Tagged"},
			{"furniture.author-bio", "Ines covers food"},
			{"furniture.sidebar", "Recent Posts"},
			{"furniture.footer", "Proudly powered"},
			{"furniture.header", "The Harbor Ledger"},
			{"headline.title", "City Rooftops Turn Into Honey Farms"},
		},
		authors: []string{"Marta Lind", "Tomas Reyes", "Sam Okafor"},
	},
	{
		file:  "wordpress-de.html",
		kind:  KindDocument,
		title: "Die letzte Fähre über den Rhein",
		paragraphs: []string{
			"Seit mehr als hundert Jahren verbindet die kleine Fähre die beiden Dörfer am Fluss, doch im Herbst soll sie zum letzten Mal fahren.",
			"Der Betreiber, ein Verein aus dem Ort, findet keinen neuen Fährmann mehr,",
			"Ein Umweg von zwanzig Kilometern",
			"Für Pendler bedeutet das Ende der Fähre einen Umweg von gut zwanzig Kilometern über die nächste Brücke, morgens und abends.",
			"Die Gemeinde prüft nun, ob sie den Betrieb selbst übernehmen kann. Eine Entscheidung wird im Oktober erwartet.",
		},
		boilerplate: []string{"Schreibe einen Kommentar", "Antworten abbrechen", "Deine E-Mail-Adresse wird nicht veröffentlicht",
			"Erforderliche Felder", "Gedanken zu", "Teilen mit", "Kommentar abschicken", "Karl Weber", "Schade", "Rheinblatt"},
		removed: []fixtureRemoval{
			{"comments.wordpress", "2 Gedanken zu"},
			{"", "Deine E-Mail-Adresse wird nicht veröffentlicht."},
			{"wording.share", "Teilen mit:"},
			// The content pass may leave the h1 outside the article (content.outside).
			{"", "Die letzte Fähre über den Rhein"},
		},
		authors: []string{"Karl Weber", "Anna Schulz"},
	},
	{
		file:  "disqus.html",
		kind:  KindDocument,
		title: "Notes on Sourdough Starters",
		paragraphs: []string{
			"A sourdough starter is only flour and water, left long enough for wild yeast and bacteria to settle in and begin to feed.",
			"Mine lives in a glass jar on the kitchen counter,",
			"Rye flour wakes a sleepy starter faster than white flour does,",
			"If you travel, a starter keeps in the fridge for two or three weeks;",
		},
		boilerplate: []string{"4 Comments", "comments powered by", "Disqus", "breadhead", "Tweet", "All rights reserved", "Recipes"},
		removed: []fixtureRemoval{
			{"comments.disqus", "4 Comments"},
			{"furniture.share", "Tweet"},
			{"furniture.nav", "Recipes"},
			{"wording.copyright", "All rights reserved"},
		},
		authors: []string{"breadhead"},
	},
	{
		file:  "blogger.html",
		kind:  KindDocument,
		title: "Snow on the Pass",
		paragraphs: []string{
			"We set out before dawn, with frost still on the tents and the stream loud below the camp.",
			"By nine the first snow was falling on the pass,",
			"We turned back at the saddle.",
			"Back at the hut the warden said the pass had been closed twice already this month, which is early even for a wet year.",
		},
		boilerplate: []string{"2 comments:", "Post a Comment", "Mira", "Which hut was this", "Email This", "Older Post",
			"Powered by Blogger", "Labels:"},
		removed: []fixtureRemoval{
			{"comments.blogger", "2 comments:"},
			{"furniture.footer", "Powered by Blogger"},
		},
		authors: []string{"Mira", "Anonymous"},
	},
	{
		file:  "clipboard-fragment.html",
		kind:  KindFragment,
		title: "Night Trains Return to the Alps",
		paragraphs: []string{
			"After a pause of almost ten years, a sleeper train will again run from Vienna to the western Alps this winter, three nights a week.",
			"The operator says the first two months are nearly sold out,",
			"Each train has six sleeping cars and one dining car,",
			"Rail fans have asked for the return of the route since it was cut,",
		},
		boilerplate: []string{"Leave a Reply", "Your email address", "Required fields", "Share this", "Twitter", "Facebook"},
		removed: []fixtureRemoval{
			{"comments.wordpress", "Leave a Reply"},
			{"wording.share", "Share this:"},
			{"headline.title", "Night Trains Return to the Alps"},
		},
	},
	{
		file:  "headline-repeats.html",
		kind:  KindDocument,
		title: "Lighthouse Keeper Retires After 40 Years",
		paragraphs: []string{
			"For four decades Henrik Dahl climbed the 112 steps of the Skarvik light every evening to check the lamp, in every kind of weather.",
			"The light was automated in 1998,",
			"Lighthouse Keeper",
			"Dahl says the job was mostly painting, oiling hinges and writing down the wind,",
			"His last day is on Friday.",
		},
		removed: []fixtureRemoval{
			{"headline.title", "Lighthouse Keeper Retires After 40 Years"},
			{"headline.repeat", "Lighthouse keeper retires after 40 years!"},
		},
	},
	{
		file:  "code-comment.html",
		kind:  KindDocument,
		title: "Reading a File Line by Line in Go",
		paragraphs: []string{
			"The simplest way to read a text file one line at a time in Go is a bufio.Scanner wrapped around the opened file.",
			"The scanner splits its input on newlines by default",
			"// Open the file; the caller handles the error.",
			"// Close it when we are done.",
			"Remember to check the scanner's Err method after the loop:",
			"Lines longer than 64 kilobytes stop the scanner with an error;",
			"Some readers asked in the comments how this compares with reading the whole file at once.",
		},
		removed: []fixtureRemoval{{"headline.title", "Reading a File Line by Line in Go"}},
	},
	{
		file:  "plain-text.txt",
		kind:  KindText,
		title: "Village Bakery Wins Fight to Keep Its Wood-Fired Oven",
		paragraphs: []string{
			"The bakery on Mill Lane can keep baking in its two-hundred-year-old wood-fired oven,",
			"A neighbor had complained about smoke from the chimney in the early mornings,",
			"A Compromise on the Chimney",
			"Under the ruling, the bakery will raise its chimney by two meters",
			"The owners, Clara and Rui Mendes, said the oven was the reason they bought the bakery.",
			"The neighbor, who did not want to be named, said she was satisfied with the compromise and would judge the new chimney in the autumn.",
		},
		boilerplate: []string{"One thought on", "Hanna Field", "Their rye loaf", "Reply", "Leave a Reply", "Your email address", "Required fields"},
		removed: []fixtureRemoval{
			{"wording.comment-count", "One thought on"},
			{"wording.leave-a-reply", "Leave a Reply"},
			{"wording.email-notice", "Your email address will not be published."},
			{"headline.title", "Village Bakery Wins Fight"},
			{"headline.repeat", "Village Bakery Wins Fight"},
		},
		authors: []string{"Hanna Field"},
	},
}

// cleanFixture cleans testdata/<tc.file>, skipping the case when it says so.
func cleanFixture(t *testing.T, tc fixtureCase) *Article {
	t.Helper()
	if tc.skip != "" {
		t.Skip(tc.skip)
	}
	input, err := os.ReadFile(filepath.Join("testdata", tc.file))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Clean(input, Options{})
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	return a
}

func TestFixtures(t *testing.T) {
	for _, tc := range fixtureCases {
		t.Run(tc.file, func(t *testing.T) {
			a := cleanFixture(t, tc)
			if a.InputKind != tc.kind {
				t.Errorf("InputKind = %q, want %q", a.InputKind, tc.kind)
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			text := collapseSpace(a.Text)
			for _, block := range strings.Split(a.Text, "\n\n") {
				if foldTitle(block) == foldTitle(tc.title) {
					t.Errorf("the title is still a block of Text: %q", block)
				}
			}
			for _, p := range tc.paragraphs {
				if !strings.Contains(text, collapseSpace(p)) {
					t.Errorf("paragraph missing from Text: %q", p)
				}
			}
			for _, b := range tc.boilerplate {
				if strings.Contains(text, b) {
					t.Errorf("boilerplate %q in Text", b)
				}
				if strings.Contains(a.HTML, b) {
					t.Errorf("boilerplate %q in HTML", b)
				}
			}
			for _, want := range tc.removed {
				if !hasRemoval(a.Removed, want) {
					t.Errorf("no removal %s of %q; removed: %v", want.rule, want.text, removalSummary(a.Removed))
				}
			}
			var authors []string
			for _, c := range a.Comments {
				authors = append(authors, c.Author)
			}
			if strings.Join(authors, "|") != strings.Join(tc.authors, "|") {
				t.Errorf("comment authors = %q, want %q", authors, tc.authors)
			}
			if t.Failed() {
				t.Logf("Text:\n%s", a.Text)
			}
		})
	}
}

func hasRemoval(removed []Removal, want fixtureRemoval) bool {
	for _, r := range removed {
		if (want.rule == "" || r.Rule == want.rule) && strings.Contains(collapseSpace(r.Text), want.text) {
			return true
		}
	}
	return false
}

func removalSummary(removed []Removal) []string {
	var out []string
	for _, r := range removed {
		out = append(out, r.Rule+": "+truncateRunes(r.Text, 40))
	}
	return out
}
