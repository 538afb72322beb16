"""Foundation: station, sync identity and outbox, operators, people, ledger, audit.

Revision ID: 0001_foundation
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None

T = sa.Text

# Frozen here as this revision created them; the runtime copy in station.storage.schema may grow later.
APPEND_ONLY_TRIGGERS = [
    """CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
       BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END""",
    """CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
       BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER outbox_payload_immutable BEFORE UPDATE OF
       incarnation_id, seq, record_id, kind, schema_version, payload, payload_sha256, chain_hash,
       created_wall ON outbox
       BEGIN SELECT RAISE(ABORT, 'outbox records are immutable'); END""",
]


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", T, nullable=False), sa.Column("code", T, nullable=False),
        sa.Column("paper_width_mm", sa.Integer, nullable=False), sa.Column("created_at", T, nullable=False),
        sa.CheckConstraint("id = 1", name="single_row"),
        sa.CheckConstraint("paper_width_mm IN (58, 80)", name="paper_width"),
    )
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("station_id", T, nullable=False), sa.Column("station_code", T, nullable=False),
        sa.Column("incarnation_id", T, nullable=False), sa.Column("next_seq", sa.Integer, nullable=False),
        sa.Column("last_chain_hash", sa.LargeBinary, nullable=False), sa.Column("created_at", T, nullable=False),
        sa.CheckConstraint("id = 1", name="single_row"),
    )
    op.create_table(
        "outbox",
        sa.Column("incarnation_id", T, nullable=False), sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("record_id", T, nullable=False, unique=True), sa.Column("kind", T, nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("payload_sha256", sa.LargeBinary, nullable=False),
        sa.Column("chain_hash", sa.LargeBinary, nullable=False),
        sa.Column("created_wall", T, nullable=False), sa.Column("created_mono_ns", sa.Integer, nullable=False),
        sa.Column("boot_id", T, nullable=False),
        sa.Column("ref_versions", T, nullable=False, server_default="{}"),
        sa.Column("state", T, nullable=False, server_default="pending"),
        sa.Column("batch_id", T), sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", T), sa.Column("acked_at", T),
        sa.PrimaryKeyConstraint("incarnation_id", "seq"),
        sa.CheckConstraint("state IN ('pending','inflight','acked','quarantined')", name="state"),
    )
    op.create_index("ix_outbox_todo", "outbox", ["state", "incarnation_id", "seq"])
    op.create_table("sync_state", sa.Column("key", T, primary_key=True), sa.Column("value", T, nullable=False))
    op.create_table(
        "operator",
        sa.Column("id", T, primary_key=True), sa.Column("name", T, nullable=False),
        sa.Column("role", T, nullable=False), sa.Column("pin_hash", T, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("failed_pins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", T), sa.Column("created_at", T, nullable=False),
        sa.CheckConstraint("role IN ('shopkeeper','clerk','supervisor','trainer')", name="role"),
    )
    op.create_table(
        "person",
        sa.Column("id", T, primary_key=True), sa.Column("name", T, nullable=False),
        sa.Column("village", T, nullable=False, server_default=""),
        sa.Column("grp", T, nullable=False, server_default=""),
        sa.Column("household", T, nullable=False, server_default=""),
        sa.Column("notes", T, nullable=False, server_default=""),
        sa.Column("created_at", T, nullable=False),
        sa.Column("merged_into", T, sa.ForeignKey("person.id")),
    )
    op.create_index("ix_person_household", "person", ["household"])
    op.create_table(
        "person_phone",
        sa.Column("person_id", T, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("phone", T, nullable=False), sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("person_id", "phone"),
    )
    op.create_index("ix_person_phone_phone", "person_phone", ["phone"])
    op.create_table(
        "person_key",
        sa.Column("key", T, nullable=False),
        sa.Column("person_id", T, sa.ForeignKey("person.id"), nullable=False),
        sa.PrimaryKeyConstraint("key", "person_id"),
    )
    op.create_index("ix_person_key_person_id", "person_key", ["person_id"])
    op.create_table(
        "ledger_entry",
        sa.Column("id", T, primary_key=True), sa.Column("at", T, nullable=False),
        sa.Column("business_date", T, nullable=False), sa.Column("amount_fen", sa.Integer, nullable=False),
        sa.Column("direction", T, nullable=False), sa.Column("method", T, nullable=False),
        sa.Column("purpose", T, nullable=False),
        sa.Column("reference", T, nullable=False, server_default=""),
        sa.Column("link_kind", T, nullable=False, server_default=""),
        sa.Column("link_id", T, nullable=False, server_default=""),
        sa.Column("note", T, nullable=False, server_default=""),
        sa.Column("operator_id", T, sa.ForeignKey("operator.id"), nullable=False),
        sa.Column("reverses_id", T, sa.ForeignKey("ledger_entry.id"), unique=True),
        sa.Column("late", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("chain_hash", T, nullable=False),
        sa.CheckConstraint("amount_fen > 0", name="amount_positive"),
        sa.CheckConstraint("direction IN ('in','out')", name="direction"),
        sa.CheckConstraint("method IN ('cash','wechat','alipay','bank')", name="method"),
    )
    op.create_index("ix_ledger_entry_business_date", "ledger_entry", ["business_date"])
    op.create_index("ix_ledger_entry_link", "ledger_entry", ["link_kind", "link_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", T, nullable=False), sa.Column("operator_id", T),
        sa.Column("action", T, nullable=False),
        sa.Column("target_kind", T, nullable=False, server_default=""),
        sa.Column("target_id", T, nullable=False, server_default=""),
        sa.Column("details", T, nullable=False, server_default="{}"),
    )
    for trigger in APPEND_ONLY_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("audit_log", "ledger_entry", "person_key", "person_phone", "person", "operator",
                 "sync_state", "outbox", "sync_identity", "station"):
        op.drop_table(name)
