package cleaner

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// sharedPath is ../shared (or $WINNOW_SHARED) joined with parts; the test
// skips when it is absent.
func sharedPath(t *testing.T, parts ...string) string {
	t.Helper()
	root := os.Getenv("WINNOW_SHARED")
	if root == "" {
		root = filepath.Join("..", "..", "shared")
	}
	p := filepath.Join(append([]string{root}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

// TestSeedPasteCleans is the example the project started from: the plain-text
// paste must come out, block for block, as the clean version.
func TestSeedPasteCleans(t *testing.T) {
	paste, err := os.ReadFile(sharedPath(t, "seed", "article-paste.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(sharedPath(t, "seed", "article-clean.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Clean(paste, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := blocks(a.Title + "\n\n" + a.Text)
	wantBlocks := blocks(string(want))
	if len(got) != len(wantBlocks) {
		t.Errorf("%d blocks, want %d", len(got), len(wantBlocks))
	}
	for i := range min(len(got), len(wantBlocks)) {
		if got[i] != wantBlocks[i] {
			t.Errorf("block %d:\n got %q\nwant %q", i, got[i], wantBlocks[i])
		}
	}
	if a.InputKind != KindText {
		t.Errorf("InputKind %q, want text", a.InputKind)
	}
	rules := map[string]bool{}
	for _, r := range a.Removed {
		rules[r.Rule] = true
	}
	for _, rule := range []string{"wording.comment-count", "wording.leave-a-reply"} {
		if !rules[rule] {
			t.Errorf("no removal recorded under %s; have %v", rule, rules)
		}
	}
}

func blocks(s string) []string {
	var out []string
	for _, b := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// TestCleanRetry: when class names take the story along with the furniture,
// the second, gentler attempt keeps it.
func TestCleanRetry(t *testing.T) {
	para := "<p>" + strings.Repeat("The council met on Monday to settle the budget for the coming year, and argued until late. ", 3) + "</p>"
	cases := []struct {
		name, page string
		want       string
	}{
		{"story inside a sidebar-named wrapper",
			`<html><body><div id="sidebar-wrapper"><div class="post">` + para + para + para + `</div></div></body></html>`,
			"The council met on Monday"},
		{"ordinary page needs no retry",
			`<html><body><nav><a href="/">Home</a></nav><article>` + para + para + `</article></body></html>`,
			"The council met on Monday"},
		{"a post of short lines the first attempt missed for the site's banner",
			`<html><body><div class="top-menu-bar"><p>Orchard Economist</p><p>Notes on farming and trade</p></div>
			<div class="entry">` + strings.Repeat(`<p><a href="/a">Pears sell well in the north this year</a></p><p>Apple prices fell for a second week</p><p>The co-op buys a second press</p>`, 2) + `</div></body></html>`,
			"The co-op buys a second press"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean([]byte(tc.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text lost the story: %q", a.Text)
			}
		})
	}
}

// TestCleanRetryShortPage: on a short page whose <main> holds the story,
// the lines the gentler attempt would add back (a book's keyboard help,
// its menu's title) stay out.
func TestCleanRetryShortPage(t *testing.T) {
	page := `<html><head><title>async_for_loop - The Unstable Book</title></head><body>
		<div id="book-help-container"><div id="book-help-popup"><h2>Keyboard shortcuts</h2>
		<div><p>Press <kbd>←</kbd> or <kbd>→</kbd> to navigate between chapters</p><p>Press <kbd>S</kbd> to search in the book</p>
		<p>Press <kbd>?</kbd> to show this help</p><p>Press <kbd>Esc</kbd> to hide this help</p><p>Press <kbd>T</kbd> to toggle the table of contents</p>
		<p>Press <kbd>P</kbd> to print the whole book</p></div></div></div>
		<div id="menu-bar" class="menu-bar"><h1 class="menu-title">The Unstable Book</h1></div>
		<main><h1>async_for_loop</h1><p>Allows <code>for await</code> loops.</p>
		<p>The tracking issue for this feature is: <a href="https://example.com/issues/118898">#118898</a></p></main></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Allows for await loops.", "#118898"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lost %q: %q", want, a.Text)
		}
	}
	for _, gone := range []string{"Keyboard shortcuts", "Press S to search", "The Unstable Book"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("text keeps %q: %q", gone, a.Text)
		}
	}
}

func TestFindsLostStory(t *testing.T) {
	long := strings.Repeat("The council met on Monday to settle the budget. ", 4) // 196 runes
	tests := []struct {
		name          string
		first, gentle string
		marked        bool
		want          bool
	}{
		{"nothing more", "A short story.", "A short story.", false, false},
		{"shorter", "A short story.\n\nIts end.", "A short story.", false, false},
		{"a long paragraph the first attempt lost", "A short story.", "A short story.\n\n" + long, true, true},
		{"a few short lines", "A short story of some length.\n\nIt ends here, with a sentence.", "Keyboard shortcuts\n\nPress S to search\n\nA short story of some length.\n\nIt ends here, with a sentence.", false, false},
		{"short lines more than twice the first", "Orchard Economist", "Pears sell well\n\nApple prices fell\n\nThe co-op buys a press", false, true},
		{"short lines more than twice a marked first", "Orchard Economist", "Pears sell well\n\nApple prices fell\n\nThe co-op buys a press", true, false},
		{"a line the first had counts once", "Same line here.", "Same line here.\n\nSame line here.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findsLostStory(tt.first, tt.gentle, tt.marked); got != tt.want {
				t.Errorf("findsLostStory(%q, %q, %v) = %v, want %v", tt.first, tt.gentle, tt.marked, got, tt.want)
			}
		})
	}
}

func TestHasRunes(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want bool
	}{
		{"empty", "", 1, false},
		{"none asked", "", 0, true},
		{"ASCII one short", strings.Repeat("a", 499), 500, false},
		{"ASCII exactly", strings.Repeat("a", 500), 500, true},
		{"two-byte runes, bytes enough, runes one short", strings.Repeat("é", 499), 500, false},
		{"two-byte runes exactly", strings.Repeat("é", 500), 500, true},
		{"four-byte runes, bytes four times n", strings.Repeat("😀", 500), 500, true},
		{"four-byte runes, one short", strings.Repeat("😀", 499), 500, false},
		{"invalid bytes count one each", strings.Repeat("\xff", 500), 500, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasRunes(tt.s, tt.n); got != tt.want {
				t.Errorf("hasRunes(%d bytes, %d) = %v, want %v", len(tt.s), tt.n, got, tt.want)
			}
			if got, counted := hasRunes(tt.s, tt.n), utf8.RuneCountInString(tt.s) >= tt.n; got != counted {
				t.Errorf("hasRunes(%d bytes, %d) = %v, but the string has %d runes", len(tt.s), tt.n, got, utf8.RuneCountInString(tt.s))
			}
		})
	}
}

func TestCleanErrors(t *testing.T) {
	cases := []struct {
		name  string
		input string
		opts  Options
		want  error
	}{
		{"empty", "", Options{}, ErrEmpty},
		{"white space", " \n\t ", Options{}, ErrEmpty},
		{"over the cap", strings.Repeat("a", 101), Options{MaxBytes: 100}, ErrTooLarge},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, ErrBinary},
		{"only navigation", `<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>`, Options{}, ErrNoContent},
		// fuzz 33a85c625c89d76e: the share of link text is taken without
		// white space (here 80 of 88 runes, 80 of 95 with it), so that
		// a second clean, which lays the words out with other white space,
		// comes to the same verdict
		{"links but for a few short words", `<html><body><p>a b c d e f g h</p><p><a href="/x">` +
			strings.Repeat("Linkword", 10) + `</a></p></body></html>`, Options{}, ErrNoContent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Clean([]byte(tc.input), tc.opts)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// The same input gives the same Article every time, removed panel included:
// no pass may let a map's order through. The synthetic page has blocks
// outside the story at three levels, which content.outside records.
func TestCleanIsDeterministic(t *testing.T) {
	para := strings.Repeat("The council met on Tuesday to weigh the plan for the old harbour. ", 6)
	page := `<html><body><div class="top">Site menu</div><div class="wrap"><div>Aside one</div>
<div class="main"><div>Teaser</div><article><h1>Harbour plan</h1><p>` + para + `</p><p>` + para + `</p></article>
<div>More stories</div></div><div>Aside two</div></div><div>Bottom links</div></body></html>`
	inputs := [][]byte{[]byte(page)}
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
	}
	for i, in := range inputs {
		first, err := Clean(in, Options{MarkRemoved: true})
		if err != nil {
			continue // an input error is stable too, and tested elsewhere
		}
		for range 8 {
			again, _ := Clean(in, Options{MarkRemoved: true})
			if !reflect.DeepEqual(first, again) {
				t.Fatalf("input %d: two cleans differ", i)
			}
		}
	}
}

// Cleans running at once (the CLI's workers, the server's requests) share
// the package's caches: the learned vocabulary, compiled selectors, the
// link verdicts. Each must still give what it gives alone. Run under -race
// (make race) it checks that sharing too.
func TestCleanConcurrently(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	var inputs [][]byte
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
	}
	want := make([]*Article, len(inputs))
	for i, in := range inputs {
		want[i], _ = Clean(in, Options{})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(inputs))
	for w := range 4 {
		wg.Go(func() {
			for k := range inputs {
				i := (k + w) % len(inputs) // each worker in its own order
				got, _ := Clean(inputs[i], Options{})
				if !reflect.DeepEqual(got, want[i]) {
					errs <- files[i]
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a clean beside others differs from one alone", name)
	}
}
