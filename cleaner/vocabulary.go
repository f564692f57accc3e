package cleaner

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/net/html"
)

// A selector table (the comment systems, say) is mostly selectors that can
// never match on a given page: a page without Disqus has no "dsq-" class
// anywhere. Matching each of them against every element costs more than
// the rest of the pass together, so a pass first lists the page's
// vocabulary (its tag names, ids, class names and the values of the
// attributes the selectors test) in one walk, and skips every selector
// whose needs are absent. The needs are read from the selector's own text,
// so the tables stay plain CSS.

// needKind is what a selector requires of the element it matches.
type needKind uint8

const (
	needTag       needKind = iota // the element's name is key
	needID                        // its id is key
	needClass                     // key is one of its class names
	needAttr                      // it has attribute key
	needAttrValue                 // attribute key's value holds value (case folded)
)

// needRank orders the kinds by how few elements of a page have them.
var needRank = [...]int{needTag: 1, needAttr: 2, needAttrValue: 3, needClass: 4, needID: 5}

// selectorNeed is one thing an element must have for one alternative of a
// selector group to match it. It is necessary, not sufficient.
type selectorNeed struct {
	kind       needKind
	key, value string
}

// selectorNeeds returns one need per alternative of group (a selector list
// such as `#comments, ol.comment-list, [id^="dsq-"]`), taken from each
// alternative's subject: the last compound, the element itself. ok is false
// when some alternative has no need this reader can name (`*`, a bare
// pseudo-class): then the group may match anything.
func selectorNeeds(group string) (needs []selectorNeed, ok bool) {
	for _, alt := range splitTopLevel(group, ',') {
		need, ok := compoundNeed(lastCompound(strings.TrimSpace(alt)))
		if !ok {
			return nil, false
		}
		needs = append(needs, need)
	}
	return needs, len(needs) > 0
}

// splitTopLevel splits s at sep where sep is outside brackets, parentheses
// and quotes.
func splitTopLevel(s string, sep byte) []string {
	var parts []string
	start := 0
	eachTopLevel(s, func(i int) {
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	})
	return append(parts, s[start:])
}

// lastCompound is the compound selector after the last combinator (white
// space, >, + or ~) outside brackets, parentheses and quotes.
func lastCompound(s string) string {
	start := 0
	eachTopLevel(s, func(i int) {
		if strings.IndexByte(" \t\n>+~", s[i]) >= 0 {
			start = i + 1
		}
	})
	return s[start:]
}

// eachTopLevel calls at with the index of every byte of s that stands
// outside brackets, parentheses, quotes and escapes.
func eachTopLevel(s string, at func(i int)) {
	depth, quote := 0, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0:
			at(i)
		}
	}
}

// compoundNeed reads one compound selector (`ol.comment-list`,
// `#comments:has(.x)`, `[class^="dsq-"]`) and returns its most telling need:
// an id, else a class, else an attribute value, an attribute, a tag name.
func compoundNeed(c string) (selectorNeed, bool) {
	var best selectorNeed
	found := false
	take := func(n selectorNeed) {
		if !found || needRank[n.kind] > needRank[best.kind] {
			best, found = n, true
		}
	}
	i := 0
	if tag, next := readIdent(c, 0); tag != "" {
		take(selectorNeed{kind: needTag, key: strings.ToLower(tag)})
		i = next
	}
	for i < len(c) {
		switch c[i] {
		case '#', '.':
			name, next := readIdent(c, i+1)
			if name == "" {
				return selectorNeed{}, false
			}
			if c[i] == '#' {
				take(selectorNeed{kind: needID, key: strings.ToLower(name)})
			} else {
				take(selectorNeed{kind: needClass, key: strings.ToLower(name)})
			}
			i = next
		case '[':
			end := strings.IndexByte(c[i:], ']')
			if end < 0 {
				return selectorNeed{}, false
			}
			take(attrNeed(c[i+1 : i+end]))
			i += end + 1
		case ':':
			_, next := readIdent(c, i+1)
			i = next
			if i < len(c) && c[i] == '(' { // :has(…), :not(…): say nothing of the subject
				depth := 0
				for ; i < len(c); i++ {
					if c[i] == '(' {
						depth++
					} else if c[i] == ')' {
						if depth--; depth == 0 {
							i++
							break
						}
					}
				}
			}
		default:
			return selectorNeed{}, false // '*' or something this reader does not know
		}
	}
	return best, found
}

// attrNeed reads the inside of an attribute selector: `key`, `key="v"`,
// `key^="v"`, `key*=v`…
func attrNeed(s string) selectorNeed {
	key, rest, _ := strings.Cut(s, "=")
	key = strings.TrimRight(strings.TrimSpace(key), "^*$~|")
	key = strings.ToLower(key)
	value := strings.Trim(strings.TrimSpace(rest), `"'`)
	if value == "" {
		return selectorNeed{kind: needAttr, key: key}
	}
	return selectorNeed{kind: needAttrValue, key: key, value: strings.ToLower(value)}
}

// readIdent reads a CSS identifier at s[i:], with backslash escapes
// (`fb\:comments`), and returns it unescaped and where it ends.
func readIdent(s string, i int) (string, int) {
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			b.WriteByte(c)
			i++
			continue
		}
		break
	}
	return b.String(), i
}

// cachedNeeds holds selectorNeeds per selector text.
var cachedNeeds sync.Map // string → []selectorNeed (nil: may match anything)

func needsFor(group string) []selectorNeed {
	if v, ok := cachedNeeds.Load(group); ok {
		return v.([]selectorNeed)
	}
	needs, ok := selectorNeeds(group)
	if !ok {
		needs = nil
	}
	cachedNeeds.Store(group, needs)
	return needs
}

// pageVocabulary is what the elements under one root are made of. Ids and
// class names are kept lowercased, as are the needs: a case-blind match can
// only say "may match" more often, never less.
//
// It lists, per id and per tag name, attribute and class name that some
// selector has asked about (needIndex), the elements that had it when the
// page was walked, in page order: find takes its answers from those lists
// instead of a walk over the page per selector, which on a large page
// costs more than the matching. A pass may have removed some of the
// elements since; an element a pass noted later (noteAdded) is not listed,
// and its names' lists are marked as incomplete instead.
type pageVocabulary struct {
	needs *needIndex    // the names listed, as known when the page was walked
	slots []elementList // the lists of those names, by their number in needs
	ids   map[string]*elementList
	// classNames holds every class name of the page, listed or not: a
	// selector that tests a class attribute's value looks among them.
	classNames map[string]bool
	// classText is classNames' keys, each followed by a line feed, as of
	// when it held classTextOf names: a selector testing a piece of a class
	// value searches it once instead of every name.
	classText   string
	classTextOf int
	// values holds, per attribute a selector tests by value, every value
	// of it on the page, lowercased and joined by line feeds.
	values map[string]*strings.Builder
	// classLists holds, per class attribute met, the lists of its listed
	// names. Pages repeat their class attributes (every menu item, every
	// paragraph of a story): one lookup of the whole value spares
	// splitting it, lowercasing and looking up each name again.
	classLists      map[string][]*elementList
	classListsArray []*elementList // holds classLists' slices
	walked          int            // elements walked so far: the next one's place
	noting          bool           // the first walk is over: what is added now is noted
	unlisted        bool           // has met a name the vocabulary does not list
}

// elementList is the vocabulary's list of the elements that have one name.
type elementList struct {
	elems []indexed
	// incomplete is set when elements with the name were made after the
	// walk: the list is not the whole answer.
	incomplete bool
}

// indexed is one element of a list and its place in the page.
type indexed struct {
	n     *html.Node
	place int
}

// needIndex numbers the tag names, attributes and class names that
// selectors have asked the vocabularies about: a page lists its elements
// under those names only. Four names in five that a page's elements carry
// are never asked about (a layout's class names, style and data
// attributes), and listing them was most of the walk's cost. The index
// learns: a vocabulary asked about a name it did not list answers "may
// match" and "walk the page", as if it had no index, and the vocabularies
// of later pages list that name too. After a first clean or two the
// index holds every name the passes ask about.
type needIndex struct {
	numbers [needAttrValue]map[string]int // by needKind: needTag, needAttr, needClass
	count   int
	// shapes holds, by kind, the lengths and first letters of the names
	// numbered: most tag and attribute names of a page ("span", "style")
	// are ruled out by these alone, without a lookup in numbers.
	shapes [needAttrValue]nameShapes
}

// number gives key of kind the next number, unless it has one.
func (ix *needIndex) number(kind needKind, key string) {
	if !hasNumber(ix.numbers[kind], key) {
		ix.numbers[kind][key] = ix.count
		ix.count++
		ix.shapes[kind].add(key)
	}
}

// nameShapes is a set of names' lengths and first letters, in either
// case (letterSet): a name whose shape is not in it is none of the names.
type nameShapes [64]letterSet // by length; the last for any of 63 or more

func (s *nameShapes) add(name string) {
	if name != "" {
		s[min(len(name), len(s)-1)].add(name[0])
	}
}

func (s *nameShapes) mayHold(name string) bool {
	return name != "" && s[min(len(name), len(s)-1)].has(name[0])
}

// maxNeeds bounds the index. The selectors are the package's own, so it
// never fills; if it did, the names past it would be found by walks.
const maxNeeds = 4096

var (
	knownNeeds    atomic.Pointer[needIndex] // replaced whole, never changed: vocabularies share it
	learningNeeds sync.Mutex
)

// currentNeeds is the index as known now.
func currentNeeds() *needIndex {
	if ix := knownNeeds.Load(); ix != nil {
		return ix
	}
	learnNeeds([]selectorNeed{{kind: needTag, key: "p"}})
	return knownNeeds.Load()
}

// learnNeeds has the vocabularies made from now on list the elements with
// the names that needs ask about: tag names, attributes (those tested by
// value too) and class names. Ids need no learning: every id is listed.
func learnNeeds(needs []selectorNeed) {
	if knowsAll(knownNeeds.Load(), needs) {
		return // the usual case once the passes have run: no lock, no copy
	}
	learningNeeds.Lock()
	defer learningNeeds.Unlock()
	old := knownNeeds.Load()
	var ix *needIndex // a copy of old, made at the first name it lacks
	for _, n := range needs {
		kind, ok := listedKind(n)
		if !ok || old != nil && (old.count >= maxNeeds || hasNumber(old.numbers[kind], n.key)) {
			continue
		}
		if ix == nil {
			ix = copyNeeds(old)
		}
		ix.number(kind, n.key)
	}
	if ix != nil {
		knownNeeds.Store(ix)
	}
}

// knowsAll reports whether ix lists every name of needs (or is full).
func knowsAll(ix *needIndex, needs []selectorNeed) bool {
	if ix == nil {
		return false
	}
	for _, n := range needs {
		if kind, ok := listedKind(n); ok && ix.count < maxNeeds && !hasNumber(ix.numbers[kind], n.key) {
			return false
		}
	}
	return true
}

// listedKind is the kind of list that answers need: attribute values are
// found among the elements with the attribute.
func listedKind(need selectorNeed) (needKind, bool) {
	switch need.kind {
	case needTag, needAttr, needClass:
		return need.kind, true
	case needAttrValue:
		return needAttr, true
	}
	return 0, false
}

// copyNeeds returns a copy of old to add names to; with old nil, the first
// index (firstNeeds), which knows the names of askedNames.
func copyNeeds(old *needIndex) *needIndex {
	if old == nil {
		return firstNeeds(askedNames[:])
	}
	ix := &needIndex{count: old.count, shapes: old.shapes}
	for k := range ix.numbers {
		ix.numbers[k] = maps.Clone(old.numbers[k])
	}
	return ix
}

// firstNeeds is the index before anything was asked: <p> and <div> (see
// newPageVocabulary) and names, given by kind. askedNames
// (vocabulary_names.go, written by a test) holds those the passes ask about
// while cleaning the fixtures, so that even a process's first page, such as
// a Worker isolate's first request, finds them listed.
func firstNeeds(names [][]string) *needIndex {
	ix := &needIndex{}
	for k := range ix.numbers {
		ix.numbers[k] = map[string]int{}
	}
	ix.number(needTag, "p")
	ix.number(needTag, "div")
	for kind, keys := range names {
		for _, key := range keys {
			ix.number(needKind(kind), key)
		}
	}
	return ix
}

func hasNumber(m map[string]int, key string) bool {
	_, ok := m[key]
	return ok
}

// newPageVocabulary lists the vocabulary under root that the selector
// groups can test, in one walk.
func newPageVocabulary(root *html.Node, groups ...string) *pageVocabulary {
	// The groups named here are asked about on every page: their names are
	// listed from the first page on, which then makes no walk for them.
	for _, g := range groups {
		learnNeeds(needsFor(g))
	}
	needs := currentNeeds()
	v := &pageVocabulary{
		needs: needs,
		slots: make([]elementList, needs.count),
		// Sized for a typical page (the scrapinghub pages' medians: 42
		// ids, 189 class names, 152 class values), which then grows
		// none of them.
		ids:        make(map[string]*elementList, 64),
		classNames: make(map[string]bool, 256),
		values:     map[string]*strings.Builder{},
		classLists: make(map[string][]*elementList, 256),
	}
	for _, g := range groups {
		for _, n := range needsFor(g) {
			if n.kind == needAttrValue && n.key != "id" && n.key != "class" && v.values[n.key] == nil {
				v.values[n.key] = &strings.Builder{}
			}
		}
	}
	// The content pass wraps loose text in <p> and gathers the story in a
	// <div>, where it has no document to note them in: count both as there,
	// and as made after the walk.
	v.list(needTag, "p").incomplete = true
	v.list(needTag, "div").incomplete = true
	v.add(root)
	v.noting = true
	return v
}

// list is the list of the elements with the tag name, attribute, id or
// class name key; nil when the vocabulary does not list that name (for
// an id: when no element has it).
func (v *pageVocabulary) list(kind needKind, key string) *elementList {
	if kind == needID {
		return v.ids[key]
	}
	if i, ok := v.needs.numbers[kind][key]; ok {
		return &v.slots[i]
	}
	return nil
}

// add lists n and the elements under it.
func (v *pageVocabulary) add(root *html.Node) {
	// The attributes whose values are listed are a handful: a scan of
	// them costs less than a map lookup for every attribute of the page.
	type valued struct {
		key string
		b   *strings.Builder
	}
	var values []valued
	for k, b := range v.values {
		values = append(values, valued{k, b})
	}
	tags, attrs := v.needs.numbers[needTag], v.needs.numbers[needAttr]
	tagShapes, attrShapes := &v.needs.shapes[needTag], &v.needs.shapes[needAttr]
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if tagShapes.mayHold(n.Data) {
			if i, ok := tags[n.Data]; ok {
				v.put(&v.slots[i], n)
			}
		}
		for _, a := range n.Attr {
			if attrShapes.mayHold(a.Key) {
				if i, ok := attrs[a.Key]; ok {
					v.put(&v.slots[i], n)
				}
			}
			switch a.Key {
			case "id":
				v.put(v.idList(strings.ToLower(a.Val)), n)
			case "class":
				for _, l := range v.classNameLists(a.Val) {
					v.put(l, n)
				}
			}
			for _, vk := range values {
				if vk.key == a.Key {
					vk.b.WriteString(strings.ToLower(a.Val))
					vk.b.WriteByte('\n')
				}
			}
		}
		v.walked++
		return true
	})
}

// idList is the list of the elements with the id, made empty if there is
// none yet.
func (v *pageVocabulary) idList(id string) *elementList {
	l := v.ids[id]
	if l == nil {
		l = &elementList{}
		v.ids[id] = l
	}
	return l
}

// classNameLists is the lists of the listed class names of class, a class
// attribute's value, one per name as written. Every name goes into
// classNames.
func (v *pageVocabulary) classNameLists(class string) []*elementList {
	if ls, ok := v.classLists[class]; ok {
		return ls
	}
	// The lists of all values share one array, which only grows: a slice
	// of it stays as it was made however many are made after it.
	start := len(v.classListsArray)
	classes, shapes := v.needs.numbers[needClass], &v.needs.shapes[needClass]
	for c := range strings.FieldsSeq(class) {
		name := strings.ToLower(c)
		v.classNames[name] = true
		if !shapes.mayHold(name) {
			continue
		}
		if i, ok := classes[name]; ok {
			v.classListsArray = append(v.classListsArray, &v.slots[i])
		}
	}
	end := len(v.classListsArray)
	ls := v.classListsArray[start:end:end]
	v.classLists[class] = ls
	return ls
}

// put adds n to l, or, once the first walk is over, marks l incomplete
// unless it holds n already: an element noted for an attribute it gained
// (a lazy image's new src) stays in the lists of its tag and its other
// attributes, which stay whole, and their finds need no walk.
func (v *pageVocabulary) put(l *elementList, n *html.Node) {
	if v.noting {
		l.incomplete = l.incomplete || !slices.ContainsFunc(l.elems, func(e indexed) bool { return e.n == n })
		return
	}
	l.elems = append(l.elems, indexed{n, v.walked})
}

// candidates returns, in page order, the listed elements that may match
// group: those with the tag, attribute, id or class its alternatives need.
// ok is false when the lists cannot answer: an alternative with no need
// this reader can name, a name not listed, or an incomplete list. Each
// element returned must still be matched, and may no longer be in the page.
func (v *pageVocabulary) candidates(group string) (nodes []*html.Node, ok bool) {
	needs := needsFor(group)
	if needs == nil {
		return nil, false
	}
	var lists [][]indexed
	for _, need := range needs {
		kind := need.kind
		if kind == needAttrValue {
			kind = needAttr
		}
		if kind == needID && v.ids[need.key] == nil || kind == needClass && !v.classNames[need.key] {
			continue // no element has it
		}
		l := v.list(kind, need.key)
		if l == nil {
			learnNeeds(needs) // the whole group, for the pages to come
			return nil, false
		}
		if l.incomplete {
			return nil, false
		}
		if len(l.elems) > 0 {
			lists = append(lists, l.elems)
		}
	}
	return mergeByPlace(lists), true
}

// mergeByPlace merges lists, each in page order, into one in page order,
// with an element listed twice (by two attributes, a class written twice)
// taken once.
func mergeByPlace(lists [][]indexed) []*html.Node {
	// Most lists of a group are empty on a page (the names it asks about
	// are not there): dropped first, they are not looked at again for
	// every element taken.
	size := 0
	nonEmpty := lists[:0:0]
	for _, l := range lists {
		if len(l) > 0 {
			nonEmpty = append(nonEmpty, l)
			size += len(l)
		}
	}
	lists = nonEmpty
	out := make([]*html.Node, 0, size)
	heads := make([]int, len(lists))
	last := -1
	for {
		best := -1
		for i, l := range lists {
			if heads[i] < len(l) && (best < 0 || l[heads[i]].place < lists[best][heads[best]].place) {
				best = i
			}
		}
		if best < 0 {
			return out
		}
		e := lists[best][heads[best]]
		heads[best]++
		if e.place != last {
			out = append(out, e.n)
			last = e.place
		}
	}
}

// mayMatch is false when no element under the vocabulary's root can match
// group: some need of each alternative is missing from the page.
func (v *pageVocabulary) mayMatch(group string) bool {
	needs := needsFor(group)
	if needs == nil {
		return true
	}
	for _, n := range needs {
		if v.has(n) {
			if v.unlisted {
				v.unlisted = false
				learnNeeds(needs) // the whole group, for the pages to come
			}
			return true
		}
	}
	return false
}

func (v *pageVocabulary) has(n selectorNeed) bool {
	switch n.kind {
	case needID:
		return v.ids[n.key] != nil
	case needClass:
		return v.classNames[n.key]
	case needTag, needAttr:
		l := v.list(n.kind, n.key)
		if l == nil {
			v.unlisted = true // mayMatch has the index learn the names
			return true       // not listed: it may be there
		}
		return l.incomplete || len(l.elems) > 0
	}
	// An attribute value: ids and classes are looked for among the names
	// already listed, other attributes in their joined values. A class
	// value holding "x y" has a name holding "x" (its end, at least).
	switch n.key {
	case "id":
		return anyContains(v.ids, n.value)
	case "class":
		words := strings.Fields(n.value)
		// A name holds no white space, and neither does words[0]: found
		// in classText, it is found inside one name.
		return len(words) == 0 || strings.Contains(v.classNamesText(), words[0])
	}
	if b := v.values[n.key]; b != nil {
		return strings.Contains(b.String(), n.value)
	}
	return v.has(selectorNeed{kind: needAttr, key: n.key}) // values not listed: the attribute must be there at least
}

// classNamesText is classText, written again when names were added since.
func (v *pageVocabulary) classNamesText() string {
	if v.classTextOf != len(v.classNames) {
		var b strings.Builder
		for name := range v.classNames {
			b.WriteString(name)
			b.WriteByte('\n')
		}
		v.classText, v.classTextOf = b.String(), len(v.classNames)
	}
	return v.classText
}

// anyContains reports whether some key of set holds sub.
func anyContains[V any](set map[string]V, sub string) bool {
	for k := range set {
		if strings.Contains(k, sub) {
			return true
		}
	}
	return false
}
