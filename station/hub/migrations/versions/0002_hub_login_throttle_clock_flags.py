"""supervisor login throttle; clock flags on hub records

Revision ID: 0002_hub_login_clock
Revises: 0001_hub_initial

Clock flags are a stored, indexed column rather than computed per page view: the flag needs the
station's free-text created_wall parsed as a time, which no SQL both dialects share does safely for
every row, and the stations page would otherwise read every record on each visit. Existing and new
rows start NULL ("not judged yet"); the supervisor pages judge them in small chunks.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_hub_login_clock"
down_revision = "0001_hub_initial"
branch_labels = None
depends_on = None

UNCHECKED = sa.text("clock_flags IS NULL")
FLAGGED = sa.text("clock_flags > 0")


def upgrade() -> None:
    op.create_table(
        "hub_login_throttle",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.String(length=40), nullable=False),
        sa.Column("locked_until", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("hub_login_throttle", schema=None) as batch_op:
        batch_op.create_index("ix_hub_login_throttle_last", ["last_failure_at"], unique=False)

    # A plain ADD COLUMN (no table copy on SQLite, no rewrite on PostgreSQL): hub_record is the big table.
    op.add_column("hub_record", sa.Column("clock_flags", sa.Integer(), nullable=True))
    cols = ["station_id", "incarnation_id", "seq"]
    op.create_index("ix_hub_record_clock_unchecked", "hub_record", cols, unique=False,
                    sqlite_where=UNCHECKED, postgresql_where=UNCHECKED)
    op.create_index("ix_hub_record_clock_flagged", "hub_record", cols, unique=False,
                    sqlite_where=FLAGGED, postgresql_where=FLAGGED)


def downgrade() -> None:
    op.drop_index("ix_hub_record_clock_flagged", table_name="hub_record")
    op.drop_index("ix_hub_record_clock_unchecked", table_name="hub_record")
    with op.batch_alter_table("hub_record", schema=None) as batch_op:
        batch_op.drop_column("clock_flags")
    with op.batch_alter_table("hub_login_throttle", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_login_throttle_last")
    op.drop_table("hub_login_throttle")
