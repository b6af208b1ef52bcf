"""The data-quality pages people read: recent audits, each run and batch, and the GX Data Docs.

A FastAPI app of plain server-rendered pages (no script, every value escaped), mounted by the
Airflow plugin `dags/plugins/antara_quality.py` at /antara-quality/ on the Airflow api-server and
usable on its own (``uvicorn`` or FastAPI's TestClient)::

    /                                  summary: recent runs (pass/fail per suite), row-count trend,
                                       failed expectations, quarantined files by reason, audited
                                       batches with their Data Docs, batches held in staging
    /runs/{run_id}                     one warehouse run: its batches, their status and reports
    /runs/{run_id}/batches/{batch_id}  one batch: which expectations failed and why, its report
    /airflow-runs/{dag_id}/{run_id}    the warehouse run an Airflow DAG run started (a redirect)
    /docs/{run_id}/{batch_id}/...      the Data Docs site audit.py built (static files; their CDN links
                                       rewritten to /assets/ when the assets are installed)
    /assets/...                        the exact npm packages Data Docs load from public CDNs
                                       (etl/quality/web_assets/package.json, installed by `make venv`)

Every link is relative, so the pages work under any mount point and behind Airflow's base URL.
No Airflow here: where the warehouse and the Data Docs are is asked of ``settings`` on each
request (the plugin reads the Airflow connection and Variable the DAG uses), and the plugin passes
Airflow's authentication as ``dependencies``.  The warehouse URL carries a password: it is never
rendered, logged or put in an error.
"""

from __future__ import annotations

import html
import json
import logging
import mimetypes
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from etl.quality.report import SUITES, Html, html_page, html_table, link, quality_summary, summary_sections
from etl.quality.suites import BATCH_ID_PATTERN
from etl.runs import BatchId
from etl.warehouse import reports as queries

log = logging.getLogger(__name__)

TITLE = "ANTARA warehouse: data quality"
# The pages have no script and load nothing from elsewhere; the Data Docs (GX's own pages) are served as they are.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
_DOCS_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"}
# Airflow shows the pages in a frame beside its own navigation: no table may be wider than the frame, so long
# values (paths, Airflow run ids) wrap anywhere rather than push the page sideways.
_EXTRA_CSS = """
body { margin: 1rem; }
table { max-width: 100%; } td { overflow-wrap: anywhere; } th { overflow-wrap: normal; }
nav { margin-bottom: 1rem; } nav a { margin-right: 1rem; }
.muted { color: #666; } code, pre { font-size: .9em; } pre { white-space: pre-wrap; margin: 0; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
"""
_BATCHES_LISTED = 100
# GX 1.24's Data Docs load their scripts, styles and fonts from public CDNs: with no internet (a newsroom's
# internal network) the index is an empty, unstyled table.  The same versions, from the npm registry
# (etl/quality/web_assets/package.json and its lock file; `make venv` installs them), are served under
# /assets/ and the pages' links rewritten to them as they are served.  Keys: what the pages link; values:
# the file in node_modules.
ASSETS_ENV = "ANTARA_WEB_ASSETS_DIR"
CDN_ASSETS = {
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap/dist/js/bootstrap.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.js/dist/umd/popper.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": (
        "@fortawesome/fontawesome-free/css/all.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": (
        "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": (
        "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table/dist/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table/dist/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.js"
    ),
    # 1.19.0 in GX's templates: the filter-control styles did not change in 1.19.1
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.css"
    ),
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": (
        "@forevolve/bootstrap-dark/dist/css/bootstrap-prefers-dark.css"
    ),
    "https://cdn.jsdelivr.net/npm/vega@5": "vega/build/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vega-lite/build/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vega-embed/build/vega-embed.min.js",
}
# GX's logo comes from its web-assets bucket; the Data Docs site has the same image in its static/ folder.
_GX_IMAGES = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
QUARANTINED_PER_PAGE = 50


class Unavailable(Exception):
    """The warehouse cannot be found or reached; the message is safe to show (no URL, no password)."""


@dataclass(frozen=True)
class Settings:
    database_url: str  # secret: has the password
    docs_dir: Path | None  # where audits build Data Docs: <docs_dir>/<run_id>/<batch_id>/index.html

    def __repr__(self) -> str:  # never print the URL
        return f"Settings(docs_dir={self.docs_dir!r})"


class _Engines:
    """One small pool per warehouse URL (the URL may change while the server runs: the old pool goes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._url: str | None = None
        self._engine: sa.Engine | None = None

    def get(self, url: str) -> sa.Engine:
        with self._lock:
            if url != self._url or self._engine is None:
                if self._engine is not None:
                    self._engine.dispose()
                parsed = sa.engine.make_url(url)
                if parsed.drivername == "postgresql":
                    parsed = parsed.set(drivername="postgresql+psycopg2")
                self._engine = sa.create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=2)
                self._url = url
            return self._engine

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
            self._engine, self._url = None, None


# --- the app ------------------------------------------------------------------------------


def create_app(settings: Callable[[], Settings], *, dependencies: Sequence[Any] = ()) -> FastAPI:
    """The pages as a FastAPI app.  ``settings`` is called on every request (it may raise Unavailable);
    ``dependencies`` run before every route (authentication)."""
    engines = _Engines()
    app = FastAPI(title=TITLE, docs_url=None, redoc_url=None, openapi_url=None, dependencies=list(dependencies))
    app.state.engines = engines

    def current() -> tuple[Settings, sa.Engine]:
        try:
            found = settings()
        except Unavailable:
            raise
        except Exception as exc:  # the message of a secrets lookup could hold anything: do not show it
            log.warning("data-quality pages: cannot find the warehouse settings (%s)", type(exc).__name__)
            raise Unavailable("the warehouse connection is not configured") from None
        return found, engines.get(found.database_url)

    def read(query: Callable[[sa.Connection], Any], *, summary: bool = False) -> tuple[Settings, Any]:
        found, engine = current()
        try:
            with engine.connect() as conn:
                result = query(conn)
            return found, (result, quality_summary(engine)) if summary else result
        except sa.exc.OperationalError as exc:  # str(exc) may name the host: keep it in the log only
            log.warning("data-quality pages: the warehouse cannot be reached (%s)", type(exc.orig).__name__)
            raise Unavailable("the warehouse cannot be reached") from None
        except sa.exc.ProgrammingError as exc:
            log.warning("data-quality pages: query failed (%s)", type(exc.orig).__name__)
            raise Unavailable("the warehouse schema is not up to date (run `antara-etl db upgrade`)") from None

    @app.exception_handler(Unavailable)
    def unavailable(request, exc: Unavailable) -> HTMLResponse:
        return _page("Data quality unavailable", "", f"<p class='fail'>{html.escape(str(exc))}.</p>", status=503)

    @app.get("/", response_class=HTMLResponse)
    def summary_page() -> HTMLResponse:
        def query(conn):
            recent = [dict(r._mapping) for r in conn.execute(queries.RECENT_BATCHES, {"limit": _BATCHES_LISTED})]
            trend = [dict(r._mapping) for r in conn.execute(queries.TREND, {"limit": 30})]
            return recent, trend

        found, ((recent, trend), summary) = read(query, summary=True)
        root = ""
        batches = [
            [
                link(_run_href(root, b["run_id"]), b["run_id"]),
                link(_batch_href(root, b["run_id"], b["batch_id"]), b["batch_id"]),
                _iso(b["audited_at"]),
                _batch_state(b["staging_status"], b["critical"]),
                b["critical"],
                b["warnings"],
                b["articles"],
                _docs_cell(root, found.docs_dir, b["run_id"], b["batch_id"]),
            ]
            for b in recent
        ]
        body = (
            f"<p class='muted'>Generated {html.escape(summary['generated_at'] or '')}. "
            "A batch with a failed <em>critical</em> expectation is blocked: it stays in staging, unpublished, "
            "until its files are fixed and ingested again, or it is released with "
            "<code>antara-etl quality release BATCH --reason ...</code>.</p>"
            + _trend_svg(trend)
            + summary_sections(
                summary,
                run_href=lambda r: _run_href(root, r),
                batch_href=lambda r, b: _batch_href(root, r, b),
            )
            + "<h2>Audited batches and their Data Docs</h2>"
            + html_table(
                ["run", "batch", "audited", "status", "critical", "warnings", "articles", "report"],
                batches,
                numeric={0, 4, 5, 6},
            )
            + _docs_note(found.docs_dir)
        )
        return _page(TITLE, root, body)

    @app.get("/runs/{run_id}", response_class=HTMLResponse)
    def run_page(run_id: int, page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
        offset = (page - 1) * QUARANTINED_PER_PAGE

        def query(conn):
            return (
                conn.execute(queries.RUN, {"r": run_id}).one_or_none(),
                conn.execute(queries.BATCHES, {"r": run_id}).all(),
                conn.execute(queries.PLANNED_BATCHES, {"r": run_id}).all(),
                conn.execute(
                    queries.RUN_QUARANTINED, {"r": run_id, "limit": QUARANTINED_PER_PAGE, "offset": offset}
                ).all(),
            )

        found, (run, rows, planned_rows, quarantined) = read(query)
        if run is None:
            raise HTTPException(404, f"no warehouse run {run_id}")
        root = "../"
        planned = {str(BatchId(run_id, p.batch_no)): p for p in planned_rows}
        by_batch: dict[str, dict[str, Any]] = {}
        for r in rows:
            b = by_batch.setdefault(r.batch_id, {"suites": {}, "row": r})
            b["suites"][r.suite] = r
        batches = []
        for batch_id, b in by_batch.items():
            r, plan = b["row"], planned.get(batch_id)
            critical = sum(s.critical_failures for s in b["suites"].values())
            state = _batch_state(r.staging_status, critical, plan.published_at if plan else None)
            batches.append(
                [
                    link(_batch_href(root, run_id, batch_id), batch_id),
                    state,
                    plan.file_count if plan else None,
                    *(_suite_word(b["suites"].get(s)) for s in SUITES),
                    _docs_cell(root, found.docs_dir, run_id, batch_id),
                ]
            )
        files = [
            ["discovered", run.files_discovered],
            ["unchanged", run.files_unchanged],
            ["loaded", run.files_loaded],
            ["duplicate", run.files_duplicate],
            ["quarantined", run.files_quarantined],
        ]
        body = (
            html_table(
                ["started", "finished", "status", "triggered by", "input folder"],
                [[_iso(run.started_at), _iso(run.finished_at), run.status, run.triggered_by, run.input_root]],
            )
            + "<h2>Files</h2>"
            + html_table(["", "files"], files, numeric={1})
            + "<h2>Batches</h2>"
            + html_table(["batch", "status", "files", *SUITES, "report"], batches, numeric={2})
            + _docs_note(found.docs_dir)
            + _quarantined_section(quarantined, page, run.files_quarantined)
        )
        return _page(f"Run {run_id}", root, body)

    @app.get("/runs/{run_id}/batches/{batch_id}", response_class=HTMLResponse)
    def batch_page(run_id: int, batch_id: str) -> HTMLResponse:
        if not BATCH_ID_PATTERN.fullmatch(batch_id):
            raise HTTPException(404, "not a batch id")

        def query(conn):
            return (
                conn.execute(queries.RESULTS, {"b": batch_id}).all(),
                conn.execute(queries.HELD, {"b": batch_id}).one_or_none(),
                conn.execute(queries.OVERRIDES, {"b": batch_id}).all(),
            )

        found, (results, held, overrides) = read(query)
        if not results or results[0].run_id != run_id:
            raise HTTPException(404, f"no audited batch {batch_id} in run {run_id}")
        root = "../../../"
        failed = [r for r in results if not r.success]
        critical = sum(r.severity == "critical" for r in failed)
        state = _batch_state(held.status if held else None, critical)
        verdict = (
            f"<p class='fail'>Blocked: {critical} critical expectation(s) failed; the batch stays in staging, "
            "unpublished.  Fix the input files and ingest them again, or release the batch with "
            f"<code>antara-etl quality release {html.escape(batch_id)} --reason ...</code>.</p>"
            if state == "blocked"
            else f"<p>Status: <strong>{html.escape(state)}</strong>; {critical} critical and "
            f"{len(failed) - critical} warning failure(s).</p>"
        )
        rows = [
            [
                r.severity,
                r.suite,
                r.check_name,
                Html(f"<code>{html.escape(r.expectation)}</code>"),
                r.element_count,
                r.unexpected_count,
                _sample_cell(r.unexpected_sample, r.observed_value),
                r.message,
            ]
            for r in failed
        ]
        docs = _docs_href(root, found.docs_dir, run_id, batch_id)
        assets = _asset_of_check(batch_id)
        reports = [
            [
                suite,
                asset,
                _asset_word(failed, assets, suite, asset),
                link(f"{root}docs/{quote(page)}", "validation result"),
            ]
            for suite, asset, page in _validation_pages(found.docs_dir, run_id, batch_id)
        ]
        body = (
            verdict
            + (
                f"<p>Great Expectations report: {link(docs, 'Data Docs of ' + batch_id)}</p>"
                + html_table(["suite", "table", "result", "report"], reports)
                if docs
                else "<p class='muted'>No Data Docs for this batch.</p>" + _docs_note(found.docs_dir)
            )
            + "<h2>Failed expectations</h2>"
            + html_table(
                ["severity", "suite", "check", "expectation", "rows", "unexpected", "e.g.", "why"],
                rows,
                numeric={4, 5},
            )
            + (
                "<h2>Released</h2>" + html_table(["at", "by", "reason"], [[_iso(o[0]), o[1], o[2]] for o in overrides])
                if overrides
                else ""
            )
            + f"<p class='muted'>{len(results) - len(failed)} of {len(results)} expectations passed "
            f"(audited {html.escape(_iso(results[0].finished_at) or '')}); "
            f"{link(_run_href(root, run_id), f'all batches of run {run_id}')}.</p>"
        )
        return _page(f"Batch {batch_id}", root, body)

    @app.get("/airflow-runs/{dag_id}/{airflow_run_id:path}")
    def airflow_run(dag_id: str, airflow_run_id: str):
        """The warehouse run an Airflow run of the ingest DAG started (its `triggered_by` names it)."""
        _, run_id = read(
            lambda conn: conn.execute(queries.RUN_OF_AIRFLOW_RUN, {"t": f"airflow:{airflow_run_id}"}).scalar()
        )
        depth = 2 + airflow_run_id.count("/")
        root = "../" * depth
        if run_id is None:
            body = (
                f"<p>The Airflow run <code>{html.escape(airflow_run_id)}</code> of <code>{html.escape(dag_id)}</code> "
                "did not start a warehouse run: a dry run, a run with no new or changed files, or one that "
                "failed before planning (see its task logs).</p>"
            )
            return _page("No warehouse run", root, body)
        return RedirectResponse(_run_href(root, run_id), status_code=303)

    @app.get("/docs/{path:path}")
    def data_docs(path: str):
        found, _ = current()
        if found.docs_dir is None:
            raise HTTPException(404, "no Data Docs directory is configured")
        target = resolve_inside(found.docs_dir, path)
        if target is None:
            raise HTTPException(404, "not found")
        if target.is_dir():
            if (target / "index.html").is_file():
                name = PurePosixPath(path).name if path and not path.endswith("/") else ""
                return RedirectResponse(f"{quote(name)}/index.html" if name else "index.html", status_code=307)
            raise HTTPException(404, "not found")
        media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        assets = assets_dir()
        if media_type == "text/html" and assets is not None:
            return HTMLResponse(offline_page(target.read_text(encoding="utf-8"), path), headers=_DOCS_HEADERS)
        return FileResponse(target, media_type=media_type, headers=_DOCS_HEADERS)

    @app.get("/assets/{path:path}")
    def static_assets(path: str):
        """The npm packages the Data Docs need (CDN_ASSETS), served from where `make venv` installed them."""
        assets = assets_dir()
        target = resolve_inside(assets, path) if assets is not None else None
        if target is None or not target.is_file():
            raise HTTPException(404, "not found")
        media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return FileResponse(target, media_type=media_type, headers={**_DOCS_HEADERS, "Cache-Control": "max-age=86400"})

    @app.exception_handler(HTTPException)
    def refused(request, exc: HTTPException) -> HTMLResponse:
        """404s, and the 401/403 of the authentication dependencies, as a page (with their headers)."""
        depth = max(0, request.url.path.count("/") - 1 - request.scope.get("root_path", "").count("/"))
        response = _page(
            f"{exc.status_code}", "../" * depth, f"<p>{html.escape(str(exc.detail))}.</p>", status=exc.status_code
        )
        response.headers.update(exc.headers or {})
        return response

    return app


def assets_dir() -> Path | None:
    """The node_modules folder of etl/quality/web_assets (ANTARA_WEB_ASSETS_DIR, else where `make venv`
    installs it: <venv>/share/antara-web-assets/node_modules), or None when it is not installed (the Data
    Docs then keep their CDN links)."""
    import os
    import sys

    configured = os.environ.get(ASSETS_ENV)
    folder = Path(configured) if configured else Path(sys.prefix) / "share" / "antara-web-assets" / "node_modules"
    return folder if (folder / "bootstrap" / "package.json").is_file() else None


def offline_page(page: str, path: str) -> str:
    """A Data Docs page (served at docs/<path>) with its CDN links pointing at /assets/ and GX's logo at the
    site's own copy: every link relative, so the pages work under any mount point."""
    parts = PurePosixPath(path).parts
    root = "../" * len(parts)  # from docs/<path> back to the app's root
    for url, file in CDN_ASSETS.items():
        page = page.replace(f'"{url}"', f'"{root}assets/{file}"')
    if len(parts) >= 3:  # <run>/<batch>/...: the site's static folder
        page = page.replace(_GX_IMAGES, f"{root}docs/{parts[0]}/{parts[1]}/static/images/")
    return page


def resolve_inside(root: Path, relative: str) -> Path | None:
    """``root/relative`` if it exists and is inside ``root`` once every symlink is followed; else None.

    Refuses absolute paths, `..` and anything a symlink leads out of ``root`` (the Data Docs' own
    ``static`` link points inside: ``<run>/<batch>/static`` -> ``../../static``).
    """
    parts = PurePosixPath(relative).parts
    if relative.startswith("/") or "\\" in relative or any(p in ("..", ".") for p in parts) or "\x00" in relative:
        return None
    base = root.resolve()
    try:
        target = (base.joinpath(*parts)).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return None
    if target != base and not target.is_relative_to(base):
        return None
    return target


# --- pieces -------------------------------------------------------------------------------


def _page(title: str, root: str, body: str, status: int = 200) -> HTMLResponse:
    nav = f"<nav>{link(root or './', 'Data quality summary')}</nav>"
    page = html_page(
        f"{title} - {TITLE}" if title != TITLE else TITLE, nav + f"<h1>{html.escape(title)}</h1>" + body, _EXTRA_CSS
    )
    return HTMLResponse(page, status_code=status, headers=_PAGE_HEADERS)


def _quarantined_section(rows, page: int, run_total: int | None) -> str:
    """The run's quarantined files, a page at a time, with the reason and message of each."""
    total = rows[0].total if rows else (run_total or 0)
    pages = max(1, -(-total // QUARANTINED_PER_PAGE))
    first = (page - 1) * QUARANTINED_PER_PAGE
    shown = (
        f"{first + 1}-{first + len(rows)} of {total}" if rows else ("none" if not total else f"none here (of {total})")
    )
    pager = [link(f"?page={page - 1}", "previous page")] if page > 1 else []
    if page < pages:
        pager.append(link(f"?page={page + 1}", "next page"))
    return (
        f"<h2 id='quarantined'>Quarantined files</h2><p class='muted'>{html.escape(shown)}; page {page} of {pages}. "
        "Fix a file and it is read again on the next run, or see <code>antara-etl quarantine list</code>.</p>"
        + html_table(["reason", "file", "message"], [[r.reason, r.path, r.message] for r in rows])
        + (f"<p>{' '.join(str(p) for p in pager)}</p>" if pager else "")
    )


def _run_href(root: str, run_id: int) -> str:
    return f"{root}runs/{int(run_id)}"


def _batch_href(root: str, run_id: int, batch_id: str) -> str:
    return f"{root}runs/{int(run_id)}/batches/{quote(batch_id)}"


def _docs_href(root: str, docs_dir: Path | None, run_id: int, batch_id: str) -> str | None:
    """Where this batch's Data Docs are served, if they exist (audit.py: <docs_dir>/<run>/<batch>/index.html)."""
    if docs_dir is None or not BATCH_ID_PATTERN.fullmatch(batch_id):
        return None
    relative = f"{int(run_id)}/{batch_id}/index.html"
    return f"{root}docs/{quote(relative)}" if resolve_inside(docs_dir, relative) else None


def _asset_of_check(batch_id: str) -> dict[str, str]:
    """Which table (GX asset) of its suite each check validates, by the suites' definitions."""
    import datetime as dt

    from etl.quality.suites import BatchFacts, build_suites

    facts = BatchFacts(batch_id, dt.date.today(), planned_files=1, has_run_plan=True, has_entity_mentions=True)
    return {c.name: a.name for s in build_suites(facts) for a in s.assets for c in a.checks}


def _asset_word(failed: list, assets: dict[str, str], suite: str, asset: str) -> str:
    here = [r for r in failed if r.suite == suite and assets.get(r.check_name) == asset]
    critical = sum(r.severity == "critical" for r in here)
    if critical:
        return f"FAIL ({critical} critical)"
    return f"warn ({len(here)})" if here else "pass"


def _validation_pages(docs_dir: Path | None, run_id: int, batch_id: str) -> list[tuple[str, str, str]]:
    """(suite, asset, path under docs_dir) of each GX validation page of the batch's Data Docs: GX lays
    them out as validations/<suite>/<asset>/<run name>/<time>/<page>.html, one per asset per audit."""
    if docs_dir is None or not BATCH_ID_PATTERN.fullmatch(batch_id):
        return []
    site = resolve_inside(docs_dir, f"{int(run_id)}/{batch_id}/validations")
    if site is None:
        return []
    pages = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        if len(relative.parts) >= 3 and not page.is_symlink():
            path = f"{int(run_id)}/{batch_id}/validations/{relative.as_posix()}"
            pages.append((relative.parts[0], relative.parts[1], path))
    return pages


def _docs_cell(root: str, docs_dir: Path | None, run_id: int, batch_id: str) -> Any:
    href = _docs_href(root, docs_dir, run_id, batch_id)
    return link(href, "Data Docs") if href else None


def _docs_note(docs_dir: Path | None) -> str:
    if docs_dir is not None:
        return ""
    return (
        "<p class='muted'>Data Docs are not built: set the Airflow Variable <code>antara_data_docs_dir</code> "
        "to a folder the workers and the api-server share.</p>"
    )


def _batch_state(staging_status: str | None, critical: int | None, published_at: Any = None) -> str:
    if staging_status is not None:
        return "released" if staging_status == "overridden" else staging_status
    if published_at is not None or not critical:
        return "published"
    return "superseded"  # blocked, then its files were staged again in a later run


def _suite_word(row) -> str:
    if row is None:
        return "-"
    if row.critical_failures:
        return f"FAIL ({row.critical_failures} critical)"
    if row.warning_failures:
        return f"warn ({row.warning_failures})"
    return "pass"


def _sample_cell(sample: Any, observed: Any) -> Any:
    value = sample if sample is not None else observed
    if value is None:
        return None
    return Html(f"<pre>{html.escape(json.dumps(value, ensure_ascii=False, default=str))}</pre>")


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def _trend_svg(trend: list[dict[str, Any]]) -> str:
    """Articles audited per run (oldest left), a bar each; runs with a blocked batch in red."""
    runs = list(reversed(trend))
    if not runs:
        return ""
    top = max((r["articles"] or 0) for r in runs) or 1
    width, height, bar = 40 * len(runs) + 20, 150, 28
    bars = []
    for i, r in enumerate(runs):
        articles = int(r["articles"] or 0)
        h = round(100 * articles / top)
        x = 10 + 40 * i
        colour = "#b00020" if r["failed_batches"] else "#1b7a2b"
        bars.append(
            f'<rect x="{x}" y="{120 - h}" width="{bar}" height="{h}" fill="{colour}">'
            f"<title>run {int(r['run_id'])}: {articles} articles audited</title></rect>"
            f'<text x="{x}" y="{115 - h}">{articles}</text><text x="{x}" y="137">#{int(r["run_id"])}</text>'
        )
    return (
        "<h2>Trend: articles audited per run</h2>"
        f'<svg role="img" aria-label="articles audited per run" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )


__all__ = ["Settings", "Unavailable", "create_app", "resolve_inside", "offline_page", "assets_dir", "TITLE"]
