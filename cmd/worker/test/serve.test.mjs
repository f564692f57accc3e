// The same load run as the Worker's, against `winnow serve` (make
// serve-load-test).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, loadRun, startServe, startSite } from './harness.mjs';

let server;
let site;
before(async () => {
  [server, site] = await Promise.all([startServe(['-allow-private']), startSite()]);
});
after(async () => {
  await server?.stop();
  site?.close();
});

test('GET ?url= and POST answer before the load', async () => {
  const res = await fetch(`${server.base}/api/clean?format=text&url=${site.base}/moved`);
  assert.equal(res.status, 200);
  assert.ok((await res.text()).includes('the lamp at Skerry Point'));
  const posted = await fetch(server.base + '/api/clean', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: fixture('article.txt') });
  assert.equal(posted.status, 200);
});

test('2,000 requests, 8 at a time: no errors, no memory growth', async (t) => {
  await loadRun(t, server);
});
