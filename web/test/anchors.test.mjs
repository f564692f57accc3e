// In-page links of an article: a footnote mark leads to its note inside the
// reading view, and the article's ids never take one of the page's own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleaned, newPage, pasteRich, useBrowser } from './lib.mjs';

const env = useBrowser();

const filler = 'The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood. '.repeat(12);
const ARTICLE = `<html><head><title>The Orchard in Winter</title></head><body><article>
<h1>The Orchard in Winter</h1>
<p>In winter the orchard is quiet, and the old trees stand in rows of grey<sup id="r1"><a href="#n1">1</a></sup>.</p>
<p id="reader">${filler}</p><p id="status">${filler}</p><p>${filler}</p>
<ol><li id="n1">Grey, or silver in the low sun. <a href="#r1">Back</a></li></ol>
</article></body></html>`;

describe('links to places in the article', () => {
  let page;
  before(async () => {
    page = await newPage(env.browser, env.server.origin, { viewport: { width: 900, height: 500 } });
    await pasteRich(page, ARTICLE);
    await cleaned(page);
  });
  after(async () => {
    assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
    await page.context().close();
  });

  it('keeps the page its own ids', async () => {
    const ids = await page.evaluate(() => ({
      reader: document.querySelectorAll('#reader').length,
      status: document.querySelectorAll('#status').length,
      readerIsArticle: document.getElementById('reader').tagName,
      unprefixed: [...document.querySelectorAll('#reader-body [id]')].map((e) => e.id).filter((id) => !id.startsWith('wn-')),
    }));
    assert.equal(ids.reader, 1);
    assert.equal(ids.status, 1);
    assert.equal(ids.readerIsArticle, 'ARTICLE');
    assert.deepEqual(ids.unprefixed, [], 'every id of the article is prefixed');
  });

  it('goes from the footnote mark to the note and back', async () => {
    await page.click('#reader sup a');
    await page.waitForFunction(() => location.hash === '#wn-n1');
    const note = await page.evaluate(() => {
      const li = document.getElementById('wn-n1');
      const box = li.getBoundingClientRect();
      return { inReader: !!li.closest('#reader'), text: li.textContent.trim(), top: box.top, height: innerHeight };
    });
    assert.ok(note.inReader, 'the note is in the reading view');
    assert.match(note.text, /^Grey, or silver/);
    assert.ok(note.top > -2 && note.top < note.height, `the note is on screen (top ${note.top})`);
    await page.click('#wn-n1 a');
    await page.waitForFunction(() => location.hash === '#wn-r1');
    const markTop = await page.evaluate(() => document.getElementById('wn-r1').getBoundingClientRect().top);
    assert.ok(markTop > -2 && markTop < 500, `the mark is on screen again (top ${markTop})`);
  });
});
