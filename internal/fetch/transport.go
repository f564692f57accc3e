package fetch

import (
	"context"
	"io"
	"net/http"
)

// patientTransport wraps a transport that may ignore the request's
// context (the Workers runtime's fetch does), so that Get's timeout still
// holds: it stops waiting for the response, and for each read of its body,
// when the context ends. The abandoned call finishes in the background.
type patientTransport struct {
	next http.RoundTripper
}

type roundTripResult struct {
	res *http.Response
	err error
}

func (t patientTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	done := make(chan roundTripResult, 1)
	go func() {
		res, err := t.next.RoundTrip(req)
		done <- roundTripResult{res, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, r.err
		}
		r.res.Body = &patientBody{ctx: ctx, body: r.res.Body}
		if r.res.Request == nil {
			r.res.Request = req
		}
		return r.res, nil
	case <-ctx.Done():
		go func() { // close the late response, if one comes
			if r := <-done; r.res != nil {
				r.res.Body.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// patientBody reads a body in the background, into a buffer of its own so
// that an abandoned read never writes into the caller's slice.
type patientBody struct {
	ctx  context.Context
	body io.ReadCloser
}

type readResult struct {
	data []byte
	err  error
}

func (b *patientBody) Read(p []byte) (int, error) {
	if err := b.ctx.Err(); err != nil {
		return 0, err
	}
	done := make(chan readResult, 1)
	go func() {
		buf := make([]byte, len(p))
		n, err := b.body.Read(buf)
		done <- readResult{buf[:n], err}
	}()
	select {
	case r := <-done:
		return copy(p, r.data), r.err
	case <-b.ctx.Done():
		return 0, b.ctx.Err()
	}
}

func (b *patientBody) Close() error { return b.body.Close() }
