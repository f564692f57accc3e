// The Worker in the real runtime: the built Go Worker under workerd, through
// `wrangler dev` on 127.0.0.1 (make worker-test).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixture, loadRun, startSite, startWorker } from './harness.mjs';

const title = 'Lighthouse Keepers Return';
const bodyText = 'the lamp at Skerry Point';
const jsonType = 'application/json; charset=utf-8';

let worker;
let site;
before(async () => {
  [worker, site] = await Promise.all([startWorker(), startSite()]);
});
after(async () => {
  await worker?.stop();
  site?.close();
});

const article = fixture('article.html');
const paste = fixture('article.txt');

function isArticle(a, { url } = {}) {
  assert.match(a.title, new RegExp(title));
  assert.ok(a.text.includes(bodyText), `text lacks "${bodyText}": ${a.text.slice(0, 200)}`);
  assert.ok(!a.text.includes('Leave a Reply'), 'the comment form was kept');
  assert.ok(a.html.length > 0 && a.wordCount > 0);
  assert.ok(Array.isArray(a.removed));
  if (url) assert.ok(a.url.startsWith(url), `url ${a.url}, want ${url}…`);
}

// Each case: a request, and what the response must be.
const cases = () => [
  { name: 'POST html', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: article },
    status: 200, type: jsonType, json: (a) => isArticle(a) },
  { name: 'POST html with base url', path: '/api/clean?url=https://base.example/x', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 200, type: jsonType, json: (a) => isArticle(a, { url: 'https://base.example/' }) },
  { name: 'POST plain text', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: paste },
    status: 200, type: jsonType, json: (a) => isArticle(a) },
  { name: 'POST json', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ html: article, url: 'https://gazette.example/a' }) },
    status: 200, type: jsonType, json: (a) => isArticle(a, { url: 'https://gazette.example/' }) },
  { name: 'format html', path: '/api/clean?format=html', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 200, type: 'text/html; charset=utf-8', text: (s) => assert.ok(s.includes('<p>') && s.includes(bodyText) && !s.includes('<script')) },
  { name: 'format text', path: '/api/clean?format=text', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 200, type: 'text/plain; charset=utf-8', text: (s) => assert.ok(s.includes(bodyText) && !s.includes('<p>')) },
  { name: 'format markdown', path: '/api/clean?format=markdown', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 200, type: 'text/markdown; charset=utf-8', text: (s) => assert.ok(s.includes('Skerry Point') && !s.includes('<p>')) },
  { name: 'GET ?url= through the runtime fetch', path: `/api/clean?url=${site.base}/article`, init: {},
    status: 200, type: jsonType, json: (a) => isArticle(a, { url: site.base }) },
  { name: 'GET ?url= after a redirect', path: `/api/clean?url=${site.base}/moved&format=text`, init: {},
    status: 200, type: 'text/plain; charset=utf-8', text: (s) => assert.ok(s.includes(bodyText)) },
  { name: 'GET ?url=, the site fails: 502', path: `/api/clean?url=${site.base}/broken`, init: {}, status: 502, type: jsonType, error: /500/ },
  { name: 'GET ?url=, the site times out: 504', path: `/api/clean?url=${site.base}/slow`, init: {}, status: 504, type: jsonType, error: /time/ },
  { name: 'GET ?url=, not http: 400', path: '/api/clean?url=file:///etc/passwd', init: {}, status: 400, type: jsonType, error: /http/ },
  { name: 'GET without url: 400', path: '/api/clean', init: {}, status: 400, type: jsonType, error: /no url/ },
  { name: 'malformed JSON: 400', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"html": ' },
    status: 400, type: jsonType, error: /malformed JSON/ },
  { name: 'JSON without html: 400', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"url": "https://a.example/"}' },
    status: 400, type: jsonType, error: /no html/ },
  { name: 'unknown format: 400', path: '/api/clean?format=pdf', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 400, type: jsonType, error: /unknown format/ },
  { name: 'PUT: 405 with Allow', path: '/api/clean', init: { method: 'PUT', headers: { 'Content-Type': 'text/html' }, body: article },
    status: 405, type: jsonType, error: /not allowed/, headers: { allow: 'GET, POST, OPTIONS' } },
  { name: 'over 5 MB: 413', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: '<p>' + 'x'.repeat(5 << 20) + '</p>' },
    status: 413, type: jsonType, error: /too large/ },
  { name: 'form body: 415', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'html=x' },
    status: 415, type: jsonType, error: /Content-Type/ },
  { name: 'binary body: 415', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: Buffer.from('89504e470d0a1a0a0000000d4948445200000100', 'hex') },
    status: 415, type: jsonType, error: /binary/ },
  { name: 'nothing readable: 422', path: '/api/clean', init: { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: '<html><body><script>var a = 1</script></body></html>' },
    status: 422, type: jsonType, error: /no readable/ },
  { name: 'CORS preflight', path: '/api/clean', init: { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } },
    status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'Content-Type' } },
  { name: 'healthz', path: '/healthz', init: {}, status: 200, type: jsonType, json: (v) => assert.equal(v.status, 'ok') },
  { name: 'unknown API path: 404', path: '/api/nope', init: {}, status: 404, type: jsonType, error: /no such endpoint/ },
];

describe('the Worker in workerd', () => {
  test('every route, format and error status', async (t) => {
    for (const c of cases()) {
      await t.test(c.name, async () => {
        const res = await fetch(worker.base + c.path, c.init);
        const body = await res.text();
        assert.equal(res.status, c.status, body.slice(0, 300));
        if (c.type) assert.equal(res.headers.get('content-type'), c.type);
        if (c.path.startsWith('/api/clean')) assert.equal(res.headers.get('access-control-allow-origin'), '*');
        for (const [name, want] of Object.entries(c.headers ?? {})) assert.equal(res.headers.get(name), want, name);
        if (c.json) c.json(JSON.parse(body));
        if (c.text) c.text(body);
        if (c.error) {
          const e = JSON.parse(body);
          assert.deepEqual(Object.keys(e), ['error']);
          assert.match(e.error, c.error);
        }
      });
    }
  });

  test('/ serves the web page', async (t) => {
    if (!worker.hasPage) {
      t.skip('dist/web is not built (run `make web`); the Worker ran with a placeholder asset directory');
      return;
    }
    const res = await fetch(worker.base + '/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(await res.text(), /<html|<!doctype/i);
  });

  test('2,000 requests, 8 at a time: no errors, no memory growth in workerd', async (t) => {
    await loadRun(t, worker);
  });
});
