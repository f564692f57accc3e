// XSS in the real page (issue 7, "In the browser"): every vector of
// xss-vectors.mjs is pasted into #paste (as rich HTML; a subset also as plain
// text), rendered, then everything in the reading view, the removed panel
// and the comments is hovered and clicked, with the removed blocks shown in
// place and restored. Nothing may run: the flag a vector sets stays unset, no
// dialog opens, the page's CSP reports no violation, the console stays
// clean, and the page stays where it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newPage, pastePlain, pasteRich, useBrowser } from './lib.mjs';
import { XSS_VECTORS } from './xss-vectors.mjs';

const BATCH = 33; // vectors per page load: a fresh page now and then, without paying for one each time
const PLAIN_EVERY = 8; // besides the vectors marked plain, every 8th is also pasted as plain text

// around puts a vector in an ordinary article (so the cleaner keeps what
// surrounds it) and in its comment section (so it lands in the removed
// panel), and in the head for the vectors that mean something there.
function around(vector) {
  const text = (n) => `Paragraph ${n} of an ordinary report about the harbour, long enough that the cleaner `
    + 'counts it as the story and keeps whatever sits beside it, including the thing under test.';
  return '<!doctype html><html><head><meta charset="utf-8"><title>Harbour notes</title>'
    + `${vector.where === 'head' ? vector.html : ''}</head><body>`
    + `<article><h1>Harbour notes</h1><p>${text(1)}</p><div class="entry">${vector.html}</div>`
    + `<p>${text(2)}</p><p>${text(3)}</p></article>`
    + `<section id="comments" class="comments-area"><h3>Leave a Reply</h3><div class="comment">${vector.html}</div></section>`
    + '</body></html>';
}

// Installed in every document of the page: CSP violations are collected,
// and a click on a web link is held back (render.js opens those in a new
// tab; the test is about scripts, not navigation). Links of any other
// scheme are left to do whatever they would.
function guard() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`.trim());
  });
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element && e.target.closest('a[href], area[href]');
    if (a && /^https?:/i.test(a.href)) e.preventDefault();
  }, { capture: true });
}

// settle waits for the paste to be cleaned or refused; a clear refusal
// ("no readable article") is an acceptable answer to hostile input.
async function settle(page) {
  await page.waitForFunction(() => /^Cleaned /.test(document.getElementById('status').textContent)
    || !document.getElementById('error').hidden, null, { timeout: 30_000 });
  return page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
}

// exercise shows removed blocks in place, restores each, opens the comments,
// fires pointer, mouse and focus events at every element, then moves the
// real mouse over each visible element of the reading view and the removed
// list and clicks it.
async function exercise(page) {
  await page.evaluate(() => {
    const show = document.getElementById('show-removed');
    if (!show.checked) show.click();
    for (const b of document.querySelectorAll('#removed-list button.restore')) b.click();
    document.getElementById('comments').open = true;
    const kinds = [
      ['pointerover', PointerEvent], ['pointerenter', PointerEvent], ['mouseover', MouseEvent],
      ['mouseenter', MouseEvent], ['mousemove', MouseEvent], ['pointerdown', PointerEvent],
      ['mousedown', MouseEvent], ['focusin', FocusEvent], ['pointerup', PointerEvent], ['mouseup', MouseEvent],
      ['click', MouseEvent], ['dblclick', MouseEvent], ['contextmenu', MouseEvent], ['mouseout', MouseEvent],
      ['mouseleave', MouseEvent], ['focusout', FocusEvent],
    ];
    const skip = (el) => el.id === 'show-removed' || el.matches('#removed-list button.restore');
    for (const el of document.querySelectorAll('#reader *, #removed-panel *, #comments *')) {
      if (skip(el)) continue;
      for (const [type, Kind] of kinds) el.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true }));
      if (typeof el.focus === 'function') el.focus();
      if (typeof el.click === 'function') el.click();
    }
    window.scrollTo(0, 0);
  });
  const points = await page.evaluate(() => [...document.querySelectorAll('#reader-body *, #removed-list *')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)
    .map((r) => [r.left + Math.min(r.width / 2, 20), r.top + Math.min(r.height / 2, 10)]));
  // A click moves the mouse there first, so each point is hovered too.
  for (const [x, y] of new Map(points.map((p) => [p.join(), p])).values()) await page.mouse.click(x, y);
  await page.waitForTimeout(60); // image and media errors, toggles, focus: let them fire
}

async function check(page, label, url) {
  const state = await page.evaluate(() => ({ xss: window.__xss ?? null, violations: window.__violations ?? null }));
  assert.deepEqual(state, { xss: null, violations: [] }, `${label}: no script ran, no CSP violation`);
  assert.deepEqual(page.problems, [], `${label}: no dialog, no console error`);
  assert.equal(page.url(), url, `${label}: the page did not navigate`);
}

const env = useBrowser();

describe('the XSS corpus', () => {
  it('has at least 100 vectors, each named once, in every family', () => {
    assert.ok(XSS_VECTORS.length >= 100, `${XSS_VECTORS.length} vectors`);
    assert.equal(new Set(XSS_VECTORS.map((v) => v.name)).size, XSS_VECTORS.length);
    const families = new Set(XSS_VECTORS.map((v) => v.family));
    for (const f of ['img', 'svg', 'href', 'frame', 'form', 'document', 'mxss', 'url', 'css', 'handler', 'focus', 'dialog']) {
      assert.ok(families.has(f), f);
    }
  });
});

for (let start = 0; start < XSS_VECTORS.length; start += BATCH) {
  const batch = XSS_VECTORS.slice(start, start + BATCH);
  describe(`XSS vectors ${start + 1}–${start + batch.length} pasted into the page`, () => {
    let page;
    let url;
    before(async () => {
      page = await newPage(env.browser, env.server.origin, { viewport: { width: 1280, height: 2400 } });
      await page.addInitScript(guard);
      await page.evaluate(guard);
      url = page.url();
    });
    after(async () => {
      await page?.context().close();
    });

    batch.forEach((vector, i) => {
      const ways = [['rich', pasteRich]];
      if (vector.plain || (start + i) % PLAIN_EVERY === 0) ways.push(['plain', pastePlain]);
      for (const [way, paste] of ways) {
        it(`${vector.family}: ${vector.name} (${way} paste)`, async () => {
          await page.evaluate(() => { delete window.__xss; document.getElementById('status').textContent = ''; });
          await paste(page, around(vector));
          const refused = await settle(page);
          if (refused) assert.match(refused, /No readable article|nothing to clean/i, 'a refusal is a clear one');
          await exercise(page);
          await check(page, vector.name, url);
        });
      }
    });
  });
}
