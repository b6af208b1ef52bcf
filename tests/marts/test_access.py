"""The analyst role: a login made with create_analyst_login reads core, mart and the ledger, and changes nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from etl.warehouse.marts import create_analyst_login
from tests.marts.conftest import rows


@pytest.fixture
def analyst(fixture_warehouse, analyst_url) -> sa.Engine:
    engine = sa.create_engine(analyst_url)
    yield engine
    engine.dispose()


def run_as(engine: sa.Engine, sql: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(sql))


def test_the_login_is_an_analyst_and_nothing_more(analyst, fixture_warehouse):
    with analyst.connect() as conn:
        who = conn.execute(
            sa.text(
                "SELECT current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb, pg_has_role('analyst', 'MEMBER') "
                "FROM pg_roles r WHERE r.rolname = current_user"
            )
        ).one()
    assert who[0].startswith("analyst_test_") and tuple(who[1:]) == (False, False, False, True)


def test_the_password_is_stored_as_a_scram_verifier(analyst_url, fixture_warehouse):
    from sqlalchemy.engine import make_url

    name = make_url(analyst_url).username
    stored = rows(fixture_warehouse, "SELECT rolpassword FROM pg_authid WHERE rolname = :n", n=name)[0][0]
    assert stored.startswith("SCRAM-SHA-256$") and "s3cret-pass" not in stored


@pytest.mark.parametrize(
    "query",
    [
        "SELECT count(*) FROM core.article",
        "SELECT count(*) FROM core.entity_mention",
        "SELECT count(*) + 1 FROM core.person_title",  # a view, empty here
        "SELECT count(*) FROM mart.entity_pair",
        "SELECT count(*) FROM mart.wire_article",
        "SELECT count(*) FROM mart.search_articles('NATO')",
        "SELECT count(*) FROM ingest.raw_file WHERE status = 'quarantined'",
        "SELECT count(*) FROM ingest.run",
    ],
)
def test_the_analyst_reads_core_mart_and_the_ledger(analyst, query):
    with analyst.connect() as conn:
        assert conn.execute(sa.text(query)).scalar() > 0


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO core.person (name_key, name, first_run_id) VALUES ('x', 'X', 1)",
        "UPDATE core.article SET lead = 'x'",
        "DELETE FROM core.article_credit",
        "TRUNCATE core.related_headline",
        "UPDATE ingest.raw_file SET status = 'loaded'",
        "CREATE TABLE core.scratch (x int)",
        "CREATE TABLE mart.scratch (x int)",
        "CREATE TABLE public.scratch (x int)",
        "CREATE VIEW mart.scratch AS SELECT 1",
        "CREATE SCHEMA scratch",
        "DROP TABLE core.article",
        "DROP TABLE mart.entity_pair",
        "DELETE FROM mart.entity_pair",
        "UPDATE mart.entity_mentions_daily SET articles = 0",
        "INSERT INTO ingest.mart_changed_article (article_id, existed) VALUES (1, false)",
        "DELETE FROM ingest.mart_mention_change",
        "ALTER TABLE core.article ADD COLUMN x int",
        "SELECT count(*) FROM staging.batch",
        "SELECT count(*) FROM staging.article",
        "SELECT count(*) FROM ingest.run_plan",
    ],
)
def test_the_analyst_changes_nothing_and_reads_no_internals(analyst, statement):
    with pytest.raises(sa.exc.ProgrammingError) as error:
        run_as(analyst, statement)
    assert "permission denied" in str(error.value) or "must be owner" in str(error.value)


def test_tables_created_later_in_core_and_mart_are_readable(analyst, fixture_warehouse):
    run_as(fixture_warehouse, "CREATE TABLE core.later (x int); INSERT INTO core.later VALUES (1)")
    run_as(fixture_warehouse, "CREATE MATERIALIZED VIEW mart.later AS SELECT 2 AS x")
    with analyst.connect() as conn:
        assert conn.execute(sa.text("SELECT x FROM core.later")).scalar() == 1
        assert conn.execute(sa.text("SELECT x FROM mart.later")).scalar() == 2


def test_an_existing_role_that_is_not_an_analyst_is_left_alone(fixture_warehouse):
    owner = rows(fixture_warehouse, "SELECT current_user")[0][0]
    with pytest.raises(ValueError, match="not an analyst"):
        create_analyst_login(fixture_warehouse, owner, "whatever")


def test_creating_a_login_again_updates_it(analyst_url, fixture_warehouse):
    from sqlalchemy.engine import make_url

    name = make_url(analyst_url).username
    create_analyst_login(fixture_warehouse, name, "another-pass")
    assert rows(fixture_warehouse, "SELECT pg_has_role(:n, 'analyst', 'MEMBER')", n=name) == [(True,)]
