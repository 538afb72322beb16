"""The hub's tables (SQLAlchemy Core). The Alembic revisions in ``migrations/`` create them;
this module is what the code queries. Types are portable between SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    literal_column,
)

metadata = MetaData()

setting = Table("hub_setting", metadata,
                Column("key", String(64), primary_key=True),
                Column("value", Text, nullable=False))

station = Table("hub_station", metadata,
                Column("station_id", String(64), primary_key=True),
                Column("station_code", String(64), nullable=False),
                Column("public_key", String(100), nullable=False),
                Column("status", String(16), nullable=False),  # active | revoked
                Column("relay", Integer, nullable=False, default=0),
                Column("enrolled_at", String(40), nullable=False),
                Column("last_seen_at", String(40)),
                Column("last_sync_at", String(40)),
                Column("app_version", String(40)),
                Column("clock_offset_ms", BigInteger))

enrol_token = Table("hub_enrol_token", metadata,
                    Column("token_hash", String(64), primary_key=True),
                    Column("station_code", String(64), nullable=False),
                    Column("created_at", String(40), nullable=False),
                    Column("expires_at", String(40), nullable=False),
                    Column("used_at", String(40)),
                    Column("station_id", String(64)))

incarnation = Table("hub_incarnation", metadata,
                    Column("station_id", String(64), nullable=False),
                    Column("incarnation_id", String(64), nullable=False),
                    Column("contiguous_seq", BigInteger, nullable=False),
                    Column("chain_at_watermark", LargeBinary, nullable=False),
                    Column("max_seq_seen", BigInteger, nullable=False),
                    Column("first_seen_at", String(40), nullable=False),
                    Column("last_batch_at", String(40)),
                    PrimaryKeyConstraint("station_id", "incarnation_id"))

record = Table("hub_record", metadata,
               Column("station_id", String(64), nullable=False),
               Column("incarnation_id", String(64), nullable=False),
               Column("seq", BigInteger, nullable=False),
               Column("record_id", String(64), nullable=False),
               Column("kind", String(64), nullable=False),
               Column("schema_version", Integer, nullable=False),
               Column("payload", LargeBinary, nullable=False),
               Column("payload_sha256", LargeBinary, nullable=False),
               Column("chain_hash", LargeBinary, nullable=False),
               Column("created_wall", String(40), nullable=False),
               Column("created_mono_ns", BigInteger, nullable=False),
               Column("boot_id", String(64), nullable=False),
               Column("ref_versions", Text, nullable=False),
               Column("day", String(10), nullable=False),
               Column("amount_fen", BigInteger),
               Column("received_at", String(40), nullable=False),
               Column("clock_offset_ms", BigInteger),
               Column("batch_id", String(64), nullable=False),
               # NULL until stations.sweep_clock_flags has judged the record's time; then 0 or CLOCK_* bits.
               Column("clock_flags", Integer),
               PrimaryKeyConstraint("station_id", "incarnation_id", "seq"),
               UniqueConstraint("record_id", name="uq_hub_record_record_id"))

conflict = Table("hub_conflict", metadata,
                 Column("id", Integer, primary_key=True, autoincrement=True),
                 Column("station_id", String(64), nullable=False),
                 Column("incarnation_id", String(64), nullable=False),
                 Column("seq", BigInteger, nullable=False),
                 Column("record_id", String(64), nullable=False),
                 Column("reason", String(40), nullable=False),
                 Column("payload_sha256", LargeBinary, nullable=False),
                 Column("existing_sha256", LargeBinary),
                 Column("payload", LargeBinary, nullable=False),
                 Column("batch_id", String(64), nullable=False),
                 Column("detected_at", String(40), nullable=False))

batch = Table("hub_batch", metadata,
              Column("batch_id", String(64), primary_key=True),
              Column("station_id", String(64), nullable=False),
              Column("incarnation_id", String(64), nullable=False),
              Column("first_seq", BigInteger, nullable=False),
              Column("last_seq", BigInteger, nullable=False),
              Column("result", LargeBinary, nullable=False),
              Column("received_at", String(40), nullable=False))

nonce = Table("hub_nonce", metadata,
              Column("station_id", String(64), nullable=False),
              Column("nonce", String(64), nullable=False),
              Column("seen_at", String(40), nullable=False),
              PrimaryKeyConstraint("station_id", "nonce"))

ref_dataset = Table("hub_ref_dataset", metadata,
                    Column("dataset", String(64), primary_key=True),
                    Column("last_seq", BigInteger, nullable=False),
                    Column("min_seq", BigInteger, nullable=False),
                    Column("checksum", String(64), nullable=False),
                    Column("updated_at", String(40), nullable=False))

ref_op = Table("hub_ref_op", metadata,
               Column("dataset", String(64), nullable=False),
               Column("seq", BigInteger, nullable=False),
               Column("key", String(200), nullable=False),
               Column("op", String(8), nullable=False),  # upsert | delete
               Column("value_json", Text),
               PrimaryKeyConstraint("dataset", "seq"))

ref_current = Table("hub_ref_current", metadata,
                    Column("dataset", String(64), nullable=False),
                    Column("key", String(200), nullable=False),
                    Column("value_json", Text, nullable=False),
                    Column("version", BigInteger, nullable=False),
                    PrimaryKeyConstraint("dataset", "key"))

sms = Table("hub_sms", metadata,
            Column("sms_id", String(64), primary_key=True),
            Column("station_id", String(64), nullable=False),
            Column("phone", String(32), nullable=False),
            Column("text", Text, nullable=False),
            Column("state", String(16), nullable=False),  # queued | claimed | sent | failed
            Column("created_at", String(40), nullable=False),
            Column("claimed_by", String(64)),
            Column("updated_at", String(40)))

supervisor = Table("hub_supervisor", metadata,
                   Column("name", String(64), primary_key=True),
                   Column("password_hash", String(300), nullable=False),
                   Column("created_at", String(40), nullable=False))

# Failed supervisor logins per "name:<name>" and per "addr:<client address>". Rows exist for names that
# are not supervisors too, so a lock never tells a stranger which names are real.
login_throttle = Table("hub_login_throttle", metadata,
                       Column("key", String(120), primary_key=True),
                       Column("failures", Integer, nullable=False),
                       Column("last_failure_at", String(40), nullable=False),
                       Column("locked_until", String(40)))

session = Table("hub_session", metadata,
                Column("token_hash", String(64), primary_key=True),
                Column("name", String(64), nullable=False),
                Column("csrf", String(64), nullable=False),
                Column("expires_at", String(40), nullable=False))

Index("ix_hub_record_station_day", record.c.station_id, record.c.day, record.c.kind)
Index("ix_hub_conflict_station", conflict.c.station_id, conflict.c.incarnation_id, conflict.c.seq)
Index("ix_hub_sms_state", sms.c.state, sms.c.created_at)
Index("ix_hub_nonce_seen", nonce.c.seen_at)
Index("ix_hub_login_throttle_last", login_throttle.c.last_failure_at)
# Partial indexes: the sweep finds unjudged records, the pages count and list flagged ones, without
# scanning hub_record. Queries must repeat these predicates literally (no bound parameter) to use them.
CLOCK_UNCHECKED = record.c.clock_flags.is_(None)
CLOCK_FLAGGED = record.c.clock_flags > literal_column("0")
Index("ix_hub_record_clock_unchecked", record.c.station_id, record.c.incarnation_id, record.c.seq,
      sqlite_where=CLOCK_UNCHECKED, postgresql_where=CLOCK_UNCHECKED)
Index("ix_hub_record_clock_flagged", record.c.station_id, record.c.incarnation_id, record.c.seq,
      sqlite_where=CLOCK_FLAGGED, postgresql_where=CLOCK_FLAGGED)
