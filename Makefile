# The two commands of the README. Both set everything up on a fresh machine.
#   make demo   run the main job on the built-in data (the seed report, the bundled knowledge base)
#   make test   lint, type-check and run every test tier
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	mkdir -p out
	CEASEWATCH_DB=out/demo.db $(BIN)/ceasewatch ingest --quiet src/ceasewatch/demo
	$(BIN)/ceasewatch analyze --json > out/analysis.json
	$(BIN)/ceasewatch analyze
	@echo "Full JSON: out/analysis.json   Archive: out/demo.db"

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
