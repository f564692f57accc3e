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
		{"POST", "/api/clean", "text/html", strings.Repeat("a", maxPageBytes+1), http.StatusRequestEntityTooLarge},
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

// respond records the handler's answer for the bridge, and turns a panic
// into a 500 JSON error, since the Go program serves the requests after it.
func TestRespond(t *testing.T) {
	h := withTestHooks(handler())

	rec := respond(h, httptest.NewRequest("GET", "/healthz", nil))
	if rec.status != http.StatusOK || rec.body.String() != `{"status":"ok"}`+"\n" || rec.header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("GET /healthz: %d %q %v", rec.status, rec.body.String(), rec.header)
	}

	rec = respond(h, httptest.NewRequest("HEAD", "/healthz", nil))
	if rec.status != http.StatusOK || rec.body.Len() != 0 {
		t.Errorf("HEAD /healthz: %d with a %d-byte body, want 200 and none", rec.status, rec.body.Len())
	}

	rec = respond(h, httptest.NewRequest("GET", panicPath, nil))
	if rec.status != http.StatusInternalServerError || rec.body.String() != `{"error":"internal error"}`+"\n" {
		t.Errorf("a panicking handler: %d %q, want 500 and the JSON error", rec.status, rec.body.String())
	}
	if got := rec.header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("a panicking handler: Access-Control-Allow-Origin %q, want *", got)
	}

	rec = respond(handler(), httptest.NewRequest("GET", panicPath, nil))
	if rec.status != http.StatusNotFound {
		t.Errorf("%s without the test hooks: %d, want 404", panicPath, rec.status)
	}
}
