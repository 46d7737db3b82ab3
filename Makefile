# The two commands of the README. Both set everything up on a fresh machine.
#   make demo   run the main job on the built-in data (the seed report, the bundled knowledge base)
#   make test   lint, type-check and run every test tier
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

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
	$(BIN)/ceasewatch ingest --quiet --db out/demo.db src/ceasewatch/demo
	$(BIN)/ceasewatch extract --quiet --db out/demo.db
	$(BIN)/ceasewatch analyze --json src/ceasewatch/demo/idlib-de-escalation-zone-2018-01-11.txt > out/analysis.json
	$(BIN)/ceasewatch analyze src/ceasewatch/demo/idlib-de-escalation-zone-2018-01-11.txt
	@echo "Seed analysis: out/analysis.json   Archive: out/demo.db"
	@echo "Desk: http://127.0.0.1:$(PORT)/  (Ctrl-C stops it)"
	$(BIN)/ceasewatch serve --db out/demo.db --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
