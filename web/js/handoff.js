// handoff.js — winnow's side of the bookmarklet (web/bookmarklet/). Opened
// as origin/#from=bookmarklet, the page tells the tab that opened it that it
// is ready, takes one page from it by postMessage, and cleans it like a
// paste, with the page's address as the base for links and images.
//
// What it accepts is narrow on purpose: only a message whose source is
// window.opener, only of the exact shape the bookmarklet sends, and only the
// first one. Anything else (another window, a frame, a second message, any
// other shape) is ignored without a word, as the page cannot tell a stray
// message from a hostile one.
import { cleanInput } from '../app.js';
import { installBookmarklet } from '../bookmarklet/install.js';

export const HANDOFF_VERSION = 1;

const REQUIRED = { type: 'string', version: 'number', html: 'string', url: 'string', title: 'string' };
const OPTIONAL = { selection: 'string' };

// isPagePayload is true for {type: 'winnow:page', version: 1, html, url,
// title, selection?} with exactly those keys and types, and nothing else.
export function isPagePayload(data) {
  if (data === null || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
  for (const key of Object.keys(data)) {
    const want = REQUIRED[key] || OPTIONAL[key];
    if (!want || typeof data[key] !== want) return false;
  }
  for (const key of Object.keys(REQUIRED)) {
    if (!Object.hasOwn(data, key)) return false;
  }
  return data.type === 'winnow:page' && data.version === HANDOFF_VERSION;
}

const escapeHTML = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// inputOf is what the cleaner gets: the page as sent, or, for a selection,
// the selected HTML in a document that keeps the page's title (a selection
// rarely holds it), or the selected text when the HTML came out empty.
export function inputOf(payload) {
  if (payload.selection === undefined) return payload.html;
  if (payload.html.trim() === '') return payload.selection;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHTML(payload.title)}</title></head>`
    + `<body><article>${payload.html}</article></body></html>`;
}

function showError(text) {
  const el = document.getElementById('error');
  el.textContent = text;
  el.hidden = false;
}

async function receive(payload) {
  // The address is a base only when it is a web address; a page read from a
  // file (file:) or an opaque one has none worth resolving against.
  const baseURL = /^https?:\/\//i.test(payload.url) ? payload.url : '';
  document.getElementById('base-url').value = baseURL;
  const input = inputOf(payload);
  // A page over the 20 MB limit is refused by cleanInput with a message
  // naming the limit, never cut to fit.
  await cleanInput(input, { baseURL, label: payload.selection === undefined ? 'The page' : 'The selection' });
}

function listenToOpener() {
  const opener = window.opener;
  if (!opener) {
    showError('This tab was opened by the winnow bookmarklet, but the page it came from is out of reach '
      + '(its site cuts the link to new tabs). Copy the article there and paste it here instead.');
    return;
  }
  const onMessage = (event) => {
    if (event.source !== opener || window.opener !== opener || !isPagePayload(event.data)) return;
    window.removeEventListener('message', onMessage);
    receive(event.data);
  };
  window.addEventListener('message', onMessage);
  // The ready message carries nothing, so any origin may read it: the
  // bookmarklet checks it came from this tab and from winnow's origin.
  opener.postMessage({ type: 'winnow:ready', version: HANDOFF_VERSION }, '*');
}

installBookmarklet();
if (new URLSearchParams(location.hash.slice(1)).get('from') === 'bookmarklet') {
  // A reload must not wait for a page that will not come again.
  history.replaceState(null, '', location.pathname + location.search);
  listenToOpener();
}
