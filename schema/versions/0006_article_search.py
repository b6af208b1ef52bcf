"""article search - Indonesian full-text search over core.article (mart.search_articles)

Revision ID: 0006_article_search
Revises: 0005_marts
"""

from pathlib import Path

from alembic import op

revision = "0006_article_search"
down_revision = "0005_marts"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0006_article_search.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
