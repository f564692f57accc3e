package cleaner

import (
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// The Article's JSON is written here by hand rather than by encoding/json:
// the contract is a few flat structs of strings, and nearly all of its
// bytes are the article three times over (HTML, text, Markdown). encoding/json
// looks at those one byte at a time; appendJSONString passes over eight
// ASCII bytes at once. On a 100 KB article that is 1.5 ms of a native
// clean's 8.5 and 3-4 ms of a clean in wasm, where the Worker and the page
// pay it on every request. The output is byte for byte what encoding/json
// writes with SetEscapeHTML(false): json_test.go holds every field and
// every escape to that.

// appendArticleJSON appends a as one compact JSON object.
func appendArticleJSON(b []byte, a *Article) []byte {
	b = appendJSONField(b, '{', "title", a.Title)
	b = appendJSONField(b, ',', "byline", a.Byline)
	b = appendJSONField(b, ',', "siteName", a.SiteName)
	b = appendJSONField(b, ',', "published", a.Published)
	b = appendJSONField(b, ',', "lang", a.Lang)
	b = appendJSONField(b, ',', "dir", a.Dir)
	b = appendJSONField(b, ',', "excerpt", a.Excerpt)
	b = appendJSONField(b, ',', "image", a.Image)
	b = appendJSONField(b, ',', "url", a.URL)
	b = append(b, `,"wordCount":`...)
	b = strconv.AppendInt(b, int64(a.WordCount), 10)
	b = append(b, `,"readingMinutes":`...)
	b = strconv.AppendInt(b, int64(a.ReadingMinutes), 10)
	b = appendJSONField(b, ',', "inputKind", a.InputKind)
	b = appendJSONField(b, ',', "html", a.HTML)
	b = appendJSONField(b, ',', "text", a.Text)
	b = appendJSONField(b, ',', "markdown", a.Markdown)
	b = append(b, `,"removed":`...)
	b = appendJSONList(b, a.Removed, func(b []byte, r Removal) []byte {
		b = appendJSONField(b, '{', "id", r.ID)
		b = appendJSONField(b, ',', "rule", r.Rule)
		b = appendJSONField(b, ',', "reason", r.Reason)
		b = appendJSONField(b, ',', "text", r.Text)
		b = appendJSONField(b, ',', "html", r.HTML)
		b = append(b, `,"inArticle":`...)
		return append(strconv.AppendBool(b, r.InArticle), '}')
	})
	b = append(b, `,"comments":`...)
	b = appendJSONList(b, a.Comments, func(b []byte, c Comment) []byte {
		b = appendJSONField(b, '{', "author", c.Author)
		b = appendJSONField(b, ',', "published", c.Published)
		b = appendJSONField(b, ',', "text", c.Text)
		return append(b, '}')
	})
	return append(b, '}')
}

// ErrorJSON is the object a door answers with when it has no Article to
// give: {"error": message, "code": code}. It spares a door encoding/json
// for the one object it writes besides the Article (see jsonread.go).
func ErrorJSON(code, message string) []byte {
	b := appendJSONField(make([]byte, 0, 32+len(message)+len(code)), '{', "error", message)
	b = appendJSONField(b, ',', "code", code)
	return append(b, '}')
}

// appendJSONList appends list as a JSON array, each item as item writes
// it; a nil list is null, as encoding/json writes it.
func appendJSONList[T any](b []byte, list []T, item func([]byte, T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = item(b, v)
	}
	return append(b, ']')
}

// appendJSONField appends sep ('{' for an object's first field, else
// ','), then "name":value. name needs no escapes.
func appendJSONField(b []byte, sep byte, name, value string) []byte {
	b = append(b, sep, '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendJSONString(b, value)
}

// jsonHex is the digits of \u escapes, lower case as encoding/json writes them.
const jsonHex = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escapes: '"', '\\' and the control characters escaped,
// U+2028 and U+2029 (which JavaScript reads as line ends) as \u escapes,
// each byte of a broken UTF-8 sequence as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	valid := utf8.ValidString(s) // the cleaner's strings always are: the fast path
	b = append(b, '"')
	start, i := 0, 0
	for i < len(s) {
		// Eight bytes at a time while none of them needs a look: below
		// 0x20, '"', '\\', or 0xE2 (the lead byte of U+2028 and U+2029);
		// in broken UTF-8, any byte past ASCII. Else straight to the
		// first that does.
		if i+8 <= len(s) {
			marks := jsonSuspectBytes(loadWord(s[i:i+8]), valid)
			if marks == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(marks) / 8
		}
		c := s[i]
		switch {
		case c >= utf8.RuneSelf && valid:
			// The word just passed over may end inside a rune, so i may
			// be at a continuation byte: only 0xE2 is read, which in valid
			// UTF-8 is always a rune's first byte.
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', jsonHex[s[i+2]&0xF])
				i += 3
				start = i
				continue
			}
			i++
			continue
		case c >= utf8.RuneSelf:
			// Broken UTF-8 passes over ASCII words only, so i is at the
			// start of a rune or of a broken sequence.
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
			default:
				i += size
				continue
			}
			i += size
			start = i
			continue
		case c >= 0x20 && c != '"' && c != '\\':
			i++
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSuspectBytes sets the high bit of each byte of w that may need
// escaping (see appendJSONString). Each test marks a byte that is below
// 0x20, or equal to a given byte; a borrow may also mark bytes above one
// already marked, never below it, so the lowest mark is always true.
func jsonSuspectBytes(w uint64, valid bool) uint64 {
	marks := bytesBelow(w, 0x20) | bytesEqual(w, '"') | bytesEqual(w, '\\')
	if valid {
		return marks | bytesEqual(w, 0xE2)
	}
	return marks | w&highBits
}

// bytesBelow marks the bytes of w below n, for n ≤ 0x80 (and, after a
// marked byte, maybe others).
func bytesBelow(w uint64, n byte) uint64 {
	return (w - uint64(n)*bytesOf1) &^ w & highBits
}

// bytesEqual marks the bytes of w equal to c (and, after a marked byte,
// maybe others).
func bytesEqual(w uint64, c byte) uint64 {
	return bytesBelow(w^(uint64(c)*bytesOf1), 1)
}
