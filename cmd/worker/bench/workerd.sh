#!/usr/bin/env bash
# Runs the Worker's production bundle in plain workerd, without `wrangler dev`.
# wrangler dev runs the wasm with its inspector attached, which measured about
# 5× slower; this is the way to time the Worker as it would run deployed.
#
#   cmd/worker/bench/workerd.sh [PORT]     (default 8799; Ctrl-C stops it)
#   node cmd/worker/bench/bench.mjs 200 http://127.0.0.1:8799   (in another shell)
#
# It bundles with `wrangler deploy --dry-run` (no account, no network) and
# writes a workerd config beside the bundle. The page's static assets are
# not served here: only /api/* and /healthz.
set -euo pipefail
cd "$(dirname "$0")/../../.."
port="${1:-8799}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
make -s worker
WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false \
  node_modules/.bin/wrangler deploy --dry-run --outdir "$out" --config cmd/worker/wrangler.jsonc >/dev/null
wasm="$(cd "$out" && ls -- *.wasm)"
cat > "$out/config.capnp" <<CAPNP
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .mainWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ]
);
const mainWorker :Workerd.Worker = (
  modules = [
    (name = "entry.js", esModule = embed "entry.js"),
    (name = "./${wasm}", wasm = embed "${wasm}"),
  ],
  compatibilityDate = "2026-04-01",
);
CAPNP
echo "workerd: http://127.0.0.1:${port}/healthz, POST /api/clean"
node_modules/@cloudflare/workerd-linux-64/bin/workerd serve "$out/config.capnp"
