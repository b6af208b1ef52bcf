"""entities - canonical named entities, aliases and mentions

Revision ID: 0004_entities
Revises: 0003_quality
"""

from pathlib import Path

from alembic import op

revision = "0004_entities"
down_revision = "0003_quality"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0004_entities.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
