# The targets people look for. Every target sets up .venv first, so a fresh clone needs
# nothing but python3 (>= 3.11) and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= build/reports

.PHONY: setup run test lint fmt typecheck bench fuzz golden docs clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/iki validate

test: setup lint
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check iki tests
	$(BIN)/ruff format --check iki tests
	$(BIN)/mypy

fmt: setup
	$(BIN)/ruff format iki tests
	$(BIN)/ruff check --fix iki tests

# docs/rules.md is generated from the quality rules' docstrings; a test checks it is current.
docs: setup
	$(BIN)/python -m iki.rules.docs > docs/rules.md

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
