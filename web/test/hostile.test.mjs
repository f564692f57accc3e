// Hostile pastes: whatever the input carries, nothing runs in the page, no
// dialog opens, the CSP reports no violation and the console stays clean.
// (Issue 7 adds a corpus of 100+ vectors; it can reuse checkNothingRan.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleaned, launchBrowser, newPage, pasteRich, startServer } from './lib.mjs';

// Each vector would set window.__pwned (or open a dialog) if it ran.
export const VECTORS = [
  ['img onerror', '<img src=x onerror="window.__pwned=\'img\'">'],
  ['script in svg', '<svg><script>window.__pwned="svg"</script><circle r="4"/></svg>'],
  ['svg onload', '<svg onload="window.__pwned=\'svgload\'"><rect width="5" height="5"/></svg>'],
  ['javascript: link', '<a href="javascript:window.__pwned=\'link\'">a link to click</a>'],
  ['mixed-case entity javascript: link', '<a href="JaVa&#x53;cript:window.__pwned=\'entity\'">another link</a>'],
  ['srcdoc iframe', '<iframe srcdoc="<script>parent.__pwned=\'srcdoc\'</script>"></iframe>'],
  ['javascript: iframe', '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>'],
  ['inline handler', '<p onmouseover="window.__pwned=\'hover\'" onclick="window.__pwned=\'click\'">hover and click me</p>'],
  ['details ontoggle', '<details open ontoggle="window.__pwned=\'toggle\'"><summary>more</summary>x</details>'],
  ['autofocus onfocus', '<input autofocus onfocus="window.__pwned=\'focus\'">'],
  ['CSS url', '<p style="background:url(javascript:window.__pwned=\'css\')">styled</p><style>p{background:url(https://evil.example/track.png)}</style>'],
  ['CSS expression', '<div style="width:expression(window.__pwned=\'expr\')">old IE</div>'],
  ['object and embed', '<object data="javascript:window.__pwned=\'object\'"></object><embed src="javascript:window.__pwned=\'embed\'">'],
  ['form action', '<form action="javascript:window.__pwned=\'form\'"><button>send</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'meta\'">'],
  ['base href', '<base href="javascript:window.__pwned=\'base\'//">'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'noscript\'>"></noscript>'],
  ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'math\'">'],
  ['video poster and source', '<video poster="javascript:window.__pwned=\'poster\'"><source onerror="window.__pwned=\'source\'" src="x"></video>'],
  ['data: URL link', '<a href="data:text/html,<script>alert(1)</script>">data link</a>'],
  ['alert in script', '<script>alert("pwned")</script>'],
];

function articleAround(vector) {
  return '<article><h1>An ordinary headline</h1>'
    + '<p>The first paragraph is long enough to be an article on its own, so that the cleaner keeps it and the vector beside it.</p>'
    + `<div>${vector}</div>`
    + '<p>The second paragraph follows the vector, and is just as ordinary as the first one was before it.</p>'
    + `<aside class="comments" id="comments"><h3>Leave a Reply</h3>${vector}</aside></article>`;
}

// checkNothingRan hovers and clicks everything in the reading view (with the
// removed blocks shown in place), then checks no script ran.
export async function checkNothingRan(page, label) {
  await page.check('#show-removed');
  const bad = await page.evaluate(() => {
    const body = document.getElementById('reader-body');
    const found = [];
    for (const el of body.querySelectorAll('*')) {
      if (/^(script|iframe|object|embed|form|style|meta|base|frame|frameset)$/i.test(el.localName)) found.push(el.localName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc') found.push(`${el.localName}[${a.name}]`);
        if (/^(href|src|action|formaction|poster|xlink:href|data)$/i.test(a.name)
          && /^\s*(javascript|vbscript|data:text)/i.test(a.value)) found.push(`${el.localName}[${a.name}=${a.value}]`);
      }
    }
    return found;
  });
  assert.deepEqual(bad, [], `${label}: nothing executable reached the page`);
  // Links and buttons are clicked with navigation held back, so that a
  // relative link cannot take the page away mid-test.
  await page.evaluate(() => document.addEventListener('click', (e) => {
    if (e.target.closest('#reader-body a')) e.preventDefault();
  }, { capture: true }));
  for (const el of await page.$$('#reader-body *')) {
    if (!(await el.isVisible())) continue;
    await el.hover({ timeout: 500, force: true }).catch(() => {});
    await el.click({ timeout: 500, force: true, noWaitAfter: true }).catch(() => {});
  }
  await page.waitForTimeout(50);
  const state = await page.evaluate(() => ({ pwned: window.__pwned ?? null, violations: window.__violations }));
  assert.deepEqual(state, { pwned: null, violations: [] }, `${label}: no script ran, no CSP violation`);
  assert.deepEqual(page.problems, [], `${label}: no console errors or dialogs`);
  await page.uncheck('#show-removed');
}

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.origin);
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
after(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

describe('hostile paste', () => {
  it('runs nothing when every vector comes in one paste', async () => {
    await pasteRich(page, articleAround(VECTORS.map(([, v]) => v).join('\n')));
    await cleaned(page);
    await checkNothingRan(page, 'all vectors');
  });

  for (const [name, vector] of VECTORS) {
    it(`runs nothing: ${name}`, async () => {
      await pasteRich(page, articleAround(vector));
      await cleaned(page);
      await checkNothingRan(page, name);
    });
  }

  it('exports nothing executable', async () => {
    await pasteRich(page, articleAround(VECTORS.map(([, v]) => v).join('\n')));
    await cleaned(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="download-html"]')]);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(await download.path(), 'utf8');
    assert.ok(!/<script|\son\w+\s*=|javascript:|<iframe|<object|<embed/i.test(html), 'the standalone export is inert');
  });
});
