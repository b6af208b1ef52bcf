"""unlogged staging - staging tables skip the write-ahead log (a server crash empties them; nothing published is lost)

Revision ID: 0008_unlogged_staging
Revises: 0007_search_document
"""

from pathlib import Path

from alembic import op

revision = "0008_unlogged_staging"
down_revision = "0007_search_document"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0008_unlogged_staging.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
