"""The money rules of an agent purchase, computed from its ledger entries (never stored).

Every payment by the villager and every refund to them is a ledger entry linked to the order
(``link_kind='purchase'``), so for any order: sum of its entries = what the villager paid - refunds.
A payment covers the station's service fee first (a ``service_fee`` entry), the rest is a deposit
or the balance. Commissions from the platform are the station's income, linked as
``purchase_commission`` so they never mix with the villager's money.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.errors import DomainError
from station.domain.ledger import Direction, Entry, EntryDraft, Method, Purpose
from station.domain.money import format_fen

LINK_KIND = "purchase"
COMMISSION_LINK_KIND = "purchase_commission"
PAYMENT_PURPOSES = frozenset({Purpose.DEPOSIT, Purpose.BALANCE, Purpose.SERVICE_FEE})


@dataclass(frozen=True, slots=True)
class OrderMoney:
    paid_fen: int  # everything the villager paid (corrections already taken off)
    refunded_fen: int  # everything given back
    fee_paid_fen: int  # part of ``paid_fen`` that was the service fee

    @property
    def net_fen(self) -> int:
        """What the station holds for this order: the sum of its ledger entries."""
        return self.paid_fen - self.refunded_fen

    def balance_due(self, total_fen: int) -> int:
        """Refunds stand for goods the platform did not deliver, so they lower the price as much as they
        lower what was paid: the balance is the total minus payments, refunds cancel out."""
        return max(0, total_fen - self.paid_fen)


NOTHING = OrderMoney(0, 0, 0)


def effective_purpose(entry: Entry, by_id: dict[str, Entry]) -> Purpose | None:
    """A correction counts as the purpose of the entry it reverses."""
    if entry.reverses_id is None:
        return entry.purpose
    original = by_id.get(entry.reverses_id)
    return original.purpose if original else None


def order_money(entries: list[Entry]) -> OrderMoney:
    by_id = {e.id: e for e in entries}
    paid = refunded = fee = 0
    for entry in entries:
        if entry.link_kind != LINK_KIND:
            continue
        purpose = effective_purpose(entry, by_id)
        if purpose in PAYMENT_PURPOSES:
            paid += entry.signed_fen
            if purpose == Purpose.SERVICE_FEE:
                fee += entry.signed_fen
        elif purpose == Purpose.REFUND:
            refunded -= entry.signed_fen
    return OrderMoney(paid, refunded, fee)


def _positive(amount_fen: object, code: str) -> int:
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
        raise DomainError(code)
    return amount_fen


def payment_drafts(order_id: str, amount_fen: int, method: Method, reference: str, purpose: Purpose,
                   fee_fen: int, money: OrderMoney) -> list[EntryDraft]:
    """Split one payment into the service-fee part (paid first) and the deposit or balance part."""
    fee_part = min(amount_fen, max(0, fee_fen - money.fee_paid_fen))
    drafts = []
    if fee_part:
        drafts.append(EntryDraft(fee_part, Direction.IN, method, Purpose.SERVICE_FEE, reference, LINK_KIND,
                                 order_id))
    if amount_fen - fee_part:
        drafts.append(EntryDraft(amount_fen - fee_part, Direction.IN, method, purpose, reference, LINK_KIND,
                                 order_id))
    return drafts


def check_deposit(amount_fen: int, total_fen: int, money: OrderMoney) -> int:
    """A deposit (first or extra) may not take the payments past the order's total."""
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen < 0:
        raise DomainError("purchase.deposit_invalid")
    if money.paid_fen + amount_fen > total_fen:
        due = money.balance_due(total_fen)
        raise DomainError("purchase.deposit_exceeds_total", total=total_fen, due=due, total_text=format_fen(total_fen),
                          due_text=format_fen(due))
    return amount_fen


def check_balance(amount_fen: int, total_fen: int, money: OrderMoney) -> int:
    """The handover takes exactly the balance: less is refused (no goods without the money), more would
    hide a counting mistake."""
    due = money.balance_due(total_fen)
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen < 0:
        raise DomainError("purchase.balance_required", due=due, due_text=format_fen(due))
    if amount_fen < due:
        raise DomainError("purchase.balance_required", due=due, due_text=format_fen(due))
    if amount_fen > due:
        raise DomainError("purchase.balance_too_much", due=due, due_text=format_fen(due))
    return amount_fen


def check_refund(amount_fen: int, money: OrderMoney) -> int:
    _positive(amount_fen, "purchase.refund_invalid")
    if amount_fen > money.net_fen:
        raise DomainError("purchase.refund_exceeds_paid", paid=money.net_fen, paid_text=format_fen(money.net_fen))
    return amount_fen


def refund_draft(order_id: str, amount_fen: int, method: Method, reference: str, note: str) -> EntryDraft:
    return EntryDraft(amount_fen, Direction.OUT, method, Purpose.REFUND, reference, LINK_KIND, order_id, note)


def check_commission(amount_fen: int) -> int:
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen < 0 \
            or amount_fen > 10_000_000:
        raise DomainError("purchase.commission_invalid")
    return amount_fen


def commission_draft(order_id: str, amount_fen: int, method: Method, reference: str) -> EntryDraft:
    return EntryDraft(_positive(amount_fen, "purchase.commission_invalid"), Direction.IN, method,
                      Purpose.COMMISSION, reference, COMMISSION_LINK_KIND, order_id)
