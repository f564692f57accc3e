package main

import (
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// pageFiles serves the built web page from a directory: the right media
// types (application/wasm included), precompressed .br and .gz variants
// when the client accepts them, and cache headers that let the page update
// the moment a new build lands.
type pageFiles struct {
	root string
}

// mediaTypes are the page's file types. A table rather than the system's
// mime.types, which differs between machines (and lacks wasm on some).
var mediaTypes = [...]struct{ ext, mediaType string }{
	{".html", "text/html; charset=utf-8"},
	{".js", "text/javascript; charset=utf-8"},
	{".mjs", "text/javascript; charset=utf-8"},
	{".css", "text/css; charset=utf-8"},
	{".wasm", "application/wasm"},
	{".json", "application/json; charset=utf-8"},
	{".map", "application/json; charset=utf-8"},
	{".webmanifest", "application/manifest+json; charset=utf-8"},
	{".svg", "image/svg+xml"},
	{".png", "image/png"},
	{".jpg", "image/jpeg"},
	{".webp", "image/webp"},
	{".ico", "image/x-icon"},
	{".txt", "text/plain; charset=utf-8"},
	{".woff2", "font/woff2"},
}

// encodings are the precompressed variants looked for beside a file, best
// first.
var encodings = [...]struct{ name, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// frameAncestors is the policy sent with each HTML file, beside the one the
// page declares itself.
const frameAncestors = "frame-ancestors 'none'"

// Cache-Control values.
const (
	cacheRevalidate = "no-cache"                            // use only after a 304 from us
	cacheImmutable  = "public, max-age=31536000, immutable" // content-hashed names
)

// defaultFavicon is served at /favicon.ico and /favicon.svg when the build
// has none: a sieve-like mark, so browsers stop asking with 404s.
const defaultFavicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
	`<rect width="32" height="32" rx="6" fill="#2f5d50"/>` +
	`<path d="M7 10h18M9 16h14M12 22h8" stroke="#f4efe3" stroke-width="3" stroke-linecap="round"/></svg>`

func (p pageFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	urlPath := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		urlPath = path.Join(urlPath, "index.html")
	}
	if hidden(urlPath) {
		http.NotFound(w, r)
		return
	}
	name := filepath.Join(p.root, filepath.FromSlash(urlPath))
	info, err := os.Stat(name)
	if err == nil && info.IsDir() {
		http.Redirect(w, r, urlPath+"/", http.StatusMovedPermanently)
		return
	}
	if err != nil {
		if urlPath == "/favicon.ico" || urlPath == "/favicon.svg" {
			serveDefaultFavicon(w, r)
			return
		}
		http.NotFound(w, r)
		return
	}

	hd := w.Header()
	hd.Set("Content-Type", mediaTypeOf(urlPath))
	hd.Set("Cache-Control", cachePolicy(urlPath))
	hd.Set("X-Content-Type-Options", "nosniff")
	if strings.HasSuffix(urlPath, ".html") {
		// The page's own policy is a meta element, which cannot say who may
		// frame the page: no one may, so no other site can lay the page
		// under its own and lead a reader's clicks.
		hd.Set("Content-Security-Policy", frameAncestors)
	}
	served, encoding := name, ""
	for _, enc := range encodings {
		variant, err := os.Stat(name + enc.suffix)
		if err != nil || variant.IsDir() {
			continue
		}
		hd.Add("Vary", "Accept-Encoding")
		if encoding == "" && acceptsEncoding(r.Header.Get("Accept-Encoding"), enc.name) {
			served, encoding, info = name+enc.suffix, enc.name, variant
		}
	}
	if hd.Get("Vary") != "" {
		hd["Vary"] = hd["Vary"][:1]
	}
	f, err := os.Open(served)
	if err != nil {
		http.Error(w, "cannot read "+urlPath, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if encoding != "" {
		hd.Set("Content-Encoding", encoding)
	}
	hd.Set("ETag", etag(info, encoding))
	http.ServeContent(w, r, "", info.ModTime(), f)
}

func serveDefaultFavicon(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeContent(w, r, "", time.Time{}, strings.NewReader(defaultFavicon))
}

// hidden reports paths with a dot-file segment (.git, .env, .wrangler).
func hidden(urlPath string) bool {
	for seg := range strings.SplitSeq(urlPath, "/") {
		if strings.HasPrefix(seg, ".") {
			return true
		}
	}
	return false
}

func mediaTypeOf(urlPath string) string {
	ext := strings.ToLower(path.Ext(urlPath))
	for _, m := range mediaTypes {
		if m.ext == ext {
			return m.mediaType
		}
	}
	return "application/octet-stream"
}

// cachePolicy: the page and its service worker are always revalidated, so
// a deploy shows at once; a name carrying a content hash never changes, so
// it is kept a year; everything else is revalidated against its ETag.
func cachePolicy(urlPath string) string {
	if hasContentHash(path.Base(urlPath)) {
		return cacheImmutable
	}
	return cacheRevalidate
}

// hasContentHash spots names like app.3f9a1c2b.js or reader-3F9A1C2B0d.css:
// a part of 8 or more hex digits between separators, before the extension.
func hasContentHash(base string) bool {
	stem := strings.TrimSuffix(base, path.Ext(base))
	parts := strings.FieldsFunc(stem, func(r rune) bool { return r == '.' || r == '-' || r == '_' })
	for _, part := range parts[min(1, len(parts)):] {
		if len(part) >= 8 && strings.Trim(part, "0123456789abcdefABCDEF") == "" {
			return true
		}
	}
	return false
}

// acceptsEncoding reads an Accept-Encoding header: the coding, or "*", with
// a q-value above zero; an explicit q=0 refuses it.
func acceptsEncoding(header, coding string) bool {
	star := false
	for item := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(item), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		ok := qualityAboveZero(params)
		if name == coding {
			return ok
		}
		if name == "*" {
			star = ok
		}
	}
	return star
}

func qualityAboveZero(params string) bool {
	for param := range strings.SplitSeq(params, ";") {
		key, value, _ := strings.Cut(strings.TrimSpace(param), "=")
		if strings.EqualFold(strings.TrimSpace(key), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			return err == nil && q > 0
		}
	}
	return true
}

// etag names one version of one encoding of a file, from its size and time:
// cheap, and a new build changes it.
func etag(info os.FileInfo, encoding string) string {
	tag := fmt.Sprintf("%x-%x", info.ModTime().UnixNano(), info.Size())
	if encoding != "" {
		tag += "-" + encoding
	}
	return `"` + tag + `"`
}
