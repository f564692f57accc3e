// sw.js — keeps winnow working offline. Every file of the page is cached
// under a name carrying the build's version, so a new build installs beside
// the old one and then replaces it whole. `make web` rewrites VERSION and
// FILES in dist/web/sw.js.
const VERSION = 'dev';
const FILES = ['index.html', 'app.js', 'build-info.js', 'js/engine.js', 'js/render.js', 'js/exports.js', 'js/prefs.js', 'reader.css', 'article.css', 'wasm_exec.js', 'winnow.wasm', 'favicon.svg', 'example.html'];

const CACHE = `winnow-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('winnow-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Only the page's own files are answered from the cache; everything else
// (the API, images of an article) goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length) || 'index.html';
  if (!FILES.includes(path)) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(path))
      .then((hit) => hit || fetch(request)),
  );
});
