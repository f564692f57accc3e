// engine.js — loads winnow.wasm (Go compiled to WebAssembly) and wraps the one
// function it exposes. Cleaning happens entirely in Go; this file only moves
// strings across and parses the JSON that comes back.
import { wasmSize } from '../build-info.js';
import { WARM_UP_PAGE } from './warmup.js';

// The download and compile start when this module is first evaluated:
// index.html preloads winnow.wasm, and page.js imports this module first, so
// the compile starts before the rest of the page's scripts run. Progress is
// kept until loadEngine asks for it.
let reportProgress = () => {};
let progressSoFar = 0;
const compiled = fetch('winnow.wasm').then((response) => {
  if (!response.ok) {
    throw new Error(`the cleaner could not be downloaded (HTTP ${response.status})`);
  }
  // Progress is counted on a copy of the stream, so that the browser
  // compiles the original response: with its URL intact, the compiled code
  // can come from the browser's code cache on the next visit.
  countProgress(response.clone(), (fraction) => {
    progressSoFar = fraction;
    reportProgress(fraction);
  });
  return WebAssembly.compileStreaming(response).then((module) => {
    performance.mark('winnow-compiled'); // read by web/bench/bench.mjs
    return module;
  });
});
// A failure is reported by loadEngine; until it is called, keep the browser
// from logging the rejection as unhandled.
compiled.catch(() => {});

// cleans counts the cleans of the page, so that a removed block's html is
// only asked of the instance for the clean that removed it.
let cleans = 0;

// loadEngine starts the cleaner once it is compiled, calling
// onProgress(fraction) as bytes arrive (fraction is null when the total is
// unknown), from the share already received.
export async function loadEngine(onProgress = () => {}) {
  if (typeof globalThis.Go !== 'function') {
    throw new Error('wasm_exec.js did not load');
  }
  reportProgress = onProgress;
  if (progressSoFar !== 0) onProgress(progressSoFar);
  const module = await compiled;
  let instance = await start(module);
  performance.mark('winnow-started'); // read by web/bench/bench.mjs
  let cleaned = false;
  return {
    // warmUp cleans a small built-in page, unless a real clean came first.
    // The first clean builds the cleaner's tables and has the browser
    // compile most of its code, which takes several times longer than any
    // later clean; done while the reader has not pasted yet, it is off
    // their first clean's clock.
    warmUp() {
      if (cleaned) return;
      cleaned = true;
      const startedAt = performance.now();
      try {
        instance.clean(WARM_UP_PAGE, {});
      } catch (err) {
        // As in clean: an instance that threw is replaced.
        console.warn('winnow: the warm-up clean failed', err);
        start(module).then((fresh) => { instance = fresh; }, () => {});
      }
      performance.measure('winnow-warm-up', { start: startedAt }); // read by web/bench/bench.mjs
    },
    // clean takes a string or a Uint8Array and returns the Article object,
    // or {error, code}. Go catches its own panics; what it cannot catch (the
    // engine's call stack overflowing) leaves that Go instance unusable, so
    // a fresh one is started from the same compiled module.
    // The removed blocks come without their HTML; each gets an html
    // property that asks the instance for it on first read (the page reads
    // it only to show or restore a block). A later clean, or a fresh
    // instance, leaves the earlier article's blocks with their text alone.
    async clean(input, options) {
      cleaned = true;
      let article;
      try {
        article = JSON.parse(instance.clean(input, options));
      } catch (err) {
        instance = await start(module);
        return { error: `the cleaner failed on this input (${err.message})`, code: 'internal' };
      }
      const owner = instance;
      const generation = ++cleans;
      for (const r of article.removed || []) {
        let html = r.html || null;
        Object.defineProperty(r, 'html', {
          enumerable: true,
          get() {
            if (html === null) {
              html = owner === instance && generation === cleans ? owner.removedHTML(r.id) : '';
            }
            return html;
          },
        });
      }
      return article;
    },
  };
}


// start runs a new Go instance of the module and returns its functions:
// clean (winnowClean) and removedHTML (winnowRemovedHTML).
async function start(module) {
  const go = new globalThis.Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  globalThis.winnowClean = undefined;
  globalThis.winnowRemovedHTML = undefined;
  // go.run only settles if the Go program exits, which it never should.
  go.run(instance).then(
    () => console.warn('winnow: a cleaner instance stopped'),
    (err) => console.warn('winnow: a cleaner instance crashed', err));
  const clean = globalThis.winnowClean;
  const removedHTML = globalThis.winnowRemovedHTML;
  if (typeof clean !== 'function' || typeof removedHTML !== 'function') {
    throw new Error('the cleaner started but did not register winnowClean and winnowRemovedHTML');
  }
  return { clean, removedHTML };
}

// countProgress reads a copy of the download and reports the share received.
// When the server compressed the download, Content-Length counts compressed
// bytes while the stream yields decoded ones, so the build's recorded size
// is used instead.
async function countProgress(copy, onProgress) {
  const encoded = copy.headers.get('Content-Encoding');
  const declared = Number(copy.headers.get('Content-Length')) || 0;
  const total = encoded && encoded !== 'identity' ? wasmSize : declared || wasmSize;
  if (!copy.body) return;
  const reader = copy.body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      onProgress(total ? Math.min(received / total, 1) : null);
    }
    onProgress(1);
  } catch {
    // The real download reports its own failure.
  }
}
