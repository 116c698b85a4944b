# The two commands a person needs: `make run` and `make test`. Everything else serves them.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3
SHARED_SCENARIOS ?= ../shared/scenarios

.PHONY: install lock openapi-snapshot run test lint typecheck validate test-sqlite test-postgresql test-long replay bench

# Python keeps what it compiles (__pycache__, ignored by git) for every command made here, even
# where the environment says not to (PYTHONDONTWRITEBYTECODE, as container images often set):
# nothing is compiled at install (below), so without it every process the tests start — the
# served instances, the take-call and gazetteer commands, each pytest worker — compiled every
# module it imported again from source, about 3 s of CPU each.
unexport PYTHONDONTWRITEBYTECODE

# Installs come from the lock files only (`make lock` regenerates them from pyproject.toml);
# `make run` takes the runtime lock, everything else the dev lock (runtime, dev and build).
# Nothing is byte-compiled at install (--no-compile): Python compiles each module the first
# time it is imported and keeps it, so only what runs is compiled, not every file of every
# package. The lock files pin every dependency with its hash (pip refuses them otherwise), so
# pip is told not to resolve them again (--no-deps).
$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-runtime: requirements/runtime.lock pyproject.toml | $(PY)
	$(PY) -m pip install -q --no-compile --no-deps --require-hashes -r requirements/runtime.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed: requirements/dev.lock pyproject.toml | $(PY)
	$(PY) -m pip install -q --no-compile --no-deps --require-hashes -r requirements/dev.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.installed

# After a change to pyproject.toml's dependencies; tests/test_lock.py fails until it is run.
lock: install
	$(BIN)/uv pip compile --quiet --python-version 3.11 --generate-hashes --no-header \
		pyproject.toml requirements/build-system.in -o requirements/runtime.lock
	$(BIN)/uv pip compile --quiet --python-version 3.11 --generate-hashes --no-header \
		--extra dev --extra build -c requirements/runtime.lock \
		pyproject.toml requirements/build-system.in -o requirements/dev.lock

run: $(VENV)/.installed-runtime
	$(BIN)/dispatch-intake serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Everything but the gazetteer's own tests, which are not yet annotated. mypy keeps its cache in
# the user's cache directory (as pip and the gazetteer index do), not in the checkout: a new
# clone on a machine that has checked the code before checks only what changed (about 40 s
# of CPU less on two cores); mypy checks every cached file against its source.
MYPY_CACHE_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/dispatch-intake-mypy
typecheck: install
	$(BIN)/mypy --strict --cache-dir '$(MYPY_CACHE_DIR)' dispatch_intake gazetteer bench tests \
		--exclude '^tests/gazetteer/'

validate: install
	$(BIN)/gazetteer validate

# One pytest worker per core for SQLite, and one for PostgreSQL beside it (tests keep to their
# own store, schema, ports and files, so the two suites run at the same time). The fault runs
# under load that bench/faults.py makes at length (kill -9 under load, a black-holed store, a
# long drain) are left out: `make test-long` runs them.
TEST_WORKERS ?= auto
PG_TEST_WORKERS ?= 1

# Work stealing: a worker left idle near the end takes tests still queued on the other, so a
# few long tests (a browser walk, a fault run) do not leave one core waiting.
test-sqlite: install
	DISPATCH_INTAKE_TEST_STORE=sqlite $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal -m "not long_run"

test-long: install
	DISPATCH_INTAKE_TEST_STORE=sqlite $(BIN)/pytest -n $(TEST_WORKERS) -m long_run

# Only the tests that touch the store run a second time, against PostgreSQL.
test-postgresql: install
	DISPATCH_INTAKE_TEST_STORE=postgresql $(BIN)/pytest -n $(PG_TEST_WORKERS) tests/service

# With the blind set of odd-input calls, which passed whole on its first run (bench/data/calls-blind.md).
replay: install
	$(BIN)/dispatch-intake replay $(SHARED_SCENARIOS) tests/scenarios bench/data/calls-blind3

# The checks run side by side, each one's output printed whole when it ends: neither suite keeps
# both cores busy on its own. The SQLite suite is the longest and starts first; make starts the
# others in the order listed as slots come free.
test: install
	$(MAKE) --no-print-directory -j3 --output-sync=target \
		test-sqlite test-postgresql lint typecheck validate replay

# After a deliberate change to the API: refreeze the document tests/service/test_openapi.py checks.
openapi-snapshot: install
	$(PY) -m dispatch_intake.openapi > docs/openapi.json

bench: install
	$(PY) bench/resolve.py
	$(PY) bench/api.py
	$(PY) bench/triage.py
