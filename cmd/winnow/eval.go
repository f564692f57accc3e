package main

import "io"

// runEval measures extraction against a labelled dataset. (Stub; see issue 3.)
func runEval(args []string, stdout, stderr io.Writer) int {
	fail(stderr, "eval: not built yet")
	return 1
}
