package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"winnow/cleaner"
	"winnow/internal/eval"
)

const evalUsage = `usage: winnow eval [-o PRED.json] [-worst N] [-limit N] DATASET_DIR...

Measures extraction on labelled datasets (the layouts of ../shared/datasets:
html/*.html.gz with ground-truth.json, or with gold/*.txt) using the metric of
../shared/README.md, and prints precision, recall, F1, the comment leak
(dragnet-style sets), milliseconds per page (cleaning only, one core), and the
worst pages by F1. The text scored is the Article's text field.

  winnow eval ../shared/datasets/scrapinghub
  winnow eval -o pred.json ../shared/datasets/dragnet-train
  python3 ../shared/tools/score.py dragnet ../shared/datasets/dragnet-train pred.json

Flags:
`

// runEval measures extraction against labelled datasets.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write predictions `PRED.json` in the shared format (one dataset only)")
	worst := fs.Int("worst", 10, "list the `N` worst pages by F1")
	limit := fs.Int("limit", 0, "score only the first `N` pages of each set (0: all)")
	fs.Usage = func() { fmt.Fprint(stderr, evalUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || (*out != "" && fs.NArg() > 1) {
		fs.Usage()
		return 2
	}
	for _, dir := range fs.Args() {
		if err := evalOne(dir, *out, *worst, *limit, stdout); err != nil {
			fail(stderr, "eval: %v", err)
			return 1
		}
	}
	return 0
}

func evalOne(dir, predPath string, worst, limit int, w io.Writer) error {
	layout, pages, err := eval.Load(dir, limit)
	if err != nil {
		return err
	}
	rep := eval.Run(layout, pages, func(p eval.Page) (string, error) {
		// Only the text is scored: the removed blocks' HTML is left
		// unwritten, as for the CLI's text output. A page the cleaner
		// panics on is a page without an article, its error in the list.
		a, err := cleanRecovering(p.HTML, cleaner.Options{BaseURL: p.URL, SkipRemovedHTML: true})
		if err != nil {
			return "", err
		}
		return a.Text, nil
	})
	name := filepath.Base(filepath.Clean(dir))
	fmt.Fprintf(w, "%s (%s layout): %d pages, %d without an article\n", name, layout, len(pages), rep.Errors)
	fmt.Fprintf(w, "  precision %.3f  recall %.3f  F1 %.3f ± %.3f\n", rep.Precision, rep.Recall, rep.F1, rep.StdDev)
	if rep.LeakPages > 0 {
		fmt.Fprintf(w, "  comment leak %.3f over %d pages with comments\n", rep.Leak, rep.LeakPages)
	}
	fmt.Fprintf(w, "  ms per page: median %s  p90 %s  max %s\n", ms(rep.Median), ms(rep.P90), ms(rep.Max))
	if worst > 0 {
		fmt.Fprintf(w, "  worst %d by F1:\n", min(worst, len(pages)))
		for _, p := range rep.Worst(worst) {
			pr, rc := p.Counts.PR()
			note := ""
			if p.Err != nil {
				note = "  (" + p.Err.Error() + ")"
			} else if p.HasLeak && p.Leak > 0 {
				note = fmt.Sprintf("  leak %.2f", p.Leak)
			}
			fmt.Fprintf(w, "    %-8s F1 %.3f  P %.3f  R %.3f%s\n", p.ID, p.Counts.F1(), pr, rc, note)
		}
	}
	if predPath == "" {
		return nil
	}
	pred := make(map[string]map[string]string, len(rep.Pages))
	for _, p := range rep.Pages {
		pred[p.ID] = map[string]string{"articleBody": p.Output}
	}
	data, err := json.Marshal(pred)
	if err != nil {
		return err
	}
	return os.WriteFile(predPath, data, 0o644)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }
