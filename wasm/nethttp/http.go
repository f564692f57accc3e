// Package http stands in for the standard library's net/http in winnow's web
// build (GOOS=js GOARCH=wasm): web/web.mk compiles this file in its place
// with `go build -overlay` (the overlay is written by wasm/overlay).
//
// goquery imports net/http for two functions winnow never calls, NewDocument
// and NewDocumentFromResponse. The linker drops those, but not net/http's
// package-level state, which reaches crypto/tls, whose imports build every
// elliptic curve at init: 380 KB of the page's brotli download, and their
// initialization at every start-up. This package declares only the names
// goquery's code refers to, so goquery itself builds unchanged. A future
// dependency that needs more of net/http fails to compile in the web build,
// loudly, rather than getting a fake.
package http

import (
	"errors"
	"io"
	"net/url"
)

// ErrNoNetwork is what Get returns: the web build makes no requests.
var ErrNoNetwork = errors.New("net/http is not part of winnow's web build")

// Request carries the one field goquery reads from a response's request.
type Request struct {
	URL *url.URL
}

// Response carries the fields goquery reads from a response.
type Response struct {
	Body    io.ReadCloser
	Request *Request
}

// Get always fails; nothing in the web build calls it.
func Get(string) (*Response, error) {
	return nil, ErrNoNetwork
}
