// The reading view: removed blocks shown in place and restored; theme and
// type choices remembered across a reload; printing only the article.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { cleaned, newPage, outsideScripts, readerState, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();
let page;
beforeEach(async () => {
  page = await newPage(env.browser, env.server.origin);
});
afterEach(async () => {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
  await page.context().close();
});

// An article with a "related posts" block in its middle: the cleaner takes
// it out and marks where it stood.
const ARTICLE = `<!doctype html><html><head><title>Bees of the Old Orchard</title></head><body>
<article><h1>Bees of the Old Orchard</h1>
<p>The orchard behind the mill has kept bees for longer than anyone in the village can remember, and this spring the hives were counted for the first time.</p>
<p>Twelve colonies came through the winter, which the keepers put down to the mild weather and to the ivy left to flower along the south wall.</p>
<div class="related-posts"><h3>Related posts</h3><ul><li><a href="/a">Ten facts about honey</a></li><li><a href="/b">Our favourite orchards</a></li></ul></div>
<p>Next year the keepers hope to add four hives and to open the orchard to visitors on the first Sunday of every month in summer.</p>
</article>
<div id="comments"><h2>2 Comments</h2><ol class="comment-list"><li class="comment"><div class="comment-content"><p>Lovely to read about the bees.</p></div></li></ol></div>
</body></html>`;

describe('reading view', () => {
  it('restores a removed block into the reading view, and removes it again', async () => {
    await page.fill('#paste', ARTICLE);
    await page.click('#clean-btn');
    await cleaned(page);
    const before = await readerState(page);
    assert.ok(before.removed.length > 0, 'something was removed');
    const target = before.removed[0];
    const restore = page.locator(`#removed-${target.id} button.restore`);
    await restore.click();
    const restored = page.locator(`#reader-body .restored[data-for="${target.id}"]`);
    await restored.waitFor();
    // Removal.text puts a space between blocks ("Share this: Twitter"), which
    // textContent does not, so white space is set aside on both sides.
    const squash = (s) => s.replace(/\s+/g, '');
    assert.ok(squash(await restored.textContent()).includes(squash(target.text.replace(/…$/, '')).slice(0, 40)),
      'the restored block holds the removed text');
    assert.equal(await restore.textContent(), 'Remove again');
    // An in-article removal goes back where it stood: right after its marker.
    const atMarker = await page.evaluate((id) => {
      const el = document.querySelector(`#reader-body .restored[data-for="${id}"]`);
      const prev = el.previousElementSibling;
      return prev ? prev.getAttribute('data-winnow-removed') === id : null;
    }, target.id);
    const inArticle = await page.evaluate((id) => !!document.querySelector(`#reader-body [data-winnow-removed="${id}"]`), target.id);
    if (inArticle) assert.equal(atMarker, true, 'restored at its marker');
    await restore.click();
    assert.equal(await restored.count(), 0, 'removed again');
  });

  it('says so when a removed block has no words, and shows it in place', async () => {
    const withAd = ARTICLE.replace('</article>',
      '</article><div class="banner"><img src="data:image/png;base64,iVBORw0KGgo=" alt=""></div>');
    await page.fill('#paste', withAd);
    await page.click('#clean-btn');
    await cleaned(page);
    const state = await readerState(page);
    const wordless = state.removed.filter((r) => r.text.startsWith('No words'));
    assert.ok(wordless.length > 0, `a wordless removal is labelled: ${JSON.stringify(state.removed)}`);
    for (const r of wordless) {
      assert.equal(await page.locator(`#removed-${r.id} q.excerpt`).count(), 0, 'no empty quotes');
    }
    await page.locator(`#removed-${wordless[0].id} button.restore`).click();
    await page.locator(`#reader-body .restored[data-for="${wordless[0].id}"] img`).waitFor({ state: 'attached' });
  });

  it('restores a removed block as its HTML, written when it is first asked for', async () => {
    await page.fill('#paste', ARTICLE);
    await page.click('#clean-btn');
    await cleaned(page);
    const related = (await readerState(page)).removed.find((r) => /Ten facts about honey/.test(r.text));
    assert.ok(related, 'the related posts were removed');
    await page.locator(`#removed-${related.id} button.restore`).click();
    const links = page.locator(`#reader-body .restored[data-for="${related.id}"] li a[href$="/a"]`);
    await links.waitFor();
    assert.equal(await links.textContent(), 'Ten facts about honey', 'the list and its links, not the text alone');
  });

  it('shows removed blocks in place, marked, and hides them again', async () => {
    await page.fill('#paste', ARTICLE);
    await page.click('#clean-btn');
    await cleaned(page);
    const n = (await readerState(page)).removed.length;
    await page.check('#show-removed');
    const shown = page.locator('#reader-body .removed-inplace');
    assert.equal(await shown.count(), n, 'every removal is shown');
    const style = await shown.first().evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(style, 'dashed', 'visibly marked');
    assert.match(await shown.first().getAttribute('data-label'), /^Removed by \S+/);
    await page.uncheck('#show-removed');
    assert.equal(await shown.count(), 0);
  });

  it('shows the author and the day from the story\'s byline line, on the right day west of Greenwich', async () => {
    // The page's metadata names neither: the cleaner reads both from the
    // line it takes out, and gives the day without a time of day, which the
    // page must not show as the evening before in Los Angeles.
    const west = await newPage(env.browser, env.server.origin, { timezoneId: 'America/Los_Angeles', locale: 'en-US' });
    try {
      const withByline = ARTICLE.replace('<h1>Bees of the Old Orchard</h1>',
        '<h1>Bees of the Old Orchard</h1><p class="byline">By Ana Ruiz on March 5, 2024</p>');
      await west.fill('#paste', withByline);
      await west.click('#clean-btn');
      await cleaned(west);
      const meta = await west.$eval('#reader-meta', (e) => ({ text: e.textContent, when: e.querySelector('time')?.dateTime }));
      assert.match(meta.text, /Ana Ruiz/, 'the byline');
      assert.equal(meta.when, '2024-03-05', 'the day, without a made-up time');
      assert.match(meta.text, /March 5, 2024/, 'the day as written, not March 4');
      assert.ok(!(await readerState(west)).bodyText.includes('By Ana Ruiz'), 'the line is out of the body');
      // A permalink that gives only the month ("/2024/03/slug.html"): the
      // month, written as one, not as the last day of February.
      const monthOnly = ARTICLE.replace('<title>', '<link rel="canonical" href="https://orchard.example/2024/03/bees.html"><title>');
      await west.fill('#paste', monthOnly);
      await west.click('#clean-btn');
      await west.waitForFunction(() => document.querySelector('#reader-meta time')?.dateTime === '2024-03');
      assert.match(await west.$eval('#reader-meta', (e) => e.textContent), /March 2024/, 'the month as written');
      assert.deepEqual(west.problems, [], 'no console errors, page errors or dialogs');
    } finally {
      await west.context().close();
    }
  });

  it('sets a picture its page floats beside the text, and across the column on a narrow screen', async () => {
    // A 2×2 PNG, so that nothing is fetched from elsewhere.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGOomLYPiBggFAAxRgcxey/FZQAAAABJRU5ErkJggg==';
    const floated = ARTICLE.replace('<p>The orchard behind',
      `<p><a href="${png}"><img class="alignleft size-medium" src="${png}" alt="A hive" width="160" height="160"></a>The orchard behind`)
      .replace('<p>Next year', `<div class="wp-caption alignright"><img src="${png}" alt="Keepers" width="300" height="200"><p class="wp-caption-text">The keepers at the south wall</p></div><p>Next year`);
    await page.fill('#paste', floated);
    await page.click('#clean-btn');
    await cleaned(page);
    const floats = () => page.evaluate(() => ({
      img: getComputedStyle(document.querySelector('#reader-body img[alt="A hive"]')).float,
      figure: getComputedStyle(document.querySelector('#reader-body figure')).float,
    }));
    const wide = await floats();
    assert.equal(wide.img, 'left', 'the WordPress alignleft picture floats left');
    assert.equal(wide.figure, 'right', 'the captioned figure floats right');
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await floats();
    assert.deepEqual([narrow.img, narrow.figure], ['none', 'none'], 'a narrow screen gives the pictures the column');
  });

  it('remembers theme and text size across a reload', async () => {
    await page.check('input[name="theme"][value="dark"]');
    await page.selectOption('#font-size', '26');
    await page.selectOption('#font-family', 'sans');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.reload();
    await waitReady(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await page.isChecked('input[name="theme"][value="dark"]'), true);
    assert.equal(await page.inputValue('#font-size'), '26');
    assert.equal(await page.inputValue('#font-family'), 'sans');
    await page.click('#example-btn');
    await cleaned(page);
    const look = await page.$eval('#reader', (el) => ({
      size: getComputedStyle(el).fontSize, bg: getComputedStyle(document.body).backgroundColor,
      font: getComputedStyle(el).fontFamily,
    }));
    assert.equal(look.size, '26px');
    assert.equal(look.bg, 'rgb(23, 24, 28)');
    assert.match(look.font, /system-ui|sans/);
  });

  it('follows the system colour scheme until a theme is chosen', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await page.getAttribute('html', 'data-theme'), null);
    assert.equal(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(23, 24, 28)');
    await page.check('input[name="theme"][value="sepia"]');
    assert.equal(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(245, 237, 218)');
  });

  it('prints only the article', async () => {
    await page.click('#example-btn');
    await cleaned(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => Object.fromEntries(
      ['reader', 'toolbar', 'removed-panel', 'comments', 'paste', 'status-area'].map((id) => [id,
        getComputedStyle(document.getElementById(id)).display !== 'none'
        && !document.getElementById(id).closest('[style*="display: none"]')
        && document.getElementById(id).getClientRects().length > 0])));
    assert.deepEqual(shown, { reader: true, toolbar: false, 'removed-panel': false, comments: false, paste: false, 'status-area': false });
  });

  it('declares a strict Content-Security-Policy', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const d of ["script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "style-src 'self'"]) {
      assert.ok(csp.includes(d), d);
    }
    assert.ok(!csp.includes('unsafe-inline'));
    // The served markup's inline scripts and styles (web/tools/build.mjs puts
    // the page's own into index.html) are each allowed by its hash, and the
    // policy allows no other; it has no inline handler or style attribute.
    const source = await (await page.request.get(`${env.server.origin}/`)).text();
    const hashesOf = (element, text) => [...text.matchAll(new RegExp(`<${element}(?![^>]*\\ssrc=)[^>]*>([^]*?)</${element}>`, 'g'))]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`).sort();
    const allowed = (directive) => (csp.match(new RegExp(`${directive} ([^;]*)`))?.[1] || '').split(' ')
      .filter((s) => s.startsWith("'sha256-")).sort();
    const scripts = hashesOf('script', source);
    const styles = hashesOf('style', outsideScripts(source));
    assert.equal(scripts.length, 2, 'wasm_exec.js and the page\'s bundle, inline');
    assert.equal(styles.length, 3, 'the three stylesheets, inline');
    assert.deepEqual(allowed('script-src'), scripts);
    assert.deepEqual(allowed('style-src'), styles);
    assert.doesNotMatch(source, /<script[^>]*\ssrc=|<link[^>]*stylesheet/, 'no script or stylesheet of the page is a request of its own');
    const markup = source.replace(/<(script|style)\b[^>]*>[^]*?<\/\1>/g, '<$1></$1>');
    const inline = {
      handlers: (markup.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) || []).length,
      styleAttributes: (markup.match(/<[a-z][^>]*\sstyle\s*=/gi) || []).length,
    };
    assert.deepEqual(inline, { handlers: 0, styleAttributes: 0 });
  });

  it('refuses to be framed, by any page', async () => {
    // The page's policy is a meta element, which cannot say who may frame
    // it; the server sends frame-ancestors 'none' with it.
    const context = await env.browser.newContext();
    try {
      const framer = await context.newPage();
      const refused = new Promise((resolve) => {
        framer.on('console', (m) => { if (/frame-ancestors/.test(m.text())) resolve(m.text()); });
        setTimeout(() => resolve('no refusal within 10 s'), 10_000);
      });
      await framer.setContent(`<iframe src="${env.server.origin}/"></iframe>`);
      assert.match(await refused, /frame-ancestors 'none'/);
      const frame = framer.frames().find((f) => f !== framer.mainFrame());
      assert.ok(!frame.url().startsWith(env.server.origin), `the frame holds ${frame.url()}`);
    } finally {
      await context.close();
    }
  });
});
