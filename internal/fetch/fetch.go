// Package fetch gets a web page for the CLI and the HTTP endpoint: http and
// https only, a timeout, a redirect limit, a size cap, and (on servers) no
// loopback, private or link-local addresses unless allowed.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"sync"
	"time"
)

// Options tune Get. The zero value uses the defaults below.
type Options struct {
	Timeout      time.Duration // default 10 s
	MaxBytes     int64         // default 20 MB
	MaxRedirects int           // default 5
	AllowPrivate bool          // allow loopback, private and link-local addresses
	UserAgent    string        // default "winnow/<version> (+reader)"
	// Transport, when set, sends the requests instead of Get's own dialer:
	// the Worker passes the Workers runtime's fetch. The address check is then
	// the transport's business (the runtime keeps Workers off private
	// networks); scheme, redirect, time and size limits still apply.
	Transport http.RoundTripper
}

// Defaults for the zero Options.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxBytes     = 20 << 20
	DefaultMaxRedirects = 5
)

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

// accept asks for a page a reader would see: HTML first, then text.
const accept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"

// Get fetches rawURL. Its errors wrap one of the Err values above, or are
// network errors (no such host, connection refused) that the caller reports
// as the site failing.
func Get(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	opts = opts.withDefaults()
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrScheme, err)
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", accept)

	resp, err := opts.client().Do(req)
	if err != nil {
		return nil, classify(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s", ErrStatus, resp.Status)
	}
	if resp.ContentLength > opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, resp.ContentLength, opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBytes+1))
	if err != nil {
		return nil, classify(ctx, err)
	}
	if int64(len(body)) > opts.MaxBytes {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, opts.MaxBytes)
	}
	return &Page{
		URL:         resp.Request.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
	}, nil
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = defaultUserAgent()
	}
	return o
}

// checkURL accepts absolute http and https URLs with a host.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrScheme, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: %q", ErrScheme, rawURL)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("%w: %q has no host", ErrScheme, rawURL)
	}
	return u, nil
}

// client builds the http.Client for one Get. Redirects are followed by the
// client, not the transport, so the limit and the scheme check apply to
// every hop, and each hop's connection goes through the guarded dialer.
func (o Options) client() *http.Client {
	var rt http.RoundTripper
	if o.Transport != nil {
		rt = patientTransport{o.Transport} // transport.go
	} else {
		rt = guardedTransport(o.AllowPrivate)
	}
	return &http.Client{
		Transport: rt,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w: more than %d redirects", ErrStatus, o.MaxRedirects)
			}
			if _, err := checkURL(req.URL.String()); err != nil {
				return err
			}
			return nil
		},
	}
}

// guardedTransport is a transport whose dialer checks every address it
// connects to, after DNS: a name that resolves to 127.0.0.1, a rebinding
// DNS server or a redirect to a private address are all caught there. No
// proxy is used, since the dialer would then check the proxy instead.
func guardedTransport(allowPrivate bool) http.RoundTripper {
	dialer := &net.Dialer{Timeout: DefaultTimeout, KeepAlive: -1}
	if !allowPrivate {
		dialer.Control = refusePrivate // guard.go
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   DefaultTimeout,
		ResponseHeaderTimeout: DefaultTimeout,
		MaxIdleConns:          1,
		DisableKeepAlives:     true,
	}
}

// classify turns a client error into one of the package's errors where one
// fits, keeping the original message.
func classify(ctx context.Context, err error) error {
	for _, known := range []error{ErrScheme, ErrForbidden, ErrStatus, ErrTooLarge} {
		if errors.Is(err, known) {
			return unwrapURLError(err)
		}
	}
	var nerr net.Error
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded ||
		(errors.As(err, &nerr) && nerr.Timeout()) {
		return fmt.Errorf("%w: %v", ErrTimeout, unwrapURLError(err))
	}
	return unwrapURLError(err)
}

// unwrapURLError drops the *url.Error wrapper ("Get \"…\": …") so that
// messages name the cause once.
func unwrapURLError(err error) error {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		return uerr.Err
	}
	return err
}

// defaultUserAgent names winnow and its module version, read once from the
// build information.
var defaultUserAgent = sync.OnceValue(func() string {
	version := "dev"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = info.Main.Version
	}
	return "winnow/" + version + " (+reader)"
})
