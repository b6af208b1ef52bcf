"""Airflow DAG `antara_marts`: the hook where reporting marts refresh after each ingest.

Scheduled on the warehouse assets that `antara_ingest` emits (dags/antara_assets.py), so it runs
once after every ingest that changed the warehouse and never on a timer.  It brings the mart tables in
schema `mart` up to date by difference (what core changed since the last refresh, logged by triggers), in
one transaction, so analysts read the previous contents until it commits and are never blocked.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from airflow.sdk import dag, task
from antara_assets import INGEST_OUTLETS, documented, warehouse

log = logging.getLogger(__name__)


@dag(
    dag_id="antara_marts",
    schedule=INGEST_OUTLETS,  # all of them: antara_ingest emits them together, once per changing run
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    # Not paused when first seen: marts must be fresh after the first ingest with no manual step (a DAG
    # unpaused later would not pick up the asset events sent while it was paused).  It never runs on a timer.
    is_paused_upon_creation=False,
    max_active_runs=1,
    tags=["antara", "marts", "warehouse"],
    default_args={"owner": "data-engineering", "retries": 2},
)
@documented
def antara_marts():
    """
    ### Refresh the reporting marts

    Runs automatically after `antara_ingest` publishes new data (asset-triggered) and refreshes
    the marts in schema `mart` (entity mentions per day/month, top entities per place and
    province, co-occurrence, credits, wire sources), readers never blocked.
    """

    @task
    @documented
    def refresh_marts(triggering_asset_events=None) -> dict[str, float]:
        """
        #### Refresh the marts

        Every mart table in `mart`, updated by the changes core logged since the last refresh
        (`etl/warehouse/marts_refresh.sql`); returns seconds per step.  Logs which ingest runs (and what
        they loaded) triggered it.
        """
        from etl.warehouse.marts import refresh_marts as refresh

        for asset, events in (triggering_asset_events or {}).items():
            for event in events:
                log.info("%s changed: %s", asset.uri, event.extra)
        with warehouse() as engine:
            return refresh(engine)

    refresh_marts()


antara_marts()
