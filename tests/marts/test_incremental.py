"""The incremental refresh leaves every mart equal to a computation from scratch, whatever core went through.

The oracle is each mart's definition as it was when the marts were materialised views (re-computed
from all of core every time), written out here independently of the marts' files and of
marts_refresh.sql.  After each round of changes (new articles, republished ones with a new month,
place, source, credits and entities, entities removed, re-extracted with other confidences, merged
or renamed, a place that gains a province, articles deleted) the refreshed marts must hold exactly
the oracle's rows.
"""

from __future__ import annotations

import random

import pytest
import sqlalchemy as sa

from etl.warehouse import migrate
from etl.warehouse.connection import create_engine
from etl.warehouse.marts import refresh_marts
from tests.marts.conftest import load_fixture, rows

COUNTED = "SELECT * FROM core.entity_mention WHERE coalesce(confidence, 1) >= 0.4"
WIRE = """
    SELECT a.article_id, a.published_month, a.source_id,
           EXISTS (SELECT 1 FROM core.article_credit c WHERE c.article_id = a.article_id AND c.role = 'translator')
               AS translated
    FROM core.article a WHERE a.source_id IS NOT NULL"""
ALL_PAIRS = f"""
    WITH article_entity AS (SELECT DISTINCT article_id, entity_id FROM ({COUNTED}) m)
    SELECT x.entity_id AS entity_a_id, y.entity_id AS entity_b_id, count(*) AS articles,
           min(a.published_month) AS first_month, max(a.published_month) AS last_month
    FROM article_entity x
    JOIN article_entity y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
    JOIN core.article a ON a.article_id = x.article_id
    GROUP BY x.entity_id, y.entity_id"""
BY_PLACE = f"""
    SELECT a.dateline_place, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM ({COUNTED}) m JOIN core.article a USING (article_id)
    WHERE a.dateline_place IS NOT NULL
    GROUP BY a.dateline_place, m.entity_id"""
BY_PROVINCE = f"""
    SELECT place.province_code, m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM ({COUNTED}) m
    JOIN core.article a USING (article_id)
    JOIN core.entity place ON place.entity_id = a.dateline_entity_id
    WHERE place.province_code IS NOT NULL
    GROUP BY place.province_code, m.entity_id"""

ORACLE = {
    "mart.entity_mentions_daily": f"""
        SELECT e.entity_id, e.entity_type, e.canonical_name, d.day, d.articles, d.mentions
        FROM (SELECT m.entity_id, a.published_date AS day, count(DISTINCT m.article_id) AS articles,
                     count(*) AS mentions
              FROM ({COUNTED}) m JOIN core.article a USING (article_id)
              WHERE a.published_date IS NOT NULL
              GROUP BY m.entity_id, a.published_date) d
        JOIN core.entity e USING (entity_id)""",
    "mart.entity_mentions_monthly": f"""
        SELECT e.entity_id, e.entity_type, e.canonical_name, d.month, d.articles, d.mentions
        FROM (SELECT m.entity_id, a.published_month AS month, count(DISTINCT m.article_id) AS articles,
                     count(*) AS mentions
              FROM ({COUNTED}) m JOIN core.article a USING (article_id)
              GROUP BY m.entity_id, a.published_month) d
        JOIN core.entity e USING (entity_id)""",
    "mart.dateline_place_monthly": """
        SELECT a.dateline_entity_id, p.canonical_name, p.country_code, p.province_code, a.published_month, count(*)
        FROM core.article a JOIN core.entity p ON p.entity_id = a.dateline_entity_id
        GROUP BY a.dateline_entity_id, p.canonical_name, p.country_code, p.province_code, a.published_month""",
    "mart.all_entities_by_dateline_place": BY_PLACE,
    "mart.entity_by_dateline_place": f"""
        SELECT r.dateline_place, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank
        FROM (SELECT c.*, row_number() OVER (PARTITION BY c.dateline_place
                                             ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank
              FROM ({BY_PLACE}) c) r
        JOIN core.entity e USING (entity_id)
        WHERE r.rank <= 100""",
    "mart.all_entities_by_province": BY_PROVINCE,
    "mart.entity_by_province": f"""
        SELECT r.province_code, r.entity_id, e.entity_type, e.canonical_name, r.articles, r.mentions, r.rank
        FROM (SELECT c.*, row_number() OVER (PARTITION BY c.province_code
                                             ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank
              FROM ({BY_PROVINCE}) c) r
        JOIN core.entity e USING (entity_id)
        WHERE r.rank <= 100""",
    "mart.all_entity_pairs": ALL_PAIRS,
    "mart.entity_pair": f"SELECT * FROM ({ALL_PAIRS}) p WHERE articles >= 2",
    "mart.person_role_monthly": f"""
        SELECT c.person_id, p.name, c.role, a.published_month, count(*), count(*) FILTER (WHERE w.translated)
        FROM core.article_credit c
        JOIN core.article a USING (article_id)
        JOIN core.person p USING (person_id)
        LEFT JOIN ({WIRE}) w USING (article_id)
        GROUP BY c.person_id, p.name, c.role, a.published_month""",
    "mart.wire_source_monthly": f"""
        WITH per_source AS (
            SELECT w.published_month AS month, w.source_id, count(*) AS articles,
                   count(*) FILTER (WHERE w.translated) AS translated_articles
            FROM ({WIRE}) w GROUP BY w.published_month, w.source_id
        ), per_month AS (
            SELECT published_month AS month, count(*) AS articles FROM core.article GROUP BY published_month
        )
        SELECT s.month, s.source_id, src.name, s.articles, s.translated_articles,
               round(s.translated_articles / nullif(sum(s.translated_articles) OVER (PARTITION BY s.month), 0), 4),
               round(s.translated_articles / m.articles::numeric, 4)
        FROM per_source s JOIN per_month m USING (month) JOIN core.source src USING (source_id)""",
}


def differences(engine: sa.Engine) -> dict[str, tuple[list, list]]:
    """Per mart: (rows only in the mart, rows only in the oracle); empty when every mart is right."""
    found = {}
    for mart, oracle in ORACLE.items():
        extra = rows(engine, f"SELECT * FROM {mart} EXCEPT ALL SELECT * FROM ({oracle}) o")
        missing = rows(engine, f"SELECT * FROM ({oracle}) o EXCEPT ALL SELECT * FROM {mart}")
        if extra or missing:
            found[mart] = (sorted(extra, key=str), sorted(missing, key=str))
    return found


def execute(engine: sa.Engine, *statements: str, **params) -> None:
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(sa.text(statement), params)


def changes_logged(engine: sa.Engine) -> int:
    return rows(
        engine,
        "SELECT (SELECT count(*) FROM ingest.mart_changed_article) + (SELECT count(*) FROM ingest.mart_mention_change)"
        " + (SELECT count(*) FROM ingest.mart_credit_change) + (SELECT count(*) FROM ingest.mart_changed_dimension)",
    )[0][0]


def test_the_oracle_is_every_mart(warehouse):
    marts = rows(
        warehouse,
        "SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = 'mart'::regnamespace"
        " AND c.relkind IN ('r', 'v', 'm')",
    )
    assert sorted(ORACLE) == sorted(m for (m,) in marts if m != "mart.wire_article")


def test_the_first_refresh_of_a_loaded_warehouse_equals_the_oracle_and_empties_the_log(warehouse):
    load_fixture(warehouse)
    assert changes_logged(warehouse) > 0
    refresh_marts(warehouse)
    assert differences(warehouse) == {}
    assert changes_logged(warehouse) == 0
    assert rows(warehouse, "SELECT count(*) FROM mart.entity_pair") == [(4,)]  # the fixture's pairs: not vacuous


NEW_ARTICLE = (
    "INSERT INTO core.article (article_id, content_sha256, published_month, published_date, date_precision,"
    " dateline_place, lead, body, word_count, paragraph_count, source_id, raw_file_id, run_id, parser_version,"
    " dateline_entity_id) OVERRIDING SYSTEM VALUE"
    " VALUES (:id, md5(CAST(:id AS text)), :month, :day, CASE WHEN :day IS NULL THEN 'month' ELSE 'day' END, :place,"
    " 'Lead.', 'Lead. Body.', 3, 1, :source, 1, 1, 'test', :place_entity)"
)


def mention(article_id: int, entity_id: int, start: int, confidence: float | None = None) -> str:
    return (
        "INSERT INTO core.entity_mention (article_id, entity_id, start_char, end_char, sentence, surface,"
        f" model_version, run_id, confidence) VALUES ({article_id}, {entity_id}, {start}, {start + 1}, 0, 'x',"
        f" 'test', 1, {'NULL' if confidence is None else confidence})"
    )


def credit(article_id: int, person_id: int, role: str, position: int) -> str:
    return (
        "INSERT INTO core.article_credit (article_id, person_id, role, position, run_id)"
        f" VALUES ({article_id}, {person_id}, '{role}', {position}, 1)"
    )


@pytest.fixture
def refreshed(warehouse) -> sa.Engine:
    load_fixture(warehouse)
    refresh_marts(warehouse)
    return warehouse


def test_new_articles_with_new_entities_people_and_sources(refreshed):
    execute(
        refreshed,
        "INSERT INTO core.source (source_id, source_key, name, first_run_id) OVERRIDING SYSTEM VALUE"
        " VALUES (9, 'afp', 'AFP', 1)",
        "INSERT INTO core.person (person_id, name_key, name, first_run_id) OVERRIDING SYSTEM VALUE"
        " VALUES (9, 'putu', 'Putu', 1)",
        "INSERT INTO core.entity (entity_id, entity_type, entity_key, canonical_name, first_run_id)"
        " OVERRIDING SYSTEM VALUE VALUES (20, 'ORG', 'pbb', 'PBB', 1)",
    )
    with refreshed.begin() as conn:
        for n, (month, day, source) in enumerate([("2024-04-01", "2024-04-02", 9), ("2024-07-01", None, None)]):
            conn.execute(
                sa.text(NEW_ARTICLE),
                {"id": 11 + n, "month": month, "day": day, "place": "Kudus", "source": source, "place_entity": 8},
            )
        for statement in [
            mention(11, 20, 0),
            mention(11, 20, 5),
            mention(11, 1, 10),
            mention(11, 3, 15),
            mention(12, 20, 0),
            mention(12, 1, 3),
            credit(11, 9, "translator", 1),
            credit(11, 2, "editor", 2),
            credit(12, 9, "reporter", 1),
        ]:
            conn.execute(sa.text(statement))
    refresh_marts(refreshed)
    assert differences(refreshed) == {}
    assert rows(refreshed, "SELECT articles FROM mart.entity_pair WHERE entity_a_id = 1 AND entity_b_id = 20") == [(2,)]


def test_republished_articles_move_month_place_source_credits_and_entities(refreshed):
    # Article 4 (Istanbul, Anadolu, April) becomes a Semarang story of June with other entities and
    # no translator; article 1 moves to another day of its month.
    execute(
        refreshed,
        "UPDATE core.article SET published_month = '2024-06-01', published_date = NULL, date_precision = 'month',"
        " dateline_place = 'Semarang', dateline_entity_id = 4, source_id = 2 WHERE article_id = 4",
        "DELETE FROM core.entity_mention WHERE article_id = 4",
        mention(4, 1, 0),
        mention(4, 4, 5),
        mention(4, 9, 9),
        "DELETE FROM core.article_credit WHERE article_id = 4",
        credit(4, 1, "reporter", 1),
        "UPDATE core.article SET published_date = '2024-03-09' WHERE article_id = 1",
    )
    refresh_marts(refreshed)
    assert differences(refreshed) == {}


def test_entities_removed_re_extracted_below_the_threshold_and_merged(refreshed):
    execute(
        refreshed,
        "DELETE FROM core.entity_mention WHERE article_id = 5",  # an article loses its entities
        "UPDATE core.entity_mention SET confidence = 0.1 WHERE article_id = 3 AND entity_id = 9",  # no longer counted
        "UPDATE core.entity_mention SET confidence = 0.9 WHERE article_id = 2",  # still counted
        "UPDATE core.entity_mention SET entity_id = 2 WHERE entity_id = 9",  # Bulog merged into the ministry
    )
    refresh_marts(refreshed)
    assert differences(refreshed) == {}
    execute(refreshed, "UPDATE core.entity_mention SET confidence = 0.95 WHERE article_id = 3")  # counted again
    refresh_marts(refreshed)
    assert differences(refreshed) == {}


def test_a_pair_loses_the_article_that_set_its_first_month(refreshed):
    # Joko Widodo and the ministry: articles 1 and 2 (March); a third in May, then both March ones go.
    execute(refreshed, mention(7, 1, 60))
    refresh_marts(refreshed)
    execute(
        refreshed,
        "DELETE FROM core.entity_mention WHERE article_id IN (1, 2) AND entity_id = 2",
        mention(10, 1, 0),
        mention(10, 2, 5),
    )
    refresh_marts(refreshed)
    assert differences(refreshed) == {}
    assert rows(refreshed, "SELECT * FROM mart.all_entity_pairs WHERE entity_a_id = 1 AND entity_b_id = 2") == [
        (1, 2, 2, *rows(refreshed, "SELECT DATE '2024-05-01', DATE '2024-06-01'")[0])
    ]


def test_renamed_entities_people_sources_and_a_place_that_gains_a_province(refreshed):
    execute(
        refreshed,
        "UPDATE core.entity SET canonical_name = 'Presiden Joko Widodo' WHERE entity_id = 1",
        "UPDATE core.entity SET country_code = 'ID', province_code = 'ID-JI' WHERE entity_id = 6",  # Istanbul, wrongly
        "UPDATE core.person SET name = 'Rina W.' WHERE person_id = 2",
        "UPDATE core.source SET name = 'Anadolu Agency' WHERE source_id = 1",
    )
    refresh_marts(refreshed)
    assert differences(refreshed) == {}
    assert rows(refreshed, "SELECT DISTINCT province_code FROM mart.entity_by_province ORDER BY 1") == [
        ("ID-JI",),
        ("ID-JT",),
    ]


def delete_articles(ids: str) -> list[str]:
    """Statements deleting articles (their files are quarantined first: the ledger keeps no loaded file without one)."""
    return [
        "UPDATE ingest.raw_file SET status = 'quarantined', reason = 'empty_file'"
        f" WHERE article_id IN ({ids}) OR raw_file_id IN (SELECT raw_file_id FROM core.article WHERE article_id IN ({ids}))",
        f"DELETE FROM core.article WHERE article_id IN ({ids})",
    ]


def test_deleted_articles_take_their_counts_with_them(refreshed):
    execute(refreshed, *delete_articles("4, 7"))
    refresh_marts(refreshed)
    assert differences(refreshed) == {}


def test_changes_between_refreshes_add_up_and_an_article_changed_twice_counts_once(refreshed):
    execute(
        refreshed,
        "UPDATE core.article SET published_month = '2024-01-01', published_date = NULL,"
        " date_precision = 'month' WHERE article_id = 3",
    )
    execute(
        refreshed,
        "UPDATE core.article SET published_month = '2024-02-01' WHERE article_id = 3",
        "DELETE FROM core.article_credit WHERE article_id = 3 AND role = 'editor'",
    )
    execute(refreshed, "DELETE FROM core.entity_mention WHERE article_id = 3 AND entity_id = 5")
    refresh_marts(refreshed)
    assert differences(refreshed) == {}


def test_random_rounds_of_changes_stay_equal_to_the_oracle(refreshed):
    """Thirty articles more, then rounds of random republishing, re-extraction, renaming and deleting."""
    rng = random.Random(16)
    months = ["2023-12-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"]
    places = [("Semarang", 4), ("Surabaya", 5), ("Istanbul", 6), ("Kudus", 8), ("Jakarta", None), (None, None)]
    roles = ["reporter", "editor", "translator", "photographer"]
    next_id = iter(range(100, 10_000))

    def write_entities(conn, article_id):
        conn.execute(sa.text(f"DELETE FROM core.entity_mention WHERE article_id = {article_id}"))
        for n in range(rng.randint(0, 6)):
            confidence = rng.choice([None, 0.2, 0.5, 0.9])
            conn.execute(sa.text(mention(article_id, rng.randint(1, 9), 10 * n, confidence)))

    def write_credits(conn, article_id):
        conn.execute(sa.text(f"DELETE FROM core.article_credit WHERE article_id = {article_id}"))
        for n, role in enumerate(rng.sample(roles, rng.randint(0, 3)), start=1):
            conn.execute(sa.text(credit(article_id, rng.randint(1, 5), role, n)))

    def publish(conn, article_id, new):
        month = rng.choice(months)
        day = month[:8] + f"{rng.randint(1, 28):02d}" if rng.random() < 0.7 else None
        place, place_entity = rng.choice(places)
        source = rng.choice([None, None, 1, 2, 3])
        if new:
            conn.execute(
                sa.text(NEW_ARTICLE),
                {
                    "id": article_id,
                    "month": month,
                    "day": day,
                    "place": place,
                    "source": source,
                    "place_entity": place_entity,
                },
            )
        else:
            conn.execute(
                sa.text(
                    "UPDATE core.article SET published_month = :month, published_date = :day,"
                    " date_precision = CASE WHEN :day IS NULL THEN 'month' ELSE 'day' END, dateline_place = :place,"
                    " dateline_entity_id = :place_entity, source_id = :source WHERE article_id = :id"
                ),
                {
                    "id": article_id,
                    "month": month,
                    "day": day,
                    "place": place,
                    "source": source,
                    "place_entity": place_entity,
                },
            )
        write_entities(conn, article_id)
        write_credits(conn, article_id)

    with refreshed.begin() as conn:
        for _ in range(30):
            publish(conn, next(next_id), new=True)
    refresh_marts(refreshed)
    assert differences(refreshed) == {}
    for round_no in range(6):
        with refreshed.begin() as conn:
            ids = [a for (a,) in conn.execute(sa.text("SELECT article_id FROM core.article ORDER BY 1"))]
            for article_id in rng.sample(ids, 8):
                action = rng.random()
                if action < 0.4:
                    publish(conn, article_id, new=False)  # republished
                elif action < 0.6:
                    write_entities(conn, article_id)  # re-extracted
                elif action < 0.7:
                    for statement in delete_articles(str(article_id)):
                        conn.execute(sa.text(statement))
                else:
                    conn.execute(
                        sa.text(
                            f"UPDATE core.entity_mention SET confidence = {rng.choice([0.1, 0.6])}"
                            f" WHERE article_id = {article_id} AND start_char = 0"
                        )
                    )
            for _ in range(3):
                publish(conn, next(next_id), new=True)
            if round_no % 2:
                entity = rng.randint(1, 9)
                conn.execute(
                    sa.text(f"UPDATE core.entity SET canonical_name = canonical_name || '+' WHERE entity_id = {entity}")
                )
        refresh_marts(refreshed)
        assert differences(refreshed) == {}, f"round {round_no}"
        assert changes_logged(refreshed) == 0
    assert rows(refreshed, "SELECT count(*) > 5 FROM mart.entity_pair") == [(True,)]


def test_a_warehouse_with_data_and_materialised_views_upgrades_to_complete_marts(empty_database_url):
    """A warehouse at 0011 (the marts materialised views, refreshed) with the fixture's articles in it."""
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:
        for revision in migrate.revisions():
            if revision.number <= 11:
                conn.exec_driver_sql(revision.path.read_text(encoding="utf-8"))
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0011_named_constraints')")
    load_fixture(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("REFRESH MATERIALIZED VIEW mart.entity_pair")
    assert rows(engine, "SELECT relkind FROM pg_class WHERE oid = 'mart.entity_pair'::regclass") == [("m",)]
    try:
        migrate.upgrade(engine)
        assert rows(engine, "SELECT relkind FROM pg_class WHERE oid = 'mart.entity_pair'::regclass") == [("r",)]
        assert rows(engine, "SELECT count(*) FROM mart.entity_pair") == [(4,)]
        assert differences(engine) == {}
        assert changes_logged(engine) == 0
        # and from here on the triggers keep the marts
        execute(engine, "DELETE FROM core.entity_mention WHERE article_id = 1")
        refresh_marts(engine)
        assert differences(engine) == {}
    finally:
        engine.dispose()
