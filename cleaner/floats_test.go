package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMarkFloats(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"WordPress's class on the picture",
			`<p><img class="alignleft size-medium" src="a.jpg">Text</p>`,
			`<p><img class="alignleft size-medium" src="a.jpg" align="left"/>Text</p>`},
		{"a caption figure floated by its class",
			`<figure class="wp-caption alignright"><img src="a.jpg"><figcaption>Cap</figcaption></figure>`,
			`<figure class="wp-caption alignright" align="right"><img src="a.jpg"/><figcaption>Cap</figcaption></figure>`},
		{"a link that holds the picture alone passes its float on",
			`<p><a class="pull-right" href="/big.jpg"> <img src="a.jpg"> </a>Text</p>`,
			`<p><a class="pull-right" href="/big.jpg"> <img src="a.jpg" align="right"/> </a>Text</p>`},
		{"two wrappers deep",
			`<p class="alignleft"><a href="/big.jpg"><img src="a.jpg"></a></p>`,
			`<p class="alignleft"><a href="/big.jpg"><img src="a.jpg" align="left"/></a></p>`},
		{"a style's float",
			`<img style="border:0; FLOAT: Right !important" src="a.jpg">`,
			`<img style="border:0; FLOAT: Right !important" src="a.jpg" align="right"/>`},
		{"the page's own align attribute stays",
			`<img align="LEFT" src="a.jpg">`,
			`<img align="left" src="a.jpg"/>`},
		{"an align that places the picture in the line goes",
			`<img align="middle" src="a.jpg">`,
			`<img src="a.jpg"/>`},
		{"float: none floats nothing",
			`<img style="float: none" class="size-full" src="a.jpg">`,
			`<img style="float: none" class="size-full" src="a.jpg"/>`},
		{"a class that only says left is a column's as often",
			`<div class="left"><img src="a.jpg"></div>`,
			`<div class="left"><img src="a.jpg"/></div>`},
		{"a wrapper that holds words too floats them, not the picture",
			`<p class="alignleft"><img src="a.jpg"> and a line</p>`,
			`<p class="alignleft"><img src="a.jpg"/> and a line</p>`},
		{"a wrapper with two pictures floats neither",
			`<div class="alignright"><img src="a.jpg"><img src="b.jpg"></div>`,
			`<div class="alignright"><img src="a.jpg"/><img src="b.jpg"/></div>`},
		{"a picture as wide as a column is not set beside the text",
			`<img class="alignleft size-full" src="a.jpg" width="1280" height="720">`,
			`<img class="alignleft size-full" src="a.jpg" width="1280" height="720"/>`},
		{"nor is a figure that holds one",
			`<figure class="alignright"><img src="a.jpg" width="640"><figcaption>Cap</figcaption></figure>`,
			`<figure class="alignright"><img src="a.jpg" width="640"/><figcaption>Cap</figcaption></figure>`},
		{"a figure's align that is no side goes",
			`<figure align="center"><img src="a.jpg"></figure>`,
			`<figure><img src="a.jpg"/></figure>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bodyAfter(t, tt.in, markFloats); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestFloatsInOutput checks the floats as Clean serves them: the align
// attribute is all that is left of the class or style, and the policy lets
// through no other value of it.
func TestFloatsInOutput(t *testing.T) {
	story := strings.Repeat("The keepers counted the hives along the south wall of the orchard this spring. ", 6)
	page := `<html><head><title>Bees</title></head><body><article><h1>Bees</h1>
<p><a href="https://example.com/big.jpg"><img class="alignleft wp-image-1" src="https://example.com/a.jpg" alt="A hive" width="160" height="160"></a>` + story + `</p>
<div class="wp-caption alignright"><img src="https://example.com/b.jpg" alt="Bees" width="300" height="200"><p class="wp-caption-text">Bees at the south wall</p></div>
<p><img align="left onmouseover=alert(1)" src="https://example.com/c.jpg" alt="C">` + story + `</p>
<p>` + story + `</p></article></body></html>`
	a, err := Clean([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<img src="https://example.com/a.jpg" alt="A hive" width="160" height="160" align="left"/>`,
		`<figure align="right"><img src="https://example.com/b.jpg" alt="Bees" width="300" height="200"/>`,
		`<img src="https://example.com/c.jpg" alt="C"/>`,
	} {
		if !strings.Contains(a.HTML, want) {
			t.Errorf("HTML lacks %s:\n%s", want, a.HTML)
		}
	}
	if strings.Contains(a.HTML, "class=") || strings.Contains(a.HTML, "onmouseover") {
		t.Errorf("HTML keeps a class or a handler:\n%s", a.HTML)
	}
}

// bodyAfter parses in as a page's body, runs pass on the body and writes
// what the body then holds.
func bodyAfter(t *testing.T, in string, pass func(*html.Node)) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + in + "</body>"))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyOf(doc)
	pass(body)
	var out strings.Builder
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&out, c); err != nil {
			t.Fatal(err)
		}
	}
	return out.String()
}
