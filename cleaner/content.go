package cleaner

// selectContent finds the main content and sets d.content. (Stub.)
func selectContent(d *document) error {
	d.content = d.dom.Find("body")
	return nil
}
