package cleaner

// removeComments takes comment sections and widgets out and keeps their
// entries apart in Article.Comments. (Stub; see issue 2, pass 3.)
func removeComments(d *document) error { return nil }
