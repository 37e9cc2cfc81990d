# rightsgraph: `make run` serves the graph, `make test` runs every test.
# Both work on a fresh clone: they fetch what they need first.

GO ?= go
ADDR ?= 127.0.0.1:8080
# The tests' own Neo4j server: its own port and folder, so that they never
# touch a Neo4j of yours (they empty the database).
NEO4J_TEST_PORT ?= 17687
# More JVM options for the tests' servers (scripts/neo4j.sh). The client
# compiler alone (-XX:TieredStopAtLevel=1) spent less CPU on a loaded
# machine, but on a quiet one the Neo4j tests took twice as long with it.
NEO4J_TEST_JAVA_OPTS =
NEO4J_TEST_ENV = NEO4J_HOME=$(CURDIR)/.neo4j/test NEO4J_LIB=$(CURDIR)/.neo4j/lib NEO4J_BOLT_PORT=$(NEO4J_TEST_PORT) NEO4J_JAVA_OPTS="$(NEO4J_TEST_JAVA_OPTS)"

.PHONY: run build web test test-go test-web fuzz vet generate check-generate bench deps readers clean \
	neo4j neo4j-stop neo4j-test neo4j-test-stop eval bench-api

## run: build the explorer page, then serve the seed graph on $(ADDR)
## (the explorer at /, GraphiQL at /graphiql).
run: deps web
	$(GO) run ./cmd/rightsgraph serve -addr $(ADDR)

## build: build the binary, with the explorer page, into bin/.
build: deps web
	$(GO) build -o bin/rightsgraph ./cmd/rightsgraph

## web: build the explorer page into web/dist, and GraphiQL into
## server/graphiql/dist, which the Go build embeds. Without npm the binary
## still builds, and / and /graphiql say how to build them.
web:
	@if command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory web/node_modules/.installed && (cd web && npm run build) && \
		$(MAKE) --no-print-directory server/graphiql/node_modules/.installed && cd server/graphiql && npm run build; \
	else \
		echo "web: npm not found; building without the explorer page and GraphiQL"; \
	fi
web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $@
server/graphiql/node_modules/.installed: server/graphiql/package.json server/graphiql/package-lock.json
	cd server/graphiql && npm ci --no-audit --no-fund
	touch $@

## test: vet, check generated code, start the tests' Neo4j, and run every
## test with the race detector. Packages run one at a time (-p 1): they
## share the one database of Neo4j Community.
## SEQUENTIAL_PKGS start no goroutine, in their code or their tests (the
## drafter): the race detector has nothing to watch there and makes their
## tests, which draft hundreds of reports, four times slower.
SEQUENTIAL_PKGS := github.com/rightsgraph/rightsgraph/extract
test: deps vet check-generate readers web neo4j-test
	scripts/fonts.sh
	NEO4J_TEST_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) NEO4J_JAVA_OPTS="$(NEO4J_TEST_JAVA_OPTS)" REQUIRE_NEO4J=1 REQUIRE_READERS=1 REQUIRE_CONFORMANCE=1 REQUIRE_FONTS=1 REQUIRE_GRAPHIQL=1 \
		$(GO) test -race -count=1 -p 1 -timeout 20m $$($(GO) list ./... | grep -v -x -e '$(SEQUENTIAL_PKGS)')
	$(GO) test -count=1 -timeout 20m $(SEQUENTIAL_PKGS)
	$(MAKE) --no-print-directory fuzz
	$(MAKE) --no-print-directory test-web

## fuzz: each fuzz target briefly (about 10 s each on a quiet machine; the
## drafter's, whose inputs are whole reports, about 25 s), by execution counts
## rather than time (Go 1.26 can fail a clean timed run), with a bound on
## the minimising of each new input (unbounded, it stalls a run for
## minutes); findings land in testdata/fuzz of the package and then run as
## tests.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime 50000x -fuzzminimizetime 100x .
	$(GO) test -run '^$$' -fuzz '^FuzzLocate$$' -fuzztime 150000x -fuzzminimizetime 100x .
	$(GO) test -run '^$$' -fuzz '^FuzzCleanName$$' -fuzztime 100000x -fuzzminimizetime 100x .
	$(GO) test -run '^$$' -fuzz '^FuzzDistanceWithin$$' -fuzztime 150000x -fuzzminimizetime 100x .
	$(GO) test -run '^$$' -fuzz '^FuzzParseAnnotation$$' -fuzztime 25000x -fuzzminimizetime 100x ./seed
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime 20000x -fuzzminimizetime 100x ./reportfile
	$(GO) test -run '^$$' -fuzz '^FuzzDraft$$' -fuzztime 10000x -fuzzminimizetime 100x ./extract

## eval: the drafter's precision, recall and F1 against the gold
## annotations (bundled report, dev and held-out sets), linking and speed.
eval:
	$(GO) run ./cmd/drafteval

## test-web: the explorer's and GraphiQL's end-to-end tests in Debian's
## Chromium, against the binary with both built in.
test-web: web/node_modules/.installed server/graphiql/node_modules/.installed
	scripts/chromium.sh
	cd web && npm run build
	cd server/graphiql && npm run build
	$(GO) build -o bin/rightsgraph ./cmd/rightsgraph
	cd web && RIGHTSGRAPH_BIN=$(CURDIR)/bin/rightsgraph npm test
	cd server/graphiql && RIGHTSGRAPH_BIN=$(CURDIR)/bin/rightsgraph npm test

## test-go: the tests that need no Neo4j (the others skip).
test-go: deps
	$(GO) test -race -count=1 ./...

## deps: fetch the Go modules.
deps:
	$(GO) mod download

## readers: the real readers the tests use: networkx in .venv (pip),
## graphology and Cytoscape.js in export/readers (npm), and the graphql-http
## audit in conformance (npm).
readers: .venv/.installed export/readers/node_modules/.installed conformance/node_modules/.installed
.venv/.installed: export/readers/requirements.txt
	python3 -m venv .venv
	.venv/bin/pip install --quiet -r export/readers/requirements.txt
	touch $@
export/readers/node_modules/.installed: export/readers/package.json export/readers/package-lock.json
	cd export/readers && npm ci --no-audit --no-fund
	touch $@
# The graphql-http server audit (GraphQL over HTTP conformance).
conformance/node_modules/.installed: conformance/package.json conformance/package-lock.json
	cd conformance && npm ci --no-audit --no-fund
	touch $@

vet:
	$(GO) vet ./...

## generate: regenerate the GraphQL code from schema/, and the drafter's
## affiliation classifier from extract/testdata/eval/dev.
generate:
	$(GO) generate ./...

## check-generate: fail when the generated code does not match schema/,
## or the drafter's classifier weights do not match its training on the
## dev set.
check-generate:
	@tmp=$$(mktemp -d) && cp -r graph "$$tmp/" && cp extract/pairweights_gen.go "$$tmp/" && \
	$(GO) generate ./... && \
	if ! diff -r "$$tmp/graph" graph >/dev/null || ! cmp -s "$$tmp/pairweights_gen.go" extract/pairweights_gen.go; then \
		diff -r "$$tmp/graph" graph | head -40; diff "$$tmp/pairweights_gen.go" extract/pairweights_gen.go | head -20; rm -rf "$$tmp"; \
		echo "generated code is stale: run make generate and commit"; exit 1; \
	fi; rm -rf "$$tmp"

## bench: run the benchmarks of both stores, and the explorer's drawing
## measurement (figures for notes).
bench: deps neo4j-test test-web
	NEO4J_TEST_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) REQUIRE_NEO4J=1 \
		$(GO) test -run '^$$' -bench . -benchmem -p 1 -timeout 60m ./...
	cd web && npm run perf

## bench-api: rightsgraph's API (over Neo4j and the embedded store) against
## @neo4j/graphql and raw Cypher on the tests' Neo4j, which it empties and
## fills (20,000 entities / 100,000 relations; ARGS=-large for 5x). Prints
## one table; see cmd/benchapi for the flags (e.g. ARGS="-duration 2s").
bench-api: deps neo4j-test bench/peer/node_modules/.installed
	$(GO) build -o bin/benchapi ./cmd/benchapi
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_TEST_PORT) bin/benchapi -wipe $(ARGS)
bench/peer/node_modules/.installed: bench/peer/package.json bench/peer/package-lock.json
	cd bench/peer && npm ci --no-audit --no-fund
	touch $@

## neo4j / neo4j-stop: a Neo4j server for development on 127.0.0.1:7687
## (set NEO4J_URI=bolt://127.0.0.1:7687 to use it).
neo4j:
	NEO4J_LIB=$(CURDIR)/.neo4j/lib scripts/neo4j.sh start
neo4j-stop:
	NEO4J_LIB=$(CURDIR)/.neo4j/lib scripts/neo4j.sh stop

## neo4j-test / neo4j-test-stop: the tests' Neo4j server.
neo4j-test:
	$(NEO4J_TEST_ENV) scripts/neo4j.sh start
neo4j-test-stop:
	$(NEO4J_TEST_ENV) scripts/neo4j.sh stop

clean:
	rm -rf bin data .venv export/readers/node_modules conformance/node_modules web/node_modules server/graphiql/node_modules
	find web/dist server/graphiql/dist -mindepth 1 ! -name .gitkeep -delete
