"""`antara-etl` as a user runs it: a real process, a real warehouse, exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys

import psutil
import pytest
import sqlalchemy as sa

from tests.test_pipeline import article, write


def antara_etl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "etl.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=300,
    )


def test_ingest_prints_a_summary_and_a_second_run_finds_everything_loaded(tmp_path, warehouse_url):
    root = tmp_path / "in"
    for n in range(5):
        write(root, f"a{n}.txt", article(n))
    write(root, "junk.txt", b"\x00\x01\x02")
    first = antara_etl("ingest", str(root), "--database-url", warehouse_url, "--as-of", "2026-11-29")
    assert first.returncode == 0, first.stderr
    assert "loaded" in first.stdout and "binary_content" in first.stdout
    second = antara_etl("ingest", str(root), "--database-url", warehouse_url, "--as-of", "2026-11-29")
    assert second.returncode == 0, second.stderr
    assert "unchanged" in second.stdout
    engine = sa.create_engine(warehouse_url)
    with engine.connect() as conn:
        assert (
            conn.execute(sa.text("SELECT files_unchanged FROM ingest.run ORDER BY run_id DESC LIMIT 1")).scalar() == 6
        )
    engine.dispose()


def test_an_unreadable_input_root_fails_with_one_clear_message(tmp_path, warehouse_url):
    result = antara_etl("ingest", str(tmp_path / "missing"), "--database-url", warehouse_url)
    assert result.returncode == 2
    assert "input root" in result.stderr and "Traceback" not in result.stderr


def test_an_unreachable_warehouse_fails_with_one_clear_message_and_no_password(tmp_path):
    url = "postgresql://etl:s3cret-pw@127.0.0.1:1/news"
    result = antara_etl("ingest", str(tmp_path), "--database-url", url)
    assert result.returncode == 2
    assert "cannot reach the warehouse" in result.stderr and "Traceback" not in result.stderr
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_db_url_masks_the_password_unless_asked():
    url = "postgresql://etl:s3cret-pw@db.example:5432/news"
    assert antara_etl("db", "url", "--database-url", url).stdout.strip() == "postgresql://etl:***@db.example:5432/news"
    shown = antara_etl("db", "url", "--database-url", url, "--with-password").stdout.strip()
    assert shown == url


@pytest.mark.slow
def test_the_embedded_warehouse_needs_no_server_installed(tmp_path):
    """The default path of `make run`: no URL anywhere, a private PostgreSQL in the data dir."""
    root = tmp_path / "in"
    write(root, "a.txt", article(1))
    env = {"ANTARA_WAREHOUSE_URL": "", "ANTARA_DATA_DIR": str(tmp_path / "data")}
    try:
        result = antara_etl("ingest", str(root), "--as-of", "2026-11-29", env=env)
        assert result.returncode == 0, result.stderr
        url = antara_etl("db", "url", env=env).stdout.strip()
        assert url.startswith("postgresql://postgres@/antara?host=") and "***" not in url
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM core.article")).scalar() == 1
        engine.dispose()
        status = antara_etl("db", "status", env=env)
        assert status.returncode == 0 and "running since" in status.stdout, status.stdout + status.stderr
        assert str(tmp_path / "data" / "pgdata") in status.stdout
        pid = int(status.stdout.split("(pid ")[1].split(")")[0])
    finally:
        stop = antara_etl("db", "stop", env=env)
    # `db stop` tells the truth: the postmaster is gone when it says so, and status and stop agree.
    assert stop.returncode == 0 and f"stopped the embedded PostgreSQL (pid {pid})" in stop.stdout, stop.stdout
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert not (tmp_path / "data" / "pgdata" / "postmaster.pid").exists()
    after = antara_etl("db", "status", env=env)
    assert after.returncode == 3 and "not running" in after.stdout
    assert "was not running" in antara_etl("db", "stop", env=env).stdout
