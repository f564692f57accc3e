// Command winnow cleans pasted articles: it reads HTML or text and prints
// just the article. Subcommands: clean (the default), serve, eval.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit code: 0 success, 1 an
// input or run failed, 2 a usage error.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "serve":
			return runServe(args[1:], stdout, stderr) // serve.go
		case "eval":
			return runEval(args[1:], stdout, stderr) // eval.go
		case "clean":
			args = args[1:]
		case "help":
			args = []string{"-h"}
		}
	}
	return runClean(args, stdin, stdout, stderr) // clean.go
}

func fail(w io.Writer, format string, a ...any) {
	fmt.Fprintf(w, "winnow: "+format+"\n", a...)
}
