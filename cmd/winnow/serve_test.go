package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// syncBuffer collects the server's log while it runs.
type syncBuffer struct {
	mu sync.Mutex
	sb strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.String()
}

// startServe runs serve on a free port and returns its base URL, its log,
// and a stop function that returns serve's exit code.
func startServe(t *testing.T, opts serveOptions) (string, *syncBuffer, func() int) {
	t.Helper()
	opts.addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	stdoutR, stdoutW := io.Pipe()
	logs := &syncBuffer{}
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, opts, stdoutW, logs)
		stdoutW.Close()
	}()
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("no address printed: %v; log: %s", err, logs)
	}
	go io.Copy(io.Discard, stdoutR)
	const prefix = "winnow: serving on "
	if !strings.HasPrefix(line, prefix) {
		cancel()
		t.Fatalf("first line = %q, want %q…", line, prefix)
	}
	var once sync.Once
	exit := -1
	stop := func() int {
		once.Do(func() { cancel(); exit = <-code })
		return exit
	}
	t.Cleanup(func() { stop() })
	return strings.TrimSpace(strings.TrimPrefix(line, prefix)), logs, stop
}

func TestServe(t *testing.T) {
	base, logs, stop := startServe(t, serveOptions{webDir: writePage(t), maxBody: 1 << 10, maxConcurrent: 2})
	tests := []struct {
		method, path, contentType, body string
		wantStatus                      int
		wantType                        string
	}{
		{"GET", "/healthz", "", "", 200, "application/json; charset=utf-8"},
		{"GET", "/", "", "", 200, "text/html; charset=utf-8"},
		{"GET", "/winnow.wasm", "", "", 200, "application/wasm"},
		{"POST", "/api/clean?format=text", "text/html", "<article><h1>Title</h1><p>" + strings.Repeat("A sentence of the story. ", 20) + "</p></article>", 200, "text/plain; charset=utf-8"},
		{"POST", "/api/clean", "text/html", strings.Repeat("x", 2<<10), 413, "application/json; charset=utf-8"},
		{"GET", "/api/clean?url=http://127.0.0.1:1/", "", "", 403, "application/json; charset=utf-8"}, // no -allow-private
		{"PATCH", "/api/clean", "", "", 405, "application/json; charset=utf-8"},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, base+tt.path, strings.NewReader(tt.body))
		if tt.contentType != "" {
			req.Header.Set("Content-Type", tt.contentType)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", tt.method, tt.path, err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != tt.wantStatus || res.Header.Get("Content-Type") != tt.wantType {
			t.Errorf("%s %s: %d %q, want %d %q", tt.method, tt.path, res.StatusCode, res.Header.Get("Content-Type"), tt.wantStatus, tt.wantType)
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("exit code %d after shutdown, want 0", code)
	}
	log := logs.String()
	for _, want := range []string{"GET /healthz 200", "POST /api/clean 413", "PATCH /api/clean 405", "shutting down"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}

// A request in flight when the signal comes is answered before serve exits.
func TestServeGracefulShutdown(t *testing.T) {
	base, _, stop := startServe(t, serveOptions{webDir: t.TempDir(), maxBody: 1 << 20, allowPrivate: true})
	arrived, slow := make(chan struct{}), make(chan struct{})
	site := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-slow
		w.Write([]byte("<article><h1>Late</h1><p>" + strings.Repeat("The story arrives late. ", 20) + "</p></article>"))
	})}
	siteBase, _, stopSite := startSite(t, site)
	defer stopSite()

	result := make(chan int, 1)
	go func() {
		res, err := http.Get(base + "/api/clean?format=json&url=" + siteBase + "/")
		if err != nil {
			result <- -1
			return
		}
		var body map[string]any
		json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		result <- res.StatusCode
	}()
	<-arrived // the request is in flight: serve has it, and is fetching
	stopped := make(chan int, 1)
	go func() { stopped <- stop() }()
	close(slow)
	if status := <-result; status != http.StatusOK {
		t.Errorf("request in flight got %d, want 200", status)
	}
	if code := <-stopped; code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
}

func TestRunServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"-h"}, 0},
		{[]string{"-nope"}, 2},
		{[]string{"extra"}, 2},
		{[]string{"-max-body", "0"}, 2},
		{[]string{"-max-concurrent", "-1"}, 2},
		{[]string{"-addr", "256.0.0.1:99999"}, 1},
	}
	for _, tt := range tests {
		var stdout, stderr strings.Builder
		if got := runServe(tt.args, &stdout, &stderr); got != tt.want {
			t.Errorf("runServe(%q) = %d, want %d; stderr: %s", tt.args, got, tt.want, stderr.String())
		}
	}
}
