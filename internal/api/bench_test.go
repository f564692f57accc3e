package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkPostLongArticle is what `make bench-api` times in each door,
// natively and without the network: POST /api/clean of the fixture article
// grown to about 100 KB (as cmd/worker/bench/bench.mjs grows it), answered
// as the Article JSON.
func BenchmarkPostLongArticle(b *testing.B) {
	page := readFixture(&testing.T{}, "article.html")
	start := strings.Index(page, "<p>For the first time")
	end := strings.Index(page, "</article>")
	if start < 0 || end < start {
		b.Fatal("the fixture's story is not where the benchmark looks for it")
	}
	var body strings.Builder
	for i := 1; body.Len() < 100_000; i++ {
		fmt.Fprintf(&body, "<h2>Part %d</h2>\n%s", i, page[start:end])
	}
	article := page[:start] + body.String() + page[end:]
	h := Handler(Config{})
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/api/clean", strings.NewReader(article))
		req.Header.Set("Content-Type", "text/html")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	}
}
