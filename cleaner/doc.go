// Package cleaner turns a pasted article — an HTML page, an HTML fragment
// from the clipboard, or plain text — into one clean Article: the headline
// once, the story, and a record of everything taken out and why.
//
// Clean runs a pipeline of small named passes over one parsed document
// (clean.go lists them in order). parseInput (input.go) detects the kind of
// input, decodes it and parses it, turning plain text into blocks; the
// parser is spared the text of scripts, styles and comments (rawtext.go). Then
// metadata reads JSON-LD, OpenGraph and meta tags; normalize resolves URLs
// and lazy images and drops scripts, forms and frames; comments takes out
// comment sections and keeps their entries apart; wording removes blocks
// that are boilerplate phrases ("Leave a Reply", "Your email address will
// not be published") in nineteen languages; furniture removes navigation,
// share bars, related posts and banners; content finds the story by letting
// blocks of text vote for their containers, and shows it once where the
// page keeps a hidden copy; headline leaves the title only in
// Article.Title; bylines reads the author and the day from the byline and
// date lines content took out, or from the story's header left outside the
// content, or the day from the page's address, when the metadata names
// neither, and writes the comments' dates as the Article's and reads their
// authors and dates from their own lines; finish fills the excerpt, image
// and language; and render
// sanitizes the result with the reading policy (sanitize.go) and writes
// HTML, text and Markdown.
//
// A pass deletes nothing directly: document.remove records each removal
// with its rule and reason, which become Article.Removed. Rules that are
// data — selectors of comment systems, phrases per language, class-name
// hints — live in tables beside the pass that reads them, and every table
// is built on first use, since the Worker pays package initialisation on
// each request.
//
// Every HTML string in an Article has passed the reading policy: no script,
// style, frame, form, event handler or javascript: URL survives.
package cleaner
