# osce-scraper: everything a new user needs, from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the bench extra (trafilatura) on top of the test extras; make test never needs it
BENCH_STAMP := $(VENV)/.installed-bench
OUTPUT_DIR ?= data

.PHONY: install test test-fast test-all-fixtures demo demo-history crawl crawl-distributed site lint typecheck fixtures-update bench fuzz clean

# pip's output (build warnings included) goes to .venv/install.log, shown only if it fails
$(STAMP): pyproject.toml
	@echo "installing osce-scraper into $(VENV) (log: $(VENV)/install.log)"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --quiet --upgrade pip && $(BIN)/pip install --quiet -e '.[test]'; } \
	  > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# every test: unit, end-to-end crawls of the offline copy, real Redis and Scrapyd.  Most
# of the time goes to crawls in child processes, so pytest-xdist runs TEST_WORKERS test
# files at once (auto: one per core; each worker has its own servers on free ports and
# its own temporary folders), the long crawl files first (tests/conftest.py), and all
# of a file's tests on one worker, so that its module fixtures (a crawl, a Redis) are
# made once.  PYTHONDONTWRITEBYTECODE (set in some images) is cleared for the run: else
# every one of the suite's ~200 child processes compiles the project anew, and every
# worker rewrites the asserts of every test module anew.
TEST_WORKERS ?= auto
test: $(STAMP)
	@scripts/ensure-services.sh
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile \
	  --no-loadscope-reorder

# the suite with every fixture in the agreement tests that make test runs on a spread
# of them (tests/sampling.py): fast paths, captures, hostile copies; a few minutes more
test-all-fixtures: $(STAMP)
	@scripts/ensure-services.sh
	OSCE_TEST_ALL_FIXTURES=1 PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest \
	  -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# the unit tests only (pytest -m unit): seconds, no server
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m unit

lint: $(STAMP)
	$(BIN)/ruff check scraper spiders pipelines tests bench
	$(BIN)/mypy

# both spiders against the offline copy (built from fixtures/) on a loopback server, no
# network; into data/demo/, state/demo/ and logs/demo/, apart from the live crawl's
demo: $(STAMP)
	@$(BIN)/osce-scraper demo

# a back-fill from a local web archive of the offline copy (Wayback CDX + replay, Common
# Crawl index + WARC files on 127.0.0.1): every capture, merged; no network
demo-history: $(STAMP)
	$(BIN)/osce-scraper demo-history

# the same against www.osce.org with the polite defaults (incremental, WARC archive),
# into $(OUTPUT_DIR), state/ and logs/; stops at once without a network (exit status 4)
crawl: $(STAMP)
	@$(BIN)/osce-scraper demo --live --output-dir $(OUTPUT_DIR)

# one crawl by WORKERS processes on this machine sharing REDIS_URL (scrapy-redis):
# enqueue, start them, wait, merge their files into OUTPUT_DIR/news.jsonl.  START_URL
# (default the live newsroom), MODE=incremental, ARGS='-s NAME=VALUE …' for every
# worker; workers on more machines: README.
WORKERS ?= 4
MODE ?= full
crawl-distributed: $(STAMP)
	@test -n "$(REDIS_URL)" || { echo "make crawl-distributed needs REDIS_URL=redis://HOST:6379/0" >&2; exit 2; }
	$(BIN)/osce-scraper crawl-distributed --workers $(WORKERS) --redis-url '$(REDIS_URL)' \
	  --mode $(MODE) --output-dir '$(OUTPUT_DIR)' $(if $(START_URL),--start-url '$(START_URL)') \
	  $(if $(ARGS),-- $(ARGS))

# build the offline copy from the fixtures (done on demand by serve/demo/tests) and print its folder
site: $(STAMP)
	$(BIN)/osce-scraper build-site

# every benchmark (bench/*.py): writes bench/results.md and prints it; not part of make test
bench: $(BENCH_STAMP)
	@scripts/ensure-services.sh
	$(BIN)/python -m bench.run

fixtures-update: $(STAMP)
	$(BIN)/osce-scraper fixtures update

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# many more fuzz cases than make test runs (FUZZ_CASES, FUZZ_FIRST to start elsewhere)
FUZZ_CASES ?= 100000
fuzz: $(STAMP)
	FUZZ_CASES=$(FUZZ_CASES) $(BIN)/python -m pytest -q -p no:logging tests/unit/test_fuzz.py
