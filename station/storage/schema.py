"""The station database's tables, as the running program sees them.

Migrations in ``migrations/versions`` create these tables step by step; a test compares the migrated
database against this metadata so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

# Tables created by the station's migrations but read and written only by the sync adapter, which
# has its own connection and SQL (adapters do not import each other).
SYNC_OWNED_TABLES = frozenset({"reference_data", "reference_cursor"})

station = Table(
    "station", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("paper_width_mm", Integer, nullable=False),
    Column("created_at", Text, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
    CheckConstraint("paper_width_mm IN (58, 80)", name="paper_width"),
)

sync_identity = Table(
    "sync_identity", metadata,
    Column("id", Integer, primary_key=True),
    Column("station_id", Text, nullable=False),
    Column("station_code", Text, nullable=False),
    Column("incarnation_id", Text, nullable=False),
    Column("next_seq", Integer, nullable=False),
    Column("last_chain_hash", LargeBinary, nullable=False),
    Column("created_at", Text, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

outbox = Table(
    "outbox", metadata,
    Column("incarnation_id", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("record_id", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("payload_sha256", LargeBinary, nullable=False),
    Column("chain_hash", LargeBinary, nullable=False),
    Column("created_wall", Text, nullable=False),
    Column("created_mono_ns", Integer, nullable=False),
    Column("boot_id", Text, nullable=False),
    Column("ref_versions", Text, nullable=False, server_default="{}"),
    Column("state", Text, nullable=False, server_default="pending"),
    Column("batch_id", Text),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text),
    Column("acked_at", Text),
    PrimaryKeyConstraint("incarnation_id", "seq"),
    CheckConstraint("state IN ('pending','inflight','acked','quarantined')", name="state"),
    Index("ix_outbox_todo", "state", "incarnation_id", "seq"),
)

sync_state = Table(
    "sync_state", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

operator = Table(
    "operator", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("pin_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("failed_pins", Integer, nullable=False, server_default="0"),
    Column("locked_until", Text),
    Column("created_at", Text, nullable=False),
    CheckConstraint("role IN ('shopkeeper','clerk','supervisor','trainer')", name="role"),
)

person = Table(
    "person", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("village", Text, nullable=False, server_default=""),
    Column("grp", Text, nullable=False, server_default=""),
    Column("household", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("merged_into", Text, ForeignKey("person.id")),
    Index("ix_person_household", "household"),
)

person_phone = Table(
    "person_phone", metadata,
    Column("person_id", Text, ForeignKey("person.id"), nullable=False),
    Column("phone", Text, nullable=False),
    Column("position", Integer, nullable=False),
    PrimaryKeyConstraint("person_id", "phone"),
    Index("ix_person_phone_phone", "phone"),
)

# Search keys: 'n:<name>', 'p:<full pinyin>', 'i:<initials>', 't:<last 4>', 'f:<full phone>'.
# One indexed column answers every counter search with a range scan.
person_key = Table(
    "person_key", metadata,
    Column("key", Text, nullable=False),
    Column("person_id", Text, ForeignKey("person.id"), nullable=False),
    PrimaryKeyConstraint("key", "person_id"),
    Index("ix_person_key_person_id", "person_id"),
)

ledger_entry = Table(
    "ledger_entry", metadata,
    Column("id", Text, primary_key=True),
    Column("at", Text, nullable=False),
    Column("business_date", Text, nullable=False),
    Column("amount_fen", Integer, nullable=False),
    Column("direction", Text, nullable=False),
    Column("method", Text, nullable=False),
    Column("purpose", Text, nullable=False),
    Column("reference", Text, nullable=False, server_default=""),
    Column("link_kind", Text, nullable=False, server_default=""),
    Column("link_id", Text, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    Column("reverses_id", Text, ForeignKey("ledger_entry.id"), unique=True),
    Column("late", Boolean, nullable=False, server_default="0"),
    Column("chain_hash", Text, nullable=False),
    CheckConstraint("amount_fen > 0", name="amount_positive"),
    CheckConstraint("direction IN ('in','out')", name="direction"),
    CheckConstraint("method IN ('cash','wechat','alipay','bank')", name="method"),
    Index("ix_ledger_entry_business_date", "business_date"),
    Index("ix_ledger_entry_link", "link_kind", "link_id"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("operator_id", Text),
    Column("action", Text, nullable=False),
    Column("target_kind", Text, nullable=False, server_default=""),
    Column("target_id", Text, nullable=False, server_default=""),
    Column("details", Text, nullable=False, server_default="{}"),
)

# Ledger, audit and outbox payloads are append-only: triggers in migration 0001 refuse changes.

# Feature tables register themselves on this metadata (imported last: they import it from here).
from station.storage import tables_parcels, tables_print, tables_purchases  # noqa: E402,F401
