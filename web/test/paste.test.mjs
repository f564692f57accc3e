// Rich and plain-text pastes: the reading view holds the article once and
// whole, and the comment area is set aside and accounted for.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  FIXTURES, ROOT, SHARED, cleaned, count, newPage, norm, pastePlain, pasteRich, readerState, useBrowser,
} from './lib.mjs';

// The WordPress page another part of the project keeps for the cleaner's
// tests, else this suite's own.
const shared = join(ROOT, 'cleaner/testdata/wordpress-en.html');
const WORDPRESS = existsSync(shared) ? shared : join(FIXTURES, 'wordpress.html');

const env = useBrowser();

// expectedFromPage reads what the article is from the fixture itself: its
// title, paragraphs, comments and reply form, by WordPress's own markup.
// It parses in a blank page of its own: the page under test has a CSP that
// would (rightly) complain about the fixture's inline styles.
async function expectedFromPage(page, html) {
  const blank = await page.context().newPage();
  const want = await blank.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const clean = (s) => s.replace(/\s+/g, ' ').trim();
    const furniture = '.sharedaddy, .jp-relatedposts, .sd-block, [class*="share"]';
    return {
      title: clean((doc.querySelector('.entry-title') || doc.querySelector('h1')).textContent),
      paragraphs: [...doc.querySelectorAll('.entry-content p')]
        .filter((p) => !p.closest(furniture)).map((p) => clean(p.textContent)).filter(Boolean),
      comments: [...doc.querySelectorAll('.comment-content')].map((c) => clean(c.textContent)),
      commentCount: doc.querySelectorAll('li.comment').length,
      replyTitle: clean(doc.querySelector('#reply-title')?.firstChild?.textContent || 'Leave a Reply'),
    };
  }, html);
  await blank.close();
  return want;
}

describe('rich paste of a WordPress page', () => {
  let page;
  let want;
  let got;
  before(async () => {
    page = await newPage(env.browser, env.server.origin);
    const html = readFileSync(WORDPRESS, 'utf8');
    want = await expectedFromPage(page, html);
    assert.ok(want.paragraphs.length >= 3, 'the fixture has article paragraphs');
    assert.ok(want.comments.length >= 1, 'the fixture has comments');
    await pasteRich(page, html, 'plain text of the same copy');
    await cleaned(page);
    got = await readerState(page);
  });
  after(async () => {
    assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
    await page.context().close();
  });

  it('shows the title once', () => {
    assert.equal(norm(got.title), want.title);
    assert.equal(count(norm(got.text), want.title), 1, 'the title appears once in the reading view');
  });

  it('keeps every paragraph', () => {
    const body = norm(got.bodyText);
    for (const p of want.paragraphs) assert.ok(body.includes(p), `paragraph kept: ${p.slice(0, 60)}…`);
  });

  it('leaves the comment area out of the reading view', () => {
    const text = norm(got.text);
    for (const c of want.comments) assert.ok(!text.includes(c), `comment left out: ${c.slice(0, 60)}`);
    assert.ok(!text.includes(want.replyTitle), `no "${want.replyTitle}"`);
    assert.ok(!/thoughts? on/i.test(text), 'no comment count header');
    assert.ok(!/email address will not be published/i.test(text), 'no comment form notice');
  });

  it('lists the comment section and the reply form, with their rules, in the removed panel', async () => {
    assert.ok(got.removed.length > 0, 'something is listed as removed');
    for (const r of got.removed) assert.match(r.rule, /\S/, `removal ${r.id} names its rule`);
    // Shown in place, each removed block carries its full HTML: find the
    // comment thread and the reply form among them.
    await page.check('#show-removed');
    const shown = await page.$$eval('#reader-body .removed-inplace', (els) => els.map((e) => ({
      id: e.dataset.for, text: e.textContent.replace(/\s+/g, ' '),
    })));
    const ruleOf = (id) => got.removed.find((r) => r.id === id)?.rule;
    const thread = shown.find((s) => s.text.includes(want.comments[0]));
    assert.ok(thread && ruleOf(thread.id), 'the comment thread is listed with a rule');
    const form = shown.find((s) => s.text.includes(want.replyTitle));
    assert.ok(form && ruleOf(form.id), 'the reply form is listed with a rule');
    await page.uncheck('#show-removed');
    assert.equal(await page.locator('#reader-body .removed-inplace').count(), 0);
  });

  it('keeps the comments aside, collapsed, outside the reader', async () => {
    const state = await page.evaluate(() => {
      const d = document.getElementById('comments');
      return { open: d.open, hidden: d.hidden, inReader: !!d.closest('#reader'),
        summary: document.getElementById('comments-summary').textContent,
        items: [...d.querySelectorAll('#comments-list .said')].map((p) => p.textContent) };
    });
    assert.equal(state.inReader, false);
    assert.equal(state.open, false, 'closed by default');
    assert.equal(state.hidden, false);
    assert.equal(state.summary, `Comments (${want.commentCount})`);
    for (const c of want.comments) assert.ok(state.items.some((t) => norm(t).includes(c)), `comment kept aside: ${c.slice(0, 40)}`);
  });

  it('reports the size and time of the clean', async () => {
    assert.match(await page.textContent('#status'), /^Cleaned \d+ KB in \d+ ms\.$/);
  });
});

// Plain text: title block first, then the body blocks.
function blocks(path) {
  return readFileSync(path, 'utf8').split(/\n\s*\n/).map(norm).filter(Boolean);
}

for (const [name, input, expected] of [
  ['the seed example', join(SHARED, 'seed/article-paste.txt'), join(SHARED, 'seed/article-clean.txt')],
  ['the plain-text fixture', join(FIXTURES, 'plain-article.txt'), join(FIXTURES, 'plain-article.expected.txt')],
]) {
  describe(`plain-text paste of ${name}`, { skip: !existsSync(input) && `${input} is absent` }, () => {
    let page;
    after(async () => {
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
    it('shows the title once, every block, and no comment area', async () => {
      page = await newPage(env.browser, env.server.origin);
      await pastePlain(page, readFileSync(input, 'utf8'));
      await cleaned(page);
      const got = await readerState(page);
      const [title, ...body] = blocks(expected);
      assert.equal(norm(got.title), title);
      assert.equal(count(norm(got.text), title), 1, 'title once');
      const text = norm(got.bodyText);
      for (const b of body) assert.ok(text.includes(b), `block kept: ${b.slice(0, 60)}…`);
      assert.ok(!/Leave a Reply/.test(text), 'no "Leave a Reply"');
      assert.ok(!/thoughts? on/i.test(text), 'no comment header');
      assert.ok(!/email address will not be published/i.test(text), 'no form notice');
    });
  });
}
