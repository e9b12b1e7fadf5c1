# NeuroHub Desktop — developer entry points.  `make run` and `make test` are the quick start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test pg15 bench bench-quick soak lint rules format i18n translations clean help

help:
	@echo "make run | test | bench | bench-quick | soak | lint | rules | format | translations | clean"

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

# The house rules (docs/architecture lesson 13), before the tests and in `make lint`: ruff (lint
# and format: `make format` applies it), the layer contracts of [tool.importlinter], mypy
# (strict parts at 0, the rest held to tools/mypy-baseline.txt).  Each stops the target.
PY_TREES := neurohub_desktop migrations tests bench tools
rules: $(STAMP)
	$(BIN)/ruff check $(PY_TREES)
	$(BIN)/ruff format --check $(PY_TREES)
	$(BIN)/lint-imports --no-logo
	$(BIN)/python tools/check_mypy.py

# The recovery tests run on Debian's PostgreSQL 15 as well (tests/conftest.py pg15_server): as
# root (CI) a missing server is installed from Debian's packages; otherwise they skip, saying so.
PG15_BIN ?= /usr/lib/postgresql/15/bin
pg15:
	@if [ -x $(PG15_BIN)/initdb ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing postgresql-15 (Debian) for the PostgreSQL 15 tests"; \
	    (apt-get install -y -q postgresql-15 >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null && apt-get install -y -q postgresql-15 >/dev/null)) || \
	    echo "postgresql-15 could not be installed: its tests will be skipped"; \
	else echo "no PostgreSQL 15 in $(PG15_BIN) (not root): its tests will be skipped"; fi

test: rules $(QM) pg15
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick $(BENCH_ARGS)

soak: $(STAMP)
	$(BIN)/python -m bench.soak $(SOAK_ARGS)

format: $(STAMP)
	$(BIN)/ruff format $(PY_TREES)
	$(BIN)/ruff check --fix $(PY_TREES)

lint: rules
	$(BIN)/python -m tools.squawk_lint

# Refresh each area's .ts from its own sources (keeps existing translations):
# shell = neurohub_desktop/*.py + ui/*.py, station = ui/station/, supervisor = ui/supervisor/,
# admin = ui/admin/; messages = the Msg("…") / N_("…") templates of everything outside ui/
# (domain/messages.py: both are aliased to QT_TR_NOOP, so they land in the empty context).
I18N_AREAS         := shell station supervisor admin messages
I18N_LOCALES       := ko en
I18N_SRC_shell      = $(wildcard neurohub_desktop/*.py neurohub_desktop/ui/*.py)
I18N_SRC_station    = $(shell find neurohub_desktop/ui/station -name '*.py')
I18N_SRC_supervisor = $(shell find neurohub_desktop/ui/supervisor -name '*.py')
I18N_SRC_admin      = $(shell find neurohub_desktop/ui/admin -name '*.py')
I18N_SRC_messages   = $(shell find neurohub_desktop -name '*.py' -not -path 'neurohub_desktop/ui/*' | sort)
I18N_OPT_messages   = -tr-function-alias QT_TR_NOOP+=Msg,QT_TR_NOOP+=N_ -locations none
i18n: $(STAMP)
	$(foreach area,$(I18N_AREAS),$(BIN)/pyside6-lupdate -source-language en $(I18N_OPT_$(area)) \
	    $(I18N_SRC_$(area)) -ts $(foreach l,$(I18N_LOCALES),resources/i18n/$(area)_$(l).ts) &&) true
	# lupdate reads the `#:` attribute comments of domain modules as translator comments of
	# the next template: in the messages area they never are
	sed -i.bak '/<extracomment>/d' resources/i18n/messages_*.ts && rm -f resources/i18n/messages_*.ts.bak

clean:
	rm -rf $(VENV) build *.egg-info resources/i18n/*.qm
