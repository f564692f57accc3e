//go:build js && wasm

package main

import (
	"net/http"
	"syscall/js"

	cffetch "github.com/syumai/workers/cloudflare/fetch"
)

// runtimeTransport sends requests through the Workers runtime's fetch. The
// runtime hands back redirects ("manual") so that fetch.Get's http.Client
// follows them itself and applies its redirect limit and scheme check.
//
// The binding is the real globalThis: syumai's wasm_exec.js gives Go a
// Proxy of it as js.Global(), and workerd refuses fetch called on the Proxy
// ("Illegal invocation").
func runtimeTransport() http.RoundTripper {
	global := js.Global().Get("globalThis")
	return cffetch.NewClient(cffetch.WithBinding(global)).HTTPClient(cffetch.RedirectModeManual).Transport
}
