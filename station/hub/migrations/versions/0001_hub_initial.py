"""hub initial tables

Revision ID: 0001_hub_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_hub_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_batch",
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("incarnation_id", sa.String(length=64), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("result", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    op.create_table(
        "hub_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("incarnation_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("payload_sha256", sa.LargeBinary(), nullable=False),
        sa.Column("existing_sha256", sa.LargeBinary(), nullable=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("detected_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hub_conflict", schema=None) as batch_op:
        batch_op.create_index(
            "ix_hub_conflict_station", ["station_id", "incarnation_id", "seq"], unique=False
        )

    op.create_table(
        "hub_enrol_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("station_code", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("expires_at", sa.String(length=40), nullable=False),
        sa.Column("used_at", sa.String(length=40), nullable=True),
        sa.Column("station_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_table(
        "hub_incarnation",
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("incarnation_id", sa.String(length=64), nullable=False),
        sa.Column("contiguous_seq", sa.BigInteger(), nullable=False),
        sa.Column("chain_at_watermark", sa.LargeBinary(), nullable=False),
        sa.Column("max_seq_seen", sa.BigInteger(), nullable=False),
        sa.Column("first_seen_at", sa.String(length=40), nullable=False),
        sa.Column("last_batch_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("station_id", "incarnation_id"),
    )
    op.create_table(
        "hub_nonce",
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("station_id", "nonce"),
    )
    with op.batch_alter_table("hub_nonce", schema=None) as batch_op:
        batch_op.create_index("ix_hub_nonce_seen", ["seen_at"], unique=False)

    op.create_table(
        "hub_record",
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("incarnation_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("payload_sha256", sa.LargeBinary(), nullable=False),
        sa.Column("chain_hash", sa.LargeBinary(), nullable=False),
        sa.Column("created_wall", sa.String(length=40), nullable=False),
        sa.Column("created_mono_ns", sa.BigInteger(), nullable=False),
        sa.Column("boot_id", sa.String(length=64), nullable=False),
        sa.Column("ref_versions", sa.Text(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.Column("clock_offset_ms", sa.BigInteger(), nullable=True),
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("station_id", "incarnation_id", "seq"),
        sa.UniqueConstraint("record_id", name="uq_hub_record_record_id"),
    )
    with op.batch_alter_table("hub_record", schema=None) as batch_op:
        batch_op.create_index("ix_hub_record_station_day", ["station_id", "day", "kind"], unique=False)

    op.create_table(
        "hub_ref_current",
        sa.Column("dataset", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("dataset", "key"),
    )
    op.create_table(
        "hub_ref_dataset",
        sa.Column("dataset", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("min_seq", sa.BigInteger(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("dataset"),
    )
    op.create_table(
        "hub_ref_op",
        sa.Column("dataset", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("dataset", "seq"),
    )
    op.create_table(
        "hub_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_table(
        "hub_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "hub_sms",
        sa.Column("sms_id", sa.String(length=64), nullable=False),
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("sms_id"),
    )
    with op.batch_alter_table("hub_sms", schema=None) as batch_op:
        batch_op.create_index("ix_hub_sms_state", ["state", "created_at"], unique=False)

    op.create_table(
        "hub_station",
        sa.Column("station_id", sa.String(length=64), nullable=False),
        sa.Column("station_code", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("relay", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.String(length=40), nullable=False),
        sa.Column("last_seen_at", sa.String(length=40), nullable=True),
        sa.Column("last_sync_at", sa.String(length=40), nullable=True),
        sa.Column("app_version", sa.String(length=40), nullable=True),
        sa.Column("clock_offset_ms", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("station_id"),
    )
    op.create_table(
        "hub_supervisor",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("hub_supervisor")
    op.drop_table("hub_station")
    with op.batch_alter_table("hub_sms", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_sms_state")

    op.drop_table("hub_sms")
    op.drop_table("hub_setting")
    op.drop_table("hub_session")
    op.drop_table("hub_ref_op")
    op.drop_table("hub_ref_dataset")
    op.drop_table("hub_ref_current")
    with op.batch_alter_table("hub_record", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_record_station_day")

    op.drop_table("hub_record")
    with op.batch_alter_table("hub_nonce", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_nonce_seen")

    op.drop_table("hub_nonce")
    op.drop_table("hub_incarnation")
    op.drop_table("hub_enrol_token")
    with op.batch_alter_table("hub_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_conflict_station")

    op.drop_table("hub_conflict")
    op.drop_table("hub_batch")
