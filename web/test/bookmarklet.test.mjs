// The bookmarklet (issue 5): its code is taken from the link on winnow's own
// page and run in an article page served with a strict CSP; the article must
// arrive in a new winnow tab, cleaned, with its links and images resolved
// against the article's address. The receiving tab must ignore everything
// but one well-formed message from the window that opened it.
//
// The code runs through page.evaluate, which (like a bookmark in Chromium)
// is not subject to the page's CSP; that the code needs nothing the CSP
// would forbid is checked separately: the article page must report no CSP
// violation and make no request while it runs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  FIXTURES, ROOT, cleaned, count, launchBrowser, newPage, norm, readerState, startServer, waitReady,
} from './lib.mjs';

const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'";
const ARTICLE = readFileSync(join(FIXTURES, 'bookmarklet-article.html'), 'utf8');
const ARTICLE_PATH = '/news/2024/harbour.html';
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// bigArticle is a page of just over 5 MB: numbered paragraphs, the last one
// carrying a marker, so that a page cut short anywhere shows.
const BIG_PARAGRAPHS = 7000;
function bigArticle() {
  const filler = 'The tide came in over the flats and went out again, as it had every day that week, '
    + 'and the survey crew measured each pontoon at high water and again at the ebb. ';
  const paras = [];
  for (let i = 1; i <= BIG_PARAGRAPHS; i++) {
    const tail = i === BIG_PARAGRAPHS ? ' END-OF-PAGE-MARKER.' : '';
    paras.push(`<p>Paragraph ${i} of the survey. ${filler.repeat(5)}${tail}</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>The long survey</title></head><body>`
    + `<article><h1>The long survey</h1>${paras.join('\n')}</article></body></html>`;
}

// startArticleServer serves the article pages: the fixture with the strict
// CSP, the same with a Cross-Origin-Opener-Policy, a 5 MB page, and a plain
// page with no CSP for the tests that need frames and scripts of their own.
async function startArticleServer() {
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  const pages = new Map([
    [ARTICLE_PATH, { headers: { ...html, 'Content-Security-Policy': STRICT_CSP }, body: ARTICLE }],
    ['/coop/harbour.html', {
      headers: { ...html, 'Content-Security-Policy': STRICT_CSP, 'Cross-Origin-Opener-Policy': 'same-origin' },
      body: ARTICLE,
    }],
    ['/big.html', { headers: { ...html, 'Content-Security-Policy': STRICT_CSP }, body: bigArticle() }],
    ['/plain.html', { headers: html, body: '<!doctype html><title>plain</title><p>A page with no CSP.</p>' }],
    ['/news/2024/img/pontoons.gif', { headers: { 'Content-Type': 'image/gif' }, body: GIF }],
    ['/site.css', { headers: { 'Content-Type': 'text/css' }, body: 'body { font-family: serif; }' }],
  ]);
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    const hit = pages.get(path);
    if (!hit) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, hit.headers).end(hit.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    url: (path) => origin + path,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

// watch records a page's console errors, uncaught errors and dialogs, and,
// from its next load on, its CSP violations and requests.
async function watch(page) {
  page.problems = [];
  page.dialogs = [];
  page.requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.on('request', (req) => page.requests.push(req.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

let server;
let articles;
let browser;
let winnow; // winnow's page, where the bookmarklet link is offered
let href;
let code;

before(async () => {
  server = await startServer();
  articles = await startArticleServer();
  browser = await launchBrowser();
  winnow = await newPage(browser, server.origin);
  href = await winnow.$eval('#bookmarklet', (a) => a.getAttribute('href'));
  code = decodeURIComponent(href.slice('javascript:'.length));
});
after(async () => {
  await winnow?.context().close();
  await browser?.close();
  await articles?.close();
  await server?.close();
});

// openArticle loads an article page in winnow's browser context.
async function openArticle(path) {
  const page = await watch(await winnow.context().newPage());
  await page.goto(articles.url(path));
  return page;
}

// runBookmarklet runs the link's code in page and returns the winnow tab it
// opens, ready and watched.
async function runBookmarklet(page) {
  const [tab] = await Promise.all([winnow.context().waitForEvent('page'), page.evaluate(code)]);
  await watch(tab);
  await waitReady(tab);
  return tab;
}

// expected reads the fixture's own parts with the browser's parser.
async function expected(page) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const clean = (s) => s.replace(/\s+/g, ' ').trim();
    return {
      title: clean(doc.querySelector('h1').textContent),
      paragraphs: [...doc.querySelectorAll('.entry-content > p')].map((p) => clean(p.textContent)),
      comments: [...doc.querySelectorAll('.comment-content')].map((c) => clean(c.textContent)),
    };
  }, ARTICLE);
}

describe('the bookmarklet link', () => {
  it('is offered on the page, for this origin, well under 2,000 characters', async () => {
    assert.ok(await winnow.isVisible('#bookmarklet'), 'the link is shown');
    assert.match(href, /^javascript:/);
    assert.ok(href.length < 2000, `the address is ${href.length} characters`);
    assert.ok(code.includes(JSON.stringify(server.origin)), 'it opens winnow at the origin it was served from');
    assert.equal(await winnow.textContent('#bookmarklet'), 'winnow', 'the bookmark gets a short name');
  });

  it('is the same address build.mjs prints for that origin', () => {
    const printed = execFileSync(process.execPath, [join(ROOT, 'web/bookmarklet/build.mjs'), server.origin], { encoding: 'utf8' });
    assert.equal(printed.trim(), href);
  });

  it('explains itself when clicked on winnow\'s own page, without running', async () => {
    const before = winnow.problems.length;
    await winnow.click('#bookmarklet');
    assert.match(await winnow.textContent('#bookmarklet-note'), /bookmarks bar/);
    assert.equal(winnow.problems.length, before, 'no CSP error from a javascript: address');
  });
});

// The minifier, from its module as written (the page runs it bundled into
// page.js, where it is not reachable from outside).
describe('minify', () => {
  const minify = async (src) => (await import('../bookmarklet/href.js')).minify(src);
  const cases = [
    ['comments and spaces go', 'var a = 1; // one\n/* two */ var b = a;', 'var a=1;var b=a;'],
    ['strings are kept whole', "var s = 'x // y /* z */';  var t = \"a  b\";", "var s='x // y /* z */';var t=\"a  b\";"],
    ['escaped quotes stay inside the string', "f('it\\'s  // here');", "f('it\\'s  // here');"],
    ['signs that would fuse keep a space', 'a = b + +c - -d;', 'a=b+ +c- -d;'],
    ['words keep one space', 'return  typeof\n x;', 'return typeof x;'],
  ];
  for (const [name, src, want] of cases) {
    it(name, async () => assert.equal(await minify(src), want));
  }
  it('refuses what it does not know', async () => {
    await assert.rejects(minify('var s = `x`;'), /template/);
    await assert.rejects(minify("var s = 'open;"), /unclosed/);
  });
});

describe('the bookmarklet on a page with a strict CSP', () => {
  let article;
  let tab;
  let got;
  let want;
  before(async () => {
    article = await openArticle(ARTICLE_PATH);
    want = await expected(article);
    article.requests.length = 0;
    tab = await runBookmarklet(article);
    await cleaned(tab);
    got = await readerState(tab);
  });
  after(async () => {
    await tab?.close();
    await article?.close();
  });

  it('shows the title once', () => {
    assert.equal(norm(got.title), want.title);
    assert.equal(count(norm(got.text), want.title), 1, 'the title appears once in the reading view');
  });

  it('shows every paragraph', () => {
    const body = norm(got.bodyText);
    for (const p of want.paragraphs) assert.ok(body.includes(p), `missing: ${p.slice(0, 60)}…`);
  });

  it('leaves out the comments and the reply form', async () => {
    const body = norm(got.bodyText);
    for (const c of want.comments) assert.ok(!body.includes(c), `a comment is in the article: ${c}`);
    assert.ok(!/Leave a Reply|Post Comment|Required fields/.test(body), 'the reply form is gone');
    assert.equal(await tab.locator('#reader-body :is(form, textarea, input, button)').count(), 0);
  });

  it('resolves images and links against the article\'s address', async () => {
    const base = articles.url(ARTICLE_PATH);
    assert.equal(await tab.inputValue('#base-url'), base);
    const img = tab.locator('#reader-body img');
    assert.equal(await img.count(), 1);
    assert.equal(await img.getAttribute('src'), new URL('img/pontoons.gif', base).href);
    await tab.waitForFunction(() => document.querySelector('#reader-body img').complete);
    assert.ok(await img.evaluate((el) => el.naturalWidth > 0), 'the image loaded from the article\'s site');
    const link = await tab.locator('#reader-body a', { hasText: 'flood of 1953' }).getAttribute('href');
    assert.equal(link, new URL('../archive/1953-flood.html', base).href);
  });

  it('needs nothing the article page\'s CSP forbids, and makes no request from it', async () => {
    assert.deepEqual(await article.evaluate(() => window.__violations), []);
    assert.deepEqual(article.requests, [], 'the article page made no request');
    assert.deepEqual(article.dialogs, []);
  });

  it('leaves the winnow tab without errors, and reloadable', async () => {
    assert.deepEqual(tab.problems, []);
    assert.equal(new URL(tab.url()).hash, '', 'the #from=bookmarklet mark is dropped once used');
  });
});

describe('the bookmarklet with a selection', () => {
  it('cleans only the two selected paragraphs', async () => {
    const article = await openArticle(ARTICLE_PATH);
    const want = await expected(article);
    await article.evaluate(() => {
      const ps = document.querySelectorAll('.entry-content > p');
      const range = document.createRange();
      range.setStartBefore(ps[1]);
      range.setEndAfter(ps[2]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    const tab = await runBookmarklet(article);
    await cleaned(tab);
    const got = await readerState(tab);
    const body = norm(got.bodyText);
    want.paragraphs.forEach((p, i) => {
      if (i === 1 || i === 2) assert.ok(body.includes(p), `selected paragraph ${i + 1} is missing`);
      else assert.ok(!body.includes(p), `paragraph ${i + 1} was not selected but is shown`);
    });
    assert.match(got.title, /The harbour that learned to float/, 'the page\'s title is kept');
    assert.deepEqual(tab.problems, []);
    await tab.close();
    await article.close();
  });
});

describe('a 5 MB page', () => {
  it('arrives whole', { timeout: 120_000 }, async () => {
    const article = await openArticle('/big.html');
    const size = await article.evaluate(() => document.documentElement.outerHTML.length);
    assert.ok(size > 5 * 1024 * 1024, `the page is ${size} characters`);
    const tab = await runBookmarklet(article);
    await tab.waitForFunction(() => /^Cleaned /.test(document.getElementById('status').textContent)
      || !document.getElementById('error').hidden, null, { timeout: 100_000 });
    await cleaned(tab);
    const state = await tab.evaluate(() => ({
      paragraphs: document.querySelectorAll('#reader-body p').length,
      last: document.querySelector('#reader-body p:last-of-type')?.textContent || '',
      status: document.getElementById('status').textContent,
    }));
    assert.match(state.status, /Cleaned 5\.\d MB/);
    assert.equal(state.paragraphs, BIG_PARAGRAPHS, 'every paragraph arrived');
    assert.match(state.last, /^Paragraph 7000 .*END-OF-PAGE-MARKER\.$/);
    await tab.close();
    await article.close();
  });
});

describe('the winnow tab', () => {
  // A page as the bookmarklet would send it, marked so it can be told apart.
  const payload = (marker) => ({
    type: 'winnow:page',
    version: 1,
    html: ARTICLE.replace('For two hundred years', `${marker} For two hundred years`),
    url: 'https://coastline.example/news/2024/harbour.html',
    title: 'The harbour that learned to float',
  });
  let opener;
  let tab;
  before(async () => {
    opener = await openArticle('/plain.html');
    [tab] = await Promise.all([
      winnow.context().waitForEvent('page'),
      opener.evaluate((origin) => {
        window.__ready = new Promise((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.source === window.__tab && e.data?.type === 'winnow:ready') resolve({ origin: e.origin, data: e.data });
          });
        });
        window.__tab = window.open(`${origin}/#from=bookmarklet`);
      }, server.origin),
    ]);
    await watch(tab);
    await waitReady(tab);
  });
  after(async () => {
    await tab?.close();
    await opener?.close();
  });

  it('tells the window that opened it that it is ready', async () => {
    assert.deepEqual(await opener.evaluate(() => window.__ready),
      { origin: server.origin, data: { type: 'winnow:ready', version: 1 } });
  });

  it('ignores messages from other windows and of other shapes, then takes one from its opener', async () => {
    // From a frame inside the opener.
    await opener.evaluate(() => document.body.append(document.createElement('iframe')));
    const frame = opener.frames().find((f) => f !== opener.mainFrame());
    await frame.evaluate((p) => parent.__tab.postMessage(p, '*'), payload('FROM-A-FRAME'));
    // From a second window of the same site.
    const [second] = await Promise.all([
      winnow.context().waitForEvent('page'),
      opener.evaluate(() => { window.open('/plain.html?second'); }),
    ]);
    await second.waitForLoadState();
    await second.evaluate((p) => opener.__tab.postMessage(p, '*'), payload('FROM-A-SECOND-WINDOW'));
    // From the opener, in every other shape.
    const good = payload('SHAPE');
    const shapes = [
      null, 'winnow:page', [good], 42,
      { ...good, type: 'winnow:ready' },
      { ...good, version: 2 },
      { ...good, version: '1' },
      { ...good, html: 42 },
      { ...good, html: { text: 'x' } },
      { ...good, url: null },
      { ...good, selection: 7 },
      { ...good, extra: 'a key the bookmarklet never sends' },
      (({ title, ...rest }) => rest)(good),
      (({ html, ...rest }) => rest)(good),
      new Map(Object.entries(good)),
    ];
    await opener.evaluate((list) => { for (const m of list) window.__tab.postMessage(m, '*'); }, shapes);
    await tab.waitForTimeout(1000);
    const idle = await tab.evaluate(() => ({
      reader: document.getElementById('reader').hidden,
      status: document.getElementById('status').textContent,
      error: document.getElementById('error').hidden,
    }));
    assert.deepEqual({ ...idle, status: /^Cleaned/.test(idle.status) }, { reader: true, status: false, error: true },
      'nothing was taken');
    // The tab was listening all along: its opener's well-formed page is taken.
    await opener.evaluate((p) => window.__tab.postMessage(p, '*'), payload('FROM-THE-OPENER'));
    await cleaned(tab);
    const first = norm((await readerState(tab)).bodyText);
    assert.ok(first.includes('FROM-THE-OPENER'));
    for (const stray of ['FROM-A-FRAME', 'FROM-A-SECOND-WINDOW', 'SHAPE']) assert.ok(!first.includes(stray), stray);
    // And only once.
    await opener.evaluate((p) => window.__tab.postMessage(p, '*'), payload('A-SECOND-PAGE'));
    await tab.waitForTimeout(500);
    assert.ok(!norm((await readerState(tab)).bodyText).includes('A-SECOND-PAGE'), 'a second page is ignored');
    assert.deepEqual(tab.problems, []);
    await second.close();
  });

  it('refuses a page over 20 MB with a message naming the limit', async () => {
    const [big] = await Promise.all([
      winnow.context().waitForEvent('page'),
      opener.evaluate((origin) => { window.__big = window.open(`${origin}/#from=bookmarklet`); }, server.origin),
    ]);
    await waitReady(big);
    await opener.evaluate((p) => {
      p.html = `<p>${'x'.repeat(21 * 1024 * 1024)}</p>`;
      window.__big.postMessage(p, '*');
    }, payload('BIG'));
    await big.waitForSelector('#error:not([hidden])');
    assert.match(await big.textContent('#error'), /20 MB limit/);
    assert.equal(await big.isHidden('#reader'), true);
    await big.close();
  });
});

describe('when the new tab cannot be used', () => {
  it('says so on the article page when the browser blocks the tab', async () => {
    const article = await openArticle(ARTICLE_PATH);
    await article.evaluate(() => { window.open = () => null; });
    const pages = winnow.context().pages().length;
    await article.evaluate(code);
    assert.equal(article.dialogs.length, 1);
    assert.match(article.dialogs[0], /^winnow: the browser blocked the new tab/);
    assert.equal(winnow.context().pages().length, pages, 'no tab was opened');
    await article.close();
  });

  it('says so in both tabs when the site cuts the link (Cross-Origin-Opener-Policy)', async () => {
    const article = await openArticle('/coop/harbour.html');
    const [tab] = await Promise.all([winnow.context().waitForEvent('page'), article.evaluate(code)]);
    await waitReady(tab);
    await tab.waitForSelector('#error:not([hidden])');
    assert.match(await tab.textContent('#error'), /out of reach/);
    for (let i = 0; i < 40 && article.dialogs.length === 0; i++) await article.waitForTimeout(100);
    assert.equal(article.dialogs.length, 1);
    assert.match(article.dialogs[0], /link to the new tab was cut/);
    await tab.close();
    await article.close();
  });
});
