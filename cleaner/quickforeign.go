package cleaner

import (
	"slices"
	"strings"

	"golang.org/x/net/html/atom"
)

// Foreign content, for quickParse: <svg> drawings made of elements and
// attributes whose names it knows.

// inForeignContent reports whether t falls to the rules of foreign content:
// inside a drawing, but for the text of its <title> or <desc>, which HTML's
// rules take.
func (p *quickParser) inForeignContent(t *quickToken) bool {
	if len(p.oe) == 0 || t.kind == qtEOF {
		return false
	}
	n := p.oe[len(p.oe)-1]
	if n.Namespace == "" {
		return false
	}
	if n.Data == "title" || n.Data == "desc" {
		switch t.kind {
		case qtStart:
			giveUp("an element inside a drawing's title")
		case qtText:
			return false
		}
	}
	return true
}

func (p *quickParser) foreignContent(t *quickToken) bool {
	switch t.kind {
	case qtText:
		p.addText(t.data)
	case qtComment:
		p.addComment(p.top(), t.data)
	case qtStart:
		p.addForeign(t)
	case qtEnd:
		// x/net/html compares the names with strings.EqualFold.
		if !strings.EqualFold(p.top().Data, t.data) {
			giveUp("an end tag in a drawing for another element than the last")
		}
		p.oe = p.oe[:len(p.oe)-1]
	}
	return true
}

// svgElements are the elements of a drawing quickParse takes, each with the
// name the parser gives it: SVG's own case, where it has capitals.
var svgElements = map[string]string{
	"a": "a", "animate": "animate", "circle": "circle", "defs": "defs", "desc": "desc",
	"ellipse": "ellipse", "filter": "filter", "g": "g", "image": "image", "line": "line",
	"marker": "marker", "mask": "mask", "metadata": "metadata", "path": "path", "pattern": "pattern",
	"polygon": "polygon", "polyline": "polyline", "rect": "rect", "set": "set", "stop": "stop",
	"style": "style", "svg": "svg", "switch": "switch", "symbol": "symbol", "text": "text",
	"title": "title", "tspan": "tspan", "use": "use", "view": "view",
	"clippath": "clipPath", "lineargradient": "linearGradient", "radialgradient": "radialGradient",
	"textpath": "textPath", "animatecolor": "animateColor", "animatemotion": "animateMotion",
	"animatetransform": "animateTransform", "feblend": "feBlend", "fecolormatrix": "feColorMatrix",
	"fecomponenttransfer": "feComponentTransfer", "fecomposite": "feComposite",
	"feconvolvematrix": "feConvolveMatrix", "fediffuselighting": "feDiffuseLighting",
	"fedisplacementmap": "feDisplacementMap", "fedistantlight": "feDistantLight",
	"feflood": "feFlood", "fefunca": "feFuncA", "fefuncb": "feFuncB",
	"fefuncg": "feFuncG", "fefuncr": "feFuncR", "fegaussianblur": "feGaussianBlur", "feimage": "feImage",
	"femerge": "feMerge", "femergenode": "feMergeNode", "femorphology": "feMorphology",
	"feoffset": "feOffset", "fepointlight": "fePointLight", "fespecularlighting": "feSpecularLighting",
	"fespotlight": "feSpotLight", "fetile": "feTile", "feturbulence": "feTurbulence",
}

// svgAttributes are the attribute names of letters only that quickParse
// takes in a drawing, with the name the parser gives each. Names with any
// other byte ('-', ':', a digit) keep their case, but for svgNamespaced.
var svgAttributes = map[string]string{
	"begin": "begin", "by": "by", "class": "class", "color": "color", "cursor": "cursor",
	"cx": "cx", "cy": "cy", "d": "d", "display": "display", "dur": "dur", "dx": "dx", "dy": "dy",
	"fill": "fill", "filter": "filter", "focusable": "focusable", "fr": "fr", "from": "from",
	"fx": "fx", "fy": "fy", "height": "height", "href": "href", "id": "id", "in": "in", "k": "k",
	"lang": "lang", "mask": "mask", "media": "media", "mode": "mode", "name": "name",
	"offset": "offset", "opacity": "opacity", "operator": "operator", "overflow": "overflow",
	"points": "points", "r": "r", "result": "result", "role": "role", "rotate": "rotate",
	"rx": "rx", "ry": "ry", "scale": "scale", "stroke": "stroke", "style": "style",
	"tabindex": "tabindex", "title": "title", "to": "to", "transform": "transform", "type": "type",
	"values": "values", "version": "version", "visibility": "visibility", "width": "width",
	"x": "x", "xmlns": "xmlns", "y": "y",
	"attributename": "attributeName", "attributetype": "attributeType", "baseprofile": "baseProfile",
	"calcmode": "calcMode", "clippathunits": "clipPathUnits", "filterunits": "filterUnits",
	"gradienttransform": "gradientTransform", "gradientunits": "gradientUnits",
	"keysplines": "keySplines", "keytimes": "keyTimes", "lengthadjust": "lengthAdjust",
	"markerheight": "markerHeight", "markerunits": "markerUnits", "markerwidth": "markerWidth",
	"maskcontentunits": "maskContentUnits", "maskunits": "maskUnits", "pathlength": "pathLength",
	"patterncontentunits": "patternContentUnits", "patterntransform": "patternTransform",
	"patternunits": "patternUnits", "preserveaspectratio": "preserveAspectRatio",
	"primitiveunits": "primitiveUnits", "refx": "refX", "refy": "refY", "repeatcount": "repeatCount",
	"spreadmethod": "spreadMethod", "startoffset": "startOffset", "stddeviation": "stdDeviation",
	"textlength": "textLength", "viewbox": "viewBox",
	"accumulate": "accumulate", "additive": "additive", "alt": "alt", "amplitude": "amplitude",
	"azimuth": "azimuth", "bias": "bias", "dir": "dir", "divisor": "divisor", "elevation": "elevation",
	"exponent": "exponent", "hidden": "hidden", "intercept": "intercept", "order": "order",
	"origin": "origin", "path": "path", "radius": "radius", "rel": "rel", "restart": "restart",
	"seed": "seed", "slope": "slope", "src": "src", "target": "target", "z": "z",
	"basefrequency": "baseFrequency", "diffuseconstant": "diffuseConstant", "edgemode": "edgeMode",
	"kernelmatrix": "kernelMatrix", "kernelunitlength": "kernelUnitLength", "keypoints": "keyPoints",
	"limitingconeangle": "limitingConeAngle", "numoctaves": "numOctaves", "pointsatx": "pointsAtX",
	"pointsaty": "pointsAtY", "pointsatz": "pointsAtZ", "preservealpha": "preserveAlpha",
	"specularconstant": "specularConstant", "specularexponent": "specularExponent",
	"stitchtiles": "stitchTiles", "surfacescale": "surfaceScale", "tablevalues": "tableValues",
	"targetx": "targetX", "targety": "targetY", "xchannelselector": "xChannelSelector",
	"ychannelselector": "yChannelSelector",
}

// svgNamespaced are the attribute names the parser splits into a namespace
// and a name at their ':'.
var svgNamespaced = []string{
	"xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
	"xlink:title", "xlink:type", "xml:lang", "xml:space", "xmlns:xlink",
}

// addForeign opens an element of a drawing, named as the parser names it.
// A drawing's elements are never raw text, and may close themselves.
func (p *quickParser) addForeign(t *quickToken) {
	name, ok := svgElements[t.data]
	if !ok && strings.ContainsAny(t.data, "-:") {
		name, ok = t.data, true // no name the parser changes or breaks out at has either
	}
	if !ok {
		giveUp("an element quickParse does not take in a drawing: <" + t.data + ">")
	}
	if name != t.data {
		t.data, t.atom = name, atom.Lookup([]byte(name))
	}
	for i := range t.attr {
		a := &t.attr[i]
		if k, ok := svgAttributes[a.Key]; ok {
			a.Key = k
		} else if isASCIIWord(a.Key) {
			giveUp("an attribute quickParse does not take in a drawing: " + a.Key)
		} else if slices.Contains(svgNamespaced, a.Key) {
			j := strings.IndexByte(a.Key, ':')
			a.Namespace, a.Key = a.Key[:j], a.Key[j+1:]
		}
	}
	p.addElement(t).Namespace = "svg"
	p.rawTag = ""
	if t.selfClosing {
		p.oe = p.oe[:len(p.oe)-1]
	}
}
