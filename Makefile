# winnow — see README.md. The two commands a newcomer needs: `make run` and `make test`.
GO      ?= go
SHARED  ?= ../shared
BIN     := bin/winnow
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

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

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOFLAGS=-buildvcs=false $(GO) run $(STATICCHECK) ./...

bench:
	WINNOW_SHARED=$(abspath $(SHARED)) $(GO) test -run '^$$' -bench . -benchmem ./cleaner/

eval: $(BIN)
	@if [ -d "$(SHARED)/datasets" ]; then \
	  for set in $(SHARED)/datasets/*/; do echo "== $$set"; $(BIN) eval $$set || exit 1; done; \
	else echo "eval: $(SHARED)/datasets is absent; skipping"; fi

clean:
	rm -rf bin dist


# run: build and serve the page locally (until the web page lands: clean the seed example).
run: $(BIN)
	$(BIN) $(SHARED)/seed/article-paste.txt
