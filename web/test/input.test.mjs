// The other ways in: a dropped file, an opened file, raw HTML typed or pasted
// as text, the example button; and clear messages for input that has no
// article, is binary, or is over the 20 MB limit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  FIXTURES, cleaned, count, newPage, norm, pastePlain, readerState, useBrowser,
} from './lib.mjs';
import { WARM_UP_PAGE } from '../js/warmup.js';

const WORDPRESS = readFileSync(join(FIXTURES, 'wordpress.html'), 'utf8');
const TITLE = 'Night Trains Return to the Northern Line';
const FIRST = 'After a gap of eleven years, overnight passenger trains';

const env = useBrowser();
let page;
beforeEach(async () => {
  page = await newPage(env.browser, env.server.origin);
});
afterEach(async () => {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
  await page.context().close();
});

async function errorText() {
  await page.waitForSelector('#error:not([hidden])');
  return page.textContent('#error');
}

describe('input', () => {
  it('warms the cleaner up at idle on a page that cleans, and cleans a paste after', async () => {
    await page.waitForFunction(() => performance.getEntriesByName('winnow-warm-up').length > 0);
    const warm = await page.evaluate((input) => JSON.parse(globalThis.winnowClean(input, {})), WARM_UP_PAGE);
    assert.equal(warm.error, undefined, `the warm-up page cleans: ${warm.error}`);
    assert.equal(warm.title, 'Warm-up');
    assert.ok(warm.removed.length > 0, 'the warm-up page has blocks to remove');
    await pastePlain(page, WORDPRESS);
    await cleaned(page);
    assert.equal(norm((await readerState(page)).title), TITLE);
  });

  it('cleans a dropped .html file', async () => {
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.items.add(new File([html], 'night-trains.html', { type: 'text/html' }));
      const target = document.getElementById('paste');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, WORDPRESS);
    await cleaned(page);
    const got = await readerState(page);
    assert.equal(norm(got.title), TITLE);
    assert.ok(got.bodyText.includes(FIRST));
    assert.equal(new URL(page.url()).pathname, '/', 'the drop did not navigate away');
  });

  it('cleans a file opened with the file button, decoding its charset', async () => {
    // ISO-8859-1 bytes with a meta charset: the cleaner, not the page, decodes.
    const latin1 = Buffer.from('<!doctype html><html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head>'
      + '<body><article><h1>Caf\xe9 culture</h1><p>The caf\xe9 opens at seven and the cr\xe8me br\xfbl\xe9e is gone by ten, every single day of the week.</p>'
      + '<p>A second paragraph so that there is an article here to find and keep.</p></article></body></html>', 'latin1');
    await page.setInputFiles('#file-input', { name: 'cafe.htm', mimeType: 'text/html', buffer: latin1 });
    await cleaned(page);
    const got = await readerState(page);
    assert.ok(got.bodyText.includes('crème brûlée'), 'the charset was honoured');
  });

  it('cleans raw HTML source pasted as text', async () => {
    await pastePlain(page, WORDPRESS);
    await cleaned(page);
    const got = await readerState(page);
    assert.equal(norm(got.title), TITLE);
    assert.ok(got.bodyText.includes(FIRST));
    assert.ok(!got.bodyText.includes('<p>'), 'the source was parsed, not shown as text');
  });

  it('cleans what is typed, with the Clean button and the base URL', async () => {
    await page.fill('#paste', '<p>Typed by hand, a paragraph long enough to count as an article body for the cleaner to keep. <a href="/more">more</a></p>');
    await page.fill('#base-url', 'https://news.example/2024/story');
    await page.click('#clean-btn');
    await cleaned(page);
    const href = await page.getAttribute('#reader-body a', 'href');
    assert.equal(href, 'https://news.example/more', 'links resolve against the base URL');
  });

  it('cleans the example', async () => {
    await page.click('#example-btn');
    await cleaned(page);
    const got = await readerState(page);
    assert.equal(norm(got.title), 'The Library That Lends Bicycles');
    assert.equal(count(norm(got.text), 'The Library That Lends Bicycles'), 1, 'title once');
    assert.ok(got.bodyText.includes('it has also lent bicycles'));
    assert.ok(!got.text.includes('Leave a Reply'));
    assert.equal(await page.textContent('#comments-summary'), 'Comments (2)');
  });

  it('leaves out images, and makes no request to the article site, when asked', async () => {
    await page.fill('#base-url', 'https://platform.example/2024/06/night-trains-return/');
    await page.check('#drop-images');
    await pastePlain(page, WORDPRESS);
    await cleaned(page);
    assert.equal(await page.locator('#reader img').count(), 0, 'no images in the reading view');
    await page.check('#show-removed');
    await page.waitForTimeout(200);
    assert.deepEqual(page.external, [], 'no request left the page');
    // Without the option, the same paste shows its images (served by the
    // test's stand-in for the article's site).
    await page.uncheck('#show-removed');
    await page.uncheck('#drop-images');
    await pastePlain(page, WORDPRESS);
    await cleaned(page);
    assert.ok(await page.locator('#reader-body img').count() > 0, 'images shown');
  });

  it('says so when the input is empty', async () => {
    await page.click('#clean-btn');
    assert.match(await errorText(), /empty/i);
    await pastePlain(page, '   \n\t  ');
    assert.match(await errorText(), /empty/i);
    assert.equal(await page.isHidden('#reader'), true);
  });

  it('says so when there is no readable article', async () => {
    await pastePlain(page, '<div><nav><a href="/">Home</a></nav></div>');
    assert.match(await errorText(), /no readable article/i);
  });

  it('says so when a file is binary', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(512, 0)]);
    await page.setInputFiles('#file-input', { name: 'photo.txt', mimeType: 'text/plain', buffer: png });
    assert.match(await errorText(), /binary/i);
  });

  it('refuses input over 20 MB with a clear message, and keeps working', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', `<p>${'x'.repeat(21 * 1024 * 1024)}</p>`);
      document.getElementById('paste').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    assert.match(await errorText(), /over the 20 MB limit/);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.html', { type: 'text/html' }));
      document.getElementById('paste').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    assert.match(await errorText(), /huge\.html.*over the 20 MB limit/);
    await page.click('#example-btn');
    await cleaned(page);
  });

  it('shows the download finished and the page ready', async () => {
    const bar = await page.$eval('#load-progress', (p) => ({ value: p.value, hidden: p.hidden }));
    assert.deepEqual(bar, { value: 1, hidden: true });
    assert.match(await page.textContent('#status'), /^Ready/);
  });
});
