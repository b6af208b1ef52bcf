"""Load: the one place the pipeline writes to the warehouse.

A batch is staged with COPY (one transaction) and published into core by set-based SQL
(publish.sql, one transaction).  The CLI does both in one transaction; Airflow audits the staged
batch in between (write-audit-publish).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from etl.records import DatelineEntity, FileOutcome, ResolvedMention
from etl.runs import LIVENESS_LOCKED_KINDS
from etl.warehouse import locks
from etl.warehouse.connection import driver_connection
from etl.warehouse.queries import named_queries

SQL_DIR = Path(__file__).parent


def _statements(path: Path) -> list[str]:
    """The statements of a SQL file; a psql-style `\\ir other.sql` line includes another file."""
    statements: list[str] = []
    for chunk in path.read_text(encoding="utf-8").split(";\n"):
        lines = chunk.strip().splitlines()
        include = next((line for line in lines if line.startswith("\\ir ")), None)
        if include:
            statements.extend(_statements(path.parent / include.split(maxsplit=1)[1].strip()))
            chunk = "\n".join(line for line in lines if line is not include)
        if not _only_comments(chunk):
            statements.append(chunk.strip())
    return statements


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())


_PUBLISH_STATEMENTS = [sa.text(s) for s in _statements(SQL_DIR / "publish.sql")]
_STAGING_CLEANUP = named_queries(SQL_DIR / "staging_cleanup.sql")
_REAP_DEAD_RUNS = _STAGING_CLEANUP["reap_dead_runs"]
_DELETE_SUPERSEDED_BATCHES = _STAGING_CLEANUP["delete_superseded_batches"]
RUN_LIVENESS_LOCK = locks.RUN_LIVENESS  # held by a live CLI/replay/re-extract run (staging_cleanup.sql)
_ENTITY_STATEMENTS = [sa.text(s) for f in ("entities.sql", "entity_links.sql") for s in _statements(SQL_DIR / f)]
# The articles a re-extract batch rewrites, as entities.sql expects them (entity_plan).
_ENTITY_PLAN = sa.text(
    "CREATE TEMP TABLE entity_plan ON COMMIT DROP AS SELECT a.content_sha256, a.article_id FROM core.article a "
    "JOIN staging.article_entity s ON s.content_sha256 = a.content_sha256 WHERE s.batch_id = :b"
)


# --- COPY ---------------------------------------------------------------------------------


def _escape(text: str) -> str:
    """COPY text-format escaping.  (str.replace after a containment test: several times faster
    than str.translate, which looks every character up in a dict; bodies are long.)"""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\t" in text:
        text = text.replace("\t", "\\t")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return text


def _copy_value(value: object) -> str:
    kind = type(value)
    if kind is str:  # the common cases first
        return _escape(value)  # type: ignore[arg-type]
    if value is None:
        return "\\N"
    if kind is int:
        return str(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, (list, tuple)):
        return "{" + ",".join(_array_item(v) for v in value) + "}"
    if isinstance(value, (dt.date, int, float)):
        return str(value)
    return _escape(str(value))


def _array_item(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    quoted = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return _escape(f'"{quoted}"')


def copy_rows(dbapi_cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """COPY rows into ``table`` (text format).  Values are escaped, never spliced into SQL."""
    value = _copy_value
    lines = ["\t".join([value(v) for v in row]) for row in rows]  # a list, not a generator: faster join
    if lines:
        lines.append("")  # the last row's line end
        buf = io.StringIO("\n".join(lines))
        dbapi_cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", buf)
    return len(lines) - 1 if lines else 0


# --- runs and the ledger ------------------------------------------------------------------


def start_run(engine: sa.Engine, input_root: str, parser_version: str, as_of: dt.date, triggered_by: str) -> int:
    with engine.begin() as conn:
        return conn.execute(
            sa.text(
                "INSERT INTO ingest.run (input_root, parser_version, as_of, triggered_by) "
                "VALUES (:root, :pv, :as_of, :by) RETURNING run_id"
            ),
            {"root": input_root, "pv": parser_version, "as_of": as_of, "by": triggered_by},
        ).scalar_one()


def finish_run(engine: sa.Engine, run_id: int, status: str, counts: dict[str, int]) -> None:
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE ingest.run SET finished_at = now(), status = :status, files_discovered = :discovered, "
                "files_unchanged = :unchanged, files_loaded = :loaded, files_duplicate = :duplicate, "
                "files_quarantined = :quarantined WHERE run_id = :run_id"
            ),
            {"run_id": run_id, "status": status, **counts},
        )


@contextmanager
def run_alive(engine: sa.Engine, run_id: int) -> Iterator[None]:
    """Hold the run's liveness lock while the body runs, so `clean_staging` elsewhere can tell this
    run (alive) from one whose process died.  Losing the connection only loses the lock."""
    conn = engine.connect()
    try:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k, CAST(:r AS integer))"), {"k": RUN_LIVENESS_LOCK, "r": run_id})
        conn.commit()
        yield
    finally:
        try:
            conn.execute(
                sa.text("SELECT pg_advisory_unlock(:k, CAST(:r AS integer))"), {"k": RUN_LIVENESS_LOCK, "r": run_id}
            )
            conn.commit()
        except sa.exc.SQLAlchemyError:  # the server restarted: the lock went with the session
            pass
        conn.close()


def clean_staging(engine: sa.Engine) -> tuple[list[int], list[str]]:
    """Mark runs whose process died as failed and delete the unpublished batches that later runs
    superseded (staging_cleanup.sql).  Returns (runs marked failed, batches deleted)."""
    with engine.begin() as conn:
        dead = (
            conn.execute(
                _REAP_DEAD_RUNS, {"locked_kinds": list(LIVENESS_LOCKED_KINDS), "liveness_lock": locks.RUN_LIVENESS}
            )
            .scalars()
            .all()
        )
    with engine.begin() as conn:
        deleted = conn.execute(_DELETE_SUPERSEDED_BATCHES).scalars().all()
    return list(dead), list(deleted)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    size: int
    mtime_ns: int
    sha256: str
    parser_version: str | None = None  # the parser that last processed the file


def published_as_of(engine: sa.Engine, input_root: str, paths: Sequence[str]) -> dt.date | None:
    """The latest reference date under which an article of one of these files was published (None: none was)."""
    if not paths:
        return None
    with engine.connect() as conn:
        return conn.execute(
            sa.text(
                "SELECT max(r.as_of) FROM ingest.raw_file f "
                "JOIN core.article a ON a.raw_file_id = f.raw_file_id JOIN ingest.run r ON r.run_id = a.run_id "
                "WHERE f.input_root = :root AND f.path = ANY(:paths)"
            ),
            {"root": input_root, "paths": list(paths)},
        ).scalar()


def ledger_snapshot(engine: sa.Engine, input_root: str) -> dict[str, LedgerEntry]:
    """What the ledger knows of the files under ``input_root``: path -> (size, mtime, sha256)."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT path, size_bytes, mtime_ns, sha256, parser_version FROM ingest.raw_file WHERE input_root = :root"
            ),
            {"root": input_root},
        )
        return {r.path: LedgerEntry(r.size_bytes, r.mtime_ns, r.sha256, r.parser_version) for r in rows}


# --- stage and publish --------------------------------------------------------------------

_FILE_COLUMNS = (
    "batch_id",
    "ordinal",
    "path",
    "size_bytes",
    "mtime_ns",
    "sha256",
    "encoding",
    "reason",
    "message",
    "content_sha256",
)
_ARTICLE_COLUMNS = (
    "batch_id",
    "content_sha256",
    "ordinal",
    "published_month",
    "published_date",
    "date_precision",
    "dateline_place",
    "agency_marker",
    "lead",
    "body",
    "word_count",
    "paragraph_count",
    "copyright_year",
    "boilerplate_removed",
    "source_key",
    "source_name",
    "minhash_bands",
    "search_lead",
    "search_body",
    "flags",
    "preamble",
    "headline",
    "language",
    "published_weekday",
    "source_url",
    "antara_site",
    "antara_article_id",
)
_CREDIT_COLUMNS = ("batch_id", "content_sha256", "position", "role", "name", "name_key")
_RELATED_COLUMNS = ("batch_id", "content_sha256", "position", "headline")
_ARTICLE_ENTITY_COLUMNS = (
    "batch_id",
    "content_sha256",
    "dateline_entity_key",
    "dateline_name",
    "dateline_country_code",
    "dateline_province_code",
    "entity_model_version",
)
_MENTION_COLUMNS = (
    "batch_id",
    "content_sha256",
    "start_char",
    "end_char",
    "sentence",
    "entity_type",
    "entity_key",
    "canonical_name",
    "surface",
    "title",
    "country_code",
    "province_code",
    "aliases",
    "confidence",
    "region_code",
)


def stage_batch(
    conn: sa.Connection, batch_id: str, run_id: int, input_root: str, outcomes: Sequence[tuple[int, FileOutcome]]
) -> None:
    """Write one batch (``(ordinal, outcome)`` pairs) into staging with COPY.  Re-staging a batch id
    replaces it, so a retried task never doubles rows."""
    conn.execute(sa.text("DELETE FROM staging.batch WHERE batch_id = :b"), {"b": batch_id})
    conn.execute(
        sa.text("INSERT INTO staging.batch (batch_id, run_id, input_root) VALUES (:b, :r, :root)"),
        {"b": batch_id, "r": run_id, "root": input_root},
    )
    files: list[tuple] = []
    articles: list[tuple] = []
    credits: list[tuple] = []
    related: list[tuple] = []
    entity_rows: list[tuple] = []
    mentions: list[tuple] = []
    seen: set[str] = set()
    for ordinal, o in outcomes:
        f, a = o.file, o.article
        files.append(
            (
                batch_id,
                ordinal,
                f.path,
                f.size,
                f.mtime_ns,
                f.sha256,
                f.encoding,
                o.reason.value if o.reason else None,
                o.message,
                a.content_sha256 if a else None,
            )
        )
        if a is None or a.content_sha256 in seen:
            continue
        seen.add(a.content_sha256)
        articles.append(
            (
                batch_id,
                a.content_sha256,
                ordinal,
                a.published_month,
                a.published_date,
                a.date_precision.value,
                a.dateline_place,
                a.agency_marker,
                a.lead,
                a.body,
                a.word_count,
                len(a.paragraphs),
                a.copyright_year,
                a.boilerplate,
                a.source.source_key if a.source else None,
                a.source.name if a.source else None,
                a.minhash_bands,
                a.search_lead,
                a.search_body,
                [f.value for f in a.flags],
                a.preamble,
                a.headline,
                a.language,
                a.published_weekday,
                a.source_url,
                a.antara_site,
                a.antara_article_id,
            )
        )
        credits.extend(
            (batch_id, a.content_sha256, i, c.role.value, c.name, c.name_key) for i, c in enumerate(a.credits)
        )
        related.extend((batch_id, a.content_sha256, i, h) for i, h in enumerate(a.related_headlines))
        entity_rows.append(_article_entity_row(batch_id, a.content_sha256, a.dateline_entity, a.entity_model_version))
        mentions.extend(_mention_rows(batch_id, a.content_sha256, o.mentions))
    cursor = driver_connection(conn).cursor()
    try:
        copy_rows(cursor, "staging.file", _FILE_COLUMNS, files)
        copy_rows(cursor, "staging.article", _ARTICLE_COLUMNS, articles)
        copy_rows(cursor, "staging.article_credit", _CREDIT_COLUMNS, credits)
        copy_rows(cursor, "staging.related_headline", _RELATED_COLUMNS, related)
        copy_rows(cursor, "staging.article_entity", _ARTICLE_ENTITY_COLUMNS, entity_rows)
        copy_rows(cursor, "staging.entity_mention", _MENTION_COLUMNS, mentions)
    finally:
        cursor.close()


def _article_entity_row(batch_id: str, content_sha256: str, d: DatelineEntity | None, version: str | None) -> tuple:
    return (
        batch_id,
        content_sha256,
        d.entity_key if d else None,
        d.canonical_name if d else None,
        d.country_code if d else None,
        d.province_code if d else None,
        version,
    )


def _mention_rows(batch_id: str, content_sha256: str, mentions: Iterable[ResolvedMention]) -> Iterator[tuple]:
    for m in mentions:
        yield (
            batch_id,
            content_sha256,
            m.start,
            m.end,
            m.sentence,
            m.entity_type.value,
            m.entity_key,
            m.canonical_name,
            m.surface,
            m.title,
            m.country_code,
            m.province_code,
            list(m.aliases),
            m.confidence,
            m.region_code,
        )


def publish_batch(conn: sa.Connection, batch_id: str, run_id: int, input_root: str, parser_version: str) -> None:
    """Merge a staged batch into core (publish.sql), in the caller's transaction."""
    params = {
        "batch_id": batch_id,
        "run_id": run_id,
        "input_root": input_root,
        "parser_version": parser_version,
        "publish_lock": locks.PUBLISH,
    }
    for statement in _PUBLISH_STATEMENTS:
        conn.execute(statement, {k: v for k, v in params.items() if f":{k}" in statement.text})


def articles_with_other_entity_model(
    engine: sa.Engine, version: str, *, after_article_id: int, limit: int
) -> Sequence[sa.Row]:
    """Articles (in article_id order, after a key) whose mentions came from another model version."""
    with engine.connect() as conn:
        return conn.execute(
            sa.text(
                "SELECT article_id, content_sha256, body, dateline_place, language FROM core.article "
                "WHERE entity_model_version IS DISTINCT FROM :v AND article_id > :after ORDER BY article_id LIMIT :n"
            ),
            {"v": version, "after": after_article_id, "n": limit},
        ).all()


def stage_entities(
    conn: sa.Connection,
    batch_id: str,
    run_id: int,
    input_root: str,
    results: Sequence[tuple[str, Sequence[ResolvedMention], DatelineEntity | None, str | None]],
) -> None:
    """Stage a new entity layer for existing articles (a re-extract batch): (content_sha256, mentions,
    dateline, model version) each, into staging.article_entity and staging.entity_mention with COPY.
    Re-staging a batch id replaces it."""
    conn.execute(sa.text("DELETE FROM staging.batch WHERE batch_id = :b"), {"b": batch_id})
    conn.execute(
        sa.text("INSERT INTO staging.batch (batch_id, run_id, input_root) VALUES (:b, :r, :root)"),
        {"b": batch_id, "r": run_id, "root": input_root},
    )
    entity_rows: list[tuple] = []
    mentions: list[tuple] = []
    for content_sha256, found, dateline, version in results:
        entity_rows.append(_article_entity_row(batch_id, content_sha256, dateline, version))
        mentions.extend(_mention_rows(batch_id, content_sha256, found))
    cursor = driver_connection(conn).cursor()
    try:
        copy_rows(cursor, "staging.article_entity", _ARTICLE_ENTITY_COLUMNS, entity_rows)
        copy_rows(cursor, "staging.entity_mention", _MENTION_COLUMNS, mentions)
    finally:
        cursor.close()


def publish_entities(conn: sa.Connection, batch_id: str, run_id: int) -> None:
    """Rewrite the entity layer of the staged re-extract batch's articles (entities.sql and
    entity_links.sql over exactly those articles), in the caller's transaction, under the publish
    lock; then the batch leaves staging."""
    take_publish_lock(conn)
    conn.execute(_ENTITY_PLAN, {"b": batch_id})
    params = {"batch_id": batch_id, "run_id": run_id}
    for statement in _ENTITY_STATEMENTS:
        conn.execute(statement, {k: v for k, v in params.items() if f":{k}" in statement.text})
    conn.execute(sa.text("DELETE FROM staging.batch WHERE batch_id = :b"), {"b": batch_id})


def ledger_flags(conn: sa.Connection, input_root: str, paths: Sequence[str]) -> dict[str, int]:
    """flag -> number of the given files that are loaded as an article with that flag."""
    rows = conn.execute(
        sa.text(
            "SELECT flag, count(*) FROM ingest.raw_file f JOIN core.article a ON a.article_id = f.article_id "
            "CROSS JOIN LATERAL unnest(a.flags) AS flag "
            "WHERE f.input_root = :root AND f.path = ANY(:paths) AND f.status = 'loaded' GROUP BY flag"
        ),
        {"root": input_root, "paths": list(paths)},
    )
    return {flag: n for flag, n in rows}


def ledger_outcomes(conn: sa.Connection, input_root: str, paths: Sequence[str]) -> dict[tuple[str, str | None], int]:
    """(status, reason) -> number of the given files, as the ledger records them now."""
    rows = conn.execute(
        sa.text(
            "SELECT status, reason, count(*) FROM ingest.raw_file "
            "WHERE input_root = :root AND path = ANY(:paths) GROUP BY status, reason"
        ),
        {"root": input_root, "paths": list(paths)},
    )
    return {(status, reason): n for status, reason, n in rows}


_PUBLISH_LOCK = sa.text("SELECT pg_advisory_xact_lock(:publish_lock)")  # as publish.sql step 1


def take_publish_lock(conn: sa.Connection) -> None:
    """Wait for the publish lock (to the end of this transaction): publishes, re-extract publishes and
    mart refreshes take turns on it."""
    conn.execute(_PUBLISH_LOCK, {"publish_lock": locks.PUBLISH})
