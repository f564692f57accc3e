package cleaner

// normalize resolves URLs, lazy images, and drops scripts, styles, forms and
// frames. (Stub; see issue 2, pass 1.)
func normalize(d *document) error {
	d.dom.Find("script,style,template,noscript,iframe,form,object,embed").Remove()
	return nil
}
