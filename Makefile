# osce-scraper: everything a new user needs, from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUTPUT_DIR ?= data

.PHONY: install test demo crawl lint typecheck fixtures-update bench fuzz clean

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

fixtures-update: $(STAMP)
	$(BIN)/osce-scraper fixtures update

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
