# Two commands on a fresh machine (only Python needed): `make run` and `make test`.
VENV    ?= .venv
PY      := $(VENV)/bin/python
UV      := $(VENV)/bin/uv
CORPUS  ?= sample-corpus
FILES   ?= 300

.PHONY: venv web-assets run lint test test-fast airflow schema clean-corpus

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml testkit/pyproject.toml etl/quality/web_assets/package-lock.json
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv
	$(UV) pip install --quiet --python $(PY) --compile-bytecode -e ".[test]"
	$(MAKE) --no-print-directory web-assets
	touch $@

# The scripts and styles GX Data Docs load from CDNs, pinned by the lock file, served by the Airflow
# api-server (etl/quality/web.py) so Data Docs work with no internet.  Needs npm (Debian package `npm`).
WEB_ASSETS := $(VENV)/share/antara-web-assets
web-assets:
	@mkdir -p $(WEB_ASSETS)
	cp etl/quality/web_assets/package.json etl/quality/web_assets/package-lock.json etl/quality/web_assets/.npmrc $(WEB_ASSETS)/
	cd $(WEB_ASSETS) && npm ci --silent --no-audit --no-fund --ignore-scripts

# Generate a small realistic corpus (with planted bad files), ingest it into the embedded
# PostgreSQL, print the summary; run it again to see every file reported as unchanged.
run: venv
	@test -d $(CORPUS) || $(PY) -m antara_testkit.generator $(CORPUS) --files $(FILES) --seed 7 --bad
	$(VENV)/bin/antara-etl ingest $(CORPUS)
	@echo "query it:  psql \"\$$($(VENV)/bin/antara-etl db url)\" -c 'select count(*) from core.article'"

# Lint, format and type checks first: any error fails `make test` (and CI) before the slow suite starts.
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: venv lint
	$(PY) -m pytest

test-fast: venv
	$(PY) -m pytest -m "not slow"

# Airflow 3 on this machine: standalone UI on :8080 with the repo's DAGs and the embedded warehouse.
airflow: venv
	@test -d $(CORPUS) || $(PY) -m antara_testkit.generator $(CORPUS) --files $(FILES) --seed 7 --bad
	ANTARA_INPUT_ROOT=$(abspath $(CORPUS)) scripts/airflow-standalone.sh

bench-audit: venv
	$(PY) -m bench.audit_bench --files 10000 --repeat 5

bench-marts: venv
	$(PY) -m bench.marts_bench --articles 100000

# schema/current.sql: the dump of a fully migrated warehouse (tests/warehouse/test_schema.py checks it).
schema: venv
	$(PY) -m antara_testkit.schema_dump > schema/current.sql

clean-corpus:
	rm -rf $(CORPUS)
