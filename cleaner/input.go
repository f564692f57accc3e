package cleaner

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"html"
	"math/bits"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	xhtml "golang.org/x/net/html"
	"golang.org/x/text/encoding"
)

// parseInput checks the input, decodes it to UTF-8, tells a whole document
// from a clipboard fragment from plain text, turns plain text into HTML
// blocks, and parses the result into the shared document.
func parseInput(input []byte, opts Options) (*document, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if len(input) > limit {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d bytes", ErrTooLarge, len(input), limit)
	}
	if len(bytes.TrimSpace(input)) == 0 {
		return nil, ErrEmpty
	}
	text, err := decodeInput(input, opts.ContentType)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	d := &document{opts: opts, art: &Article{}}
	d.kind = detectKind(text)
	src := text
	switch d.kind {
	case KindText:
		src = textToHTML(text)
	case KindFragment:
		src = stripClipboardHeader(text)
	}
	// The parser need not read the text of scripts and styles, which
	// normalize drops, nor data attributes no pass reads (rawtext.go); nor
	// need the look for references below, as the tokenizer decodes none in
	// script text.
	src = withoutUnread(src)
	root, asWritten, err := parseHTML(src) // limits.go: survives pages nested too deep for x/net/html
	if err != nil {
		return nil, err
	}
	disarmMarkers(root)
	if !asWritten || mayReferenceControls(src) {
		dropReferencedControls(root)
	}
	d.dom = goquery.NewDocumentFromNode(root)
	if u := parseBaseURL(opts.BaseURL); u != nil {
		d.base = u
	}
	if err := enforceLimits(d); err != nil { // limits.go
		return nil, err
	}
	return d, nil
}

// parseBaseURL accepts only absolute http(s) URLs: anything else cannot
// resolve a relative link into something a reader can open.
func parseBaseURL(s string) *url.URL {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return u
}

// ---- binary detection -------------------------------------------------------

// binaryMagic lists the leading bytes of file formats people drop by
// mistake. A file that starts like this is not an article, whatever follows.
var binaryMagic = []struct {
	offset int
	magic  string
	name   string
}{
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xff\xd8\xff", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "%PDF-", "a PDF document"},
	{0, "PK\x03\x04", "a ZIP archive"},
	{0, "PK\x05\x06", "a ZIP archive"},
	{0, "\x1f\x8b", "a gzip archive"},
	{0, "BZh", "a bzip2 archive"},
	{0, "\xfd7zXZ\x00", "an xz archive"},
	{0, "7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{0, "\x28\xb5\x2f\xfd", "a zstd archive"},
	{0, "Rar!\x1a\x07", "a RAR archive"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"},
	{0, "RIFF", "a RIFF media file"},
	{0, "OggS", "an Ogg media file"},
	{0, "fLaC", "a FLAC audio file"},
	{0, "ID3", "an MP3 audio file"},
	{0, "\x1aE\xdf\xa3", "a Matroska/WebM video"},
	{4, "ftyp", "an MP4/QuickTime media file"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{0, "\x00\x00\x01\x00", "an icon image"},
	{0, "wOFF", "a web font"},
	{0, "wOF2", "a web font"},
	{0, "\x7fELF", "an executable"},
	{0, "MZ\x90\x00", "an executable"},
	{0, "\xca\xfe\xba\xbe", "a Java class or Mach-O binary"},
	{0, "\xcf\xfa\xed\xfe", "a Mach-O binary"},
	{0, "\x00asm", "a WebAssembly module"},
	{0, "SQLite format 3\x00", "an SQLite database"},
}

// binarySample is how much of the input the control-byte count looks at.
const binarySample = 8 << 10

// sniffBinary names the binary format of b, with its article ("a PNG
// image"), or returns "" for text.
func sniffBinary(b []byte) string {
	for _, m := range binaryMagic {
		if len(b) >= m.offset+len(m.magic) && string(b[m.offset:m.offset+len(m.magic)]) == m.magic {
			return m.name
		}
	}
	sample := b[:min(len(b), binarySample)]
	controls, i := 0, 0
	for ; i+8 <= len(sample); i += 8 {
		controls += bits.OnesCount64(controlBytes(binary.LittleEndian.Uint64(sample[i : i+8])))
	}
	for _, c := range sample[i:] {
		if isControlByte(c) {
			controls++
		}
	}
	// A few stray NULs or escape codes happen in real text; a binary file
	// has them everywhere (about one byte in eight for random data).
	if controls*100 > len(sample)*5 && (controls >= 8 || controls*100 > len(sample)*30) {
		return "data with control bytes"
	}
	return ""
}

// controlBytes has the high bit of each byte of w that isControlByte
// reports set, and no other bit: eight bytes counted at once. It reads the
// low seven bits of each byte, ASCII as asciiBytesEqual needs, and keeps
// the bytes whose high bit was clear.
func controlBytes(w uint64) uint64 {
	lo, ascii := w&^highBits, ^w&highBits
	below20 := ^(lo + 0x60*bytesOf1)                                      // adding 0x60 sets the high bit of 0x20 and above
	space := (lo + (0x80-'\t')*bytesOf1) &^ (lo + (0x80-'\r'-1)*bytesOf1) // \t to \r, as in asciiSpaces
	return (below20&^space&^asciiBytesEqual(lo, 0x1b) | asciiBytesEqual(lo, 0x7f)) & ascii
}

// isControlByte reports C0 controls other than the white space text uses
// (tab, line feed, vertical tab, form feed, carriage return) and escape.
func isControlByte(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x1b:
		return false
	}
	return c < 0x20 || c == 0x7f
}

// ---- decoding ---------------------------------------------------------------

// decodeInput returns the input as valid UTF-8 text, or ErrBinary.
//
// The order follows the HTML standard: a byte order mark wins, then the
// charset a door was told (Content-Type), then a <meta> declaration in the
// first 1024 bytes, then a guess. Where a declaration and the bytes disagree
// plainly (a page "in ISO-8859-1" that is valid UTF-8, a page "in UTF-8"
// with no UTF-8 sequence at all) the bytes win: pasted and saved pages
// often keep a declaration that stopped being true.
func decodeInput(b []byte, contentType string) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return cleanText(string(b[3:])), nil
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeUTF16(b[2:], true)
	}
	if bigEndian, ok := sniffUTF16(b); ok {
		return decodeUTF16(b, bigEndian)
	}
	if name := sniffBinary(b); name != "" {
		return "", fmt.Errorf("%w: %s", ErrBinary, name)
	}

	declared, declaredName := declaredEncoding(b, contentType)
	multi, invalid := 0, 0
	if !utf8.Valid(b) { // most pages are valid UTF-8: skip the rune count
		multi, invalid = utf8Stats(b)
	}
	var e encoding.Encoding
	switch {
	case invalid == 0:
		e = encoding.Nop
	case declared != nil && declaredName != "utf-8":
		e = declared
	case declaredName == "utf-8" && multi >= invalid,
		multi > 0 && multi >= 4*invalid:
		e = encoding.Nop // UTF-8 with a few broken bytes; cleanText marks them
	default:
		e = fallbackEncoding() // charset_native.go, charset_js.go
	}
	if e == encoding.Nop {
		s := string(b)
		if invalid == 0 && isCleanUTF8(s) { // b passed utf8.Valid: spare isCleanText its check
			return s, nil
		}
		return cleanText(s), nil
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("decoding input: %w", err)
	}
	return cleanText(string(out)), nil
}

// utf8Stats counts valid multi-byte UTF-8 sequences and invalid bytes.
func utf8Stats(b []byte) (multi, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		b = b[size:]
	}
	return multi, invalid
}

// sniffUTF16 recognizes UTF-16 without a byte order mark by its zero
// bytes: mostly-ASCII text in UTF-16 has a zero in every other byte.
func sniffUTF16(b []byte) (bigEndian, ok bool) {
	sample := b[:min(len(b), binarySample)&^1]
	if len(sample) < 8 {
		return false, false
	}
	var zeroEven, zeroOdd int
	pairs := len(sample) / 2
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			zeroEven++
		}
		if sample[i+1] == 0 {
			zeroOdd++
		}
		// Every so often, give up once neither byte of a pair can be
		// zero often enough any more, even if all the pairs left have
		// zeros: so ends the count on any 8-bit text, after a few
		// hundred bytes instead of all of the sample.
		if seen := i/2 + 1; seen%64 == 0 {
			left := pairs - seen
			if (zeroOdd+left)*10 < pairs*9 && (zeroEven+left)*10 < pairs*9 {
				return false, false
			}
		}
	}
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven*10 <= pairs:
		return false, true
	case zeroEven*10 >= pairs*9 && zeroOdd*10 <= pairs:
		return true, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	text := cleanText(string(utf16.Decode(units)))
	if junkShare(text) > 0.1 {
		return "", fmt.Errorf("%w: byte order mark followed by data that is not UTF-16 text", ErrBinary)
	}
	return text, nil
}

// junkShare is the share of runes in s that no text contains: replacement
// characters, private-use and unassigned code points.
func junkShare(s string) float64 {
	var junk, total int
	for _, r := range s {
		total++
		if r == utf8.RuneError || unicode.Is(unicode.Co, r) || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf) {
			junk++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(junk) / float64(total)
}

// cleanText makes s valid UTF-8 and drops the characters that only ever get
// into text by accident: NUL and other control characters (line breaks and
// tabs stay), and a leading byte order mark.
func cleanText(s string) string {
	if isCleanText(s) {
		return s // most pages: no copy, no rune-by-rune pass
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
			return r
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			return -1
		}
		return r
	}, s)
}

// dropReferencedControls cleans the text nodes that character references
// ("&#8;") filled with the control characters cleanText drops from the
// input: they are no more text than a raw NUL, and once written out raw
// they would be dropped when winnow's output is cleaned again.
func dropReferencedControls(root *xhtml.Node) {
	walk(root, func(n *xhtml.Node) bool {
		if n.Type == xhtml.TextNode && !isCleanText(n.Data) {
			n.Data = cleanText(n.Data)
		}
		return true
	})
}

// mayReferenceControls reports whether parsing src can give a text node
// that cleanText would change. src is clean text, so only the parser can
// bring a dropped character back: a numeric character reference ("&#1;",
// "&#x7F;") that decodes to one, or to a byte order mark, which cleanText
// drops at a text's start and which a page may also hold raw mid-text. No
// named reference decodes to any of these (checked against x/net/html's
// table; the standard's list is closed to additions). Most pages have none,
// and are spared a walk that reads all their text again.
func mayReferenceControls(src string) bool {
	if strings.Contains(src, "\uFEFF") {
		return true
	}
	for {
		i := strings.Index(src, "&#")
		if i < 0 {
			return false
		}
		src = src[i+2:]
		if c, ok := numericReference(src); ok && (c == 0xfeff || !isCleanText(string(rune(c)))) {
			return true
		}
	}
}

// numericReference reads the number after "&#" as x/net/html does,
// decimal or, after an x, hexadecimal, with any number of digits; ok is
// false when there are none. Numbers past Unicode come back as 0x110000,
// which the parser turns into U+FFFD.
func numericReference(s string) (c int, ok bool) {
	base := 10
	if s != "" && (s[0] == 'x' || s[0] == 'X') {
		base, s = 16, s[1:]
	}
	for i := 0; i < len(s); i++ {
		d := hexDigitValue(s[i])
		if d < 0 || d >= base {
			break
		}
		c, ok = min(c*base+d, 0x110000), true
	}
	return c, ok
}

// hexDigitValue is the value of the hexadecimal digit b, or -1.
func hexDigitValue(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	case 'A' <= b && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}

// isCleanText reports whether cleanText would return s unchanged: valid
// UTF-8 without a leading byte order mark or any character it drops. It
// looks at bytes, not runes: C1 controls are the only ones past ASCII, and
// in UTF-8 they are 0xC2 followed by 0x80–0x9F.
func isCleanText(s string) bool {
	return utf8.ValidString(s) && isCleanUTF8(s)
}

// isCleanUTF8 is isCleanText for s known to be valid UTF-8.
func isCleanUTF8(s string) bool {
	if strings.HasPrefix(s, "\uFEFF") {
		return false
	}
	i := 0
	// Eight bytes at a time, all of a word is passed over unless one of its
	// bytes is below 0x20 or from 0x7F on (a test that may flag a word
	// without one, never miss one): in a typical page one word in twenty,
	// mostly for a line feed, and the words of text past ASCII.
	for ; i+8 <= len(s); i += 8 {
		w := loadWord(s[i : i+8])
		if ((w-0x20*bytesOf1)&^w|(w+bytesOf1)|w)&highBits == 0 {
			continue
		}
		if !cleanBytes(s, i, i+8) {
			return false
		}
	}
	return cleanBytes(s, i, len(s))
}

// bytesOf1 has a 1 in each of its eight bytes.
const bytesOf1 = 0x0101010101010101

// cleanBytes is isCleanText's test of the bytes s[from:to] one by one.
func cleanBytes(s string, from, to int) bool {
	for i := from; i < to; i++ {
		if !suspectByte[s[i]] {
			continue
		}
		if c := s[i]; c != 0xc2 || i+1 < len(s) && s[i+1] < 0xa0 {
			return false // a control character, or a C1 control after 0xC2
		}
	}
	return true
}

// suspectByte marks the bytes isCleanText must look at: controls other
// than tab, line feed, carriage return and form feed; DEL; and 0xC2, which
// starts both C1 controls and common letters such as U+00A0.
var suspectByte = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r' && c != '\f'
	}
	t[0x7f], t[0xc2] = true, true
	return t
}()

// ---- kind detection ---------------------------------------------------------

// knownTags are element names that make "<name" a real tag rather than a
// less-than sign in prose.
var knownTags = []string{
	"a", "abbr", "article", "aside", "audio", "b", "blockquote", "body", "br",
	"button", "caption", "center", "cite", "code", "dd", "del", "details", "div",
	"dl", "dt", "em", "figcaption", "figure", "font", "footer", "form", "h1",
	"h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
	"img", "input", "ins", "label", "li", "link", "main", "mark", "meta", "nav",
	"ol", "p", "picture", "pre", "q", "s", "section", "small", "source", "span",
	"strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
	"tbody", "td", "th", "thead", "time", "title", "tr", "u", "ul", "video",
}

var kindPatterns = sync.OnceValue(func() struct{ document, tag, fragmentMarkAt *regexp.Regexp } {
	names := strings.Join(knownTags, "|")
	return struct{ document, tag, fragmentMarkAt *regexp.Regexp }{
		document: regexp.MustCompile(`(?i)<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]`),
		tag:      regexp.MustCompile(`(?i)</?(?:` + names + `)(?:\s[^<>]*)?/?>`),
		// The clipboard's <!--StartFragment--> mark, from its "<!--" on.
		fragmentMarkAt: regexp.MustCompile(`\A<!--\s*(?i:StartFragment)\s*-->`),
	}
})

// hasFragmentMark reports whether s holds the clipboard's fragment mark
// anywhere: markAt tried at each "<!--" of s. A case-insensitive expression
// run over a whole page reads every byte of it in the expression engine;
// "<!--" has no letters to fold, so a byte search finds the few places the
// mark can start, and the anchored expression fails at once at most.
func hasFragmentMark(s string, markAt *regexp.Regexp) bool {
	// Each "<!--" is found by its '!', a byte far rarer in a page than
	// '<': a search that stops at every '<' to compare what follows costs
	// the wasm build, whose byte search has no vector instructions.
	for from := 1; from < len(s); {
		i := strings.IndexByte(s[from:], '!')
		if i < 0 {
			return false
		}
		i += from
		if s[i-1] == '<' && strings.HasPrefix(s[i+1:], "--") && mayStartMark(s[i+3:]) && markAt.MatchString(s[i-1:]) {
			return true
		}
		from = i + 1
	}
	return false
}

// mayStartMark reports whether the comment text rest, after its "<!--",
// may hold the fragment mark: its first byte past white space (\s) is an
// 's' in either case or the first byte of 'ſ' (U+017F), which the
// expression's case folding takes for an 's'. Most comments fail here, and
// the expression, which costs some thousand instructions a call even when
// it fails at once, runs for the rest only.
func mayStartMark(rest string) bool {
	rest = strings.TrimLeft(rest, "\t\n\f\r ")
	return rest != "" && (rest[0]|0x20 == 's' || rest[0] == 0xc5)
}

// clipboardHeader is the preamble of the Windows CF_HTML clipboard format
// ("Version:0.9 StartHTML:… EndHTML:…") that some paste paths pass along.
var clipboardHeader = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*Version:\d+\.\d+\s*[\r\n]+(?:[A-Za-z]+:[^\r\n]*[\r\n]+)*`)
})

func stripClipboardHeader(s string) string {
	if loc := clipboardHeader().FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// kindWindow is how far from the start a doctype or <html> tag still marks
// a whole document.
const kindWindow = 1024

// detectKind tells a whole HTML document from a clipboard fragment from plain
// text, without asking: people paste all three into the same box.
func detectKind(s string) string {
	p := kindPatterns()
	s = stripClipboardHeader(s)
	if hasFragmentMark(s, p.fragmentMarkAt) {
		return KindFragment // clipboard HTML wraps its fragment in <html><body>
	}
	head := strings.TrimLeftFunc(s, unicode.IsSpace)
	head = head[:min(len(head), kindWindow)]
	if p.document.MatchString(head) {
		return KindDocument
	}
	// A fragment starts with a tag or a comment; text that only mentions a
	// tag or two ("use <br> here", "a < b") stays text.
	if loc := p.tag.FindStringIndex(head); loc != nil && loc[0] == 0 {
		return KindFragment
	}
	if strings.HasPrefix(head, "<!--") {
		return KindFragment
	}
	tags := p.tag.FindAllString(s, 50)
	closing := 0
	for _, t := range tags {
		if strings.HasPrefix(t, "</") {
			closing++
		}
	}
	if len(tags) >= 4 && closing >= 2 {
		return KindFragment
	}
	return KindText
}

// ---- plain text to HTML -----------------------------------------------------

// Limits of the plain-text heuristics, in runes.
const (
	maxTitleRunes      = 200 // the first block may be a title up to this long
	maxSubheadingRunes = 150 // a later one-line block may be a subheading
	maxSubheadingWords = 24
)

// finalPunctuation ends sentences; a line ending in one is prose, not a
// heading. Closing quotes and brackets after it are looked through.
const finalPunctuation = ".!?:;…。！？；：,，"

const closingMarks = "\"'’”»)]}›」』"

// abbreviationEnds are last words that end in a period without ending a
// sentence, so a heading may end with them ("… with U.S.").
var abbreviationEnds = []string{"inc.", "co.", "corp.", "ltd.", "jr.", "sr.", "st.", "dr.", "mr.", "mrs.", "ms.", "vs.", "no."}

var textPatterns = sync.OnceValue(func() struct{ bullet, ordered, initials, url *regexp.Regexp } {
	return struct{ bullet, ordered, initials, url *regexp.Regexp }{
		bullet:   regexp.MustCompile(`^\s*[-*•–·]\s+(\S.*)$`),
		ordered:  regexp.MustCompile(`^\s*\d{1,3}[.)]\s+(\S.*)$`),
		initials: regexp.MustCompile(`^(?:\p{L}\.){2,}$`),
		url:      regexp.MustCompile(`https?://[^\s<>"“”‘’]+`),
	}
})

// textToHTML turns pasted plain text into HTML blocks: a title, subheadings,
// paragraphs and lists. Blocks are separated by blank lines; text without
// any blank line has one block per line.
func textToHTML(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	blocks := splitBlocks(s)
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head></head><body>\n")
	for i, block := range blocks {
		line := strings.TrimSpace(block[0])
		oneLine := len(block) == 1
		switch {
		case isList(block, textPatterns().bullet):
			writeList(&b, "ul", block, textPatterns().bullet)
		case isList(block, textPatterns().ordered):
			writeList(&b, "ol", block, textPatterns().ordered)
		case i == 0 && oneLine && len(blocks) > 1 && looksLikeHeading(line, maxTitleRunes, 40):
			b.WriteString("<h1>" + inlineText(line) + "</h1>\n")
		case i > 0 && i < len(blocks)-1 && oneLine && looksLikeHeading(line, maxSubheadingRunes, maxSubheadingWords):
			b.WriteString("<h2>" + inlineText(line) + "</h2>\n")
		default:
			b.WriteString("<p>" + paragraphHTML(block) + "</p>\n")
		}
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// splitBlocks splits text into blocks of non-empty lines.
func splitBlocks(s string) [][]string {
	lines := strings.Split(s, "\n")
	var blocks [][]string
	var cur []string
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
				blank = true
			}
			continue
		}
		cur = append(cur, strings.TrimRight(l, " \t\f"))
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	if blank || len(blocks) != 1 {
		return blocks
	}
	// No blank line at all: each line is a block, except that consecutive
	// list items stay together.
	var out [][]string
	for _, l := range blocks[0] {
		if n := len(out); n > 0 && isListItem(l) && isListItem(out[n-1][len(out[n-1])-1]) {
			out[n-1] = append(out[n-1], l)
			continue
		}
		out = append(out, []string{l})
	}
	return out
}

func isListItem(l string) bool {
	p := textPatterns()
	return p.bullet.MatchString(l) || p.ordered.MatchString(l)
}

// isList reports a block of two or more lines that all start with a marker.
func isList(block []string, marker *regexp.Regexp) bool {
	if len(block) < 2 {
		return false
	}
	for _, l := range block {
		if !marker.MatchString(l) {
			return false
		}
	}
	return true
}

func writeList(b *strings.Builder, tag string, block []string, marker *regexp.Regexp) {
	b.WriteString("<" + tag + ">\n")
	for _, l := range block {
		item := strings.TrimSpace(marker.FindStringSubmatch(l)[1])
		b.WriteString("<li>" + inlineText(item) + "</li>\n")
	}
	b.WriteString("</" + tag + ">\n")
}

// looksLikeHeading reports a short line that does not end a sentence.
func looksLikeHeading(line string, maxRunes, maxWords int) bool {
	if line == "" || utf8.RuneCountInString(line) > maxRunes {
		return false
	}
	words := strings.Fields(line)
	if len(words) > maxWords {
		return false
	}
	if _, _, byline := cutBylinePrefix(line); byline {
		return false // a byline or a dateline
	}
	if textPatterns().url.MatchString(line) {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters*2 < utf8.RuneCountInString(line) {
		return false // dates, numbers, separators
	}
	return !lineEndsSentence(line)
}

// lineEndsSentence reports whether line ends with sentence punctuation, looking
// through closing quotes and not counting an abbreviation's period.
func lineEndsSentence(line string) bool {
	trimmed := strings.TrimRight(line, closingMarks+" ")
	if trimmed == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	if !strings.ContainsRune(finalPunctuation, last) {
		return false
	}
	if last == '.' && !strings.HasSuffix(trimmed, "..") {
		words := strings.Fields(trimmed)
		w := strings.ToLower(words[len(words)-1])
		if textPatterns().initials.MatchString(w) {
			return false
		}
		for _, a := range abbreviationEnds {
			if w == a {
				return false
			}
		}
	}
	return true
}

// paragraphHTML escapes a block's lines and joins them with <br>, except
// that a hard-wrapped paragraph (lines of similar, e-mail-like length) is
// joined into one flowing line.
func paragraphHTML(block []string) string {
	sep := "<br>\n"
	if isHardWrapped(block) {
		sep = " "
	}
	parts := make([]string, len(block))
	for i, l := range block {
		parts[i] = inlineText(strings.TrimSpace(l))
	}
	return strings.Join(parts, sep)
}

func isHardWrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	lo, hi := 1<<30, 0
	for _, l := range block[:len(block)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo >= 40 && hi <= 100 && hi-lo <= 25
}

// inlineText escapes text for HTML and turns bare URLs into links.
func inlineText(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range textPatterns().url.FindAllStringIndex(s, -1) {
		u := strings.TrimRight(s[loc[0]:loc[1]], ".,;:!?)]}'")
		end := loc[0] + len(u)
		b.WriteString(html.EscapeString(s[last:loc[0]]))
		b.WriteString(`<a href="` + html.EscapeString(u) + `">` + html.EscapeString(u) + `</a>`)
		last = end
	}
	b.WriteString(html.EscapeString(s[last:]))
	return b.String()
}
