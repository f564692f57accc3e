//go:build js && wasm

package main

import (
	"bytes"
	"net/http"
	"runtime/debug"
	"sync/atomic"
	"syscall/js"
)

// requests counts the requests this Go program has served; the tests read
// it to see that one program serves many requests.
var requests atomic.Int64

// main sets serve and maxBodyBytes on the binding object of the runtime
// context that entry.mjs passes to go.run, then keeps the program alive
// for as long as the isolate sends it requests.
func main() {
	// Collect when the heap reaches five times what is live, not twice: in
	// workerd a 100 KB article is answered about 10% faster than at three
	// times (p50 56-61 ms against 63-67, interleaved runs), and 15% faster
	// at three than at two, for a few MB more of wasm memory. Above 64 MiB,
	// half of an isolate's 128 MB (shared with JavaScript and compiled
	// code), collect harder instead.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(64 << 20)

	runtimeContext := js.Global().Get("context")
	h := handler()
	if runtimeContext.Get("env").Get("WINNOW_TEST_HOOKS").Equal(js.ValueOf("1")) {
		h = withTestHooks(h)
	}
	binding := runtimeContext.Get("binding")
	binding.Set("maxBodyBytes", maxPageBytes)
	// serve(request, done) lives as long as the program, so it is never
	// released. The handler runs on a goroutine because it may wait for a
	// JavaScript promise (the runtime's fetch), which the function called
	// from JavaScript itself must not do; a request that waits for nothing
	// is still answered before serve returns.
	binding.Set("serve", js.FuncOf(func(_ js.Value, args []js.Value) any {
		request, done := args[0], args[1]
		go func() { done.Invoke(toJS(serveJS(h, request))) }()
		return nil
	}))
	select {}
}

// serveJS answers request, {method, url, headers: [[name, value]...],
// body: Uint8Array | null}, as entry.mjs passes it.
func serveJS(h http.Handler, request js.Value) *recorded {
	var body []byte
	if b := request.Get("body"); b.Truthy() {
		body = make([]byte, b.Length())
		js.CopyBytesToGo(body, b)
	}
	req, err := http.NewRequest(request.Get("method").String(), request.Get("url").String(), bytes.NewReader(body))
	if err != nil { // a JavaScript Request's method and URL always parse
		return internalError()
	}
	headers := request.Get("headers")
	for i := range headers.Length() {
		pair := headers.Index(i)
		req.Header.Add(pair.Index(0).String(), pair.Index(1).String())
	}
	return respond(h, req)
}

// toJS turns an answer into {status, headers: [[name, value]...], body:
// Uint8Array, requests}, from which entry.mjs builds the Response.
func toJS(rec *recorded) js.Value {
	headers := make([]any, 0, len(rec.header))
	for name, values := range rec.header {
		for _, v := range values {
			headers = append(headers, []any{name, v})
		}
	}
	body := js.Global().Get("Uint8Array").New(rec.body.Len())
	js.CopyBytesToJS(body, rec.body.Bytes())
	return js.ValueOf(map[string]any{
		"status":   rec.status,
		"headers":  headers,
		"body":     body,
		"requests": requests.Add(1),
	})
}
