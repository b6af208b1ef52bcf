"""The schema runner (etl/warehouse/migrate.py), schema/current.sql, and the schema's conventions."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa

from antara_testkit.schema_dump import SERVER_LINE, dump_schema
from etl.warehouse import migrate
from etl.warehouse.connection import create_engine
from tests.conftest import REPO

CURRENT = REPO / "schema" / "current.sql"
REGENERATE = "python -m antara_testkit.schema_dump > schema/current.sql  (or: make schema)"
USER_FACING_SCHEMAS = ("core", "ingest", "quality", "mart")


def _scalar(engine: sa.Engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def _server_major(engine: sa.Engine) -> int:
    return int(_scalar(engine, "SHOW server_version_num")) // 10000


def test_schema_current_sql_is_the_dump_of_a_migrated_warehouse(warehouse_url, warehouse):
    committed = CURRENT.read_text(encoding="utf-8")
    recorded = SERVER_LINE.search(committed)
    assert recorded, "schema/current.sql has no '-- PostgreSQL N' line: regenerate it with " + REGENERATE
    if int(recorded[1]) != _server_major(warehouse):
        pytest.skip(f"schema/current.sql was dumped from PostgreSQL {recorded[1]}, this server is another version")
    assert dump_schema(warehouse_url) == committed, "schema/current.sql is out of date: " + REGENERATE


def test_a_warehouse_at_revision_0008_upgrades_to_the_same_schema_as_a_new_one(empty_database_url, warehouse_url):
    """What the eight Alembic wrappers did: each ran its file; alembic_version says 0008."""
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:
        for revision in migrate.revisions():
            if revision.number <= 8:
                conn.exec_driver_sql(revision.path.read_text(encoding="utf-8"))
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0008_unlogged_staging')")
    assert migrate.current_revision(engine) == "0008_unlogged_staging"
    assert migrate.upgrade(engine) == migrate.head_revision()
    engine.dispose()
    assert dump_schema(empty_database_url) == dump_schema(warehouse_url)


def test_upgrade_is_a_no_op_at_head_and_reapplies_nothing(warehouse):
    applied = _scalar(warehouse, "SELECT max(applied_at) FROM ingest.schema_object")
    assert migrate.upgrade(warehouse) == migrate.head_revision()
    assert _scalar(warehouse, "SELECT max(applied_at) FROM ingest.schema_object") == applied


def test_adding_a_migration_is_adding_one_sql_file(warehouse, tmp_path, monkeypatch):
    revisions = tmp_path / "sql"
    shutil.copytree(migrate.REVISIONS_DIR, revisions)
    (revisions / "0999_example.sql").write_text("CREATE TABLE core.example (example_id integer PRIMARY KEY);\n")
    monkeypatch.setattr(migrate, "REVISIONS_DIR", revisions)
    assert migrate.upgrade(warehouse) == "0999_example"
    assert migrate.current_revision(warehouse) == "0999_example"
    assert _scalar(warehouse, "SELECT to_regclass('core.example')::text") == "core.example"
    # the marts survived the revision (dropped before it, re-made after it)
    assert _scalar(warehouse, "SELECT count(*) FROM pg_tables WHERE schemaname = 'mart'") == len(
        list((migrate.OBJECTS_DIR / "marts").glob("*.sql"))
    )


def test_a_changed_object_file_is_reapplied_by_upgrade(warehouse, tmp_path, monkeypatch):
    objects = tmp_path / "objects"
    shutil.copytree(migrate.OBJECTS_DIR, objects)
    wire = objects / "views" / "mart.wire_article.sql"
    wire.write_text(wire.read_text().replace("'Articles that name", "'Changed: articles that name"))
    monkeypatch.setattr(migrate, "OBJECTS_DIR", objects)
    monkeypatch.setattr(migrate, "GRANTS", objects / "grants.sql")
    migrate.upgrade(warehouse)
    assert _scalar(warehouse, "SELECT obj_description('mart.wire_article'::regclass)").startswith("Changed:")
    # the marts reading the view were dropped with it and made again
    assert _scalar(warehouse, "SELECT to_regclass('mart.wire_source_monthly')::text") == "mart.wire_source_monthly"
    assert _scalar(warehouse, "SELECT has_table_privilege('analyst', 'mart.wire_source_monthly', 'SELECT')")


def test_object_files_may_come_in_any_order(warehouse, tmp_path, monkeypatch):
    """A view file named before the function it calls is retried after it: no order kept by hand."""
    objects = tmp_path / "objects"
    shutil.copytree(migrate.OBJECTS_DIR, objects)
    (objects / "functions" / "core.zz_example_double.sql").write_text(
        "CREATE OR REPLACE FUNCTION core.zz_example_double(n bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 2 * n';\n"
    )
    (objects / "views" / "core.aa_example.sql").write_text(
        "DROP VIEW IF EXISTS core.aa_example CASCADE;\n"
        "CREATE VIEW core.aa_example AS SELECT core.zz_example_double(count(*)) AS n FROM mart.entity_pair;\n"
    )
    monkeypatch.setattr(migrate, "OBJECTS_DIR", objects)
    monkeypatch.setattr(migrate, "GRANTS", objects / "grants.sql")
    migrate.upgrade(warehouse)
    assert _scalar(warehouse, "SELECT n FROM core.aa_example") == 0


def test_revisions_are_sql_files_only_with_no_wrappers():
    assert not (REPO / "schema" / "versions").exists(), (
        "schema/versions/ holds Alembic wrappers: a revision is one file schema/sql/NNNN_what.sql, delete the wrapper"
    )
    numbers = [r.number for r in migrate.revisions()]
    assert numbers == sorted(set(numbers))


def test_every_check_constraint_has_a_name_saying_what_it_checks(warehouse):
    """PostgreSQL names an unnamed CHECK `<table>_check`, `<table>_check1` or `<table>_<column>_check`."""
    with warehouse.connect() as conn:
        generated = conn.execute(
            sa.text(
                "SELECT conrelid::regclass::text || ': ' || conname FROM pg_constraint"
                " WHERE contype = 'c' AND conname ~ '_check[0-9]*$'"
                " AND connamespace::regnamespace::text IN ('core', 'ingest', 'staging', 'quality', 'mart')"
            )
        ).scalars()
        assert sorted(generated) == []


def test_credit_roles_are_the_vocabulary_s(warehouse):
    from etl import vocabulary

    with warehouse.connect() as conn:
        roles = conn.execute(sa.text("SELECT role FROM core.credit_role ORDER BY position")).scalars().all()
    assert roles == list(vocabulary.CREDIT_ROLES)


def test_every_user_facing_table_view_and_column_is_documented(warehouse):
    """`\\d+` in psql documents the warehouse: COMMENT ON every table, view, mart and column analysts see."""
    with warehouse.connect() as conn:
        missing = conn.execute(
            sa.text(
                """
                SELECT c.oid::regclass::text || coalesce('.' || a.attname, '')
                FROM pg_class c
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE c.relkind IN ('r', 'v', 'm') AND c.relnamespace::regnamespace::text = ANY(:schemas)
                  AND (col_description(c.oid, a.attnum) IS NULL OR obj_description(c.oid, 'pg_class') IS NULL)
                ORDER BY 1
                """
            ),
            {"schemas": list(USER_FACING_SCHEMAS)},
        ).scalars()
        assert list(missing) == [], "add COMMENT ON in schema/objects/docs/<schema>.<table>.sql (marts: in their file)"
