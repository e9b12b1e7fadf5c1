# NeuroHub Desktop — developer entry points.  `make run` and `make test` are the quick start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench bench-quick soak lint i18n translations clean help

help:
	@echo "make run | test | bench | bench-quick | soak | lint | translations | clean"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/neurohub-desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick $(BENCH_ARGS)

soak: $(STAMP)
	$(BIN)/python -m bench.soak $(SOAK_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check neurohub_desktop migrations tests bench
	$(BIN)/python -m neurohub_desktop.tools.squawk_lint

# Refresh the .ts sources from the code (keeps existing translations).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find neurohub_desktop -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) build *.egg-info resources/i18n/*.qm
