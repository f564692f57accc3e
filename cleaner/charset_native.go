//go:build !js

package cleaner

import (
	"mime"
	"regexp"
	"sync"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// This file is the native build's charset lookup: every encoding of the
// WHATWG list, through x/net/html/charset. The wasm build uses a smaller
// table (charset_js.go), since the legacy CJK tables would add about a
// third to the download and the browser hands the page text already decoded.

// metaCharsetPattern finds a charset declaration; the prescan of
// x/net/html/charset then reads it the standard way.
var metaCharsetPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset`)
})

// declaredEncoding returns the encoding named by the Content-Type or by a
// <meta> in the first 1024 bytes, or nil when nothing is declared.
func declaredEncoding(b []byte, contentType string) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if e, name := charset.Lookup(params["charset"]); e != nil {
			return e, name
		}
	}
	head := b[:min(len(b), 1024)]
	if !metaCharsetPattern().Match(head) {
		return nil, ""
	}
	e, name, _ := charset.DetermineEncoding(head, "")
	return e, name
}

// fallbackEncoding decodes input that is neither UTF-8 nor declared: the
// HTML standard's default for Western pages.
func fallbackEncoding() encoding.Encoding {
	return charmap.Windows1252
}
