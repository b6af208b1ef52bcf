"""entity confidence - mention confidence, regency/city codes, person spelling review table

Revision ID: 0010_entity_confidence
Revises: 0008_unlogged_staging
"""

from pathlib import Path

from alembic import op

revision = "0010_entity_confidence"
down_revision = "0008_unlogged_staging"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0010_entity_confidence.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
