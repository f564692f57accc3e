// Package fetch gets a web page for the CLI and the HTTP endpoint: http and
// https only, a timeout, a redirect limit, a size cap, and (on servers) no
// loopback, private or link-local addresses unless allowed.
package fetch

import (
	"context"
	"errors"
	"time"
)

// Options tune Get. The zero value uses the defaults below.
type Options struct {
	Timeout      time.Duration // default 10 s
	MaxBytes     int64         // default 20 MB
	MaxRedirects int           // default 5
	AllowPrivate bool          // allow loopback, private and link-local addresses
	UserAgent    string        // default "winnow/<version> (+reader)"
}

// Page is a fetched page.
type Page struct {
	URL         string // the final URL, after redirects: use it as the base URL
	ContentType string // the response's Content-Type header
	Body        []byte
}

// Errors, to be matched with errors.Is.
var (
	ErrScheme    = errors.New("only http and https URLs can be fetched")
	ErrForbidden = errors.New("address not allowed")
	ErrTooLarge  = errors.New("page too large")
	ErrTimeout   = errors.New("the site did not answer in time")
	ErrStatus    = errors.New("the site answered with an error")
)

// Get fetches rawURL. (Stub; see issue 6.)
func Get(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	return nil, errors.New("fetch: not built yet")
}
