# Samarbeidsboka: `make book` builds the site, `make test` runs every test. See README.md.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JB_FLAGS := --all -W -n --keep-going

.PHONY: book check test serve clean bench deps test-deps chromium

book: deps check
	$(BIN)/jupyter-book build . $(JB_FLAGS)

check: deps
	$(BIN)/python -m book check

deps: $(VENV)/.deps-installed
test-deps: $(VENV)/.test-deps-installed node_modules/.installed chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3

$(VENV)/.deps-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
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

test: test-deps book
	$(BIN)/python -m pytest

serve: book
	@echo "Serving _build/html on http://127.0.0.1:8000 (Ctrl+C to stop)"
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory _build/html

bench: test-deps
	$(BIN)/python -m book.bench

clean:
	rm -rf _build .jupyter_cache
