"""Fixtures of the fault tests: a PostgreSQL server of their own (they stop, restart and fill it),
generated corpora, and a clean reference run to compare with."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import sqlalchemy as sa

from antara_testkit.faults import PrivatePostgres, migrated_template, natural_checksums

AS_OF = dt.date(2026, 11, 29)
TEMPLATE = "faults_template"
REFERENCE_DB = "faults_reference"


@pytest.fixture(scope="session")
def private_pg(tmp_path_factory):
    """A private server: the session's shared one must not be restarted under other tests."""
    server = PrivatePostgres(tmp_path_factory.mktemp("private-pg"))
    migrated_template(server, TEMPLATE)
    yield server
    server.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """200 generated files (articles, duplicates, near-duplicates) plus one of each bad kind."""
    from antara_testkit.generator import generate_corpus, write_bad_inputs

    root = tmp_path_factory.mktemp("corpus") / "in"
    generate_corpus(root, 200, seed=5)
    write_bad_inputs(root, large_bytes=11 * 1024 * 1024)
    return root


def engine_for(server: PrivatePostgres, name: str):
    from etl.warehouse.connection import create_engine

    return create_engine(server.create_database(name, TEMPLATE))


@pytest.fixture(scope="session")
def reference(private_pg, corpus) -> dict[str, str]:
    """Natural-key checksums of a clean, uninterrupted run over the corpus (batches of 20)."""
    from etl.pipeline import ingest

    engine = engine_for(private_pg, REFERENCE_DB)  # kept for the session: tests read its rows
    try:
        summary = ingest(corpus, engine, as_of=AS_OF, batch_size=20)
        assert summary.blocked_batches == [] and summary.loaded > 150
        return natural_checksums(engine)
    finally:
        engine.dispose()


@pytest.fixture
def reference_engine(private_pg, reference):
    engine = sa.create_engine(private_pg.url(REFERENCE_DB))
    yield engine
    engine.dispose()


def ingest_in_thread(corpus, engine: sa.Engine) -> tuple[threading.Thread, dict]:
    """Start ``ingest`` in a thread (the test injects a fault meanwhile); the dict gets 'summary' or 'error'."""
    from etl.pipeline import ingest

    outcome: dict = {}

    def run():
        try:
            outcome["summary"] = ingest(corpus, engine, as_of=AS_OF, batch_size=20)
        except BaseException as exc:  # noqa: BLE001 - the test asserts on it
            outcome["error"] = exc

    runner = threading.Thread(target=run)
    runner.start()
    return runner, outcome
