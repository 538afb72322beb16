"""Reference data pulled from the hub (sync.md §4.8): live rows and one cursor per dataset.

Revision ID: 0002_sync_reference
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sync_reference"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_data",
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dataset", "key"),
    )
    op.create_table(
        "reference_cursor",
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("dataset"),
    )


def downgrade() -> None:
    op.drop_table("reference_cursor")
    op.drop_table("reference_data")
