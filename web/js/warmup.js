// warmup.js — the small built-in page js/engine.js cleans once at idle after
// start-up (see warmUp there).

// WARM_UP_PAGE has what most pages have: metadata, navigation, an article
// with a link, a list and an image, comments and a footer.
export const WARM_UP_PAGE = '<!doctype html><html lang="en"><head><title>Warm-up</title>'
  + '<meta name="author" content="A. Writer"><meta property="og:site_name" content="Site"></head><body>'
  + '<nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Warm-up</h1>'
  + '<p>A first paragraph, long enough to read as prose, with <a href="https://example.com/">a link</a> and <em>emphasis</em>.</p>'
  + '<ul><li>One item</li><li>Another item</li></ul><figure><img src="a.png" alt="A picture"><figcaption>A caption.</figcaption></figure>'
  + '<p>A second paragraph, so that there is an article here to find and keep, and some more words to weigh.</p></article>'
  + '<section class="comments"><h2>3 comments</h2><p>A comment.</p></section><footer>© Site</footer></body></html>';
