# minutebook: `make run` to try it, `make test` to check it.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
BIND   ?= 127.0.0.1:8000
SHARED ?= ../shared

.PHONY: run install test lint test-sqlite test-postgres test-browser bench bench-themes bench-load eval fuzz clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@# The embedding model's ONNX files, made once here rather than by the first run.
	$(PY) -m minutebook.themes.onnx_model
	@touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/minutebook migrate --verbosity 0
	$(VENV)/bin/minutebook demo
	$(VENV)/bin/minutebook serve --bind $(BIND)

test: install lint test-sqlite test-postgres test-browser

lint: install
	$(VENV)/bin/ruff check .

test-sqlite: install
	@echo "== pytest on SQLite"
	env -u DATABASE_URL $(PYTEST) tests --ignore=tests/browser -n 2

test-postgres: install
	@echo "== pytest on PostgreSQL (throwaway cluster)"
	@$(PY) scripts/with_postgres.py -- $(PYTEST) tests --ignore=tests/browser -n 2; rc=$$?; \
	if [ $$rc -eq 4 ]; then \
	  if [ "$$CI" = "true" ]; then echo "PostgreSQL is required under CI but is not installed"; exit 1; fi; \
	  echo "skipped: PostgreSQL suite (PostgreSQL is not installed)"; \
	else exit $$rc; fi

test-browser: install
	@echo "== browser tests in Chromium"
	@if [ ! -x /usr/bin/chromium ] && [ "$$CI" != "true" ]; then \
	  echo "skipped: browser tests (no /usr/bin/chromium; apt-get install chromium)"; \
	else env -u DATABASE_URL $(PYTEST) tests/browser; fi

bench: install
	$(PY) bench/bench_parse.py
	$(PY) bench/bench_import.py 1000
	@# A whole archive (100 .doc, 50 scans), following included; it pins itself to one core.
	$(PY) bench/bench_archive.py

# Scores the engine and two baselines (BERTopic, k-means with the true k) on the dev set.
bench-themes: install
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/bench_themes.py $(SHARED)/data/themes-dev
	$(PY) bench/bench_themes_scale.py

# A 20-year archive under 50 concurrent clients, on SQLite and PostgreSQL.
bench-load: install
	$(PY) bench/load/run.py --db both --clients 50 --seconds 30 --write-rates 0,1

# 2,500 examples for each of the four fuzz tests: 10,000 generated and mutated documents.
fuzz: install
	env -u DATABASE_URL FUZZ_EXAMPLES=2500 $(PYTEST) tests/fuzz \
	  tests/security/test_canaries_follow_every_change.py -p no:randomly

eval: install
	$(PY) bench/eval_minutes.py $(SHARED)
	$(PY) bench/eval_following.py $(SHARED)

clean:
	rm -rf $(VENV) test-artifacts .pytest_cache
