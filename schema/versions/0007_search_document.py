"""search document - the full-text vector written by the pipeline (stop words blanked in Python), not generated

Revision ID: 0007_search_document
Revises: 0006_article_search
"""

from pathlib import Path

from alembic import op

revision = "0007_search_document"
down_revision = "0006_article_search"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0007_search_document.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
