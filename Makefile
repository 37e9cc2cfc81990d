# rightsgraph: `make run` serves the graph, `make test` runs every test.
# Both work on a fresh clone: they fetch what they need first.

GO ?= go
ADDR ?= 127.0.0.1:8080

.PHONY: run build test vet generate check-generate bench deps clean

## run: serve the seed graph on $(ADDR) (GraphiQL at /graphiql).
run: deps
	$(GO) run ./cmd/rightsgraph serve -addr $(ADDR)

## build: build the binary into bin/.
build: deps
	$(GO) build -o bin/rightsgraph ./cmd/rightsgraph

## test: vet, check generated code, run every test with the race detector.
test: deps vet check-generate
	$(GO) test -race -count=1 ./...

## deps: fetch the Go modules.
deps:
	$(GO) mod download

vet:
	$(GO) vet ./...

## generate: regenerate the GraphQL code from schema/.
generate:
	$(GO) generate ./...

## check-generate: fail when the generated code does not match schema/.
check-generate:
	@tmp=$$(mktemp -d) && cp -r graph "$$tmp/" && \
	$(GO) generate ./... && \
	if ! diff -r "$$tmp/graph" graph >/dev/null; then \
		diff -r "$$tmp/graph" graph | head -40; rm -rf "$$tmp"; \
		echo "generated code is stale: run make generate and commit"; exit 1; \
	fi; rm -rf "$$tmp"

## bench: run the benchmarks (figures for notes).
bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin data
