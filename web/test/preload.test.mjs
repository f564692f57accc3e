// The page's start-up: one script, page.js, which `make web` bundles with
// every module it imports (web/tools/build.mjs), so that no module waits for
// the one importing it, nor for a free connection; and the wasm preloaded,
// its compile started by the bundle's first module.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, ROOT } from './lib.mjs';

const WEB = join(ROOT, 'web');
const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

const moduleScripts = tags('script').filter((t) => attr(t, 'type') === 'module').map((t) => attr(t, 'src'));
const preloaded = tags('link').filter((t) => attr(t, 'rel') === 'modulepreload').map((t) => attr(t, 'href'));

// importsOf lists the relative static imports of one module, as paths
// relative to web/.
function importsOf(path, root = WEB) {
  const source = readFileSync(join(root, path), 'utf8');
  return [...source.matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)]
    .map((m) => relative(root, normalize(join(root, dirname(path), m[1]))).split('\\').join('/'));
}

// modulesOf is every module the page's script reaches in web/.
function modulesOf(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...importsOf(path));
  }
  return seen;
}

describe('page start-up', () => {
  it('loads one module script, page.js, which reaches every module of the page', () => {
    assert.deepEqual(moduleScripts, ['page.js']);
    assert.deepEqual(preloaded, [], 'no modulepreloads: the bundle has no imports to fetch');
    const modules = modulesOf('page.js');
    for (const m of ['js/engine.js', 'app.js', 'js/handoff.js', 'bookmarklet/install.js', 'build-info.js']) {
      assert.ok(modules.has(m), `page.js reaches ${m}: ${[...modules]}`);
    }
  });

  it('ships page.js bundled, and none of its modules apart', { skip: !existsSync(join(DIST, 'page.js')) && 'dist/web is not built' }, () => {
    assert.deepEqual(importsOf('page.js', DIST), [], 'the built page.js imports nothing');
    const bundled = readFileSync(join(DIST, 'page.js'), 'utf8');
    assert.match(bundled, /fetch\("winnow\.wasm"\)/, 'the engine is in the bundle');
    assert.match(bundled, /function installBookmarklet\(/, 'the bookmarklet installer is in the bundle');
    const apart = [...modulesOf('page.js')].filter((m) => m !== 'page.js' && existsSync(join(DIST, m)));
    assert.deepEqual(apart, [], 'modules shipped beside the bundle');
  });

  it('preloads winnow.wasm as the fetch that js/engine.js makes, and page.js imports it first', () => {
    const wasm = tags('link').find((t) => attr(t, 'rel') === 'preload' && attr(t, 'href') === 'winnow.wasm');
    assert.ok(wasm, 'a preload of winnow.wasm');
    assert.equal(attr(wasm, 'as'), 'fetch');
    assert.match(wasm, /\bcrossorigin\b/, 'crossorigin, or the fetch() cannot use the preload');
    assert.equal(importsOf('page.js')[0], 'js/engine.js');
  });
});
