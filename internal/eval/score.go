package eval

import (
	"math"
	"math/rand/v2"
	"unicode"
	"unicode/utf8"
)

// shingleSize is the number of tokens in one shingle.
const shingleSize = 4

// Tokens splits text into maximal runs of Unicode letters, digits and '_',
// the same as Python's \w on str.
func Tokens(text string) []string {
	var toks []string
	start := -1
	for i, r := range text {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

// Shingles is the multiset of a text's overlapping 4-token shingles; a text
// of one to three tokens is a single shingle, an empty text none.
func Shingles(text string) map[string]int {
	toks := Tokens(text)
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	if len(toks) < shingleSize {
		m[join(toks)]++
		return m
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		m[join(toks[i:i+shingleSize])]++
	}
	return m
}

// join keys a shingle; U+0001 never occurs inside a token.
func join(toks []string) string {
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t)
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = utf8.AppendRune(b, 1)
		}
		b = append(b, t...)
	}
	return string(b)
}

// Counts are one page's shingle counts against its gold text.
type Counts struct{ TP, FP, FN int }

// Compare counts the shingles of pred against those of truth.
func Compare(truth, pred string) Counts {
	t, p := Shingles(truth), Shingles(pred)
	var c Counts
	total := 0
	for k, n := range t {
		c.TP += min(n, p[k])
		total += n
	}
	c.FN = total - c.TP
	for _, n := range p {
		c.FP += n
	}
	c.FP -= c.TP
	return c
}

// PR is a page's precision and recall; both are 1 when nothing is extra
// and nothing is missing.
func (c Counts) PR() (precision, recall float64) {
	if c.FP == 0 && c.FN == 0 {
		return 1, 1
	}
	if c.TP+c.FP > 0 {
		precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	return precision, recall
}

// F1 is the harmonic mean of the page's precision and recall.
func (c Counts) F1() float64 {
	p, r := c.PR()
	return harmonic(p, r)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Corpus is the mean page precision over pages with non-empty output, the
// mean page recall over pages with non-empty gold, and their F1.
func Corpus(rows []Counts) (precision, recall, f1 float64) {
	var ps, rs float64
	var np, nr int
	for _, c := range rows {
		p, r := c.PR()
		if c.TP+c.FP > 0 {
			ps += p
			np++
		}
		if c.TP+c.FN > 0 {
			rs += r
			nr++
		}
	}
	if np > 0 {
		precision = ps / float64(np)
	}
	if nr > 0 {
		recall = rs / float64(nr)
	}
	return precision, recall, harmonic(precision, recall)
}

// Bootstrap is the standard deviation of corpus F1 over n resamples of the
// pages, drawn with a fixed seed so that runs repeat.
func Bootstrap(rows []Counts, n int) float64 {
	if len(rows) == 0 || n < 2 {
		return 0
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sample := make([]Counts, len(rows))
	fs := make([]float64, n)
	var mean float64
	for i := range fs {
		for j := range sample {
			sample[j] = rows[rng.IntN(len(rows))]
		}
		_, _, fs[i] = Corpus(sample)
		mean += fs[i]
	}
	mean /= float64(n)
	var ss float64
	for _, f := range fs {
		ss += (f - mean) * (f - mean)
	}
	return math.Sqrt(ss / float64(n-1))
}

// Leak is the share of comment shingles (those not also in the article)
// that appear in pred; ok is false when the comments add no shingle.
func Leak(article, comments, pred string) (share float64, ok bool) {
	only := Shingles(comments)
	for k, n := range Shingles(article) {
		if only[k] > n {
			only[k] -= n
		} else {
			delete(only, k)
		}
	}
	total := 0
	for _, n := range only {
		total += n
	}
	if total == 0 {
		return 0, false
	}
	got := Shingles(pred)
	found := 0
	for k, n := range only {
		found += min(n, got[k])
	}
	return float64(found) / float64(total), true
}
