// Exports: copy as HTML, Markdown and plain text (read back from the real
// clipboard), download a standalone .html that opens offline, and a .md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { cleaned, launchBrowser, newPage, norm, startServer, tempDir } from './lib.mjs';

const tmp = tempDir();

const TITLE = 'The Library That Lends Bicycles';
const PARAGRAPH = 'Every Saturday the basement opens as a repair room.';

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#example-btn');
  await cleaned(page);
});
after(async () => {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
  await page.context().close();
  await browser?.close();
  await server?.close();
  tmp.remove();
});

async function clipboard(type) {
  return page.evaluate(async (t) => {
    // Unsanitized: Chrome's sanitizing read inlines styles, which the page's
    // CSP refuses (a console error that is the test's, not the page's).
    for (const item of await navigator.clipboard.read({ unsanitized: ['text/html'] })) {
      if (item.types.includes(t)) return (await item.getType(t)).text();
    }
    return null;
  }, type);
}

async function exportDone(name) {
  await page.click(`[data-export="${name}"]`);
  await page.waitForFunction(() => /^(Copied|Downloaded)/.test(document.getElementById('status').textContent)
    || !document.getElementById('error').hidden);
  assert.equal(await page.isHidden('#error'), true, await page.textContent('#error'));
}

describe('export', () => {
  it('copies the article as HTML', async () => {
    await exportDone('copy-html');
    const html = await clipboard('text/html');
    assert.ok(html, 'text/html on the clipboard');
    assert.match(html, new RegExp(`<h1>${TITLE}</h1>`));
    assert.ok(html.includes(PARAGRAPH));
    assert.ok(!/data-winnow-removed|<script|Leave a Reply/.test(html), 'no markers, scripts or comment form');
    const source = await clipboard('text/plain');
    assert.ok(source.includes('<h1>'), 'text/plain carries the HTML source');
  });

  it('copies the article as Markdown', async () => {
    await exportDone('copy-markdown');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(md.startsWith(`# ${TITLE}\n\n`), md.slice(0, 80));
    assert.ok(md.includes(PARAGRAPH));
    assert.match(md, /^## How the scheme works$/m, 'headings become Markdown headings');
    assert.ok(!md.includes('<p>'));
  });

  it('copies the article as plain text', async () => {
    await exportDone('copy-text');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(text.startsWith(`${TITLE}\n\n`));
    assert.ok(text.includes(PARAGRAPH));
    assert.ok(!/[<>]/.test(text), 'no markup');
  });

  it('downloads a standalone .html that opens offline with its styles', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), exportDone('download-html')]);
    assert.equal(download.suggestedFilename(), 'the-library-that-lends-bicycles.html');
    const path = join(tmp.dir, download.suggestedFilename());
    await download.saveAs(path);
    const html = readFileSync(path, 'utf8');
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes(`<title>${TITLE}</title>`));
    assert.ok(html.includes('--reader-size'), 'the reading styles are inlined');
    assert.ok(!/<script|<link[^>]+stylesheet|\son\w+=/i.test(html), 'no scripts, no external styles, no handlers');
    // Open it from disk with no network.
    const context = await browser.newContext({ offline: true });
    const view = await context.newPage();
    const problems = [];
    view.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await view.goto(`file://${path}`);
    assert.equal(norm(await view.textContent('h1')), TITLE);
    assert.ok((await view.textContent('article')).includes(PARAGRAPH));
    const look = await view.$eval('article', (a) => ({ width: getComputedStyle(a).maxWidth, font: getComputedStyle(a).fontFamily }));
    assert.notEqual(look.width, 'none', 'the article is styled');
    assert.match(look.font, /Charter|Georgia|serif/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('downloads a .md', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), exportDone('download-markdown')]);
    assert.equal(download.suggestedFilename(), 'the-library-that-lends-bicycles.md');
    const md = readFileSync(await download.path(), 'utf8');
    assert.ok(md.startsWith(`# ${TITLE}\n\n`));
    assert.ok(md.includes(PARAGRAPH));
  });

  it('includes a restored block in the HTML export', async () => {
    const first = page.locator('#removed-list button.restore').first();
    if (await first.count() === 0) return; // nothing removed to restore
    const id = await first.getAttribute('data-restore');
    const text = await page.textContent(`#removed-${id} .excerpt`);
    await first.click();
    await exportDone('copy-html');
    const html = await clipboard('text/html');
    assert.ok(norm(html.replace(/<[^>]+>/g, ' ')).includes(norm(text).replace(/…$/, '').slice(0, 30)));
    await first.click();
  });
});
