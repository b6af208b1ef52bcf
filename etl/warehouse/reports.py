"""The queries of the quality pages (etl.quality.web) and the quality summary (etl.quality.report,
`antara-etl quality`): recent runs and audits, a run's batches, a batch's results, blocked batches.
The SQL, each query with what it answers, is in reports.sql."""

from __future__ import annotations

from pathlib import Path

from etl.warehouse.queries import named_queries

_QUERIES = named_queries(Path(__file__).with_name("reports.sql"))

RUN = _QUERIES["run"]
RUN_QUARANTINED = _QUERIES["run_quarantined"]
RUN_OF_AIRFLOW_RUN = _QUERIES["run_of_airflow_run"]
BATCHES = _QUERIES["batches"]
PLANNED_BATCHES = _QUERIES["planned_batches"]
RECENT_BATCHES = _QUERIES["recent_batches"]
RESULTS = _QUERIES["results"]
HELD = _QUERIES["held"]
OVERRIDES = _QUERIES["overrides"]
TREND = _QUERIES["trend"]
RUNS = _QUERIES["runs"]
SUITES_PER_RUN = _QUERIES["suites_per_run"]
FAILED = _QUERIES["failed"]
QUARANTINE_BY_REASON = _QUERIES["quarantine_by_reason"]
HELD_BATCHES = _QUERIES["held_batches"]
