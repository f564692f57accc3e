//go:build !(js && wasm)

package main

import "net/http"

// runtimeTransport outside the Workers runtime (syumai/workers then runs a
// plain net/http server, for debugging) is nil: fetch.Get's own guarded
// dialer.
func runtimeTransport() http.RoundTripper { return nil }
