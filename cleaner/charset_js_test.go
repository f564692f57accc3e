package cleaner

import (
	"mime"
	"testing"
)

// The wasm build's own tests: `make web-go-test` runs them (names starting
// TestWasm) under Node with Go's go_js_wasm_exec.

func TestWasmCharsetParam(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"text/html", ""},
		{"text/html; charset=ISO-8859-1", "ISO-8859-1"},
		{"text/html;charset=utf-8", "utf-8"},
		{`text/html; CHARSET="windows-1252"`, "windows-1252"},
		{`text/html; q="a;charset=koi8-r"; charset=latin1`, "latin1"},
		{`text/html; charset="lat\"in"`, `lat"in`},
		{"text/html; format=flowed; charset=us-ascii", "us-ascii"},
		{"text/html; charset=", ""},
		{`text/html; charset="utf-8`, ""},
		{`text/html; charset="utf-8"x`, ""},
		{"text/html; charsets=utf-8", ""},
	} {
		if got := charsetParam(c.in); got != c.want {
			t.Errorf("charsetParam(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWasmCharsetParamAgreesWithMime checks the stand-in against the
// package it replaces, on well-formed values.
func TestWasmCharsetParamAgreesWithMime(t *testing.T) {
	for _, in := range []string{
		"text/html; charset=ISO-8859-1",
		`text/plain; charset="UTF-8"`,
		`text/html; a="x;y"; charset=koi8-r`,
		"application/xhtml+xml",
		"text/html; format=flowed; charset=us-ascii",
	} {
		_, params, err := mime.ParseMediaType(in)
		if err != nil {
			t.Fatalf("mime cannot read %q: %v", in, err)
		}
		if got := charsetParam(in); got != params["charset"] {
			t.Errorf("charsetParam(%q) = %q, mime says %q", in, got, params["charset"])
		}
	}
}

func TestWasmDeclaredEncodingPrefersContentType(t *testing.T) {
	page := []byte(`<html><head><meta charset="utf-8"></head></html>`)
	if _, name := declaredEncoding(page, "text/html; charset=ISO-8859-1"); name != "iso-8859-1" {
		t.Errorf("with a Content-Type charset: %q, want iso-8859-1", name)
	}
	if _, name := declaredEncoding(page, "text/html"); name != "utf-8" {
		t.Errorf("without one, the meta: %q, want utf-8", name)
	}
}
