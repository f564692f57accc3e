// install.js — fills the page's bookmarklet section: the link's address is
// made here, at load, from the origin this page is served from, so the same
// build works on localhost, a Worker or any static host.
import { bookmarkletHref } from './href.js';

export function installBookmarklet(origin = location.origin) {
  const link = document.getElementById('bookmarklet');
  const section = document.getElementById('bookmarklet-install');
  if (!link || !section) return;
  let href;
  try {
    href = bookmarkletHref(origin);
  } catch {
    return; // a page opened from a file has no origin to come back to
  }
  link.href = href;
  // This page's CSP forbids running a javascript: address here, and it would
  // do nothing useful: a click explains the bookmark instead.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('bookmarklet-note').textContent =
      'Drag this link to your bookmarks bar (or right-click it and bookmark it), then use the bookmark on an article.';
  });
  section.hidden = false;
}
