package main

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"winnow/cleaner"
)

func TestIsURL(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"https://example.com/a", true},
		{"http://127.0.0.1:8080/", true},
		{"HTTPS://EXAMPLE.COM", true},
		{"ftp://example.com/x", true}, // fetch refuses it, with a clear error
		{"git+ssh://host/x", true},
		{"page.html", false},
		{"-", false},
		{"dir/with://colon.html", false},
		{"://nothing", false},
		{"1http://x", false},
		{`C:\pages\a.html`, false},
	}
	for _, tt := range tests {
		if got := isURL(tt.name); got != tt.want {
			t.Errorf("isURL(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReadCapped(t *testing.T) {
	tests := []struct {
		input   string
		limit   int
		tooBig  bool
		wantErr string
	}{
		{"", 10, false, ""},
		{"0123456789", 10, false, ""},
		{"0123456789x", 10, true, "more than 10 bytes (10 B), the -max-bytes limit"},
		{strings.Repeat("x", 3<<10), 2 << 10, true, "more than 2048 bytes (2 kB)"},
	}
	for _, tt := range tests {
		// OneByteReader: the cap must hold however the reader splits its data.
		got, err := readCapped(iotest.OneByteReader(strings.NewReader(tt.input)), tt.limit)
		if tt.tooBig {
			if !errors.Is(err, cleaner.ErrTooLarge) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("limit %d: error %v, want ErrTooLarge with %q", tt.limit, err, tt.wantErr)
			}
			continue
		}
		if err != nil || string(got) != tt.input {
			t.Errorf("limit %d: got %q, %v; want the input back", tt.limit, got, err)
		}
	}
}

func TestHumanBytes(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{100, "100 B"},
		{1024, "1 kB"},
		{1536, "1.5 kB"},
		{20 << 20, "20 MB"},
		{50000000, "47.7 MB"},
	}
	for _, tt := range tests {
		if got := humanBytes(tt.n); got != tt.want {
			t.Errorf("humanBytes(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
