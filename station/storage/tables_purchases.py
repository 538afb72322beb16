"""Tables of agent purchases and day closes (migration ``0004_purchases``).

Orders, items and events are written once; the order row's state columns mirror the last event so
that lists by state and age are one indexed read. Events and closes are append-only in the database.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)

from station.storage.schema import metadata

ORDER_STATES = ("quoted", "deposit_paid", "placed", "shipped", "arrived", "handed_over", "after_sales",
                "return_sent", "refunded", "closed", "cancelled")
_STATES_SQL = ",".join(f"'{s}'" for s in ORDER_STATES)

purchase_order = Table(
    "purchase_order", metadata,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("order_no", Text, nullable=False, unique=True),
    Column("person_id", Text, ForeignKey("person.id"), nullable=False),
    Column("state", Text, nullable=False),
    Column("state_at", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    Column("goods_fen", Integer, nullable=False),
    Column("shipping_fen", Integer, nullable=False),
    Column("fee_fen", Integer, nullable=False),
    Column("fee_rule", Text, nullable=False, server_default="{}"),
    Column("note", Text, nullable=False, server_default=""),
    Column("round", Integer, nullable=False, server_default="1"),
    Column("after_sales_kind", Text, nullable=False, server_default=""),
    Column("expected_commission_fen", Integer, nullable=False, server_default="0"),
    CheckConstraint(f"state IN ({_STATES_SQL})", name="state"),
    CheckConstraint("goods_fen > 0 AND shipping_fen >= 0 AND fee_fen >= 0", name="amounts"),
    Index("ix_purchase_order_state", "state", "state_at"),
    Index("ix_purchase_order_person_id", "person_id"),
    Index("ix_purchase_order_created_at", "created_at"),
)

purchase_item = Table(
    "purchase_item", metadata,
    Column("id", Text, primary_key=True),
    Column("order_id", Text, ForeignKey("purchase_order.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("platform", Text, nullable=False),
    Column("link", Text, nullable=False, server_default=""),
    Column("spec", Text, nullable=False, server_default=""),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_fen", Integer, nullable=False),
    CheckConstraint("quantity > 0 AND unit_price_fen > 0", name="positive"),
    CheckConstraint("platform IN ('taobao','pinduoduo','jd','douyin','other')", name="platform"),
    Index("ix_purchase_item_order_id", "order_id"),
)

# Several villagers' items may go into one platform order, and one villager's order may be split
# over several: a plain many-to-many list.
purchase_platform_order = Table(
    "purchase_platform_order", metadata,
    Column("order_id", Text, ForeignKey("purchase_order.id"), nullable=False),
    Column("platform_order_no", Text, nullable=False),
    Column("added_at", Text, nullable=False),
    PrimaryKeyConstraint("order_id", "platform_order_no"),
    Index("ix_purchase_platform_order_platform_order_no", "platform_order_no"),
)

# A tracking number belongs to one order; parcel_id is plain text because the parcel desk's table
# lives in another migration branch.
purchase_tracking = Table(
    "purchase_tracking", metadata,
    Column("tracking_no", Text, primary_key=True),
    Column("order_id", Text, ForeignKey("purchase_order.id"), nullable=False),
    Column("round", Integer, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("parcel_id", Text),
    Column("arrived_at", Text),
    Index("ix_purchase_tracking_order_id", "order_id"),
)

purchase_event = Table(
    "purchase_event", metadata,
    Column("id", Text, primary_key=True),
    Column("order_id", Text, ForeignKey("purchase_order.id"), nullable=False),
    Column("at", Text, nullable=False),
    Column("operator_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("from_state", Text, nullable=False),
    Column("to_state", Text, nullable=False),
    Column("details", Text, nullable=False, server_default="{}"),
    Index("ix_purchase_event_order_id", "order_id"),
)

purchase_fee_rule = Table(
    "purchase_fee_rule", metadata,
    Column("id", Integer, primary_key=True),
    Column("rule", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("operator_id", Text, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

day_close = Table(
    "day_close", metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("business_date", Text, nullable=False),
    Column("at", Text, nullable=False),
    Column("operator_id", Text, ForeignKey("operator.id"), nullable=False),
    Column("handed_to_id", Text, ForeignKey("operator.id")),
    Column("opening_cash_fen", Integer, nullable=False),
    Column("expected_cash_fen", Integer, nullable=False),
    Column("counted_cash_fen", Integer, nullable=False),
    Column("by_method", Text, nullable=False),
    Column("by_purpose", Text, nullable=False),
    Column("entry_count", Integer, nullable=False),
    Column("last_entry_id", Text, nullable=False),
    Column("last_entry_hash", Text, nullable=False),
    Column("previous_close_id", Text, ForeignKey("day_close.id")),
    Column("note", Text, nullable=False, server_default=""),
    CheckConstraint("kind IN ('day','shift')", name="kind"),
    CheckConstraint("counted_cash_fen >= 0", name="counted"),
    Index("ix_day_close_business_date", "business_date"),
    # one day close per business date; shift handovers may be many
    Index("uq_day_close_one_day", "business_date", unique=True, sqlite_where=text("kind = 'day'")),
)

PURCHASE_TRIGGERS = [
    """CREATE TRIGGER purchase_event_no_update BEFORE UPDATE ON purchase_event
       BEGIN SELECT RAISE(ABORT, 'purchase events are immutable'); END""",
    """CREATE TRIGGER purchase_event_no_delete BEFORE DELETE ON purchase_event
       BEGIN SELECT RAISE(ABORT, 'purchase events are immutable'); END""",
    """CREATE TRIGGER purchase_item_no_update BEFORE UPDATE ON purchase_item
       BEGIN SELECT RAISE(ABORT, 'purchase items are immutable'); END""",
    """CREATE TRIGGER day_close_no_update BEFORE UPDATE ON day_close
       BEGIN SELECT RAISE(ABORT, 'a closed day is never changed'); END""",
    """CREATE TRIGGER day_close_no_delete BEFORE DELETE ON day_close
       BEGIN SELECT RAISE(ABORT, 'a closed day is never changed'); END""",
]
