// page.js — the page's one script: the entry that `make web` bundles, with
// every module it imports, into dist/web/page.js (web/tools/build.mjs). One
// file arrives sooner than nine: a first visit opens at most six connections
// to a server, and the page's modules queued behind each other and the
// wasm's download, so the cleaner's compile started late.
//
// js/engine.js comes first: its download and compile start as the bundle
// is evaluated, before the rest of the page is wired.
import './js/engine.js';
import './app.js';
import './js/handoff.js';
