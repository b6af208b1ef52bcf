"""Bring a warehouse to the current schema: the revisions in schema/sql/, then the objects in schema/objects/.

Revisions are plain SQL files `schema/sql/NNNN_what.sql`, applied once each in number order; the
number of the last one applied is recorded in `public.alembic_version` (the table the Alembic
wrappers used before, so warehouses migrated by them upgrade in place).  Adding a revision is
adding one file.

Derived objects (functions, views, marts, triggers: anything that can be re-made from the tables)
live one per file in schema/objects/<kind>/.  They are re-applied whenever a revision ran or any of
their files changed (`ingest.schema_object` keeps each file's SHA-256): views and marts are
dropped first (so a revision may alter the tables under them; a mart's file re-creates its table
and fills it from core), then every file runs, in kind order
(functions, views, marts, triggers, docs: the COMMENT ON of every table and column, then grants.sql); a file that names an object another file has
not created yet is retried after the others, so no order is kept by hand.  Everything happens in
one transaction under an advisory lock.  The lookup rows of core.credit_role are seeded from
etl/vocabulary.py the same way (re-applied when the vocabulary's roles change).  All of it runs in
one transaction under an advisory lock: a crash leaves the previous schema, and two ingests
starting at once on a new warehouse do not both migrate.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from etl import vocabulary
from etl.warehouse import locks

log = logging.getLogger(__name__)

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
REVISIONS_DIR = SCHEMA_DIR / "sql"
OBJECTS_DIR = SCHEMA_DIR / "objects"
# Kinds of derived object, in the order they are applied (a view may use a function, a mart a view).
OBJECT_KINDS = ("functions", "views", "marts", "triggers", "docs")
GRANTS = OBJECTS_DIR / "grants.sql"
# Serialises concurrent upgrades (two ingests starting at once on a new warehouse).
_MIGRATION_LOCK = locks.MIGRATION
# The marts' change log (migration 0013): emptied whenever the marts are re-created from core.
MART_CHANGE_LOG = (
    "ingest.mart_changed_article",
    "ingest.mart_mention_change",
    "ingest.mart_credit_change",
    "ingest.mart_changed_dimension",
)
_REVISION_FILE = re.compile(r"(?P<number>\d{4})_\w+\.sql")
# Errors that mean "a file this one needs has not run yet": retried after the other files.
_NOT_YET_DEFINED = {"42P01", "42883", "42704", "3F000"}  # undefined table / function / object / schema


@dataclass(frozen=True)
class Revision:
    number: int
    name: str  # the file's stem: `0008_unlogged_staging`, recorded as the warehouse's revision
    path: Path


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # functions / views / marts / triggers / grants
    name: str  # `mart.entity_pair`; triggers `core.article.article_search_vector`
    path: Path

    @property
    def file(self) -> str:
        return "objects/grants.sql" if self.kind == "grants" else f"objects/{self.kind}/{self.name}.sql"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def revisions() -> list[Revision]:
    """Every revision file, in number order (two files with one number are an error)."""
    found: dict[int, Revision] = {}
    for path in sorted(REVISIONS_DIR.glob("*.sql")):
        m = _REVISION_FILE.fullmatch(path.name)
        if m is None:
            raise ValueError(f"{path}: revision files are named NNNN_what.sql")
        number = int(m["number"])
        if number in found:
            raise ValueError(f"two revisions numbered {number:04d}: {found[number].path.name} and {path.name}")
        found[number] = Revision(number, path.stem, path)
    return [found[n] for n in sorted(found)]


def schema_objects() -> list[SchemaObject]:
    """Every derived-object file, in application order (kind order, then name); grants.sql last."""
    objects = [
        SchemaObject(kind, path.stem, path)
        for kind in OBJECT_KINDS
        for path in sorted((OBJECTS_DIR / kind).glob("*.sql"))
    ]
    return [*objects, SchemaObject("grants", "grants", GRANTS)]


def head_revision() -> str:
    return revisions()[-1].name


def _number(revision: str | None) -> int:
    return -1 if revision is None else int(revision[:4])


def _current(conn: sa.Connection) -> str | None:
    if conn.execute(sa.text("SELECT to_regclass('public.alembic_version')")).scalar() is None:
        return None
    return conn.execute(sa.text("SELECT version_num FROM public.alembic_version")).scalar()


def _applied_objects(conn: sa.Connection) -> dict[str, str]:
    if conn.execute(sa.text("SELECT to_regclass('ingest.schema_object')")).scalar() is None:
        return {}
    return dict(conn.execute(sa.text("SELECT file, sha256 FROM ingest.schema_object")).all())


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return _current(conn)


CREDIT_ROLES_SEED = "vocabulary:credit_roles"  # ingest.schema_object's entry for the seeded lookup rows


def credit_role_rows() -> list[dict[str, object]]:
    """core.credit_role as etl/vocabulary.py defines it: one row per credit role."""
    labels = {label.role: label for label in vocabulary.CREDIT_LABELS}
    return [
        {
            "role": role,
            "label_indonesian": labels[role].label("id"),
            "label_english": labels[role].label("en"),
            "labels": list(labels[role].words),
            "position": position,
        }
        for position, role in enumerate(vocabulary.CREDIT_ROLES, start=1)
    ]


def _wanted(objects: list[SchemaObject]) -> dict[str, str]:
    wanted = {o.file: o.sha256 for o in objects}
    wanted[CREDIT_ROLES_SEED] = hashlib.sha256(repr(credit_role_rows()).encode()).hexdigest()
    return wanted


def _up_to_date(conn: sa.Connection) -> bool:
    wanted = _wanted(schema_objects())
    return _number(_current(conn)) >= revisions()[-1].number and _applied_objects(conn) == wanted


def upgrade(engine: sa.Engine) -> str:
    """Bring the warehouse to the newest schema; a no-op (one cheap read) when it is there already."""
    with engine.connect() as conn:
        if _up_to_date(conn):
            return head_revision()
        conn.rollback()
        conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        conn.commit()
        try:
            with conn.begin():
                if not _up_to_date(conn):  # another process may have finished it while we waited
                    _migrate(conn)
        finally:
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()
    return head_revision()


def _sqlstate(exc: sa.exc.DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)  # psycopg 3 / psycopg2


def _run_file(conn: sa.Connection, path: Path) -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    conn.exec_driver_sql(path.read_text(encoding="utf-8"))


def _migrate(conn: sa.Connection) -> None:
    current = _current(conn)
    pending = [r for r in revisions() if r.number > _number(current)]
    objects = schema_objects()
    # Views and marts are derived: drop them, so a revision may change the tables under them.  A
    # mart is dropped as whatever it is now (materialised views before 0013, tables since).
    for obj in objects:
        if obj.kind in ("views", "marts"):
            _drop_relation(conn, obj.name)
    for revision in pending:
        log.info("applying schema revision %s", revision.name)
        _run_file(conn, revision.path)
    if pending:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS public.alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM public.alembic_version")
        conn.execute(sa.text("INSERT INTO public.alembic_version VALUES (:v)"), {"v": pending[-1].name})
    _apply_objects(conn, objects)


_DROP_BY_KIND = {"v": "VIEW", "m": "MATERIALIZED VIEW", "r": "TABLE"}


def _drop_relation(conn: sa.Connection, name: str) -> None:
    kind = conn.execute(sa.text("SELECT relkind FROM pg_class WHERE oid = to_regclass(:name)"), {"name": name}).scalar()
    if kind in _DROP_BY_KIND:
        conn.exec_driver_sql(f"DROP {_DROP_BY_KIND[kind]} {name} CASCADE")


def clear_change_log(conn: sa.Connection) -> None:
    """Forget the marts' logged changes: the marts were just built from core as it is."""
    for table in MART_CHANGE_LOG:
        conn.exec_driver_sql(f"DELETE FROM {table}")


def _apply_objects(conn: sa.Connection, objects: list[SchemaObject]) -> None:
    waiting = list(objects)
    while waiting:
        postponed: list[SchemaObject] = []
        errors: dict[str, str] = {}
        for obj in waiting:
            savepoint = conn.begin_nested()
            try:
                _run_file(conn, obj.path)
            except sa.exc.DBAPIError as exc:
                savepoint.rollback()
                if _sqlstate(exc) not in _NOT_YET_DEFINED:
                    raise
                postponed.append(obj)
                errors[obj.file] = str(exc.orig).strip()
            else:
                savepoint.commit()
        if len(postponed) == len(waiting):
            raise RuntimeError(f"schema objects that name objects no file creates: {errors}")
        waiting = postponed
    clear_change_log(conn)  # the marts' files just built them from core as it is
    _seed_credit_roles(conn)
    conn.exec_driver_sql("TRUNCATE ingest.schema_object")
    conn.execute(
        sa.text("INSERT INTO ingest.schema_object (file, sha256) VALUES (:file, :sha256)"),
        [{"file": file, "sha256": sha256} for file, sha256 in _wanted(objects).items()],
    )
    log.info("applied %d schema objects", len(objects))


def _seed_credit_roles(conn: sa.Connection) -> None:
    """Insert or update core.credit_role from the vocabulary; a role the vocabulary dropped is deleted
    (the foreign key refuses that while credits still name it: rename it in a revision instead)."""
    rows = credit_role_rows()
    conn.execute(
        sa.text(
            "INSERT INTO core.credit_role (role, label_indonesian, label_english, labels, position)"
            " VALUES (:role, :label_indonesian, :label_english, :labels, :position)"
            " ON CONFLICT (role) DO UPDATE SET label_indonesian = EXCLUDED.label_indonesian,"
            " label_english = EXCLUDED.label_english, labels = EXCLUDED.labels, position = EXCLUDED.position"
        ),
        rows,
    )
    conn.execute(
        sa.text("DELETE FROM core.credit_role WHERE role <> ALL(:roles)"), {"roles": [r["role"] for r in rows]}
    )
