// Package parser stands in for github.com/aymerick/douceur/parser in
// winnow's wasm builds, which take the module from this folder
// (wasm/wasm.work replaces it).
//
// bluemonday imports douceur's parser to read the declarations of a style
// attribute, and calls it only under a policy that allows styles; winnow's
// allows none (every style attribute is dropped, as the cleaner's tests
// check). The real package imports github.com/gorilla/css/scanner, whose
// initialization compiles the CSS tokenizer's regular expressions at every
// start of the program: the largest package initialization of the web
// build, paid on every first visit before the page can clean. This package
// declares only the function bluemonday calls, and it fails closed.
package parser

import (
	"errors"

	"github.com/aymerick/douceur/css"
)

// ErrNoStyles is what ParseDeclarations returns; on an error bluemonday
// empties the style attribute.
var ErrNoStyles = errors.New("CSS is not parsed in winnow's wasm builds")

// ParseDeclarations always fails, so no style could pass the sanitizer
// even under a policy that allowed one.
func ParseDeclarations(string) ([]*css.Declaration, error) {
	return nil, ErrNoStyles
}
