"""Crash consistency of `antara-etl ingest`: SIGKILL it at random moments, re-run, compare.

The trials behind `python -m bench.crash_consistency` (which documents the method) and
`tests/faults/test_crash_consistency.py` (its small, bounded version).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.faults import (
    PrivatePostgres,
    cli_args,
    diff_tables,
    group_alive,
    kill_group,
    leftovers,
    migrated_template,
    natural_checksums,
    run_cli,
    snapshot_code,
    start_cli,
    wait_for_no_other_backends,
)

AS_OF = "2026-11-29"


def classify(sql: str) -> str:
    """Which pipeline stage a statement belongs to (for the trial report)."""
    s = " ".join(sql.split()).lower()
    if (
        "copy staging" in s
        or "insert into staging.batch" in s
        or s.startswith("delete from staging.batch where batch_id = %(b)s")
    ):
        return "stage"
    if any(
        k in s
        for k in (
            "pg_advisory_xact_lock",
            "publish_plan",
            "entity_plan",
            "into core.",
            "update core.",
            "into ingest.raw_file",
            "update ingest.raw_file",
            "delete from staging.batch",
        )
    ):
        return "publish"
    if "analyze staging" in s or "quality." in s or "clock_timestamp" in s or "staging." in s:
        return "audit"
    if "ingest.run" in s:
        return "run bookkeeping"
    if "alembic" in s or "information_schema" in s or "pg_catalog" in s:
        return "migrate"
    if "ingest.raw_file" in s:
        return "ledger read"
    return "sql: " + s[:40]


def in_flight(admin: sa.Engine, database: str) -> str:
    """What the CLI's backends are doing right now: stages of active statements, else Python work."""
    with admin.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT state, query FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid() "
                "AND state IN ('active', 'idle in transaction')"
            ),
            {"d": database},
        ).all()
    if not rows:
        return "python (discover/transform/GX)"
    return "+".join(sorted({classify(q) + ("" if st == "active" else " (idle in tx)") for st, q in rows}))


@dataclass
class Trial:
    number: int
    delay: float
    stage: str = ""
    finished_before_kill: bool = False
    killed_run_left: str = ""
    rerun_status: int | None = None
    rerun_seconds: float = 0.0
    after_rerun: str = ""
    diff: list[str] = field(default_factory=list)
    published_before_kill: int = 0

    @property
    def equal(self) -> bool:
        return self.rerun_status == 0 and not self.diff

    def line(self) -> str:
        verdict = "equal" if self.equal else f"DIFF {','.join(self.diff) or ''} rerun exit {self.rerun_status}"
        what = "finished before the kill" if self.finished_before_kill else f"killed during {self.stage}"
        return (
            f"trial {self.number:2d}: kill at {self.delay:6.1f}s, {what}; {self.published_before_kill} files in the "
            f"ledger; left: {self.killed_run_left}; re-run {self.rerun_seconds:.1f}s exit {self.rerun_status} -> {verdict}"
        )


def run_trial(
    number: int,
    delay: float,
    *,
    server_url: str,
    template: str,
    corpus: Path,
    reference: dict[str, str],
    as_of: str,
    extra: list[str],
    logs: Path,
    keep: bool = False,
    code: Path | None = None,
) -> Trial:
    trial = Trial(number, delay)
    name = f"crash_trial_{number}"
    admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    try:
        args = cli_args(corpus, url, as_of, *extra)
        proc = start_cli(args, logs / f"trial{number:02d}-killed.log", code)
        deadline = time.perf_counter() + delay
        while time.perf_counter() < deadline - 0.05 and proc.poll() is None:
            time.sleep(min(0.05, max(0.0, deadline - time.perf_counter())))
        if proc.poll() is not None:
            trial.finished_before_kill = True
        else:
            trial.stage = in_flight(admin, name)
            kill_group(proc)
        if alive := group_alive(proc.pid):
            raise RuntimeError(f"trial {number}: processes of the killed run are still alive: {alive}")
        left = wait_for_no_other_backends(engine)
        trial.killed_run_left = str(left)
        with engine.connect() as conn:
            trial.published_before_kill = conn.execute(sa.text("SELECT count(*) FROM ingest.raw_file")).scalar_one()
            runs = conn.execute(sa.text("SELECT count(*) FROM ingest.run")).scalar_one()
            staged = conn.execute(sa.text("SELECT count(*) FROM staging.batch WHERE status = 'staged'")).scalar_one()
        if trial.stage.startswith("python"):  # no statement in flight: tell the Python stages apart
            trial.stage = (
                "startup (imports, migrate, discover)"
                if runs == 0
                else "audit (GX, Python side)"
                if staged
                else "transform (waiting for parser workers)"
            )
        trial.rerun_status, trial.rerun_seconds = run_cli(args, logs / f"trial{number:02d}-rerun.log", code=code)
        trial.after_rerun = str(wait_for_no_other_backends(engine))
        trial.diff = diff_tables(reference, natural_checksums(engine))
    finally:
        engine.dispose()
        if not keep:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return trial


def reference_run(
    server_url: str, template: str, corpus: Path, as_of: str, extra: list[str], logs: Path, code: Path | None = None
):
    """The clean run: (its checksums, its wall seconds)."""
    name = "crash_reference"
    admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    status, seconds = run_cli(cli_args(corpus, url, as_of, *extra), logs / "reference.log", code=code)
    if status != 0:
        raise RuntimeError(f"the reference run failed (exit {status}); see {logs / 'reference.log'}")
    engine = sa.create_engine(url)
    try:
        left = leftovers(engine)
        if left.runs_running or left.staged_batches:
            raise RuntimeError(f"the reference run left {left}")
        return natural_checksums(engine), seconds
    finally:
        engine.dispose()


def ensure_corpus(corpus: Path | None, work: Path, files: int, seed: int) -> Path:
    if corpus is not None:
        return corpus
    out = work / f"corpus-{files}-{seed}"
    if not (out / "manifest.jsonl").exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "antara_testkit.generator",
                str(out),
                "--files",
                str(files),
                "--seed",
                str(seed),
                "--bad",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return out


def crash_consistency(
    *,
    files: int,
    kills: int,
    seed: int,
    work: Path,
    corpus: Path | None = None,
    server_url: str | None = None,
    as_of: str = AS_OF,
    batch_size: int | None = None,
    delays: list[float] | None = None,
    keep: bool = False,
    echo=print,
) -> tuple[list[Trial], float]:
    """Run the experiment; ``delays`` (fractions of the reference duration) overrides the random draw."""
    work.mkdir(parents=True, exist_ok=True)
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    corpus = ensure_corpus(corpus, work, files, seed)
    server = None
    if server_url is None:
        server = PrivatePostgres(work / "pg")
        server_url = server.url()
    extra = ["--batch-size", str(batch_size)] if batch_size else []
    template = "crash_template"
    code = snapshot_code(work / "code")  # the working tree may change under a long experiment
    try:
        if server is not None:
            migrated_template(server, template)
        else:
            admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
                conn.execute(sa.text(f'CREATE DATABASE "{template}"'))
            admin.dispose()
            from etl.warehouse.migrate import upgrade

            engine = sa.create_engine(make_url(server_url).set(database=template))
            upgrade(engine)
            engine.dispose()
        reference, duration = reference_run(server_url, template, corpus, as_of, extra, logs, code)
        echo(
            f"reference run: {duration:.1f}s over {corpus}; "
            + ", ".join(f"{t} {v.split(':')[0]}" for t, v in reference.items())
        )
        rng = random.Random(seed)
        moments = [f * duration for f in delays] if delays else [rng.uniform(0, duration) for _ in range(kills)]
        trials = []
        for number, delay in enumerate(moments, start=1):
            trial = run_trial(
                number,
                delay,
                server_url=server_url,
                template=template,
                corpus=corpus,
                reference=reference,
                as_of=as_of,
                extra=extra,
                logs=logs,
                keep=keep,
                code=code,
            )
            echo(trial.line())
            trials.append(trial)
        return trials, duration
    finally:
        if server is not None and not keep:
            server.close()
