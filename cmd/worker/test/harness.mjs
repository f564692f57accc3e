// Shared by the Worker and `winnow serve` tests and the benchmark: start a
// door on a free loopback port, find its process, run a bounded load.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixture = (name) => readFileSync(path.join(root, 'internal/api/testdata', name), 'utf8');
export const pageDir = path.join(root, 'dist/web');

export async function freePort() {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

async function waitHealthy(base, child, logs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${logs.join('')}`);
    try {
      const res = await fetch(base + '/healthz');
      if (res.status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${logs.join('')}`);
}

// stopGroup ends the process group this module started (detached child).
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
  await exited;
  clearTimeout(timer);
}

// startWorker runs the built Worker in workerd through `wrangler dev`, with
// wrangler.jsonc. The page is served from a snapshot of dist/web, since
// wrangler reloads the Worker (failing requests in flight) whenever a file
// in its asset directory changes, as during a `make web`. When the page is
// not built, a placeholder stands in and hasPage is false. testHooks sets
// the WINNOW_TEST_HOOKS var: the Worker then answers the /api/__test/ paths
// of main.go and names the Go program behind each answer in a header.
export async function startWorker(options = {}) {
  // A port freePort found free can be taken again before wrangler binds it
  // (by another test's server, or the other of the two ports asked for):
  // that start fails at once, and is tried again on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startWorkerOnce(options);
    } catch (err) {
      if (attempt >= 3 || !/Address already in use/.test(err.message)) throw err;
    }
  }
}

async function startWorkerOnce({ testHooks = false }) {
  const port = await freePort();
  const inspector = await freePort();
  const hasPage = existsSync(path.join(pageDir, 'index.html'));
  const assets = mkdtempSync(path.join(tmpdir(), 'winnow-assets-'));
  if (hasPage) cpSync(pageDir, assets, { recursive: true });
  else writeFileSync(path.join(assets, 'placeholder.txt'), 'the web page is not built (make web)\n');
  const args = ['dev', '--config', 'cmd/worker/wrangler.jsonc', '--ip', '127.0.0.1', '--port', String(port),
    '--inspector-port', String(inspector), '--show-interactive-dev-session=false',
    '--log-level', process.env.WINNOW_WRANGLER_LOG || 'warn', '--assets', assets];
  if (testHooks) args.push('--var', 'WINNOW_TEST_HOOKS:1');
  const child = spawn(path.join(root, 'node_modules/.bin/wrangler'), args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
  });
  const logs = [];
  child.stdout.on('data', (d) => logs.push(String(d)));
  child.stderr.on('data', (d) => logs.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base, child, logs, 90_000);
  } catch (err) {
    await stopGroup(child);
    rmSync(assets, { recursive: true, force: true });
    throw err;
  }
  return {
    base, hasPage, logs,
    pid: () => descendantNamed(child.pid, 'workerd'),
    stop: async () => { await stopGroup(child); rmSync(assets, { recursive: true, force: true }); },
  };
}

// startWorkerd runs the Worker as it would run deployed: the bundle that
// `wrangler deploy --dry-run` writes (no account, no network), in plain
// workerd with a config of its own. `wrangler dev` runs the wasm with its
// inspector attached and a proxy in front, which adds several ms to each
// request; this is the door to time. Only /api/* and /healthz are served
// (the page's assets are wrangler's to serve, and not part of the bundle).
export async function startWorkerd({ port } = {}) {
  const out = mkdtempSync(path.join(tmpdir(), 'winnow-workerd-'));
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' };
  const bundle = spawn(path.join(root, 'node_modules/.bin/wrangler'),
    ['deploy', '--dry-run', '--outdir', out, '--config', 'cmd/worker/wrangler.jsonc'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
  const bundleLogs = [];
  bundle.stdout.on('data', (d) => bundleLogs.push(String(d)));
  bundle.stderr.on('data', (d) => bundleLogs.push(String(d)));
  const [code] = await once(bundle, 'exit');
  // The bundle is one module (entry.js, beside its source map) and the wasm,
  // named by its hash.
  const files = existsSync(out) ? readdirSync(out) : [];
  const wasm = files.find((f) => f.endsWith('.wasm'));
  const entry = files.filter((f) => f.endsWith('.js'));
  if (code !== 0 || !wasm || entry.length !== 1) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`wrangler deploy --dry-run failed (exit ${code}):\n${bundleLogs.join('')}`);
  }
  port ??= await freePort();
  // The runtime's behaviour is the one wrangler.jsonc asks for.
  const date = /"compatibility_date"\s*:\s*"([^"]+)"/.exec(readFileSync(path.join(root, 'cmd/worker/wrangler.jsonc'), 'utf8'))?.[1];
  writeFileSync(path.join(out, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .mainWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ]
);
const mainWorker :Workerd.Worker = (
  modules = [
    (name = "${entry[0]}", esModule = embed "${entry[0]}"),
    (name = "./${wasm}", wasm = embed "${wasm}"),
  ],
  compatibilityDate = "${date}",
);
`);
  const child = spawn(path.join(root, 'node_modules/.bin/workerd'), ['serve', path.join(out, 'config.capnp')], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  child.stdout.on('data', (d) => logs.push(String(d)));
  child.stderr.on('data', (d) => logs.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => { await stopGroup(child); rmSync(out, { recursive: true, force: true }); };
  try {
    await waitHealthy(base, child, logs, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, logs, pid: () => child.pid, stop };
}

// startServe runs `winnow serve` ($WINNOW_BIN, default bin/winnow) and
// reads the address it prints.
export async function startServe(extraArgs = []) {
  const bin = process.env.WINNOW_BIN || path.join(root, 'bin/winnow');
  const child = spawn(bin, ['serve', '-addr', '127.0.0.1:0', '-web', pageDir, ...extraArgs], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  child.stderr.on('data', (d) => { if (logs.length < 200) logs.push(String(d)); });
  let out = '';
  const base = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`winnow serve exited with ${code}: ${logs.join('')}`)));
  });
  await waitHealthy(base, child, logs, 10_000);
  return { base, logs, pid: () => child.pid, stop: () => stopGroup(child) };
}

// descendantNamed finds the first process under pid whose command is name.
export function descendantNamed(pid, name) {
  const parents = new Map();
  const names = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch { /* exited */ }
  }
  for (const [p, comm] of names) {
    if (comm !== name) continue;
    for (let up = parents.get(p); up; up = parents.get(up)) {
      if (up === pid) return p;
    }
  }
  return undefined;
}

// rssKiB reads a process's resident set size.
export function rssKiB(pid) {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) : NaN;
}

// startSite serves the article, and pages that fail, for GET ?url=.
export async function startSite() {
  const article = fixture('article.html');
  const srv = http.createServer((req, res) => {
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(article);
      case '/moved':
        res.writeHead(302, { Location: '/article' });
        return res.end();
      case '/broken':
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        return res.end('internal error');
      case '/slow':
        return; // never answers; the endpoint's 10 s timeout ends it
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  return { base: `http://127.0.0.1:${srv.address().port}`, close: () => { srv.closeAllConnections(); srv.close(); } };
}

// load sends total requests, concurrency at a time; request(i) returns
// fetch's arguments and check(res, body) returns an error message or ''.
// onProgress(done) is called every `every` completed requests.
export async function load({ total, concurrency, request, check, every = 0, onProgress = () => {} }) {
  let next = 0;
  let done = 0;
  const errors = [];
  const latencies = [];
  async function lane() {
    while (next < total) {
      const i = next++;
      const [url, init] = request(i);
      const start = performance.now();
      try {
        const res = await fetch(url, init);
        const body = await res.text();
        latencies.push(performance.now() - start);
        const problem = check(res, body);
        if (problem) errors.push(`#${i}: ${problem}`);
      } catch (err) {
        errors.push(`#${i}: ${err.message}`);
      }
      done++;
      if (every && done % every === 0) onProgress(done);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { errors, latencies };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// loadRun is the load both doors must take: 2,000 article cleans, 8 at a
// time, with the process's RSS sampled along the way.
export async function loadRun(t, door, { total = 2000, concurrency = 8 } = {}) {
  const assert = (await import('node:assert/strict')).default;
  const article = fixture('article.html');
  const pid = door.pid();
  assert.ok(pid, 'the process to measure was not found');
  const samples = [];
  const request = () => [door.base + '/api/clean', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: article }];
  const check = (res, body) => {
    if (res.status !== 200) return `status ${res.status}: ${body.slice(0, 200)}`;
    try {
      const a = JSON.parse(body);
      if (!a.title || !a.text) return 'empty title or text';
    } catch (err) { return `not JSON: ${err.message}`; }
    return '';
  };
  // Warm up, so the baseline includes compiled code and steady caches.
  await load({ total: 200, concurrency, request, check });
  samples.push(rssKiB(pid));
  const { errors, latencies } = await load({
    total, concurrency, request, check, every: total / 8, onProgress: () => samples.push(rssKiB(pid)),
  });
  t.diagnostic(`RSS KiB: ${samples.join(' → ')}; p50 ${percentile(latencies, 50).toFixed(1)} ms, p90 ${percentile(latencies, 90).toFixed(1)} ms`);
  assert.deepEqual(errors.slice(0, 5), [], `${errors.length} of ${total} requests failed`);
  assert.equal(latencies.length, total);
  // No leak: keeping even one Go instance (~15 MB of wasm memory) in a
  // hundred would add hundreds of MB; allow 64 MiB for the JIT and lazy GC.
  // The Worker's test also checks its Go program's own memory.
  const growth = samples.at(-1) - samples[0];
  assert.ok(growth < 64 * 1024, `RSS grew by ${growth} KiB over ${total} requests: ${samples.join(' → ')}`);
  return { samples, latencies };
}
