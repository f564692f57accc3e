package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The Worker's handler is the api handler with no page of its own (wrangler
// serves the page) and the default limits. The runtime itself is tested by
// test/*.test.mjs under workerd.
func TestHandler(t *testing.T) {
	tests := []struct {
		method, target, contentType, body string
		want                              int
	}{
		{"GET", "/healthz", "", "", http.StatusOK},
		{"GET", "/", "", "", http.StatusNotFound},
		{"POST", "/api/clean", "application/json", `{"url": "x"}`, http.StatusBadRequest},
		{"POST", "/api/clean", "text/html", strings.Repeat("a", 5<<20+1), http.StatusRequestEntityTooLarge},
		{"GET", "/api/clean?url=http://127.0.0.1:1/", "", "", http.StatusForbidden},
	}
	h := handler()
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
		if tt.contentType != "" {
			req.Header.Set("Content-Type", tt.contentType)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("%s %s: status %d, want %d: %s", tt.method, tt.target, rec.Code, tt.want, rec.Body)
		}
	}
}
