# Two commands: `make run` and `make test`. Everything else is here so a fresh clone needs nothing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: run test lint validate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/entraide run

validate: $(STAMP)
	$(BIN)/entraide validate

lint: $(TESTSTAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy

test: $(TESTSTAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy
	$(BIN)/entraide validate
	$(BIN)/entraide test
	$(BIN)/python -m pytest -q

# Each benchmark exits 1 when it misses its target; `-` lets the others run and report all the same.
bench: $(TESTSTAMP)
	-$(BIN)/python bench/language.py
	-$(BIN)/python bench/themes.py
	-$(BIN)/python bench/crisis.py
	-$(BIN)/python bench/engine.py
	-$(BIN)/python bench/telegram.py 150 --echo-pool 8
	-$(BIN)/python bench/web.py 500
	-$(BIN)/python bench/memory.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
