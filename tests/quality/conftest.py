"""Quality tests: batches staged from real parsed files, audited with the real suites on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from etl import PARSER_VERSION
from etl.extract import discover
from etl.pipeline import transform_file
from etl.warehouse import load
from tests.test_pipeline import article, write

AS_OF = dt.date(2026, 11, 29)
ARTICLES = 30  # over Baseline.min_rows, so the distribution checks run too


@dataclass(frozen=True)
class Staged:
    run_id: int
    batch_id: str
    root: str
    files: int


def stage_corpus(engine: sa.Engine, root: Path, articles: int = ARTICLES) -> Staged:
    """Write `articles` good files and one empty one, parse them and stage them as one committed batch."""
    for n in range(articles):
        write(root, f"2024/03/a{n:03d}.txt", article(n))
    write(root, "bad/empty.txt", "")
    run_id = load.start_run(engine, str(root), PARSER_VERSION, AS_OF, "test")
    outcomes = [(i, transform_file(f, AS_OF)) for i, f in enumerate(discover(root))]
    batch_id = f"run{run_id}-b00000"
    with engine.begin() as conn:
        load.stage_batch(conn, batch_id, run_id, str(root), outcomes)
    return Staged(run_id, batch_id, str(root), len(outcomes))


def execute(engine: sa.Engine, sql: str, **params) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(sql), params)


def plant_unknown_role(engine: sa.Engine, batch_id: str, role: str = "<b>ghost</b>") -> None:
    """A defect for the audit to find: the first credit of one staged article gets a role outside the set."""
    execute(
        engine,
        "UPDATE staging.article_credit SET role = :role WHERE batch_id = :b AND position = 0 "
        "AND content_sha256 = (SELECT min(content_sha256) FROM staging.article WHERE batch_id = :b)",
        b=batch_id,
        role=role,
    )


def rows(engine: sa.Engine, sql: str, **params) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).all()


@pytest.fixture
def staged(warehouse, tmp_path) -> Staged:
    return stage_corpus(warehouse, tmp_path / "in")
