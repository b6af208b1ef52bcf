"""quality - validation runs and expectation results (Great Expectations audit of staged batches)

Revision ID: 0003_quality
Revises: 0002_run_plan
"""

from pathlib import Path

from alembic import op

revision = "0003_quality"
down_revision = "0002_run_plan"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0003_quality.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
