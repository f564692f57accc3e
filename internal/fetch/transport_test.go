package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// stallingBody yields its first part, then blocks until released.
type stallingBody struct {
	first   string
	release chan struct{}
}

func (b *stallingBody) Read(p []byte) (int, error) {
	if b.first != "" {
		n := copy(p, b.first)
		b.first = b.first[n:]
		return n, nil
	}
	<-b.release
	return 0, io.EOF
}

func (b *stallingBody) Close() error { return nil }

// A transport that ignores the context must not make Get outlive its
// timeout, whether it stalls before the headers or in the body.
func TestGetTimeoutWithStallingTransport(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	tests := []struct {
		name string
		rt   roundTripFunc
	}{
		{"stalls before headers", func(r *http.Request) (*http.Response, error) {
			<-release
			return nil, errors.New("released")
		}},
		{"stalls in the body", func(r *http.Request) (*http.Response, error) {
			return &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{}, Request: r,
				Body: &stallingBody{first: "<p>start", release: release}}, nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			result := make(chan error, 1)
			go func() {
				_, err := Get(context.Background(), "https://example.com/", Options{Transport: tt.rt, Timeout: 20 * time.Millisecond})
				result <- err
			}()
			select {
			case err := <-result:
				if !errors.Is(err, ErrTimeout) {
					t.Errorf("error = %v, want ErrTimeout", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Get did not return after its timeout")
			}
		})
	}
}

func TestPatientBodyCopiesWhatWasRead(t *testing.T) {
	body := &patientBody{ctx: context.Background(), body: io.NopCloser(strings.NewReader("hello, world"))}
	got, err := io.ReadAll(body)
	if err != nil || string(got) != "hello, world" {
		t.Errorf("ReadAll = %q, %v", got, err)
	}
}
