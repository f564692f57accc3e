// Package eval measures winnow's extraction against labelled datasets with
// the metric of ../shared/README.md: 4-token shingles, per-page precision and
// recall, corpus means, F1, a bootstrap deviation, and for dragnet-style sets
// the share of comment text that leaks into the output.
//
// Its figures must agree with ../shared/tools/score.py to three decimals;
// score_test.go checks that when python3 and the shared data are present.
package eval
