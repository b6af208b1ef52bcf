"""Run `dag.test()` of one DAG in this process (Airflow's environment set by the caller); print the outcome.

usage: dagtest_runner.py DAG_ID LOGICAL_DATE CONF_JSON
"""

import datetime as dt
import json
import sys
import time

from airflow.dag_processing.dagbag import BundleDagBag
from airflow.settings import DAGS_FOLDER

dag_id, logical_date, conf = sys.argv[1], dt.datetime.fromisoformat(sys.argv[2]), json.loads(sys.argv[3])
dag = BundleDagBag(DAGS_FOLDER, bundle_path=DAGS_FOLDER).get_dag(dag_id)
# Airflow 3.3.2's dag.test() cannot run a DAG with a DeadlineAlert: DagRun.update_state looks the alerts up as
# database ids, which only the scheduler's serialized DAG has.  The deadline is tested where it runs (the
# scheduler, tests/airflow/test_e2e.py) and in the DAG's definition (test_dag_definitions.py).
dag.deadline = None
started = time.perf_counter()
run = dag.test(logical_date=logical_date, run_conf=conf)
tis = run.get_task_instances()
discover = next((ti for ti in tis if ti.task_id == "discover"), None)  # antara_marts has none
print(
    "RESULT "
    + json.dumps(
        {
            "state": str(run.state),
            "seconds": round(time.perf_counter() - started, 2),  # the whole dag.test()
            "tasks": {
                f"{ti.task_id}[{ti.map_index}]" if ti.map_index >= 0 else ti.task_id: str(ti.state) for ti in tis
            },
            "tries": {ti.task_id: ti.try_number for ti in tis if ti.map_index < 0},
            "plan": None if discover is None else discover.xcom_pull(task_ids="discover", key="plan"),
            # each task's split of its time (etl/task_clock.py), the first batch's for the mapped transform
            "task_seconds": None
            if discover is None
            else {
                task_id: discover.xcom_pull(
                    task_ids=task_id, key="seconds", map_indexes=0 if task_id == "transform" else None
                )
                for task_id in ("discover", "transform", "audit", "publish")
            },
        }
    )
)
