//go:build js && wasm

// Command deps is the second floor for `make bench-web`: a Go program for
// the browser built on winnow's two required libraries alone, goquery for
// the document and bluemonday for sanitizing, with none of winnow's code. Its
// first visit is what those libraries cost before winnow adds anything:
// their code to download and compile, and their package initialization
// (bluemonday compiles its regular expressions as it starts).
package main

import (
	"strings"
	"syscall/js"

	"github.com/PuerkitoBio/goquery"
	"github.com/microcosm-cc/bluemonday"
)

func main() {
	policy := bluemonday.UGCPolicy()
	js.Global().Set("winnowClean", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 {
			return ""
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(args[0].String()))
		if err != nil {
			return ""
		}
		body, _ := doc.Find("body").Html()
		return policy.Sanitize(body)
	}))
	js.Global().Set("winnowRemovedHTML", js.FuncOf(func(_ js.Value, _ []js.Value) any { return "" }))
	select {}
}
