"""Article text never becomes SQL: no query in etl/ or dags/ is built by interpolating a value (only
identifiers fixed in the code, listed below with the reason each is safe), and SQL-injection text in
every field of an article is stored verbatim by a real ingest, leaving the warehouse intact."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from antara_testkit import hostile_corpus as hc
from etl.pipeline import ingest
from tests.conftest import REPO
from tests.security.sql_scan import scan, scan_source

# (file, interpolated expression) -> why it cannot carry text from an input file or a user.
ALLOWED = {
    ("etl/warehouse/load.py", "table"): "COPY target: a staging table name from the module's constants",
    ("etl/warehouse/load.py", "', '.join(columns)"): "COPY columns: the module's _*_COLUMNS constants",
    ("etl/warehouse/migrate.py", "table"): "DELETE target: a change-log table from MART_CHANGE_LOG (constants)",
    ("etl/warehouse/migrate.py", "name"): "DROP target: the name of a file under schema/objects/ (repository code)",
    ("etl/warehouse/migrate.py", "_DROP_BY_KIND[kind]"): "DROP VIEW/MATERIALIZED VIEW/TABLE: a keyword from the "
    "module's own mapping of pg_class.relkind",
    ("etl/warehouse/quality_store.py", "query"): "a suite's own query asset text (etl/quality/suites.py)",
    (
        "etl/quality/suites.py",
        "b",
    ): "a batch id quoted by _literal() only after check_batch_id() matched run<N>-b<NNNNN>",
    ("etl/quality/suites.py", "plan.run_id"): "an int of a BatchId parsed from a checked batch id",
    ("etl/quality/suites.py", "plan.batch_no"): "an int of a BatchId parsed from a checked batch id",
    ("etl/quality/suites.py", "bodies"): "one of two FROM clauses fixed in the module (_STAGED/_PUBLISHED_ARTICLES)",
    ("etl/quality/suites.py", "articles"): "one of two table names fixed in the module (_STAGED/_PUBLISHED_ARTICLES)",
    ("etl/quality/suites.py", "known"): "the ArticleFlag enum's values (code constants), quoted",
    ("etl/quality/suites.py", "shares"): "one column per ArticleFlag enum value (code constants)",
    ("etl/entities/article_eval.py", "name"): "CREATE/DROP DATABASE of the scratch database the evaluation names "
    "from the clock (antara_article_eval_<UTC timestamp>): no input text",
}


def test_no_sql_is_built_by_interpolating_values():
    findings = scan(REPO, ("etl", "dags"))
    unexpected = [str(f) for f in findings if (f.path, f.expression) not in ALLOWED]
    assert not unexpected, (
        "SQL built by interpolation (bind a parameter, or use psycopg2.sql.Identifier):\n" + "\n".join(unexpected)
    )
    stale = set(ALLOWED) - {(f.path, f.expression) for f in findings}
    assert not stale, f"allowances no code needs any more (remove them): {sorted(stale)}"


@pytest.mark.parametrize(
    "source",
    [
        "conn.execute(sa.text(f\"SELECT * FROM core.article WHERE lead = '{lead}'\"))",
        "cur.execute(\"DELETE FROM ingest.raw_file WHERE path = '%s'\" % path)",
        "cur.execute(\"UPDATE core.person SET name = '{}'\".format(name))",
        'q = "SELECT * FROM core.person WHERE name = \'" + name + "\'"',
    ],
)
def test_the_scan_catches_interpolated_values(source):
    assert scan_source(source, "x.py"), source


def test_the_scan_lets_bound_parameters_and_constants_pass():
    source = (
        'T = "core.article"\n'
        'conn.execute(sa.text("SELECT * FROM core.article WHERE lead = :lead"), {"lead": lead})\n'
        'conn.execute(sa.text(f"SELECT count(*) FROM {T}"))\n'
        'x = f"{name} is not SQL"\n'
    )
    assert scan_source(source, "x.py") == []


def test_sql_injection_in_every_field_is_stored_verbatim(tmp_path, warehouse):
    root = tmp_path / "in"
    root.mkdir()
    text = hc.article(
        [*hc.SQL_BODY, f"Baca juga: {hc.SQL_RELATED}", *hc.COPY_BODY[:3], hc.BASE_BODY],
        place=hc.SQL_PLACE,
        credits=f"\n\nPewarta: {hc.SQL_REPORTER}\n\nPenerjemah: {hc.SQL_TRANSLATOR}\n\nEditor: {hc.SQL_EDITOR}\n\n"
        f"Kontributor: {hc.COPY_REPORTER}\n\nSumber: {hc.SQL_SOURCE}\n",
    )
    (root / "'; DROP TABLE core.article; --.txt").write_text(text, encoding="utf-8")
    with warehouse.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*) FROM pg_tables WHERE schemaname IN ('core', 'ingest')")).scalar()
    summary = ingest(root, warehouse, as_of=dt.date(2026, 11, 29))
    assert summary.loaded == 1
    with warehouse.connect() as conn:
        a = conn.execute(
            sa.text(
                "SELECT a.dateline_place, a.body, s.name AS source, f.path FROM core.article a "
                "JOIN core.source s USING (source_id) JOIN ingest.raw_file f ON f.article_id = a.article_id"
            )
        ).one()
        credits = conn.execute(
            sa.text(
                "SELECT c.role, p.name FROM core.article_credit c JOIN core.person p USING (person_id) ORDER BY c.position"
            )
        ).all()
        related = conn.execute(sa.text("SELECT headline FROM core.related_headline")).scalars().all()
        after = conn.execute(sa.text("SELECT count(*) FROM pg_tables WHERE schemaname IN ('core', 'ingest')")).scalar()
        counts = conn.execute(
            sa.text(
                "SELECT (SELECT count(*) FROM core.article), (SELECT count(*) FROM ingest.raw_file),"
                " (SELECT count(*) FROM core.person), (SELECT count(*) FROM core.source)"
            )
        ).one()
    assert a.dateline_place == hc.SQL_PLACE and a.source == hc.SQL_SOURCE
    assert a.path == "'; DROP TABLE core.article; --.txt"
    paragraphs = a.body.split("\n\n")
    assert all(p in paragraphs for p in [*hc.SQL_BODY, *hc.COPY_BODY[:3]])
    assert [tuple(c) for c in credits] == [
        ("reporter", hc.SQL_REPORTER),
        ("translator", hc.SQL_TRANSLATOR),
        ("editor", hc.SQL_EDITOR),
        ("contributor", hc.COPY_REPORTER),
    ]
    assert related == [hc.SQL_RELATED]
    assert after == before and tuple(counts) == (1, 1, 4, 1)
