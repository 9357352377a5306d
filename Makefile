# Samarbeidsboka: `make book` builds the site, `make test` runs every test. See README.md.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JB_FLAGS := --all -W -n --keep-going

# Python may keep compiled files (__pycache__/, ignored by git): a shell that sets
# PYTHONDONTWRITEBYTECODE would make pytest rewrite and compile every test module on every run.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: book preview watch check test test-fast lint format pins serve clean bench screenshots cards release linkcheck deps test-deps chromium

# `book check` prints data errors as one line each (file, line, entry, field) and stops; the
# build then reuses its validated catalogue (book/catalogue_cache.py): data is validated once.
# The build runs PurgeCSS from node_modules (book/ext/purge.py), hence `npm ci` first.
book: deps node_modules/.installed check
	$(BIN)/jupyter-book build . $(JB_FLAGS)

# For writers: incremental (no --all); a page is rebuilt only when its source or the data it
# renders changed, and the theme's stylesheets are not purged (KB_PREVIEW, book/ext/purge.py).
# CI and `make book` keep the full build.
preview: deps node_modules/.installed
	KB_PREVIEW=1 $(BIN)/jupyter-book build . -W -n --keep-going

# The writer's loop: `make preview` again each time a source is saved, in a process forked from
# one that has imported Sphinx and the extension already (tools/watch.py). Ctrl+C stops it.
watch: deps node_modules/.installed
	$(BIN)/python -m tools.watch

check: deps
	$(BIN)/python -m book check

deps: $(VENV)/.deps-installed
test-deps: $(VENV)/.test-deps-installed node_modules/.installed chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3

# The exact pins, then the project itself as an editable package (imports work from any folder).
$(VENV)/.deps-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test-deps-installed: requirements-test.txt $(VENV)/.deps-installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium, driven by Playwright through executable_path (no browser download), and
# poppler-utils (pdftotext) for the print tests, which read Chromium's PDF output.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; }
	@command -v pdftotext >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

# Everything: lint, the build, then every tier (unit, data, build, browser).
test: test-deps lint book
	$(BIN)/python -m pytest

# The everyday loop: no build, no browser (unit and data tiers), on every core (pytest-xdist).
# tests/browser/ holds only browser tests: not even collected here.
test-fast: $(VENV)/.test-deps-installed
	KB_FUZZ_EXAMPLES=15 $(BIN)/python -m pytest -q -n auto -m "unit or data" --ignore=tests/browser

lint: $(VENV)/.test-deps-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.test-deps-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Recompile the exact pins from the direct dependencies (requirements*.in); needs the registry.
pins: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links \
	  --output-file=requirements.txt requirements.in
	$(BIN)/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links \
	  --output-file=requirements-test.txt requirements-test.in

screenshots: test-deps
	$(BIN)/python -m tools.screenshots

# The trainer kit as PDFs (_build/cards/), printed by Debian's Chromium from the built pages; then
# an incremental build, which only re-renders «For kursholdere» to link them.
cards: test-deps book
	$(BIN)/python -m tools.cards
	$(BIN)/jupyter-book build . -W -n --keep-going

# As a real static host: the site's CSP and gzip (tools/server.py). PREFIX=/samarbeidsboka/
# serves it under a sub-path, as GitHub Pages does for a project site.
PREFIX ?= /
serve: book
	$(BIN)/python -m tools.server _build/html --port 8000 --prefix $(PREFIX)

# One folder per version in _build/release/ (tools/release.py).
release: offline pdf
	$(BIN)/python -m tools.release

# Lists external links; CHECK=1 also asks each host (needs internet, so not part of make test).
linkcheck: book
	$(BIN)/python -m tools.linkcheck $(if $(CHECK),--check)

bench: test-deps
	$(BIN)/python -m tools.bench
	$(BIN)/python -m tools.bench_notebooks

clean:
	rm -rf _build .jupyter_cache

# The offline edition: the built site as one ZIP that runs opened from disk (tools/offline.py).
.PHONY: offline
offline: book
	$(BIN)/python -m tools.offline

# The whole book as one PDF, printed by headless Chromium (tools/pdf.py); then an incremental
# build, which re-renders the pages that link it (book/ext/book_pdf.py) and copies it into the site.
.PHONY: pdf
pdf: test-deps book
	$(BIN)/python -m tools.pdf
	$(BIN)/jupyter-book build . -W -n --keep-going
