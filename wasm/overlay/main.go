// Command overlay writes the `go build -overlay` file of winnow's web build:
// it hides every Go file of the standard library's net/http and puts
// wasm/nethttp/http.go in their place (that file says why). The paths are
// those of one GOROOT, so the overlay must be written for the toolchain that
// builds with it: an overlay of another GOROOT would silently change nothing.
//
//	go run ./wasm/overlay -goroot "$(go env GOROOT)" -o dist/wasm/overlay.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// stubName is the file name the stub takes inside GOROOT's net/http, chosen
// to match no file of the standard library.
const stubName = "zz_winnow_stub.go"

func main() {
	out := flag.String("o", "", "write the overlay here (default: standard output)")
	stub := flag.String("stub", "wasm/nethttp/http.go", "the stand-in for net/http")
	goroot := flag.String("goroot", "", "the GOROOT of the toolchain that builds the wasm (default: the go command's)")
	flag.Parse()
	if err := run(*goroot, *stub, *out); err != nil {
		fmt.Fprintln(os.Stderr, "overlay:", err)
		os.Exit(1)
	}
}

func run(goroot, stub, out string) error {
	if goroot == "" {
		var err error
		if goroot, err = goEnv("GOROOT"); err != nil {
			return err
		}
	}
	b, err := buildOverlay(goroot, stub)
	if err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

func goEnv(name string) (string, error) {
	b, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}

// buildOverlay maps each .go file directly in GOROOT/src/net/http to
// nothing (deleted) and the stub's name there to the stub, by absolute
// paths as the go command requires.
func buildOverlay(goroot, stub string) ([]byte, error) {
	stub, err := filepath.Abs(stub)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(stub); err != nil {
		return nil, err
	}
	dir := filepath.Join(goroot, "src", "net", "http")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	replace := map[string]string{filepath.Join(dir, stubName): stub}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			replace[filepath.Join(dir, e.Name())] = ""
		}
	}
	if len(replace) == 1 {
		return nil, fmt.Errorf("%s holds no Go files", dir)
	}
	return json.MarshalIndent(struct{ Replace map[string]string }{replace}, "", "\t")
}
