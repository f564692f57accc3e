// build.mjs — assembles dist/web from web/, the built wasm and Go's
// wasm_exec.js: precompresses the wasm (gzip, brotli), records its size for
// the progress bar, bundles the page's modules into page.js, writes that
// bundle, wasm_exec.js and the stylesheets into index.html, and stamps the
// service worker with the build's version and file list. Node built-ins, and
// esbuild as the Go tool go.mod names (`go tool esbuild`; GO names the go
// command).
//
//   node web/tools/build.mjs SRC_DIR OUT_DIR WASM_FILE WASM_EXEC_JS
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { precompress } from './precompress.mjs';

const [src, out, wasm, wasmExec] = process.argv.slice(2);
if (!wasmExec) {
  console.error('usage: node build.mjs SRC_DIR OUT_DIR WASM_FILE WASM_EXEC_JS');
  process.exit(2);
}

// Parts of web/ that are tooling, not the page.
const notShipped = new Set(['test', 'bench', 'tools', 'web.mk', 'package.json']);
// Node programs inside the page's folders (bookmarklet/build.mjs prints the
// bookmarklet's address for another origin).
const notShippedFiles = ['bookmarklet/build.mjs'];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of readdirSync(src)) {
  if (notShipped.has(name) || name.endsWith('.md')) continue;
  cpSync(join(src, name), join(out, name), { recursive: true });
}
for (const file of notShippedFiles) rmSync(join(out, file), { force: true });
cpSync(wasmExec, join(out, 'wasm_exec.js'));
const wasmBytes = readFileSync(wasm);
writeFileSync(join(out, 'winnow.wasm'), wasmBytes);
precompress(join(out, 'winnow.wasm'), wasmBytes);

// The version is a hash of everything the page is built from (page.js
// bundles the modules below), so any change to the page makes a new cache.
const sources = walk(out)
  .map((p) => relative(out, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && p !== 'build-info.js' && !p.endsWith('.gz') && !p.endsWith('.br') && !/(^|\/)\./.test(p))
  .sort();
const hash = createHash('sha256');
for (const f of sources) {
  hash.update(f).update('\0').update(readFileSync(join(out, f))).update('\0');
}
const version = hash.digest('hex').slice(0, 12);

writeFileSync(join(out, 'build-info.js'),
  '// Written by web/tools/build.mjs.\n'
  + `export const version = ${JSON.stringify(version)};\n`
  + `export const wasmSize = ${wasmBytes.length};\n`);

// The page loads one script, page.js, with every module it imports bundled
// in: nine modules were nine requests, queued six at a time behind the
// wasm's download, and the compile started only once the last had come.
// The bundled modules are not shipped apart.
//
// Bundling reprints code (60000 becomes 6e4, quotes change), and the
// bookmarklet is a function's text (bookmarklet/href.js): the bundle gets
// that text as written, so the page offers the address
// bookmarklet/build.mjs prints. (A data: URL is always an ES module.)
const bookmarkletFile = readFileSync(join(src, 'bookmarklet/bookmarklet.src.js'), 'utf8');
const { bookmarklet } = await import(`data:text/javascript,${encodeURIComponent(bookmarkletFile)}`);
const meta = join(out, '.bundle-meta.json');
const bundled = spawnSync(process.env.GO || 'go', ['tool', 'esbuild', join(out, 'page.js'),
  '--bundle', '--format=esm', '--allow-overwrite', '--log-level=warning',
  `--define:BOOKMARKLET_SOURCE=${JSON.stringify(String(bookmarklet))}`,
  `--outfile=${join(out, 'page.js')}`, `--metafile=${meta}`], { stdio: 'inherit' });
if (bundled.status !== 0) {
  console.error(`web: bundling page.js failed (go tool esbuild: ${bundled.error?.message || `exit status ${bundled.status}`})`);
  process.exit(1);
}
const page = resolve(out, 'page.js');
for (const input of Object.keys(JSON.parse(readFileSync(meta, 'utf8')).inputs)) {
  if (resolve(input) !== page) rmSync(input);
}
rmSync(meta);

// The page's stylesheets and scripts go into index.html itself, each
// allowed by its hash in the page's Content-Security-Policy (no
// 'unsafe-inline'). Served apart they were five more requests, which
// Chromium sent only once it had parsed the head, and the page's script,
// which starts the wasm's compile, waited for the last of them: in turns
// with the inlined page (three runs of 11 visits), a first visit was ready
// 8-38 ms later, 34-59 ms behind a bare page that only starts the wasm
// instead of 11-26. article.css stays a file too: the standalone export
// fetches it.
inlineIntoPage(join(out, 'index.html'), [
  { tag: '<script defer src="wasm_exec.js"></script>', file: 'wasm_exec.js', element: 'script', attrs: '' },
  { tag: '<script type="module" src="page.js"></script>', file: 'page.js', element: 'script', attrs: ' type="module"' },
  { tag: '<link rel="stylesheet" href="reader.css">', file: 'reader.css', element: 'style', attrs: '' },
  { tag: '<link rel="stylesheet" href="article.css">', file: 'article.css', element: 'style', attrs: '', keep: true },
  { tag: '<link rel="stylesheet" href="bookmarklet/bookmarklet.css">', file: 'bookmarklet/bookmarklet.css', element: 'style', attrs: '' },
]);
removeEmptyDirs(out);

// inlineIntoPage replaces each part's tag in the page with an element
// holding the part's text, adds the text's hash to the policy's script-src
// or style-src, and removes the part's file unless it is kept.
function inlineIntoPage(pagePath, parts) {
  let html = readFileSync(pagePath, 'utf8');
  const hashes = { script: [], style: [] };
  for (const part of parts) {
    const path = join(out, part.file);
    const text = readFileSync(path, 'utf8');
    // The HTML parser ends a script or style at its end tag, and a script
    // holding a comment opener with a script tag after it parses oddly.
    const name = part.element;
    const unsafe = text.match(name === 'script' ? /<\/script|<!--|<script/i : /<\/style/i);
    if (unsafe) throw new Error(`web: ${part.file} holds "${unsafe[0]}" and cannot go inside index.html`);
    if (html.split(part.tag).length !== 2) throw new Error(`web: index.html has not exactly one ${part.tag}`);
    html = html.replace(part.tag, () => `<${name}${part.attrs}>${text}</${name}>`);
    hashes[name].push(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    if (!part.keep) rmSync(path);
  }
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
  const declared = html.match(policy);
  if (!declared) throw new Error('web: index.html declares no Content-Security-Policy');
  let content = declared[1];
  for (const [name, list] of Object.entries(hashes)) {
    const directive = new RegExp(`\\b${name}-src [^;]*`);
    if (!directive.test(content)) throw new Error(`web: index.html's policy has no ${name}-src`);
    content = content.replace(directive, (d) => `${d} ${list.join(' ')}`);
  }
  html = html.replace(policy, () => declared[0].replace(declared[1], content));
  writeFileSync(pagePath, html);
  // The page is now 68 KB, most of it script: about a quarter of that
  // compressed, as a browser on a real network will want it.
  precompress(pagePath);
}

// removeEmptyDirs removes the folders under dir that the bundling emptied.
function removeEmptyDirs(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      removeEmptyDirs(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    }
  }
}

const files = walk(out)
  .map((p) => relative(out, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && !p.endsWith('.gz') && !p.endsWith('.br') && !/(^|\/)\./.test(p))
  .sort();

function stamp(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`sw.js: ${pattern} not found`);
  return text.replace(pattern, replacement);
}
let sw = readFileSync(join(out, 'sw.js'), 'utf8');
sw = stamp(sw, /^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`);
sw = stamp(sw, /^const FILES = .*;$/m, `const FILES = ${JSON.stringify(files)};`);
writeFileSync(join(out, 'sw.js'), sw);

console.log(`web: ${out} version ${version}, ${files.length} files, winnow.wasm ${wasmBytes.length} bytes`);
