package cleaner

// removeFurniture removes navigation, share bars, related posts, banners and
// the rest of the page furniture. (Stub; see issue 2, pass 5.)
func removeFurniture(d *document) error { return nil }
