"""Parcel notices: a small index over the queued ones, which every intake asks about.

"Is there a queued notice for this person in this batch?" used the state index and walked every queued
notice; this partial index holds only queued notices, keyed the way the question is asked.

Revision ID: 0006_notice_queue_index
Revises: 0003_parcels
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_notice_queue_index"
down_revision = "0003_parcels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_parcel_notice_queued", "parcel_notice", ["recipient_key", "batch_id"],
                    sqlite_where=sa.text("state = 'queued'"))


def downgrade() -> None:
    op.drop_index("ix_parcel_notice_queued", "parcel_notice")
