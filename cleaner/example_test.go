package cleaner_test

import (
	"errors"
	"fmt"

	"winnow/cleaner"
)

func ExampleClean() {
	page := `<html><head><title>Rain returns to the valley | The Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Rain returns to the valley</h1>
<p>After eleven dry weeks, the first autumn storm reached the valley on Tuesday night, filling the reservoirs by a tenth.</p>
<p>Farmers, who had sold part of their herds in August, said the rain came late but was welcome, and the fire service lifted its ban on open fires.</p>
</article>
<div id="comments"><h2>2 thoughts on “Rain returns to the valley”</h2>
<ol class="comment-list"><li class="comment"><p>Finally! My garden thanks you.</p></li></ol></div>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</body></html>`
	a, err := cleaner.Clean([]byte(page), cleaner.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println()
	fmt.Println(a.Text)
	// Output:
	// Rain returns to the valley
	//
	// After eleven dry weeks, the first autumn storm reached the valley on Tuesday night, filling the reservoirs by a tenth.
	//
	// Farmers, who had sold part of their herds in August, said the rain came late but was welcome, and the fire service lifted its ban on open fires.
}

func ExampleClean_plainText() {
	paste := "Night trains are back\n\nNight trains are back\n\n" +
		"The overnight service between the two capitals starts again in May, after four years without a sleeper.\n\n" +
		"Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
	a, _ := cleaner.Clean([]byte(paste), cleaner.Options{})
	fmt.Println(a.InputKind, "|", a.Title)
	fmt.Println(a.Text)
	// Output:
	// text | Night trains are back
	// The overnight service between the two capitals starts again in May, after four years without a sleeper.
}

func ExampleClean_errors() {
	_, err := cleaner.Clean([]byte("   \n"), cleaner.Options{})
	fmt.Println(errors.Is(err, cleaner.ErrEmpty))
	// Output: true
}

func ExampleArticle_removed() {
	page := `<html><body><article><h1>A short history of the bicycle bell</h1>
<p>The first bells were fitted in the 1870s, when riders shared the road with horses and needed a sound that carried farther than a shout.</p>
<p>Thumb-operated bells came later, and by 1900 most makers sold them as standard equipment on every new machine.</p>
</article><div class="sharedaddy"><h3>Share this:</h3><a href="#">Twitter</a> <a href="#">Facebook</a></div>
</body></html>`
	a, _ := cleaner.Clean([]byte(page), cleaner.Options{})
	for _, r := range a.Removed {
		fmt.Printf("%s: %s\n", r.Rule, r.Text)
	}
	// Output:
	// wording.share: Share this: Twitter Facebook
	// headline.title: A short history of the bicycle bell
}

// A door that shows a removed block only when the reader asks for it cleans
// with SkipRemovedHTML and writes the block's HTML then.
func ExampleArticle_RemovalHTML() {
	page := `<html><body><article><h1>A short history of the bicycle bell</h1>
<p>The first bells were fitted in the 1870s, when riders shared the road with horses and needed a sound that carried farther than a shout.</p>
<p>Thumb-operated bells came later, and by 1900 most makers sold them as standard equipment on every new machine.</p>
</article><div class="sharedaddy"><h3>Share this:</h3><a href="https://example.com/share">Twitter</a></div>
</body></html>`
	a, _ := cleaner.Clean([]byte(page), cleaner.Options{SkipRemovedHTML: true})
	r := a.Removed[0]
	fmt.Printf("%s %q\n", r.Rule, r.HTML)
	html, _ := a.RemovalHTML(r.ID)
	fmt.Println(html)
	// Output:
	// wording.share ""
	// <div><h3>Share this:</h3><a href="https://example.com/share" rel="noopener noreferrer">Twitter</a></div>
}
