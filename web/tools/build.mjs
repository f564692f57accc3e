// build.mjs — assembles dist/web from web/, the built wasm and Go's
// wasm_exec.js: precompresses the wasm (gzip, brotli), records its size for
// the progress bar, and stamps the service worker with the build's version
// and file list. Node built-ins only.
//
//   node web/tools/build.mjs SRC_DIR OUT_DIR WASM_FILE WASM_EXEC_JS
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [src, out, wasm, wasmExec] = process.argv.slice(2);
if (!wasmExec) {
  console.error('usage: node build.mjs SRC_DIR OUT_DIR WASM_FILE WASM_EXEC_JS');
  process.exit(2);
}

// Parts of web/ that are tooling, not the page.
const notShipped = new Set(['test', 'bench', 'tools', 'web.mk']);

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
cpSync(wasmExec, join(out, 'wasm_exec.js'));
const wasmBytes = readFileSync(wasm);
writeFileSync(join(out, 'winnow.wasm'), wasmBytes);
writeFileSync(join(out, 'winnow.wasm.gz'), gzipSync(wasmBytes, { level: 9 }));
writeFileSync(join(out, 'winnow.wasm.br'), brotliCompressSync(wasmBytes, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: wasmBytes.length,
  },
}));

// The version is a hash of everything the service worker caches, so any
// change to the page makes a new cache.
const files = walk(out)
  .map((p) => relative(out, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && !p.endsWith('.gz') && !p.endsWith('.br') && !/(^|\/)\./.test(p))
  .sort();
const hash = createHash('sha256');
for (const f of files.filter((f) => f !== 'build-info.js')) {
  hash.update(f).update('\0').update(readFileSync(join(out, f))).update('\0');
}
const version = hash.digest('hex').slice(0, 12);

writeFileSync(join(out, 'build-info.js'),
  '// Written by web/tools/build.mjs.\n'
  + `export const version = ${JSON.stringify(version)};\n`
  + `export const wasmSize = ${wasmBytes.length};\n`);

function stamp(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`sw.js: ${pattern} not found`);
  return text.replace(pattern, replacement);
}
let sw = readFileSync(join(out, 'sw.js'), 'utf8');
sw = stamp(sw, /^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`);
sw = stamp(sw, /^const FILES = .*;$/m, `const FILES = ${JSON.stringify(files)};`);
writeFileSync(join(out, 'sw.js'), sw);

console.log(`web: ${out} version ${version}, ${files.length} files, winnow.wasm ${wasmBytes.length} bytes`);
