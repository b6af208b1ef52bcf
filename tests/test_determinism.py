"""The warehouse is a function of the input files: not of the number of parser workers, nor of how
the files were cut into batches (which is also what makes a re-run after a crash equal a clean run)."""

from __future__ import annotations

import datetime as dt

import pytest

from antara_testkit.faults import diff_tables, natural_checksums, natural_rows
from antara_testkit.generator import generate_corpus
from etl.pipeline import ingest
from etl.warehouse.connection import create_engine
from tests.conftest import drop_database, make_database

AS_OF = dt.date(2026, 11, 29)


@pytest.mark.slow
def test_workers_and_batch_boundaries_do_not_change_the_warehouse(tmp_path, pg_server_url, template_db):
    generate_corpus(tmp_path / "in", 400, seed=1)
    checksums, engines, urls = [], [], []
    try:
        for workers, batch_size in [(2, 2000), (1, 37)]:
            urls.append(make_database(pg_server_url, template_db))
            engines.append(create_engine(urls[-1]))
            ingest(tmp_path / "in", engines[-1], as_of=AS_OF, workers=workers, batch_size=batch_size)
            checksums.append(natural_checksums(engines[-1]))
        differing = diff_tables(*checksums)
        assert differing == [], {
            t: (
                sorted(natural_rows(engines[0], t) - natural_rows(engines[1], t))[:3],
                sorted(natural_rows(engines[1], t) - natural_rows(engines[0], t))[:3],
            )
            for t in differing
        }
    finally:
        for engine, url in zip(engines, urls):
            engine.dispose()
            drop_database(pg_server_url, url)
