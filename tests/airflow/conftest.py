"""Fixtures for the Airflow tests: a migrated Airflow metadata database to clone, and a test corpus.

Airflow runs in subprocesses only (its configuration is read from the environment at import time,
so it never shares this pytest process): see harness.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from antara_testkit.airflow_corpus import write_corpus
from tests.airflow.harness import airflow, airflow_env, database_url
from tests.conftest import drop_database, make_database

CORPUS_FILES = 240


@pytest.fixture(scope="session")
def airflow_metadata_template(pg_server_url, tmp_path_factory) -> str:
    """A PostgreSQL database with Airflow's schema (`airflow db migrate` once per session), to clone."""
    url = make_database(pg_server_url, None)
    env = airflow_env(tmp_path_factory.mktemp("airflow-migrate"), database_url(pg_server_url, _name(url)))
    airflow(env, "db", "migrate")
    yield _name(url)
    drop_database(pg_server_url, url)


@pytest.fixture
def airflow_metadata_url(pg_server_url, airflow_metadata_template) -> str:
    """A fresh Airflow metadata database for this test (SQLAlchemy URL)."""
    url = make_database(pg_server_url, airflow_metadata_template)
    yield database_url(pg_server_url, _name(url))
    drop_database(pg_server_url, url)


@pytest.fixture
def airflow_home(tmp_path) -> Path:
    home = tmp_path / "airflow-home"
    home.mkdir()
    return home


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A generated input folder and the ledger statuses it must produce."""
    root = tmp_path_factory.mktemp("corpus") / "in"
    return root, write_corpus(root, CORPUS_FILES, seed=11)


def _name(url: str) -> str:
    return make_url(url).database
