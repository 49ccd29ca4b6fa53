# The README's two commands: `make run` and `make test`. Both bootstrap .venv on a brand-new machine.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-fast e2e-deps bench train lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## Start the local server on 127.0.0.1:8787 (uses the model shipped in models/; trains nothing).
run: $(STAMP)
	$(VENV)/bin/tactful serve

## Everything: unit, API, CLI and browser end-to-end tests.
test: $(STAMP) e2e-deps
	$(PY) -m pytest -q

## Unit, API and CLI tests only (no browser).
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not e2e"

## Browser test dependencies: Debian's chromium (when missing) and the pinned npm packages of the test pages.
e2e-deps: $(STAMP)
	bash tests/e2e/setup.sh

bench: $(STAMP)
	$(PY) bench/run_all.py

## Rebuild the classifier from models/data (reproducible: fixed seeds).
train: $(STAMP)
	$(VENV)/bin/tactful train

clean:
	rm -rf $(VENV) .pytest_cache
