// Command native times cleaner.Clean natively over a directory of
// *.html.gz pages, as the web page's benchmark (web/bench/bench.mjs) does in
// Chromium, and prints {"page id": milliseconds} as JSON for it to compare.
//
//	go run ./web/bench/native DIR
package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"winnow/cleaner"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: native DIR")
		os.Exit(2)
	}
	pages, err := readPages(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "native:", err)
		os.Exit(1)
	}
	times := make(map[string]float64, len(pages))
	for id, page := range pages {
		start := time.Now()
		// Errors (no article found) still cost time; the figure is the time.
		_, _ = cleaner.Clean(page, cleaner.Options{MarkRemoved: true})
		times[id] = float64(time.Since(start).Microseconds()) / 1000
	}
	if err := json.NewEncoder(os.Stdout).Encode(times); err != nil {
		fmt.Fprintln(os.Stderr, "native:", err)
		os.Exit(1)
	}
}

// readPages loads every DIR/<id>.html.gz, keyed by id.
func readPages(dir string) (map[string][]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		return nil, err
	}
	pages := make(map[string][]byte, len(paths))
	for _, path := range paths {
		b, err := gunzipFile(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		pages[strings.TrimSuffix(filepath.Base(path), ".html.gz")] = b
	}
	return pages, nil
}

func gunzipFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
