package cleaner

// extractMetadata fills the Article's metadata from JSON-LD, OpenGraph,
// Twitter cards, meta tags and <title>. (Stub; see issue 2, pass 2.)
func extractMetadata(d *document) error {
	d.art.Title = collapseSpace(d.dom.Find("title").First().Text())
	if h1 := collapseSpace(d.dom.Find("h1").First().Text()); h1 != "" {
		d.art.Title = h1
	}
	return nil
}

// finishMetadata fills what needs the chosen content: excerpt, lead image,
// word count. (Stub.)
func finishMetadata(d *document) error { return nil }
