package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestBuildOverlayHidesNetHTTPAndAddsTheStub(t *testing.T) {
	goroot := t.TempDir()
	dir := filepath.Join(goroot, "src", "net", "http")
	for _, name := range []string{"client.go", "server.go", "doc.go", "internal/chunked.go", "README"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("package http\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stub := filepath.Join(t.TempDir(), "http.go")
	if err := os.WriteFile(stub, []byte("package http\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	b, err := buildOverlay(goroot, stub)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Replace map[string]string }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		filepath.Join(dir, "client.go"): "",
		filepath.Join(dir, "server.go"): "",
		filepath.Join(dir, "doc.go"):    "",
		filepath.Join(dir, stubName):    stub,
	}
	if len(got.Replace) != len(want) {
		t.Errorf("overlay has %d entries, want %d: %v", len(got.Replace), len(want), got.Replace)
	}
	for k, v := range want {
		if g, ok := got.Replace[k]; !ok || g != v {
			t.Errorf("overlay[%s] = %q (present %v), want %q", k, g, ok, v)
		}
	}
}

func TestBuildOverlayRefusesAGorootWithoutNetHTTP(t *testing.T) {
	stub := filepath.Join(t.TempDir(), "http.go")
	if err := os.WriteFile(stub, []byte("package http\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := buildOverlay(t.TempDir(), stub); err == nil {
		t.Error("no error for a GOROOT without src/net/http")
	}
	empty := t.TempDir()
	if err := os.MkdirAll(filepath.Join(empty, "src", "net", "http"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := buildOverlay(empty, stub); err == nil {
		t.Error("no error for a net/http without Go files")
	}
	if _, err := buildOverlay(empty, filepath.Join(t.TempDir(), "missing.go")); err == nil {
		t.Error("no error for a missing stub")
	}
}

// TestWebBuildPackages lists the web build's packages as web/web.mk builds
// it, with the real overlay and wasm/wasm.work: goquery and bluemonday
// stay; crypto/tls (the weight the net/http stub removes) goes, and so does
// mime (cleaner/charset_js.go reads the charset parameter itself) and
// gorilla/css/scanner (douceur's stand-in does not import it).
func TestWebBuildPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		t.Fatal(err)
	}
	b, err := buildOverlay(goroot, "../nethttp/http.go")
	if err != nil {
		t.Fatal(err)
	}
	overlay := filepath.Join(t.TempDir(), "overlay.json")
	if err := os.WriteFile(overlay, b, 0o644); err != nil {
		t.Fatal(err)
	}
	work, err := filepath.Abs("../wasm.work")
	if err != nil {
		t.Fatal(err)
	}
	deps := func(gowork string, extra ...string) []string {
		args := append([]string{"list", "-deps"}, extra...)
		cmd := exec.Command("go", append(args, "winnow/wasm")...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK="+gowork)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go %s: %v", strings.Join(args, " "), err)
		}
		return strings.Fields(string(out))
	}
	with := deps(work, "-overlay", overlay)
	for _, pkg := range []string{"github.com/PuerkitoBio/goquery", "github.com/microcosm-cc/bluemonday", "net/http"} {
		if !slices.Contains(with, pkg) {
			t.Errorf("the web build lost %s", pkg)
		}
	}
	for _, pkg := range []string{"crypto/tls", "crypto/ecdh", "mime/multipart", "mime", "github.com/gorilla/css/scanner"} {
		if slices.Contains(with, pkg) {
			t.Errorf("the web build still links %s", pkg)
		}
	}
	without := deps("off")
	if !slices.Contains(without, "crypto/tls") {
		t.Log("without the overlay the web build no longer links crypto/tls: the stub may be unneeded")
	}
	if !slices.Contains(without, "github.com/gorilla/css/scanner") {
		t.Log("the real douceur no longer links gorilla/css/scanner: its stand-in may be unneeded")
	}
}
