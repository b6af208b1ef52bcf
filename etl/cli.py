"""`antara-etl`: the command-line face of the pipeline."""

from __future__ import annotations

import datetime as dt
import logging
import os
import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from etl import vocabulary

app = typer.Typer(help="ANTARA news-data warehouse: ingest raw article files into PostgreSQL.", no_args_is_help=True)
db_app = typer.Typer(help="The warehouse database: migrations, connection URL, embedded server.", no_args_is_help=True)
quarantine_app = typer.Typer(help="Files held back with a reason.", no_args_is_help=True)
entities_app = typer.Typer(help="The named-entity layer.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(entities_app, name="entities")
quality_app = typer.Typer(help="Data quality: audits of staged batches, blocked batches.")
app.add_typer(quality_app, name="quality")
marts_app = typer.Typer(help="Reporting marts (schema mart) and analyst logins.", no_args_is_help=True)
app.add_typer(marts_app, name="marts")

console = Console(stderr=True)
out = Console()

DatabaseUrl = Annotated[
    str | None,
    typer.Option("--database-url", help="Warehouse URL; default $ANTARA_WAREHOUSE_URL, else the embedded PostgreSQL."),
]
DocsDir = Annotated[
    Path | None,
    typer.Option("--docs-dir", help="Build the Data Docs of each audit here (<dir>/<run>/<batch>/index.html)."),
]
DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Where the embedded PostgreSQL keeps its data (default: user data dir)."),
]


def _quiet_third_party() -> None:
    warnings.filterwarnings("ignore", module="platformdirs")
    logging.basicConfig(
        level=os.environ.get("ANTARA_LOG_LEVEL", "WARNING"), format="%(levelname)s %(name)s: %(message)s"
    )


def _engine(database_url: str | None, data_dir: Path | None, *, migrate: bool = True):
    from etl.warehouse.connection import WarehouseUnavailable, create_engine, resolve_url
    from etl.warehouse.migrate import upgrade

    try:
        engine = create_engine(resolve_url(database_url, data_dir))
        if migrate:
            upgrade(engine)
        return engine
    except WarehouseUnavailable as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    input_root: Annotated[Path, typer.Argument(help="Folder of raw ANTARA files (*.txt, *.txt.gz), read recursively.")],
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    batch_size: Annotated[
        int, typer.Option(min=1, max=100_000, help="Files per staged batch (one audit each).")
    ] = 2000,
    as_of: Annotated[
        str | None, typer.Option(help="Reference date YYYY-MM-DD: months after it are quarantined as future.")
    ] = None,
    reprocess: Annotated[bool, typer.Option(help="Process every file again, even unchanged ones.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Only count what would be processed.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Parser processes.")] = min(
        vocabulary.DEFAULT_WORKERS, os.cpu_count() or 1
    ),
    docs_dir: DocsDir = None,
) -> None:
    """Ingest every new or changed file under INPUT_ROOT (again and again, safely)."""
    _quiet_third_party()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from etl.extract import InputRootError
    from etl.pipeline import ingest as run_ingest

    reference = dt.date.fromisoformat(as_of) if as_of else dt.datetime.now(dt.UTC).date()
    engine = _engine(database_url, data_dir)
    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    task = progress.add_task("ingesting", total=None)
    try:
        with progress:
            summary = run_ingest(
                input_root,
                engine,
                as_of=reference,
                batch_size=batch_size,
                reprocess=reprocess,
                dry_run=dry_run,
                workers=workers,
                docs_dir=docs_dir,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except InputRootError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        engine.dispose()
    _print_summary(summary)


def _print_summary(summary) -> None:
    table = Table(title=f"ingest {'(dry run) ' if summary.dry_run else ''}of {summary.input_root}", show_header=False)
    table.add_column("what")
    table.add_column("files", justify="right")
    table.add_row("run", str(summary.run_id or "-"))
    table.add_row("discovered", str(summary.discovered))
    table.add_row("unchanged (already in the ledger)", str(summary.unchanged))
    if summary.in_flight:
        table.add_row("in flight (another running run planned them)", str(summary.in_flight))
    if summary.dry_run:
        table.add_row("would process", str(summary.discovered - summary.unchanged - summary.in_flight))
    table.add_row("loaded", str(summary.loaded))
    if summary.flagged:  # loaded, with something missing or doubtful (core.article.flags)
        table.add_row("  of which flagged", "")
    for flag, n in sorted(summary.flagged.items()):
        table.add_row(f"    {flag}", str(n))
    table.add_row("duplicate", str(summary.duplicate))
    table.add_row("quarantined", str(sum(summary.quarantined.values())))
    for reason, n in sorted(summary.quarantined.items()):
        table.add_row(f"  {reason}", str(n))
    if summary.blocked_batches:
        table.add_row("blocked by the quality audit (batches)", ", ".join(summary.blocked_batches))
    table.add_row("seconds", f"{summary.seconds:.2f}")
    table.add_row("articles/s (files processed per second)", f"{summary.articles_per_second:.0f}")
    for stage, seconds in summary.stage_seconds.items():
        table.add_row(f"  seconds in {stage.replace('_', ' ')}", f"{seconds:.2f}")
    out.print(table)


@db_app.command("upgrade")
def db_upgrade(database_url: DatabaseUrl = None, data_dir: DataDir = None) -> None:
    """Apply the schema migrations (ingest does it too when needed)."""
    _quiet_third_party()
    from etl.warehouse.migrate import head_revision

    _engine(database_url, data_dir).dispose()
    out.print(f"warehouse schema at revision {head_revision()}")


@db_app.command("url")
def db_url(
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    with_password: Annotated[bool, typer.Option(help="Include the password (not for logs).")] = False,
) -> None:
    """Print the URL to connect with, e.g. psql "$(antara-etl db url)"."""
    _quiet_third_party()
    from sqlalchemy.engine import make_url

    from etl.warehouse.connection import WarehouseUnavailable, resolve_url, safe_url

    try:
        url = resolve_url(database_url, data_dir)
    except WarehouseUnavailable as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    shown = make_url(url).render_as_string(hide_password=False) if with_password else safe_url(url)
    print(shown.replace("postgresql+psycopg2://", "postgresql://"))


@db_app.command("stop")
def db_stop(data_dir: DataDir = None) -> None:
    """Stop the embedded PostgreSQL server and wait until it has exited."""
    _quiet_third_party()
    from etl.warehouse.connection import WarehouseUnavailable, stop_embedded

    try:
        stopped = stop_embedded(data_dir)
    except WarehouseUnavailable as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    if stopped.running:
        out.print(f"stopped the embedded PostgreSQL (pid {stopped.pid}) in {stopped.pgdata}")
    else:
        out.print(f"the embedded PostgreSQL in {stopped.pgdata} was not running")


@db_app.command("status")
def db_status(data_dir: DataDir = None) -> None:
    """Whether the embedded PostgreSQL runs, where (data and socket directory) and since when; exit status 3
    when it does not run."""
    _quiet_third_party()
    from etl.warehouse.connection import embedded_status

    status = embedded_status(data_dir)
    if not status.running:
        out.print(f"not running (data directory {status.pgdata})")
        raise typer.Exit(3)
    since = status.started_at.isoformat(timespec="seconds") if status.started_at else "an unknown time"
    out.print(
        f"running since {since} (pid {status.pid})\n"
        f"data directory {status.pgdata}\nsocket directory {status.socket_dir}"
    )


@quarantine_app.command("list")
def quarantine_list(
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    reason: Annotated[str | None, typer.Option(help="Only this reason code.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List quarantined files with their reason and message."""
    _quiet_third_party()
    from etl.warehouse import ledger

    engine = _engine(database_url, data_dir)
    rows = ledger.quarantined(engine, reason, limit=limit)
    table = Table("reason", "file", "message", title="quarantined files")
    for r in rows:
        table.add_row(r.reason, f"{r.input_root}/{r.path}", r.message or "")
    out.print(table)


@quality_app.callback(invoke_without_command=True)
def quality(
    ctx: typer.Context,
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    runs: Annotated[int, typer.Option(min=1, help="How many recent audited runs to show.")] = 20,
    html: Annotated[Path | None, typer.Option(help="Also write the summary as a self-contained HTML page.")] = None,
) -> None:
    """Recent audits per suite, failed expectations, quarantined files by reason, blocked batches."""
    if ctx.invoked_subcommand is not None:
        return
    _quiet_third_party()
    from etl.quality.report import print_summary, quality_summary, render_summary_html

    engine = _engine(database_url, data_dir)
    try:
        summary = quality_summary(engine, limit_runs=runs)
    finally:
        engine.dispose()
    print_summary(summary, out)
    if html is not None:
        html.write_text(render_summary_html(summary), encoding="utf-8")
        console.print(f"wrote {html}")


@quality_app.command("release")
def quality_release(
    batch_id: Annotated[str, typer.Argument(help="The blocked batch, e.g. run12-b00003.")],
    reason: Annotated[str, typer.Option(help="Why it may be published anyway (recorded).")],
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
) -> None:
    """Release a blocked batch: the next run publishes it despite its failed critical expectations."""
    _quiet_third_party()
    from etl.quality.audit import BatchNotFound, release_batch

    engine = _engine(database_url, data_dir)
    try:
        batch = release_batch(engine, batch_id, reason)
    except (BatchNotFound, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        engine.dispose()
    out.print(f"released {batch.batch_id} (run {batch.run_id}); the next run publishes it")


@quarantine_app.command("replay")
def quarantine_replay(
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    reason: Annotated[str | None, typer.Option(help="Only files quarantined with this reason code.")] = None,
    as_of: Annotated[str | None, typer.Option(help="Reference date YYYY-MM-DD.")] = None,
    docs_dir: DocsDir = None,
) -> None:
    """Process quarantined files again (after fixing them or the parser); audited before publishing."""
    _quiet_third_party()
    from etl.quality.replay import replay_quarantined
    from etl.records import Reason

    if reason is not None and reason not in {r.value for r in Reason}:
        console.print(f"[red]error:[/red] unknown reason {reason!r}; one of: {', '.join(r.value for r in Reason)}")
        raise typer.Exit(2)
    reference = dt.date.fromisoformat(as_of) if as_of else dt.datetime.now(dt.UTC).date()
    engine = _engine(database_url, data_dir)
    try:
        result = replay_quarantined(engine, reason=reason, as_of=reference, docs_dir=docs_dir)
    finally:
        engine.dispose()
    if not result.runs and not result.missing:
        out.print("no quarantined files" + (f" with reason {reason}" if reason else ""))
    for summary in result.runs:
        _print_summary(summary)
    for path in result.missing:
        console.print(f"[yellow]not on disk any more, left quarantined:[/yellow] {path}")
    for batch_id in result.blocked_batches:
        console.print(f"[red]blocked by the quality audit:[/red] {batch_id} (see `antara-etl quality`)")
    if result.blocked_batches:
        raise typer.Exit(1)


@marts_app.command("refresh")
def marts_refresh(
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    full: Annotated[
        bool, typer.Option("--full", help="Rebuild every mart from all of core (locks the marts while it runs).")
    ] = False,
) -> None:
    """Bring every mart up to date with what changed in core since the last refresh (readers never wait)."""
    _quiet_third_party()
    from etl.warehouse.marts import refresh_marts

    engine = _engine(database_url, data_dir)
    try:
        timings = refresh_marts(engine, full=full)
    finally:
        engine.dispose()
    table = Table(title="marts rebuilt" if full else "marts refreshed", show_header=False)
    table.add_column("step")
    table.add_column("seconds", justify="right")
    for view, seconds in timings.items():
        table.add_row(view, f"{seconds:.2f}")
    out.print(table)


@marts_app.command("create-login")
def marts_create_login(
    name: Annotated[str, typer.Argument(help="The new login role.")],
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
) -> None:
    """Create a read-only analyst login; the password is prompted for and never echoed or logged."""
    _quiet_third_party()
    from etl.warehouse.marts import create_analyst_login

    password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    engine = _engine(database_url, data_dir)
    try:
        create_analyst_login(engine, name, password)
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        engine.dispose()
    out.print(f"login {name} can now read the warehouse (role analyst)")


@entities_app.command("reextract")
def entities_reextract(
    database_url: DatabaseUrl = None,
    data_dir: DataDir = None,
    batch_size: Annotated[int, typer.Option(min=1, max=100_000)] = 500,
) -> None:
    """Re-extract mentions of articles tagged by another model version (after a model change)."""
    _quiet_third_party()
    from etl.entities.tagger import model_version
    from etl.pipeline import reextract_entities

    engine = _engine(database_url, data_dir)
    run_id, n = reextract_entities(engine, as_of=dt.datetime.now(dt.UTC).date(), batch_size=batch_size)
    engine.dispose()
    out.print(f"run {run_id}: re-extracted the mentions of {n} articles with model {model_version()}")


def main() -> None:  # pragma: no cover - `python -m etl.cli`
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
