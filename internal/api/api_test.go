package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"winnow/cleaner"
	"winnow/internal/fetch"
)

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fakePages stands in for the web page's file server.
var fakePages = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<!doctype html><title>winnow</title>page:" + r.URL.Path))
})

// site is a stand-in for an article's web site, for GET ?url=.
func site(t *testing.T, article string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(article))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusFound)
	})
	mux.HandleFunc("/empty-page", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><body><script>var a = 1</script></body></html>"))
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
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

// check inspects a response beyond its status and Content-Type.
type check func(t *testing.T, res *http.Response, body string)

func articleJSONWith(wantTitle, wantText, wantURL string) check {
	return func(t *testing.T, res *http.Response, body string) {
		var a cleaner.Article
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatalf("body is not an Article: %v\n%.200s", err, body)
		}
		if !strings.Contains(a.Title, wantTitle) {
			t.Errorf("title = %q, want it to contain %q", a.Title, wantTitle)
		}
		if !strings.Contains(a.Text, wantText) {
			t.Errorf("text does not contain %q:\n%.300s", wantText, a.Text)
		}
		if a.HTML == "" || a.WordCount == 0 {
			t.Errorf("html %d bytes, wordCount %d: want both non-zero", len(a.HTML), a.WordCount)
		}
		if wantURL != "" && !strings.HasPrefix(a.URL, wantURL) {
			t.Errorf("url = %q, want prefix %q", a.URL, wantURL)
		}
	}
}

// textLacks checks the Article's text (the JSON also lists what was
// removed, so the body as a whole may well contain s).
func textLacks(s string) check {
	return func(t *testing.T, res *http.Response, body string) {
		var a cleaner.Article
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatalf("body is not an Article: %v", err)
		}
		if strings.Contains(a.Text, s) {
			t.Errorf("article text contains %q", s)
		}
	}
}

func bodyContains(s string) check {
	return func(t *testing.T, res *http.Response, body string) {
		if !strings.Contains(body, s) {
			t.Errorf("body does not contain %q:\n%.300s", s, body)
		}
	}
}

func bodyLacks(s string) check {
	return func(t *testing.T, res *http.Response, body string) {
		if strings.Contains(body, s) {
			t.Errorf("body contains %q", s)
		}
	}
}

// cleanTiming checks the Server-Timing header of a clean: one "clean"
// metric with a duration in milliseconds.
func cleanTiming(t *testing.T, res *http.Response, body string) {
	got := res.Header.Get("Server-Timing")
	dur, ok := strings.CutPrefix(got, "clean;dur=")
	if ms, err := strconv.ParseFloat(dur, 64); !ok || err != nil || ms < 0 {
		t.Errorf("Server-Timing = %q, want clean;dur=<milliseconds>", got)
	}
	if got := res.Header.Get("Timing-Allow-Origin"); got != "*" {
		t.Errorf("Timing-Allow-Origin = %q, want *", got)
	}
}

func header(name, want string) check {
	return func(t *testing.T, res *http.Response, body string) {
		if got := res.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

// jsonError checks the {"error": "..."} shape and that it names the cause.
func jsonError(mentions string) check {
	return func(t *testing.T, res *http.Response, body string) {
		var e map[string]string
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Fatalf("error body is not JSON: %v: %q", err, body)
		}
		if len(e) != 1 || !strings.Contains(strings.ToLower(e["error"]), mentions) {
			t.Errorf(`error body = %q, want {"error": "…%s…"}`, body, mentions)
		}
	}
}

func TestHandler(t *testing.T) {
	article := readFixture(t, "article.html")
	paste := readFixture(t, "article.txt")
	srv := site(t, article)
	const title = "Lighthouse Keepers Return"
	const bodyText = "the lamp at Skerry Point"
	articleJSON, _ := json.Marshal(map[string]string{"html": article, "url": "https://gazette.example/a", "format": "json"})

	h := Handler(Config{
		MaxBodyBytes: 64 << 10,
		Fetch:        fetch.Options{AllowPrivate: true, Timeout: 200 * time.Millisecond},
		Pages:        fakePages,
	})
	strict := Handler(Config{}) // refuses private addresses, no page

	const jsonType = "application/json; charset=utf-8"
	tests := []struct {
		name        string
		handler     http.Handler // nil: h
		method      string
		target      string
		contentType string
		body        string
		wantStatus  int
		wantType    string
		checks      []check
	}{
		// POST, each body kind and format.
		{"post html", nil, "POST", "/api/clean", "text/html; charset=utf-8", article, 200, jsonType,
			[]check{articleJSONWith(title, bodyText, ""), textLacks("Leave a Reply"), header("Access-Control-Allow-Origin", "*"), cleanTiming}},
		{"post html with base url", nil, "POST", "/api/clean?url=https://base.example/x", "text/html", article, 200, jsonType,
			[]check{articleJSONWith(title, bodyText, "https://base.example/")}},
		{"post plain text", nil, "POST", "/api/clean", "text/plain; charset=utf-8", paste, 200, jsonType,
			[]check{articleJSONWith(title, bodyText, "")}},
		{"post without content type", nil, "POST", "/api/clean", "", article, 200, jsonType,
			[]check{articleJSONWith(title, bodyText, "")}},
		{"post json", nil, "POST", "/api/clean", "application/json", string(articleJSON), 200, jsonType,
			[]check{articleJSONWith(title, bodyText, "https://gazette.example/")}},
		{"post json, format from query", nil, "POST", "/api/clean?format=text", "application/json", `{"html": "<p>` + bodyText + ` is lit again tonight, for the first time in forty years.</p>"}`, 200, "text/plain; charset=utf-8",
			[]check{bodyContains(bodyText)}},
		{"format html", nil, "POST", "/api/clean?format=html", "text/html", article, 200, "text/html; charset=utf-8",
			[]check{bodyContains("<p>"), bodyContains(bodyText), bodyLacks("<script"), bodyLacks("commentform")}},
		{"format text", nil, "POST", "/api/clean?format=text", "text/html", article, 200, "text/plain; charset=utf-8",
			[]check{bodyContains(bodyText), bodyLacks("<p>")}},
		{"format markdown", nil, "POST", "/api/clean?format=markdown", "text/html", article, 200, "text/markdown; charset=utf-8",
			[]check{bodyContains("Skerry Point"), bodyLacks("<p>")}},
		{"format json explicit", nil, "POST", "/api/clean?format=json", "text/html", article, 200, jsonType,
			[]check{articleJSONWith(title, bodyText, "")}},

		// GET ?url=.
		{"get url", nil, "GET", "/api/clean?url=" + srv.URL + "/article", "", "", 200, jsonType,
			[]check{articleJSONWith(title, bodyText, srv.URL), header("Access-Control-Allow-Origin", "*"), cleanTiming}},
		{"get url after redirect", nil, "GET", "/api/clean?url=" + srv.URL + "/moved&format=text", "", "", 200, "text/plain; charset=utf-8",
			[]check{bodyContains(bodyText)}},
		{"get url, site error", nil, "GET", "/api/clean?url=" + srv.URL + "/gone", "", "", 502, jsonType, []check{jsonError("410")}},
		{"get url, site timeout", nil, "GET", "/api/clean?url=" + srv.URL + "/slow", "", "", 504, jsonType, []check{jsonError("time")}},
		{"get url, nothing readable", nil, "GET", "/api/clean?url=" + srv.URL + "/empty-page", "", "", 422, jsonType, []check{jsonError("no readable")}},
		{"get url, an image", nil, "GET", "/api/clean?url=" + srv.URL + "/image", "", "", 422, jsonType, []check{jsonError("binary")}},
		{"get url, connection refused", nil, "GET", "/api/clean?url=http://127.0.0.1:1/", "", "", 502, jsonType, []check{jsonError("refused")}},
		{"get url, private address refused", strict, "GET", "/api/clean?url=" + srv.URL + "/article", "", "", 403, jsonType, []check{jsonError("not allowed")}},
		{"get url, bad scheme", nil, "GET", "/api/clean?url=file:///etc/passwd", "", "", 400, jsonType, []check{jsonError("http")}},
		{"get without url", nil, "GET", "/api/clean", "", "", 400, jsonType, []check{jsonError("no url")}},
		{"get url, unknown format", nil, "GET", "/api/clean?url=" + srv.URL + "/article&format=pdf", "", "", 400, jsonType, []check{jsonError("unknown format")}},

		// Errors of POST.
		{"malformed json", nil, "POST", "/api/clean", "application/json", `{"html": `, 400, jsonType, []check{jsonError("malformed json")}},
		{"json with trailing data", nil, "POST", "/api/clean", "application/json", `{"html": "<p>x</p>"} {}`, 400, jsonType, []check{jsonError("malformed json")}},
		{"json without html", nil, "POST", "/api/clean", "application/json", `{"url": "https://a.example/"}`, 400, jsonType, []check{jsonError("no html")}},
		{"empty body", nil, "POST", "/api/clean", "text/html", "", 400, jsonType, []check{jsonError("empty")}},
		{"white space only", nil, "POST", "/api/clean", "text/plain", " \n\t ", 400, jsonType, []check{jsonError("empty")}},
		{"unknown format", nil, "POST", "/api/clean?format=pdf", "text/html", article, 400, jsonType, []check{jsonError("unknown format")}},
		{"body over the limit", nil, "POST", "/api/clean", "text/html", strings.Repeat("<p>word</p>", 7000), 413, jsonType, []check{jsonError("too large")}},
		{"json over the limit", nil, "POST", "/api/clean", "application/json", `{"html": "` + strings.Repeat("a", 70000) + `"}`, 413, jsonType, []check{jsonError("too large")}},
		{"form content type", nil, "POST", "/api/clean", "application/x-www-form-urlencoded", "html=x", 415, jsonType, []check{jsonError("content-type")}},
		{"image content type", nil, "POST", "/api/clean", "image/png", "x", 415, jsonType, []check{jsonError("content-type")}},
		{"binary body", nil, "POST", "/api/clean", "text/html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 415, jsonType, []check{jsonError("binary")}},
		{"nothing readable", nil, "POST", "/api/clean", "text/html", "<html><body><script>var a = 1</script></body></html>", 422, jsonType, []check{jsonError("no readable"), cleanTiming}},

		// Methods and CORS.
		{"preflight", nil, "OPTIONS", "/api/clean", "", "", 204, "",
			[]check{header("Access-Control-Allow-Origin", "*"), header("Access-Control-Allow-Methods", "GET, POST, OPTIONS"), header("Access-Control-Allow-Headers", "Content-Type")}},
		{"put not allowed", nil, "PUT", "/api/clean", "text/html", article, 405, jsonType,
			[]check{header("Allow", "GET, POST, OPTIONS"), jsonError("not allowed"), header("Access-Control-Allow-Origin", "*")}},
		{"delete not allowed", nil, "DELETE", "/api/clean", "", "", 405, jsonType, []check{header("Allow", "GET, POST, OPTIONS")}},

		// Health, pages, unknown paths.
		{"healthz", nil, "GET", "/healthz", "", "", 200, jsonType, []check{bodyContains(`"ok"`)}},
		{"healthz head", nil, "HEAD", "/healthz", "", "", 200, jsonType, nil},
		{"healthz post", nil, "POST", "/healthz", "", "", 405, jsonType, []check{header("Allow", "GET, HEAD")}},
		{"page", nil, "GET", "/", "", "", 200, "text/html; charset=utf-8", []check{bodyContains("page:/")}},
		{"page file", nil, "GET", "/app.js", "", "", 200, "text/html; charset=utf-8", []check{bodyContains("page:/app.js")}},
		{"no page configured", strict, "GET", "/", "", "", 404, jsonType, []check{jsonError("not found")}},
		{"unknown api path", nil, "GET", "/api/other", "", "", 404, jsonType, []check{jsonError("no such endpoint")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			handler := tt.handler
			if handler == nil {
				handler = h
			}
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			handler.ServeHTTP(rec, req)
			res := rec.Result()
			body := rec.Body.String()
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d; body: %.300s", res.StatusCode, tt.wantStatus, body)
			}
			if got := res.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			for _, c := range tt.checks {
				c(t, res, body)
			}
		})
	}
}

// TestBusy: with every slot taken, a request whose client gives up gets 503.
func TestBusy(t *testing.T) {
	h := Handler(Config{MaxConcurrent: 1}).(*handler)
	h.slots <- struct{}{} // the one slot, held by "another clean"
	req := httptest.NewRequest("POST", "/api/clean", strings.NewReader("<p>words here</p>"))
	ctx, cancel := contextCanceled()
	defer cancel()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req.WithContext(ctx))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status = %d, want 503: %s", rec.Code, rec.Body)
	}
	<-h.slots
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/clean?format=text", strings.NewReader("<p>Some words of an article that is long enough to keep.</p>")))
	if rec.Code != http.StatusOK {
		t.Fatalf("with a free slot: status = %d, want 200: %s", rec.Code, rec.Body)
	}
	if len(h.slots) != 0 {
		t.Errorf("slot not given back: %d held", len(h.slots))
	}
}

// TestCleanerPanic: a panic inside the cleaner (a bug) is a 500 JSON error
// for that request, its slot is given back, and the handler serves on.
func TestCleanerPanic(t *testing.T) {
	h := Handler(Config{MaxConcurrent: 1}).(*handler)
	cleanPage = func([]byte, cleaner.Options) (*cleaner.Article, error) { panic("a bug") }
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/clean", strings.NewReader("<p>Some words of an article that is long enough to keep.</p>")))
	cleanPage = cleaner.Clean
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status = %d, want 500: %s", rec.Code, rec.Body)
	}
	jsonError("internal error")(t, rec.Result(), rec.Body.String())
	if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
	}
	if len(h.slots) != 0 {
		t.Errorf("slot not given back after the panic: %d held", len(h.slots))
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/clean?format=text", strings.NewReader("<p>Some words of an article that is long enough to keep.</p>")))
	if rec.Code != http.StatusOK {
		t.Fatalf("after the panic: status = %d, want 200: %s", rec.Code, rec.Body)
	}
}
