package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// anchorPrefix starts every id the output keeps. The article is shown inside
// other pages (winnow's own, a reader's), whose elements must not be found
// by, or lose their place to, an id the article brings: only the places its
// own links lead to keep an id, and those get a name of their own.
const anchorPrefix = "wn-"

// keepInPageLinks keeps the article's links to its own places working: a
// footnote mark's link to its note and the note's link back, a table of
// contents. Each element under roots that such a link names gets the id
// prefixed, and the links follow; the reading policy drops every other id.
// A link to a place outside the article (the comments, a removed section)
// is left as it was.
func keepInPageLinks(roots []*html.Node) {
	var links []*html.Node
	named := map[string]bool{}
	for _, root := range roots {
		walk(root, func(n *html.Node) bool {
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				if href := attr(n, "href"); isPlaceLink(href) {
					links = append(links, n)
					named[href[1:]] = true
				}
			}
			return true
		})
	}
	if len(links) == 0 {
		return
	}
	places := map[string]bool{}
	for _, root := range roots {
		walk(root, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			for i, a := range n.Attr {
				// The first element with an id is the one a browser goes to.
				if a.Namespace == "" && a.Key == "id" && named[a.Val] && !places[a.Val] {
					places[a.Val] = true
					n.Attr[i].Val = prefixedAnchor(a.Val)
				}
			}
			return true
		})
	}
	for _, l := range links {
		for i, a := range l.Attr {
			if a.Namespace == "" && a.Key == "href" && places[a.Val[1:]] {
				l.Attr[i].Val = "#" + prefixedAnchor(a.Val[1:])
			}
		}
	}
}

// isPlaceLink reports whether href leads to a named place in the page
// ("#notes"); a bare "#" is a script's button.
func isPlaceLink(href string) bool {
	return len(href) > 1 && href[0] == '#'
}

// prefixedAnchor is id with anchorPrefix; an id that has it already (an
// output cleaned again) stays as it is.
func prefixedAnchor(id string) string {
	if strings.HasPrefix(id, anchorPrefix) {
		return id
	}
	return anchorPrefix + id
}
