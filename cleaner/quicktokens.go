package cleaner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// quickParse's tokenizer: it reads the page as x/net/html's tokenizer
// does, tags, attributes, comments, doctypes and raw text, and hands each
// token to the tree construction (quickparse.go).

// nextMarkup returns the index of the next '<' at or after from that starts
// a tag, a comment or a declaration, or len(src): any other '<' is text.
func nextMarkup(src string, from int) int {
	for {
		k := strings.IndexByte(src[from:], '<')
		if k < 0 {
			return len(src)
		}
		at := from + k
		if at+1 >= len(src) {
			return len(src)
		}
		if c := src[at+1]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			return at
		}
		from = at + 1
	}
}

// text is s as the tokenizer hands text over: line breaks as '\n' and, when
// decode is set, character references decoded.
func (p *quickParser) text(s string, decode bool) string {
	if p.crlf && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if decode && strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// readTag reads the tag whose name starts at src[at]: a start tag's
// attributes are kept (the first of each name), an end tag's dropped. After
// the start tag of a raw text element (<script>, <title>...) the tokenizer
// reads text up to its end tag.
func (p *quickParser) readTag(at int, start bool) quickToken {
	src := p.src
	i := at + 1
	for i < len(src) && tagBytes[src[i]]&(tagSpace|tagSlash|tagClose) == 0 {
		i++
	}
	name := lowerASCIIString(src[at:i])
	t := quickToken{kind: qtEnd, data: name}
	if start {
		t.kind = qtStart
	}
	if a := atom.Lookup([]byte(name)); a != 0 {
		t.atom, t.data = a, a.String()
	}
	attrs := p.attrTemp[:0]
	clear(p.attrSeen)
	lastValueEnd := -1
	for i = skipTagSpace(src, i); ; {
		if i >= len(src) {
			giveUp("the input ends inside a tag")
		}
		if src[i] == '>' {
			i++
			break
		}
		keyStart := i
		a, next, ok := scanAttr(src, i) // rawtext.go: the tokenizer's reading of an attribute
		if !ok {
			giveUp("the input ends inside a tag")
		}
		i = next
		if !start || a.nameEnd == keyStart {
			continue
		}
		key := lowerASCIIString(src[keyStart:a.nameEnd])
		if hasAttr(attrs, key, &p.attrSeen) {
			continue
		}
		attrs = append(attrs, html.Attribute{Key: key, Val: p.attrValue(src[a.valueStart:a.valueEnd])})
		lastValueEnd = a.valueEnd
	}
	p.pos = i
	if !start {
		return t
	}
	p.attrTemp = attrs
	t.attr = p.keepAttrs(attrs)
	// <br/>, but not <a href=/>: the '/' must not end an unquoted value.
	t.selfClosing = src[i-2] == '/' && i-2 != lastValueEnd-1
	switch t.atom {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		p.rawTag = t.data
	case atom.Plaintext:
		giveUp("<plaintext>")
	}
	return t
}

// attrValue decodes an attribute's value as the tokenizer does.
func (p *quickParser) attrValue(v string) string {
	if p.crlf {
		v = p.text(v, false)
	}
	if strings.IndexByte(v, '&') < 0 {
		return v
	}
	return unescapeAttr(v)
}

// unescapeAttr decodes the character references of an attribute's value.
// A value decodes them as text does but for references without their ';':
// "&copy=1" stays as written there, and of "&notit;" (no such name) text
// decodes the known part, "&not", where a value keeps it all. So each
// reference is decoded alone, by html.UnescapeString, and what it made of
// it tells which case it was.
func unescapeAttr(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	for {
		amp := strings.IndexByte(v, '&')
		if amp < 0 {
			b.WriteString(v)
			return b.String()
		}
		b.WriteString(v[:amp])
		v = v[amp:]
		j := 1
		numeric := len(v) > 1 && v[1] == '#'
		if numeric {
			j = 2
			if j < len(v) && (v[j] == 'x' || v[j] == 'X') {
				j++
			}
		}
		k := j
		for k < len(v) && (isASCIILetter(v[k]) || '0' <= v[k] && v[k] <= '9') {
			k++
		}
		if k == j {
			b.WriteByte('&') // no name, no number: an '&' as written
			v = v[1:]
			continue
		}
		semicolon := k < len(v) && v[k] == ';'
		if semicolon {
			k++
		}
		ref := v[:k]
		v = v[k:]
		decoded := html.UnescapeString(ref)
		switch {
		case numeric:
			// Numbers decode alike in text and values.
		case semicolon:
			// Whole, a name decodes to one or two code points; text also
			// decodes a known part of an unknown name and keeps the rest,
			// ';' included.
			if strings.HasSuffix(decoded, ";") && ref != "&semi;" {
				decoded = ref
			}
		case strings.HasPrefix(v, "="):
			decoded = ref
		case utf8.RuneCountInString(decoded) != 1:
			decoded = ref // a known part only, or nothing known
		}
		b.WriteString(decoded)
	}
}

// readMarkupDeclaration reads what follows "<!" at src[at]: a comment or a
// doctype.
func (p *quickParser) readMarkupDeclaration(at int) quickToken {
	src := p.src
	if strings.HasPrefix(src[at:], "--") {
		from := at + 2
		end := commentEnd(src, from) // rawtext.go: after its "-->", "--!>", or "<!-->"
		if end < 0 {
			giveUp("the input ends inside a comment")
		}
		p.pos = end
		text := src[from : end-1]
		switch {
		case strings.HasSuffix(text, "--!"):
			text = text[:len(text)-3]
		case strings.HasSuffix(text, "--"):
			text = text[:len(text)-2]
		default:
			text = "" // "<!-->", "<!--->": a '>' that only dashes precede
		}
		return quickToken{kind: qtComment, data: p.text(text, true)}
	}
	if len(src) >= at+len("doctype") && strings.EqualFold(src[at:at+len("doctype")], "doctype") {
		i := skipTagSpace(src, at+len("doctype"))
		end := strings.IndexByte(src[i:], '>')
		if end < 0 {
			giveUp("the input ends inside a doctype")
		}
		p.pos = i + end + 1
		return quickToken{kind: qtDoctype, data: p.text(src[i:i+end], true)}
	}
	if strings.HasPrefix(src[at:], "[CDATA[") && p.top().Namespace != "" {
		giveUp("a CDATA section in a drawing")
	}
	return p.readBogusComment(at)
}

// readBogusComment reads markup that is neither a tag nor a comment nor a
// doctype ("<?xml ...?>", "<![if IE]>", "</3>") as the tokenizer does: a
// comment of what follows, up to the next '>'.
func (p *quickParser) readBogusComment(from int) quickToken {
	end := strings.IndexByte(p.src[from:], '>')
	if end < 0 {
		giveUp("the input ends inside a comment")
	}
	p.pos = from + end + 1
	return quickToken{kind: qtComment, data: p.text(p.src[from:from+end], true)}
}

// readRawText reads the text of a raw text element up to its end tag, which
// the tokenizer finds as "</" and the element's name in any case followed
// by white space, '/' or '>'.
func (p *quickParser) readRawText() {
	src, name := p.src, p.rawTag
	p.rawTag = ""
	var end int
	if name == "script" {
		end = scriptDataEnd(src, p.pos) // rawtext.go: with its escapes, "<!--" and "<!--<script>"
	} else {
		end = rawTextEnd(src, p.pos, name)
	}
	if end < 0 {
		giveUp("the input ends inside raw text")
	}
	if end > p.pos {
		p.process(&quickToken{kind: qtText, data: p.text(src[p.pos:end], name == "title" || name == "textarea")})
	}
	p.pos = end
}

// hasAttr reports whether attrs holds an attribute named key. A tag has a
// few attributes, which are quicker compared than hashed; past a few dozen
// (a hostile page may write a million) *seen keeps the names.
func hasAttr(attrs []html.Attribute, key string, seen *map[string]bool) bool {
	if len(attrs) <= 32 {
		return slices.ContainsFunc(attrs, func(a html.Attribute) bool { return a.Key == key })
	}
	if len(*seen) == 0 {
		*seen = make(map[string]bool, 2*len(attrs))
		for _, a := range attrs {
			(*seen)[a.Key] = true
		}
	}
	if (*seen)[key] {
		return true
	}
	(*seen)[key] = true // the caller adds it
	return false
}
