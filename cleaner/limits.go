package cleaner

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Limits on one parsed page. Every later pass may use recursive helpers
// (goquery's Text, html.Render, the Markdown converter), so the tree they
// see must be bounded in size and in depth.
const (
	// maxNodes caps elements, text and comments together. A 20 MB page of
	// real articles has well under a million; a page with more is generated
	// to exhaust memory.
	maxNodes = 1_000_000
	// maxDepth is the deepest a node may sit below the document. x/net/html
	// already refuses to keep more than 512 elements open, but adoption and
	// foster parenting can build a tree a little deeper than that stack.
	maxDepth = 512
	// nestingGuards are the token depths parseHTML tries, in turn, when the
	// parser refuses a page for nesting.
)

var nestingGuards = []int{256, 64, 16}

// enforceLimits bounds the work Clean will do on one input: it fails with
// ErrTooLarge when the page has more than maxNodes nodes, and flattens
// subtrees nested deeper than maxDepth so that no node is deeper. It walks
// the tree with an explicit stack: the tree it guards may be the one that
// would overflow a recursive walk. parseInput calls it right after parsing.
func enforceLimits(d *document) error {
	if d.dom == nil {
		return nil
	}
	for _, root := range d.dom.Nodes {
		if err := limitTree(root, maxNodes, maxDepth); err != nil {
			return err
		}
	}
	return nil
}

// limitTree counts the nodes under root (root at depth 0) and flattens
// every subtree that reaches below depthCap.
func limitTree(root *html.Node, nodeCap, depthCap int) error {
	type frame struct {
		n     *html.Node
		depth int
	}
	count := 0
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		count++
		if count > nodeCap {
			return fmt.Errorf("%w: the page has more than %d nodes (elements, text and comments), the limit", ErrTooLarge, nodeCap)
		}
		if f.depth >= depthCap {
			continue // a leaf: its parent flattened anything below it
		}
		if f.depth == depthCap-1 {
			for c := f.n.FirstChild; c != nil; {
				next := c.NextSibling
				if c.FirstChild != nil {
					flattenAfter(c)
				}
				c = next
			}
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.depth + 1})
		}
	}
	return nil
}

// flattenAfter moves every descendant of n, in document order, to follow n
// as a childless sibling. The text stays, in order; the nesting, which is
// what made the subtree too deep, goes. Elements that held text are left
// empty before it, so a block still separates its text from what follows.
func flattenAfter(n *html.Node) {
	var desc []*html.Node
	walk(n, func(m *html.Node) bool {
		if m != n {
			desc = append(desc, m)
		}
		return true
	})
	for _, m := range desc {
		m.Parent, m.FirstChild, m.LastChild, m.PrevSibling, m.NextSibling = nil, nil, nil, nil, nil
	}
	n.FirstChild, n.LastChild = nil, nil
	parent, next := n.Parent, n.NextSibling
	for _, m := range desc {
		parent.InsertBefore(m, next)
	}
}

// parseHTML parses src as a document. x/net/html fails the whole parse of
// a page whose elements nest more than 512 deep (100,000 nested <div>s fail
// in a few milliseconds: the check is cheap, and parsing is linear up to
// it). Rather than lose such a page, parseHTML drops the start tags nested
// deeper than a guard depth, with their end tags, and parses again; as a
// last resort it keeps the page's text as paragraphs. asWritten is false
// when the tree was parsed from such a copy: leaving tags out can join
// text the source kept apart ("&<b>#1;" becomes a character reference), so
// what is known of the source's text is not known of the tree's.
func parseHTML(src string) (root *html.Node, asWritten bool, err error) {
	if root, gaveUp := quickParse(src); gaveUp == "" { // quickparse.go: the same tree, sooner
		return root, true, nil
	}
	root, err = html.Parse(strings.NewReader(src))
	if err == nil {
		return root, true, nil
	}
	for _, guard := range nestingGuards {
		if root, err := html.Parse(strings.NewReader(capNesting(src, guard))); err == nil {
			return root, false, nil
		}
	}
	if root, err := html.Parse(strings.NewReader(paragraphsHTML(tokenText(src)))); err == nil {
		return root, false, nil
	}
	return nil, false, fmt.Errorf("%w: the page nests elements too deeply to parse: %v", ErrTooLarge, err)
}

// capNesting copies src token by token, leaving out start tags that would
// open more than limit elements (counted naively: end tags close the
// nearest open element of their name, and implied end tags are not
// inferred) and the end tags that match them.
func capNesting(src string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	var open []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if len(open) >= limit {
				dropped[string(name)]++
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
		b.Write(raw)
	}
}

// paragraphsHTML turns text with blocks separated by blank lines into
// escaped paragraphs.
func paragraphsHTML(s string) string {
	var b strings.Builder
	for _, block := range strings.Split(s, "\n\n") {
		if block = strings.TrimSpace(block); block != "" {
			b.WriteString("<p>" + html.EscapeString(block) + "</p>\n")
		}
	}
	return b.String()
}
