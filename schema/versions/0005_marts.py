"""marts - reporting materialised views (schema mart) and the read-only analyst role

Revision ID: 0005_marts
Revises: 0004_entities
"""

from pathlib import Path

from alembic import op

revision = "0005_marts"
down_revision = "0004_entities"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0005_marts.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
