"""Parcels: find out whether one pickup serial is resting after its release with a single index seek.

Choosing a code asked for every serial released in the last cool-down hours inside a window of 256;
at a busy station that is thousands of index entries per scan. Next-fit nearly always finds the very
next serial free, so asking about single serials (this index) is cheaper. Partial: a parcel gets an
entry only when its code is released, so intake does not pay for it.

Revision ID: 0007_serial_release_index
Revises: 0006_notice_queue_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_serial_release_index"
down_revision = "0006_notice_queue_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_parcel_serial_released", "parcel", ["pickup_serial", "code_released_at"],
                    sqlite_where=sa.text("code_released_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_parcel_serial_released", "parcel")
