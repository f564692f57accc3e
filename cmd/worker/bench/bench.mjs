// bench-api: p50 and p90 of POST /api/clean with a ~100 KB article and of
// GET /healthz, side by side for the Worker as deployed (its production
// bundle in plain workerd: issue 6's targets are for this one), the Worker
// under `wrangler dev` (the inspector attached and wrangler's proxy in
// front: slower, shown for comparison), and `winnow serve`. One request at
// a time, after a warm-up, so the figures are latencies, not throughput.
//
//   node cmd/worker/bench/bench.mjs [requests per measurement, default 200] [URL]
//
// With a URL, it measures the door already running there instead (such as
// one that bench/workerd.mjs started).
import { fixture, load, percentile, startServe, startWorker, startWorkerd } from '../test/harness.mjs';

const runs = Number(process.argv[2] ?? 200);
const running = process.argv[3];

// bigArticle grows the fixture article to about 100 KB by repeating its
// body paragraphs, as a long read would be.
function bigArticle() {
  const page = fixture('article.html');
  const start = page.indexOf('<p>For the first time');
  const end = page.indexOf('</article>');
  const paragraphs = page.slice(start, end);
  let body = '';
  for (let i = 1; body.length < 100_000; i++) body += `<h2>Part ${i}</h2>\n` + paragraphs;
  return page.slice(0, start) + body + page.slice(end);
}

async function measure(base, name, request) {
  // The clean's own time, from the Server-Timing header the API sets:
  // the rest of a request's time is the door's (runtime, bridge, network).
  let cleanTimes = [];
  const check = (res) => {
    const dur = /^clean;dur=([0-9.]+)$/.exec(res.headers.get('server-timing') ?? '');
    if (dur) cleanTimes.push(Number(dur[1]));
    return res.status === 200 ? '' : `status ${res.status}`;
  };
  await load({ total: 20, concurrency: 1, request, check });
  cleanTimes = [];
  const { errors, latencies } = await load({ total: runs, concurrency: 1, request, check });
  if (errors.length) throw new Error(`${name}: ${errors.length} errors, first: ${errors[0]}`);
  return { p50: percentile(latencies, 50), p90: percentile(latencies, 90), cleanP50: cleanTimes.length ? percentile(cleanTimes, 50) : NaN };
}

async function bench(door) {
  const article = bigArticle();
  return {
    clean: await measure(door.base, 'clean', () => [door.base + '/api/clean', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article }]),
    healthz: await measure(door.base, 'healthz', () => [door.base + '/healthz']),
    size: article.length,
  };
}

const results = {};
const doors = running
  ? [[running, async () => ({ base: running, stop: () => {} })]]
  : [['Worker (workerd, as deployed)', startWorkerd], ['Worker (wrangler dev)', startWorker], ['winnow serve', startServe]];
for (const [name, start] of doors) {
  const door = await start();
  try {
    results[name] = await bench(door);
  } finally {
    await door.stop();
  }
}

const size = Object.values(results)[0].size;
const fmt = (v) => v.toFixed(1).padStart(7);
console.log(`\n${runs} sequential requests each, after 20 to warm up; article ${(size / 1024).toFixed(0)} KiB\n`);
const width = Math.max(...Object.keys(results).map((name) => name.length));
console.log(`${'door'.padEnd(width)} POST /api/clean p50    p90  (clean alone p50)   GET /healthz p50    p90   (ms)`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(width)} ${fmt(r.clean.p50)}${fmt(r.clean.p90)}   ${fmt(r.clean.cleanP50)}             ${fmt(r.healthz.p50)}${fmt(r.healthz.p90)}`);
}
const deployed = results['Worker (workerd, as deployed)'];
if (deployed) {
  const verdict = (v, max) => `${v.toFixed(1)} ms ${v < max ? 'met' : 'NOT met'}`;
  console.log(`\ntargets for the Worker as deployed: article p50 < 25 ms (${verdict(deployed.clean.p50, 25)}), /healthz p50 < 10 ms (${verdict(deployed.healthz.p50, 10)})`);
}
