"""Everything off the main road: cancel, return or exchange, refunds, commission, closing, the fee rule."""

from __future__ import annotations

from typing import Any

from station.domain.carriers import normalise_waybill
from station.domain.changes import LEDGER, SETTINGS, Changes
from station.domain.errors import DomainError
from station.domain.ids import new_id
from station.domain.ledger import Method
from station.domain.operators import Operator, Permission
from station.domain.purchase_money import check_commission, check_refund, commission_draft, refund_draft
from station.domain.purchases import Action, AfterSalesKind, OrderState, clean_reason, next_state
from station.domain.service_fees import FeeRule, validate_rule
from station.services.ledger import record_entry
from station.services.purchases.common import (
    PURCHASES,
    OrderDetail,
    current_rule,
    detail_of,
    load_order,
    money_of,
    move,
)
from station.services.purchases.orders import OrderFlow


class AfterSales(OrderFlow):
    def cancel(self, actor: Operator, order_id: str, reason: str, method: Method = Method.CASH,
               reference: str = "", refund_fen: int | None = None) -> tuple[OrderDetail, Changes]:
        """Cancel before the goods arrive; by default everything paid goes back in the same transaction."""
        actor.require(Permission.COUNTER_WORK)
        reason = clean_reason(reason)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.CANCEL)
            money = money_of(uow, order_id)
            amount = money.net_fen if refund_fen is None else refund_fen
            if amount:
                actor.require(Permission.RECORD_MONEY)
                check_refund(amount, money)
                record_entry(uow, self._ctx, actor, refund_draft(order_id, amount, method, reference, reason))
            move(uow, order, Action.CANCEL, actor_id=actor.id, at=now,
                 details={"reason": reason, "refund_fen": amount})
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    def request_after_sales(self, actor: Operator, order_id: str, kind: AfterSalesKind | str,
                            reason: str) -> tuple[OrderDetail, Changes]:
        actor.require(Permission.COUNTER_WORK)
        try:
            kind = AfterSalesKind(kind)
        except ValueError as exc:
            raise DomainError("purchase.after_sales_kind_invalid") from exc
        reason = clean_reason(reason)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            move(uow, order, Action.REQUEST_AFTER_SALES, actor_id=actor.id, at=now,
                 details={"kind": str(kind), "reason": reason}, after_sales_kind=str(kind))
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    def dispatch_return(self, actor: Operator, order_id: str, return_waybill: str) -> tuple[OrderDetail, Changes]:
        """The return parcel went out through the parcel desk; an exchange then waits for a new tracking."""
        actor.require(Permission.COUNTER_WORK)
        waybill = normalise_waybill(return_waybill)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            exchange = order.after_sales_kind == AfterSalesKind.EXCHANGE
            move(uow, order, Action.DISPATCH_RETURN, actor_id=actor.id, at=now,
                 details={"return_waybill": waybill}, round=order.round + 1 if exchange else None)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    def refund(self, actor: Operator, order_id: str, amount_fen: int, method: Method = Method.CASH,
               reference: str = "", reason: str = "") -> tuple[OrderDetail, Changes]:
        """The platform refunded: pass the money to the villager. A returned order becomes 'refunded'."""
        actor.require(Permission.RECORD_MONEY)
        reason = clean_reason(reason)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.REFUND)
            check_refund(amount_fen, money_of(uow, order_id))
            record_entry(uow, self._ctx, actor, refund_draft(order_id, amount_fen, method, reference, reason))
            returned = order.state == OrderState.RETURN_SENT and order.after_sales_kind == AfterSalesKind.RETURN
            move(uow, order, Action.REFUND, actor_id=actor.id, at=now,
                 details={"amount_fen": amount_fen, "method": str(method), "reason": reason},
                 to=OrderState.REFUNDED if returned else order.state)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    def close(self, actor: Operator, order_id: str) -> tuple[OrderDetail, Changes]:
        actor.require(Permission.COUNTER_WORK)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            move(uow, order, Action.CLOSE, actor_id=actor.id, at=now)
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    # -- commission ----------------------------------------------------------------------------------
    def set_expected_commission(self, actor: Operator, order_id: str, amount_fen: int) -> tuple[OrderDetail, Changes]:
        actor.require(Permission.COUNTER_WORK)
        amount = check_commission(amount_fen)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.COMMISSION)
            uow.purchases.set_expected_commission(order_id, amount)
            move(uow, order, "commission_expected", actor_id=actor.id, at=now, to=order.state,
                 details={"amount_fen": amount})
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES)

    def record_commission(self, actor: Operator, order_id: str, amount_fen: int, method: Method = Method.BANK,
                          reference: str = "") -> tuple[OrderDetail, Changes]:
        """The platform paid its commission: station income, kept apart from the villager's money."""
        actor.require(Permission.RECORD_MONEY)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            order = load_order(uow, order_id)
            next_state(order.state, Action.COMMISSION)
            record_entry(uow, self._ctx, actor, commission_draft(order_id, amount_fen, method, reference))
            move(uow, order, "commission_received", actor_id=actor.id, at=now, to=order.state,
                 details={"amount_fen": amount_fen, "method": str(method)})
            detail = detail_of(uow, order_id)
        return detail, Changes.of(PURCHASES, LEDGER)

    # -- the fee rule --------------------------------------------------------------------------------
    def fee_rule(self) -> FeeRule:
        with self._ctx.uow() as uow:
            return current_rule(uow)

    def set_fee_rule(self, actor: Operator, rule: FeeRule) -> tuple[FeeRule, Changes]:
        actor.require(Permission.SETTINGS)
        validate_rule(rule)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            before: Any = current_rule(uow).to_dict()
            uow.purchases.save_fee_rule(rule.to_dict(), now, actor.id)
            uow.audit.append(at=now, operator_id=actor.id, action="purchase.fee_rule", target_kind="settings",
                             details={"before": before, "after": rule.to_dict()})
            uow.outbox.append("purchase.fee_rule", {"rule": rule.to_dict(), "at": now, "operator_id": actor.id},
                              record_id=new_id(), created_wall=now)
        return rule, Changes.of(PURCHASES, SETTINGS)
