# Two entry points for a fresh machine: `make run` (main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint fuzz model bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Main job: analyse the bundled examples into SQLite, show a query, open the web UI.
run: $(STAMP)
	$(BIN)/chronik ingest examples/ --db sqlite:///chronik.db
	$(BIN)/chronik query events --db sqlite:///chronik.db --limit 10
	$(BIN)/chronik serve --db sqlite:///chronik.db

test: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training

# Long robustness run (not in CI): hostile corpus, coverage-guided fuzzing of readers and
# normalizers, the 20 MB document, and kill -9 / disk-full fault injection during ingest.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= html timeml jsonl jsonlgz warc txt timex quantities
fuzz: $(STAMP)
	$(BIN)/pip install -q atheris
	$(BIN)/python -m tests.robustness.hostile tests/data/hostile
	set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t fuzz/crashes; \
	  $(BIN)/python fuzz/fuzz_targets.py $$t -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=fuzz/crashes/$$t- fuzz/corpus/$$t fuzz/seeds; \
	done
	$(BIN)/python fuzz/big_document.py tests/data/hostile/big-20mb.txt
	$(BIN)/python fuzz/fault_injection.py --runs 20 --docs 1000

clean:
	rm -rf $(VENV) build dist *.egg-info

# Rebuild the trained German pipeline (models/de) from ../shared/data: convert → train → evaluate → package.
model: $(STAMP)
	$(BIN)/pip install -q -e ".[train]"
	$(BIN)/chronik train de
