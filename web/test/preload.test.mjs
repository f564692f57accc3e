// The page's start-up: every module the page imports is named in index.html
// (a module script or a modulepreload), so that none is found only once the
// module importing it has arrived; and the wasm is preloaded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './lib.mjs';

const WEB = join(ROOT, 'web');
const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

const moduleScripts = tags('script').filter((t) => attr(t, 'type') === 'module').map((t) => attr(t, 'src'));
const preloaded = tags('link').filter((t) => attr(t, 'rel') === 'modulepreload').map((t) => attr(t, 'href'));

// importsOf lists the relative static imports of one module, as paths
// relative to web/.
function importsOf(path) {
  const source = readFileSync(join(WEB, path), 'utf8');
  return [...source.matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)]
    .map((m) => relative(WEB, normalize(join(WEB, dirname(path), m[1]))).split('\\').join('/'));
}

describe('page start-up', () => {
  it('names every imported module in index.html', () => {
    const seen = new Set();
    const queue = [...moduleScripts];
    while (queue.length) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      queue.push(...importsOf(path));
    }
    assert.ok(seen.has('build-info.js') && seen.has('bookmarklet/href.js'), `the walk found the page's modules: ${[...seen]}`);
    const named = new Set([...moduleScripts, ...preloaded]);
    const missing = [...seen].filter((p) => !named.has(p));
    assert.deepEqual(missing, [], 'modules neither loaded nor preloaded by index.html');
    const stale = preloaded.filter((p) => !seen.has(p));
    assert.deepEqual(stale, [], 'modulepreloads of modules nothing imports');
  });

  it('preloads winnow.wasm as the fetch that js/engine.js makes', () => {
    const wasm = tags('link').find((t) => attr(t, 'rel') === 'preload' && attr(t, 'href') === 'winnow.wasm');
    assert.ok(wasm, 'a preload of winnow.wasm');
    assert.equal(attr(wasm, 'as'), 'fetch');
    assert.match(wasm, /\bcrossorigin\b/, 'crossorigin, or the fetch() cannot use the preload');
    assert.ok(moduleScripts.includes('js/engine.js'), 'js/engine.js is loaded on its own');
  });
});
