package cleaner

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// TestWindows1252MatchesCharmap checks the hand-written decoder of the wasm
// build against x/text's table, which the native build uses.
func TestWindows1252MatchesCharmap(t *testing.T) {
	for b := 0; b < 256; b++ {
		src := []byte{'a', byte(b), 'z'}
		got, err := windows1252.NewDecoder().Bytes(src)
		if err != nil {
			t.Fatalf("byte %#x: %v", b, err)
		}
		want, _ := charmap.Windows1252.NewDecoder().Bytes(src)
		if !bytes.Equal(got, want) {
			t.Errorf("byte %#x: got %q, want %q", b, got, want)
		}
	}
}

func TestWindows1252Streams(t *testing.T) {
	var src []byte
	for i := range 5000 {
		src = append(src, byte(i*7+i/256))
	}
	want, _ := charmap.Windows1252.NewDecoder().Bytes(src)
	// One byte at a time makes the decoder stop at every short buffer.
	r := transform.NewReader(iotest.OneByteReader(bytes.NewReader(src)), windows1252.NewDecoder())
	got, err := io.ReadAll(iotest.OneByteReader(r))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("streamed decoding differs from charmap's")
	}
}

// TestWindows1252ShortDst checks that the decoder stops before a character
// that does not fit and says so, and resumes where it stopped.
func TestWindows1252ShortDst(t *testing.T) {
	cases := []struct {
		src          string
		dstLen       int
		nDst, nSrc   int
		wantShortDst bool
	}{
		{"ab", 1, 1, 1, true},
		{"a\x80", 3, 1, 1, true}, // € takes three bytes
		{"a\x80", 4, 4, 2, false},
		{"\xe9", 1, 0, 0, true},
	}
	for _, tc := range cases {
		dst := make([]byte, tc.dstLen)
		nDst, nSrc, err := windows1252Decoder{}.Transform(dst, []byte(tc.src), true)
		if nDst != tc.nDst || nSrc != tc.nSrc || (err == transform.ErrShortDst) != tc.wantShortDst {
			t.Errorf("%q into %d bytes: %d, %d, %v", tc.src, tc.dstLen, nDst, nSrc, err)
		}
	}
}

func TestWindows1252Encoder(t *testing.T) {
	cases := []struct {
		in      string
		want    []byte
		wantErr bool
	}{
		{"plain", []byte("plain"), false},
		{"€ “quoted” – é ÿ Ÿ", []byte("\x80 \x93quoted\x94 \x96 \xe9 \xff \x9f"), false},
		{"\u0081", nil, true},
		{"\ufffd", nil, true},
		{"Ω", nil, true},
		{"\xff", nil, true}, // not UTF-8
	}
	for _, tc := range cases {
		got, err := windows1252.NewEncoder().Bytes([]byte(tc.in))
		if (err != nil) != tc.wantErr {
			t.Errorf("%q: error %v", tc.in, err)
			continue
		}
		if !tc.wantErr && !bytes.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
		if !tc.wantErr {
			back, _ := windows1252.NewDecoder().String(string(got))
			if back != tc.in {
				t.Errorf("%q: round trip gives %q", tc.in, back)
			}
		}
	}
}
