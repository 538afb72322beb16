"""Print queue: jobs are stored before they are sent, so a printer problem never loses a receipt.

Revision ID: 0005_print_queue
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_print_queue"
down_revision = "0001_foundation"
branch_labels = ("print_queue",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("ref_kind", sa.Text, nullable=False, server_default=""),
        sa.Column("ref_id", sa.Text, nullable=False, server_default=""),
        sa.Column("operator_id", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False, server_default="waiting"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("printed_at", sa.Text),
        sa.Column("reprint_of", sa.Text),
        sa.CheckConstraint("state IN ('waiting','printed','cancelled')", name="state"),
        sa.CheckConstraint("role IN ('receipt_printer','label_printer')", name="role"),
    )
    op.create_index("ix_print_job_state", "print_job", ["state", "created_at"])
    op.create_index("ix_print_job_ref", "print_job", ["ref_kind", "ref_id"])


def downgrade() -> None:
    op.drop_table("print_job")
