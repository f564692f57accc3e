# web/web.mk — the web page (issue 4): Go compiled to WebAssembly plus the
# static page, assembled into dist/web. Included by the root Makefile.
WEB_DIST   := dist/web
WEB_WASM   := dist/wasm/winnow.wasm
WEB_SRC    := $(shell find web -type f -not -path 'web/test/*' -not -path 'web/bench/*' -not -path 'web/tools/*' -not -name web.mk 2>/dev/null)
WEB_GOSRC  := $(shell find cleaner wasm -name '*.go' -not -name '*_test.go' 2>/dev/null)

TEST_TARGETS  += web-test web-go-test
BUILD_TARGETS += web

.PHONY: web web-test web-go-test bench-web

web: dist/.web-built

# The web build compiles wasm/nethttp in place of net/http (see that file
# for why); wasm/overlay writes the overlay that does it.
$(WEB_WASM): $(WEB_GOSRC) $(WASM_WORK) go.mod go.sum
	@mkdir -p $(dir $@)
	$(GO) run ./wasm/overlay -goroot "$$($(GO) env GOROOT)" -o $(dir $@)overlay.json
	$(WASM_GO) build -overlay $(dir $@)overlay.json -trimpath -ldflags='-s -w' -o $@ ./wasm

dist/.web-built: $(WEB_WASM) $(WEB_SRC) web/tools/build.mjs web/tools/precompress.mjs go.mod go.sum
	GO=$(GO) node web/tools/build.mjs web $(WEB_DIST) $(WEB_WASM) "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js"
	@touch $@

# Browser tests in Debian's chromium, driven by playwright-core. They serve
# dist/web with `bin/winnow serve` when it works, else with a static server
# of their own (web/test/lib.mjs).
web-test: web $(BIN)
	WINNOW_SHARED=$(abspath $(SHARED)) node --test --test-concurrency=1 web/test/*.test.mjs

# Go tests of the wasm build's own files (cleaner/*_js.go), run under Node
# by Go's go_js_wasm_exec; their names start with TestWasm.
web-go-test:
	$(WASM_GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^TestWasm' ./cleaner

# The floors bench-web measures a first visit against: Go programs that only
# start (web/bench/floor/start) and that use goquery and bluemonday alone
# (web/bench/floor/deps), built as winnow.wasm is.
FLOOR_WASMS := dist/bench-floor/start/winnow.wasm dist/bench-floor/deps/winnow.wasm

# Figures, not a pass/fail test: wasm size, time to ready, per-page clean
# time in Chromium beside native Go over the scrapinghub pages.
bench-web: web $(BIN) $(FLOOR_WASMS)
	WINNOW_SHARED=$(abspath $(SHARED)) node web/bench/bench.mjs

dist/bench-floor/%/winnow.wasm: web/bench/floor/%/main.go $(WEB_WASM) $(WASM_WORK) go.mod go.sum
	@mkdir -p $(dir $@)
	$(WASM_GO) build -overlay $(dir $(WEB_WASM))overlay.json -trimpath -ldflags='-s -w' -o $@ ./web/bench/floor/$*
