# Two commands on a fresh machine: `make run` starts the app, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test format clean install-desktop uninstall-desktop bundle translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "briefer needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The German (and English plural) messages, compiled from resources/translations/*.ts and
# src/briefer/locale/*/LC_MESSAGES/*.po; the package build (hatch_build.py) makes them too.
TRANSLATED := .venv/.translations
$(TRANSLATED): $(STAMP) hatch_build.py $(wildcard resources/translations/*.ts) \
		$(wildcard src/briefer/locale/*/LC_MESSAGES/*.po)
	$(BIN)/python -c 'import hatch_build, pathlib; hatch_build.compile_translations(pathlib.Path("."))'
	touch $(TRANSLATED)

# The parser's largest patterns compiled into the user's cache folder now rather than on the
# first import in the app (about 20 s once, then 2 s): importers/patterncache.py.
PATTERNS := .venv/.patterns
$(PATTERNS): $(STAMP) $(wildcard src/briefer/importers/*.py)
	$(BIN)/python -c 'import briefer.importers.pressrelease'
	touch $(PATTERNS)

run: $(TRANSLATED) $(PATTERNS)
	$(BIN)/briefer

# Lint, format, layers (import-linter), types (mypy --strict, gui included), then the
# tests with warnings as errors (pyproject.toml).
test: $(TRANSLATED)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

# A self-contained app folder, dist/briefer (run dist/briefer/briefer); packaging/smoke.sh
# tries it from outside the repository.
bundle: $(TRANSLATED)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/briefer.spec

# The app in the desktop's menus, and .briefing files opening in it on a double click.
install-desktop: $(STAMP)
	$(BIN)/python -m briefer.gui.desktop --exec "$(abspath $(BIN))/briefer"

uninstall-desktop: $(STAMP)
	$(BIN)/python -m briefer.gui.desktop --uninstall

# After changing GUI strings or the core's messages: bring the .ts and .po files up to date,
# then translate what is new (docs/glossary.md has the terms). tests/test_translations.py checks both.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete src/briefer/gui/*.py \
		-ts resources/translations/briefer_de.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly src/briefer/gui/*.py \
		-ts resources/translations/briefer_en.ts
	mkdir -p build
	$(BIN)/pybabel extract --no-default-keywords -k _ -k N_ -k ngettext:1,2 --no-location \
		--sort-output -o build/briefer.pot src/briefer
	$(BIN)/pybabel update --no-fuzzy-matching -i build/briefer.pot -D briefer \
		-d src/briefer/locale --width 100

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache
