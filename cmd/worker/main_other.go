//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main outside the Workers runtime: this command is only built for it
// (main.go's handler and respond are tested natively by main_test.go).
// `winnow serve` is the same endpoint on this machine.
func main() {
	fmt.Fprintln(os.Stderr, "worker: build with `make worker` and run in workerd (`make worker-dev`); locally, use `winnow serve`")
	os.Exit(2)
}
