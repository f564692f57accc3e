//go:build !(js && wasm)

package main

import "net/http"

// runtimeTransport outside the Workers runtime (main_test.go) is nil:
// fetch.Get's own guarded dialer.
func runtimeTransport() http.RoundTripper { return nil }
