"""Crash consistency of `antara-etl entities reextract`: the re-extract trials of `python -m bench.crash_consistency`.

From the clean ingest's database (`crash_reference`) a "stale" template is made: every article marked as tagged
by an older model, so a re-extract rewrites the whole entity layer.  A clean re-extract of a copy is the
reference (its wall time R); each trial SIGKILLs a re-extract of a fresh copy after a delay drawn uniformly
from [0, R), records what it left (runs 'running', staged batches), runs the re-extract again to completion
and compares every table by natural keys with the reference.  The killed run must be `failed` afterwards.
"""

from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.crash_consistency import Trial, in_flight
from antara_testkit.faults import (
    CLI,
    diff_tables,
    group_alive,
    kill_group,
    natural_checksums,
    run_cli,
    start_cli,
    wait_for_no_other_backends,
)

STALE_TEMPLATE = "crash_reextract_template"


def _admin(server_url: str) -> sa.Engine:
    return sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _clone(server_url: str, name: str, template: str) -> str:
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _drop(server_url: str, name: str) -> None:
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def reextract_args(url: str, batch_size: int) -> list[str]:
    return [CLI, "entities", "reextract", "--database-url", url, "--batch-size", str(batch_size)]


def stale_template(server_url: str, ingested: str) -> None:
    """A copy of the ingested database whose articles all carry an older entity model version."""
    url = _clone(server_url, STALE_TEMPLATE, ingested)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE core.article SET entity_model_version = 'old-model'"))
    engine.dispose()


def reextract_reference(server_url: str, batch_size: int, logs: Path, code: Path | None) -> tuple[dict, float]:
    url = _clone(server_url, "crash_reextract_reference", STALE_TEMPLATE)
    status, seconds = run_cli(reextract_args(url, batch_size), logs / "reextract-reference.log", code=code)
    if status != 0:
        raise RuntimeError(f"the reference re-extract failed (exit {status}); see {logs / 'reextract-reference.log'}")
    engine = sa.create_engine(url)
    try:
        return natural_checksums(engine), seconds
    finally:
        engine.dispose()


def run_reextract_trial(
    number: int,
    delay: float,
    *,
    server_url: str,
    reference: dict[str, str],
    batch_size: int,
    logs: Path,
    code: Path | None,
    keep: bool = False,
) -> Trial:
    trial = Trial(number, delay)
    name = f"crash_reextract_trial_{number}"
    url = _clone(server_url, name, STALE_TEMPLATE)
    admin, engine = _admin(server_url), sa.create_engine(url)
    try:
        args = reextract_args(url, batch_size)
        proc = start_cli(args, logs / f"reextract{number:02d}-killed.log", code)
        deadline = time.perf_counter() + delay
        while time.perf_counter() < deadline - 0.05 and proc.poll() is None:
            time.sleep(min(0.05, max(0.0, deadline - time.perf_counter())))
        if proc.poll() is not None:
            trial.finished_before_kill = True
        else:
            trial.stage = "re-extract: " + in_flight(admin, name)
            kill_group(proc)
        if alive := group_alive(proc.pid):
            raise RuntimeError(f"re-extract trial {number}: processes of the killed run are still alive: {alive}")
        trial.killed_run_left = str(wait_for_no_other_backends(engine))
        with engine.connect() as conn:
            killed = conn.execute(  # the killed run, if it had started and not yet finished
                sa.text("SELECT max(run_id) FROM ingest.run WHERE triggered_by = 'reextract' AND status = 'running'")
            ).scalar()
            trial.published_before_kill = conn.execute(
                sa.text("SELECT count(*) FROM core.article WHERE entity_model_version <> 'old-model'")
            ).scalar_one()
        trial.rerun_status, trial.rerun_seconds = run_cli(args, logs / f"reextract{number:02d}-rerun.log", code=code)
        trial.after_rerun = str(wait_for_no_other_backends(engine))
        trial.diff = diff_tables(reference, natural_checksums(engine))
        with engine.connect() as conn:
            status = conn.execute(sa.text("SELECT status FROM ingest.run WHERE run_id = :r"), {"r": killed}).scalar()
            staged = conn.execute(sa.text("SELECT count(*) FROM staging.batch")).scalar_one()
        if killed is not None and status != "failed":
            trial.diff.append(f"killed run {killed} is {status}, not failed")
        if staged:
            trial.diff.append(f"{staged} batches left in staging")
    finally:
        engine.dispose()
        admin.dispose()
        if not keep:
            _drop(server_url, name)
    return trial
