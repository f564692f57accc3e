# cmd/worker/worker.mk: the Cloudflare Worker (issue 6), included by the root
# Makefile. Targets: worker, worker-dev, deploy, worker-test, serve-load-test,
# bench-api.

WORKER_DIR   := cmd/worker
WORKER_BUILD := $(WORKER_DIR)/build
WORKER_WASM  := $(WORKER_BUILD)/app.wasm
WRANGLER     := node_modules/.bin/wrangler
# No telemetry, no request to Cloudflare for request.cf data in local runs.
WRANGLER_ENV := WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
WORKER_PORT  ?= 8787
# The page is part of the deployment when its build exists (web/web.mk).
WORKER_PAGE  := $(if $(wildcard web/web.mk),web)

TEST_TARGETS += worker-test serve-load-test

.PHONY: worker worker-dev deploy worker-test serve-load-test bench-api

worker: $(WORKER_WASM)

# The wasm is written aside and moved in, so a running `make worker-dev`
# reloads once, on a whole file.
$(WORKER_WASM): $(shell find cleaner internal $(WORKER_DIR) -name '*.go' 2>/dev/null) $(WASM_WORK) go.mod go.sum $(WORKER_BUILD)/worker.mjs
	$(WASM_GO) build -trimpath -ldflags='-s -w' -o $@.tmp ./$(WORKER_DIR)
	mv $@.tmp $@

# syumai/workers' glue for standard Go (-mode=go): wasm_exec.js and
# runtime.mjs, which entry.mjs uses, and worker.mjs, its own entry (a fresh Go
# instance per request), which it does not. The generator empties its output
# directory, so it writes to a scratch one.
$(WORKER_BUILD)/worker.mjs: go.mod go.sum
	rm -rf $(WORKER_BUILD).gen
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o $(WORKER_BUILD).gen
	mkdir -p $(WORKER_BUILD)
	cp $(WORKER_BUILD).gen/* $(WORKER_BUILD)/
	rm -rf $(WORKER_BUILD).gen

node_modules/.bin/wrangler:
	npm ci

worker-dev: worker $(WORKER_PAGE) $(WRANGLER)
	$(WRANGLER_ENV) $(WRANGLER) dev --config $(WORKER_DIR)/wrangler.jsonc \
	  --ip 127.0.0.1 --port $(WORKER_PORT) --show-interactive-dev-session=false

# deploy: needs a Cloudflare account; `npx wrangler login` once (or set
# CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID).
deploy: worker $(WORKER_PAGE) $(WRANGLER)
	WRANGLER_SEND_METRICS=false $(WRANGLER) deploy --config $(WORKER_DIR)/wrangler.jsonc

# The Worker in workerd, and the same load run against `winnow serve`.
worker-test: worker $(WORKER_PAGE) $(WRANGLER)
	$(WRANGLER_ENV) node --test $(WORKER_DIR)/test/worker.test.mjs

serve-load-test: $(BIN) $(WRANGLER)
	WINNOW_BIN=$(abspath $(BIN)) node --test $(WORKER_DIR)/test/serve.test.mjs

# p50/p90 of POST /api/clean (a ~100 KB article) and GET /healthz, the
# Worker beside `winnow serve`.
bench-api: worker $(WORKER_PAGE) $(BIN) $(WRANGLER)
	$(WRANGLER_ENV) WINNOW_BIN=$(abspath $(BIN)) node $(WORKER_DIR)/bench/bench.mjs
