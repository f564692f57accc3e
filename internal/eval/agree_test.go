package eval_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"winnow/cleaner"
	"winnow/internal/eval"
)

func shared(t *testing.T, parts ...string) string {
	t.Helper()
	root := os.Getenv("WINNOW_SHARED")
	if root == "" {
		root = filepath.Join("..", "..", "..", "shared")
	}
	p := filepath.Join(append([]string{root}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

func extract(p eval.Page) (string, error) {
	a, err := cleaner.Clean(p.HTML, cleaner.Options{BaseURL: p.URL})
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// subset writes a dataset of the first n pages of dir into a temporary
// folder, so the reference scorer can be run on exactly those pages.
func subset(t *testing.T, dir string, layout string, pages []eval.Page) string {
	t.Helper()
	out := t.TempDir()
	switch layout {
	case eval.LayoutZyte:
		truth := map[string]map[string]string{}
		for _, p := range pages {
			truth[p.ID] = map[string]string{"articleBody": p.Article, "url": p.URL}
		}
		data, _ := json.Marshal(truth)
		if err := os.WriteFile(filepath.Join(out, "ground-truth.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	default:
		if err := os.Mkdir(filepath.Join(out, "gold"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			src := filepath.Join(dir, "gold", p.ID+".txt")
			data, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, "gold", p.ID+".txt"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return out
}

var scoreLine = regexp.MustCompile(`precision ([0-9.]+)\s+recall ([0-9.]+)\s+F1 ([0-9.]+)(?:.*comment-leak ([0-9.]+))?`)

// TestAgreesWithReferenceScorer runs winnow's scorer and ../shared's
// score.py on the same predictions for a small set of each layout: the
// figures must agree to three decimals.
func TestAgreesWithReferenceScorer(t *testing.T) {
	script := shared(t, "tools", "score.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	for _, set := range []struct{ dir, mode string }{
		{"scrapinghub", "zyte"},
		{"dragnet-train", "dragnet"},
	} {
		t.Run(set.dir, func(t *testing.T) {
			dir := shared(t, "datasets", set.dir)
			layout, pages, err := eval.Load(dir, 25)
			if err != nil {
				t.Fatal(err)
			}
			rep := eval.Run(layout, pages, extract)
			pred := map[string]map[string]string{}
			for _, p := range rep.Pages {
				pred[p.ID] = map[string]string{"articleBody": p.Output}
			}
			data, _ := json.Marshal(pred)
			predPath := filepath.Join(t.TempDir(), "pred.json")
			if err := os.WriteFile(predPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, script, set.mode, subset(t, dir, layout, pages), predPath).CombinedOutput()
			if err != nil {
				t.Fatalf("score.py: %v\n%s", err, out)
			}
			var m []string
			sc := bufio.NewScanner(bytesReader(out))
			for sc.Scan() {
				if m = scoreLine.FindStringSubmatch(sc.Text()); m != nil {
					break
				}
			}
			if m == nil {
				t.Fatalf("no score line in:\n%s", out)
			}
			check := func(name, ref string, ours float64) {
				want, _ := strconv.ParseFloat(ref, 64)
				if fmt.Sprintf("%.3f", ours) != fmt.Sprintf("%.3f", want) {
					t.Errorf("%s: winnow %.3f, score.py %.3f", name, ours, want)
				}
			}
			check("precision", m[1], rep.Precision)
			check("recall", m[2], rep.Recall)
			check("F1", m[3], rep.F1)
			if m[4] != "" {
				check("comment leak", m[4], rep.Leak)
			}
		})
	}
}
