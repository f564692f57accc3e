// The Worker's entry: syumai/workers' generated build/worker.mjs (a fresh Go
// instance per request), behind a gate on how many Go instances are alive
// at once.
//
// Why: each instance has its own wasm memory (10 MB at start, more while
// cleaning), an isolate has 128 MB, and an isolate runs one thing at a time
// anyway, so eight requests at once would only overrun the memory (workerd
// then restarts the Worker mid-request) without finishing any sooner. Two
// instances keep a slow ?url= fetch from holding everyone else up.
import worker from './build/worker.mjs';

const maxInstances = 2;
let running = 0;

// acquire waits for a free slot by polling on a timer: a request may not
// wait on a promise that another request resolves (workerd then cancels it
// as hung), but a timer is its own.
async function acquire() {
  while (running >= maxInstances) await new Promise((resolve) => setTimeout(resolve, 1));
  running++;
}

function release() {
  running--;
}

export default {
  async fetch(request, env, ctx) {
    await acquire();
    try {
      const res = await worker.fetch(request, env, ctx);
      // The instance lives until Go has written the whole body; answers are
      // small (the body cap is 5 MB), so read it here and free the slot.
      const body = res.body === null ? null : await res.arrayBuffer();
      return new Response(body, res);
    } finally {
      release();
    }
  },
};
