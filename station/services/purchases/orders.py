"""The order's main road: create with a deposit, place online, tracking, handover with the balance.

Each public method is one user action and one unit of work: business rows, the event, ledger entries,
audit, outbox and the receipt's print job commit together or not at all.
"""

from __future__ import annotations

from typing import Any

from station.domain.carriers import normalise_waybill
from station.domain.changes import LEDGER, Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.ledger import Method, Purpose
from station.domain.operators import Operator, Permission
from station.domain.parcels import ParcelStatus
from station.domain.ports import PrintSubmitter
from station.domain.purchase_money import NOTHING, check_balance, check_deposit, payment_drafts
from station.domain.purchase_receipts import order_receipt
from station.domain.purchases import (
    Action,
    Item,
    ItemDraft,
    Order,
    OrderState,
    Quote,
    clean_note,
    format_order_no,
    next_state,
    normalise_platform_order,
    quote,
)
from station.services.base import ServiceContext
from station.services.ledger import record_entry
from station.services.parcels.handover import record_handover
from station.services.purchases.common import (
    PURCHASES,
    OrderDetail,
    current_rule,
    detail_of,
    load_order,
    money_of,
    move,
    order_payload,
)


class OrderFlow:
    def __init__(self, ctx: ServiceContext, printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._printer = printer

    # -- helpers -------------------------------------------------------------------------------------
    def _take_payment(self, uow: Any, actor: Operator, order: Order, amount_fen: int, method: Method,
                      reference: str, purpose: Purpose) -> None:
        for draft in payment_drafts(order.id, amount_fen, method, reference, purpose, order.fee_fen,
                                    money_of(uow, order.id)):
            record_entry(uow, self._ctx, actor, draft)

    def _print(self, uow: Any, actor: Operator, order_id: str, labels: dict[str, str] | None) -> str | None:
        if self._printer is None:
            return None
        detail = detail_of(uow, order_id)
        station = uow.station.get() or {}
        document = order_receipt(detail.order, detail.money, station_name=station.get("name", ""),
                                 customer=detail.person_name, at=self._ctx.now_iso(), labels=labels)
        return self._printer.submit(uow, kind="receipt", document=document, ref_kind="purchase", ref_id=order_id,
                                    operator_id=actor.id, at=self._ctx.now_iso())

    # -- quote and create ----------------------------------------------------------------------------
    def quote(self, items: list[ItemDraft], shipping_fen: int) -> Quote:
        with self._ctx.uow() as uow:
            return quote(items, shipping_fen, current_rule(uow))

    def create(self, actor: Operator, *, person_id: str, items: list[ItemDraft], shipping_fen: int = 0,
               deposit_fen: int = 0, method: Method = Method.CASH, reference: str = "", note: str = "",
               print_receipt: bool = True, labels: dict[str, str] | None = None) -> tuple[OrderDetail, Changes]:
        actor.require(Permission.COUNTER_WORK)
        if deposit_fen:
            actor.require(Permission.RECORD_MONEY)
        note = clean_note(note)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            person = uow.people.get(person_id)
            if person is None or person.merged_into:
                raise NotFound("person.not_found")
            rule = current_rule(uow)
            priced = quote(items, shipping_fen, rule)
            check_deposit(deposit_fen, priced.total_fen, NOTHING)
            order_id = new_id()
            lines = tuple(Item(new_id(), i, d.name, d.platform, d.link, d.spec, d.quantity, d.unit_price_fen)
                          for i, d in enumerate(items, start=1))
            order = Order(order_id, format_order_no(uow.purchases.next_seq()), person_id, OrderState.QUOTED, now,
                          now, actor.id, priced.goods_fen, priced.shipping_fen, priced.fee_fen, note, items=lines)
            uow.purchases.add_order(order, rule.to_dict())
            move(uow, order, "created", actor_id=actor.id, at=now, to=OrderState.QUOTED,
                 details={"total_fen": order.total_fen})
            uow.outbox.append("purchase.created", order_payload(order), record_id=new_id(), created_wall=now)
            if deposit_fen:
                self._take_payment(uow, actor, order, deposit_fen, method, reference, Purpose.DEPOSIT)
                move(uow, order, Action.TAKE_DEPOSIT, actor_id=actor.id, at=now,
                     details={"amount_fen": deposit_fen, "method": str(method)})
            if print_receipt:
                self._print(uow, actor, order_id, labels)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    def take_deposit(self, actor: Operator, order_id: str, amount_fen: int, method: Method = Method.CASH,
                     reference: str = "") -> tuple[OrderDetail, Changes]:
        actor.require(Permission.RECORD_MONEY)
        if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
            raise DomainError("purchase.deposit_invalid")
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.TAKE_DEPOSIT)
            check_deposit(amount_fen, order.total_fen, money_of(uow, order_id))
            self._take_payment(uow, actor, order, amount_fen, method, reference, Purpose.DEPOSIT)
            move(uow, order, Action.TAKE_DEPOSIT, actor_id=actor.id, at=now,
                 details={"amount_fen": amount_fen, "method": str(method)})
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    # -- online order and tracking -------------------------------------------------------------------
    def place(self, actor: Operator, order_id: str, platform_order_no: str) -> tuple[OrderDetail, Changes]:
        """Record the platform's order number (scanned or typed). Call again for a split order."""
        actor.require(Permission.COUNTER_WORK)
        number = normalise_platform_order(platform_order_no)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.PLACE)
            if not uow.purchases.add_platform_order(order_id, number, now):
                raise Conflict("purchase.platform_order_duplicate", text=number)
            move(uow, order, Action.PLACE, actor_id=actor.id, at=now, details={"platform_order_no": number})
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    def add_tracking(self, actor: Operator, order_id: str, tracking_no: str) -> tuple[OrderDetail, Changes]:
        actor.require(Permission.COUNTER_WORK)
        number = normalise_waybill(tracking_no)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.ADD_TRACKING)
            if order.state == OrderState.RETURN_SENT and order.after_sales_kind != "exchange":
                raise DomainError("purchase.wrong_state", state=str(order.state), action=str(Action.ADD_TRACKING))
            existing = uow.purchases.tracking(number)
            if existing is not None:
                other = uow.purchases.get(existing[0])
                if existing[0] == order_id:
                    raise Conflict("purchase.tracking_already_added", text=number)
                raise Conflict("purchase.tracking_taken", text=number, order_no=other.order_no if other else "")
            uow.purchases.add_tracking(order_id, number, order.round, now)
            move(uow, order, Action.ADD_TRACKING, actor_id=actor.id, at=now, details={"tracking_no": number})
            self._link_parcel_already_here(uow, number, actor.id, now)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    @staticmethod
    def _link_parcel_already_here(uow: Any, number: str, actor_id: str, at: str) -> None:
        """The parcel may have been taken in before its tracking number was known: link it now, the same
        way intake would have (the order moves to 'arrived' when its last parcel is in)."""
        from station.services.purchases.matcher import PurchaseWaybillMatcher

        waiting = [p for p in uow.parcels.find_by_waybill(number) if p.status == ParcelStatus.WAITING and not p.link]
        if not waiting:
            return
        parcel = waiting[0]
        match = PurchaseWaybillMatcher().on_parcel_arrived(uow, parcel_id=parcel.id, waybill=number,
                                                          person_id=parcel.person_id, actor_id=actor_id, at=at)
        if match:
            uow.parcels.update_fields(parcel.id, link=match)

    # -- handover ------------------------------------------------------------------------------------
    def hand_over(self, actor: Operator, order_id: str, amount_fen: int, method: Method = Method.CASH,
                  reference: str = "", print_receipt: bool = True,
                  labels: dict[str, str] | None = None) -> tuple[OrderDetail, Changes]:
        """Give the goods and take exactly the balance, in one transaction: never one without the other."""
        actor.require(Permission.COUNTER_WORK)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.HAND_OVER)
            check_balance(amount_fen, order.total_fen, money_of(uow, order_id))
            if amount_fen:
                actor.require(Permission.RECORD_MONEY)
                self._take_payment(uow, actor, order, amount_fen, method, reference, Purpose.BALANCE)
            move(uow, order, Action.HAND_OVER, actor_id=actor.id, at=now,
                 details={"amount_fen": amount_fen, "method": str(method), "parcel_ids": order.parcel_ids()})
            on_shelf = [p for p in uow.parcels.get_many(order.parcel_ids()) if p.status == ParcelStatus.WAITING]
            if on_shelf:  # the goods leave the shelf in the same transaction as the money
                record_handover(uow, handover_id=new_id(), at=now, today=self._ctx.today(), actor_id=actor.id,
                                parcels=on_shelf)
            if print_receipt:
                self._print(uow, actor, order_id, labels)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    def reprint(self, actor: Operator, order_id: str, labels: dict[str, str] | None = None) -> str | None:
        actor.require(Permission.COUNTER_WORK)
        with self._ctx.uow() as uow:
            load_order(uow, order_id)
            return self._print(uow, actor, order_id, labels)
