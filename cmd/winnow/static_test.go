package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writePage lays out a small built page in a temporary directory.
func writePage(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":           "<!doctype html><title>winnow</title><h1>page</h1>",
		"app.js":               "console.log('app')",
		"app.js.br":            "BROTLI-BYTES",
		"app.js.gz":            "GZIP-BYTES",
		"reader.css":           "body{}",
		"reader.css.gz":        "GZIP-CSS",
		"winnow.wasm":          "\x00asm\x01\x00\x00\x00",
		"sw.js":                "self.addEventListener('fetch', () => {})",
		"manifest.webmanifest": `{"name": "winnow"}`,
		"chunk.3f9a1c2b.js":    "hashed()",
		"docs/index.html":      "<p>docs</p>",
		".env":                 "SECRET=1",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestPageFiles(t *testing.T) {
	h := pageFiles{root: writePage(t)}
	tests := []struct {
		name           string
		method, target string
		acceptEncoding string
		ifNoneMatch    bool // send the ETag of a first response back
		wantStatus     int
		wantType       string
		wantEncoding   string
		wantVary       string
		wantCache      string
		wantBody       string // prefix
	}{
		{"root is index.html", "GET", "/", "", false, 200, "text/html; charset=utf-8", "", "", "no-cache", "<!doctype html>"},
		{"index.html", "GET", "/index.html", "", false, 200, "text/html; charset=utf-8", "", "", "no-cache", "<!doctype html>"},
		{"brotli preferred", "GET", "/app.js", "gzip, deflate, br", false, 200, "text/javascript; charset=utf-8", "br", "Accept-Encoding", "no-cache", "BROTLI-BYTES"},
		{"gzip when no brotli", "GET", "/app.js", "gzip", false, 200, "text/javascript; charset=utf-8", "gzip", "Accept-Encoding", "no-cache", "GZIP-BYTES"},
		{"brotli refused with q=0", "GET", "/app.js", "br;q=0, gzip;q=0.5", false, 200, "text/javascript; charset=utf-8", "gzip", "Accept-Encoding", "no-cache", "GZIP-BYTES"},
		{"identity when nothing accepted", "GET", "/app.js", "", false, 200, "text/javascript; charset=utf-8", "", "Accept-Encoding", "no-cache", "console.log"},
		{"star accepts", "GET", "/reader.css", "*", false, 200, "text/css; charset=utf-8", "gzip", "Accept-Encoding", "no-cache", "GZIP-CSS"},
		{"no variant, no Vary", "GET", "/sw.js", "br, gzip", false, 200, "text/javascript; charset=utf-8", "", "", "no-cache", "self."},
		{"wasm media type", "GET", "/winnow.wasm", "", false, 200, "application/wasm", "", "", "no-cache", "\x00asm"},
		{"manifest", "GET", "/manifest.webmanifest", "", false, 200, "application/manifest+json; charset=utf-8", "", "", "no-cache", "{"},
		{"hashed name kept a year", "GET", "/chunk.3f9a1c2b.js", "", false, 200, "text/javascript; charset=utf-8", "", "", cacheImmutable, "hashed()"},
		{"revalidation", "GET", "/app.js", "br", true, 304, "", "", "", "", ""},
		{"head", "HEAD", "/index.html", "", false, 200, "text/html; charset=utf-8", "", "", "no-cache", ""},
		{"directory redirect", "GET", "/docs", "", false, 301, "", "", "", "", ""},
		{"directory index", "GET", "/docs/", "", false, 200, "text/html; charset=utf-8", "", "", "no-cache", "<p>docs</p>"},
		{"default favicon", "GET", "/favicon.ico", "", false, 200, "image/svg+xml", "", "", "public, max-age=86400", "<svg"},
		{"dot file hidden", "GET", "/.env", "", false, 404, "", "", "", "", ""},
		{"escape attempt", "GET", "/../../etc/passwd", "", false, 404, "", "", "", "", ""},
		{"missing", "GET", "/nope.js", "", false, 404, "", "", "", "", ""},
		{"post refused", "POST", "/index.html", "", false, 405, "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			do := func(etag string) *httptest.ResponseRecorder {
				req := httptest.NewRequest(tt.method, "http://x"+tt.target, nil)
				req.URL.Path = tt.target // keep ".." for the escape attempt
				if tt.acceptEncoding != "" {
					req.Header.Set("Accept-Encoding", tt.acceptEncoding)
				}
				if etag != "" {
					req.Header.Set("If-None-Match", etag)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				return rec
			}
			rec := do("")
			if tt.ifNoneMatch {
				etag := rec.Header().Get("ETag")
				if etag == "" {
					t.Fatal("no ETag")
				}
				rec = do(etag)
			}
			if rec.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d: %s", rec.Code, tt.wantStatus, rec.Body)
			}
			if tt.wantStatus != 200 {
				return
			}
			hd := rec.Header()
			// Every HTML file, and nothing else, says no one may frame it.
			wantPolicy := ""
			if strings.HasPrefix(tt.wantType, "text/html") {
				wantPolicy = "frame-ancestors 'none'"
			}
			for _, c := range []struct{ name, got, want string }{
				{"Content-Security-Policy", hd.Get("Content-Security-Policy"), wantPolicy},
				{"Content-Type", hd.Get("Content-Type"), tt.wantType},
				{"Content-Encoding", hd.Get("Content-Encoding"), tt.wantEncoding},
				{"Vary", strings.Join(hd.Values("Vary"), ", "), tt.wantVary},
				{"Cache-Control", hd.Get("Cache-Control"), tt.wantCache},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
				}
			}
			if !strings.HasPrefix(rec.Body.String(), tt.wantBody) {
				t.Errorf("body = %.40q, want prefix %q", rec.Body, tt.wantBody)
			}
		})
	}
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"gzip", "br", false},
		{"", "gzip", false},
		{"*", "br", true},
		{"*;q=0", "br", false},
		{"br;q=0, *", "br", false},
		{"BR;Q=0.5", "br", true},
		{"gzip;q=0.000", "gzip", false},
		{"gzip;q=bogus", "gzip", false},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

func TestHasContentHash(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"app.3f9a1c2b.js", true},
		{"reader-3F9A1C2B0d.css", true},
		{"winnow.0123456789abcdef.wasm", true},
		{"app.js", false},
		{"deadbeef.js", false}, // the whole name, not a hash beside one
		{"app.1234.js", false},
		{"sw.js", false},
		{"index.html", false},
	}
	for _, tt := range tests {
		if got := hasContentHash(tt.name); got != tt.want {
			t.Errorf("hasContentHash(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
