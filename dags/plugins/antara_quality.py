"""Airflow plugin: the warehouse's data-quality pages in the Airflow UI.

Serves etl/quality/web.py (summary of recent audits, runs, blocked batches and why, the GX Data
Docs) on the api-server at /antara-quality/, and adds two links to the UI:

- *Data quality* in the UI's sidebar (among Plugins when there are several): the summary page;
- a *Data quality* tab on every DAG run: the warehouse run that Airflow run started.

It also writes the note of every finished `antara_ingest` run (files loaded, duplicate, quarantined by
reason, blocked batches, with links to these pages): a listener in the scheduler, where the run's state
changes, composed from the run's XComs (tasks cannot write the metadata database themselves).

Where the warehouse and the Data Docs are is found as the DAG finds them, on every request: the
connection `antara_warehouse` and the Variable `antara_data_docs_dir` (the api-server reads both
from the environment and the metadata database, like the scheduler).  Only users who may read the
`antara_ingest` DAG see the pages: Airflow's own authentication (the UI's session cookie, or a
bearer token from /auth/token) and authorization run before every page.

Loaded by every Airflow component that loads plugins, so nothing heavy is imported here: the
FastAPI app is built on the api-server's first request to it.  This folder is Airflow's plugins
folder (AIRFLOW__CORE__PLUGINS_FOLDER) and is listed in dags/.airflowignore.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from airflow.listeners import hookimpl
from airflow.plugins_manager import AirflowPlugin

URL_PREFIX = "/antara-quality"
WAREHOUSE_CONN_ID = "antara_warehouse"  # as dags/antara_assets.py
DATA_DOCS_VARIABLE = "antara_data_docs_dir"  # as dags/antara_ingest.py
INGEST_DAG_ID = "antara_ingest"


def _settings():
    from pathlib import Path

    from airflow.sdk import Connection, Variable

    from etl.orchestrate import warehouse_url_of_connection
    from etl.quality.web import Settings

    conn = Connection.get(WAREHOUSE_CONN_ID)
    docs = Variable.get(DATA_DOCS_VARIABLE, default=None)
    url = warehouse_url_of_connection(conn)
    return Settings(url, Path(docs) if docs else None)


def _build_app():
    from airflow.api_fastapi.core_api.security import requires_access_dag
    from fastapi import Depends

    from etl.quality.web import create_app

    return create_app(_settings, dependencies=[Depends(requires_access_dag("GET", param_dag_id=INGEST_DAG_ID))])


class QualityPages:
    """The ASGI app Airflow mounts; builds the FastAPI app of etl.quality.web on its first request."""

    def __init__(self) -> None:
        self._app: Any = None  # the FastAPI app, once built

    async def __call__(self, scope, receive, send) -> None:
        if self._app is None:
            self._app = _build_app()
        await self._app(scope, receive, send)


class RunNotes:
    """Scheduler listener: a finished antara_ingest run gets a note summing it up (etl.orchestrate.run_note).

    Runs inside the scheduler's transaction that records the new state, on the same session (a second
    session would wait for that transaction's lock on the run).  A note a person wrote is never replaced."""

    TASKS = ("discover", "audit", "publish")

    @hookimpl
    def on_dag_run_success(self, dag_run, msg) -> None:
        self.write_note(dag_run)

    @hookimpl
    def on_dag_run_failed(self, dag_run, msg) -> None:
        self.write_note(dag_run)

    def write_note(self, dag_run) -> None:
        if dag_run.dag_id != INGEST_DAG_ID:
            return
        import logging

        from airflow.configuration import conf
        from airflow.models.xcom import XComModel
        from sqlalchemy.orm import object_session

        from etl.orchestrate import run_note

        session = object_session(dag_run)
        if session is None or (dag_run.dag_run_note is not None and dag_run.dag_run_note.user_id is not None):
            return
        try:
            query = XComModel.get_many(
                run_id=dag_run.run_id, dag_ids=dag_run.dag_id, task_ids=list(self.TASKS), map_indexes=-1
            )
            # get_many is annotated as selecting 1-tuples; scalars() yields the XCom rows themselves.
            rows = cast("Iterable[XComModel]", session.scalars(query))
            xcoms = {(x.task_id, x.key): XComModel.deserialize_value(x) for x in rows}
            pages = conf.get("api", "base_url", fallback="").rstrip("/") + URL_PREFIX + "/"
            note = run_note(
                xcoms.get(("discover", "plan")),
                xcoms.get(("audit", "return_value")),
                xcoms.get(("publish", "return_value")),
                pages,
            )
        except Exception:  # noqa: BLE001 - a note is never worth failing the scheduler's loop
            logging.getLogger(__name__).exception("no note for %s", dag_run.run_id)
            return
        if note:
            dag_run.note = note


class AntaraQualityPlugin(AirflowPlugin):
    name = "antara_quality"
    listeners = [RunNotes()]
    fastapi_apps = [{"app": QualityPages(), "url_prefix": URL_PREFIX, "name": "ANTARA data quality"}]
    # Relative hrefs: the UI resolves them against its base URL and shows them in a frame.
    external_views = [
        {
            "name": "Data quality",
            "href": URL_PREFIX.lstrip("/") + "/",
            "destination": "nav",
            "url_route": "data-quality",
        },
        {
            "name": "Data quality",
            "href": URL_PREFIX.lstrip("/") + "/airflow-runs/{DAG_ID}/{RUN_ID}",
            "destination": "dag_run",
            "url_route": "data-quality-run",
        },
    ]
