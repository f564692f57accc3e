// Offline: after one visit the service worker has the page and the cleaner,
// and a reload with no network still cleans.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  DIST, FIXTURES, cleaned, newPage, norm, pastePlain, readerState, useBrowser, waitReady,
} from './lib.mjs';

const env = useBrowser();

describe('offline', () => {
  it('reloads and cleans with the network off', async () => {
    const page = await newPage(env.browser, env.server.origin);
    const version = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
      const keys = await caches.keys();
      return keys.find((k) => k.startsWith('winnow-'));
    });
    const built = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/^const VERSION = "([^"]+)";$/m)?.[1];
    assert.equal(version, `winnow-${built}`, 'the cache is named after the build');

    await page.context().setOffline(true);
    await page.reload();
    await waitReady(page);
    await pastePlain(page, readFileSync(join(FIXTURES, 'plain-article.txt'), 'utf8'));
    await cleaned(page);
    const got = await readerState(page);
    assert.equal(norm(got.title), 'Harbour Town Votes to Keep Its Tide Clock');
    assert.ok(got.bodyText.includes('The clock, installed in 1911'));
    await page.click('#example-btn');
    await cleaned(page);
    assert.equal(norm((await readerState(page)).title), 'The Library That Lends Bicycles');
    assert.deepEqual(page.problems, [], 'no console errors, page errors or dialogs');
    await page.context().close();
  });
});
