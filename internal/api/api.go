// Package api is winnow's HTTP endpoint: the one http.Handler that both
// doors mount, the Cloudflare Worker (cmd/worker) and `winnow serve`. It
// parses the request, calls cleaner.Clean, and writes the Article or one of
// its fields; it holds no cleaning logic of its own.
//
// Routes:
//
//	POST /api/clean           clean the body (text/html, text/plain or JSON)
//	GET  /api/clean?url=URL   fetch URL and clean it
//	OPTIONS /api/clean        CORS preflight
//	GET  /healthz             liveness
//	anything else             Config.Pages (the web page), or 404
package api

import (
	"net/http"
	"strings"

	"winnow/internal/fetch"
)

// Config tunes Handler. The zero value is a working endpoint without the
// web page.
type Config struct {
	// MaxBodyBytes caps a POST body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxConcurrent caps the cleans running at once; 0 means no cap.
	// Requests over it wait for a slot as long as their client does.
	MaxConcurrent int
	// Fetch tunes GET /api/clean?url=: limits, private addresses, and (in
	// the Worker) the runtime's fetch as transport.
	Fetch fetch.Options
	// Pages serves / and the web page's files; nil answers 404.
	Pages http.Handler
}

// DefaultMaxBodyBytes is the POST body cap when Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 5 << 20

// Handler returns the endpoint. It does no work until the first request:
// the Worker builds it in every new isolate, whose first request waits for
// whatever is built at start.
func Handler(cfg Config) http.Handler {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	h := &handler{cfg: cfg}
	if cfg.MaxConcurrent > 0 {
		h.slots = make(chan struct{}, cfg.MaxConcurrent)
	}
	return h
}

type handler struct {
	cfg   Config
	slots chan struct{} // a token per running clean; nil: no cap
}

// Allowed methods per route, in the order the Allow header lists them.
const (
	cleanMethods  = "GET, POST, OPTIONS"
	healthMethods = "GET, HEAD"
)

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch path := r.URL.Path; {
	case path == "/api/clean":
		h.serveClean(w, r) // clean.go
	case path == "/healthz":
		serveHealth(w, r)
	case path == "/api" || strings.HasPrefix(path, "/api/"):
		writeError(w, http.StatusNotFound, "no such endpoint: "+path)
	case h.cfg.Pages != nil:
		h.cfg.Pages.ServeHTTP(w, r)
	default:
		writeError(w, http.StatusNotFound, "not found: "+path)
	}
}

func serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, healthMethods)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeBody(w, http.StatusOK, "application/json; charset=utf-8", []byte(`{"status":"ok"}`+"\n"))
}
