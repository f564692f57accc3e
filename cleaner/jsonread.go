package cleaner

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Pages hold JSON in two places the metadata pass reads: their JSON-LD
// blocks and Parse.ly's older tag. parseJSON reads it rather than
// encoding/json, whose reflection-driven decoder was 7% of the web page's
// wasm (528 KB raw, 85 KB brotli: measured by building without it) for
// those two calls. It gives the values json.Unmarshal gives into an `any`
// (map[string]any, []any, string, float64, bool, nil) and fails where it
// fails; FuzzParseJSON holds the two to that.

// maxJSONDepth is how deep arrays and objects may nest, as in
// encoding/json: a deeper input is refused rather than read.
const maxJSONDepth = 10000

// jsonReader reads one JSON value from data, from pos on. The data is a
// string, as the page's text is: a string without escapes is a piece of
// it, not a copy.
type jsonReader struct {
	data  string
	pos   int
	depth int
}

// parseJSON reads data as one JSON value, with nothing but white space
// around it.
func parseJSON(data string) (any, error) {
	r := jsonReader{data: data}
	r.skipSpace()
	v, err := r.value()
	if err != nil {
		return nil, err
	}
	r.skipSpace()
	if r.pos < len(r.data) {
		return nil, r.fail("data after the value")
	}
	return v, nil
}

func (r *jsonReader) fail(what string) error {
	return fmt.Errorf("invalid JSON at byte %d: %s", r.pos, what)
}

func (r *jsonReader) skipSpace() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// next is the byte at pos, or 0 at the end (never a byte JSON allows
// there).
func (r *jsonReader) next() byte {
	if r.pos < len(r.data) {
		return r.data[r.pos]
	}
	return 0
}

func (r *jsonReader) value() (any, error) {
	switch c := r.next(); {
	case c == '{':
		return r.object()
	case c == '[':
		return r.array()
	case c == '"':
		return r.str()
	case c == 't':
		return r.literal("true", true)
	case c == 'f':
		return r.literal("false", false)
	case c == 'n':
		return r.literal("null", nil)
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	case r.pos >= len(r.data):
		return nil, r.fail("unexpected end")
	}
	return nil, r.fail("no value starts here")
}

// enter and leave count the nesting of arrays and objects.
func (r *jsonReader) enter() error {
	r.pos++ // the '{' or '['
	if r.depth++; r.depth > maxJSONDepth {
		return r.fail("nested too deep")
	}
	r.skipSpace()
	return nil
}

func (r *jsonReader) leave() {
	r.pos++ // the '}' or ']'
	r.depth--
}

func (r *jsonReader) object() (any, error) {
	if err := r.enter(); err != nil {
		return nil, err
	}
	m := map[string]any{}
	if r.next() == '}' {
		r.leave()
		return m, nil
	}
	for {
		if r.next() != '"' {
			return nil, r.fail("an object's key must be a string")
		}
		key, err := r.str()
		if err != nil {
			return nil, err
		}
		r.skipSpace()
		if r.next() != ':' {
			return nil, r.fail("':' must follow an object's key")
		}
		r.pos++
		r.skipSpace()
		v, err := r.value()
		if err != nil {
			return nil, err
		}
		m[key.(string)] = v // a key given twice: the last value, as encoding/json keeps
		r.skipSpace()
		switch r.next() {
		case ',':
			r.pos++
			r.skipSpace()
		case '}':
			r.leave()
			return m, nil
		default:
			return nil, r.fail("',' or '}' must follow an object's value")
		}
	}
}

func (r *jsonReader) array() (any, error) {
	if err := r.enter(); err != nil {
		return nil, err
	}
	list := []any{}
	if r.next() == ']' {
		r.leave()
		return list, nil
	}
	for {
		v, err := r.value()
		if err != nil {
			return nil, err
		}
		list = append(list, v)
		r.skipSpace()
		switch r.next() {
		case ',':
			r.pos++
			r.skipSpace()
		case ']':
			r.leave()
			return list, nil
		default:
			return nil, r.fail("',' or ']' must follow an array's value")
		}
	}
}

func (r *jsonReader) literal(word string, v any) (any, error) {
	if !strings.HasPrefix(r.data[r.pos:], word) {
		return nil, r.fail("not " + word)
	}
	r.pos += len(word)
	return v, nil
}

// number reads JSON's strict form (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?)
// as a float64; one beyond float64's range fails, as in encoding/json.
func (r *jsonReader) number() (any, error) {
	start := r.pos
	if r.next() == '-' {
		r.pos++
	}
	switch c := r.next(); {
	case c == '0':
		r.pos++
	case c >= '1' && c <= '9':
		r.digits()
	default:
		return nil, r.fail("a number needs a digit")
	}
	if r.next() == '.' {
		r.pos++
		if !r.digits() {
			return nil, r.fail("a digit must follow a decimal point")
		}
	}
	if c := r.next(); c == 'e' || c == 'E' {
		r.pos++
		if c := r.next(); c == '+' || c == '-' {
			r.pos++
		}
		if !r.digits() {
			return nil, r.fail("a digit must follow an exponent")
		}
	}
	f, err := strconv.ParseFloat(r.data[start:r.pos], 64)
	if err != nil {
		return nil, r.fail("number out of range")
	}
	return f, nil
}

// digits reads a run of digits and reports whether there was one.
func (r *jsonReader) digits() bool {
	start := r.pos
	for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
		r.pos++
	}
	return r.pos > start
}

// str reads a string. As encoding/json does, it writes each byte that is
// not UTF-8 as U+FFFD, and so a \u escape of half a surrogate pair.
func (r *jsonReader) str() (any, error) {
	r.pos++ // the opening quote
	start := r.pos
	// Most strings are plain ASCII with no escape: taken as they stand.
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		if c == '"' {
			r.pos++
			return r.data[start : r.pos-1], nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		r.pos++
	}
	b := append([]byte(nil), r.data[start:r.pos]...)
	for {
		if r.pos >= len(r.data) {
			return nil, r.fail("unterminated string")
		}
		switch c := r.data[r.pos]; {
		case c == '"':
			r.pos++
			return string(b), nil
		case c < 0x20:
			return nil, r.fail("control character in a string")
		case c == '\\':
			var err error
			if b, err = r.escape(b); err != nil {
				return nil, err
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			r.pos++
		default:
			ch, size := utf8.DecodeRuneInString(r.data[r.pos:])
			if ch == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, r.data[r.pos:r.pos+size]...)
			}
			r.pos += size
		}
	}
}

// jsonEscapes are the one-letter escapes and what they stand for.
var jsonEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escape reads the escape at pos and appends what it stands for to b.
func (r *jsonReader) escape(b []byte) ([]byte, error) {
	if r.pos+1 >= len(r.data) {
		return nil, r.fail("unterminated escape")
	}
	c := r.data[r.pos+1]
	if c != 'u' {
		if jsonEscapes[c] == 0 {
			return nil, r.fail("unknown escape")
		}
		r.pos += 2
		return append(b, jsonEscapes[c]), nil
	}
	ch, ok := hex4(r.data[r.pos+2:])
	if !ok {
		return nil, r.fail(`\u needs four hex digits`)
	}
	r.pos += 6
	if utf16.IsSurrogate(ch) {
		// Half a pair makes a character only with the other half next.
		if r.pos+1 < len(r.data) && r.data[r.pos] == '\\' && r.data[r.pos+1] == 'u' {
			if low, ok := hex4(r.data[r.pos+2:]); ok {
				if pair := utf16.DecodeRune(ch, low); pair != utf8.RuneError {
					r.pos += 6
					return utf8.AppendRune(b, pair), nil
				}
			}
		}
		ch = utf8.RuneError
	}
	return utf8.AppendRune(b, ch), nil
}

// hex4 reads four hex digits at the start of b.
func hex4(b string) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var ch rune
	for _, c := range []byte(b[:4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		ch = ch<<4 | rune(c)
	}
	return ch, true
}
