package cleaner

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// encodingJSON is what the hand-written encoder must match: encoding/json
// without HTML escapes, without the trailing line feed.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// jsonStringCases are strings that take every path of appendJSONString:
// escapes at every offset of an eight-byte word, and across two words.
var jsonStringCases = []struct {
	name string
	s    string
}{
	{"empty", ""},
	{"ascii", "plain words, longer than one word of eight bytes"},
	{"markup", `<p class="a">Fish &amp; chips</p>`},
	{"quote and backslash", `say "hi" \ bye`},
	{"line ends", "one\ntwo\r\nthree\tfour"},
	{"every control byte", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20"},
	{"delete", "a\x7fb"},
	{"line separator", "before\u2028after"},
	{"paragraph separator", "12345678\u2029"},
	{"other E2 runes", "dash \u2014 quote \u201c and bullet \u2022, arrow \u2192"},
	{"CJK", "中文内容，標題と本文。한국어 텍스트"},
	{"emoji", "launch 🚀 day 🎉"},
	{"broken byte", "caf\xe9 au lait"},
	{"cut sequence", "line \xe2\x80"},
	{"lone lead at the end", "tail \xe2"},
	{"broken with escapes", "\xff\"\n\xfe\u2028"},
}

func TestAppendJSONString(t *testing.T) {
	for _, c := range jsonStringCases {
		t.Run(c.name, func(t *testing.T) {
			// Each shift puts the interesting bytes at another offset of
			// the eight-byte words the fast path reads.
			for shift := range 9 {
				s := strings.Repeat("x", shift) + c.s
				got := appendJSONString(nil, s)
				if want := encodingJSON(t, s); !bytes.Equal(got, want) {
					t.Fatalf("shift %d: got %s, want %s", shift, got, want)
				}
			}
		})
	}
}

// Every field of the contract is written, named and typed as its json tag
// and type say: a field added to Article, Removal or Comment without its
// line in appendArticleJSON fails here.
func TestArticleJSONMatchesEncodingJSON(t *testing.T) {
	full := &Article{}
	fillFields(reflect.ValueOf(full).Elem(), 0)
	if len(full.Removed) == 0 || full.Removed[1].HTML == "" || len(full.Comments) == 0 {
		t.Fatalf("fillFields left fields empty: %+v", full)
	}
	cases := map[string]*Article{
		"every field":  full,
		"zero":         {},
		"empty lists":  {Removed: []Removal{}, Comments: []Comment{}},
		"one of each":  {Removed: []Removal{{ID: "r1", InArticle: true}}, Comments: []Comment{{Author: "Ann"}}},
		"negative int": {WordCount: -1, ReadingMinutes: 1 << 40},
	}
	for name, a := range cases {
		got, err := a.JSON()
		if err != nil {
			t.Fatal(err)
		}
		if want := encodingJSON(t, a); !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}

// fillFields sets every exported field of v to a value that is not its
// zero: strings with escapes in them, numbers, true, lists of two.
func fillFields(v reflect.Value, seed int) {
	for i := range v.NumField() {
		f := v.Field(i)
		if !v.Type().Field(i).IsExported() {
			continue
		}
		seed++
		switch f.Kind() {
		case reflect.String:
			f.SetString(jsonStringCases[seed%len(jsonStringCases)].s + v.Type().Field(i).Name)
		case reflect.Int:
			f.SetInt(int64(seed * 37))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Slice:
			list := reflect.MakeSlice(f.Type(), 2, 2)
			for j := range 2 {
				fillFields(list.Index(j), seed+j*5)
			}
			f.Set(list)
		default:
			panic("fillFields: no value for a " + f.Kind().String() + "; teach appendArticleJSON and this test the new field")
		}
	}
}

// On real pages, cleaned, the two encoders agree byte for byte.
func TestArticleJSONOnFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	files = append(files, "testdata/plain-text.txt")
	if len(files) < 2 {
		t.Fatal("no fixtures")
	}
	for _, name := range files {
		page, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Clean(page, Options{MarkRemoved: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, _ := a.JSON()
		if want := encodingJSON(t, a); !bytes.Equal(got, want) {
			t.Errorf("%s: the encoders differ", name)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, c := range jsonStringCases {
		f.Add(c.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendJSONString(nil, s), encodingJSON(t, s); !bytes.Equal(got, want) {
			t.Fatalf("got %s, want %s", got, want)
		}
	})
}

// BenchmarkArticleJSON writes a long article's JSON with the hand-written
// encoder and, for comparison, with encoding/json.
func BenchmarkArticleJSON(b *testing.B) {
	page, err := os.ReadFile("testdata/wordpress-en.html")
	if err != nil {
		b.Fatal(err)
	}
	a, err := Clean(page, Options{})
	if err != nil {
		b.Fatal(err)
	}
	// A long read: the article's three bodies twenty times over.
	a.HTML, a.Text, a.Markdown = strings.Repeat(a.HTML, 20), strings.Repeat(a.Text, 20), strings.Repeat(a.Markdown, 20)
	size := len(encodingJSON(b, a))
	b.Run("winnow", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			_, _ = a.JSON()
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(a)
		}
	})
}

func TestErrorJSON(t *testing.T) {
	for _, msg := range []string{"", "no readable article found", "a \"quoted\" name,\nand a\u2028line \\ end", "bad \xff byte"} {
		var got map[string]string
		if err := json.Unmarshal(ErrorJSON("no-content", msg), &got); err != nil {
			t.Fatalf("ErrorJSON(%q) is not JSON: %v", msg, err)
		}
		want := map[string]string{"error": strings.ToValidUTF8(msg, "\uFFFD"), "code": "no-content"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ErrorJSON(%q) reads back as %q, want %q", msg, got, want)
		}
	}
}
