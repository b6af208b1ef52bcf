"""Alerts of the Airflow DAG `antara_ingest` by e-mail, through Airflow's notifier mechanism.

The SMTP provider's `SmtpNotifier` sends them over the Airflow connection ALERT_CONN_ID (type `smtp`:
host, port, login/password, extra `from_email`, `disable_tls`/`disable_ssl`, and the recipients as
extra `to`, comma-separated).  Without that connection nothing is sent and nothing fails: alerting
is opt-in, a missing mail server never fails a run.

Three alerts: a task failed (after its retries), a batch was blocked by the quality audit (one message
per run, naming each blocked batch's page), and the run's deadline passed (DeadlineAlert, run by the
triggerer).  Airflow is imported inside the functions: the DAG files import this module cheaply.
"""

from __future__ import annotations

import asyncio
import html
import logging

log = logging.getLogger(__name__)

ALERT_CONN_ID = "antara_alerts_smtp"
QUALITY_PAGES = "/antara-quality/"  # the plugin's pages on the api-server (dags/plugins/antara_quality.py)


def alert_recipients() -> tuple[str, list[str]] | None:
    """(connection id, recipients) when alerting is configured, else None (and alerts stay silent)."""
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        conn = Connection.get(ALERT_CONN_ID)
    except AirflowNotFoundException:
        return None
    to = [a.strip() for a in str(conn.extra_dejson.get("to") or "").split(",") if a.strip()]
    if not to:
        log.warning("connection %s has no `to` in its extra: no alert sent", ALERT_CONN_ID)
        return None
    return ALERT_CONN_ID, to


def quality_pages_url() -> str:
    """The data-quality pages' address, absolute when Airflow's [api] base_url is set."""
    from airflow.sdk.configuration import conf

    return conf.get("api", "base_url", fallback="").rstrip("/") + QUALITY_PAGES


def batch_page(run_id: int, batch_id: str) -> str:
    return f"{quality_pages_url()}runs/{int(run_id)}/batches/{batch_id}"


def send(context, subject: str, lines: list[str]) -> bool:
    """E-mail ``subject`` and ``lines`` (plain text, escaped here) to the configured recipients; returns
    whether a message was sent.  Never raises: an alert must not fail or retry the task it reports."""
    configured = alert_recipients()
    if configured is None:
        log.info("alert not sent (no connection %s): %s", ALERT_CONN_ID, subject)
        return False
    conn_id, to = configured
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    body = "".join(f"<p>{_linked(line)}</p>" for line in lines)
    notifier = SmtpNotifier(to=to, smtp_conn_id=conn_id, subject=subject, html_content=body)
    try:
        # notify(), not the notifier's __call__: the texts are ours, not Jinja templates to render
        notifier.notify(context)
    except Exception:  # noqa: BLE001 - a broken mail server is logged, never fatal
        log.exception("alert not sent: %s", subject)
        return False
    log.info("alert sent to %s: %s", ", ".join(to), subject)
    return True


def _linked(line: str) -> str:
    words = [
        f'<a href="{html.escape(w)}">{html.escape(w)}</a>' if w.startswith(("http://", "https://")) else html.escape(w)
        for w in line.split(" ")
    ]
    return " ".join(words)


def blocked_batches(context, run_id: int, batches: list[str], failures: list[str]) -> bool:
    """One message for a run whose audit blocked batches: each batch and its page, the failed expectations."""
    dag_run = context["dag_run"]
    lines = [
        f"The quality audit of {dag_run.dag_id} run {dag_run.run_id} (warehouse run {run_id}) blocked "
        f"{len(batches)} batch(es): they stay in staging, unpublished; the other batches were published.",
        *(f"{b}: {batch_page(run_id, b)}" for b in batches),
        "Failed critical expectations:",
        *failures[:20],
        "Fix the input and run again, or release a batch with `antara-etl quality release BATCH --reason ...`.",
    ]
    return send(context, f"[antara] blocked by the quality audit: {', '.join(batches)}", lines)


def task_failed(context, detail: str) -> bool:
    ti, dag_run = context["ti"], context["dag_run"]
    lines = [
        f"Task {ti.task_id} of {dag_run.dag_id} run {dag_run.run_id} failed after {ti.try_number} tries.",
        detail,
        f"Data quality pages: {quality_pages_url()}",
    ]
    return send(context, f"[antara] {dag_run.dag_id}: {ti.task_id} failed", lines)


async def deadline_missed(context=None, **kwargs) -> None:
    """AsyncCallback of the DAG's DeadlineAlert (runs in the triggerer): the run is late."""
    dag_id, minutes = kwargs.get("dag_id", "antara_ingest"), kwargs.get("minutes")
    dag_run = (context or {}).get("dag_run")
    run = getattr(dag_run, "run_id", None) or (dag_run.get("run_id") if isinstance(dag_run, dict) else None) or "?"
    lines = [
        f"{dag_id} run {run} has not finished {minutes} minutes after it was queued; the next scheduled runs "
        "wait for it (one active run at a time).",
        f"Data quality pages: {quality_pages_url()}",
    ]
    await asyncio.to_thread(send, context or {}, f"[antara] {dag_id} run {run} is late", lines)
