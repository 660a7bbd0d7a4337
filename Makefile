# The two commands of the README: `make demo` and `make test`. Each installs what it needs first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test bench clean

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

$(BIN)/actormap: pyproject.toml
	@pkg-config --exists icu-uc 2>/dev/null || { echo "Installing libicu-dev and pkg-config (PyICU builds against them)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libicu-dev pkg-config; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/actormap

demo: install
	$(BIN)/actormap extract examples/*.txt --format text

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build *.egg-info
