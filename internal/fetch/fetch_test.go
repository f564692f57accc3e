package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// testSite answers the paths the table below asks for.
func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<title>t</title><p>ua=%s</p>", r.UserAgent())
	})
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("a", 2048)))
	})
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "4096")
		w.Write([]byte(strings.Repeat("a", 4096)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := testSite(t)
	local := Options{AllowPrivate: true}
	tests := []struct {
		name     string
		url      string
		opts     Options
		wantErr  error  // nil: success
		wantBody string // substring of the body on success
		wantURL  string // suffix of the final URL on success
	}{
		{"page", srv.URL + "/page", local, nil, "ua=winnow/", "/page"},
		{"custom user agent", srv.URL + "/page", Options{AllowPrivate: true, UserAgent: "tester/1"}, nil, "ua=tester/1", "/page"},
		{"five redirects are followed", srv.URL + "/redirect/4", local, nil, "<title>", "/page"},
		{"six redirects are too many", srv.URL + "/redirect/5", local, ErrStatus, "", ""},
		{"redirect limit is configurable", srv.URL + "/redirect/2", Options{AllowPrivate: true, MaxRedirects: 2}, ErrStatus, "", ""},
		{"redirect to another scheme", srv.URL + "/to-ftp", local, ErrScheme, "", ""},
		{"error status", srv.URL + "/missing", local, ErrStatus, "", ""},
		{"body over the cap", srv.URL + "/big", Options{AllowPrivate: true, MaxBytes: 1024}, ErrTooLarge, "", ""},
		{"declared length over the cap", srv.URL + "/big-declared", Options{AllowPrivate: true, MaxBytes: 1024}, ErrTooLarge, "", ""},
		{"body at the cap", srv.URL + "/big", Options{AllowPrivate: true, MaxBytes: 2048}, nil, "aaaa", "/big"},
		{"timeout", srv.URL + "/slow", Options{AllowPrivate: true, Timeout: 50 * time.Millisecond}, ErrTimeout, "", ""},
		{"loopback refused by default", srv.URL + "/page", Options{}, ErrForbidden, "", ""},
		{"name resolving to loopback refused", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page", Options{}, ErrForbidden, "", ""},
		{"file scheme", "file:///etc/passwd", local, ErrScheme, "", ""},
		{"ftp scheme", "ftp://example.com/", local, ErrScheme, "", ""},
		{"relative URL", "/page", local, ErrScheme, "", ""},
		{"no host", "http:///page", local, ErrScheme, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := Get(context.Background(), tt.url, tt.opts)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Get(%q) error = %v, want %v", tt.url, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get(%q): %v", tt.url, err)
			}
			if !strings.Contains(string(page.Body), tt.wantBody) {
				t.Errorf("body = %.80q, want it to contain %q", page.Body, tt.wantBody)
			}
			if !strings.HasSuffix(page.URL, tt.wantURL) {
				t.Errorf("URL = %q, want suffix %q", page.URL, tt.wantURL)
			}
		})
	}
}

func TestGetContentType(t *testing.T) {
	srv := testSite(t)
	page, err := Get(context.Background(), srv.URL+"/page", Options{AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	if page.ContentType != "text/html; charset=utf-8" {
		t.Errorf("ContentType = %q", page.ContentType)
	}
}

// roundTripFunc lets a test stand in for the Workers runtime's fetch.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestGetWithTransport(t *testing.T) {
	var seen []string
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		seen = append(seen, r.URL.String())
		rec := httptest.NewRecorder()
		if r.URL.Path == "/start" {
			http.Redirect(rec, r, "/end", http.StatusMovedPermanently)
		} else {
			rec.WriteString("<p>done</p>")
		}
		res := rec.Result()
		res.Request = r
		return res, nil
	})
	// The transport is used as is: no address check, since 10.0.0.1 is the
	// runtime's to allow or refuse.
	page, err := Get(context.Background(), "http://10.0.0.1/start", Options{Transport: rt})
	if err != nil {
		t.Fatal(err)
	}
	if page.URL != "http://10.0.0.1/end" || string(page.Body) != "<p>done</p>" {
		t.Errorf("page = %q %q", page.URL, page.Body)
	}
	if len(seen) != 2 {
		t.Errorf("transport saw %v, want the start and the redirect", seen)
	}
}
