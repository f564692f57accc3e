package cleaner

import (
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// windows1252 is Windows-1252 as the WHATWG Encoding standard defines it,
// written out so that the wasm build (charset_js.go) need not link
// x/text/encoding/charmap and its tables. Bytes below 0x80 are ASCII,
// 0xA0–0xFF are the Latin-1 code points of the same value, and only the 32
// bytes 0x80–0x9F need a table. The native build uses charmap.Windows1252,
// which this must match byte for byte (windows1252_test.go checks it).
var windows1252 encoding.Encoding = windows1252Encoding{}

// windows1252C1 maps bytes 0x80–0x9F to their code points. The five bytes
// Windows leaves undefined decode to U+FFFD, as charmap's do (WHATWG maps
// them to C1 controls, which cleanText would drop as junk anyway).
var windows1252C1 = [32]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
}

var errNotWindows1252 = errors.New("windows-1252: character not in the encoding")

type windows1252Encoding struct{}

func (windows1252Encoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: windows1252Decoder{}}
}

func (windows1252Encoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: windows1252Encoder{}}
}

func (windows1252Encoding) String() string { return "Windows 1252" }

type windows1252Decoder struct{ transform.NopResetter }

func (windows1252Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for ; nSrc < len(src); nSrc++ {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			continue
		}
		r := rune(c)
		if c < 0xA0 {
			r = windows1252C1[c-0x80]
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
	}
	return nDst, nSrc, nil
}

type windows1252Encoder struct{ transform.NopResetter }

func (windows1252Encoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		b, ok := windows1252Byte(r)
		if !ok || r == utf8.RuneError && size == 1 {
			return nDst, nSrc, errNotWindows1252
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = b
		nDst++
		nSrc += size
	}
	return nDst, nSrc, nil
}

// windows1252Byte is the byte that encodes r, if there is one.
func windows1252Byte(r rune) (byte, bool) {
	if r < 0x80 || r >= 0xA0 && r <= 0xFF {
		return byte(r), true
	}
	for i, c := range windows1252C1 {
		if c == r && r != utf8.RuneError {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}
