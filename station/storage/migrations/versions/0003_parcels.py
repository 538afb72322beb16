"""Parcel desk: shelf slots, parcels and events, handovers, notices, stock-takes, tariffs, dispatch.

Revision ID: 0003_parcels
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_parcels"
down_revision = "0001_foundation"
branch_labels = ("parcels",)
depends_on = None

# Frozen copies of the triggers as they were at this revision (later changes get their own step).
TRIGGERS = [
    """CREATE TRIGGER parcel_event_no_update BEFORE UPDATE ON parcel_event
       BEGIN SELECT RAISE(ABORT, 'parcel events are append-only'); END""",
    """CREATE TRIGGER parcel_event_no_delete BEFORE DELETE ON parcel_event
       BEGIN SELECT RAISE(ABORT, 'parcel events are append-only'); END""",
]


def upgrade() -> None:
    op.create_table('parcel_setting',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_parcel_setting'))
    )
    op.create_table('parcel_tariff',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('carrier', sa.Text(), nullable=False),
    sa.Column('zone', sa.Text(), nullable=False),
    sa.Column('first_weight_g', sa.Integer(), nullable=False),
    sa.Column('first_fen', sa.Integer(), nullable=False),
    sa.Column('step_g', sa.Integer(), nullable=False),
    sa.Column('step_fen', sa.Integer(), nullable=False),
    sa.Column('volumetric_divisor', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Text(), nullable=False),
    sa.Column('effective_to', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_tariff'))
    )
    op.create_index('ix_parcel_tariff_carrier_zone', 'parcel_tariff', ['carrier', 'zone'], unique=False)
    op.create_table('shelf_slot',
    sa.Column('slot', sa.Text(), nullable=False),
    sa.Column('shelf', sa.Text(), nullable=False),
    sa.Column('tier', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('occupied', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_shelf_slot_capacity_positive')),
    sa.CheckConstraint('occupied >= 0 AND occupied <= capacity', name=op.f('ck_shelf_slot_occupancy')),
    sa.PrimaryKeyConstraint('slot', name=op.f('pk_shelf_slot'))
    )
    op.create_table('courier_handoff',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('carrier', sa.Text(), nullable=False),
    sa.Column('courier_name', sa.Text(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('dispatch','return')", name=op.f('ck_courier_handoff_kind')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_courier_handoff_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courier_handoff'))
    )
    op.create_table('parcel',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('waybill', sa.Text(), nullable=False),
    sa.Column('waybill_rev', sa.Text(), nullable=False),
    sa.Column('carrier', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('pickup_serial', sa.Integer(), nullable=False),
    sa.Column('pickup_code', sa.Text(), nullable=False),
    sa.Column('slot', sa.Text(), nullable=True),
    sa.Column('person_id', sa.Text(), nullable=True),
    sa.Column('recipient_name', sa.Text(), server_default='', nullable=False),
    sa.Column('recipient_phone', sa.Text(), server_default='', nullable=False),
    sa.Column('recipient_last4', sa.Text(), server_default='', nullable=False),
    sa.Column('needs_completion', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('taken_in_at', sa.Text(), nullable=False),
    sa.Column('taken_in_date', sa.Text(), nullable=False),
    sa.Column('hold_until', sa.Text(), nullable=False),
    sa.Column('handed_over_at', sa.Text(), nullable=True),
    sa.Column('handed_over_date', sa.Text(), nullable=True),
    sa.Column('handover_id', sa.Text(), nullable=True),
    sa.Column('picked_by', sa.Text(), server_default='', nullable=False),
    sa.Column('code_released_at', sa.Text(), nullable=True),
    sa.Column('problem_kind', sa.Text(), server_default='', nullable=False),
    sa.Column('problem_note', sa.Text(), server_default='', nullable=False),
    sa.Column('batch_id', sa.Text(), server_default='', nullable=False),
    sa.Column('reminded_stage', sa.Integer(), server_default='0', nullable=False),
    sa.Column('link', sa.Text(), server_default='{}', nullable=False),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.CheckConstraint("status != 'waiting' OR slot IS NOT NULL", name=op.f('ck_parcel_waiting_has_slot')),
    sa.CheckConstraint("status IN ('waiting','handed_over','returned','lost','voided')", name=op.f('ck_parcel_status')),
    sa.CheckConstraint('weight_g IS NULL OR weight_g >= 0', name=op.f('ck_parcel_weight')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_parcel_operator_id_operator')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_parcel_person_id_person')),
    sa.ForeignKeyConstraint(['slot'], ['shelf_slot.slot'], name=op.f('fk_parcel_slot_shelf_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel'))
    )
    op.create_index('ix_parcel_code_released_at', 'parcel', ['code_released_at', 'pickup_serial'], unique=False)
    op.create_index('ix_parcel_handed_over_date', 'parcel', ['handed_over_date'], unique=False)
    op.create_index('ix_parcel_last4_status', 'parcel', ['recipient_last4', 'status'], unique=False)
    op.create_index('ix_parcel_person_status', 'parcel', ['person_id', 'status'], unique=False)
    op.create_index('ix_parcel_slot_status', 'parcel', ['slot', 'status'], unique=False)
    op.create_index('ix_parcel_status_date', 'parcel', ['status', 'taken_in_date'], unique=False)
    op.create_index('ix_parcel_taken_in_date', 'parcel', ['taken_in_date'], unique=False)
    op.create_index('ix_parcel_waybill', 'parcel', ['waybill'], unique=False)
    op.create_index('ix_parcel_waybill_rev', 'parcel', ['waybill_rev'], unique=False)
    op.create_index('uq_parcel_waiting_serial', 'parcel', ['pickup_serial'], unique=True, sqlite_where=sa.text("status = 'waiting'"))
    op.create_index('uq_parcel_waiting_waybill', 'parcel', ['waybill'], unique=True, sqlite_where=sa.text("status = 'waiting'"))
    op.create_table('parcel_notice',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.Column('person_id', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), server_default='', nullable=False),
    sa.Column('recipient_key', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('parcel_ids', sa.Text(), server_default='[]', nullable=False),
    sa.Column('batch_id', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('business_date', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('last_error', sa.Text(), server_default='', nullable=False),
    sa.Column('sent_at', sa.Text(), nullable=True),
    sa.CheckConstraint("channel IN ('sms','print_list','wechat_text')", name=op.f('ck_parcel_notice_channel')),
    sa.CheckConstraint("state IN ('queued','sent','failed','resent','cancelled')", name=op.f('ck_parcel_notice_state')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_parcel_notice_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_notice'))
    )
    op.create_index('ix_parcel_notice_recipient_date', 'parcel_notice', ['recipient_key', 'business_date', 'kind'], unique=False)
    op.create_index('ix_parcel_notice_state_channel', 'parcel_notice', ['state', 'channel'], unique=False)
    op.create_table('stocktake',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('started_at', sa.Text(), nullable=False),
    sa.Column('finished_at', sa.Text(), nullable=True),
    sa.Column('shelf', sa.Text(), server_default='', nullable=False),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), server_default='{}', nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_stocktake_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stocktake'))
    )
    op.create_table('parcel_dispatch',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('business_date', sa.Text(), nullable=False),
    sa.Column('sender_person_id', sa.Text(), nullable=False),
    sa.Column('sender_name', sa.Text(), nullable=False),
    sa.Column('id_type', sa.Text(), nullable=False),
    sa.Column('id_number', sa.Text(), nullable=False),
    sa.Column('contents', sa.Text(), nullable=False),
    sa.Column('inspected', sa.Boolean(), nullable=False),
    sa.Column('dest_name', sa.Text(), nullable=False),
    sa.Column('dest_phone', sa.Text(), nullable=False),
    sa.Column('dest_province', sa.Text(), nullable=False),
    sa.Column('dest_address', sa.Text(), nullable=False),
    sa.Column('carrier', sa.Text(), nullable=False),
    sa.Column('zone', sa.Text(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('length_cm', sa.Integer(), server_default='0', nullable=False),
    sa.Column('width_cm', sa.Integer(), server_default='0', nullable=False),
    sa.Column('height_cm', sa.Integer(), server_default='0', nullable=False),
    sa.Column('volumetric_g', sa.Integer(), nullable=False),
    sa.Column('chargeable_g', sa.Integer(), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.Column('ledger_entry_id', sa.Text(), nullable=True),
    sa.Column('handoff_id', sa.Text(), nullable=True),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.CheckConstraint("state IN ('accepted','handed_to_courier','cancelled')", name=op.f('ck_parcel_dispatch_state')),
    sa.CheckConstraint('inspected = 1', name=op.f('ck_parcel_dispatch_inspected')),
    sa.CheckConstraint('weight_g > 0 AND price_fen >= 0', name=op.f('ck_parcel_dispatch_amounts')),
    sa.ForeignKeyConstraint(['handoff_id'], ['courier_handoff.id'], name=op.f('fk_parcel_dispatch_handoff_id_courier_handoff')),
    sa.ForeignKeyConstraint(['ledger_entry_id'], ['ledger_entry.id'], name=op.f('fk_parcel_dispatch_ledger_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_parcel_dispatch_operator_id_operator')),
    sa.ForeignKeyConstraint(['sender_person_id'], ['person.id'], name=op.f('fk_parcel_dispatch_sender_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_dispatch'))
    )
    op.create_index('ix_parcel_dispatch_business_date', 'parcel_dispatch', ['business_date'], unique=False)
    op.create_index('ix_parcel_dispatch_state', 'parcel_dispatch', ['state', 'carrier'], unique=False)
    op.create_table('parcel_event',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('parcel_id', sa.Text(), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), server_default='{}', nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_parcel_event_operator_id_operator')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcel.id'], name=op.f('fk_parcel_event_parcel_id_parcel')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_event'))
    )
    op.create_index('ix_parcel_event_parcel_id', 'parcel_event', ['parcel_id'], unique=False)
    op.create_table('parcel_handover',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('business_date', sa.Text(), nullable=False),
    sa.Column('person_id', sa.Text(), nullable=True),
    sa.Column('picked_by', sa.Text(), server_default='', nullable=False),
    sa.Column('evidence_path', sa.Text(), server_default='', nullable=False),
    sa.Column('fee_fen', sa.Integer(), server_default='0', nullable=False),
    sa.Column('ledger_entry_id', sa.Text(), nullable=True),
    sa.Column('parcel_count', sa.Integer(), nullable=False),
    sa.Column('operator_id', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['ledger_entry_id'], ['ledger_entry.id'], name=op.f('fk_parcel_handover_ledger_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_parcel_handover_operator_id_operator')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_parcel_handover_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_handover'))
    )
    op.create_table('stocktake_scan',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('stocktake_id', sa.Text(), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('shelf', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktake.id'], name=op.f('fk_stocktake_scan_stocktake_id_stocktake')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stocktake_scan'))
    )
    op.create_index('ix_stocktake_scan_stocktake_id', 'stocktake_scan', ['stocktake_id'], unique=False)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("parcel_dispatch", "courier_handoff", "parcel_tariff", "stocktake_scan", "stocktake",
                 "parcel_notice", "parcel_handover", "parcel_event", "parcel", "parcel_setting", "shelf_slot"):
        op.drop_table(name)
