# Journal: the whole set-up is `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test test-deep lint bench bench-growth install dev clean translations screenshots package package-check appdata-check

$(VENV)/.runtime: requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements-dev.lock $(VENV)/.runtime
	$(PIP) install -r requirements-dev.lock
	touch $@

install: $(VENV)/.runtime
dev: $(VENV)/.dev

# On Linux, first check that Qt's X11 libraries are installed (else it prints the command that installs them).
run: $(VENV)/.runtime
	@$(PY) packaging/linux/check_qt_libs.py
	$(VENV)/bin/journal-app $(ARGS)

test: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m "not deep"

# The exhaustive suites left out of `make test` (marked `deep`): every crash point, many-vault examiners, more
# examples of the property tests, waits that take their real time. CI runs them after `make test`.
test-deep: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m deep || [ $$? -eq 5 ]

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check journal_app tests benchmarks
	$(VENV)/bin/ruff format --check journal_app tests benchmarks
	$(VENV)/bin/mypy journal_app

# Translations: the .ts sources (English is the source language; journal_en.ts holds only plural forms) and the
# compiled .qm files that ship. Run after changing any visible string, then translate what is unfinished.
UI_SOURCES = $(sort $(shell find journal_app/ui -name '*.py')) journal_app/app.py
TS_DIR := resources/translations
translations: $(VENV)/.runtime
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -no-obsolete -locations none -ts $(TS_DIR)/journal_ru.ts $(TS_DIR)/journal_uk.ts
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -no-obsolete -locations none -pluralonly -ts $(TS_DIR)/journal_en.ts
	for ts in $(TS_DIR)/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The README's screenshots, made offscreen from a demo vault in a temporary folder.
screenshots: $(VENV)/.runtime
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots/generate.py

$(VENV)/.bench: benchmarks/requirements.txt $(VENV)/.dev
	$(PIP) install -r benchmarks/requirements.txt
	touch $@

# Scale benchmarks (minutes; the 100,000-entry vault is generated once into benchmarks/out/). ARGS="--quick" for a short run.
bench: $(VENV)/.bench
	$(PY) -m benchmarks.run $(ARGS)
	$(PY) -m benchmarks.backup_bench
	$(PY) -m benchmarks.import_bench

# Growth with size: 10,000 to 1,000,000 entries (the 1M vault is generated once into benchmarks/out/: about 8 GB and
# half an hour). Prints the growth table of docs/PERFORMANCE.md.
bench-growth: $(VENV)/.bench
	$(PY) -m benchmarks.growth $(ARGS)

# The one-folder bundle dist/journal/ (PyInstaller, this platform). docs/PACKAGING.md has the other platforms.
$(VENV)/.package: packaging/requirements.txt $(VENV)/.runtime
	$(PIP) install -r packaging/requirements.txt
	touch $@

package: $(VENV)/.package
	rm -rf dist/journal build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/journal.spec
	@du -sh dist/journal

# Build the bundle, then run the smoke test against it (--version, a vault through the CLI, --self-test).
package-check: package $(VENV)/.dev
	JOURNAL_BUNDLE=dist/journal QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/packaging

# The Linux desktop entry and AppStream metainfo (needs desktop-file-utils and appstream from the distribution).
appdata-check:
	desktop-file-validate packaging/linux/journal.desktop
	appstreamcli validate --no-net packaging/linux/io.github.journal_app.Journal.metainfo.xml

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
