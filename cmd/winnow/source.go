package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"winnow/cleaner"
	"winnow/internal/fetch"
)

// source is one input's raw bytes and what is known about them.
type source struct {
	body        []byte
	baseURL     string // the -url flag, or a fetched page's final URL
	contentType string // a fetched page's Content-Type header
}

// readSource reads an input named on the command line: "-" is standard
// input, an address with a scheme ("https://…") is fetched, anything else is
// a file.
func readSource(ctx context.Context, name string, cfg cleanConfig, stdin io.Reader) (source, error) {
	switch {
	case name == "-":
		body, err := readCapped(stdin, cfg.maxBytes)
		return source{body: body, baseURL: cfg.baseURL}, err
	case isURL(name):
		return fetchSource(ctx, name, cfg.maxBytes)
	}
	f, err := os.Open(name)
	if err != nil {
		return source{}, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(cfg.maxBytes) {
		return source{}, tooLarge(cfg.maxBytes) // say so before reading 20 MB for nothing
	}
	body, err := readCapped(f, cfg.maxBytes)
	return source{body: body, baseURL: cfg.baseURL}, err
}

// fetchSource gets a URL. A person at a terminal may read pages on their own
// machine or intranet, so private addresses are allowed here (the HTTP
// endpoint, which fetches for strangers, refuses them).
func fetchSource(ctx context.Context, rawURL string, maxBytes int) (source, error) {
	page, err := fetch.Get(ctx, rawURL, fetch.Options{AllowPrivate: true, MaxBytes: int64(maxBytes)})
	if err != nil {
		limit := strconv.Itoa(maxBytes)
		if errors.Is(err, fetch.ErrTooLarge) && !strings.Contains(err.Error(), limit) {
			return source{}, fmt.Errorf("%w (over the -max-bytes limit of %s bytes)", err, limit)
		}
		return source{}, err
	}
	return source{body: page.Body, baseURL: page.URL, contentType: page.ContentType}, nil
}

// isURL reports whether an argument is a URL rather than a file: it starts
// with a scheme and "://". Schemes other than http and https are passed on
// to fetch, which refuses them with a clear error.
func isURL(name string) bool {
	scheme, _, ok := strings.Cut(name, "://")
	if !ok || scheme == "" {
		return false
	}
	for i, r := range scheme {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// readCapped reads r to the end but never more than limit+1 bytes: one byte
// over the limit proves the input is too large, and the input is refused
// rather than silently cut.
func readCapped(r io.Reader, limit int) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(body) > limit {
		return nil, tooLarge(limit)
	}
	return body, nil
}

func tooLarge(limit int) error {
	return fmt.Errorf("%w: more than %d bytes (%s), the -max-bytes limit", cleaner.ErrTooLarge, limit, humanBytes(limit))
}

// humanBytes writes n as a short size for people: "20 MB", "512 kB", "100 B".
func humanBytes(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " kB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " kB"
	}
	return strconv.Itoa(n) + " B"
}
