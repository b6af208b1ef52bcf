"""Disk full (ENOSPC) where an ingest writes, simulated with a tiny tmpfs (needs root and mount;
skipped otherwise).

- The Data Docs folder (`--docs-dir`) fills up: the real CLI fails with the OS error (`No space
  left on device`), the run is recorded as failed, what was published before is intact (a subset
  of a clean run's rows), and a re-run with space completes, equal to a clean run.
- The warehouse's disk fills up (the database lives in a tablespace on the tmpfs): PostgreSQL
  refuses to extend a file (SQLSTATE 53100, `DiskFull`), which etl.warehouse.retry treats as
  transient; space is freed while the run retries, and the run itself completes, equal to a clean run.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from antara_testkit.faults import cli_args, diff_tables, leftovers, natural_checksums, natural_rows, run_cli
from tests.faults.conftest import AS_OF, TEMPLATE, ingest_in_thread

pytestmark = pytest.mark.slow


def mount_tmpfs(path: Path, size: str, *options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join((f"size={size}", *options)), "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


def umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def test_a_full_docs_dir_fails_the_run_clearly_and_a_rerun_completes(
    tmp_path, private_pg, corpus, reference, reference_engine
):
    docs = tmp_path / "docs"
    mount_tmpfs(docs, "10m")  # static assets ~4 MB once, then ~0.5 MB per batch
    url = private_pg.create_database("faults_docs_full", TEMPLATE)
    engine = sa.create_engine(url)
    try:
        status, _ = run_cli(
            cli_args(corpus, url, AS_OF.isoformat(), "--batch-size", "20", "--docs-dir", str(docs)),
            tmp_path / "full.log",
        )
        output = (tmp_path / "full.log").read_text()
        assert status != 0
        assert "No space left on device" in output
        left = leftovers(engine)
        assert (left.runs_running, left.runs_failed) == (0, 1), left
        # what was published before the failure is exactly what a clean run has for those files
        for table in ("ingest.raw_file", "core.article", "core.article_credit", "core.entity_mention"):
            assert natural_rows(engine, table) <= natural_rows(reference_engine, table), table
        published = len(natural_rows(engine, "ingest.raw_file"))
        assert 0 < published < len(natural_rows(reference_engine, "ingest.raw_file"))  # it failed mid-way

        umount(docs)  # space again
        status, _ = run_cli(
            cli_args(corpus, url, AS_OF.isoformat(), "--batch-size", "20", "--docs-dir", str(docs)),
            tmp_path / "rerun.log",
        )
        assert status == 0, (tmp_path / "rerun.log").read_text()[-3000:]
        assert diff_tables(reference, natural_checksums(engine)) == []
        assert leftovers(engine).runs_running == 0
    finally:
        umount(docs)
        engine.dispose()
        private_pg.drop_database("faults_docs_full")


class _Retries(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_a_full_warehouse_disk_is_retried_and_the_run_goes_on_once_space_is_freed(
    tmp_path, private_pg, corpus, reference
):
    import pwd

    # the server's OS user must reach the folder: pytest's tmp_path is private to us
    base = Path(tempfile.mkdtemp(prefix="antara-tablespace-"))
    base.chmod(0o755)
    space = base / "tablespace"
    owner = pwd.getpwnam(private_pg.os_user) if private_pg.os_user else None
    mount_tmpfs(space, "48m", "mode=0700", *((f"uid={owner.pw_uid}", f"gid={owner.pw_gid}") if owner else ()))
    admin = private_pg.admin()
    retries = _Retries()
    logging.getLogger("etl.warehouse.retry").addHandler(retries)
    engine = None
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE TABLESPACE faults_tiny LOCATION '{space}'"))
        url = private_pg.create_database("faults_disk_full", TEMPLATE, tablespace="faults_tiny")
        from etl.warehouse.connection import create_engine

        engine = create_engine(url)
        # leave about 256 kB: enough to start the run, not to stage a batch of 20 articles
        free = int(
            subprocess.run(
                ["df", "--output=avail", "-B1", str(space)], capture_output=True, text=True, check=True
            ).stdout.split()[-1]
        )
        ballast = space / "ballast"
        with open(ballast, "wb") as fh:
            fh.write(b"\0" * max(0, free - 256 * 1024))
        runner, outcome = ingest_in_thread(corpus, engine)
        deadline = time.monotonic() + 40  # the retries wait ~60 s in all before giving up
        while not any("DiskFull" in m for m in retries.messages) and runner.is_alive():
            assert time.monotonic() < deadline, f"no DiskFull retry seen: {retries.messages}"
            time.sleep(0.1)
        ballast.unlink()  # free the space while the run retries
        runner.join(300)
        assert "error" not in outcome, f"the run failed: {outcome.get('error')!r}"
        assert any("DiskFull" in m for m in retries.messages), retries.messages
        assert diff_tables(reference, natural_checksums(engine)) == []
        left = leftovers(engine)
        assert (left.runs_running, left.runs_failed, left.staged_batches) == (0, 0, 0), left
    finally:
        logging.getLogger("etl.warehouse.retry").removeHandler(retries)
        if engine is not None:
            engine.dispose()
        private_pg.drop_database("faults_disk_full")
        with admin.connect() as conn:
            conn.execute(sa.text("DROP TABLESPACE IF EXISTS faults_tiny"))
        admin.dispose()
        umount(space)
        shutil.rmtree(base, ignore_errors=True)
