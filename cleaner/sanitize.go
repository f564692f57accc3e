package cleaner

import (
	"encoding/base64"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The reading policy is an allowlist written for articles, not for user
// comments: structure (headings, lists, tables, figures, quotes, code) and
// inline emphasis stay; everything that runs code, loads frames, submits
// forms, styles the page or names an element for scripts (class, id, style,
// on*) goes. Elements that are not allowed are unwrapped (their text stays)
// except script, style, iframe, object, noscript and the like, whose content
// bluemonday skips.
//
// Because the output contains no raw-text element (script, style, textarea,
// title, xmp, noscript, iframe, noembed, plaintext) and no foreign content
// (svg, math), a browser tokenizes it the same way bluemonday did: the
// mutation-XSS tricks that depend on a parser disagreeing about where a
// raw-text element ends have nothing to work with.

// readingElements are allowed without attributes (or with those below).
var readingElements = []string{
	"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span",
	"ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code",
	"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
	"figure", "figcaption", "picture", "source", "img", "a",
	"em", "strong", "b", "i", "u", "s", "mark", "small", "sup", "sub", "abbr",
	"cite", "q", "kbd", "samp", "var", "del", "ins", "time", "details", "summary",
	"dfn", "bdi", "bdo", "ruby", "rt", "rp", "wbr",
	// Sectioning elements are kept so that their blocks stay apart in Text.
	"section", "article", "aside", "header", "footer", "main", "address", "hgroup",
}

// readingElementSet holds readingElements, for the checks that predict
// which elements the policy strips.
var readingElementSet = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool, len(readingElements))
	for _, e := range readingElements {
		set[e] = true
	}
	return set
})

// attrRule allows attrs on elems (all elements when elems is empty) when the
// value matches pattern (any value when pattern is empty).
type attrRule struct {
	attrs   []string
	pattern string
	elems   []string
}

// URL patterns run before bluemonday's own URL check (parseable, scheme in
// http/https/mailto/data, or relative); they narrow the scheme per attribute.
// "Relative" means no ':' before the first '/', '?' or '#', which is exactly
// when net/url finds no scheme.
const (
	relativeURL = `[^:/?#]*(?:[/?#]|$)`
	linkURL     = `(?i)^\s*(?:(?:https?|mailto):|` + relativeURL + `)`
	citeURL     = `(?i)^\s*(?:https?:|` + relativeURL + `)`
	imageURL    = `(?i)^\s*(?:https?:|data:image/(?:png|gif|jpeg|webp);base64,|` + relativeURL + `)`
	// A srcset is candidates separated by commas; a candidate is a URL (a
	// run of non-white-space) and an optional width or density descriptor.
	// Only absolute http(s) URLs are allowed here: a relative candidate could
	// not be told apart from "javascript:…" by a regular expression as simply,
	// and the normalize pass makes URLs absolute whenever the base is known.
	// The URL run is greedy, as a browser reads it: anchored at both ends the
	// pattern accepts the same strings either way, and the greedy one takes
	// a third of the time (a lazy run tries the rest of the pattern after
	// every character).
	srcsetCandidate = `\s*https?://\S+(?:\s+[0-9]+(?:\.[0-9]+)?[wxh])?\s*`
	srcsetPattern   = `(?i)^` + srcsetCandidate + `(?:,` + srcsetCandidate + `)*,?\s*$`
)

// readingAttrs is the attribute allowlist, as data.
var readingAttrs = []attrRule{
	{[]string{"title"}, ``, nil},
	// The places the article's own links lead to (keepInPageLinks).
	{[]string{"id"}, `^` + anchorPrefix + `[^\s]{1,200}$`, nil},
	{[]string{"lang"}, `^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$`, nil},
	{[]string{"dir"}, `^(?i:ltr|rtl|auto)$`, nil},
	{[]string{"href"}, linkURL, []string{"a"}},
	{[]string{"cite"}, citeURL, []string{"blockquote", "q", "del", "ins"}},
	{[]string{"datetime"}, `^[0-9A-Za-z:.+\- ]{1,64}$`, []string{"time", "del", "ins"}},
	{[]string{"src"}, imageURL, []string{"img"}},
	{[]string{"srcset"}, srcsetPattern, []string{"img", "source"}},
	{[]string{"sizes", "media"}, `^[A-Za-z0-9\s(),.:%/+\-]{1,512}$`, []string{"img", "source"}},
	{[]string{"type"}, `^image/[a-z0-9.+\-]{1,64}$`, []string{"source"}},
	{[]string{"alt"}, ``, []string{"img"}},
	// A picture's place beside the text (markFloats).
	{[]string{"align"}, `^(?:left|right)$`, []string{"img", "figure"}},
	{[]string{"width", "height"}, `^[0-9]{1,5}$`, []string{"img", "source", "col", "colgroup"}},
	{[]string{"colspan", "rowspan"}, `^[0-9]{1,4}$`, []string{"td", "th"}},
	{[]string{"span"}, `^[0-9]{1,4}$`, []string{"col", "colgroup"}},
	{[]string{"scope"}, `^(?i:row|col|rowgroup|colgroup)$`, []string{"th"}},
	{[]string{"start"}, `^-?[0-9]{1,9}$`, []string{"ol"}},
	{[]string{"reversed"}, `^(?i:reversed)?$`, []string{"ol"}},
	{[]string{"type"}, `^[1aAiI]$`, []string{"ol"}},
	{[]string{"value"}, `^-?[0-9]{1,9}$`, []string{"li"}},
	{[]string{"open"}, `^(?i:open)?$`, []string{"details"}},
	// The marker render leaves where a removed block stood (Options.MarkRemoved).
	{[]string{markerAttr}, `^r[0-9]+$`, []string{"span"}},
}

// imageDataTypes are the media types allowed in data: image URLs: raster
// formats only (an SVG image can carry script when opened on its own).
var imageDataTypes = []string{"image/png", "image/gif", "image/jpeg", "image/webp"}

// readingAttrPatterns are readingAttrs' patterns compiled, by row; nil
// where a row allows any value. The policy and the checks that predict its
// verdicts (surelyShown) share them.
var readingAttrPatterns = sync.OnceValue(func() []*regexp.Regexp {
	patterns := make([]*regexp.Regexp, len(readingAttrs))
	for i, r := range readingAttrs {
		if r.pattern != "" {
			patterns[i] = regexp.MustCompile(r.pattern)
		}
	}
	return patterns
})

// readingPolicy is built on first use: the Worker starts a fresh instance per
// request, so package-level construction would be paid every time.
var readingPolicy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements(readingElements...)
	patterns := readingAttrPatterns()
	for i, r := range readingAttrs {
		b := p.AllowAttrs(r.attrs...)
		if patterns[i] != nil {
			b = b.Matching(patterns[i])
		}
		if len(r.elems) == 0 {
			b.Globally()
		} else {
			b.OnElements(r.elems...)
		}
	}
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(true)
	p.AllowURLSchemes("http", "https", "mailto")
	p.AllowURLSchemeWithCustomPolicy("data", isImageDataURL)
	p.RequireNoReferrerOnLinks(true)
	// Keep the words of unwrapped block elements apart ("<li>a</li><li>b</li>"
	// in an unwrapped list would otherwise read "ab").
	p.AddSpaceWhenStrippingTag(true)
	return p
})

// isImageDataURL accepts data:image/(png|gif|jpeg|webp);base64,… whose
// payload decodes.
func isImageDataURL(u *url.URL) bool {
	mediaType, payload, ok := strings.Cut(u.Opaque, ";base64,")
	if !ok {
		return false
	}
	allowed := false
	for _, t := range imageDataTypes {
		if strings.EqualFold(mediaType, t) {
			allowed = true
		}
	}
	if !allowed {
		return false
	}
	_, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		_, err = base64.RawStdEncoding.DecodeString(payload)
	}
	return err == nil
}

// bluemonday adds rel="noreferrer" to every link with an href (the policy
// drops any rel the page had). The reading policy wants "noopener noreferrer":
// a link opened in a new tab by the reader gets no window.opener and no
// Referer. bluemonday escapes every '"' in text and attribute values, so this
// exact byte sequence can only be the attribute it wrote.
const (
	relWritten     = ` rel="noreferrer"`
	relWantedValue = "noopener noreferrer"
	relWanted      = ` rel="` + relWantedValue + `"`
)

// readingAttrRows indexes readingAttrs' rows by attribute name. A name it
// does not hold is one the policy drops on every element, whatever its
// value.
var readingAttrRows = sync.OnceValue(func() map[string][]int {
	rows := map[string][]int{}
	for i, r := range readingAttrs {
		for _, a := range r.attrs {
			rows[a] = append(rows[a], i)
		}
	}
	return rows
})

// dropUnreadableAttrs removes, under root, the attributes the reading policy
// would drop anyway (class, style, data-*, on*…), before the tree is written
// out for sanitizing. The sanitizer's verdict is the same, as it depends on
// allowed attributes only; it just has far less to read: on most pages
// classes and data attributes are the bulk of the markup.
func dropUnreadableAttrs(root *html.Node) {
	keep := readingAttrRows()
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || len(n.Attr) == 0 {
			return true
		}
		kept := n.Attr[:0]
		for _, a := range n.Attr {
			if a.Namespace == "" && keep[a.Key] != nil {
				kept = append(kept, a)
			}
		}
		clear(n.Attr[len(kept):])
		n.Attr = kept
		return true
	})
}

// stripAsPolicy does to the tree under root what the reading policy does
// to it where the outcome is sure from the tree alone, so that the HTML
// written from it comes back from the sanitizer byte for byte (reparse.go):
// it takes out comments, drops the attributes no row of readingAttrs allows
// on the element or whose value the row's pattern refuses, and replaces an
// element the policy strips (one it does not allow, or allows only with
// attributes and that has none left) by what it held with a space on either
// side, the space the policy writes for each tag it strips: one for a void
// element. What the sanitizer gives back does not change. Links are left to
// render, which unwraps the ones the policy strips inside a line without the
// spaces; so are the elements whose content the policy drops, raw-text
// elements and foreign content.
func stripAsPolicy(root *html.Node) {
	var stripped []*html.Node
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode, html.DoctypeNode:
			stripped = append(stripped, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		if n.Namespace != "" {
			return false
		}
		if len(n.Attr) > 0 {
			kept := n.Attr[:0]
			for _, a := range n.Attr {
				if policyMayKeepAttr(n.Data, a) {
					kept = append(kept, a)
				}
			}
			clear(n.Attr[len(kept):])
			n.Attr = kept
		}
		if n != root && n.DataAtom != atom.A && !keepsAsWritten[n.Data] &&
			(!readingElementSet()[n.Data] || len(n.Attr) == 0 && !policyKeepsBare()[n.Data]) {
			stripped = append(stripped, n)
		}
		return true
	})
	for _, n := range stripped {
		if n.Parent == nil {
			continue
		}
		if n.Type != html.ElementNode {
			n.Parent.RemoveChild(n)
			continue
		}
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
		if !voidElements[n.Data] {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n.NextSibling)
		}
		unwrap(n)
	}
}

// keepsAsWritten are the elements stripAsPolicy leaves as they are, the
// policy being harder to foretell there: it drops the content of some, and
// the others' content is written raw or parsed in a mode of its own.
var keepsAsWritten = map[string]bool{
	"script": true, "style": true, "iframe": true, "object": true, "embed": true, "noscript": true,
	"noembed": true, "noframes": true, "frame": true, "frameset": true, "nostyle": true,
	"title": true, "textarea": true, "xmp": true, "plaintext": true, "listing": true,
	"template": true, "svg": true, "math": true, "select": true, "option": true,
}

// policyMayKeepAttr reports whether a row of readingAttrs allows the
// attribute a on the element named elem. An address is judged by its name
// alone: the policy checks it further than its row's pattern (that it
// parses as a URL), and matching every link's address was a percent of a
// clean, for the few the policy refuses.
func policyMayKeepAttr(elem string, a html.Attribute) bool {
	if a.Namespace != "" {
		return false
	}
	patterns := readingAttrPatterns()
	for _, i := range readingAttrRows()[a.Key] {
		if elems := readingAttrs[i].elems; len(elems) > 0 && !slices.Contains(elems, elem) {
			continue
		}
		if patterns[i] == nil || addressAttrs[a.Key] || patterns[i].MatchString(a.Val) {
			return true
		}
	}
	return false
}

// addressAttrs are the attributes whose values are URLs.
var addressAttrs = map[string]bool{"href": true, "src": true, "srcset": true, "cite": true}

// policyKeepsBare holds the allowed elements the policy keeps without any
// attribute, asked of the policy itself: bluemonday strips the tags of
// some (<main>, <img>) unless an allowed attribute is left on them.
var policyKeepsBare = sync.OnceValue(func() map[string]bool {
	// Each element alone between two bars, which no tag holds.
	var b strings.Builder
	for _, e := range readingElements {
		b.WriteString("|<" + e + "></" + e + ">")
	}
	kept := map[string]bool{}
	for i, p := range strings.Split(sanitizeHTML(b.String()), "|")[1:] {
		if i < len(readingElements) && strings.HasPrefix(p, "<"+readingElements[i]+">") {
			kept[readingElements[i]] = true
		}
	}
	return kept
})

// policyKeepsImages reports, for each of imgs, whether the reading policy
// keeps it, judged by its attributes alone: one whose src it refuses (a URL
// with spaces, a script URL) and that has nothing else to show is dropped.
// All the images go through the sanitizer in one call, each alone in a
// paragraph: a page can have hundreds, and a call per image cost more than
// the verdicts. Only the attributes the policy may keep are written out, as
// the verdict depends on those alone.
func policyKeepsImages(imgs []*html.Node) []bool {
	shells := make([]string, len(imgs))
	for i, img := range imgs {
		shells[i] = written(readableShell(img))
	}
	return policyKeepsShells(shells, "<img")
}

// written is the element n written out as HTML.
func written(n *html.Node) string {
	var b strings.Builder
	_ = html.Render(&b, n) // only fails on a writer error
	return b.String()
}

// policyKeepsShells sanitizes the written shells in one call, each alone
// in a paragraph, and reports for each whether its element, whose start
// tag begins with open ("<img", "<a"), came through.
func policyKeepsShells(shells []string, open string) []bool {
	var b strings.Builder
	for _, s := range shells {
		b.WriteString("<p>")
		b.WriteString(s)
		b.WriteString("</p>")
	}
	// The sanitizer escapes '<' in attribute values, so "</p>" can only be
	// a paragraph's end.
	paragraphs := strings.Split(sanitizeHTML(b.String()), "</p>")
	kept := make([]bool, len(shells))
	for i := range kept {
		kept[i] = i < len(paragraphs) && strings.Contains(paragraphs[i], open)
	}
	return kept
}

// readableShell returns a copy of the element n without its children and
// with only the attributes the policy may keep: the policy's verdict on
// the element depends on those alone.
func readableShell(n *html.Node) *html.Node {
	keep := readingAttrRows()
	shell := &html.Node{Type: html.ElementNode, Data: n.Data, DataAtom: n.DataAtom}
	for _, a := range n.Attr {
		if a.Namespace == "" && keep[a.Key] != nil {
			shell.Attr = append(shell.Attr, a)
		}
	}
	return shell
}

// policyKeepsAnchor reports whether the reading policy keeps the <a>
// element a itself, judged by its attributes alone. One with no attribute
// the policy allows (no href, or one it refuses, and no title) is
// unwrapped: its text stays, the element goes, and what it held stands
// where it stood.
func policyKeepsAnchor(a *html.Node) bool {
	return policyKeepsAnchors([]*html.Node{a})[0]
}

// policyKeepsAnchors is policyKeepsAnchor for each of anchors. The verdicts
// not remembered come from one sanitizer run, each anchor alone in a
// paragraph, as in policyKeepsImages: a run per link cost more than the
// rest of the question.
func policyKeepsAnchors(anchors []*html.Node) []bool {
	kept := make([]bool, len(anchors))
	var asked []int     // the anchors whose verdict is not remembered
	var shells []string // their shells as written
	for i, a := range anchors {
		if hasPlainWebHref(a) {
			kept[i] = true
			if checkPlainWebHref != nil {
				checkPlainWebHref(a)
			}
			continue
		}
		shell := readableShell(a)
		if len(shell.Attr) == 0 {
			continue
		}
		w := written(shell)
		anchorVerdicts.Lock()
		verdict, known := anchorVerdicts.m[w]
		anchorVerdicts.Unlock()
		if known {
			kept[i] = verdict
			continue
		}
		asked, shells = append(asked, i), append(shells, w)
	}
	if len(asked) == 0 {
		return kept
	}
	verdicts := policyKeepsShells(shells, "<a")
	anchorVerdicts.Lock()
	defer anchorVerdicts.Unlock()
	for k, i := range asked {
		kept[i] = verdicts[k]
		if len(anchorVerdicts.m) >= maxAnchorVerdicts || anchorVerdicts.m == nil {
			anchorVerdicts.m = make(map[string]bool)
		}
		anchorVerdicts.m[shells[k]] = verdicts[k]
	}
	return kept
}

// hasPlainWebHref reports whether a's address is one the policy surely
// keeps, and a with it: an absolute http or https URL made only of letters,
// digits and marks that net/url parses in any part of a URL, with no white
// space, escape, port or brackets, which bluemonday checks no further than
// by parsing it. After absolutizeURLs most links of a page are such: their
// verdict needs no sanitizer run.
func hasPlainWebHref(a *html.Node) bool {
	for _, at := range a.Attr {
		if at.Key != "href" || at.Namespace != "" {
			continue
		}
		rest, ok := strings.CutPrefix(at.Val, "https://")
		if !ok {
			rest, ok = strings.CutPrefix(at.Val, "http://")
		}
		if !ok {
			return false
		}
		for i := 0; i < len(rest); i++ {
			if !plainURLByte[rest[i]] {
				return false
			}
		}
		return true
	}
	return false
}

// plainURLByte marks the bytes of hasPlainWebHref's addresses.
var plainURLByte = func() (set [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		set[c], set[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		set[c] = true
	}
	for _, c := range []byte("-._~/?#&=+;,@!$*") {
		set[c] = true
	}
	return set
}()

// checkPlainWebHref, when set (by the package's tests), is given each link
// hasPlainWebHref vouched for, to ask the sanitizer too.
var checkPlainWebHref func(a *html.Node)

// policyStrips reports whether the reading policy drops the element n's
// tags and keeps what it holds: an element it does not allow (the elements
// whose content it drops too, script and style, are gone by the time this
// is asked), or a link with no attribute it keeps. It writes a space where
// it does.
func policyStrips(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return !policyKeepsAnchor(n)
	}
	return !readingElementSet()[n.Data]
}

// anchorVerdicts remembers policyKeepsAnchor's answers by the shell as
// written, which is all the verdict depends on: the content pass asks
// about the same links in each of its rounds, and a sanitizer run for each
// question was a few percent of a clean. Emptied when it holds
// maxAnchorVerdicts, so a long-running server keeps it small.
var anchorVerdicts struct {
	sync.Mutex
	m map[string]bool
}

const maxAnchorVerdicts = 4096

// sanitizeHTML passes s through the reading policy. Every HTML string winnow
// returns goes through here. sanitizeHTML(sanitizeHTML(s)) == sanitizeHTML(s).
//
// It is Policy.Sanitize with relWritten replaced by relWanted in what it
// returns, but the sanitizer writes into a relWriter, which makes the
// replacement token by token: no second pass over the whole output and no
// second copy of it.
func sanitizeHTML(s string) string {
	if strings.TrimSpace(s) == "" {
		return s // as Policy.Sanitize does
	}
	var w relWriter
	w.b.Grow(len(s)) // most input is kept; the builder grows if it is not enough
	if err := readingPolicy().SanitizeReaderToWriter(strings.NewReader(s), &w); err != nil {
		return "" // as Policy.Sanitize does
	}
	return w.b.String()
}

// relWriter gathers the sanitizer's output. bluemonday writes it one piece
// at a time with WriteString: a tag, a text, an end tag or a space, each
// whole. An occurrence of relWritten lies within one tag: it holds a '"',
// which only a tag has (text is written escaped, '"' as "&#34;"), and no
// '<' or '>', which a tag only has at its ends (escaped in its attribute
// values). So replacing it in each tag is replacing it in the whole output.
type relWriter struct {
	b strings.Builder
}

func (w *relWriter) WriteString(s string) (int, error) {
	n := len(s)
	if n > len(relWritten) && s[0] == '<' && strings.Contains(s, relWritten) {
		s = strings.ReplaceAll(s, relWritten, relWanted)
	}
	_, _ = w.b.WriteString(s) // a strings.Builder's writes do not fail
	return n, nil
}

// Write is there for io.Writer; bluemonday writes through WriteString.
func (w *relWriter) Write(p []byte) (int, error) {
	return w.WriteString(string(p))
}
