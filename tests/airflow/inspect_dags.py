"""Parse the DAG folder the way the DAG processor does and print what the tests check, as JSON.

Also reports which modules parsing imported on top of Airflow itself, and how long it took.
"""

import json
import sys
import time
from pathlib import Path

from airflow.dag_processing.dagbag import BundleDagBag
from airflow.sdk import DAG, Asset, Param, dag, task  # noqa: F401 - what any DAG file imports anyway

dags_folder = Path(sys.argv[1])
before = set(sys.modules)
started = time.perf_counter()
bag = BundleDagBag(dags_folder, bundle_path=dags_folder)
parse_seconds = time.perf_counter() - started
imported = sorted(set(sys.modules) - before)


def describe(d: DAG) -> dict:
    return {
        "tags": sorted(d.tags),
        "owner": d.owner,
        "doc_md": d.doc_md,
        "schedule": str(d.schedule) if not isinstance(d.schedule, list) else [a.uri for a in d.schedule],
        "catchup": d.catchup,
        "max_active_runs": d.max_active_runs,
        "is_paused_upon_creation": d.is_paused_upon_creation,
        "allowed_run_types": sorted(str(t.value) for t in d.allowed_run_types) if d.allowed_run_types else None,
        "deadlines": [
            {
                "reference": type(a.reference).__name__,
                "interval": a.interval.total_seconds(),
                "callback": a.callback.path,
            }
            for a in (d.deadline or [])
        ],
        "params": {k: d.params.get_param(k).schema for k in d.params},
        "param_defaults": {k: d.params.get_param(k).value for k in d.params},
        "tasks": {
            t.task_id: {
                "doc_md": t.doc_md,
                "retries": t.retries,
                "retry_exponential_backoff": t.retry_exponential_backoff,
                "owner": t.owner,
                "on_failure_callback": bool(t.on_failure_callback),
                "is_mapped": t.is_mapped,
                "outlets": [o.uri for o in t.outlets if isinstance(o, Asset)],
                "downstream": sorted(t.downstream_task_ids),
            }
            for t in d.tasks
        },
    }


print(
    "RESULT "
    + json.dumps(
        {
            "import_errors": {str(k): v for k, v in bag.import_errors.items()},
            "dags": {dag_id: describe(d) for dag_id, d in bag.dags.items()},
            "parse_seconds": parse_seconds,
            "imported_modules": imported,
        },
        default=str,
    )
)
