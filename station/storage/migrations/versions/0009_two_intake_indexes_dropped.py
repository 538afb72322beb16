"""Parcels and notices: two index pages fewer in every intake's commit.

A commit's tail grows with the pages it writes (measured: 2-10 pages p99 ~3 ms, 24 pages p99 4.0-4.5
ms, 1,000-1,500 commits 30 ms apart; docs/decisions/scan-to-screen.md, session 10), and an intake wrote
24. Dropped:
- ``ix_parcel_waiting_slot``: only the shelf listing (stock-take) ordered by it; the few thousand
  waiting parcels are sorted in memory instead. A handover also writes one page fewer.
- ``ix_parcel_notice_queued``: "a queued notice for this person in this batch" is asked through
  ``ix_parcel_notice_recipient_date`` (person, day, kind), with today's date.

Revision ID: 0009_two_intake_indexes_dropped
Revises: 0008_intake_writes_fewer_pages
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_two_intake_indexes_dropped"
down_revision = "0008_intake_writes_fewer_pages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_parcel_waiting_slot", "parcel")
    op.drop_index("ix_parcel_notice_queued", "parcel_notice")


def downgrade() -> None:
    op.create_index("ix_parcel_notice_queued", "parcel_notice", ["recipient_key", "batch_id"],
                    sqlite_where=sa.text("state = 'queued'"))
    op.create_index("ix_parcel_waiting_slot", "parcel", ["slot", "pickup_serial"],
                    sqlite_where=sa.text("status = 'waiting'"))
