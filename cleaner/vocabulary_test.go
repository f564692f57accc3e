package cleaner

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

func TestSelectorNeeds(t *testing.T) {
	tests := []struct {
		group string
		want  []selectorNeed
		ok    bool
	}{
		{`#comments`, []selectorNeed{{needID, "comments", ""}}, true},
		{`ol.comment-list, .commentlist`, []selectorNeed{{needClass, "comment-list", ""}, {needClass, "commentlist", ""}}, true},
		{`.comments .comment-thread`, []selectorNeed{{needClass, "comment-thread", ""}}, true},
		{`.comment-thread > ol > li`, []selectorNeed{{needTag, "li", ""}}, true},
		{`#comments:has(.comment-thread)`, []selectorNeed{{needID, "comments", ""}}, true},
		{`[id^="dsq-"], [class*=" dsq-"]`, []selectorNeed{{needAttrValue, "id", "dsq-"}, {needAttrValue, "class", " dsq-"}}, true},
		{`[id^="jp-"][id*="comment"]`, []selectorNeed{{needAttrValue, "id", "jp-"}}, true},
		{`[data-spotim-module]`, []selectorNeed{{needAttr, "data-spotim-module", ""}}, true},
		{`[itemtype*="schema.org/Comment"]`, []selectorNeed{{needAttrValue, "itemtype", "schema.org/comment"}}, true},
		{`fb\:comments, spot-im`, []selectorNeed{{needTag, "fb:comments", ""}, {needTag, "spot-im", ""}}, true},
		{`p.No-Comments`, []selectorNeed{{needClass, "no-comments", ""}}, true},
		{`a[href="x,y"]`, []selectorNeed{{needAttrValue, "href", "x,y"}}, true},
		{`*`, nil, false},
		{`#a, :first-child`, nil, false},
		{`div > *`, nil, false},
	}
	for _, tt := range tests {
		got, ok := selectorNeeds(tt.group)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("selectorNeeds(%q) = %v, %v; want %v, %v", tt.group, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPageVocabularyMayMatch(t *testing.T) {
	page := `<body><div id="Comments" class="a  B"><p data-spotim-module="x" itemtype="https://Schema.org/Comment">x</p>
	<fb:comments></fb:comments></div></body>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	groups := []string{`[itemtype*="schema.org/Comment"]`, `[class^="dsq-"]`}
	tests := []struct {
		group string
		want  bool
	}{
		{`#comments`, true},
		{`#disqus_thread`, false},
		{`.b`, true},
		{`.comment-list`, false},
		{`[data-spotim-module]`, true},
		{`[data-openweb-module]`, false},
		{`[itemtype*="schema.org/Comment"]`, true},
		{`[class^="dsq-"]`, false},
		{`fb\:comments`, true},
		{`spot-im`, false},
		{`#nothing, p`, true},
		{`[class*="a b"]`, true},
		{`[class*=" b"]`, true},
		{`[class*="x b"]`, false},
		{`[id^="comm"]`, true},
		{`[id*="ents"]`, true},
		{`[id^="dsq"]`, false},
		{`*`, true},
	}
	for _, tt := range tests {
		teachNeeds(tt.group)
	}
	v := newPageVocabulary(root, groups...)
	for _, tt := range tests {
		if got := v.mayMatch(tt.group); got != tt.want {
			t.Errorf("mayMatch(%q) = %v, want %v", tt.group, got, tt.want)
		}
	}
	// A class a pass adds later counts too, after the names were searched.
	late := `[class*="late-com"]`
	if v.mayMatch(late) {
		t.Errorf("mayMatch(%q) before the class was added", late)
	}
	v.add(&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "x Late-Comer"}}})
	if !v.mayMatch(late) {
		t.Errorf("mayMatch(%q) is false after an element with the class was added", late)
	}
}

// A selector the vocabulary rules out must find nothing: over the fixture
// pages, every comment system's selector that matches some element is one
// mayMatch lets through.
func TestPageVocabularyNeverHidesAMatch(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	extra := `<body><div class="x dsq-y"></div><li id="comment-3"></li><section itemprop="comment"></section>
	<vf-conversations></vf-conversations><div class="comments"><div class="comment-thread"></div></div></body>`
	pages := []string{extra}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	sels := append(commentSystemSelectors(), commentEntrySelector)
	for i, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		v := newPageVocabulary(root, sels...)
		doc := goquery.NewDocumentFromNode(root)
		for _, sel := range sels {
			if n := doc.FindMatcher(compiledSelector(sel)).Length(); n > 0 && !v.mayMatch(sel) {
				t.Errorf("page %d: %q matches %d elements, but mayMatch says it cannot", i, sel, n)
			}
		}
	}
}

// What a pass adds after the vocabulary was listed is found too.
func TestDocumentFindSeesAddedElements(t *testing.T) {
	page := `<html><body><noscript><img src="https://e.com/a.jpg"></noscript><p>x</p></body></html>`
	d, err := parseInput([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.find("img").Length() != 0 || d.find("video[poster]").Length() != 0 {
		t.Fatal("before normalize the image is noscript text and there is no video")
	}
	if err := normalize(d); err != nil {
		t.Fatal(err)
	}
	if got := d.find("img").Length(); got != 1 {
		t.Errorf("after normalize find(img) = %d, want the restored image", got)
	}
	fig := &html.Node{Type: html.ElementNode, Data: "figure"}
	d.bodyElement().AppendChild(fig)
	d.noteAdded(fig)
	if d.find("figure").Length() != 1 {
		t.Error("a noted element is not found")
	}
}

// checkIndexWhileTesting makes every find that the index answers be checked
// against a walk over the page, so the whole suite (fixtures, fuzz seeds,
// the shared pages of the accuracy guard) checks the index. TestMain turns
// it on for tests and leaves benchmarks alone.
func checkIndexWhileTesting() {
	checkIndexedFind = func(sel string, indexed, walked []*html.Node) {
		if !reflect.DeepEqual(indexed, walked) && len(indexed)+len(walked) > 0 {
			panic(fmt.Sprintf("find(%q) from the index gave %d elements, a walk %d", sel, len(indexed), len(walked)))
		}
	}
}

// The index answers only what it can answer whole, in page order.
func TestIndexedFind(t *testing.T) {
	page := `<html><head><meta name="description" content="1"><link rel="canonical" href="/c"></head><body>
<p id="x"><img src="/1.png"><a href="/a">a</a></p><div class="Box box"><img data-src="/2.png"><a href="/b" src="/odd">b</a></div>
<time datetime="2024-01-02">d</time><article><time datetime="2024-01-03">e</time></article></body></html>`
	cases := []struct {
		sel     string
		indexed bool
		want    int
	}{
		{"meta", true, 1},
		{"img", true, 2},
		{"[href],[src]", true, 4}, // the <a> with both is taken once
		{"time[pubdate][datetime], article time[datetime], time[datetime]", true, 2},
		{"body h1", true, 0},
		{"p", false, 1}, // the content pass makes <p> unnoted
		{"#x", true, 1},
		{".box", true, 1}, // listed twice, as "Box" and "box", taken once
		{"div img[data-src]", true, 1},
	}
	for _, tc := range cases {
		teachNeeds(tc.sel)
	}
	teachNeeds("img", "[srcset]")
	for _, tc := range cases {
		d, err := parseInput([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := d.find(tc.sel)
		_, indexed := d.vocab.candidates(tc.sel)
		if got.Length() != tc.want || indexed != tc.indexed {
			t.Errorf("find(%q): %d elements (indexed %v), want %d (indexed %v)", tc.sel, got.Length(), indexed, tc.want, tc.indexed)
		}
	}
	// Removed elements drop out; noted ones make their keys fall back to a
	// walk, which finds them.
	d, _ := parseInput([]byte(page), Options{})
	first := d.find("img").Get(0)
	first.Parent.RemoveChild(first)
	if got := d.find("img").Length(); got != 1 {
		t.Errorf("after a removal find(img) = %d, want 1", got)
	}
	// An element noted for an attribute it gained stays in its tag's list,
	// which goes on answering; the new attribute's list walks.
	lazy := d.find("img").Get(0)
	lazy.Attr = append(lazy.Attr, html.Attribute{Key: "srcset", Val: "/2.png 2x"})
	d.noteAdded(lazy)
	if _, indexed := d.vocab.candidates("img"); !indexed {
		t.Error("the index stopped answering for img after one gained an attribute")
	}
	if _, indexed := d.vocab.candidates("[srcset]"); indexed {
		t.Error("the index still answers for [srcset] after an element gained one")
	}
	if got := d.find("img[srcset]").Length(); got != 1 {
		t.Errorf("after an attribute was added find(img[srcset]) = %d, want 1", got)
	}
	img := &html.Node{Type: html.ElementNode, Data: "img", Attr: []html.Attribute{{Key: "src", Val: "/3.png"}}}
	d.bodyElement().AppendChild(img)
	d.noteAdded(img)
	if _, indexed := d.vocab.candidates("img"); indexed {
		t.Error("the index still answers for img after one was added")
	}
	if got := d.find("img").Length(); got != 2 {
		t.Errorf("after an addition find(img) = %d, want 2", got)
	}
}

// Every name the index numbers keeps its shape, names learned after the
// first index (of every kind, one past the shapes' last length) included,
// so that no numbered name is ruled out by its shape.
func TestNeedShapes(t *testing.T) {
	long := "x-" + strings.Repeat("long", 20)
	currentNeeds() // the first index, before these names are learned into a copy of it
	teachNeeds("x-shape-test, [data-shape-test], .shape-test-class, " + long + ", ." + long)
	ix := currentNeeds()
	for kind := range ix.numbers {
		for name := range ix.numbers[kind] {
			if !ix.shapes[kind].mayHold(name) {
				t.Errorf("kind %d: %q is numbered, and its shape ruled out", kind, name)
			}
		}
	}
	if ix.shapes[needTag].mayHold("qqqqqqqqqqqqqqqqq") || ix.shapes[needAttr].mayHold("style") {
		t.Error("shapes no name of theirs has are held")
	}
}

// teachNeeds has the index learn every name the selector groups ask about,
// as the first cleans of a process teach it the passes' own.
func teachNeeds(groups ...string) {
	for _, g := range groups {
		learnNeeds(needsFor(g))
	}
}

// A name no selector asked about before is not listed: the vocabulary
// answers "may be there" and "walk the page", and the vocabularies made
// after it list the name.
func TestVocabularyLearnsNames(t *testing.T) {
	page := `<body><x-never-asked-before>1</x-never-asked-before><p data-never-asked="1">2</p></body>`
	for _, sel := range []string{"x-never-asked-before", "[data-never-asked]", `[data-never-asked="1"]`,
		"x-never-asked-one, x-never-asked-two"} {
		root, err := html.Parse(strings.NewReader(strings.ReplaceAll(page, "never-asked", "asked-in-"+fmt.Sprint(len(sel)))))
		if err != nil {
			t.Fatal(err)
		}
		sel = strings.ReplaceAll(sel, "never-asked", "asked-in-"+fmt.Sprint(len(sel)))
		first := newPageVocabulary(root)
		if !first.mayMatch(sel) {
			t.Errorf("%q: an unlisted name is ruled out", sel)
		}
		if _, ok := first.candidates(sel); ok {
			t.Errorf("%q: an unlisted name is answered from the lists", sel)
		}
		later := newPageVocabulary(root)
		nodes, ok := later.candidates(sel)
		if !ok || len(nodes) != 1 && !strings.Contains(sel, ",") {
			t.Errorf("%q: a later vocabulary gives %d candidates (indexed %v), want 1 from its lists", sel, len(nodes), ok)
		}
		// Every name of the group was learned at once, not one per page.
		for _, n := range needsFor(sel) {
			if kind, _ := listedKind(n); later.list(kind, n.key) == nil {
				t.Errorf("%q: %q not learned with the rest of its group", sel, n.key)
			}
		}
	}
}

// The groups a vocabulary is made for are listed from its first page on.
func TestVocabularyListsItsGroups(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<body><div data-named-up-front="1">x</div></body>`))
	if err != nil {
		t.Fatal(err)
	}
	sel := `[data-named-up-front="1"], .named-up-front`
	v := newPageVocabulary(root, sel)
	if nodes, ok := v.candidates(sel); !ok || len(nodes) != 1 {
		t.Errorf("candidates(%q) = %d nodes (indexed %v), want 1 from the lists", sel, len(nodes), ok)
	}
}

func TestMergeByPlace(t *testing.T) {
	a, b, c := &html.Node{Data: "a"}, &html.Node{Data: "b"}, &html.Node{Data: "c"}
	got := mergeByPlace([][]indexed{{{a, 0}, {c, 5}}, {{a, 0}, {b, 3}}, nil})
	if want := []*html.Node{a, b, c}; !reflect.DeepEqual(got, want) {
		t.Errorf("mergeByPlace = %v, want %v", got, want)
	}
	if got := mergeByPlace(nil); len(got) != 0 {
		t.Errorf("mergeByPlace(nil) = %v", got)
	}
}

// TestVocabularyClassLists checks the class lists, which reuse the names of
// a class attribute met before, against the names of each element's own
// class attribute: every element with a class name, once per time it is
// written, in page order.
func TestVocabularyClassLists(t *testing.T) {
	page := `<div class="a b"><p class="a b">1</p><p class="B  a">2</p><p class="a a">3</p></div>
<ul><li class="a b">4</li><li class=" c ">5</li><li class="a b"><span class="C">6</span></li></ul>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	// "c" is left unasked, so that the vocabulary knows it is there
	// without listing its elements.
	learnNeeds([]selectorNeed{{kind: needClass, key: "a"}, {kind: needClass, key: "b"}})
	v := newPageVocabulary(root)
	want := map[string][]*html.Node{}
	walk(root, func(n *html.Node) bool {
		for c := range strings.FieldsSeq(attr(n, "class")) {
			want[strings.ToLower(c)] = append(want[strings.ToLower(c)], n)
		}
		return true
	})
	if len(v.classNames) != len(want) {
		t.Errorf("%d class names known, want %d", len(v.classNames), len(want))
	}
	if !v.has(selectorNeed{kind: needClass, key: "c"}) || v.has(selectorNeed{kind: needClass, key: "d"}) {
		t.Error("the vocabulary does not know which class names are there")
	}
	for name, nodes := range want {
		if name == "c" {
			continue
		}
		l := v.list(needClass, name)
		if l == nil {
			t.Errorf("class %q not listed", name)
			continue
		}
		var got []*html.Node
		for _, e := range l.elems {
			got = append(got, e.n)
		}
		if !reflect.DeepEqual(got, nodes) {
			t.Errorf("class %q lists %d elements, want %d", name, len(got), len(nodes))
		}
	}
}

// TestVocabularyNames checks that vocabulary_names.go holds the names the
// passes ask the vocabulary about while cleaning the fixtures, learned from
// nothing; with -update it writes the file anew. A name missing there is
// still learned at run time, from the first page that asks.
func TestVocabularyNames(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	saved := knownNeeds.Load()
	defer knownNeeds.Store(saved)
	knownNeeds.Store(firstNeeds(nil))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = Clean(b, Options{})
	}
	learned := knownNeeds.Load()
	var want [needAttrValue][]string
	for kind, keys := range learned.numbers {
		for key := range keys {
			if kind == int(needTag) && (key == "p" || key == "div") {
				continue // firstNeeds lists them anyway
			}
			want[kind] = append(want[kind], key)
		}
		slices.Sort(want[kind])
	}
	if *updateGenerated {
		if err := os.WriteFile("vocabulary_names.go", vocabularyNamesSource(t, want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !reflect.DeepEqual(want, askedNames) {
		t.Errorf("vocabulary_names.go is stale: run go test ./cleaner -run TestVocabularyNames -update\nhave %q\nwant %q", askedNames, want)
	}
}

// vocabularyNamesSource writes the names as Go source.
func vocabularyNamesSource(t *testing.T, names [needAttrValue][]string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./cleaner -run TestVocabularyNames -update; DO NOT EDIT.\n\n")
	b.WriteString("package cleaner\n\n")
	b.WriteString("// askedNames are the names, by needKind, that the passes ask the page\n")
	b.WriteString("// vocabulary about while cleaning the fixtures (see firstNeeds).\n")
	b.WriteString("var askedNames = [needAttrValue][]string{\n")
	kindNames := map[needKind]string{needTag: "needTag", needID: "needID", needClass: "needClass", needAttr: "needAttr"}
	for kind, keys := range names {
		if len(keys) > 0 {
			quoted := make([]string, len(keys))
			for i, k := range keys {
				quoted[i] = strconv.Quote(k)
			}
			fmt.Fprintf(&b, "\t%s: {%s},\n", kindNames[needKind(kind)], strings.Join(quoted, ", "))
		}
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return src
}
