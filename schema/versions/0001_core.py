"""core: ingest ledger, articles, credits, sources, staging

Revision ID: 0001_core
Revises:
"""

from pathlib import Path

from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0001_core.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    op.execute(
        "DROP SCHEMA IF EXISTS staging CASCADE; DROP SCHEMA IF EXISTS core CASCADE; DROP SCHEMA IF EXISTS ingest CASCADE;"
    )
