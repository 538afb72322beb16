"""Agent purchases (orders, items, platform orders, tracking, events, fee rule) and day closes.

Revision ID: 0004_purchases
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_purchases"
down_revision = "0001_foundation"
branch_labels = ("purchases",)
depends_on = None

T = sa.Text
I = sa.Integer  # noqa: E741
STATES = ("'quoted','deposit_paid','placed','shipped','arrived','handed_over','after_sales','return_sent',"
          "'refunded','closed','cancelled'")


def upgrade() -> None:
    op.create_table(
        "purchase_order",
        sa.Column("id", T, primary_key=True),
        sa.Column("seq", I, nullable=False, unique=True),
        sa.Column("order_no", T, nullable=False, unique=True),
        sa.Column("person_id", T, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("state", T, nullable=False), sa.Column("state_at", T, nullable=False),
        sa.Column("created_at", T, nullable=False),
        sa.Column("operator_id", T, sa.ForeignKey("operator.id"), nullable=False),
        sa.Column("goods_fen", I, nullable=False), sa.Column("shipping_fen", I, nullable=False),
        sa.Column("fee_fen", I, nullable=False),
        sa.Column("fee_rule", T, nullable=False, server_default="{}"),
        sa.Column("note", T, nullable=False, server_default=""),
        sa.Column("round", I, nullable=False, server_default="1"),
        sa.Column("after_sales_kind", T, nullable=False, server_default=""),
        sa.Column("expected_commission_fen", I, nullable=False, server_default="0"),
        sa.CheckConstraint(f"state IN ({STATES})", name="state"),
        sa.CheckConstraint("goods_fen > 0 AND shipping_fen >= 0 AND fee_fen >= 0", name="amounts"),
    )
    op.create_index("ix_purchase_order_state", "purchase_order", ["state", "state_at"])
    op.create_index("ix_purchase_order_person_id", "purchase_order", ["person_id"])
    op.create_index("ix_purchase_order_created_at", "purchase_order", ["created_at"])
    op.create_table(
        "purchase_item",
        sa.Column("id", T, primary_key=True),
        sa.Column("order_id", T, sa.ForeignKey("purchase_order.id"), nullable=False),
        sa.Column("position", I, nullable=False), sa.Column("name", T, nullable=False),
        sa.Column("platform", T, nullable=False),
        sa.Column("link", T, nullable=False, server_default=""),
        sa.Column("spec", T, nullable=False, server_default=""),
        sa.Column("quantity", I, nullable=False), sa.Column("unit_price_fen", I, nullable=False),
        sa.CheckConstraint("quantity > 0 AND unit_price_fen > 0", name="positive"),
        sa.CheckConstraint("platform IN ('taobao','pinduoduo','jd','douyin','other')", name="platform"),
    )
    op.create_index("ix_purchase_item_order_id", "purchase_item", ["order_id"])
    op.create_table(
        "purchase_platform_order",
        sa.Column("order_id", T, sa.ForeignKey("purchase_order.id"), nullable=False),
        sa.Column("platform_order_no", T, nullable=False), sa.Column("added_at", T, nullable=False),
        sa.PrimaryKeyConstraint("order_id", "platform_order_no"),
    )
    op.create_index("ix_purchase_platform_order_platform_order_no", "purchase_platform_order",
                    ["platform_order_no"])
    op.create_table(
        "purchase_tracking",
        sa.Column("tracking_no", T, primary_key=True),
        sa.Column("order_id", T, sa.ForeignKey("purchase_order.id"), nullable=False),
        sa.Column("round", I, nullable=False), sa.Column("added_at", T, nullable=False),
        sa.Column("parcel_id", T), sa.Column("arrived_at", T),
    )
    op.create_index("ix_purchase_tracking_order_id", "purchase_tracking", ["order_id"])
    op.create_table(
        "purchase_event",
        sa.Column("id", T, primary_key=True),
        sa.Column("order_id", T, sa.ForeignKey("purchase_order.id"), nullable=False),
        sa.Column("at", T, nullable=False), sa.Column("operator_id", T, nullable=False),
        sa.Column("kind", T, nullable=False), sa.Column("from_state", T, nullable=False),
        sa.Column("to_state", T, nullable=False),
        sa.Column("details", T, nullable=False, server_default="{}"),
    )
    op.create_index("ix_purchase_event_order_id", "purchase_event", ["order_id"])
    op.create_table(
        "purchase_fee_rule",
        sa.Column("id", I, primary_key=True), sa.Column("rule", T, nullable=False),
        sa.Column("updated_at", T, nullable=False), sa.Column("operator_id", T, nullable=False),
        sa.CheckConstraint("id = 1", name="single_row"),
    )
    op.create_table(
        "day_close",
        sa.Column("id", T, primary_key=True), sa.Column("kind", T, nullable=False),
        sa.Column("business_date", T, nullable=False), sa.Column("at", T, nullable=False),
        sa.Column("operator_id", T, sa.ForeignKey("operator.id"), nullable=False),
        sa.Column("handed_to_id", T, sa.ForeignKey("operator.id")),
        sa.Column("opening_cash_fen", I, nullable=False), sa.Column("expected_cash_fen", I, nullable=False),
        sa.Column("counted_cash_fen", I, nullable=False),
        sa.Column("by_method", T, nullable=False), sa.Column("by_purpose", T, nullable=False),
        sa.Column("entry_count", I, nullable=False), sa.Column("last_entry_id", T, nullable=False),
        sa.Column("last_entry_hash", T, nullable=False),
        sa.Column("previous_close_id", T, sa.ForeignKey("day_close.id")),
        sa.Column("note", T, nullable=False, server_default=""),
        sa.CheckConstraint("kind IN ('day','shift')", name="kind"),
        sa.CheckConstraint("counted_cash_fen >= 0", name="counted"),
    )
    op.create_index("ix_day_close_business_date", "day_close", ["business_date"])
    op.create_index("uq_day_close_one_day", "day_close", ["business_date"], unique=True,
                    sqlite_where=sa.text("kind = 'day'"))
    from station.storage.tables_purchases import PURCHASE_TRIGGERS

    for trigger in PURCHASE_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("day_close", "purchase_fee_rule", "purchase_event", "purchase_tracking",
                 "purchase_platform_order", "purchase_item", "purchase_order"):
        op.drop_table(name)
