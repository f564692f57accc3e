package cleaner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// jsonSamples are inputs at JSON's edges: escapes, surrogates, broken
// UTF-8, numbers in and out of range, nesting, and what is not JSON.
var jsonSamples = []string{
	`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A \"quoted\" title","author":[{"@type":"Person","name":"Ana Ruiz"}]}`,
	`[]`, `{}`, `[{}]`, ` [1, 2.5, -0, 1e3, 1E-2, -12.5e+2] `, `"plain"`, `true`, `false`, `null`,
	`"\u00e9\u4e2d\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`, `"\ud83dx"`, `"a\/b\\c\bd\fe\nf\rg\th"`,
	"\"caf\xc3\xa9\"", "\"bad \xff byte\"", "\"\xed\xa0\x80\"", "\"\xe2\x82\"", `{"a":1,"a":2}`,
	`1e400`, `-1e400`, `1e-400`, `123456789012345678901234567890`,
	``, ` `, `{`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `[1 2]`, `01`, `-`, `1.`, `.5`, `+1`, `1e`, `1e+`,
	`tru`, `truex`, `nul`, `"unterminated`, `"\x"`, `"\u12"`, `"\u12g4"`, "\"tab\there\"", `"\'"`,
	`{"a":[1,{"b":null}]} x`, `[1] [2]`, "\xef\xbb\xbf{}", `{"":""}`, `[-0.0]`,
	strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth),
	strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1),
}

// sameAsEncodingJSON reports how parseJSON and json.Unmarshal into an any
// differ on data, or "" when they agree.
func sameAsEncodingJSON(data []byte) string {
	got, err := parseJSON(string(data))
	var want any
	wantErr := json.Unmarshal(data, &want)
	switch {
	case (err == nil) != (wantErr == nil):
		return "parseJSON error " + errText(err) + ", encoding/json error " + errText(wantErr)
	case err == nil && !reflect.DeepEqual(got, want):
		return "values differ"
	}
	return ""
}

func errText(err error) string {
	if err == nil {
		return "none"
	}
	return err.Error()
}

func TestParseJSONAsEncodingJSON(t *testing.T) {
	for _, s := range jsonSamples {
		if diff := sameAsEncodingJSON([]byte(s)); diff != "" {
			t.Errorf("%.80q: %s", s, diff)
		}
	}
}

func TestParseJSONValues(t *testing.T) {
	v, err := parseJSON(`{"a":[1,"x\u00e9",true,null],"b":{"c":-2.5e1}}`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"a": []any{1.0, "xé", true, nil}, "b": map[string]any{"c": -25.0}}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("got %#v, want %#v", v, want)
	}
	if _, err := parseJSON(`{"a":1`); err == nil || !strings.Contains(err.Error(), "byte 6") {
		t.Errorf("error %v should say where the input broke off (byte 6)", err)
	}
}

// FuzzParseJSON holds parseJSON to encoding/json on any input, seeded
// with the samples and the JSON-LD of the fixtures.
func FuzzParseJSON(f *testing.F) {
	for _, s := range jsonSamples {
		f.Add([]byte(s))
	}
	pages, _ := filepath.Glob("testdata/*.html")
	for _, name := range pages {
		page, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, part := range strings.Split(string(page), `type="application/ld+json">`)[1:] {
			if end := strings.Index(part, "</script>"); end > 0 {
				f.Add([]byte(part[:end]))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if diff := sameAsEncodingJSON(data); diff != "" {
			t.Errorf("%q: %s", data, diff)
		}
	})
}

func TestReadParselyPage(t *testing.T) {
	tests := []struct {
		content       string
		author, date  string
		leavesNothing bool
	}{
		{`{"author": "Ana Ruiz", "pub_date": "2012-11-05T21:40:50Z"}`, "Ana Ruiz", "2012-11-05T21:40:50Z", false},
		{`{"authors": ["Ana Ruiz", "Tom Berg"], "author": "Site"}`, "Ana Ruiz", "", false},
		{`{"Author": "Ana Ruiz", "PUB_DATE": "2012-11-05"}`, "Ana Ruiz", "2012-11-05", false}, // keys in any case, as encoding/json reads a struct
		{`{"author": "Ana Ruiz", "pub_date": 20121105}`, "", "", true},                        // a date that is no string: nothing
		{`{"author": "Ana Ruiz", "pub_date": null}`, "Ana Ruiz", "", false},
		{`["Ana Ruiz"]`, "", "", true},
		{`{"author": "Ana Ruiz",`, "", "", true},
	}
	for _, tt := range tests {
		m := pageMeta{}
		readParselyPage(m, tt.content)
		author, date := strings.Join(m["parsely-author"], ", "), strings.Join(m["parsely-pub-date"], ", ")
		if tt.leavesNothing && len(m) != 0 || author != tt.author && !strings.HasPrefix(author, tt.author+",") || date != tt.date {
			t.Errorf("readParselyPage(%s): author %q, date %q; want %q, %q", tt.content, author, date, tt.author, tt.date)
		}
	}
}
