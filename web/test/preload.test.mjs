// The page's start-up: one script, page.js, which `make web` bundles with
// every module it imports and puts inside index.html with wasm_exec.js and
// the stylesheets (web/tools/build.mjs), so that no module waits for the one
// importing it, nor the page for requests of its own; and the wasm
// preloaded, its compile started by the bundle's first module.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, ROOT, outsideScripts } from './lib.mjs';

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

  it('ships the bundle, wasm_exec.js and the stylesheets inside index.html, and none of its modules apart', { skip: !existsSync(join(DIST, 'index.html')) && 'dist/web is not built' }, () => {
    const built = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...built.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)].map((m) => ({ attrs: m[1], text: m[2] }));
    assert.deepEqual(scripts.map((s) => s.attrs), ['', ' type="module"'], 'wasm_exec.js, then the bundle as a module');
    assert.match(scripts[0].text, /globalThis\.Go = class/, 'wasm_exec.js is inline');
    const bundled = scripts[1].text;
    assert.doesNotMatch(bundled, /^import\s/m, 'the bundle imports nothing');
    assert.match(bundled, /fetch\("winnow\.wasm"\)/, 'the engine is in the bundle');
    assert.match(bundled, /function installBookmarklet\(/, 'the bookmarklet installer is in the bundle');
    assert.equal([...outsideScripts(built).matchAll(/<style>/g)].length, 3, 'the three stylesheets');
    assert.doesNotMatch(built, /<link[^>]*stylesheet|<script[^>]*\ssrc=/, 'nothing of the page left to request');
    assert.ok(built.indexOf('<link rel="preload" href="winnow.wasm"') < built.indexOf('<script'), 'the preload comes before the scripts');
    const apart = [...modulesOf('page.js'), 'page.js', 'wasm_exec.js', 'reader.css', 'bookmarklet/bookmarklet.css']
      .filter((m) => existsSync(join(DIST, m)));
    assert.deepEqual(apart, [], 'files shipped beside index.html that it holds');
    assert.ok(existsSync(join(DIST, 'article.css')), 'article.css, which the standalone export fetches');
    assert.ok(!existsSync(join(DIST, 'bookmarklet/build.mjs')), 'no Node program of web/ shipped');
  });

  it('preloads winnow.wasm as the fetch that js/engine.js makes, and page.js imports it first', () => {
    const wasm = tags('link').find((t) => attr(t, 'rel') === 'preload' && attr(t, 'href') === 'winnow.wasm');
    assert.ok(wasm, 'a preload of winnow.wasm');
    assert.equal(attr(wasm, 'as'), 'fetch');
    assert.match(wasm, /\bcrossorigin\b/, 'crossorigin, or the fetch() cannot use the preload');
    assert.equal(importsOf('page.js')[0], 'js/engine.js');
  });
});
