package main

import (
	"fmt"
	"io"
)

// usageText is the help of `winnow -h` (and `winnow help`). It documents
// every flag of the clean command by hand, with examples; a test checks that
// no flag is left out.
const usageText = `winnow gives you just the article. It reads a web page, an HTML fragment
copied from a browser, or plain text copied off a page, and prints the headline
once and the story, without comment sections, "Leave a Reply" forms, share
bars, related posts and other page furniture.

Usage:
  winnow [flags] [FILE|URL|-]...   clean articles (the default; 'winnow clean ...' too)
  winnow serve [flags]             serve the web page and the HTTP API; see 'winnow serve -h'
  winnow eval [flags] DATASET_DIR...
                                   measure extraction on labelled datasets; see 'winnow eval -h'

Inputs:
  FILE  an HTML page, a clipboard fragment or plain text, in any encoding
        (a byte-order mark, <meta charset> or detection decides).
  URL   an http:// or https:// address. It is fetched (10 s timeout, up to 5
        redirects, the -max-bytes cap) and its final address is the base URL.
        Addresses on localhost and private networks are allowed: you are
        reading from your own machine, with its access. (The HTTP endpoint of
        'winnow serve', which fetches for others, refuses them.)
  -     standard input; also what is read when no input is given.
  A file named like a command (serve, eval, clean, help) is given as ./serve.

  Several inputs are cleaned in parallel, on all cores, and written in the
  order given. Flags may come before or after the inputs; after "--" every
  argument is an input.

Flags:
  -format FORMAT
        how to write each article (default text):
          text      the title, a blank line, then the body as plain text
          markdown  "# title", a blank line, then the body in Markdown
          html      <h1>title</h1>, then the sanitized article HTML: a
                    fragment to embed, not a complete page
          json      one compact JSON object per line and input, in input
                    order: the Article (title, byline, published, html,
                    text, markdown, removed, comments, ...) plus "source",
                    the input's name as given (file, URL or "-")
        Between two articles, text prints a line of 40 "─", markdown a
        "---" rule and html an <hr>; json lines need no separator.
  -o DIR
        write one file per input into DIR (created if missing) instead of
        printing, and print each file's path. A file keeps its input's name
        (news/story.html → DIR/story.txt); standard input and URLs are named
        after the article's title (rain-returns-to-the-valley.md). The
        extension follows -format (.txt .md .html .json); a name used twice
        gets -2, -3, ...; an input file is never overwritten.
  -url URL
        the base URL of files and standard input, for resolving relative
        links and images (default: the page's own <base>, canonical link or
        og:url). A fetched URL always uses its final address.
  -drop-images
        remove every image, so that showing the article loads nothing from
        its site.
  -max-bytes N
        the largest input accepted, in bytes (default 20971520, 20 MB). A
        larger file, page or standard input is refused with an error naming
        the limit; it is never cut short silently.
  -h    show this help.

Exit status:
  0 every input was cleaned; 1 at least one failed (each failure is reported
  on standard error as "winnow: INPUT: reason", and the other inputs are
  still written); 2 the command line is wrong (an unknown flag or -format).

Examples:
  winnow saved-page.html                 the article as text
  pbpaste | winnow                       a paste, from standard input
  xclip -o -sel clip -t text/html | winnow -format markdown
  winnow -format markdown https://example.com/2024/05/story.html > story.md
  winnow -format json *.html | jq -r .title
  winnow -format json page.html | jq '.removed[] | .rule + ": " + .text'
  winnow -o clean -format html saved/*.html
  winnow -url https://example.com/news/ -drop-images page.html
  curl -s https://example.com/a | winnow -url https://example.com/a -
  winnow -max-bytes 50000000 huge-page.html
`

func printUsage(w io.Writer) {
	fmt.Fprint(w, usageText)
}
