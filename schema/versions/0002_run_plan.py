"""run plan - which files each run's batches hold (Airflow's discover -> mapped transform)

Revision ID: 0002_run_plan
Revises: 0001_core
"""

from pathlib import Path

from alembic import op

revision = "0002_run_plan"
down_revision = "0001_core"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parents[1] / "sql" / "0002_run_plan.sql"


def upgrade() -> None:
    # exec_driver_sql: the file is plain SQL, not a SQLAlchemy text() with :bind parameters
    op.get_bind().exec_driver_sql(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    raise NotImplementedError("the warehouse is migrated forward only; restore from a backup to go back")
