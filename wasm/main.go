//go:build js && wasm

// Command wasm is winnow's door into the web page: built with GOOS=js
// GOARCH=wasm, it sets two global functions,
//
//	winnowClean(input: string | Uint8Array, options?: {baseURL?: string, dropImages?: boolean}) → string
//	winnowRemovedHTML(id: string) → string
//
// winnowClean returns the cleaner.Article as JSON, or {"error": "...",
// "code": "..."} when the input cannot be cleaned. Files come as bytes, so
// that the cleaner sniffs their charset itself. The removed blocks come
// without their HTML (the page shows one only when the reader asks):
// winnowRemovedHTML writes the one with that id, from the last clean, and
// returns "" for any other. The bridge holds no cleaning logic of its own.
package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"syscall/js"

	"winnow/cleaner"
)

// last is the last clean's Article, whose removed blocks winnowRemovedHTML
// writes out. Calls from the page come one at a time.
var last *cleaner.Article

func main() {
	// The page's heap is small between cleans, so with Go's default the
	// collector runs many times in one clean, each time on the page's only
	// thread. Collecting at five times what is live, not twice, makes a
	// typical clean in V8 about a fifth faster for a few MB more of wasm
	// memory; past 256 MiB (a paste of several MB) the limit collects harder.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(256 << 20)
	js.Global().Set("winnowClean", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return cleanToJSON(args)
	}))
	js.Global().Set("winnowRemovedHTML", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return removedHTML(args)
	}))
	select {} // keep the runtime alive: the page calls winnowClean for as long as it is open
}

// cleanToJSON runs one clean. A panic is caught and reported like any other
// error, so the runtime survives whatever the reader pastes.
func cleanToJSON(args []js.Value) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON("internal", fmt.Sprintf("internal error: %v", r))
		}
	}()
	input, ok := inputBytes(args)
	if !ok {
		return errorJSON("usage", "winnowClean expects the input as a string or a Uint8Array")
	}
	last = nil
	opts := cleaner.Options{MarkRemoved: true, SkipRemovedHTML: true}
	if len(args) > 1 && args[1].Type() == js.TypeObject {
		if v := args[1].Get("baseURL"); v.Type() == js.TypeString {
			opts.BaseURL = v.String()
		}
		opts.DropImages = args[1].Get("dropImages").Truthy()
	}
	art, err := cleaner.Clean(input, opts)
	if err != nil {
		return errorJSON(errorCode(err), err.Error())
	}
	last = art
	b, err := art.JSON()
	if err != nil {
		return errorJSON("internal", err.Error())
	}
	return string(b)
}

// removedHTML writes out one removed block of the last clean; "" when there
// is none by that id, or writing it failed.
func removedHTML(args []js.Value) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = ""
		}
	}()
	if last == nil || len(args) == 0 || args[0].Type() != js.TypeString {
		return ""
	}
	out, _ = last.RemovalHTML(args[0].String())
	return out
}

func inputBytes(args []js.Value) ([]byte, bool) {
	switch {
	case len(args) == 0:
		return nil, false
	case args[0].Type() == js.TypeString:
		return []byte(args[0].String()), true
	case args[0].InstanceOf(js.Global().Get("Uint8Array")):
		b := make([]byte, args[0].Length())
		js.CopyBytesToGo(b, args[0])
		return b, true
	}
	return nil, false
}

// errorCode names the cleaner's error kinds, so the page can word its message.
func errorCode(err error) string {
	for _, c := range []struct {
		target error
		code   string
	}{
		{cleaner.ErrEmpty, "empty"},
		{cleaner.ErrBinary, "binary"},
		{cleaner.ErrTooLarge, "too-large"},
		{cleaner.ErrNoContent, "no-content"},
	} {
		if errors.Is(err, c.target) {
			return c.code
		}
	}
	return "internal"
}

func errorJSON(code, msg string) string {
	return string(cleaner.ErrorJSON(code, msg))
}
