# The two commands of the README: `make demo` and `make test`. Each installs what it needs first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install assets demo test bench clean

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

$(BIN)/actormap: pyproject.toml
	@pkg-config --exists icu-uc 2>/dev/null || { echo "Installing libicu-dev and pkg-config (PyICU builds against them)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libicu-dev pkg-config; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The board's browser packages (package.json; docs/board.md): installed from npm and copied into the
# folder the app serves them from. No CDN: the board never asks another origin for anything.
VENDOR := src/actormap/serve/static/vendor

$(VENDOR)/.copied: package.json package-lock.json src/actormap/serve/vendor.mjs
	npm ci --no-audit --no-fund --loglevel=error
	node src/actormap/serve/vendor.mjs
	touch $@

assets: $(VENDOR)/.copied

install: $(BIN)/actormap assets

# The main job on the embedded defaults: the bundled corpus into ./actormap.db (SQLite), then the map.
demo: install
	$(BIN)/actormap ingest examples
	$(BIN)/actormap stats
	$(BIN)/actormap entities
	$(BIN)/actormap claims
	@echo "Next: $(BIN)/actormap show \"Rami Makhlouf\", or $(BIN)/actormap serve for the board."

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build *.egg-info node_modules $(VENDOR)
