"""Agent purchase orders: rows, items, platform orders, tracking numbers, events, the fee rule."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, case, func, insert, select, update
from sqlalchemy.orm import aliased

from station.domain.purchases import Event, Item, Order, OrderRow, OrderState, Platform, Tracking
from station.storage.fast import Sql
from station.storage.schema import ledger_entry, person
from station.storage.tables_purchases import (
    purchase_event,
    purchase_fee_rule,
    purchase_item,
    purchase_order,
    purchase_platform_order,
    purchase_tracking,
)

PAYMENT_PURPOSES = ("deposit", "balance", "service_fee")
o = purchase_order


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class SqlPurchases:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- orders --------------------------------------------------------------------------------------
    def next_seq(self) -> int:
        return int(self._conn.execute(select(func.coalesce(func.max(o.c.seq), 0))).scalar_one()) + 1

    def add_order(self, order: Order, fee_rule: dict[str, Any]) -> None:
        self._conn.execute(insert(o), dict(
            id=order.id, seq=int(order.order_no.split("-")[-1]), order_no=order.order_no, person_id=order.person_id,
            state=str(order.state), state_at=order.state_at, created_at=order.created_at,
            operator_id=order.operator_id, goods_fen=order.goods_fen, shipping_fen=order.shipping_fen,
            fee_fen=order.fee_fen, fee_rule=_dumps(fee_rule), note=order.note, round=order.round))
        self._conn.execute(insert(purchase_item), [
            {"id": item.id, "order_id": order.id, "position": item.position, "name": item.name,
             "platform": str(item.platform), "link": item.link, "spec": item.spec, "quantity": item.quantity,
             "unit_price_fen": item.unit_price_fen} for item in order.items])

    def get(self, order_id: str) -> Order | None:
        row = self._conn.execute(select(o).where(o.c.id == order_id)).mappings().first()
        return self._load(row) if row else None

    def get_by_no(self, order_no: str) -> Order | None:
        row = self._conn.execute(select(o).where(o.c.order_no == order_no)).mappings().first()
        return self._load(row) if row else None

    def _load(self, row: Any) -> Order:
        items = tuple(
            Item(r.id, r.position, r.name, Platform(r.platform), r.link, r.spec, r.quantity, r.unit_price_fen)
            for r in self._conn.execute(select(purchase_item).where(purchase_item.c.order_id == row["id"])
                                        .order_by(purchase_item.c.position)))
        platform_orders = tuple(self._conn.execute(
            select(purchase_platform_order.c.platform_order_no).where(purchase_platform_order.c.order_id == row["id"])
            .order_by(purchase_platform_order.c.added_at, purchase_platform_order.c.platform_order_no)).scalars())
        trackings = tuple(
            Tracking(r.tracking_no, r.round, r.added_at, r.parcel_id, r.arrived_at)
            for r in self._conn.execute(select(purchase_tracking).where(purchase_tracking.c.order_id == row["id"])
                                        .order_by(purchase_tracking.c.added_at, purchase_tracking.c.tracking_no)))
        return Order(row["id"], row["order_no"], row["person_id"], OrderState(row["state"]), row["state_at"],
                     row["created_at"], row["operator_id"], row["goods_fen"], row["shipping_fen"], row["fee_fen"],
                     row["note"], row["round"], row["after_sales_kind"], row["expected_commission_fen"], items,
                     platform_orders, trackings)

    def set_state(self, order_id: str, state: OrderState, at: str, *, round: int | None = None,
                  after_sales_kind: str | None = None) -> None:
        values: dict[str, Any] = {"state": str(state), "state_at": at}
        if round is not None:
            values["round"] = round
        if after_sales_kind is not None:
            values["after_sales_kind"] = after_sales_kind
        self._conn.execute(update(o).where(o.c.id == order_id).values(values))

    def set_expected_commission(self, order_id: str, amount_fen: int) -> None:
        self._conn.execute(update(o).where(o.c.id == order_id).values(expected_commission_fen=amount_fen))

    # -- events, platform orders, tracking -----------------------------------------------------------
    def add_event(self, event: Event) -> None:
        self._conn.execute(insert(purchase_event), dict(
            id=event.id, order_id=event.order_id, at=event.at, operator_id=event.operator_id, kind=event.kind,
            from_state=event.from_state, to_state=event.to_state, details=_dumps(event.details)))

    def events(self, order_id: str) -> list[Event]:
        rows = self._conn.execute(select(purchase_event).where(purchase_event.c.order_id == order_id)
                                  .order_by(purchase_event.c.id))
        return [Event(r.id, r.order_id, r.at, r.operator_id, r.kind, r.from_state, r.to_state, json.loads(r.details))
                for r in rows]

    def add_platform_order(self, order_id: str, platform_order_no: str, at: str) -> bool:
        exists = self._conn.execute(select(purchase_platform_order.c.order_id).where(
            purchase_platform_order.c.order_id == order_id,
            purchase_platform_order.c.platform_order_no == platform_order_no)).first()
        if exists:
            return False
        self._conn.execute(insert(purchase_platform_order), dict(
            order_id=order_id, platform_order_no=platform_order_no, added_at=at))
        return True

    def add_tracking(self, order_id: str, tracking_no: str, round: int, at: str) -> None:
        self._conn.execute(insert(purchase_tracking), dict(
            tracking_no=tracking_no, order_id=order_id, round=round, added_at=at))

    def tracking(self, tracking_no: str) -> tuple[str, Tracking] | None:
        # every parcel intake asks this (is it a purchase's parcel?): plain SQL, station.storage.fast
        r = Sql(self._conn).first("SELECT * FROM purchase_tracking WHERE tracking_no = ?", (tracking_no,))
        if r is None:
            return None
        return r.order_id, Tracking(r.tracking_no, r.round, r.added_at, r.parcel_id, r.arrived_at)

    def link_parcel(self, tracking_no: str, parcel_id: str, at: str) -> None:
        self._conn.execute(update(purchase_tracking).where(purchase_tracking.c.tracking_no == tracking_no)
                           .values(parcel_id=parcel_id, arrived_at=at))

    def order_for_parcel(self, parcel_id: str) -> str | None:
        return self._conn.execute(select(purchase_tracking.c.order_id)
                                  .where(purchase_tracking.c.parcel_id == parcel_id)).scalar()

    # -- lists ---------------------------------------------------------------------------------------
    def rows(self, *, states: frozenset[OrderState] | None, state_before: str | None, limit: int) -> list[OrderRow]:
        query = select(o.c.id)
        if states is not None:
            query = query.where(o.c.state.in_(sorted(str(s) for s in states)))
        if state_before is not None:
            query = query.where(o.c.state_at < state_before)
        ids = list(self._conn.execute(query.order_by(o.c.state_at, o.c.id).limit(limit)).scalars())
        return self._rows_for(ids)

    def search(self, text: str, person_ids: list[str], limit: int) -> list[OrderRow]:
        needle = text.strip()
        found: list[str] = []

        def take(query: Any) -> None:
            for order_id in self._conn.execute(query.limit(limit)).scalars():
                if order_id not in found:
                    found.append(order_id)

        if needle:
            upper = needle.upper().replace(" ", "")
            take(select(o.c.id).where(o.c.order_no == upper))
            take(select(purchase_platform_order.c.order_id).where(
                purchase_platform_order.c.platform_order_no == upper))
            take(select(purchase_tracking.c.order_id).where(purchase_tracking.c.tracking_no == upper))
        if person_ids:
            take(select(o.c.id).where(o.c.person_id.in_(person_ids)).order_by(o.c.created_at.desc()))
        if needle and len(found) < limit:
            take(select(purchase_item.c.order_id).where(purchase_item.c.name.contains(needle, autoescape=True))
                 .order_by(purchase_item.c.order_id.desc()))
        return self._rows_for(found[:limit])

    def _rows_for(self, ids: list[str]) -> list[OrderRow]:
        if not ids:
            return []
        paid = self._paid(ids)
        first = dict(self._conn.execute(select(purchase_item.c.order_id, purchase_item.c.name)
                                        .where(purchase_item.c.order_id.in_(ids), purchase_item.c.position == 1)).all())
        counts = dict(self._conn.execute(select(purchase_item.c.order_id, func.count())
                                         .where(purchase_item.c.order_id.in_(ids))
                                         .group_by(purchase_item.c.order_id)).all())
        rows = self._conn.execute(select(o, person.c.name.label("person_name"))
                                  .join(person, person.c.id == o.c.person_id).where(o.c.id.in_(ids))).mappings()
        by_id = {
            r["id"]: OrderRow(r["id"], r["order_no"], r["person_id"], r["person_name"], OrderState(r["state"]),
                              r["state_at"], r["created_at"], r["goods_fen"] + r["shipping_fen"] + r["fee_fen"],
                              paid.get(r["id"], 0), first.get(r["id"], ""), counts.get(r["id"], 0))
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def _paid(self, ids: list[str]) -> dict[str, int]:
        """Payments per order; a correction counts as the purpose of the entry it reverses."""
        e, orig = ledger_entry, aliased(ledger_entry)
        signed = case((e.c.direction == "in", e.c.amount_fen), else_=-e.c.amount_fen)
        query = (select(e.c.link_id, func.sum(signed)).select_from(e)
                 .outerjoin(orig, orig.c.id == e.c.reverses_id)
                 .where(e.c.link_kind == "purchase", e.c.link_id.in_(ids),
                        func.coalesce(orig.c.purpose, e.c.purpose).in_(PAYMENT_PURPOSES))
                 .group_by(e.c.link_id))
        return {order_id: int(total) for order_id, total in self._conn.execute(query)}

    def count_by_state(self) -> dict[str, int]:
        return {state: n for state, n in self._conn.execute(select(o.c.state, func.count()).group_by(o.c.state))}

    # -- fee rule and commission ---------------------------------------------------------------------
    def fee_rule(self) -> dict[str, Any] | None:
        text = self._conn.execute(select(purchase_fee_rule.c.rule)).scalar()
        return json.loads(text) if text else None

    def save_fee_rule(self, rule: dict[str, Any], at: str, operator_id: str) -> None:
        values = {"rule": _dumps(rule), "updated_at": at, "operator_id": operator_id}
        if self._conn.execute(select(purchase_fee_rule.c.id)).first():
            self._conn.execute(update(purchase_fee_rule).values(values))
        else:
            self._conn.execute(insert(purchase_fee_rule), dict(id=1, **values))

    def commission_by_month(self, year: int) -> list[dict[str, Any]]:
        """Per month the orders were created in: counts, fees, commission expected and received."""
        start, end = f"{year:04d}-", f"{year + 1:04d}-"
        month = func.substr(o.c.created_at, 1, 7)
        in_year = and_(o.c.created_at >= start, o.c.created_at < end)
        months: dict[str, dict[str, Any]] = defaultdict(lambda: {
            "orders": 0, "goods_fen": 0, "fee_fen": 0, "expected_fen": 0, "received_fen": 0})
        for m, n, goods, fee, expected in self._conn.execute(
                select(month, func.count(), func.sum(o.c.goods_fen), func.sum(o.c.fee_fen),
                       func.sum(o.c.expected_commission_fen))
                .where(in_year, o.c.state != "cancelled").group_by(month)):
            months[m].update(orders=n, goods_fen=int(goods or 0), fee_fen=int(fee or 0),
                             expected_fen=int(expected or 0))
        signed = case((ledger_entry.c.direction == "in", ledger_entry.c.amount_fen), else_=-ledger_entry.c.amount_fen)
        for m, received in self._conn.execute(
                select(month, func.sum(signed)).select_from(ledger_entry)
                .join(o, o.c.id == ledger_entry.c.link_id)
                .where(ledger_entry.c.link_kind == "purchase_commission", in_year).group_by(month)):
            months[m]["received_fen"] = int(received or 0)
        return [{"month": m, **months[m]} for m in sorted(months)]

