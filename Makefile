# The two commands of the README. Both set everything up on a fresh machine.
#   make demo   run the main job on the built-in data (the seed report, the bundled knowledge base)
#   make test   install the Debian packages the tests need, lint, type-check, run every test tier
# Also: make screenshots (refresh docs/screenshots), make lock (re-resolve requirements.lock).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
PORT ?= 8000

.PHONY: demo test install lint system-deps screenshots lock clean

# The interpreter's bundled pip, not upgraded: the same install as the README's non-make line.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[test]'
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

# chromium for the browser tests, postgresql (initdb, pg_ctl) for the PostgreSQL store tests:
# installed when this user can, else a stop naming the package and the command.
system-deps:
	scripts/system_deps.sh

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: system-deps lint
	$(BIN)/pytest -q

screenshots: system-deps $(STAMP)
	$(BIN)/python scripts/screenshots.py

lock:
	scripts/lock.sh

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
