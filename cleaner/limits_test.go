package cleaner

import (
	"errors"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// limitTreeStats walks root without recursion and returns its node count, its
// depth (root is 0) and the text of its text nodes in document order.
func limitTreeStats(root *html.Node) (nodes, depth int, text string) {
	type frame struct {
		n *html.Node
		d int
	}
	var b strings.Builder
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		depth = max(depth, f.d)
		if f.n.Type == html.TextNode {
			b.WriteString(f.n.Data)
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.d + 1})
		}
	}
	return nodes, depth, b.String()
}

// nested builds n <tag>s, each holding a word, nested in one another.
func nestedTags(tag string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<" + tag + ">w" + string(rune('a'+i%26)) + " ")
	}
	for range n {
		b.WriteString("</" + tag + ">")
	}
	return b.String()
}

func TestLimitTree(t *testing.T) {
	cases := []struct {
		name      string
		page      string
		nodeCap   int
		depthCap  int
		tooLarge  bool
		wantDepth int // deepest node after, when not tooLarge
	}{
		{"small page untouched", `<p>a</p><p>b</p>`, 100, 10, false, 4},
		{"over node cap", strings.Repeat("<p>x</p>", 50), 60, 100, true, 0},
		{"at node cap", strings.Repeat("<p>x</p>", 5), 14, 100, false, 4},
		{"deep spans flattened", nestedTags("span", 40), 10000, 8, false, 8},
		{"deep divs flattened", nestedTags("div", 300), 10000, 20, false, 20},
		{"deep table flattened", strings.Repeat("<table><tr><td>x", 40), 10000, 16, false, 16},
		{"depth exactly at cap kept", nestedTags("b", 3), 1000, 6, false, 6},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			_, _, textBefore := limitTreeStats(root)
			err = limitTree(root, tc.nodeCap, tc.depthCap)
			if tc.tooLarge {
				if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "limit") {
					t.Errorf("err = %v, want ErrTooLarge naming the limit", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			_, depth, textAfter := limitTreeStats(root)
			if depth != tc.wantDepth {
				t.Errorf("depth after = %d, want %d", depth, tc.wantDepth)
			}
			if textAfter != textBefore {
				t.Errorf("text changed:\nbefore %q\n after %q", textBefore, textAfter)
			}
			var b strings.Builder
			if err := html.Render(&b, root); err != nil {
				t.Errorf("flattened tree does not render: %v", err)
			}
		})
	}
}

func TestEnforceLimitsOnDocument(t *testing.T) {
	dom, err := goquery.NewDocumentFromReader(strings.NewReader(nestedTags("span", 500)))
	if err != nil {
		t.Fatal(err)
	}
	d := &document{dom: dom}
	if err := enforceLimits(d); err != nil {
		t.Fatal(err)
	}
	if _, depth, _ := limitTreeStats(dom.Nodes[0]); depth > maxDepth {
		t.Errorf("depth %d > maxDepth %d", depth, maxDepth)
	}
	if got := len(strings.Fields(dom.Text())); got != 500 {
		t.Errorf("%d words left of 500", got)
	}
}

func TestParseHTMLDeepNesting(t *testing.T) {
	cases := []struct {
		name string
		src  string
	}{
		{"100,000 divs", nestedTags("div", 100_000)},
		{"unclosed spans", strings.Repeat("<span>x ", 20_000)},
		{"formatting with attributes", strings.Repeat(`<p><b class="a">x `, 2000) + strings.Repeat(`<i id="q">y `, 2000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, plainErr := html.Parse(strings.NewReader(tc.src))
			if plainErr == nil {
				t.Log("x/net/html parsed it without the guard")
			}
			root, asWritten, err := parseHTML(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if asWritten != (plainErr == nil) {
				t.Errorf("asWritten = %v, but the page as written parses: %v", asWritten, plainErr == nil)
			}
			_, depth, text := limitTreeStats(root)
			if depth > 600 {
				t.Errorf("depth %d", depth)
			}
			if want := strings.Count(tc.src, "x"); strings.Count(text, "x") != want {
				t.Errorf("%d of %d words kept", strings.Count(text, "x"), want)
			}
		})
	}
}

func TestCapNesting(t *testing.T) {
	cases := []struct {
		src   string
		limit int
		want  string
	}{
		{`<div><div><div>a</div></div></div>`, 2, `<div><div>a</div></div>`},
		{`<div><p>a<br>b<img src=x></p></div>`, 2, `<div><p>a<br>b<img src=x></p></div>`},
		{`<b><i><u>x</u></i></b><p>y</p>`, 1, `<b>x</b><p>y</p>`},
		{`<div>a</div>`, 5, `<div>a</div>`},
	}
	for _, tc := range cases {
		if got := capNesting(tc.src, tc.limit); got != tc.want {
			t.Errorf("capNesting(%q, %d) = %q, want %q", tc.src, tc.limit, got, tc.want)
		}
	}
}
