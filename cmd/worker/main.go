// Command worker is winnow's endpoint on Cloudflare Workers: the api
// handler under github.com/syumai/workers, built with standard Go for
// GOOS=js GOARCH=wasm (`make worker`). Wrangler serves the web page as
// static assets (wrangler.jsonc) and hands /api/* and /healthz to this
// handler.
//
// The runtime starts a fresh Go instance for every request, so nothing here
// or in the packages it imports may do work at start-up that a request
// does not need.
package main

import (
	"net/http"

	"github.com/syumai/workers"

	"winnow/internal/api"
	"winnow/internal/fetch"
)

func main() {
	workers.Serve(handler())
}

// handler is the endpoint as the Worker configures it: the default limits,
// and outbound requests through the runtime's fetch (runtimeTransport), the
// only way a Worker reaches the network.
func handler() http.Handler {
	return api.Handler(api.Config{
		Fetch: fetch.Options{Transport: runtimeTransport()},
	})
}
