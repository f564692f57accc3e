package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

func TestReadPages(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	write("a1.html.gz", gz("<p>one</p>"))
	write("b2.html.gz", gz("<p>two</p>"))
	write("notes.txt", []byte("not a page"))

	pages, err := readPages(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ id, want string }{
		{"a1", "<p>one</p>"},
		{"b2", "<p>two</p>"},
	} {
		if got := string(pages[c.id]); got != c.want {
			t.Errorf("page %s = %q, want %q", c.id, got, c.want)
		}
	}
	if len(pages) != 2 {
		t.Errorf("read %d pages, want 2 (only *.html.gz)", len(pages))
	}

	write("bad.html.gz", []byte("not gzip"))
	if _, err := readPages(dir); err == nil {
		t.Error("a corrupt page was read without error")
	}
}
