// Command worker is winnow's endpoint on Cloudflare Workers: the api
// handler, built with standard Go for GOOS=js GOARCH=wasm (`make worker`)
// and run by entry.mjs with github.com/syumai/workers' wasm_exec.js and
// runtime glue. Wrangler serves the web page as static assets
// (wrangler.jsonc) and hands /api/* and /healthz to the Worker.
//
// One Go program serves every request of an isolate: entry.mjs starts it on
// the first request and hands each request to the serve function that
// bridge_js.go registers. Go's start-up and the cleaner's lazily built
// tables are paid once per isolate, not once per request as with
// syumai/workers' own entry, which starts a fresh Go instance each time.
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"

	"winnow/internal/api"
	"winnow/internal/fetch"
)

// maxPageBytes caps what the Worker cleans, posted or fetched: 2 MB, not
// the 5 MB and 20 MB of winnow serve. An isolate has 128 MB for everything,
// and the Go program's wasm memory grows to the largest page it has cleaned
// and never shrinks (a 2 MB page leaves it at about 90 MiB): a larger page
// would end the isolate, and every request in it, instead of getting a 413.
const maxPageBytes = 2 << 20

// handler is the endpoint as the Worker configures it: the page cap above,
// and outbound requests through the runtime's fetch (runtimeTransport), the
// only way a Worker reaches the network.
func handler() http.Handler {
	return api.Handler(api.Config{
		MaxBodyBytes: maxPageBytes,
		Fetch:        fetch.Options{Transport: runtimeTransport(), MaxBytes: maxPageBytes},
	})
}

// recorded is one whole answer, as the bridge hands it to JavaScript.
type recorded struct {
	status int
	header http.Header
	body   bytes.Buffer
}

func (r *recorded) Header() http.Header { return r.header }

func (r *recorded) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

func (r *recorded) Write(p []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(p)
}

// respond runs h on req and records its answer. A panic becomes a 500 JSON
// error rather than the end of the Go program, which serves the isolate's
// other requests too.
func respond(h http.Handler, req *http.Request) (rec *recorded) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "worker: panic serving %s %s: %v\n%s", req.Method, req.URL.Path, v, debug.Stack())
			rec = internalError()
		}
	}()
	rec = &recorded{header: http.Header{}}
	h.ServeHTTP(rec, req)
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	if req.Method == http.MethodHead {
		rec.body.Reset()
	}
	return rec
}

// internalError is the answer to a request whose handler panicked.
func internalError() *recorded {
	rec := &recorded{status: http.StatusInternalServerError, header: http.Header{}}
	rec.header.Set("Content-Type", "application/json; charset=utf-8")
	rec.header.Set("Cache-Control", "no-store")
	rec.header.Set("Access-Control-Allow-Origin", "*")
	rec.body.WriteString(`{"error":"internal error"}` + "\n")
	return rec
}

// Paths that exist only when the Worker runs with the WINNOW_TEST_HOOKS var
// (test/harness.mjs sets it), for the tests to break the Worker on purpose.
const (
	panicPath = "/api/__test/panic" // panics inside the request
	crashPath = "/api/__test/crash" // ends the Go program while the request waits
	heapPath  = "/api/__test/heap"  // collects garbage, then answers {"live": heap bytes in use}
)

// withTestHooks answers those paths and hands every other request to h.
func withTestHooks(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case panicPath:
			panic("test hook: a panic inside a request")
		case crashPath:
			go panic("test hook: a panic outside any request")
			select {}
		case heapPath:
			runtime.GC()
			runtime.GC() // and what sync.Pools kept through the first
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			fmt.Fprintf(w, `{"live":%d}`, m.HeapAlloc)
		default:
			h.ServeHTTP(w, r)
		}
	})
}
