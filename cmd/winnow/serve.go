package main

import "io"

// runServe serves the web page and the API. (Stub; see issue 6.)
func runServe(args []string, stdout, stderr io.Writer) int {
	fail(stderr, "serve: not built yet")
	return 1
}
