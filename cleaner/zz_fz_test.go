package cleaner

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// FZ=path [FZTEXT=1]: shows a fuzz case's first and second clean.
func TestZZFuzzCase(t *testing.T) {
	path := os.Getenv("FZ")
	if path == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(path)
	line := strings.Split(string(raw), "\n")[1]
	var input string
	if strings.HasPrefix(line, "string(") {
		input, _ = strconv.Unquote(line[len("string(") : len(line)-1])
		input = "Plain text, as pasted.\n\n" + input
	} else {
		s, _ := strconv.Unquote(line[len("[]byte(") : len(line)-1])
		input = s
	}
	a, err := Clean([]byte(input), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("FIRST kind=%s title=%q\nHTML: %s", a.InputKind, a.Title, a.HTML)
	for _, r := range a.Removed {
		t.Logf("  removed %s %q", r.Rule, truncateRunes(r.Text, 80))
	}
	in2 := "<!DOCTYPE html><html><body>" + a.HTML + "</body></html>"
	if a.Title != "" {
		in2 = "<!DOCTYPE html><html><head><title>" + a.Title + "</title></head><body><h1>" + a.Title + "</h1>" + a.HTML + "</body></html>"
	}
	b, err := Clean([]byte(in2), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("SECOND title=%q\nHTML: %s", b.Title, b.HTML)
	for _, r := range b.Removed {
		t.Logf("  removed %s %q", r.Rule, truncateRunes(r.Text, 80))
	}
}
