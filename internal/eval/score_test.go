package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and 42nd", []string{"snake_case", "and", "42nd"}},
		{"Trump’s — U.S.", []string{"Trump", "s", "U", "S"}},
		{"日本語のテキスト", []string{"日本語のテキスト"}},
		{"Ünïcödé ½ ٣", []string{"Ünïcödé", "½", "٣"}},
	}
	for _, tc := range cases {
		if got := Tokens(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCompare(t *testing.T) {
	cases := []struct {
		name        string
		truth, pred string
		want        Counts
		p, r        float64
	}{
		{"identical", "a b c d e", "a b c d e", Counts{TP: 2}, 1, 1},
		{"both empty", "", "", Counts{}, 1, 1},
		{"empty output", "a b c d e", "", Counts{FN: 2}, 0, 0},
		{"short texts are one shingle", "a b", "a b", Counts{TP: 1}, 1, 1},
		{"extra text", "a b c d", "a b c d e f", Counts{TP: 1, FP: 2}, 1.0 / 3, 1},
		{"missing text", "a b c d e f", "a b c d", Counts{TP: 1, FN: 2}, 1, 1.0 / 3},
		{"repeats count", "x y z w x y z w", "x y z w", Counts{TP: 1, FN: 4}, 1, 0.2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Compare(tc.truth, tc.pred)
			if got != tc.want {
				t.Fatalf("Compare = %+v, want %+v", got, tc.want)
			}
			p, r := got.PR()
			if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 {
				t.Errorf("PR = %v, %v; want %v, %v", p, r, tc.p, tc.r)
			}
		})
	}
}

func TestCorpusSkipsEmptySides(t *testing.T) {
	rows := []Counts{
		{TP: 1},        // P 1, R 1
		{FN: 3},        // empty output: counts for recall only (0)
		{FP: 2},        // empty gold: counts for precision only (0)
		{TP: 1, FP: 1}, // P 0.5, R 1
	}
	p, r, f := Corpus(rows)
	if math.Abs(p-0.5) > 1e-9 || math.Abs(r-2.0/3) > 1e-9 {
		t.Errorf("Corpus P, R = %v, %v; want 0.5, 0.667", p, r)
	}
	if math.Abs(f-2*p*r/(p+r)) > 1e-9 {
		t.Errorf("F1 %v is not the harmonic mean", f)
	}
}

func TestLeak(t *testing.T) {
	article := "the mayor opened the new bridge on a windy morning"
	comments := "great news for the town finally a bridge we can use"
	cases := []struct {
		name, pred string
		want       float64
	}{
		{"no comment text", article, 0},
		{"all comment text", article + " " + comments, 1},
	}
	for _, tc := range cases {
		got, ok := Leak(article, comments, tc.pred)
		if !ok || math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: Leak = %v, %v; want %v", tc.name, got, ok, tc.want)
		}
	}
	if _, ok := Leak(article, article, article); ok {
		t.Error("comments that repeat the article have no shingle of their own")
	}
}
