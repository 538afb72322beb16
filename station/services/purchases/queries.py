"""Reading orders: lists by state and age, the mistakes to catch, search, scan lookup, reports."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from station.domain.carriers import normalise_waybill
from station.domain.errors import DomainError
from station.domain.people import query_keys
from station.domain.purchases import OPEN_STATES, OrderRow, OrderState, parse_order_no
from station.services.purchases.after_sales import AfterSales
from station.services.purchases.common import OrderDetail, detail_of

LIST_LIMIT = 200  # a counter screen shows about 20; the oldest waiting come first
NOT_PLACED_AFTER = timedelta(days=1)


class PurchaseService(AfterSales):
    """Agent purchases at the counter. ``printer`` stores receipt print jobs (None: no printer)."""

    def get(self, order_id: str) -> OrderDetail:
        with self._ctx.uow.reading() as uow:
            return detail_of(uow, order_id)

    def find(self, scanned: str) -> OrderDetail | None:
        """What the operator scanned or typed: the order QR (order number), or a tracking number."""
        order_no = parse_order_no(scanned)
        with self._ctx.uow.reading() as uow:
            if order_no:
                order = uow.purchases.get_by_no(order_no)
                return detail_of(uow, order.id) if order else None
            try:
                number = normalise_waybill(scanned)
            except DomainError:
                return None
            found = uow.purchases.tracking(number)
            return detail_of(uow, found[0]) if found else None

    def for_parcel(self, parcel_id: str) -> OrderDetail | None:
        """The purchase a parcel belongs to (the parcel desk's handover asks this)."""
        with self._ctx.uow.reading() as uow:
            order_id = uow.purchases.order_for_parcel(parcel_id)
            return detail_of(uow, order_id) if order_id else None

    def open_orders(self, states: frozenset[OrderState] | None = None, limit: int = LIST_LIMIT) -> list[OrderRow]:
        """Open orders, the longest waiting in their state first."""
        with self._ctx.uow.reading() as uow:
            return uow.purchases.rows(states=states or OPEN_STATES, state_before=None, limit=limit)

    def arrived_not_collected(self, limit: int = LIST_LIMIT) -> list[OrderRow]:
        with self._ctx.uow.reading() as uow:
            return uow.purchases.rows(states=frozenset({OrderState.ARRIVED}), state_before=None, limit=limit)

    def deposit_not_placed(self, limit: int = LIST_LIMIT) -> list[OrderRow]:
        """Money taken but nothing ordered online for more than a day: a mistake to catch."""
        cutoff = (self._ctx.clock.now() - NOT_PLACED_AFTER).isoformat(timespec="milliseconds")
        with self._ctx.uow.reading() as uow:
            return uow.purchases.rows(states=frozenset({OrderState.DEPOSIT_PAID}), state_before=cutoff, limit=limit)

    def search(self, text: str, limit: int = 100) -> list[OrderRow]:
        """By order number, platform order number, tracking number, person (name, pinyin, phone) or item."""
        text = text.strip()
        if not text:
            return []
        with self._ctx.uow.reading() as uow:
            lookups = query_keys(text)
            people = [p.id for p in uow.people.search(lookups, 50)] if lookups else []
            order_no = parse_order_no(text)
            return uow.purchases.search(order_no or text, people, limit)

    def counts(self) -> dict[str, int]:
        with self._ctx.uow.reading() as uow:
            return uow.purchases.count_by_state()

    def commission_report(self, year: int) -> list[dict[str, Any]]:
        """Per month of order creation: orders, goods, service fees, commission expected and received."""
        with self._ctx.uow.reading() as uow:
            return uow.purchases.commission_by_month(year)
