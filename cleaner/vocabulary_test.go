package cleaner

import (
	"os"
	"path/filepath"
	"reflect"
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
	v := newPageVocabulary(root, groups...)
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
		if got := v.mayMatch(tt.group); got != tt.want {
			t.Errorf("mayMatch(%q) = %v, want %v", tt.group, got, tt.want)
		}
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
