"""No password reaches a log, the Data Docs, any file the run writes, or the warehouse's own tables:
a CLI ingest with a password in its database URL (debug logging on, Data Docs built), and a failed
one (the database does not exist), grepped for the password's unguessable core."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.generator import generate_corpus, write_bad_inputs
from tests.security.secret_role import files_containing, secret_warehouse

CLI = str(Path(sys.executable).parent / "antara-etl")


@pytest.fixture
def secret_url(pg_server_url, template_db):
    with secret_warehouse(pg_server_url, template_db) as found:
        yield found


def _cli(args: list[str], work: Path) -> subprocess.CompletedProcess:
    home = work / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTARA_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        ANTARA_LOG_LEVEL="DEBUG",
        ANTARA_DATA_DIR=str(work / "data"),
        COLUMNS="200",
    )
    return subprocess.run([CLI, *args], cwd=work, env=env, capture_output=True, text=True, timeout=600)


def test_an_ingest_leaks_the_password_nowhere(tmp_path, secret_url):
    url, core = secret_url
    root = tmp_path / "in"
    generate_corpus(root / "good", 6, seed=5, variants=False)
    write_bad_inputs(root, large_bytes=11 * 1024 * 1024)
    work = tmp_path / "work"
    work.mkdir()
    docs = work / "docs"
    result = _cli(
        [
            "ingest",
            str(root),
            "--database-url",
            url,
            "--docs-dir",
            str(docs),
            "--as-of",
            "2026-11-29",
            "--workers",
            "1",
        ],
        work,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert list(docs.rglob("index.html")), "no Data Docs were built"
    assert "***" in result.stdout + result.stderr or "ingest" in result.stdout  # it ran and printed its summary
    assert core not in result.stdout and core not in result.stderr
    assert files_containing(work, core) == []  # docs, any gx/ folder, the home and data folders
    assert files_containing(root, core) == []
    # nor in the warehouse's own records (runs, ledger messages, validation results, overrides)
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            for table in ("ingest.run", "ingest.raw_file", "quality.validation_run", "quality.expectation_result"):
                assert (
                    conn.execute(
                        sa.text(f"SELECT count(*) FROM {table} t WHERE t::text LIKE :p"), {"p": f"%{core}%"}
                    ).scalar()
                    == 0
                ), table
            assert conn.execute(sa.text("SELECT count(*) FROM ingest.raw_file")).scalar() > 10
    finally:
        engine.dispose()


def test_a_failed_connection_leaks_the_password_nowhere(tmp_path, secret_url):
    url, core = secret_url
    wrong = make_url(url).set(database="no_such_database").render_as_string(hide_password=False)
    (tmp_path / "in").mkdir()
    work = tmp_path / "work"
    work.mkdir()
    for args in (
        ["ingest", str(tmp_path / "in"), "--database-url", wrong],
        ["db", "upgrade", "--database-url", wrong],
        ["quarantine", "list", "--database-url", wrong],
    ):
        result = _cli(args, work)
        assert result.returncode != 0, args
        assert core not in result.stdout + result.stderr, args
        assert "no_such_database" in result.stdout + result.stderr, args  # the error still says what is wrong
    assert files_containing(work, core) == []
