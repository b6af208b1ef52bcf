"""Apply the versioned warehouse schema (schema/, Alembic) to a database."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
# Serialises concurrent upgrades (two ingests starting at once on a new warehouse).
_MIGRATION_LOCK = 7_304_221_001


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCHEMA_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine) -> str:
    """Bring the warehouse to the newest schema; a no-op when it is there already."""
    from alembic import command

    if current_revision(engine) == head_revision():
        return head_revision()
    cfg = _config()
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        try:
            conn.commit()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        finally:
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()
    return head_revision()
