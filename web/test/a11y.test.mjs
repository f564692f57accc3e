// Accessibility: axe-core finds no serious or critical violation in any
// theme, with an article, the removed panel and the comments open; and the
// page works from the keyboard alone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, cleaned, launchBrowser, newPage, startServer } from './lib.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // axe is injected as a script tag, which the page's CSP would refuse.
  page = await newPage(browser, server.origin, { bypassCSP: true });
  await page.click('#example-btn');
  await cleaned(page);
  await page.check('#show-removed');
  await page.click('#comments-summary');
  await page.addScriptTag({ path: AXE });
});
after(async () => {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

async function seriousViolations() {
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  for (const theme of ['light', 'sepia', 'dark']) {
    it(`has no serious or critical axe violations in the ${theme} theme`, async () => {
      await page.check(`input[name="theme"][value="${theme}"]`);
      assert.deepEqual(await seriousViolations(), []);
    });
  }

  it('is usable from the keyboard: paste box, example, export, restore', async () => {
    await page.check('input[name="theme"][value="light"]');
    await page.focus('#paste');
    const order = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement;
        const ring = getComputedStyle(el).outlineStyle;
        return { id: el.id || el.dataset.export || el.dataset.restore || el.localName, ring };
      }));
    }
    const ids = order.map((o) => o.id);
    for (const want of ['base-url', 'clean-btn', 'example-btn', 'font-size', 'copy-html', 'download-markdown']) {
      assert.ok(ids.includes(want), `${want} is reachable by Tab`);
    }
    assert.ok(ids.some((id) => /^r\d+$/.test(id)), 'a Restore button is reachable by Tab');
    // Past the last control focus leaves the document (body); skip those.
    for (const o of order.filter((x) => x.id !== 'body')) assert.notEqual(o.ring, 'none', `${o.id} shows focus`);
    // Activate the example with the keyboard.
    await page.focus('#example-btn');
    await page.keyboard.press('Enter');
    await cleaned(page);
  });
});
