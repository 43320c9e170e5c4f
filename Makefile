# Two commands on a fresh machine: `make run` starts the app, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test format clean install-desktop uninstall-desktop bundle

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "briefer needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefer

# Lint, format, layers (import-linter), types (mypy --strict, gui included), then the
# tests with warnings as errors (pyproject.toml).
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

# A self-contained app folder, dist/briefer (run dist/briefer/briefer); packaging/smoke.sh
# tries it from outside the repository.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/briefer.spec

# The app in the desktop's menus, and .briefing files opening in it on a double click.
install-desktop: $(STAMP)
	$(BIN)/python -m briefer.gui.desktop --exec "$(abspath $(BIN))/briefer"

uninstall-desktop: $(STAMP)
	$(BIN)/python -m briefer.gui.desktop --uninstall

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache
