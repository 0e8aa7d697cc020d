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

clean:
	rm -rf $(VENV) build dist *.egg-info
