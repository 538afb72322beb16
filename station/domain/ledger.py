"""The money ledger: every movement of money is an immutable entry.

Balances are derived by summing entries, never stored. A correction is a reversing entry that points
at the entry it cancels. Entries form a hash chain, so a supervisor can verify nothing was altered.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import DomainError
from station.domain.money import MAX_FEN


class Direction(StrEnum):
    IN = "in"  # money received by the station
    OUT = "out"  # money paid out by the station


class Method(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK = "bank"


class Purpose(StrEnum):
    OPENING_FLOAT = "opening_float"  # 备用金
    DEPOSIT = "deposit"  # 代购定金
    BALANCE = "balance"  # 代购尾款
    REFUND = "refund"
    SERVICE_FEE = "service_fee"
    COMMISSION = "commission"
    STORAGE_FEE = "storage_fee"  # 保管费
    POSTAGE = "postage"  # 寄件运费
    FARMER_PAYOUT = "farmer_payout"
    PRODUCE_SALE = "produce_sale"
    CASH_DROP = "cash_drop"  # cash taken out of the drawer to the bank or the owner
    OTHER = "other"
    CORRECTION = "correction"


NEEDS_REFERENCE = {Method.WECHAT, Method.ALIPAY, Method.BANK}
MAX_REFERENCE_CHARS = 64


@dataclass(frozen=True, slots=True)
class EntryDraft:
    amount_fen: int
    direction: Direction
    method: Method
    purpose: Purpose
    reference: str = ""  # transaction number of a mobile or bank payment
    link_kind: str = ""  # business record this money belongs to, e.g. 'purchase'
    link_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    at: str
    business_date: str
    amount_fen: int
    direction: Direction
    method: Method
    purpose: Purpose
    reference: str
    link_kind: str
    link_id: str
    note: str
    operator_id: str
    reverses_id: str | None
    late: bool
    chain_hash: str

    @property
    def signed_fen(self) -> int:
        return self.amount_fen if self.direction == Direction.IN else -self.amount_fen


def validate_entry(draft: EntryDraft) -> EntryDraft:
    if not isinstance(draft.amount_fen, int) or isinstance(draft.amount_fen, bool):
        raise DomainError("ledger.amount_not_integer")
    if draft.amount_fen <= 0:
        raise DomainError("ledger.amount_not_positive")
    if draft.amount_fen > MAX_FEN:
        raise DomainError("money.too_large", text=str(draft.amount_fen))
    reference = draft.reference.strip()
    if draft.method in NEEDS_REFERENCE and not reference:
        raise DomainError("ledger.reference_required", method=str(draft.method))
    if len(reference) > MAX_REFERENCE_CHARS:
        raise DomainError("ledger.reference_too_long", max=MAX_REFERENCE_CHARS)
    return draft


def reversal_of(entry: Entry, note: str = "") -> EntryDraft:
    """The entry that cancels ``entry``: same amount and method, opposite direction."""
    opposite = Direction.OUT if entry.direction == Direction.IN else Direction.IN
    return EntryDraft(entry.amount_fen, opposite, entry.method, Purpose.CORRECTION, entry.reference,
                      entry.link_kind, entry.link_id, note)


def balances_by_method(entries: list[Entry]) -> dict[Method, int]:
    totals = {m: 0 for m in Method}
    for entry in entries:
        totals[entry.method] += entry.signed_fen
    return totals


def chain_hash(previous: str, fields: dict[str, object]) -> str:
    """``sha256(previous || canonical json of the entry)`` as hex."""
    body = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(bytes.fromhex(previous) + body).hexdigest()


GENESIS_HASH = "0" * 64
