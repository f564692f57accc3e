// The Worker's entry: one Go program (build/app.wasm, see main.go) serves
// every request of the isolate. The first request starts it, with
// syumai/workers' wasm_exec.js and runtime glue; a request after it has
// exited, or after a call into it has thrown, starts a new one.
//
// syumai's own build/worker.mjs starts a fresh Go instance for each request
// instead, so every request paid for Go's start and for building the
// cleaner's tables again.
import './build/wasm_exec.js';
import { createRuntimeContext, loadModule } from './build/runtime.mjs';

let module;
let program; // the live one
let started = 0; // programs started in this isolate

function start(env) {
  const go = new Go();
  const binding = {}; // main.go sets serve and maxBodyBytes on it
  const instance = new WebAssembly.Instance(module, go.importObject);
  // No ExecutionContext: the program outlives the request that starts it.
  // go.run returns once main waits for calls. Its promise is not watched for
  // the exit: its continuation would belong to that first request.
  go.run(instance, createRuntimeContext({ env, ctx: undefined, binding })).catch(() => {});
  return { go, binding, memory: instance.exports.mem, number: ++started, pending: new Set(), broken: false };
}

// dead reports whether p can serve no more, and fails the requests it still
// owes an answer (waiting for a fetch) when it cannot.
function dead(p) {
  if (!p.go.exited && !p.broken) return false;
  for (const reject of p.pending) reject(new Error('the Go program exited'));
  p.pending.clear();
  return true;
}

// call hands one request to Go, which calls back with the answer: before
// serve returns, unless the request waits for a fetch.
function call(p, request) {
  return new Promise((resolve, reject) => {
    p.pending.add(reject);
    try {
      p.binding.serve(request, (answer) => {
        p.pending.delete(reject);
        resolve(answer);
      });
    } catch (err) {
      p.broken = true; // whatever broke this call may have broken the program
      reject(err);
    }
    dead(p);
  });
}

// readBody reads at most max + 1 bytes: enough for Go to refuse a longer
// body (413) without holding all of a huge upload in the isolate's memory.
async function readBody(request, max) {
  if (request.body === null) return null;
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (let r = await reader.read(); !r.done && size <= max; r = await reader.read()) {
    chunks.push(r.value);
    size += r.value.length;
  }
  if (size > max) await reader.cancel();
  const body = new Uint8Array(size);
  chunks.reduce((at, chunk) => (body.set(chunk, at), at + chunk.length), 0);
  return body;
}

export default {
  async fetch(request, env) {
    module ??= await loadModule();
    if (!program || dead(program)) program = start(env);
    const p = program;
    const body = await readBody(request, p.binding.maxBodyBytes);
    let answer;
    try {
      answer = await call(p, { method: request.method, url: request.url, headers: [...request.headers], body });
    } catch (err) {
      console.error('winnow worker:', err);
      return Response.json({ error: 'internal error' }, { status: 500, headers: { 'Access-Control-Allow-Origin': '*' } });
    }
    const headers = new Headers(answer.headers);
    if (env.WINNOW_TEST_HOOKS === '1') {
      headers.set('X-Winnow-Program', `${p.number} ${answer.requests} ${p.memory.buffer.byteLength}`);
    }
    return new Response(answer.body.length > 0 ? answer.body : null, { status: answer.status, headers });
  },
};
