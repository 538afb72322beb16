"""Parcels: the arrival notice is composed just after the intake's commit, not inside it.

An intake wrote the notice's row and three index entries (four B-tree pages) in its own commit, and
composing the text was about 0.45 ms of the median scan (docs/decisions/scan-to-screen.md). Now the
intake writes one row here, in its own transaction, and the notice is composed from it right after the
commit; a row left by a crash between the two is composed at the next start. No existing data moves:
notices already composed stay as they are.

Revision ID: 0010_arrival_notice_after_intake
Revises: 0009_two_intake_indexes_dropped
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_arrival_notice_after_intake"
down_revision = "0009_two_intake_indexes_dropped"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parcel_notice_due",
        sa.Column("parcel_id", sa.Text(), sa.ForeignKey("parcel.id", name="fk_parcel_notice_due_parcel_id_parcel"),
                  nullable=False),
        sa.PrimaryKeyConstraint("parcel_id", name="pk_parcel_notice_due"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("parcel_notice_due")
