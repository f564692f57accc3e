package cleaner

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Half the bytes of a typical page are the text of its <script> and <style>
// elements: the tokenizer reads every one of them, a byte at a time, only
// for the normalize pass to drop the elements. withoutUnread leaves that
// text out before the page is parsed, so the parser never reads it, and
// the text of comments too (a few percent more), and the data attributes
// no pass reads (a tenth of what is left, which the parser would copy into
// the tree for the passes to step over and the sanitizer to drop), and the
// <link>s, <script>s and <meta>s of the head that no pass reads (icons,
// stylesheets, preloads, script files, viewport and verification metas:
// unreadLink, unreadScriptEnd, unreadMeta; <link>s were 4% of what the
// parser read, and the normalize pass drops them all). And it
// shortens each run of white space between two tags, the indentation of
// the page's markup (an eighth of what is left), to the one line feed or
// space a browser shows of it: the run stays white space, so the parser
// builds the same nodes, and no pass reads white space for more than that.
// From the first element that may show its white space as written (<pre>,
// <code>, keepsSpace) on, runs are left as they are.
//
// It must find each element's end exactly where x/net/html's tokenizer
// will, or the tree would change. So it follows the tokenizer's own rules
// (tags and their quoted attributes, comments, the raw text of <textarea>,
// <title>, <noscript> and the like, the escapes of script data), and where
// the tokenizer's reading depends on the tree it stops leaving things out
// for the rest of the page:
//   - at a <math> start tag, and at an <svg> one unless the drawing is
//     plain (svgEnd): in foreign content <style> and <script> are not raw
//     text, except at integration points;
//   - at <frameset>, where a script's white space is kept as text;
//   - at <plaintext>, and where the input ends inside a tag, a comment or
//     an element's text.
//
// The JSON-LD scripts the metadata pass reads keep their text, as does any
// script whose start tag holds a character reference that might spell one.
// TestWithoutUnreadKeepsTheTree and FuzzWithoutUnread hold the result to
// the parser's: the same tree, but for what is left out (of each comment,
// an empty comment node stays; of an unread link, script or meta of the
// head, nothing, and the text on either side of it joins) and the length
// of the runs of white space.
func withoutUnread(src string) string {
	var b strings.Builder
	copied := 0 // src[:copied] is written to b, when b is in use
	// leaveOut writes what comes before from, then with in place of
	// src[from:to]; copying goes on at to.
	leaveOut := func(from, to int, with string) {
		if b.Cap() == 0 {
			// What is left is never longer than src: one allocation, not
			// the several of growing from a guess (a text-heavy page keeps
			// nearly all of it).
			b.Grow(len(src))
		}
		b.WriteString(src[copied:from])
		b.WriteString(with)
		copied = to
	}
	i := 0
	shrink := true    // white space between tags may be shortened
	inHead := true    // the parser is still in the page's head (unreadLink, unreadMeta, unreadScriptEnd)
	headOpen := false // and has opened it
scan:
	for {
		lt := strings.IndexByte(src[i:], '<')
		if lt < 0 || i+lt+1 >= len(src) {
			break
		}
		if lt > 0 && (shrink || inHead) {
			with := shortSpace(src[i : i+lt])
			if with == "" {
				inHead = false // text: the body starts
			} else if shrink && lt > 1 {
				leaveOut(i, i+lt, with)
			}
		}
		i += lt
		switch c := src[i+1]; {
		case isASCIILetter(c):
			name, end, data, ok := scanTagAttrs(src, i+1)
			if !ok {
				break scan
			}
			if inHead {
				switch tag := tagName(name); tag {
				case "link", "meta":
					unread := unreadLink
					if tag == "meta" {
						unread = unreadMeta
					}
					// Only once the head is open: before, this tag would
					// open it, and white space after it would be the
					// head's text, where without it the parser drops it.
					if headOpen && unread(src, i+1+len(name), end) {
						leaveOut(i, end, "")
						i = end
						continue
					}
					headOpen = true
				case "script":
					if headOpen {
						if to := unreadScriptEnd(src, i+1+len(name), end); to > 0 {
							leaveOut(i, to, "")
							i = to
							continue
						}
					}
					headOpen = true
				case "head", "title", "base", "style", "noscript", "basefont", "bgsound":
					headOpen = true
				case "html":
				default:
					inHead = false // the body starts, or may
				}
			}
			if data {
				leaveOutAttrs(src, i+1+len(name), end, unreadDataAttr, leaveOut)
			}
			kind, lower := rawTextKind(name)
			switch kind {
			case rawNone:
				if shrink && keepsSpace(name) {
					shrink = false
				}
				i = end
				continue
			case rawStop:
				if lower != "svg" {
					break scan
				}
				var paths [][2]int // the path tags, where their data is left out
				if i = svgEnd(src, i+1+len(name), end, &paths); i < 0 {
					break scan
				}
				for _, p := range paths {
					leaveOutAttrs(src, p[0], p[1], isPathData, leaveOut)
				}
				continue
			}
			var close int // where the element's end tag starts
			if kind == rawScript {
				close = scriptDataEnd(src, end)
			} else {
				close = rawTextEnd(src, end, lower)
			}
			if close < 0 {
				break scan
			}
			if (kind == rawScript && !mayBeJSONLD(src[i:end]) || kind == rawStyle) && close > end {
				leaveOut(end, close, "")
			}
			i = close
		case c == '/':
			if i+2 >= len(src) {
				break scan
			}
			switch c2 := src[i+2]; {
			case c2 == '>': // "</>" is no token at all
				i += 3
			case isASCIILetter(c2):
				name, end, ok := scanTag(src, i+2)
				if !ok {
					break scan
				}
				if inHead {
					switch tagName(name) {
					case "title", "style", "script", "noscript": // the end of the head's raw text
					default:
						inHead = false // </head>, </html>, a stray one: the head may end
					}
				}
				i = end
			default: // a bogus comment, to the next '>'
				if i = closeAngle(src, i+2); i < 0 {
					break scan
				}
			}
		case c == '!':
			if strings.HasPrefix(src[i+2:], "--") {
				end := commentEnd(src, i+4)
				if end < 0 {
					break scan
				}
				if end-i > len(emptyComment) {
					// The comment's text too: no pass reads it, and the
					// output has no comments. An empty one stands in its
					// place, so the tree keeps its node.
					leaveOut(i, end, emptyComment)
				}
				i = end
				continue
			}
			// A doctype or a bogus comment: either ends at the next '>'.
			if i = closeAngle(src, i+2); i < 0 {
				break scan
			}
		case c == '?':
			if i = closeAngle(src, i+1); i < 0 {
				break scan
			}
		default:
			inHead = false // a '<' of the text
			i++
		}
	}
	if b.Cap() == 0 {
		return src
	}
	b.WriteString(src[copied:])
	return b.String()
}

// tagName is name, as written, lowercased as the tokenizer reads it, when
// it is ASCII letters only; else "", which names no tag withoutUnread looks
// for. strings.EqualFold would take "ſtyle" (a long s) for "style", where
// the tokenizer sees another element.
func tagName(name string) string {
	if !isASCIIWord(name) {
		return ""
	}
	return lowerASCIIString(name)
}

// linkReadRels are the rel values that make a <link> read: the page's
// address (resolveBase), its image (metadata), its author.
var linkReadRels = []string{"canonical", "image_src", "author"}

// linkUnreadAttrs are the attributes a <link> may have and still be left
// out, with the data attributes no pass reads: none of them is read of a
// <link> by any pass, and the normalize pass drops every <link>. An id, a
// class, microdata (itemprop) or anything else keeps it, as a selector may
// find it by them.
var linkUnreadAttrs = []string{
	"rel", "href", "type", "media", "as", "crossorigin", "sizes", "hreflang", "title", "integrity",
	"referrerpolicy", "fetchpriority", "color", "nonce", "imagesrcset", "imagesizes", "blocking",
	"disabled", "charset", "rev", "target",
}

// unreadLink reports whether the <link> start tag whose name ends at at and
// which ends at end can be left out before parsing: in the head (the caller
// knows), nothing the passes read. The parser would make it an element of
// the head, which holds no text the page shows; left out, the white space
// on either side of it makes one text node instead of two. A tag with a
// character reference or a NUL byte stays: its values would read otherwise
// once decoded.
func unreadLink(src string, at, end int) bool {
	return !hasRefOrNUL(src[at:end]) && unreadAttrs(src, at, end, linkUnreadAttrs, []string{"rel"}, func(token string) bool {
		return slices.Contains(linkReadRels, token)
	})
}

// metaUnreadAttrs are the attributes a <meta> may have and still be left
// out, with the data attributes no pass reads, when the keys it names are
// not read (metaReadKeys): readPageMeta reads a meta's content (or value)
// by the keys, and the normalize pass drops every <meta>. Microdata
// (itemprop), an id, a class or anything else keeps it, as a selector may
// find it by them.
var metaUnreadAttrs = []string{"name", "property", "http-equiv", "content", "value", "charset", "scheme", "lang", "media"}

// metaKeyAttrs are the attributes whose words name a meta's keys.
var metaKeyAttrs = []string{"name", "property", "http-equiv"}

// unreadMeta reports whether the <meta> start tag whose name ends at at
// and which ends at end can be left out before parsing: in the head (the
// caller knows), naming no key a pass reads. It reads the keys as
// readPageMeta does; a tag with a character reference or a NUL byte stays,
// as its values would read otherwise once decoded. The input stage has
// taken the page's charset from the bytes before this runs.
func unreadMeta(src string, at, end int) bool {
	return !hasRefOrNUL(src[at:end]) && unreadAttrs(src, at, end, metaUnreadAttrs, metaKeyAttrs, func(key string) bool {
		return metaReadKeys[key]
	})
}

// hasRefOrNUL reports whether tag holds a '&', which may start a character
// reference, or a NUL byte: either makes the tokenizer read a value
// otherwise than it is written.
func hasRefOrNUL(tag string) bool {
	return strings.IndexByte(tag, '&') >= 0 || strings.IndexByte(tag, 0) >= 0
}

// scriptUnreadAttrs are the attributes a <script> of the head may have and
// still be left out, with the data attributes no pass reads (its text is
// left out already): the metadata pass reads JSON-LD scripts only, and the
// normalize pass drops every script.
var scriptUnreadAttrs = []string{
	"src", "type", "async", "defer", "crossorigin", "integrity", "nonce", "charset", "language",
	"referrerpolicy", "nomodule", "fetchpriority", "blocking",
}

// unreadScriptEnd returns where the <script> element whose start tag's
// name ends at at, and which ends at end, ends with its end tag, when it
// can be left out whole in the head (the caller knows the head is open):
// no JSON-LD, nothing a pass reads, no character reference or NUL in the
// start tag. It is 0 otherwise.
func unreadScriptEnd(src string, at, end int) int {
	if mayBeJSONLD(src[at:end]) || strings.IndexByte(src[at:end], 0) >= 0 || !unreadAttrs(src, at, end, scriptUnreadAttrs, nil, nil) {
		return 0
	}
	close := scriptDataEnd(src, end)
	if close < 0 {
		return 0
	}
	if _, to, ok := scanTag(src, close+2); ok {
		return to
	}
	return 0
}

// unreadAttrs reports whether every attribute of the start tag whose name
// ends at at and which ends at end is one of keys or an unread data
// attribute, by a plain name, and whether no word of the value of one of
// valueKeys is read, lowercased as the passes read them: one walk over the
// attributes.
func unreadAttrs(src string, at, end int, keys, valueKeys []string, read func(word string) bool) bool {
	unread := true
	eachAttr(src, at, end, func(name string, _ int, a tagAttr) {
		key, plain := plainAttrName(name)
		switch {
		case !unread:
		case !plain || !slices.Contains(keys, key) && !unreadDataAttr(key):
			unread = false
		case slices.Contains(valueKeys, key):
			for word := range strings.FieldsSeq(strings.ToLower(src[a.valueStart:a.valueEnd])) {
				unread = unread && !read(word)
			}
		}
	})
	return unread
}

// shortSpace is what a run of white space between tags can be shortened
// to without changing what a browser shows ("\n" for a run that breaks
// a line, " " for one that does not), or "" when text is not such a run.
func shortSpace(text string) string {
	newline := false
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n', '\r':
			newline = true
		case ' ', '\t', '\f':
		default:
			return ""
		}
	}
	if newline {
		return "\n"
	}
	return " "
}

// keepsSpace reports whether the element named name (as written) may show
// its white space as written, or hold code that does: from its start tag
// on, withoutUnread leaves white space alone.
func keepsSpace(name string) bool {
	switch len(name) {
	case 2:
		return strings.EqualFold(name, "tt")
	case 3:
		return strings.EqualFold(name, "pre") || strings.EqualFold(name, "kbd")
	case 4:
		return strings.EqualFold(name, "code") || strings.EqualFold(name, "samp")
	case 7:
		return strings.EqualFold(name, "listing")
	}
	return false
}

// emptyComment is what withoutUnread leaves of a comment.
const emptyComment = "<!---->"

// The kinds of start tag withoutUnread tells apart.
const (
	rawNone   = iota // an element whose content is tokenized as usual
	rawScript        // script data, with its escapes
	rawStyle         // raw text, left out
	rawOther         // raw text or RCDATA, read past
	rawStop          // the tokenizer's reading depends on the tree from here
)

// rawTextNames gives, per kind, the names of the elements of that kind,
// lowercased. The tokenizer decides by the name alone.
var rawTextNames = [...][]string{
	rawScript: {"script"},
	rawStyle:  {"style"},
	rawOther:  {"iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp"},
	rawStop:   {"svg", "math", "frameset", "plaintext"},
}

// rawTextKind is the kind of the start tag named name, as written, and
// the name as rawTextNames has it.
func rawTextKind(name string) (kind int, lower string) {
	if len(name) < 3 || len(name) > 9 || !rawTextShapes.mayHold(name) || !isASCIIWord(name) {
		return rawNone, ""
	}
	for kind, names := range rawTextNames {
		for _, n := range names {
			// The first letter and the length rule out most names cheaply.
			if len(n) == len(name) && n[0] == name[0]|0x20 && strings.EqualFold(name, n) {
				return kind, n
			}
		}
	}
	return rawNone, ""
}

// rawTextShapes holds the lengths and first letters of the names in
// rawTextNames (nameShapes, vocabulary.go): most start tags ("div",
// "span", "img") are told apart by these two alone.
var rawTextShapes = func() (shapes nameShapes) {
	for _, names := range rawTextNames {
		for _, n := range names {
			shapes.add(n)
		}
	}
	return shapes
}()

// letterSet is a set of ASCII letters, in either case.
type letterSet uint32

func (s *letterSet) add(c byte)     { *s |= 1 << (c & 31) }
func (s letterSet) has(c byte) bool { return s&(1<<(c&31)) != 0 }

// rawTextEnd returns where the raw text starting at from ends: at the first
// "</" followed by name (lowercase, matched in either case) and a space,
// '/' or '>'. It is -1 when the input ends first.
func rawTextEnd(src string, from int, name string) int {
	for i := from; ; {
		j := strings.Index(src[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		switch found, _ := endTagAt(src, i+2, name); found {
		case endTagFound:
			return i
		case endTagEOF:
			return -1
		}
		i++
	}
}

// The answers of endTagAt.
const (
	endTagNo = iota
	endTagFound
	endTagEOF // the input ends before it is known
)

// endTagAt tells whether src[at:] starts with name (lowercase, matched in
// either case) followed by a space, '/' or '>': the rest of an end tag
// that closes raw text. When it does not, next is where the tokenizer
// reads on from: the first byte that does not match (the bytes before it
// are letters of name, which no state of raw text or script data reads as
// more than text).
func endTagAt(src string, at int, name string) (found, next int) {
	i := at
	for k := 0; k < len(name); k, i = k+1, i+1 {
		if i >= len(src) {
			return endTagEOF, 0
		}
		if c := src[i]; c != name[k] && c != name[k]-('a'-'A') {
			return endTagNo, i
		}
	}
	if i >= len(src) {
		return endTagEOF, 0
	}
	if c := src[i]; isHTMLSpace(c) || c == '/' || c == '>' {
		return endTagFound, 0
	}
	return endTagNo, i
}

// scriptDataEnd returns where the script data starting at from ends: the
// start of its </script> end tag, or -1 when the input ends first. It
// walks the tokenizer's script data states, escapes ("<!--") and double
// escapes ("<!--<script>") included, as x/net/html reads them.
func scriptDataEnd(src string, from int) int {
	const (
		data = iota
		escaped
		escapedDash
		escapedDashDash
		double
		doubleDash
		doubleDashDash
	)
	state := data
	i := from
	for {
		if state == data {
			j := strings.IndexByte(src[i:], '<')
			if j < 0 {
				return -1
			}
			i += j
		}
		if i >= len(src) {
			return -1
		}
		c := src[i]
		i++
		if c != '<' {
			switch {
			case state == data:
			case c == '-':
				if state != escapedDashDash && state != doubleDashDash {
					state++ // to the dash state, or from it to the dash-dash one
				}
			case c == '>' && (state == escapedDashDash || state == doubleDashDash):
				state = data
			case state == escapedDash || state == escapedDashDash:
				state = escaped
			case state == doubleDash || state == doubleDashDash:
				state = double
			}
			continue
		}
		// A '<': what follows decides.
		if i >= len(src) {
			return -1
		}
		switch state {
		case data:
			switch src[i] {
			case '/':
				next, end, done := scriptEndTag(src, i)
				if done {
					return end
				}
				i = next
			case '!':
				if strings.HasPrefix(src[i+1:], "--") {
					i += 3
					state = escapedDashDash
				} else if i+2 >= len(src) && strings.HasPrefix("--", src[i+1:]) {
					return -1
				}
			}
		case escaped, escapedDash, escapedDashDash:
			state = escaped
			switch c := src[i]; {
			case c == '/':
				next, end, done := scriptEndTag(src, i)
				if done {
					return end
				}
				i = next
			case isASCIILetter(c):
				switch found, next := endTagAt(src, i, "script"); found {
				case endTagFound:
					i += len("script") + 1
					state = double
				case endTagEOF:
					return -1
				default:
					i = next
				}
			default:
				// x/net/html goes back to plain script data here.
				state = data
			}
		default: // double, doubleDash, doubleDashDash
			state = double
			if src[i] == '/' {
				switch found, next := endTagAt(src, i+1, "script"); found {
				case endTagFound:
					i += 1 + len("script") + 1
					state = escaped
				case endTagEOF:
					return -1
				default:
					i = next
				}
			}
		}
	}
}

// scriptEndTag reads what follows "<" when src[slash] is '/'. done is true
// when that is the script's end tag (end is where the tag starts) or when
// the input ends first (end is -1); otherwise next is where the tokenizer
// reads on from.
func scriptEndTag(src string, slash int) (next, end int, done bool) {
	switch found, next := endTagAt(src, slash+1, "script"); found {
	case endTagFound:
		return 0, slash - 1, true
	case endTagEOF:
		return 0, -1, true
	default:
		return next, 0, false
	}
}

// scanTag reads the tag whose name starts at src[at] as the tokenizer
// does (its attributes, quoted values holding '>' included) and returns
// the name and the index after the closing '>'. ok is false when the input
// ends inside the tag.
func scanTag(src string, at int) (name string, end int, ok bool) {
	name, end, _, ok = scanTagAttrs(src, at)
	return name, end, ok
}

// scanTagAttrs is scanTag that also tells whether the name of one of the
// tag's attributes starts with "data-", in either case: whether the tag may
// have data attributes to leave out (unreadDataAttr).
func scanTagAttrs(src string, at int) (name string, end int, data, ok bool) {
	i := at + 1
	for i < len(src) && tagBytes[src[i]]&(tagSpace|tagSlash|tagClose) == 0 {
		i++
	}
	name = src[at:i]
	for i = skipTagSpace(src, i); i < len(src); {
		if src[i] == '>' {
			return name, i + 1, data, true
		}
		start := i
		var a tagAttr
		if a, i, ok = scanAttr(src, i); !ok {
			return "", 0, false, false
		}
		nameEnd := a.nameEnd
		data = data || nameEnd-start >= len("data-") && src[start]|0x20 == 'd' && src[start+1]|0x20 == 'a' &&
			src[start+2]|0x20 == 't' && src[start+3]|0x20 == 'a' && src[start+4] == '-'
	}
	return "", 0, false, false
}

// tagAttr is where an attribute of a tag lies in the page (scanAttr).
type tagAttr struct {
	nameEnd              int // the name is src[start:nameEnd], empty after a '/'
	valueStart, valueEnd int // the value, as written; empty at nameEnd when there is none
	end                  int // after the name when there is no value, else after the value and its quote
}

// scanAttr reads the attribute that starts at src[i], inside a tag, as the
// tokenizer does: a leading '=' is part of its name, and a '/' or white
// space makes an attribute without a name. It returns where the attribute
// lies and where the next one or the tag's '>' starts. ok is false when the
// input ends first.
func scanAttr(src string, i int) (a tagAttr, next int, ok bool) {
	k := i + 1
	if tagBytes[src[i]]&(tagSpace|tagSlash) == 0 {
		for k < len(src) && tagBytes[src[k]] == 0 {
			k++
		}
	} else {
		k = i
	}
	a = tagAttr{nameEnd: k, valueStart: k, valueEnd: k, end: k}
	// Its value, if an '=' follows.
	if k = skipTagSpace(src, k); k >= len(src) {
		return tagAttr{}, 0, false
	}
	switch src[k] {
	case '/':
		k++
	case '=':
		if k = skipTagSpace(src, k+1); k >= len(src) {
			return tagAttr{}, 0, false
		}
		switch q := src[k]; q {
		case '>':
		case '"', '\'':
			closing := strings.IndexByte(src[k+1:], q)
			if closing < 0 {
				return tagAttr{}, 0, false
			}
			a.valueStart, a.valueEnd = k+1, k+1+closing
			k += 1 + closing + 1
		default:
			a.valueStart = k
			for k < len(src) && tagBytes[src[k]]&(tagSpace|tagClose) == 0 {
				k++
			}
			a.valueEnd = k
		}
		a.end = k
	}
	return a, skipTagSpace(src, k), true
}

// The classes of the bytes that end a tag's name, an attribute's name or
// an unquoted value, as the tokenizer reads them (tagBytes).
const (
	tagSpace  = 1 << iota // HTML white space
	tagSlash              // '/'
	tagClose              // '>'
	tagEquals             // '='
)

// tagBytes gives each byte its classes: one lookup where the loops that
// read a tag would compare each byte with five or eight others.
var tagBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\f") {
		t[c] = tagSpace
	}
	t['/'], t['>'], t['='] = tagSlash, tagClose, tagEquals
	return t
}()

// commentEnd returns the index after the comment whose text starts at
// from (after "<!--"), ending as the tokenizer ends it: at "-->", "--!>",
// or a '>' that only dashes precede. It is -1 when the input ends first.
func commentEnd(src string, from int) int {
	// Where the dashes the text starts with end, found once: trimming the
	// text at every '>' would read a long run of them again each time.
	dashes := from
	for dashes < len(src) && src[dashes] == '-' {
		dashes++
	}
	for j := from; j < len(src); j++ {
		k := strings.IndexByte(src[j:], '>')
		if k < 0 {
			return -1
		}
		j += k
		text := src[from:j]
		if j <= dashes || strings.HasSuffix(text, "--") || strings.HasSuffix(text, "--!") {
			return j + 1
		}
	}
	return -1
}

// closeAngle returns the index after the first '>' at or after from, or -1.
func closeAngle(src string, from int) int {
	if from > len(src) {
		return -1
	}
	k := strings.IndexByte(src[from:], '>')
	if k < 0 {
		return -1
	}
	return from + k + 1
}

// mayBeJSONLD reports whether a script's start tag may be one the metadata
// pass reads: type "application/ld+json", or a character reference that
// could spell it.
func mayBeJSONLD(tag string) bool {
	return strings.IndexByte(tag, '&') >= 0 || containsFoldASCII(tag, "ld+json")
}

// isASCIIWord reports whether s is ASCII letters only: strings.EqualFold
// also folds "ſ" to "s" and the Kelvin sign to "k", which the tokenizer
// does not.
func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

func skipTagSpace(src string, i int) int {
	for i < len(src) && tagBytes[src[i]]&tagSpace != 0 {
		i++
	}
	return i
}

// svgEnd returns the index after the <svg> element whose start tag ends at
// end (its name at nameEnd), when the parser is sure to be back in HTML
// content there, or -1 when that is not sure. Pages put icons in <svg> near
// their top, and stopping at the first would leave every later script's
// text in.
//
// The drawing must be plain: nested <svg>s (counted, so that the last
// </svg> closes the first), elements of plainSVGNames and their end tags,
// comments, text, and <title> or <desc> holding only text. Anything that
// could put HTML content on the stack inside it, or leave the parser in
// foreign content after it (an HTML element breaking out, an integration
// point, a <font>, a <style>, a CDATA section, a bogus comment) answers -1.
//
// It appends to paths each <path> start tag, from the end of its name to
// its end: its data (the d attribute, the bulk of an icon) no pass reads.
func svgEnd(src string, nameEnd, end int, paths *[][2]int) int {
	if selfClosing(src, nameEnd, end) { // <svg/>: the parser closes it at once
		return end
	}
	depth := 1
	for i := end; ; {
		lt := strings.IndexByte(src[i:], '<')
		if lt < 0 || i+lt+2 >= len(src) {
			return -1
		}
		i += lt
		switch c := src[i+1]; {
		case isASCIILetter(c):
			name, tagEnd, ok := scanTag(src, i+1)
			if !ok || !isASCIIWord(name) {
				return -1
			}
			lower := strings.ToLower(name)
			closing := false // asked only of the tags whose closing matters
			if lower == "svg" || lower == "title" || lower == "desc" {
				closing = selfClosing(src, i+1+len(name), tagEnd)
			}
			switch {
			case lower == "svg":
				if !closing {
					depth++
				}
			case (lower == "title" || lower == "desc") && !closing:
				// An HTML integration point: text only, up to its end tag.
				close := strings.IndexByte(src[tagEnd:], '<')
				if close < 0 {
					return -1
				}
				close += tagEnd
				if close+1 >= len(src) || src[close+1] != '/' {
					return -1
				}
				if found, _ := endTagAt(src, close+2, lower); found != endTagFound {
					return -1
				}
				i = close
				continue
			case !plainSVGNames()[lower]:
				return -1
			case lower == "path":
				*paths = append(*paths, [2]int{i + 1 + len(name), tagEnd})
			}
			i = tagEnd
		case c == '/' && isASCIILetter(src[i+2]):
			name, tagEnd, ok := scanTag(src, i+2)
			if !ok || !isASCIIWord(name) {
				return -1
			}
			switch lower := strings.ToLower(name); {
			case lower == "svg":
				if depth--; depth == 0 {
					return tagEnd
				}
			case lower == "title" || lower == "desc" || plainSVGNames()[lower]:
			default:
				return -1
			}
			i = tagEnd
		case c == '!' && strings.HasPrefix(src[i+2:], "--"):
			if i = commentEnd(src, i+4); i < 0 {
				return -1
			}
		case c == '!' || c == '?' || c == '/':
			return -1
		default:
			i++ // a '<' of the text
		}
	}
}

// selfClosing tells whether the start tag that ends at end, after its '>',
// and whose name ends at nameEnd, is self-closing as x/net/html reads it:
// a '/' before the '>' that is not the end of an unquoted attribute value
// ("<p a=b/>" is not).
func selfClosing(src string, nameEnd, end int) bool {
	if src[end-2] != '/' {
		return false
	}
	// Only an unquoted value runs up to the '>'.
	var lastName string
	lastEnd := 0
	eachAttr(src, nameEnd, end, func(name string, _ int, a tagAttr) { lastName, lastEnd = name, a.end })
	if lastEnd != end-1 {
		return true
	}
	// The tokenizer keeps the first attribute of each name (ASCII letters
	// folded): a copy's value does not count.
	key, copied := lowerASCIIString(lastName), false
	eachAttr(src, nameEnd, end, func(name string, _ int, a tagAttr) {
		copied = copied || a.end != lastEnd && lowerASCIIString(name) == key
	})
	return copied
}

// isPathData is true for the d attribute of an SVG path.
func isPathData(key string) bool { return key == "d" }

// plainSVGNames are the SVG elements svgEnd reads past: drawing, grouping,
// paint and filter elements, none of which the parser treats as HTML.
var plainSVGNames = sync.OnceValue(func() map[string]bool {
	return wordSet("g path circle ellipse line polyline polygon rect defs use symbol image marker mask pattern clippath " +
		"lineargradient radialgradient stop filter feblend fecolormatrix fecomponenttransfer fecomposite " +
		"feconvolvematrix fediffuselighting fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb " +
		"fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology feoffset fepointlight " +
		"fespecularlighting fespotlight fetile feturbulence text tspan textpath animate animatemotion " +
		"animatetransform set mpath metadata view switch")
})

// leaveOutAttrs leaves out the attributes of the start tag whose name ends
// at nameEnd and which ends at end that unread says no pass reads (it is
// given a plain name, lowercased). One goes only when white space or a
// quote comes before it, no '=' comes next, and it does not end
// in the tag's closing "/>": what is left then reads as before, and ends
// the tag as before, self-closing or not. And one
// goes only with every copy of its name: the tokenizer keeps the first of
// a tag's attributes by a name, and a copy left behind would take its
// place.
func leaveOutAttrs(src string, nameEnd, end int, unread func(key string) bool, leaveOut func(from, to int, with string)) {
	type attr struct {
		key      string // as the tokenizer names it
		from, to int
		ok       bool // it can go
	}
	var buf [16]attr
	attrs := buf[:0]
	eachAttr(src, nameEnd, end, func(name string, from int, a tagAttr) {
		to := a.end
		key, plain := plainAttrName(name)
		before := src[from-1]
		// An unquoted value that takes the '/' of a self-closing tag stays:
		// whether the tag is self-closing hangs on it.
		slash := to == end-1 && src[to-1] == '/'
		// An '=' that starts the next attribute ("=0", right after a value
		// or after white space) would, with this one gone, follow the white
		// space after the attribute before it, and give that one a value.
		equals := src[skipTagSpace(src, to)] == '='
		attrs = append(attrs, attr{key, from, to, plain && unread(key) && !slash && !equals && (isHTMLSpace(before) || before == '"' || before == '\'')})
	})
	// A tag has a few attributes: looking among them for a copy that stays
	// costs less than a set of the names.
	for _, a := range attrs {
		if a.ok && !slices.ContainsFunc(attrs, func(b attr) bool { return !b.ok && b.key == a.key }) {
			leaveOut(a.from, a.to, "")
		}
	}
}

// unreadDataAttr is true for the data attributes no pass reads.
func unreadDataAttr(key string) bool {
	return strings.HasPrefix(key, "data-") && !readDataAttrs()[key]
}

// lowerASCIIString is s with its ASCII letters lowered, as the tokenizer
// lowers names.
func lowerASCIIString(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// plainAttrName is an attribute's name as x/net/html's tokenizer gives it,
// when the name is plain ASCII without NUL; ok is false otherwise. Such a
// name never names the same attribute as a plain one.
func plainAttrName(name string) (key string, ok bool) {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == 0 || c >= utf8.RuneSelf {
			return name, false
		}
	}
	return lowerASCIIString(name), true
}

// readDataAttrs are the data attributes a pass reads: where lazy-loading
// scripts keep images, those the selectors ask about, and removal markers.
// TestReadDataAttrsCoverTheSource fails when the package names another.
var readDataAttrs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{markerAttr: true}
	for _, names := range [][]string{lazySrcAttrs, lazySrcsetAttrs, askedNames[needAttr]} {
		for _, n := range names {
			if strings.HasPrefix(n, "data-") {
				m[n] = true
			}
		}
	}
	return m
})

// eachAttr calls fn with each attribute of the start tag whose name ends at
// at and which ends at end, as scanAttr reads them: its name as written,
// where it starts, and where the rest lies.
func eachAttr(src string, at, end int, fn func(name string, from int, a tagAttr)) {
	for i := skipTagSpace(src, at); i < end-1; {
		a, next, ok := scanAttr(src, i)
		if !ok {
			return
		}
		if a.nameEnd > i {
			fn(src[i:a.nameEnd], i, a)
		}
		i = next
	}
}
