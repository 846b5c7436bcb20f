# osce-scraper: everything a new user needs, from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUTPUT_DIR ?= data

.PHONY: install test demo crawl site lint typecheck fixtures-update bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	@scripts/ensure-services.sh
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check scraper spiders pipelines tests
	$(BIN)/mypy

# both spiders against the offline copy (fixtures/site) on a loopback server, no network
demo: $(STAMP)
	$(BIN)/osce-scraper demo --output-dir $(OUTPUT_DIR)

# the same against www.osce.org with the polite defaults; stops at once without a network
crawl: $(STAMP)
	$(BIN)/osce-scraper demo --live --output-dir $(OUTPUT_DIR)

# rebuild fixtures/site after a fixture changed (review with git diff fixtures/site)
site: $(STAMP)
	$(BIN)/osce-scraper build-site

fixtures-update: $(STAMP)
	$(BIN)/osce-scraper fixtures update

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# many more fuzz cases than make test runs (FUZZ_CASES, FUZZ_FIRST to start elsewhere)
FUZZ_CASES ?= 100000
fuzz: $(STAMP)
	FUZZ_CASES=$(FUZZ_CASES) $(BIN)/python -m pytest -q -p no:logging tests/test_fuzz.py
