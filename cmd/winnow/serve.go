package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"winnow/internal/api"
	"winnow/internal/fetch"
)

// serveOptions are `winnow serve`'s flags.
type serveOptions struct {
	addr          string
	webDir        string
	allowPrivate  bool
	maxBody       int64
	maxConcurrent int
}

// Server timeouts. Writing may take a fetch (up to 10 s) and a clean.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 15 * time.Second
)

// runServe serves the web page and the API until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("winnow serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: winnow serve [flags]\n\nServes the web page and the API (POST /api/clean, GET /api/clean?url=, GET /healthz).")
		flags.PrintDefaults()
	}
	var opts serveOptions
	flags.StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on")
	flags.StringVar(&opts.webDir, "web", "dist/web", "directory of the built web page (make web)")
	flags.BoolVar(&opts.allowPrivate, "allow-private", false, "let ?url= fetch loopback, private and link-local addresses")
	flags.Int64Var(&opts.maxBody, "max-body", api.DefaultMaxBodyBytes, "largest request body, in bytes")
	flags.IntVar(&opts.maxConcurrent, "max-concurrent", runtime.NumCPU(), "cleans running at once (0: no limit)")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 {
		fail(stderr, "serve: unexpected argument %q", flags.Arg(0))
		return 2
	}
	if opts.maxBody <= 0 || opts.maxConcurrent < 0 {
		fail(stderr, "serve: -max-body must be positive and -max-concurrent not negative")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, opts, stdout, stderr)
}

// serve listens, prints the address, and serves until ctx is done; then it
// lets requests in flight finish.
func serve(ctx context.Context, opts serveOptions, stdout, stderr io.Writer) int {
	logger := log.New(stderr, "", log.LstdFlags)
	cfg := api.Config{
		MaxBodyBytes:  opts.maxBody,
		MaxConcurrent: opts.maxConcurrent,
		Fetch:         fetch.Options{AllowPrivate: opts.allowPrivate},
	}
	if info, err := os.Stat(opts.webDir); err == nil && info.IsDir() {
		cfg.Pages = pageFiles{root: opts.webDir}
	} else {
		logger.Printf("no web page at %s (build it with `make web`); serving the API only", opts.webDir)
	}

	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		fail(stderr, "serve: %v", err)
		return 1
	}
	srv := &http.Server{
		Handler:           logRequests(api.Handler(cfg), logger),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	fmt.Fprintf(stdout, "winnow: serving on http://%s\n", ln.Addr())

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fail(stderr, "serve: %v", err)
		return 1
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		fail(stderr, "serve: shutdown: %v", err)
		return 1
	}
	return 0
}

// statusRecorder remembers what a handler wrote, for the log line.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}

// logRequests writes one line per request: client, method, path, status,
// bytes, duration.
func logRequests(next http.Handler, logger *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		logger.Printf("%s %s %s %d %dB %s", r.RemoteAddr, r.Method, r.URL.Path, rec.status, rec.bytes,
			time.Since(start).Round(10*time.Microsecond))
	})
}
