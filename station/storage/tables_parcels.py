"""Parcel desk tables: shelf slots, parcels and their events, handovers, notices, stock-takes, dispatch.

Two guards live in the database, not only in the code: a slot's ``occupied`` can never exceed its
capacity (CHECK), and a pickup serial or a waybill is unique among parcels on the shelves (partial
unique indexes), so no bug and no second window can overfill a slot or hand out a code twice.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    Table,
    Text,
    text,
)

from station.storage.schema import metadata

WAITING = text("status = 'waiting'")

shelf_slot = Table(
    "shelf_slot", metadata,
    Column("slot", Text, primary_key=True),
    Column("shelf", Text, nullable=False),
    Column("tier", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("occupied", Integer, nullable=False, server_default="0"),
    CheckConstraint("occupied >= 0 AND occupied <= capacity", name="occupancy"),
    CheckConstraint("capacity > 0", name="capacity_positive"),
)

parcel_setting = Table(
    "parcel_setting", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

parcel = Table(
    "parcel", metadata,
    Column("id", Text, primary_key=True),
    Column("waybill", Text, nullable=False),
    Column("waybill_rev", Text, nullable=False),  # reversed, so a suffix search is an index range
    Column("carrier", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("pickup_serial", Integer, nullable=False),
    Column("pickup_code", Text, nullable=False),
    Column("slot", Text, ForeignKey("shelf_slot.slot")),
    Column("person_id", Text, ForeignKey("person.id")),
    Column("recipient_name", Text, nullable=False, server_default=""),
    Column("recipient_phone", Text, nullable=False, server_default=""),
    Column("recipient_last4", Text, nullable=False, server_default=""),
    Column("needs_completion", Boolean, nullable=False, server_default="0"),
    Column("weight_g", Integer),
    Column("taken_in_at", Text, nullable=False),
    Column("taken_in_date", Text, nullable=False),
    Column("hold_until", Text, nullable=False),
    Column("handed_over_at", Text),
    Column("handed_over_date", Text),
    Column("handover_id", Text),
    Column("picked_by", Text, nullable=False, server_default=""),
    Column("code_released_at", Text),
    Column("problem_kind", Text, nullable=False, server_default=""),
    Column("problem_note", Text, nullable=False, server_default=""),
    Column("batch_id", Text, nullable=False, server_default=""),
    Column("reminded_stage", Integer, nullable=False, server_default="0"),
    Column("link", Text, nullable=False, server_default="{}"),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    CheckConstraint("status IN ('waiting','handed_over','returned','lost','voided')", name="status"),
    CheckConstraint("status != 'waiting' OR slot IS NOT NULL", name="waiting_has_slot"),
    CheckConstraint("weight_g IS NULL OR weight_g >= 0", name="weight"),
    # Every index here is a page written at every intake (docs/decisions/storage-hot-path.md): what only
    # waiting parcels need is indexed for waiting parcels only (a few thousand entries, always cached),
    # what a new parcel does not have yet (release, handover) is indexed once it has it, and the exact
    # waybill is found through the reversed one. Queries name the partial index's condition literally
    # (``status = 'waiting'``): SQLite only uses a partial index when the query implies its WHERE.
    Index("uq_parcel_waiting_serial", "pickup_serial", unique=True, sqlite_where=WAITING),
    Index("uq_parcel_waiting_waybill", "waybill", unique=True, sqlite_where=WAITING),
    Index("ix_parcel_waybill_rev", "waybill_rev"),  # exact waybill and waybill suffix, any status
    Index("ix_parcel_person_status", "person_id", "status"),  # also every parcel of a person (merge)
    Index("ix_parcel_waiting_last4", "recipient_last4", sqlite_where=WAITING),
    Index("ix_parcel_status_date", "status", "taken_in_date"),
    Index("ix_parcel_handed_over_date", "handed_over_date", sqlite_where=text("handed_over_date IS NOT NULL")),
    Index("ix_parcel_code_released_at", "code_released_at", "pickup_serial",  # covering: resting codes
          sqlite_where=text("code_released_at IS NOT NULL")),
    Index("ix_parcel_serial_released", "pickup_serial", "code_released_at",
          sqlite_where=text("code_released_at IS NOT NULL")),  # one serial: resting or not
)

parcel_event = Table(
    "parcel_event", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("parcel_id", Text, ForeignKey("parcel.id"), nullable=False),
    Column("at", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    Column("details", Text, nullable=False, server_default="{}"),
    Index("ix_parcel_event_parcel_id", "parcel_id"),
)

parcel_handover = Table(
    "parcel_handover", metadata,
    Column("id", Text, primary_key=True),
    Column("at", Text, nullable=False),
    Column("business_date", Text, nullable=False),
    Column("person_id", Text, ForeignKey("person.id")),
    Column("picked_by", Text, nullable=False, server_default=""),
    Column("evidence_path", Text, nullable=False, server_default=""),
    Column("fee_fen", Integer, nullable=False, server_default="0"),
    Column("ledger_entry_id", Text, ForeignKey("ledger_entry.id")),
    Column("parcel_count", Integer, nullable=False),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
)

parcel_notice = Table(
    "parcel_notice", metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("channel", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("person_id", Text, ForeignKey("person.id")),
    Column("phone", Text, nullable=False, server_default=""),
    Column("recipient_key", Text, nullable=False),  # person id, else the phone: 'one per person' key
    Column("text", Text, nullable=False),
    Column("parcel_ids", Text, nullable=False, server_default="[]"),
    Column("batch_id", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("business_date", Text, nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("sent_at", Text),
    CheckConstraint("state IN ('queued','sent','failed','resent','cancelled')", name="state"),
    CheckConstraint("channel IN ('sms','print_list','wechat_text')", name="channel"),
    Index("ix_parcel_notice_state_channel", "state", "channel"),
    Index("ix_parcel_notice_recipient_date", "recipient_key", "business_date", "kind"),
)

# Parcels taken in whose arrival notice is still to be composed: the intake writes this one row (one
# page, always the same few) in its own transaction, and the notice (four B-trees) is composed just after
# its commit, off the scan's path; a row a crash left is composed at the next start
# (docs/decisions/scan-to-screen.md, session 11).
parcel_notice_due = Table(
    "parcel_notice_due", metadata,
    Column("parcel_id", Text, ForeignKey("parcel.id"), primary_key=True),
    sqlite_with_rowid=False,
)

stocktake = Table(
    "stocktake", metadata,
    Column("id", Text, primary_key=True),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text),
    Column("shelf", Text, nullable=False, server_default=""),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    Column("result", Text, nullable=False, server_default="{}"),
)

stocktake_scan = Table(
    "stocktake_scan", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("stocktake_id", Text, ForeignKey("stocktake.id"), nullable=False),
    Column("at", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("shelf", Text, nullable=False, server_default=""),
    Index("ix_stocktake_scan_stocktake_id", "stocktake_id"),
)

parcel_tariff = Table(
    "parcel_tariff", metadata,
    Column("id", Text, primary_key=True),
    Column("carrier", Text, nullable=False),
    Column("zone", Text, nullable=False),
    Column("first_weight_g", Integer, nullable=False),
    Column("first_fen", Integer, nullable=False),
    Column("step_g", Integer, nullable=False),
    Column("step_fen", Integer, nullable=False),
    Column("volumetric_divisor", Integer, nullable=False),
    Column("effective_from", Text, nullable=False),
    Column("effective_to", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Index("ix_parcel_tariff_carrier_zone", "carrier", "zone"),
)

courier_handoff = Table(
    "courier_handoff", metadata,
    Column("id", Text, primary_key=True),
    Column("at", Text, nullable=False),
    Column("kind", Text, nullable=False),  # 'dispatch' (our sendings) or 'return' (退回)
    Column("carrier", Text, nullable=False),
    Column("courier_name", Text, nullable=False),
    Column("item_count", Integer, nullable=False),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    CheckConstraint("kind IN ('dispatch','return')", name="kind"),
)

parcel_dispatch = Table(
    "parcel_dispatch", metadata,
    Column("id", Text, primary_key=True),
    Column("at", Text, nullable=False),
    Column("business_date", Text, nullable=False),
    Column("sender_person_id", Text, ForeignKey("person.id"), nullable=False),
    Column("sender_name", Text, nullable=False),
    Column("id_type", Text, nullable=False),
    Column("id_number", Text, nullable=False),
    Column("contents", Text, nullable=False),
    Column("inspected", Boolean, nullable=False),
    Column("dest_name", Text, nullable=False),
    Column("dest_phone", Text, nullable=False),
    Column("dest_province", Text, nullable=False),
    Column("dest_address", Text, nullable=False),
    Column("carrier", Text, nullable=False),
    Column("zone", Text, nullable=False),
    Column("weight_g", Integer, nullable=False),
    Column("length_cm", Integer, nullable=False, server_default="0"),
    Column("width_cm", Integer, nullable=False, server_default="0"),
    Column("height_cm", Integer, nullable=False, server_default="0"),
    Column("volumetric_g", Integer, nullable=False),
    Column("chargeable_g", Integer, nullable=False),
    Column("price_fen", Integer, nullable=False),
    Column("state", Text, nullable=False),
    Column("ledger_entry_id", Text, ForeignKey("ledger_entry.id")),
    Column("handoff_id", Text, ForeignKey("courier_handoff.id")),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    CheckConstraint("inspected = 1", name="inspected"),  # 开箱验视 is not optional
    CheckConstraint("weight_g > 0 AND price_fen >= 0", name="amounts"),
    CheckConstraint("state IN ('accepted','handed_to_courier','cancelled')", name="state"),
    Index("ix_parcel_dispatch_state", "state", "carrier"),
    Index("ix_parcel_dispatch_business_date", "business_date"),
)

PARCEL_TRIGGERS = [
    """CREATE TRIGGER parcel_event_no_update BEFORE UPDATE ON parcel_event
       BEGIN SELECT RAISE(ABORT, 'parcel events are append-only'); END""",
    """CREATE TRIGGER parcel_event_no_delete BEFORE DELETE ON parcel_event
       BEGIN SELECT RAISE(ABORT, 'parcel events are append-only'); END""",
]
