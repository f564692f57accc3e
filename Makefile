# winnow — see README.md. The two commands a newcomer needs: `make run` and `make test`.
GO      ?= go
SHARED  ?= ../shared
BIN     := bin/winnow
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# The wasm builds (web page, Worker) take github.com/aymerick/douceur from
# wasm/douceur, a stand-in that saves a package initialization at every
# start (wasm/wasm.work and wasm/douceur/parser say why).
WASM_GO   := GOOS=js GOARCH=wasm GOWORK=$(CURDIR)/wasm/wasm.work $(GO)
WASM_WORK := wasm/wasm.work $(shell find wasm/douceur -type f 2>/dev/null)

# Each area adds its own targets and appends to these lists in its fragment
# (web/web.mk, cmd/worker/worker.mk), so areas never edit each other's rules.
TEST_TARGETS  := lint go-test
BUILD_TARGETS := $(BIN)

.PHONY: all build test go-test lint run bench eval fuzz clean
all: build

-include web/web.mk
-include cmd/worker/worker.mk

build: $(BUILD_TARGETS)

$(BIN): $(shell find cleaner cmd/winnow internal -name '*.go' 2>/dev/null) go.mod go.sum
	$(GO) build -trimpath -o $@ ./cmd/winnow

# test: everything CI checks.
test: $(TEST_TARGETS)

go-test:
	WINNOW_SHARED=$(abspath $(SHARED)) $(GO) test ./...
	@# Cleans at once share the cleaner's caches; the race detector needs cgo's C compiler.
	@if command -v gcc >/dev/null 2>&1; then \
	  echo "$(GO) test -race -run Concurrently ./cleaner"; CGO_ENABLED=1 $(GO) test -race -run Concurrently ./cleaner; \
	else echo "go-test: no C compiler, so no -race run (apt-get install gcc libc6-dev)"; fi

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd wasm/douceur && $(GO) vet ./...
	GOFLAGS=-buildvcs=false $(GO) run $(STATICCHECK) ./...

bench:
	WINNOW_SHARED=$(abspath $(SHARED)) $(GO) test -run '^$$' -bench . -benchmem ./cleaner/

# fuzz: each fuzz target of the cleaner for FUZZTIME (new crashers land in
# cleaner/testdata/fuzz/<target>/; commit them as regression seeds). Go
# minimizes every new interesting input for up to 60 s by default, which at
# tens of ms per Clean stalls the run; FUZZMINIMIZE bounds it by count.
FUZZTIME ?= 60s
FUZZMINIMIZE ?= 50x
fuzz:
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzClean$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzCleanText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzWithoutUnread$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzQuickParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzAppendJSONString$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzParseJSON$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./cleaner -run '^$$' -fuzz '^FuzzTitleFolds$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)

eval: $(BIN)
	@if [ -d "$(SHARED)/datasets" ]; then \
	  for set in $(SHARED)/datasets/*/; do echo "== $$set"; $(BIN) eval $$set || exit 1; done; \
	else echo "eval: $(SHARED)/datasets is absent; skipping"; fi

clean:
	rm -rf bin dist


# run: build everything and serve the page (and the API) on loopback.
run: build
	@echo "winnow: serving http://127.0.0.1:8080/"
	$(BIN) serve -addr 127.0.0.1:8080 -web dist/web
