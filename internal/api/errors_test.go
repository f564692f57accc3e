package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"winnow/cleaner"
	"winnow/internal/fetch"
)

func contextCanceled() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx, cancel
}

func TestStatusFor(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("pass x: %w: detail", err) }
	tests := []struct {
		err     error
		fetched bool
		want    int
	}{
		{wrap(cleaner.ErrEmpty), false, http.StatusBadRequest},
		{wrap(cleaner.ErrBinary), false, http.StatusUnsupportedMediaType},
		{wrap(cleaner.ErrTooLarge), false, http.StatusRequestEntityTooLarge},
		{wrap(cleaner.ErrNoContent), false, http.StatusUnprocessableEntity},
		{wrap(cleaner.ErrEmpty), true, http.StatusUnprocessableEntity},
		{wrap(cleaner.ErrBinary), true, http.StatusUnprocessableEntity},
		{wrap(cleaner.ErrNoContent), true, http.StatusUnprocessableEntity},
		{wrap(fetch.ErrScheme), true, http.StatusBadRequest},
		{wrap(fetch.ErrForbidden), true, http.StatusForbidden},
		{wrap(fetch.ErrTimeout), true, http.StatusGatewayTimeout},
		{wrap(fetch.ErrTooLarge), true, http.StatusBadGateway},
		{wrap(fetch.ErrStatus), true, http.StatusBadGateway},
		{errBusy, false, http.StatusServiceUnavailable},
		{errInternal, false, http.StatusInternalServerError},
		{errInternal, true, http.StatusInternalServerError}, // the cleaner's bug, not the site's
		{errors.New("dial tcp: no such host"), true, http.StatusBadGateway},
		{errors.New("something unexpected"), false, http.StatusInternalServerError},
	}
	for _, tt := range tests {
		if got := statusFor(tt.err, tt.fetched); got != tt.want {
			t.Errorf("statusFor(%v, fetched=%v) = %d, want %d", tt.err, tt.fetched, got, tt.want)
		}
	}
}

func TestBodyKindOf(t *testing.T) {
	tests := []struct {
		contentType string
		want        bodyKind
	}{
		{"", bodyRaw},
		{"text/html", bodyRaw},
		{"TEXT/HTML; charset=ISO-8859-1", bodyRaw},
		{"text/plain;charset=utf-8", bodyRaw},
		{"application/xhtml+xml", bodyRaw},
		{"application/json", bodyJSON},
		{"application/json; charset=utf-8", bodyJSON},
		{"application/x-www-form-urlencoded", 0},
		{"multipart/form-data; boundary=x", 0},
		{"text/html; charset", 0}, // malformed parameter
	}
	for _, tt := range tests {
		if got, _ := bodyKindOf(tt.contentType); got != tt.want {
			t.Errorf("bodyKindOf(%q) = %d, want %d", tt.contentType, got, tt.want)
		}
	}
}

func TestFormatNamed(t *testing.T) {
	for _, name := range []string{"", "json", "html", "text", "markdown"} {
		f, ok := formatNamed(name)
		if !ok || f.contentType == "" {
			t.Errorf("formatNamed(%q) = %+v, %v", name, f, ok)
		}
	}
	for _, name := range []string{"JSON", "pdf", "md"} {
		if _, ok := formatNamed(name); ok {
			t.Errorf("formatNamed(%q) accepted", name)
		}
	}
}
