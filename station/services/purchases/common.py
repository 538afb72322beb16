"""Pieces shared by the purchase services: the detail view, events with their audit and outbox."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from station.domain.errors import NotFound
from station.domain.ids import new_id
from station.domain.purchase_money import LINK_KIND, OrderMoney, order_money
from station.domain.purchases import Action, Event, Order, OrderState, next_state
from station.domain.service_fees import DEFAULT_RULE, FeeRule, rule_from_dict

PURCHASES = "purchases"  # Changes topic: order lists and details


@dataclass(frozen=True, slots=True)
class OrderDetail:
    order: Order
    money: OrderMoney
    events: tuple[Event, ...]
    person_name: str
    person_phones: tuple[str, ...]

    @property
    def balance_due_fen(self) -> int:
        return self.money.balance_due(self.order.total_fen)


def load_order(uow: Any, order_id: str) -> Order:
    order = uow.purchases.get(order_id)
    if order is None:
        raise NotFound("purchase.not_found")
    return order


def money_of(uow: Any, order_id: str) -> OrderMoney:
    return order_money(uow.ledger.entries_for(LINK_KIND, order_id))


def detail_of(uow: Any, order_id: str) -> OrderDetail:
    order = load_order(uow, order_id)
    person = uow.people.get(order.person_id)
    return OrderDetail(order, money_of(uow, order_id), tuple(uow.purchases.events(order_id)),
                       person.name if person else "", tuple(person.phones) if person else ())


def current_rule(uow: Any) -> FeeRule:
    stored = uow.purchases.fee_rule()
    return rule_from_dict(stored) if stored else DEFAULT_RULE


def order_payload(order: Order) -> dict[str, Any]:
    data = asdict(order)
    data["state"] = str(order.state)
    data["items"] = [asdict(i) | {"platform": str(i.platform)} for i in order.items]
    data["trackings"] = [asdict(t) for t in order.trackings]
    data["platform_orders"] = list(order.platform_orders)
    return data


def move(uow: Any, order: Order, action: Action | str, *, actor_id: str, at: str,
         details: dict[str, Any] | None = None, to: OrderState | None = None, round: int | None = None,
         after_sales_kind: str | None = None) -> OrderState:
    """Record one event on ``order`` (and its audit and outbox records); move the state if it changes."""
    new = to if to is not None else next_state(order.state, Action(action))
    event = Event(new_id(), order.id, at, actor_id, str(action), str(order.state), str(new), details or {})
    uow.purchases.add_event(event)
    if new != order.state or round is not None or after_sales_kind is not None:
        uow.purchases.set_state(order.id, new, at if new != order.state else order.state_at, round=round,
                                after_sales_kind=after_sales_kind)
    uow.audit.append(at=at, operator_id=actor_id, action=f"purchase.{action}", target_kind="purchase",
                     target_id=order.id, details={"from": str(order.state), "to": str(new)} | (details or {}))
    uow.outbox.append("purchase.event", {"event_id": event.id, "order_id": order.id, "order_no": order.order_no,
                                         "kind": event.kind, "from_state": event.from_state,
                                         "to_state": event.to_state, "at": at, "operator_id": actor_id,
                                         "details": event.details},
                      record_id=new_id(), created_wall=at)
    return new
