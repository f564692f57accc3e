package main

import (
	"fmt"
	"io"

	"winnow/cleaner"
)

// runClean cleans each input and prints it. (Minimal first version; see
// issue 2, "The command".)
func runClean(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	in, err := io.ReadAll(stdin)
	if err != nil {
		fail(stderr, "%v", err)
		return 1
	}
	a, err := cleaner.Clean(in, cleaner.Options{})
	if err != nil {
		fail(stderr, "-: %v", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s\n\n%s\n", a.Title, a.Text)
	return 0
}
