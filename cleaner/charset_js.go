//go:build js

package cleaner

import (
	"mime"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// This file is the wasm build's charset lookup. In the browser the pasted
// text arrives decoded; only a dropped file can carry a legacy encoding, and
// for those the single-byte tables below cover the common cases without the
// weight of the CJK tables (the native build, charset_native.go, has all).

// singleByte names the encodings this build decodes, by their WHATWG labels.
var singleByte = sync.OnceValue(func() map[string]encoding.Encoding {
	m := map[string]encoding.Encoding{}
	add := func(e encoding.Encoding, labels ...string) {
		for _, l := range labels {
			m[l] = e
		}
	}
	add(charmap.Windows1252, "windows-1252", "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "iso_8859-1", "x-cp1252")
	add(charmap.ISO8859_2, "iso-8859-2", "latin2", "l2")
	add(charmap.ISO8859_15, "iso-8859-15", "latin9", "l9")
	add(charmap.Windows1250, "windows-1250", "cp1250", "x-cp1250")
	add(charmap.Windows1251, "windows-1251", "cp1251", "x-cp1251")
	add(charmap.Windows1253, "windows-1253", "cp1253")
	add(charmap.Windows1254, "windows-1254", "cp1254", "iso-8859-9", "latin5")
	add(charmap.Windows1256, "windows-1256", "cp1256")
	add(charmap.Windows1257, "windows-1257", "cp1257")
	add(charmap.KOI8R, "koi8-r", "koi8")
	add(charmap.KOI8U, "koi8-u")
	add(charmap.ISO8859_5, "iso-8859-5", "cyrillic")
	add(charmap.ISO8859_7, "iso-8859-7", "greek")
	return m
})

var metaCharsetValue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)`)
})

// declaredEncoding returns the encoding named by the Content-Type or by a
// <meta> in the first 1024 bytes, or nil when nothing is declared or this
// build does not carry it.
func declaredEncoding(b []byte, contentType string) (encoding.Encoding, string) {
	name := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		name = params["charset"]
	}
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
