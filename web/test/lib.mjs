// lib.mjs — shared helpers for the browser tests: a server for dist/web, a
// headless Chromium, and a page that records console errors and dialogs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist/web');
export const SHARED = process.env.WINNOW_SHARED || resolve(ROOT, '../shared');
export const FIXTURES = join(ROOT, 'web/test/fixtures');

// outsideScripts is html with its scripts' text left out: the page's
// bundle, inside index.html, holds markup of its own in strings ("<style>").
export function outsideScripts(html) {
  return html.replace(/(<script\b[^>]*>)[^]*?(<\/script>)/g, '$1$2');
}

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

function freePort() {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function answers(url, tries = 50) {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return true;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// startWinnowServe runs `bin/winnow serve` on dir; null when the binary is
// missing or does not serve (e.g. before the serve command was built).
async function startWinnowServe(dir) {
  const bin = join(ROOT, 'bin/winnow');
  if (!existsSync(bin)) return null;
  const port = await freePort();
  const child = spawn(bin, ['serve', '-addr', `127.0.0.1:${port}`, '-web', dir], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => { exited = true; });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !exited; i++) {
    if (await answers(`${origin}/healthz`, 1) && await answers(`${origin}/`, 1)) {
      return { origin, kind: 'winnow serve', close: async () => { if (!exited) { child.kill('SIGTERM'); await once(child, 'exit'); } } };
    }
  }
  if (!exited) child.kill('SIGKILL');
  return null;
}

// startStaticServer serves dir the way `winnow serve` does: MIME types,
// precompressed .br/.gz when accepted, and frame-ancestors 'none' for HTML.
// The rest of the page's policy is its own meta element's, which holds the
// hashes of its inline scripts and styles.
async function startStaticServer(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type': MIME[extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(extname(file) === '.html' ? { 'Content-Security-Policy': "frame-ancestors 'none'" } : {}),
    };
    let body = file;
    const accept = req.headers['accept-encoding'] || '';
    for (const [coding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accept.includes(coding) && existsSync(file + ext)) {
        body = file + ext;
        headers['Content-Encoding'] = coding;
        headers.Vary = 'Accept-Encoding';
        break;
      }
    }
    headers['Content-Length'] = statSync(body).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    kind: 'test static server',
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

// startServer serves dir (dist/web unless told) and prefers the real
// `bin/winnow serve`; it falls back to the test's own static server while
// that command is not available. Set WINNOW_TEST_SERVER=static or =winnow to
// force one.
export async function startServer(dir = DIST) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(dir === DIST ? 'dist/web is missing: run make web' : `${dir} has no index.html`);
  }
  const want = process.env.WINNOW_TEST_SERVER;
  if (want !== 'static') {
    const real = await startWinnowServe(dir);
    if (real) return real;
    if (want === 'winnow') throw new Error('bin/winnow serve did not start');
  }
  return startStaticServer(dir);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// newPage opens a page in a fresh context with the console watched: every
// console error, page error and dialog is collected in page.problems.
// Requests leaving 127.0.0.1 (an article's images) are answered with a
// transparent pixel and counted in page.external.
// useBrowser gives a test file one server and one Chromium: started before
// its first test, stopped after its last. The returned object's server and
// browser are set once the hook has run.
export function useBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    console.log(`# serving dist/web with ${env.server.kind} at ${env.server.origin}`);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export async function newPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  page.problems = [];
  page.external = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.stack}`));
  page.on('dialog', (dialog) => { page.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`); dialog.dismiss(); });
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    page.external.push(route.request().url());
    route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
  });
  await page.goto(`${origin}/`);
  await waitReady(page);
  return page;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function waitReady(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
}

// pasteRich fires a paste on #paste the way a browser does for a copy from a
// web page: a DataTransfer with text/html and text/plain.
export async function pasteRich(page, html, text = '') {
  await page.evaluate(([h, t]) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    if (t) data.setData('text/plain', t);
    document.getElementById('paste').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, text]);
}

export async function pastePlain(page, text) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.getElementById('paste').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

// cleaned waits for the status line to report a finished clean (or an error).
export async function cleaned(page) {
  await page.waitForFunction(() => /^Cleaned /.test(document.getElementById('status').textContent)
    || !document.getElementById('error').hidden, null, { timeout: 30_000 });
  const error = await page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
  if (error) throw new Error(`the page reported: ${error}`);
}

export async function readerState(page) {
  return page.evaluate(() => {
    const reader = document.getElementById('reader');
    return {
      title: document.getElementById('reader-title').textContent,
      text: reader.innerText,
      bodyText: document.getElementById('reader-body').textContent,
      html: document.getElementById('reader-body').innerHTML,
      removed: [...document.querySelectorAll('#removed-list li')].map((li) => ({
        id: li.dataset.removal,
        rule: li.querySelector('.rule').textContent,
        text: li.querySelector('.excerpt').textContent,
      })),
      comments: document.getElementById('comments-summary').textContent,
    };
  });
}

export function count(haystack, needle) {
  return haystack.split(needle).length - 1;
}

export function norm(s) {
  return s.replace(/\s+/g, ' ').trim();
}

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-web-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
