"""Airflow DAG `antara_marts`: the hook where reporting marts refresh after each ingest.

Scheduled on the warehouse assets that `antara_ingest` emits (dags/antara_assets.py), so it runs
once after every ingest that changed the warehouse and never on a timer.  The marts themselves
come later; until then the one task reports which ingest runs triggered it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from airflow.sdk import dag, task

from antara_assets import INGEST_OUTLETS

log = logging.getLogger(__name__)


@dag(
    dag_id="antara_marts",
    schedule=INGEST_OUTLETS,  # all of them: antara_ingest emits them together, once per changing run
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    tags=["antara", "marts", "warehouse"],
    default_args={"owner": "data-engineering", "retries": 2},
)
def antara_marts():
    """
    ### Refresh the reporting marts

    Runs automatically after `antara_ingest` publishes new data (asset-triggered).  This is where
    the marts built on `core.article` and `core.article_credit` will be refreshed; for now it only
    logs which ingest runs triggered it and what they loaded.
    """

    @task
    def refresh_marts(triggering_asset_events=None) -> list[dict]:
        """
        #### Refresh the marts

        Placeholder: reports the ingest runs (run id, files loaded) whose asset events triggered
        this run.  Mart refresh statements will go here.
        """
        runs = []
        for asset, events in triggering_asset_events.items():
            for event in events:
                log.info("%s changed: %s", asset.uri, event.extra)
                runs.append({"asset": asset.uri, **event.extra})
        return runs

    refresh_marts()


antara_marts()
