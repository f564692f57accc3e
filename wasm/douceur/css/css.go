// Package css declares the one type of github.com/aymerick/douceur/css that
// bluemonday uses, for winnow's stand-in of douceur (see ../parser).
package css

// Declaration is one CSS declaration: "property: value !important".
type Declaration struct {
	Property  string
	Value     string
	Important bool
}
