//go:build js && wasm

// Command start is a floor for `make bench-web`: a Go program for the
// browser that only starts, sets the two functions the page calls and waits.
// What a first visit costs for it is what any program built by standard Go
// for GOOS=js costs this browser on this machine: the runtime's download,
// compile and start.
package main

import "syscall/js"

func main() {
	echo := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 {
			return ""
		}
		return args[0].String()
	})
	js.Global().Set("winnowClean", echo)
	js.Global().Set("winnowRemovedHTML", echo)
	select {}
}
