//go:build js

package cleaner

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/encoding"
)

// This file is the wasm build's charset lookup. In the browser the pasted
// text arrives decoded; only a dropped file can carry a legacy encoding.
// This build decodes one legacy encoding, Windows-1252 (windows1252.go),
// which the WHATWG standard also uses for every ISO-8859-1 and ASCII label.
// The other single-byte labels below are decoded as Windows-1252 too:
// exact for their ASCII part and for Latin-9 and Turkish text mostly, wrong
// letters elsewhere. Their tables (x/text/encoding/charmap) would cost tens
// of kilobytes of the download for the rare legacy file dropped on the
// page; the native build (charset_native.go) decodes them all exactly.

// windows1252Labels are the WHATWG labels of Windows-1252.
var windows1252Labels = []string{
	"windows-1252", "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "iso_8859-1", "x-cp1252",
}

// approximatedLabels are single-byte encodings this build reads as
// Windows-1252 rather than not at all.
var approximatedLabels = []string{
	"iso-8859-2", "latin2", "l2", "iso-8859-15", "latin9", "l9",
	"windows-1250", "cp1250", "x-cp1250", "windows-1251", "cp1251", "x-cp1251",
	"windows-1253", "cp1253", "windows-1254", "cp1254", "iso-8859-9", "latin5",
	"windows-1256", "cp1256", "windows-1257", "cp1257", "koi8-r", "koi8", "koi8-u",
	"iso-8859-5", "cyrillic", "iso-8859-7", "greek",
}

// singleByte names the encodings this build decodes, by their WHATWG labels.
var singleByte = sync.OnceValue(func() map[string]encoding.Encoding {
	m := map[string]encoding.Encoding{}
	for _, l := range windows1252Labels {
		m[l] = windows1252
	}
	for _, l := range approximatedLabels {
		m[l] = windows1252
	}
	return m
})

// fallbackEncoding decodes input that is neither UTF-8 nor declared: the
// HTML standard's default for Western pages.
func fallbackEncoding() encoding.Encoding {
	return windows1252
}

var metaCharsetValue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)`)
})

// declaredEncoding returns the encoding named by the Content-Type or by a
// <meta> in the first 1024 bytes, or nil when nothing is declared or this
// build does not carry it.
func declaredEncoding(b []byte, contentType string) (encoding.Encoding, string) {
	name := charsetParam(contentType)
	if name == "" {
		if m := metaCharsetValue().FindSubmatch(b[:min(len(b), 1024)]); m != nil {
			name = string(m[1])
		}
	}
	name = strings.ToLower(strings.TrimSpace(name))
	switch name {
	case "":
		return nil, ""
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return encoding.Nop, "utf-8"
	}
	if e := singleByte()[name]; e != nil {
		return e, name
	}
	return nil, ""
}

// charsetParam returns the charset parameter of a Content-Type value
// ("text/html; charset=ISO-8859-1" gives "ISO-8859-1"), or "" when there is
// none or its quoting is broken. It stands in for mime.ParseMediaType, whose
// package (it reads the system's MIME tables) adds 156 KB to the wasm, 21 KB
// of it brotli, for a value only the library API can set in this build.
func charsetParam(contentType string) string {
	_, params, _ := strings.Cut(contentType, ";")
	for params != "" {
		var param string
		param, params = cutParam(params)
		key, value, ok := strings.Cut(param, "=")
		if ok && strings.EqualFold(strings.TrimSpace(key), "charset") {
			return unquoteParam(strings.TrimSpace(value))
		}
	}
	return ""
}

// cutParam splits off the first ';'-separated parameter, stepping over
// quoted strings, which may hold a ';'.
func cutParam(s string) (param, rest string) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch {
		case quoted && s[i] == '\\':
			i++
		case s[i] == '"':
			quoted = !quoted
		case s[i] == ';' && !quoted:
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// unquoteParam reads a token or a quoted string with backslash escapes.
func unquoteParam(v string) string {
	if !strings.HasPrefix(v, `"`) {
		return v
	}
	var b strings.Builder
	for i := 1; i < len(v); i++ {
		switch v[i] {
		case '\\':
			if i+1 < len(v) {
				i++
				b.WriteByte(v[i])
			}
		case '"':
			if i == len(v)-1 {
				return b.String()
			}
			return ""
		default:
			b.WriteByte(v[i])
		}
	}
	return "" // no closing quote
}
