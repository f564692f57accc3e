package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"winnow/cleaner"
	"winnow/internal/fetch"
)

// cleanRequest is the JSON form of POST /api/clean. Fields left empty fall
// back to the query's url and format.
type cleanRequest struct {
	HTML   string `json:"html"`
	URL    string `json:"url"`
	Format string `json:"format"`
}

// bodyKind says how a POST body's media type is read.
type bodyKind int

const (
	bodyRaw  bodyKind = iota + 1 // the page itself, handed to Clean as is
	bodyJSON                     // a cleanRequest
)

// bodyKinds lists the media types POST /api/clean accepts. A missing
// Content-Type is read as raw input: Clean tells HTML from text itself.
var bodyKinds = [...]struct {
	mediaType string
	kind      bodyKind
}{
	{"", bodyRaw},
	{"text/html", bodyRaw},
	{"application/xhtml+xml", bodyRaw},
	{"text/plain", bodyRaw},
	{"application/json", bodyJSON},
}

func (h *handler) serveClean(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	switch r.Method {
	case http.MethodOptions:
		preflight(w)
	case http.MethodGet:
		h.cleanURL(w, r)
	case http.MethodPost:
		h.cleanBody(w, r)
	default:
		methodNotAllowed(w, cleanMethods)
	}
}

// preflight answers a CORS preflight: any origin may POST a page.
func preflight(w http.ResponseWriter) {
	hd := w.Header()
	hd.Set("Access-Control-Allow-Methods", cleanMethods)
	hd.Set("Access-Control-Allow-Headers", "Content-Type")
	hd.Set("Access-Control-Max-Age", "86400")
	hd.Set("Allow", cleanMethods)
	w.WriteHeader(http.StatusNoContent)
}

// readBody reads r's body, at most limit bytes (a longer one is a
// *http.MaxBytesError). A body of known length is read into a buffer made
// that large once: grown as it came, a 100 KB article would leave a few
// hundred KB of garbage per request.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if n := r.ContentLength; n > 0 && n <= limit {
		buf.Grow(int(n) + bytes.MinRead) // ReadFrom wants MinRead spare for the read that finds the end
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	return buf.Bytes(), err
}

// cleanBody serves POST /api/clean.
func (h *handler) cleanBody(w http.ResponseWriter, r *http.Request) {
	query := r.URL.Query()
	req := cleanRequest{URL: query.Get("url"), Format: query.Get("format")}
	kind, mediaType := bodyKindOf(r.Header.Get("Content-Type"))
	if kind == 0 {
		writeError(w, http.StatusUnsupportedMediaType,
			fmt.Sprintf("unsupported Content-Type %q: send text/html, text/plain or application/json", mediaType))
		return
	}
	if r.ContentLength > h.cfg.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, h.tooLarge())
		return
	}
	body, err := readBody(w, r, h.cfg.MaxBodyBytes)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, h.tooLarge())
			return
		}
		writeError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}

	input, contentType := body, r.Header.Get("Content-Type")
	if kind == bodyJSON {
		var fields cleanRequest
		if err := decodeJSON(body, &fields); err != nil {
			writeError(w, http.StatusBadRequest, "malformed JSON: "+err.Error())
			return
		}
		if fields.HTML == "" {
			writeError(w, http.StatusBadRequest, `no html: send {"html": "…"}`)
			return
		}
		input, contentType = []byte(fields.HTML), "text/html; charset=utf-8"
		req.URL = firstNonEmpty(fields.URL, req.URL)
		req.Format = firstNonEmpty(fields.Format, req.Format)
	}
	out, ok := formatNamed(req.Format) // format.go
	if !ok {
		writeError(w, http.StatusBadRequest, unknownFormat(req.Format))
		return
	}
	article, err := h.clean(w, r, input, cleaner.Options{
		BaseURL:         req.URL,
		ContentType:     contentType,
		MaxBytes:        int(h.cfg.MaxBodyBytes),
		SkipRemovedHTML: !out.removedHTML,
	})
	if err != nil {
		writeError(w, statusFor(err, false), err.Error()) // errors.go
		return
	}
	out.write(w, article)
}

// cleanURL serves GET /api/clean?url=…: fetch the page, then clean it with
// its final URL as the base.
func (h *handler) cleanURL(w http.ResponseWriter, r *http.Request) {
	query := r.URL.Query()
	target := query.Get("url")
	if target == "" {
		writeError(w, http.StatusBadRequest, "no url: use GET /api/clean?url=https://… or POST the page")
		return
	}
	out, ok := formatNamed(query.Get("format"))
	if !ok {
		writeError(w, http.StatusBadRequest, unknownFormat(query.Get("format")))
		return
	}
	page, err := fetch.Get(r.Context(), target, h.cfg.Fetch)
	if err != nil {
		writeError(w, statusFor(err, true), err.Error())
		return
	}
	maxBytes := h.cfg.Fetch.MaxBytes
	if maxBytes <= 0 {
		maxBytes = fetch.DefaultMaxBytes
	}
	article, err := h.clean(w, r, page.Body, cleaner.Options{
		BaseURL:         page.URL,
		ContentType:     page.ContentType,
		MaxBytes:        int(maxBytes),
		SkipRemovedHTML: !out.removedHTML,
	})
	if err != nil {
		writeError(w, statusFor(err, true), err.Error())
		return
	}
	out.write(w, article)
}

// errBusy is returned when a request gave up waiting for a clean slot.
var errBusy = errors.New("server busy: too many cleans at once")

// errInternal is a panic inside the cleaner: a bug in winnow, which costs
// the request a 500 and never the server.
var errInternal = errors.New("internal error: the cleaner failed on this page (a bug in winnow)")

// cleanPage is the cleaner; the tests put one that panics in its place.
var cleanPage = cleaner.Clean

// cleanRecovering runs cleanPage, and turns a panic into errInternal, with
// the panic and its stack on standard error for whoever runs the server.
func cleanRecovering(input []byte, opts cleaner.Options) (a *cleaner.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "winnow: panic while cleaning: %v\n%s", v, debug.Stack())
			a, err = nil, errInternal
		}
	}()
	return cleanPage(input, opts)
}

// clean runs Clean once a slot is free, and says in a Server-Timing header
// how long the clean itself took: what a slow answer spent on cleaning, as
// against waiting, fetching or the network, shows in a browser's developer
// tools and in the endpoint's benchmark.
func (h *handler) clean(w http.ResponseWriter, r *http.Request, input []byte, opts cleaner.Options) (*cleaner.Article, error) {
	if h.slots != nil {
		select {
		case h.slots <- struct{}{}:
			defer func() { <-h.slots }()
		case <-r.Context().Done():
			return nil, errBusy
		}
	}
	start := time.Now()
	article, err := cleanRecovering(input, opts)
	ms := float64(time.Since(start).Microseconds()) / 1000
	w.Header().Set("Server-Timing", "clean;dur="+strconv.FormatFloat(ms, 'f', 1, 64))
	w.Header().Set("Timing-Allow-Origin", "*") // lets other origins read it, as CORS lets them read the answer
	return article, err
}

func bodyKindOf(contentType string) (bodyKind, string) {
	mediaType := ""
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		if err != nil {
			return 0, contentType
		}
		mediaType = mt
	}
	for _, k := range bodyKinds {
		if k.mediaType == mediaType {
			return k.kind, mediaType
		}
	}
	return 0, mediaType
}

// decodeJSON reads exactly one JSON object.
func decodeJSON(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON object")
	}
	return nil
}

func (h *handler) tooLarge() string {
	return fmt.Sprintf("body too large: the limit is %d bytes", h.cfg.MaxBodyBytes)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
