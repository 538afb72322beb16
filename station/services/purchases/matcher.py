"""Parcel intake recognises a purchase's parcel by its waybill (station.domain.ports.WaybillMatcher)."""

from __future__ import annotations

from typing import Any

from station.domain.carriers import normalise_waybill
from station.domain.errors import DomainError
from station.domain.ids import new_id
from station.domain.purchases import Action, OrderState
from station.services.purchases.common import money_of, move


class PurchaseWaybillMatcher:
    """Called by parcel intake inside its own unit of work, so the link and the intake commit together."""

    def on_parcel_arrived(self, uow: Any, *, parcel_id: str, waybill: str, person_id: str | None,
                          actor_id: str, at: str) -> dict[str, Any] | None:
        try:
            number = normalise_waybill(waybill)
        except DomainError:
            return None
        found = uow.purchases.tracking(number)
        if found is None:
            return None
        order_id, tracking = found
        order = uow.purchases.get(order_id)
        if order is None or order.state != OrderState.SHIPPED or tracking.parcel_id or tracking.round != order.round:
            return None  # a stale or repeated scan: the parcel desk treats it as an ordinary parcel
        uow.purchases.link_parcel(number, parcel_id, at)
        waiting = [t for t in order.current_trackings() if not t.parcel_id and t.tracking_no != number]
        details = {"parcel_id": parcel_id, "tracking_no": number, "waiting": len(waiting)}
        if waiting:  # one of several parcels: the order stays 'shipped' until the last one is in
            move(uow, order, "parcel_arrived", actor_id=actor_id, at=at, to=order.state, details=details)
        else:
            move(uow, order, Action.ARRIVE, actor_id=actor_id, at=at, details=details)
        uow.outbox.append("purchase.parcel_linked", {"order_id": order.id, "parcel_id": parcel_id,
                                                     "tracking_no": number, "at": at},
                          record_id=new_id(), created_wall=at)
        balance = money_of(uow, order.id).balance_due(order.total_fen)
        return {"kind": "purchase", "order_id": order.id, "order_no": order.order_no, "balance_fen": balance,
                "person_id": order.person_id, "complete": not waiting}
