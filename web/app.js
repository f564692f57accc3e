// app.js — winnow's page: takes a paste, a file or the example, has the Go
// cleaner (winnow.wasm) clean it, and shows the result. The modules under js/
// do the parts: engine (wasm), render (reading view, removed panel,
// comments), exports, prefs. Nothing leaves the page.
import { loadEngine } from './js/engine.js';
import { renderArticle, showInPlace } from './js/render.js';
import { runExport } from './js/exports.js';
import { initPrefs } from './js/prefs.js';

// MAX_BYTES is the page's input cap, the cleaner's own default (20 MB).
export const MAX_BYTES = 20 * 1024 * 1024;

const $ = (id) => document.getElementById(id);
const prefs = initPrefs();

// Messages for the cleaner's error codes (wasm/main.go).
const MESSAGES = {
  empty: 'There is nothing to clean: the input is empty.',
  binary: 'This looks like a binary file (an image, a PDF, an archive…), not a web page or text.',
  'too-large': 'This input is over the 20 MB limit.',
  'no-content': 'No readable article was found in this input.',
  usage: 'The cleaner was called wrongly; please reload the page.',
};

export function formatBytes(n) {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function setStatus(text) {
  $('status').textContent = text;
}

function showError(text) {
  const el = $('error');
  el.textContent = text;
  el.hidden = !text;
}

// scriptsRun resolves once every script of the page has run (the browser
// fires DOMContentLoaded after the last deferred and module script). The
// engine now starts early enough to be up before the last of them, and a
// page that says it is ready must have all of them wired, the bookmarklet's
// message handler (js/handoff.js) included.
const scriptsRun = new Promise((resolve) => {
  if (document.readyState === 'complete') {
    resolve();
    return;
  }
  document.addEventListener('DOMContentLoaded', resolve, { once: true });
  window.addEventListener('load', resolve, { once: true });
});

// ready resolves with the engine once winnow.wasm is running and the page's
// scripts have run.
export const ready = Promise.all([loadEngine((fraction) => {
  const bar = $('load-progress');
  if (fraction === null) bar.removeAttribute('value');
  else {
    bar.value = fraction;
    bar.textContent = `${Math.round(fraction * 100)}%`;
  }
}), scriptsRun]).then(([engine]) => {
  $('load-progress').hidden = true;
  setStatus('Ready. Paste an article, open a file, or try the example.');
  performance.mark('winnow-ready');
  document.documentElement.dataset.ready = 'true';
  return engine;
}, (err) => {
  $('load-progress').hidden = true;
  setStatus('');
  showError(`The cleaner could not start: ${err.message}. Reload the page to try again.`);
  throw err;
});
ready.catch(() => {}); // reported above; callers of cleanInput see it too

// Once the page is idle after start-up, a warm-up clean (js/engine.js) takes
// the cost of the first clean away from the reader's first paste.
ready.then((engine) => {
  const whenIdle = globalThis.requestIdleCallback || ((fn) => setTimeout(fn, 200));
  whenIdle(() => engine.warmUp(), { timeout: 2000 });
}, () => {});

function byteLength(input) {
  if (input instanceof Uint8Array) return input.byteLength;
  if (input.length * 3 <= MAX_BYTES) return new TextEncoder().encode(input).length;
  return new Blob([input]).size;
}

// cleanInput cleans one input (a string, or the bytes of a file) and shows
// the article or says clearly why there is none. It is also the hook for
// other ways in, such as the bookmarklet: cleanInput(html, {baseURL}).
export async function cleanInput(input, { baseURL, label } = {}) {
  showError('');
  const size = byteLength(input);
  if (size > MAX_BYTES) {
    showError(`${label || 'This input'} is ${size.toLocaleString('en')} bytes, over the 20 MB limit (${MAX_BYTES.toLocaleString('en')} bytes). Nothing was cleaned.`);
    setStatus('');
    return null;
  }
  if (typeof input === 'string' && input.trim() === '') {
    showError(MESSAGES.empty);
    setStatus('');
    return null;
  }
  setStatus('Cleaning…');
  let engine;
  try {
    engine = await ready;
  } catch {
    return null;
  }
  const options = {
    baseURL: baseURL ?? $('base-url').value.trim(),
    dropImages: $('drop-images').checked,
  };
  const start = performance.now();
  const result = await engine.clean(input, options);
  const ms = Math.max(1, Math.round(performance.now() - start));
  if (result.error) {
    const message = MESSAGES[result.code] || `The cleaner failed: ${result.error}`;
    showError(result.code === 'too-large' || result.code === 'binary' || result.code === 'no-content'
      ? `${message} (${result.error})`
      : message);
    setStatus('');
    return null;
  }
  renderArticle(result);
  setStatus(`Cleaned ${formatBytes(size)} in ${ms} ms.`);
  for (const b of document.querySelectorAll('[data-export]')) b.disabled = false;
  return result;
}

// Keep the source in the text box when it is small enough to be worth
// showing; larger inputs are kept in memory only.
const SHOW_SOURCE_LIMIT = 1024 * 1024;
let lastInput = null;

function takeInput(input, label) {
  lastInput = input;
  const paste = $('paste');
  if (typeof input === 'string' && input.length <= SHOW_SOURCE_LIMIT) paste.value = input;
  else paste.value = '';
  paste.placeholder = paste.value ? '' : `${label} (${formatBytes(byteLength(input))}) is loaded. Paste or type here to replace it.`;
  return cleanInput(input, { label });
}

async function takeFile(file) {
  if (!file) return;
  if (file.size > MAX_BYTES) {
    showError(`“${file.name}” is ${file.size.toLocaleString('en')} bytes, over the 20 MB limit (${MAX_BYTES.toLocaleString('en')} bytes). Nothing was cleaned.`);
    return;
  }
  if (!/\.(html?|xhtml|txt)$/i.test(file.name) && !/^text\//.test(file.type)) {
    showError(`“${file.name}” is not an .html, .htm or .txt file.`);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  lastInput = bytes;
  $('paste').value = '';
  $('paste').placeholder = `“${file.name}” (${formatBytes(bytes.byteLength)}) is loaded. Paste or type here to replace it.`;
  await cleanInput(bytes, { label: `“${file.name}”` });
}

// A rich paste carries the copied page's HTML; a plain one only its text.
$('paste').addEventListener('paste', (event) => {
  const data = event.clipboardData;
  if (!data) return;
  if (data.files && data.files.length > 0) {
    event.preventDefault();
    takeFile(data.files[0]);
    return;
  }
  const input = data.getData('text/html') || data.getData('text/plain');
  if (!input) return;
  event.preventDefault();
  takeInput(input, 'The paste');
});

$('paste').addEventListener('input', () => {
  lastInput = null; // the text box now holds the input
});

$('clean-btn').addEventListener('click', () => {
  const input = lastInput ?? $('paste').value;
  cleanInput(input, { label: 'The input' });
});

$('file-input').addEventListener('change', (event) => {
  takeFile(event.target.files[0]);
  event.target.value = '';
});

// Drops anywhere on the page are taken, so a dropped file never replaces the
// page itself.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  $('dropzone').classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.target === document.documentElement || !event.relatedTarget) $('dropzone').classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  $('dropzone').classList.remove('dragging');
  const data = event.dataTransfer;
  if (data.files && data.files.length > 0) {
    takeFile(data.files[0]);
    return;
  }
  const input = data.getData('text/html') || data.getData('text/plain');
  if (input) takeInput(input, 'The dropped text');
});

$('example-btn').addEventListener('click', async () => {
  showError(''); // an earlier input's error is no longer news
  try {
    const response = await fetch('example.html');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    takeInput(text, 'The example');
  } catch (err) {
    showError(`The example could not be loaded (${err.message}).`);
  }
});

$('show-removed').addEventListener('change', (event) => showInPlace(event.target.checked));

for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', async () => {
    showError('');
    try {
      setStatus(await runExport(button.dataset.export, prefs()));
    } catch (err) {
      showError(`Export failed: ${err.message}`);
    }
  });
}

// The service worker is registered once the cleaner has started: its install
// downloads every file again, which on a first visit would compete with the
// cleaner's own download and compile.
if ('serviceWorker' in navigator) {
  ready.catch(() => {}).finally(() => {
    navigator.serviceWorker.register('sw.js').catch((err) => {
      console.warn('winnow: offline use is not available:', err);
    });
  });
}
