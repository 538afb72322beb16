"""Parcels: fewer index pages written by every intake.

Each index of ``parcel`` is a B-tree page rewritten (and sent through the WAL with its fsync) at every
intake; on a five-year database that was 35 pages, 140 KB, per scan, the largest part of the scan's
commit. Now: the exact waybill is found through ``waybill_rev`` (its own index is dropped); the
day's intake figures use ``(status, taken_in_date)`` (its own date index is dropped); what only waiting
parcels need (last 4 digits, slot) is indexed for waiting parcels only; what a new parcel does not have
yet (release time, handover date) is indexed only once it has it.

Revision ID: 0008_intake_writes_fewer_pages
Revises: 0007_serial_release_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_intake_writes_fewer_pages"
down_revision = "0007_serial_release_index"
branch_labels = None
depends_on = None

WAITING = sa.text("status = 'waiting'")
RELEASED = sa.text("code_released_at IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_parcel_waybill", "parcel")
    op.drop_index("ix_parcel_taken_in_date", "parcel")
    op.drop_index("ix_parcel_last4_status", "parcel")
    op.create_index("ix_parcel_waiting_last4", "parcel", ["recipient_last4"], sqlite_where=WAITING)
    op.drop_index("ix_parcel_slot_status", "parcel")
    op.create_index("ix_parcel_waiting_slot", "parcel", ["slot", "pickup_serial"], sqlite_where=WAITING)
    op.drop_index("ix_parcel_handed_over_date", "parcel")
    op.create_index("ix_parcel_handed_over_date", "parcel", ["handed_over_date"],
                    sqlite_where=sa.text("handed_over_date IS NOT NULL"))
    op.drop_index("ix_parcel_code_released_at", "parcel")
    op.create_index("ix_parcel_code_released_at", "parcel", ["code_released_at", "pickup_serial"],
                    sqlite_where=RELEASED)


def downgrade() -> None:
    op.drop_index("ix_parcel_code_released_at", "parcel")
    op.create_index("ix_parcel_code_released_at", "parcel", ["code_released_at", "pickup_serial"])
    op.drop_index("ix_parcel_handed_over_date", "parcel")
    op.create_index("ix_parcel_handed_over_date", "parcel", ["handed_over_date"])
    op.drop_index("ix_parcel_waiting_slot", "parcel")
    op.create_index("ix_parcel_slot_status", "parcel", ["slot", "status"])
    op.drop_index("ix_parcel_waiting_last4", "parcel")
    op.create_index("ix_parcel_last4_status", "parcel", ["recipient_last4", "status"])
    op.create_index("ix_parcel_taken_in_date", "parcel", ["taken_in_date"])
    op.create_index("ix_parcel_waybill", "parcel", ["waybill"])
