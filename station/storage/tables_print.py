"""The print queue's table (migration 0005_print_queue)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Index, Integer, Table, Text

from station.storage.schema import metadata

print_job = Table(
    "print_job", metadata,
    Column("id", Text, primary_key=True),
    Column("created_at", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("title", Text, nullable=False, server_default=""),
    Column("document", Text, nullable=False),
    Column("ref_kind", Text, nullable=False, server_default=""),
    Column("ref_id", Text, nullable=False, server_default=""),
    Column("operator_id", Text, nullable=False),
    Column("state", Text, nullable=False, server_default="waiting"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("printed_at", Text),
    Column("reprint_of", Text),
    CheckConstraint("state IN ('waiting','printed','cancelled')", name="state"),
    CheckConstraint("role IN ('receipt_printer','label_printer')", name="role"),
    Index("ix_print_job_state", "state", "created_at"),
    Index("ix_print_job_ref", "ref_kind", "ref_id"),
)
