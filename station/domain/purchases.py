"""Agent purchases (代购): an order's items, its states and which action may move it where.

Quote -> deposit -> placed online -> shipped -> arrived -> handed over (balance collected) -> closed;
cancelled before it arrives; after arrival a return or exchange goes through after-sales. Every move is
an event; the order row only mirrors the latest state so lists stay fast. Money rules live in
``purchase_money``; the fee rule in ``service_fees``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from station.domain.errors import DomainError
from station.domain.service_fees import FeeRule

MAX_ITEMS = 30
MAX_QUANTITY = 999
MAX_UNIT_PRICE_FEN = 5_000_000  # ￥50,000 for one thing bought for a villager: above is a typing slip
MAX_SHIPPING_FEN = 100_000  # ￥1,000
MAX_ORDER_FEN = 20_000_000  # ￥200,000
MAX_ITEM_NAME = 60
MAX_ITEM_TEXT = 300  # link or product id, spec
MAX_NOTE = 200
ORDER_PREFIX = "DG-"
_PLATFORM_ORDER = re.compile(r"^[A-Z0-9][A-Z0-9\-_]{3,39}$")


class Platform(StrEnum):
    TAOBAO = "taobao"  # 淘宝 / 天猫
    PINDUODUO = "pinduoduo"  # 拼多多
    JD = "jd"  # 京东
    DOUYIN = "douyin"  # 抖音
    OTHER = "other"


class OrderState(StrEnum):
    QUOTED = "quoted"  # priced, nothing paid yet
    DEPOSIT_PAID = "deposit_paid"
    PLACED = "placed"  # ordered online, platform order number known
    SHIPPED = "shipped"  # at least one tracking number known
    ARRIVED = "arrived"  # every parcel of the order is on the shelf
    HANDED_OVER = "handed_over"
    AFTER_SALES = "after_sales"  # return or exchange asked for
    RETURN_SENT = "return_sent"  # the return parcel left through the parcel desk
    REFUNDED = "refunded"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Action(StrEnum):
    TAKE_DEPOSIT = "take_deposit"
    PLACE = "place"
    ADD_TRACKING = "add_tracking"
    ARRIVE = "arrive"
    HAND_OVER = "hand_over"
    REQUEST_AFTER_SALES = "request_after_sales"
    DISPATCH_RETURN = "dispatch_return"
    REFUND = "refund"
    COMMISSION = "commission"
    CLOSE = "close"
    CANCEL = "cancel"


class AfterSalesKind(StrEnum):
    RETURN = "return"  # 退货: money back
    EXCHANGE = "exchange"  # 换货: a replacement comes with a new tracking number


S = OrderState
OPEN_STATES = frozenset({S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED, S.ARRIVED, S.AFTER_SALES, S.RETURN_SENT})
FINAL_STATES = frozenset({S.CLOSED, S.CANCELLED})

# Which states each action may start from. Actions that only record something (a second platform
# order, more deposit, a commission) leave the state where it is; ``next_state`` says where it goes.
ALLOWED_FROM: dict[Action, frozenset[OrderState]] = {
    Action.TAKE_DEPOSIT: frozenset({S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED, S.ARRIVED}),
    Action.PLACE: frozenset({S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED}),
    Action.ADD_TRACKING: frozenset({S.PLACED, S.SHIPPED, S.RETURN_SENT}),
    Action.ARRIVE: frozenset({S.SHIPPED}),
    Action.HAND_OVER: frozenset({S.ARRIVED}),
    Action.REQUEST_AFTER_SALES: frozenset({S.ARRIVED, S.HANDED_OVER}),
    Action.DISPATCH_RETURN: frozenset({S.AFTER_SALES}),
    Action.REFUND: frozenset({S.DEPOSIT_PAID, S.PLACED, S.SHIPPED, S.ARRIVED, S.HANDED_OVER, S.AFTER_SALES,
                              S.RETURN_SENT}),
    Action.COMMISSION: frozenset({S.PLACED, S.SHIPPED, S.ARRIVED, S.HANDED_OVER, S.AFTER_SALES, S.RETURN_SENT,
                                  S.REFUNDED, S.CLOSED}),
    Action.CLOSE: frozenset({S.HANDED_OVER, S.REFUNDED}),
    Action.CANCEL: frozenset({S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED}),
}

_MOVES: dict[Action, OrderState] = {
    Action.ARRIVE: S.ARRIVED, Action.HAND_OVER: S.HANDED_OVER, Action.REQUEST_AFTER_SALES: S.AFTER_SALES,
    Action.DISPATCH_RETURN: S.RETURN_SENT, Action.CLOSE: S.CLOSED, Action.CANCEL: S.CANCELLED,
    Action.ADD_TRACKING: S.SHIPPED,
}


def require_allowed(state: OrderState, action: Action) -> None:
    if state not in ALLOWED_FROM[action]:
        raise DomainError("purchase.wrong_state", state=str(state), action=str(action))


def next_state(state: OrderState, action: Action) -> OrderState:
    """Where ``action`` takes an order in ``state`` (raises ``purchase.wrong_state`` if it may not)."""
    require_allowed(state, action)
    if action in _MOVES:
        return _MOVES[action]
    if action == Action.TAKE_DEPOSIT and state == S.QUOTED:
        return S.DEPOSIT_PAID
    if action == Action.PLACE and state in (S.QUOTED, S.DEPOSIT_PAID):
        return S.PLACED
    return state


@dataclass(frozen=True, slots=True)
class ItemDraft:
    name: str
    platform: Platform
    quantity: int
    unit_price_fen: int
    link: str = ""  # URL or product id
    spec: str = ""  # size, colour...

    @property
    def amount_fen(self) -> int:
        return self.quantity * self.unit_price_fen


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    position: int
    name: str
    platform: Platform
    link: str
    spec: str
    quantity: int
    unit_price_fen: int

    @property
    def amount_fen(self) -> int:
        return self.quantity * self.unit_price_fen


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def make_item(name: str, platform: Platform | str, quantity: int, unit_price_fen: int, link: str = "",
              spec: str = "", position: int = 1) -> ItemDraft:
    """Validate one line of an order; errors carry the line number so the form can point at it."""
    clean_name = " ".join(_clean(name).split())
    if not clean_name:
        raise DomainError("purchase.item_name_empty", line=position)
    if len(clean_name) > MAX_ITEM_NAME:
        raise DomainError("purchase.item_name_too_long", line=position, max=MAX_ITEM_NAME)
    try:
        plat = Platform(platform)
    except ValueError as exc:
        raise DomainError("purchase.platform_invalid", line=position) from exc
    if not _int(quantity) or not 1 <= quantity <= MAX_QUANTITY:
        raise DomainError("purchase.quantity_invalid", line=position, max=MAX_QUANTITY)
    if not _int(unit_price_fen) or not 1 <= unit_price_fen <= MAX_UNIT_PRICE_FEN:
        raise DomainError("purchase.price_invalid", line=position, max=MAX_UNIT_PRICE_FEN // 100)
    link, spec = _clean(link), _clean(spec)
    if len(link) > MAX_ITEM_TEXT or len(spec) > MAX_ITEM_TEXT:
        raise DomainError("purchase.item_text_too_long", line=position, max=MAX_ITEM_TEXT)
    return ItemDraft(clean_name, plat, quantity, unit_price_fen, link, spec)


@dataclass(frozen=True, slots=True)
class Quote:
    goods_fen: int
    shipping_fen: int
    fee_fen: int

    @property
    def total_fen(self) -> int:
        return self.goods_fen + self.shipping_fen + self.fee_fen


def quote(items: list[ItemDraft] | tuple[ItemDraft, ...], shipping_fen: int, rule: FeeRule) -> Quote:
    if not items:
        raise DomainError("purchase.no_items")
    if len(items) > MAX_ITEMS:
        raise DomainError("purchase.too_many_items", max=MAX_ITEMS)
    if not _int(shipping_fen) or not 0 <= shipping_fen <= MAX_SHIPPING_FEN:
        raise DomainError("purchase.shipping_invalid", max=MAX_SHIPPING_FEN // 100)
    goods = sum(item.amount_fen for item in items)
    result = Quote(goods, shipping_fen, rule.fee_for(goods + shipping_fen))
    if result.total_fen > MAX_ORDER_FEN:
        raise DomainError("purchase.total_too_large", max=MAX_ORDER_FEN // 100)
    return result


def normalise_platform_order(text: str) -> str:
    compact = re.sub(r"\s+", "", _clean(text)).upper()
    if not _PLATFORM_ORDER.match(compact):
        raise DomainError("purchase.platform_order_invalid", text=_clean(text)[:40])
    return compact


def format_order_no(seq: int) -> str:
    return f"{ORDER_PREFIX}{seq:04d}"


def parse_order_no(text: str) -> str | None:
    """An order number as scanned from the receipt QR or typed (``dg-42`` -> ``DG-0042``), else None."""
    compact = re.sub(r"\s+", "", _clean(text)).upper()
    match = re.fullmatch(r"DG-?(\d{1,9})", compact)
    return format_order_no(int(match.group(1))) if match else None


def clean_reason(text: str) -> str:
    reason = " ".join(_clean(text).split())
    if not reason:
        raise DomainError("purchase.reason_required")
    if len(reason) > MAX_NOTE:
        raise DomainError("purchase.note_too_long", max=MAX_NOTE)
    return reason


def clean_note(text: str) -> str:
    note = " ".join(_clean(text).split())
    if len(note) > MAX_NOTE:
        raise DomainError("purchase.note_too_long", max=MAX_NOTE)
    return note


@dataclass(frozen=True, slots=True)
class Tracking:
    tracking_no: str
    round: int  # 1 for the first delivery, 2 for an exchange's replacement...
    added_at: str
    parcel_id: str | None = None
    arrived_at: str | None = None


@dataclass(frozen=True, slots=True)
class Order:
    id: str
    order_no: str
    person_id: str
    state: OrderState
    state_at: str
    created_at: str
    operator_id: str
    goods_fen: int
    shipping_fen: int
    fee_fen: int
    note: str = ""
    round: int = 1
    after_sales_kind: str = ""
    expected_commission_fen: int = 0
    items: tuple[Item, ...] = ()
    platform_orders: tuple[str, ...] = ()
    trackings: tuple[Tracking, ...] = ()

    @property
    def total_fen(self) -> int:
        return self.goods_fen + self.shipping_fen + self.fee_fen

    def current_trackings(self) -> list[Tracking]:
        return [t for t in self.trackings if t.round == self.round]

    def parcel_ids(self) -> list[str]:
        return [t.parcel_id for t in self.current_trackings() if t.parcel_id]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    order_id: str
    at: str
    operator_id: str
    kind: str
    from_state: str
    to_state: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One line of an order list: enough to show, sort and act without loading the whole order."""

    id: str
    order_no: str
    person_id: str
    person_name: str
    state: OrderState
    state_at: str
    created_at: str
    total_fen: int
    paid_fen: int
    first_item: str
    item_count: int

    @property
    def balance_due_fen(self) -> int:
        return self.total_fen - self.paid_fen
