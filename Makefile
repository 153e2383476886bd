# jilu-desktop — every target sets up what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test test-quick lint format bench screenshots translations clean

run: $(STAMP)
	@bash packaging/install-system-deps.sh run
	$(BIN)/jilu-desktop

test: $(STAMP)
	@bash packaging/install-system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The same suite without the long stress runs.
test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not stress"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: $(STAMP)
	@bash packaging/install-system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

SCREENSHOT_MODULES := screenshots screenshots_people screenshots_calendar_settings export_screenshot
screenshots: $(STAMP)
	@bash packaging/install-system-deps.sh test
	for m in $(SCREENSHOT_MODULES); do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m jilu_desktop.ui.$$m docs/screenshots || exit 1; done

# Gather the interface's strings into resources/i18n/*.ts (Chinese sources; English translations) and compile
# the .qm files the program loads. Translate new strings in jilu_en.ts (e.g. with pyside6-linguist), then run
# this again. Only finished translations are compiled; an untranslated string shows in Chinese.
I18N := resources/i18n
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none -source-language zh_CN \
		-target-language zh_CN src/jilu_desktop -ts $(I18N)/jilu_zh_CN.ts
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none -source-language zh_CN \
		-target-language en src/jilu_desktop -ts $(I18N)/jilu_en.ts
	$(BIN)/pyside6-lrelease -silent -nounfinished $(I18N)/jilu_zh_CN.ts $(I18N)/jilu_en.ts

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	@bash packaging/install-system-deps.sh test
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
