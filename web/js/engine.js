// engine.js — loads winnow.wasm (Go compiled to WebAssembly) and wraps the one
// function it exposes. Cleaning happens entirely in Go; this file only moves
// strings across and parses the JSON that comes back.
import { wasmSize } from '../build-info.js';

// The download and compile start when this module is first evaluated:
// index.html loads it on its own (async, and preloads winnow.wasm), so the
// compile overlaps the download instead of waiting for the rest of the
// page's scripts. Progress is kept until loadEngine asks for it.
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
  return WebAssembly.compileStreaming(response);
});
// A failure is reported by loadEngine; until it is called, keep the browser
// from logging the rejection as unhandled.
compiled.catch(() => {});

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
  let winnowClean = await start(module);
  return {
    // clean takes a string or a Uint8Array and returns the Article object,
    // or {error, code}. Go catches its own panics; what it cannot catch (the
    // engine's call stack overflowing) leaves that Go instance unusable, so
    // a fresh one is started from the same compiled module.
    async clean(input, options) {
      try {
        return JSON.parse(winnowClean(input, options));
      } catch (err) {
        winnowClean = await start(module);
        return { error: `the cleaner failed on this input (${err.message})`, code: 'internal' };
      }
    },
  };
}

// start runs a new Go instance of the module and returns its winnowClean.
async function start(module) {
  const go = new globalThis.Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  globalThis.winnowClean = undefined;
  // go.run only settles if the Go program exits, which it never should.
  go.run(instance).then(
    () => console.warn('winnow: a cleaner instance stopped'),
    (err) => console.warn('winnow: a cleaner instance crashed', err));
  const winnowClean = globalThis.winnowClean;
  if (typeof winnowClean !== 'function') {
    throw new Error('the cleaner started but did not register winnowClean');
  }
  return winnowClean;
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
