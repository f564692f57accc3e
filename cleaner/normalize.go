package cleaner

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// normalize prepares the page for the passes that judge content: it finds
// the base URL and makes links and images absolute, wakes lazy images,
// turns video players into links, and drops what is never article text
// (scripts, styles, frames, forms and their controls, icons).
func normalize(d *document) error {
	resolveBase(d)
	restoreNoscriptImages(d)
	wakeLazyMedia(d)
	replaceVideoEmbeds(d)
	if d.opts.DropImages {
		dropImages(d)
	}
	absolutizeURLs(d)
	settleAnchorsWithoutHref(d)
	d.find(strings.Join(nonContentElements, ",")).Remove()
	removeForms(d)
	removeIcons(d)
	unlinkHeadingPermalinks(d)
	separateCodeInPre(d)
	removeUnshownImages(d)
	// Blocks that broken markup left inside a heading or a <pre> come out
	// before any pass judges a block by its words: "Share this:" with the
	// share list swallowed is still "Share this:", as the output shows it.
	// A list item left with no list is a paragraph by then, to be judged
	// as one. Inline and unknown elements around blocks give way first, as
	// the output unwraps them: inside "<i><a>Teilen mit:</a><ul>…</i>" the
	// link is no block of its own, beside the list it is.
	if body := d.bodyElement(); body != nil {
		unwrapInlineHolders(body)
		untangleBlocks(body)
		for _, e := range descendants(body) {
			fixStrayListItem(e)
		}
	}
	return nil
}

// nonContentElements hold code, styling, metadata or plug-ins, never text a
// reader came for. metadata.go has read the JSON-LD, the meta tags and the
// <title> already. A <title>, <noembed> or <noframes> in the body (a page
// whose head was cut off, a stray tag) is never shown, and the reading
// policy drops it with its text: left in, its words would count when a
// block around it is judged, and the output, without them, would be
// judged differently when it is cleaned again.
var nonContentElements = []string{
	"script", "style", "link", "meta", "template", "noscript",
	"object", "embed", "applet", "param", "iframe", "frame", "frameset",
	"title", "noembed", "noframes",
}

// ---- base URL -----------------------------------------------------------

// baseSources are the places a page names its own address, in the order
// they are trusted after Options.BaseURL.
var baseSources = []struct {
	selector, attr string
}{
	{"base[href]", "href"},
	{`link[rel~="canonical"][href]`, "href"},
	{`meta[property="og:url"][content], meta[name="og:url"][content]`, "content"},
}

// resolveBase sets d.base and Article.URL: Options.BaseURL when valid, then
// <base href>, the canonical link, og:url. A relative <base> or canonical
// is resolved against the sources after it.
func resolveBase(d *document) {
	if d.base == nil {
		d.base = parseBaseURL(d.opts.BaseURL)
	}
	if d.base == nil {
		var found []string
		for _, src := range baseSources {
			if v := strings.TrimSpace(d.find(src.selector).First().AttrOr(src.attr, "")); v != "" {
				found = append(found, v)
			}
		}
		for i, v := range found {
			if u := parseBaseURL(v); u != nil {
				d.base = u
				break
			}
			// Relative: resolve it against the first absolute one after it.
			ref, err := url.Parse(v)
			if err != nil {
				continue
			}
			for _, later := range found[i+1:] {
				if abs := parseBaseURL(later); abs != nil {
					d.base = abs.ResolveReference(ref)
					break
				}
			}
			if d.base != nil {
				break
			}
		}
	}
	if d.base != nil {
		d.art.URL = d.base.String()
	}
}

// ---- URLs -----------------------------------------------------------------

// urlAttrs hold one URL each; srcset holds a list and is handled apart.
var urlAttrs = []string{"href", "src", "poster", "cite"}

// absolutizeURLs rewrites relative URLs against d.base. In-page anchors
// ("#notes") stay as they are: the reader shows the article on its own page.
//
// It walks the page rather than find the elements with those attributes:
// a pass before it (wakeLazyMedia) gives images new addresses, which leaves
// the vocabulary's lists of them incomplete, and a selector's walk over the
// page costs many times a look at each element's attributes.
func absolutizeURLs(d *document) {
	r := newURLResolver(d.base)
	walk(d.dom.Get(0), func(n *html.Node) bool {
		for i, a := range n.Attr {
			if a.Namespace != "" {
				continue
			}
			switch {
			case a.Key == "srcset":
				n.Attr[i].Val = absoluteSrcset(r, a.Val)
			case containsString(urlAttrs, a.Key):
				n.Attr[i].Val = r.resolve(a.Val)
			}
		}
		return true
	})
}

// urlResolver is absoluteURL against one base. Most relative links of a
// page are a path in plain characters, from the site's root or from the
// page's folder: such a reference is joined to the base's root or folder,
// as net/url writes them, where parsing it, resolving it and writing the
// result out again was most of absolutizeURLs.
type urlResolver struct {
	base *url.URL
	// root and folder are absoluteURL of "/" and of "x" without that last
	// byte; empty when the base does not give them so.
	root, folder string
}

func newURLResolver(base *url.URL) *urlResolver {
	r := &urlResolver{base: base}
	if base != nil {
		if s := absoluteURL(base, "/"); strings.HasSuffix(s, "/") && s != "/" {
			r.root = s[:len(s)-1]
		}
		if s := absoluteURL(base, "x"); strings.HasSuffix(s, "x") && s != "x" {
			r.folder = s[:len(s)-1]
		}
	}
	return r
}

// resolve is absoluteURL(r.base, ref).
func (r *urlResolver) resolve(ref string) string {
	prefix := r.folder
	if strings.HasPrefix(ref, "/") {
		prefix = r.root
	}
	if prefix == "" || !isPlainPathRef(ref) {
		return absoluteURL(r.base, ref)
	}
	joined := prefix + ref
	if checkResolve != nil {
		checkResolve(r.base, ref, joined)
	}
	return joined
}

// checkResolve, set by the tests, is given each reference urlResolver
// joined without net/url, with the base and the answer, which must be
// absoluteURL's.
var checkResolve func(base *url.URL, ref, joined string)

// isPlainPathRef reports whether ref is a path that net/url would resolve
// and write back unchanged: letters, digits and "-._~/", no segment that
// starts with a dot ("." and ".." are steps, not names), not "//" (a host
// follows), then at most a query of printable ASCII, which net/url keeps as
// written. No fragment, which it would escape.
func isPlainPathRef(ref string) bool {
	if ref == "" || strings.HasPrefix(ref, "//") {
		return false
	}
	for i := 0; i < len(ref); i++ {
		switch c := ref[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '~' || c == '/':
		case c == '.':
			if i == 0 || ref[i-1] == '/' {
				return false
			}
		case c == '?' && i > 0:
			for _, q := range []byte(ref[i+1:]) {
				if q <= ' ' || q >= 0x7f || q == '#' {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return true
}

// absoluteURL resolves ref against base. Without a base only
// protocol-relative URLs ("//cdn…") can be completed.
func absoluteURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") || hasURLScheme(ref) {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil || u.IsAbs() {
		return ref
	}
	if base == nil {
		if strings.HasPrefix(ref, "//") {
			return "https:" + ref
		}
		return ref
	}
	return base.ResolveReference(u).String()
}

// hasURLScheme reports whether ref starts with a scheme and its colon
// ("https:", "data:", "mailto:") the way net/url reads one. Such a URL is
// kept as written: resolving it against the base would only write it again
// (a lowercased scheme, dot segments removed, spaces escaped), which a
// browser does itself, and the sanitizer still checks it. Most of a page's
// links are absolute, and parsing each was most of this pass.
func hasURLScheme(ref string) bool {
	for i := 0; i < len(ref); i++ {
		switch c := ref[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return false
			}
		case c == ':':
			return i > 0
		default:
			return false
		}
	}
	return false
}

// srcsetEntry is one "URL [descriptor]" entry of a srcset.
type srcsetEntry struct{ url, descriptor string }

// parseSrcset splits a srcset the way the HTML standard does: a URL is a run
// of non-white-space (commas inside it, as in data: URLs, belong to it
// unless they end it), then an optional descriptor up to the next comma.
func parseSrcset(s string) []srcsetEntry {
	var out []srcsetEntry
	for {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			return out
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		u := s[:end]
		s = s[end:]
		var desc string
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			u = trimmed // "a.jpg," ends the candidate
		} else if comma := strings.IndexByte(s, ','); comma >= 0 {
			desc, s = s[:comma], s[comma+1:]
		} else {
			desc, s = s, ""
		}
		if u != "" {
			out = append(out, srcsetEntry{u, strings.TrimSpace(desc)})
		}
	}
}

func absoluteSrcset(r *urlResolver, s string) string {
	cands := parseSrcset(s)
	parts := make([]string, len(cands))
	for i, c := range cands {
		parts[i] = r.resolve(c.url)
		if c.descriptor != "" {
			parts[i] += " " + c.descriptor
		}
	}
	return strings.Join(parts, ", ")
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// ---- lazy images ----------------------------------------------------------

// lazySrcAttrs and lazySrcsetAttrs are where lazy-loading scripts keep the
// real image until it scrolls into view.
var (
	lazySrcAttrs = []string{
		"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
		"data-hi-res-src", "data-full-src", "data-orig-src", "data-echo",
		"data-pagespeed-lazy-src", "data-img-src", "data-actualsrc", "data-original-src",
	}
	lazySrcsetAttrs = []string{"data-srcset", "data-lazy-srcset", "data-original-srcset"}
)

// placeholderHints mark a src that only stands in for the real image.
var placeholderHints = sync.OnceValue(func() *substringSet {
	return newSubstringSet("placeholder", "blank.", "spacer", "lazy", "pixel.", "transparent", "loading",
		"1x1", "grey.gif", "gray.gif", "empty.")
})

func isPlaceholderSrc(src string) bool {
	src = strings.ToLower(strings.TrimSpace(src))
	if src == "" || src == "#" || strings.HasPrefix(src, "data:") || strings.HasPrefix(src, "about:") {
		return true
	}
	return placeholderHints().in(src)
}

// wakeLazyMedia moves lazy-loading attributes into src and srcset when the
// element has no real src yet (or says it is lazy by its class).
func wakeLazyMedia(d *document) {
	d.find("img, source, iframe, video").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		attrsBefore, srcBefore, srcsetBefore := len(n.Attr), attr(n, "src"), attr(n, "srcset")
		src, hasSrc := s.Attr("src")
		lazyClass := strings.Contains(strings.ToLower(s.AttrOr("class", "")), "lazy")
		for _, a := range lazySrcAttrs {
			v := strings.TrimSpace(s.AttrOr(a, ""))
			if v == "" || strings.HasPrefix(v, "{") { // templating left-overs
				continue
			}
			if goquery.NodeName(s) == "source" && s.Parent().IsMatcher(compiledSelector("picture")) {
				break // a <source> in <picture> uses srcset, not src
			}
			if !hasSrc || lazyClass || isPlaceholderSrc(src) {
				s.SetAttr("src", v)
				src, hasSrc = v, true
			}
			break
		}
		for _, a := range lazySrcsetAttrs {
			if v := strings.TrimSpace(s.AttrOr(a, "")); v != "" {
				if cur := s.AttrOr("srcset", ""); cur == "" || lazyClass || isPlaceholderSrc(cur) {
					s.SetAttr("srcset", v)
				}
				break
			}
		}
		// An image known only by its srcset still needs a src.
		if goquery.NodeName(s) == "img" && isPlaceholderSrc(src) {
			if cands := parseSrcset(s.AttrOr("srcset", "")); len(cands) > 0 {
				s.SetAttr("src", cands[len(cands)-1].url)
			}
		}
		// A src or srcset it may not have had, or new values: noted only
		// then, since a noted element leaves the vocabulary's lists of its
		// tag and attributes incomplete, and finds that use them walk.
		if len(n.Attr) != attrsBefore || attr(n, "src") != srcBefore || attr(n, "srcset") != srcsetBefore {
			d.noteAdded(n)
		}
	})
}

// restoreNoscriptImages uses the <noscript><img></noscript> fallback that
// lazy-loading pages put beside a placeholder. The HTML parser runs with
// scripting on, so a noscript's content is raw text: it is parsed here.
func restoreNoscriptImages(d *document) {
	d.find("body noscript").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		imgs := noscriptImages(n)
		if len(imgs) != 1 {
			return // none, or a gallery we cannot pair up: dropped with the noscript later
		}
		img := imgs[0]
		if target := placeholderBefore(n); target != nil {
			if alt := attrValue(target, "alt"); alt != "" && attrValue(img, "alt") == "" {
				img.Attr = append(img.Attr, html.Attribute{Key: "alt", Val: alt})
			}
			target.Parent.InsertBefore(img, target)
			target.Parent.RemoveChild(target)
			d.noteAdded(img)
			return
		}
		// A lone fallback image (no lazy twin before it) is the only copy
		// of the picture, unless it is an analytics pixel.
		if n.Parent != nil && !isTrackingPixel(img) && goquery.NewDocumentFromNode(n.Parent).FindMatcher(compiledSelector("img")).Length() == 0 {
			n.Parent.InsertBefore(img, n)
			d.noteAdded(img)
		}
	})
}

// noscriptImages returns the <img> elements in a noscript, parsed from its
// text when the parser kept it raw, detached and ready to insert.
func noscriptImages(n *html.Node) []*html.Node {
	var nodes []*html.Node
	if n.FirstChild != nil && n.FirstChild.Type == html.TextNode && n.FirstChild == n.LastChild {
		ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		parsed, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), ctx)
		if err != nil {
			return nil
		}
		nodes = parsed
	} else {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			nodes = append(nodes, c)
		}
	}
	var imgs []*html.Node
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && x.DataAtom == atom.Img {
			imgs = append(imgs, x)
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, x := range nodes {
		walk(x)
	}
	for _, img := range imgs {
		if img.Parent != nil {
			img.Parent.RemoveChild(img)
		}
	}
	return imgs
}

// placeholderBefore finds the lazy <img> a noscript stands behind: the
// previous element sibling, itself an img or a wrapper around one image and
// no text.
func placeholderBefore(n *html.Node) *html.Node {
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && strings.TrimSpace(prev.Data) != "" {
			return nil
		}
		prev = prev.PrevSibling
	}
	if prev == nil {
		return nil
	}
	if prev.DataAtom == atom.Img {
		return prev
	}
	sel := goquery.NewDocumentFromNode(prev).FindMatcher(compiledSelector("img"))
	if sel.Length() == 1 && collapseSpace(goquery.NewDocumentFromNode(prev).Text()) == "" {
		return sel.Get(0)
	}
	return nil
}

// isTrackingPixel reports the invisible 1×1 images analytics put in noscript.
func isTrackingPixel(img *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(attrValue(img, k), "px")); err == nil && v <= 2 {
			return true
		}
	}
	style := strings.ReplaceAll(strings.ToLower(attrValue(img, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// ---- videos ---------------------------------------------------------------

// videoHosts turn an embedded player's URL into the video's own page.
var videoHosts = sync.OnceValue(func() []struct {
	pattern *regexp.Regexp
	watch   string // with %s for the video id
	label   string
} {
	type host = struct {
		pattern *regexp.Regexp
		watch   string
		label   string
	}
	return []host{
		{regexp.MustCompile(`(?i)^(?:https?:)?//(?:www\.|m\.)?youtube(?:-nocookie)?\.com/(?:embed|v)/([A-Za-z0-9_-]{6,})`),
			"https://www.youtube.com/watch?v=%s", "Watch the video on YouTube"},
		{regexp.MustCompile(`(?i)^(?:https?:)?//(?:player\.)?vimeo\.com/(?:video/)?([0-9]+)`),
			"https://vimeo.com/%s", "Watch the video on Vimeo"},
	}
})

// genericPlayerTitles are iframe titles that say nothing about the video.
var genericPlayerTitles = []string{"youtube video player", "youtube", "vimeo", "video", "embedded content", "vimeo video player"}

// replaceVideoEmbeds keeps YouTube and Vimeo players as a figure with a
// link to the video: the player is a frame we drop, the video is content.
func replaceVideoEmbeds(d *document) {
	d.find("iframe, embed, object").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if n.Parent == nil {
			return
		}
		src := s.AttrOr("src", "")
		if src == "" {
			src = s.AttrOr("data", "")
		}
		if src == "" {
			src = s.FindMatcher(compiledSelector(`param[name="movie"]`)).AttrOr("value", "")
		}
		if src == "" {
			for _, a := range lazySrcAttrs {
				if src = s.AttrOr(a, ""); src != "" {
					break
				}
			}
		}
		src = strings.TrimSpace(src)
		for _, h := range videoHosts() {
			m := h.pattern.FindStringSubmatch(src)
			if m == nil {
				continue
			}
			watch := strings.Replace(h.watch, "%s", m[1], 1)
			text := collapseSpace(s.AttrOr("title", ""))
			if text == "" || containsString(genericPlayerTitles, strings.ToLower(text)) {
				text = h.label
			}
			link := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A,
				Attr: []html.Attribute{{Key: "href", Val: watch}}}
			link.AppendChild(&html.Node{Type: html.TextNode, Data: text})
			fig := &html.Node{Type: html.ElementNode, Data: "figure", DataAtom: atom.Figure}
			fig.AppendChild(link)
			// An <embed> inside an <object> is the same player: replace the outer one.
			target := n
			if p := n.Parent; p != nil && p.DataAtom == atom.Object {
				target = p
			}
			if target.Parent != nil {
				target.Parent.InsertBefore(fig, target)
				d.noteAdded(fig)
				target.Parent.RemoveChild(target)
			}
			return
		}
	})
}

// ---- images ---------------------------------------------------------------

// dropImages implements Options.DropImages: no element left that would
// make a reader's browser fetch an image from the article's site. This is
// a reader's choice, not a judgement on content, so it is not recorded.
func dropImages(d *document) {
	d.find(`img, picture, source, input[type=image], image`).Remove()
	d.find("video[poster]").RemoveAttr("poster")
	// A figure that held only an image would be an empty frame.
	d.find("figure").Each(func(_ int, s *goquery.Selection) {
		if collapseSpace(s.Text()) == "" && s.FindMatcher(compiledSelector("video,audio,iframe,embed,object")).Length() == 0 {
			s.Remove()
		}
	})
}

// ---- forms and controls -------------------------------------------------

const (
	formReason    = "Forms (comment, search, sign-up, log-in) are page furniture, not article text."
	controlReason = "Buttons and form fields are page furniture, not article text."
)

// formControls are the interactive elements dropped with or without a form.
var formControls = []string{"input", "select", "textarea", "button", "datalist", "output"}

// removeForms drops forms and stray controls. Some sites (ASP.NET Web
// Forms) wrap the whole page in one <form>: such a form is unwrapped, not
// removed, so the article inside survives.
func removeForms(d *document) {
	d.find("form").Each(func(_ int, s *goquery.Selection) {
		if s.Get(0).Parent == nil {
			return
		}
		if wrapsPage(s) {
			s.FindMatcher(compiledSelector("input, select, textarea")).Remove()
			s.Contents().Unwrap()
			return
		}
		d.remove(s, "normalize.form", formReason)
	})
	d.find("button").Each(func(_ int, s *goquery.Selection) {
		if s.FindMatcher(compiledSelector("img, picture")).Length() > 0 {
			s.Contents().Unwrap() // an image inside a zoom button is content
			return
		}
		d.remove(s, "normalize.control", controlReason)
	})
	d.find(strings.Join(formControls, ",")).Each(func(_ int, s *goquery.Selection) {
		d.remove(s, "normalize.control", controlReason)
	})
}

// wrapsPage reports a form that holds the page's content rather than a few
// fields: it contains an article, main or h1, or several long paragraphs.
func wrapsPage(s *goquery.Selection) bool {
	if s.FindMatcher(compiledSelector("article, main, h1, [role=main]")).Length() > 0 {
		return true
	}
	long := 0
	s.FindMatcher(compiledSelector("p")).Each(func(_ int, p *goquery.Selection) {
		if len(collapseSpace(p.Text())) >= 120 {
			long++
		}
	})
	return long >= 3
}

// ---- icons ----------------------------------------------------------------

// iconHints in an svg's class or id mark it as an icon.
var iconHints = sync.OnceValue(func() *substringSet {
	return newSubstringSet("icon", "ico-", "logo", "glyph", "svg-inline", "arrow", "chevron", "caret", "social")
})

// maxIconSize is the largest width or height an icon is drawn at.
const maxIconSize = 64

// removeUnshownImages drops the images the reading policy would drop from
// the output, so that no pass counts as a picture what the reader will not
// see (a heading beside one is no caption).
func removeUnshownImages(d *document) {
	var doubtful []*html.Node
	for _, n := range d.find("img").Nodes {
		if !surelyShown(n) {
			doubtful = append(doubtful, n)
		}
	}
	for i, kept := range policyKeepsImages(doubtful) {
		if n := doubtful[i]; !kept && n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// surelyShown reports an image the reading policy keeps whatever its src:
// bluemonday drops an <img> only when none of its attributes is allowed,
// and it checks every one but src against a pattern alone (src must also
// be a URL it accepts). Most images have an alt, a title or a width, and
// sparing them the sanitizer is most of removeUnshownImages's cost.
func surelyShown(img *html.Node) bool {
	rules := imageAttrRules()
	for _, a := range img.Attr {
		if a.Namespace != "" {
			continue
		}
		for _, pattern := range rules[a.Key] {
			if pattern == nil || pattern.MatchString(a.Val) {
				return true
			}
		}
	}
	return false
}

// imageAttrRules are the readingAttrs patterns for the attributes of an
// <img> other than src, by name; a nil pattern allows any value.
var imageAttrRules = sync.OnceValue(func() map[string][]*regexp.Regexp {
	rules := map[string][]*regexp.Regexp{}
	patterns := readingAttrPatterns()
	for i, r := range readingAttrs {
		if len(r.elems) > 0 && !containsString(r.elems, "img") {
			continue
		}
		for _, a := range r.attrs {
			if a != "src" {
				rules[a] = append(rules[a], patterns[i])
			}
		}
	}
	return rules
})

// settleAnchorsWithoutHref leaves no <a> without an href, or with a blank
// one (policyTakesHref): the reading policy strips such an anchor (a
// script's button, a named target, an anchor the parser reopened where
// markup left one unclosed) and shows its
// text as plain text, so the passes must judge it so too; counted as link
// text, it would make the block around it read as links the first time
// and not when the output is cleaned again. One that stands alone as a
// short line ("Close", "Enlarge Image", "Load more") is a control for the
// page's scripts and goes like a button; any other gives way to what it
// holds.
func settleAnchorsWithoutHref(d *document) {
	standalone := standaloneCache{}
	anchors := slices.Clip(d.find("a:not([href])").Nodes) // appended to: its own copy
	for _, a := range d.find("a[href]").Nodes {
		href := attr(a, "href")
		if !policyTakesHref(href) {
			anchors = append(anchors, a)
		} else if isTweetShareLink(href) {
			unlinkShareQuote(d, a)
		}
	}
	for _, a := range anchors {
		if a.Parent == nil || a.Namespace != "" {
			continue
		}
		control := isScriptControl(a, standalone)
		standalone.forget(a)
		if control {
			d.removeNode(a, "normalize.control", controlReason)
		} else {
			unwrap(a)
		}
	}
}

// tweetShareHosts and tweetSharePaths make the address of the dialog that
// posts a text to Twitter (X).
var (
	tweetShareHosts = []string{"twitter.com", "x.com"}
	tweetSharePaths = []string{"/share", "/intent/tweet", "/intent/post"}
)

// shareQuoteLabels are the buttons a "click to tweet" box sets beside its
// quote, lowercased.
var shareQuoteLabels = []string{"click to tweet", "click to tweet this", "tweet this", "tweet this quote", "tweet", "click to post", "share on twitter", "share on x"}

// isTweetShareLink reports whether href opens the dialog that posts a text
// to Twitter. It is asked of every link of a page, so it copies nothing.
func isTweetShareLink(href string) bool {
	h := strings.TrimSpace(href)
	if i := strings.Index(h, "//"); i >= 0 && i <= len("https:") {
		h = h[i+2:]
	} else {
		return false
	}
	slash := strings.IndexByte(h, '/')
	if slash < 0 {
		return false
	}
	host, path := h[:slash], h[slash:]
	for _, sub := range []string{"www.", "mobile."} {
		if len(host) > len(sub) && strings.EqualFold(host[:len(sub)], sub) {
			host = host[len(sub):]
		}
	}
	if !slices.ContainsFunc(tweetShareHosts, func(t string) bool { return strings.EqualFold(host, t) }) {
		return false
	}
	for _, p := range tweetSharePaths {
		// The path whole: "twitter.com/shareholder" is someone's account.
		if len(path) >= len(p) && strings.EqualFold(path[:len(p)], p) &&
			(len(path) == len(p) || strings.IndexByte("?/#", path[len(p)]) >= 0) {
			return true
		}
	}
	return false
}

// minShareQuoteWords is the length from which a share link's words are a
// quote of the story rather than a button's label.
const minShareQuoteWords = 6

// unlinkShareQuote leaves as text the quote that a "click to tweet" box
// offers to share (a link to the share dialog around a sentence the writer
// chose and a "Click To Tweet" button): the quote is the story's own words,
// often found nowhere else on the page, while the link and the button are
// furniture. A share link of a few words (a "Tweet" button) is left as it
// is, for the passes that take out share bars.
func unlinkShareQuote(d *document, a *html.Node) {
	var labels []*html.Node
	quote := collapseSpace(nodeText(a))
	eachElement(a, func(e *html.Node) bool {
		text := collapseSpace(nodeText(e))
		if containsString(shareQuoteLabels, strings.ToLower(text)) {
			labels = append(labels, e)
			quote = strings.Replace(quote, text, "", 1)
			return false
		}
		return true
	})
	if len(strings.Fields(quote)) < minShareQuoteWords {
		return
	}
	for _, l := range labels {
		d.removeNode(l, "normalize.share-quote", "The button of a quote that the story offers to share on Twitter; the quote stays, as text.")
	}
	unwrap(a)
}

// policyTakesHref reports whether an anchor's href is one the reading
// policy may keep: a blank one it drops, as it drops a missing one. Other
// addresses it drops ("javascript:…", "tel:…") are left as links: those
// anchors are mostly a page's buttons and share links, which the content
// pass takes out as links (tried: settling them too kept "Facebook Twitter
// Google+ Whatsapp" and "Follow Following Unfollow" lines on shared pages).
func policyTakesHref(href string) bool {
	return strings.TrimSpace(href) != ""
}

// isScriptControl reports an anchor without an href that is a line of its
// own of at most 30 runes, neither a named target nor a heading's text.
func isScriptControl(a *html.Node, standalone standaloneCache) bool {
	// The text first: an empty anchor is no control, and telling whether
	// one stands alone looks at its siblings, of which a page may have
	// thousands.
	if n := utf8.RuneCountInString(strings.TrimSpace(nodeText(a))); n == 0 || n > 30 {
		return false
	}
	if hasAttrKey(a, "name") || hasAttrKey(a, "id") || !standalone.isStandaloneBlock(a) {
		return false
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if isHeadingElement(p) {
			return false
		}
	}
	return true
}

// permalinkMarks are the texts of the links that documentation and blog
// generators set in a heading to link to it: Sphinx's and MkDocs' "¶", the
// "#" of Node.js, Docusaurus and Hugo themes, "§", a link symbol, or an icon
// (gone by now, leaving the link empty). The mark is no part of the
// heading, and would show in the title and in the headings of the output.
var permalinkMarks = map[string]bool{"": true, "#": true, "¶": true, "§": true, "🔗": true, "⚓": true, "⚓\ufe0e": true, "⚓\ufe0f": true}

// maxActionRunes is the longest text, brackets included, of an action link
// beside a heading ("[edit]", "[src]", "[show]").
const maxActionRunes = 12

// headingMarks returns the marks beside heading h's text that are no part
// of it: a permalink to a place in the page (a bare "#" is a script's
// button), and an action in square brackets, such as a wiki's "[edit]",
// whose brackets may stand outside its link, in an inline wrapper.
func headingMarks(h *html.Node) []*html.Node {
	var marks []*html.Node
	eachElement(h, func(n *html.Node) bool {
		if n.DataAtom != atom.A {
			return true
		}
		text := collapseSpace(nodeText(n))
		href := strings.TrimSpace(attr(n, "href"))
		switch {
		case isPlaceLink(href) && permalinkMarks[text], isBracketedAction(text):
			marks = append(marks, n)
		case n.Parent != h && isInline(n.Parent) && isBracketedAction(collapseSpace(nodeText(n.Parent))):
			marks = append(marks, n.Parent)
		}
		return false
	})
	return marks
}

// isBracketedAction reports whether t is a short word in square brackets.
func isBracketedAction(t string) bool {
	return len(t) >= 3 && t[0] == '[' && t[len(t)-1] == ']' && utf8.RuneCountInString(t) <= maxActionRunes
}

// unlinkHeadingPermalinks takes out of headings the marks beside their
// text (headingMarks), and unwraps a link to a place in the page that is
// the whole heading's text.
func unlinkHeadingPermalinks(d *document) {
	d.find("h1, h2, h3, h4, h5, h6").Each(func(_ int, s *goquery.Selection) {
		h := s.Get(0)
		for _, m := range headingMarks(h) {
			if m.Parent != nil {
				m.Parent.RemoveChild(m)
			}
		}
		var self []*html.Node
		eachElement(h, func(n *html.Node) bool {
			if n.DataAtom == atom.A {
				if isPlaceLink(strings.TrimSpace(attr(n, "href"))) {
					self = append(self, n)
				}
				return false
			}
			return true
		})
		for _, a := range self {
			if collapseSpace(nodeText(a)) == collapseSpace(nodeText(h)) {
				unwrap(a)
			}
		}
	})
}

// separateCodeInPre puts a line break between two <code> elements that
// follow each other in a <pre>: documentation sites set a listing's
// variants there (ES module and CommonJS, shell and PowerShell) and show
// one at a time. The output shows both, and without the break the last
// line of one would run into the first of the next.
func separateCodeInPre(d *document) {
	d.find("pre").Each(func(_ int, s *goquery.Selection) {
		var prev *html.Node
		for c := s.Get(0).FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.Code:
				if prev != nil && !strings.HasSuffix(nodeText(prev), "\n") {
					c.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
				}
				prev = c
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "",
				c.Type == html.CommentNode:
				// between two listings: no text of their own
			default:
				prev = nil
			}
		}
	})
}

// removeIcons drops inline SVG icons: their <title> text ("Share on
// Facebook") would otherwise leak into the article text. Large drawings
// (charts, maps) stay for the content pass to judge.
func removeIcons(d *document) {
	d.find("svg").Each(func(_ int, s *goquery.Selection) {
		if s.Get(0).Parent == nil {
			return
		}
		if isIcon(s) {
			s.Remove()
		}
	})
}

func isIcon(s *goquery.Selection) bool {
	if strings.EqualFold(s.AttrOr("aria-hidden", ""), "true") {
		return true
	}
	if iconHints().in(strings.ToLower(s.AttrOr("class", "") + " " + s.AttrOr("id", ""))) {
		return true
	}
	if s.ParentsMatcher(compiledSelector("a, button")).Length() > 0 {
		return true
	}
	w, h := svgSize(s)
	if w == 0 && h == 0 {
		return s.FindMatcher(compiledSelector("use")).Length() > 0 // a sprite reference, sized by CSS
	}
	return w <= maxIconSize && h <= maxIconSize
}

// svgSize reads width and height, falling back to the viewBox.
func svgSize(s *goquery.Selection) (w, h float64) {
	num := func(v string) float64 {
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "px"))
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return 0
		}
		return f
	}
	w, h = num(s.AttrOr("width", "")), num(s.AttrOr("height", ""))
	if w == 0 && h == 0 {
		// The parser restores SVG's camel case: the attribute is "viewBox".
		if f := strings.Fields(strings.ReplaceAll(s.AttrOr("viewBox", s.AttrOr("viewbox", "")), ",", " ")); len(f) == 4 {
			w, h = num(f[2]), num(f[3])
		}
	}
	return w, h
}
