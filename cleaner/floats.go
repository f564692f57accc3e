package cleaner

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A picture that its page sets beside the text (WordPress's "alignleft", a
// "float: right" style) keeps that place in the reading view: the output
// says so with the align attribute, which browsers float on an <img> by
// themselves and the reading view's style floats on a <figure>. Classes and
// styles never reach the output; align="left" and align="right" are all
// the policy lets through of them. Without it, a small picture at the start
// of a paragraph stands on the paragraph's first line, with the line's
// words beside its bottom edge and a gap above them.

// floatSideOfClass is the side a class name floats a picture to, or "".
// Only names that say it unmistakably: "left" alone names a column as
// often as a picture's place.
func floatSideOfClass(name string) string {
	switch name {
	case "alignleft", "float-left", "float_left", "floatleft", "pull-left", "img-left", "image-left":
		return "left"
	case "alignright", "float-right", "float_right", "floatright", "pull-right", "img-right", "image-right":
		return "right"
	}
	return ""
}

// wideFloat is the width, in CSS pixels, from which a floated picture is
// meant to fill the column: the page's column was about as wide, and the
// float was its theme's habit (WordPress's "alignleft size-full"). Beside
// the text, at most half the reading column wide, its caption would stand
// beside it too.
const wideFloat = 450

// markFloats sets align="left" or align="right" on each picture and
// figure under root that its page floats to that side: by its own class,
// style or align attribute, or by those of a wrapper that holds the
// picture alone (a link around it, WordPress's <p class="alignleft">),
// unless the picture says it is wideFloat pixels wide or more. A picture
// floated any other way, or not at all, loses an align attribute it had
// ("center", "middle" and the like place it in the line, which the
// reading view leaves to its own style).
func markFloats(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Img:
			side := floatSide(n)
			for w := n.Parent; side == "" && w != nil && w != root.Parent && holdsOnly(w, n); w = w.Parent {
				side = floatSide(w)
			}
			if isWide(n) {
				side = ""
			}
			setFloat(n, side)
		case atom.Figure:
			side := floatSide(n)
			for _, e := range descendants(n) {
				if e.DataAtom == atom.Img && isWide(e) {
					side = ""
				}
			}
			setFloat(n, side)
		}
		return true
	})
}

// isWide reports whether img says it is wideFloat pixels wide or more.
func isWide(img *html.Node) bool {
	w, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(attr(img, "width"), "px")))
	return err == nil && w >= wideFloat
}

// floatSide is "left" or "right" when n's class, style or align attribute
// floats it to that side, else "".
func floatSide(n *html.Node) string {
	var class, style, align string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "style":
			style = a.Val
		case "align":
			align = a.Val
		}
	}
	for name := range strings.FieldsSeq(class) {
		if side := floatSideOfClass(strings.ToLower(name)); side != "" {
			return side
		}
	}
	if side := styledFloat(style); side != "" {
		return side
	}
	if side := strings.ToLower(strings.TrimSpace(align)); n.DataAtom == atom.Img && (side == "left" || side == "right") {
		return side
	}
	return ""
}

// styledFloat reads the side of a "float" declaration in an inline style,
// "" when it has none or floats to neither side.
func styledFloat(style string) string {
	if !strings.Contains(strings.ToLower(style), "float") {
		return ""
	}
	for decl := range strings.SplitSeq(style, ";") {
		prop, value, ok := strings.Cut(decl, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(prop), "float") {
			continue
		}
		value = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "!important")))
		if value == "left" || value == "right" {
			return value
		}
		return ""
	}
	return ""
}

// holdsOnly reports whether w, an inline wrapper or a block, holds only
// the element e (below other wrappers of it alone) and white space.
func holdsOnly(w, e *html.Node) bool {
	switch w.DataAtom {
	case atom.A, atom.Span, atom.P, atom.Div, atom.Picture:
	default:
		return false
	}
	only := false
	for c := w.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
		case c == e || c.Type == html.ElementNode && !only && holdsOnly(c, e):
			if only {
				return false
			}
			only = true
		case c.Type == html.ElementNode && c.DataAtom == atom.Source && w.DataAtom == atom.Picture:
		default:
			return false
		}
	}
	return only
}

// setFloat sets n's align attribute to side, or takes it away when side
// is "".
func setFloat(n *html.Node, side string) {
	for i, a := range n.Attr {
		if a.Key == "align" && a.Namespace == "" {
			if side == "" {
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			} else {
				n.Attr[i].Val = side
			}
			return
		}
	}
	if side != "" {
		n.Attr = append(n.Attr, html.Attribute{Key: "align", Val: side})
	}
}
