# The two commands a person needs: `make run` and `make test`. Everything else serves them.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3
SHARED_SCENARIOS ?= ../shared/scenarios

.PHONY: install run test lint typecheck validate test-sqlite test-postgresql replay bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,build]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/dispatch-intake serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy --strict gazetteer

validate: install
	$(BIN)/gazetteer validate

test-sqlite: install
	DISPATCH_INTAKE_TEST_STORE=sqlite $(BIN)/pytest

# Only the tests that touch the store run a second time, against PostgreSQL.
test-postgresql: install
	DISPATCH_INTAKE_TEST_STORE=postgresql $(BIN)/pytest tests/service

replay: install
	$(BIN)/dispatch-intake replay $(SHARED_SCENARIOS) tests/scenarios

test: lint typecheck validate test-sqlite test-postgresql replay

bench: install
	$(PY) bench/resolve.py
	$(PY) bench/api.py
	$(PY) bench/triage.py
