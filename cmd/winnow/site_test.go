package main

import (
	"net"
	"net/http"
	"testing"
)

// startSite serves srv on a free loopback port: a stand-in for an
// article's web site.
func startSite(t *testing.T, srv *http.Server) (string, *http.Server, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), srv, func() { srv.Close() }
}
