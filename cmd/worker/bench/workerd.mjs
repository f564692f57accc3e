// Runs the Worker's production bundle in plain workerd, as bench.mjs does,
// and keeps it running for manual requests until Ctrl-C:
//
//   node cmd/worker/bench/workerd.mjs [PORT]     (default 8799; build with make worker first)
//   node cmd/worker/bench/bench.mjs 200 http://127.0.0.1:8799   (in another shell)
//
// Only /api/* and /healthz are served: the page's assets are not part of
// the bundle.
import { startWorkerd } from '../test/harness.mjs';

const door = await startWorkerd({ port: Number(process.argv[2] ?? 8799) });
console.log(`workerd: ${door.base}/healthz, POST ${door.base}/api/clean (Ctrl-C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await door.stop();
    process.exit(0);
  });
}
