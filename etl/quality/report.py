"""What the audits found lately: a summary dict, rendered as HTML or as terminal tables.

`quality_summary` reads only the warehouse (quality.*, ingest.*, staging.batch) and returns plain
JSON-serialisable data, so Airflow can pass it on and both renderers share it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any

import sqlalchemy as sa

from etl.warehouse import reports

SUITES = ("batch", "articles", "credits", "entities")


# A batch audited again (after a release, or a retried task) counts once: its latest validation per suite.
def quality_summary(engine: sa.Engine, limit_runs: int = 20, limit_failures: int = 200) -> dict[str, Any]:
    """Recent audited runs (newest first): pass/fail per suite, row counts, failed expectations;
    quarantined files by reason; batches held in staging (blocked, or released and not yet published)."""
    with engine.connect() as conn:
        runs = [dict(r._mapping) for r in conn.execute(reports.RUNS, {"limit": limit_runs})]
        run_ids = [r["run_id"] for r in runs]
        per_suite = conn.execute(reports.SUITES_PER_RUN, {"runs": run_ids}).all()
        failed = conn.execute(reports.FAILED, {"runs": run_ids, "limit": limit_failures}).all()
        quarantine = conn.execute(reports.QUARANTINE_BY_REASON).all()
        held = conn.execute(reports.HELD_BATCHES).all()
    suites: dict[int, dict[str, Any]] = {}
    for s in per_suite:
        suites.setdefault(s.run_id, {})[s.suite] = {
            "batches": s.batches,
            "passed": s.passed,
            "critical_failures": int(s.critical_failures),
            "warning_failures": int(s.warning_failures),
            "rows": int(s.row_count),
        }
    return {
        "generated_at": _iso(dt.datetime.now(dt.UTC)),
        "runs": [
            {
                "run_id": r["run_id"],
                "started_at": _iso(r["started_at"]),
                "status": r["status"],
                "triggered_by": r["triggered_by"],
                "input_root": r["input_root"],
                "files": {k: r[f"files_{k}"] for k in ("discovered", "loaded", "duplicate", "quarantined")},
                "suites": suites.get(r["run_id"], {}),
                "batches_failed": r["batches_failed"],  # batches with a failed critical expectation
            }
            for r in runs
        ],
        "failed_expectations": [
            {
                "run_id": f.run_id,
                "batch_id": f.batch_id,
                "suite": f.suite,
                "check": f.check_name,
                "severity": f.severity,
                "unexpected_count": f.unexpected_count,
                "message": f.message,
            }
            for f in failed
        ],
        "quarantine": [{"reason": q.reason, "files": q.files} for q in quarantine],
        "held_batches": [
            {"batch_id": h.batch_id, "run_id": h.run_id, "status": h.status, "staged_at": _iso(h.staged_at)}
            for h in held
        ],
    }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def _suite_cell(suite: dict[str, Any] | None) -> str:
    if suite is None:
        return "-"
    if suite["critical_failures"]:
        return f"FAIL ({suite['critical_failures']} critical)"
    if suite["warning_failures"]:
        return f"warn ({suite['warning_failures']})"
    return "pass"


# --- HTML ---------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin-bottom: 2rem; }
th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; }
.fail { color: #b00020; font-weight: bold; }
.warn { color: #a15c00; }
.pass { color: #1b7a2b; }
"""


_STATUS_CLASSES = {"FAIL": "fail", "critical": "fail", "warn": "warn", "warning": "warn", "pass": "pass"}


class Html(str):
    """Markup built here from escaped parts (a link): `html_table` puts it in a cell as it is."""


def link(href: str, text: Any) -> Html:
    """An <a> with its address and text escaped (relative addresses only: callers build them)."""
    return Html(f'<a href="{html.escape(href, quote=True)}">{html.escape(str(text))}</a>')


def html_table(headers: list[str], rows: list[list[Any]], numeric: AbstractSet[int] = frozenset()) -> str:
    """A table of values, each escaped (an `Html` value is kept), classed by status word or as a number."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if isinstance(value, Html):
                cells.append(f'<td class="{"num" if i in numeric else ""}">{value}</td>')
                continue
            text = "-" if value is None else str(value)
            css = "num" if i in numeric else _STATUS_CLASSES.get(text.split(" ")[0], "")
            cells.append(f'<td class="{css}">{html.escape(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        body.append(f'<tr><td colspan="{len(headers)}">none</td></tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


_table = html_table


def html_page(title: str, body: str, css: str = "") -> str:
    """A self-contained page (no script, no outside resource) around trusted body markup."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f"<style>{_CSS}{css}</style></head><body>" + body + "</body></html>\n"
    )


def summary_sections(
    summary: dict[str, Any],
    run_href: Callable[[int], str] | None = None,
    batch_href: Callable[[int, str], str] | None = None,
) -> str:
    """The summary's tables as HTML; with ``run_href`` / ``batch_href`` run ids and batch ids link to
    their pages (relative addresses)."""

    def run_cell(run_id: int) -> Any:
        return link(run_href(run_id), run_id) if run_href else run_id

    def batch_cell(run_id: int, batch_id: str) -> Any:
        return link(batch_href(run_id, batch_id), batch_id) if batch_href else batch_id

    runs = [
        [
            run_cell(r["run_id"]),
            r["started_at"],
            r["status"],
            r["triggered_by"],
            r["files"]["loaded"],
            r["files"]["duplicate"],
            r["files"]["quarantined"],
            r["suites"].get("articles", {}).get("rows"),
            r["batches_failed"],
            *(_suite_cell(r["suites"].get(s)) for s in SUITES),
        ]
        for r in summary["runs"]
    ]
    failed = [
        [
            run_cell(f["run_id"]),
            batch_cell(f["run_id"], f["batch_id"]),
            f["severity"],
            f["check"],
            f["unexpected_count"],
            f["message"],
        ]
        for f in summary["failed_expectations"]
    ]
    quarantine = [[q["reason"], q["files"]] for q in summary["quarantine"]]
    held = [
        [batch_cell(h["run_id"], h["batch_id"]), run_cell(h["run_id"]), h["status"], h["staged_at"]]
        for h in summary["held_batches"]
    ]
    return (
        "<h2>Recent runs</h2>"
        + _table(
            [
                "run",
                "started",
                "status",
                "by",
                "loaded",
                "duplicate",
                "quarantined",
                "articles audited",
                "batches failed",
                *SUITES,
            ],
            runs,
            numeric={0, 4, 5, 6, 7, 8},
        )
        + "<h2>Failed expectations</h2>"
        + _table(["run", "batch", "severity", "check", "unexpected", "message"], failed, numeric={0, 4})
        + "<h2>Quarantined files by reason</h2>"
        + _table(["reason", "files"], quarantine, numeric={1})
        + "<h2>Batches held in staging</h2>"
        + _table(["batch", "run", "status", "staged at"], held, numeric={1})
    )


def render_summary_html(summary: dict[str, Any]) -> str:
    """A small self-contained HTML page of the summary (every value escaped)."""
    return html_page(
        "ANTARA warehouse: data quality",
        "<h1>ANTARA warehouse: data quality</h1>"
        f"<p>Generated {html.escape(summary['generated_at'] or '')}.</p>" + summary_sections(summary),
    )


# --- terminal -----------------------------------------------------------------------------


def print_summary(summary: dict[str, Any], console) -> None:
    """Print the summary as rich tables (``console``: a rich Console)."""
    from rich.table import Table
    from rich.text import Text

    styles = {"FAIL": "bold red", "warn": "yellow", "pass": "green"}

    def cell(value: Any) -> Text:  # Text, not markup: messages may contain [brackets]
        text = "-" if value is None else str(value)
        return Text(text, style=styles.get(text.split(" ")[0], ""))

    runs = Table(
        "run", "started", "status", "loaded", "dup", "quar", "articles", "failed", *SUITES, title="recent audited runs"
    )
    for r in summary["runs"]:
        runs.add_row(
            *map(
                cell,
                [
                    r["run_id"],
                    r["started_at"],
                    r["status"],
                    r["files"]["loaded"],
                    r["files"]["duplicate"],
                    r["files"]["quarantined"],
                    r["suites"].get("articles", {}).get("rows"),
                    r["batches_failed"],
                    *(_suite_cell(r["suites"].get(s)) for s in SUITES),
                ],
            )
        )
    console.print(runs)

    failed = Table("run", "batch", "severity", "message", title="failed expectations")
    for f in summary["failed_expectations"]:
        failed.add_row(
            cell(f["run_id"]),
            cell(f["batch_id"]),
            Text(f["severity"], style="bold red" if f["severity"] == "critical" else "yellow"),
            cell(f["message"]),
        )
    console.print(failed)

    quarantine = Table("reason", "files", title="quarantined files by reason")
    for q in summary["quarantine"]:
        quarantine.add_row(cell(q["reason"]), cell(q["files"]))
    console.print(quarantine)

    if summary["held_batches"]:
        held = Table("batch", "run", "status", "staged at", title="batches held in staging")
        for h in summary["held_batches"]:
            held.add_row(*map(cell, [h["batch_id"], h["run_id"], h["status"], h["staged_at"]]))
        console.print(held)
