package eval

import (
	"sort"
	"time"
)

// Extractor turns one page into the text that is scored.
type Extractor func(p Page) (string, error)

// PageResult is one page's outcome.
type PageResult struct {
	ID       string
	Output   string
	Err      error
	Counts   Counts
	Elapsed  time.Duration
	Leak     float64
	HasLeak  bool // the gold has comment shingles, so Leak counts
	Document int  // input size in bytes
}

// Report is the outcome over a dataset.
type Report struct {
	Layout                string
	Pages                 []PageResult
	Precision, Recall, F1 float64
	StdDev                float64 // bootstrap deviation of F1
	Leak                  float64 // mean comment leak over pages with comments
	LeakPages             int
	Errors                int
	Median, P90, Max      time.Duration
}

// Run extracts every page with x, one after another so that the times are
// those of one core, and scores the outputs.
func Run(layout string, pages []Page, x Extractor) *Report {
	rep := &Report{Layout: layout, Pages: make([]PageResult, len(pages))}
	rows := make([]Counts, len(pages))
	times := make([]time.Duration, len(pages))
	var leakSum float64
	for i, p := range pages {
		start := time.Now()
		out, err := x(p)
		el := time.Since(start)
		r := PageResult{ID: p.ID, Output: out, Err: err, Elapsed: el, Document: len(p.HTML)}
		if err != nil {
			rep.Errors++
			r.Output = ""
		}
		r.Counts = Compare(p.Article, r.Output)
		if p.Comments != "" {
			r.Leak, r.HasLeak = Leak(p.Article, p.Comments, r.Output)
			if r.HasLeak {
				leakSum += r.Leak
				rep.LeakPages++
			}
		}
		rows[i] = r.Counts
		times[i] = el
		rep.Pages[i] = r
	}
	rep.Precision, rep.Recall, rep.F1 = Corpus(rows)
	rep.StdDev = Bootstrap(rows, 1000)
	if rep.LeakPages > 0 {
		rep.Leak = leakSum / float64(rep.LeakPages)
	}
	rep.Median, rep.P90, rep.Max = percentiles(times)
	return rep
}

func percentiles(ts []time.Duration) (median, p90, max time.Duration) {
	if len(ts) == 0 {
		return 0, 0, 0
	}
	s := append([]time.Duration(nil), ts...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(q float64) time.Duration { return s[int(q*float64(len(s)-1)+0.5)] }
	return at(0.5), at(0.9), s[len(s)-1]
}

// Worst returns the n pages with the lowest F1, lowest first.
func (r *Report) Worst(n int) []PageResult {
	s := append([]PageResult(nil), r.Pages...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Counts.F1() < s[j].Counts.F1() })
	if n < len(s) {
		s = s[:n]
	}
	return s
}
