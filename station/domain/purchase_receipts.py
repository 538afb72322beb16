"""The purchase receipt and the day report as printer-neutral documents (``station.domain.documents``).

Amounts are formatted here with the full-width ￥ sign the GBK printers can print. Labels are passed
in already translated by the caller (the domain holds no UI text); English is the fallback.
"""

from __future__ import annotations

from station.domain.day_close import DayClose
from station.domain.documents import QR, Align, Cut, Feed, KeyValue, Line, Receipt, Rule, Title
from station.domain.money import format_fen
from station.domain.purchase_money import OrderMoney
from station.domain.purchases import Order


def plain_text(receipt: Receipt) -> str:
    """The receipt's words, one block a line (previews, logs, tests); QR payloads in brackets."""
    out = []
    for block in receipt.blocks:
        if isinstance(block, Title | Line):
            out.append(block.text)
        elif isinstance(block, KeyValue):
            out.append(f"{block.left}  {block.right}")
        elif isinstance(block, QR):
            out.append(f"[{block.payload}]")
    return "\n".join(out)


ORDER_LABELS = {
    "title": "Agent purchase", "order": "Order", "customer": "Customer", "goods": "Goods", "shipping": "Shipping",
    "fee": "Service fee", "total": "Total", "paid": "Paid", "due": "Balance due", "refunded": "Refunded",
    "at": "Time",
}


def order_receipt(order: Order, money: OrderMoney, *, station_name: str, customer: str, at: str,
                  labels: dict[str, str] | None = None) -> Receipt:
    """The receipt given when the order is made, paid or handed over; its QR is the order number."""
    words = ORDER_LABELS | (labels or {})
    blocks: list = [Title(station_name, size=1), Line(words["title"], Align.CENTER, bold=True), Rule(),
                    KeyValue(words["order"], order.order_no, bold=True), KeyValue(words["customer"], customer),
                    KeyValue(words["at"], at[:16].replace("T", " ")), Rule()]
    for item in order.items:
        blocks.append(Line(item.name))
        spec = f"{item.spec} " if item.spec else ""
        blocks.append(KeyValue(f"  {spec}{item.quantity} x {format_fen(item.unit_price_fen)}",
                               format_fen(item.amount_fen)))
    blocks += [Rule(), KeyValue(words["goods"], format_fen(order.goods_fen)),
               KeyValue(words["shipping"], format_fen(order.shipping_fen)),
               KeyValue(words["fee"], format_fen(order.fee_fen)),
               KeyValue(words["total"], format_fen(order.total_fen), bold=True),
               KeyValue(words["paid"], format_fen(money.paid_fen))]
    if money.refunded_fen:
        blocks.append(KeyValue(words["refunded"], format_fen(money.refunded_fen)))
    blocks += [KeyValue(words["due"], format_fen(money.balance_due(order.total_fen)), bold=True),
               QR(order.order_no), Line(order.order_no, Align.CENTER), Feed(2), Cut()]
    return Receipt(tuple(blocks), title=f"{words['title']} {order.order_no}")


DAY_LABELS = {
    "title": "Day close", "shift": "Shift handover", "date": "Date", "operator": "Operator", "opening": "Opening cash",
    "expected": "Expected cash", "counted": "Counted cash", "difference": "Difference", "entries": "Entries",
    "cash": "Cash", "wechat": "WeChat Pay", "alipay": "Alipay", "bank": "Bank", "note": "Note",
}


def day_report(close: DayClose, *, station_name: str, operator: str, labels: dict[str, str] | None = None,
               purposes: dict[str, str] | None = None) -> Receipt:
    words = DAY_LABELS | (labels or {})
    title = words["title"] if close.kind == "day" else words["shift"]
    blocks: list = [Title(station_name, size=1), Line(title, Align.CENTER, bold=True), Rule(),
                    KeyValue(words["date"], close.business_date), KeyValue(words["operator"], operator),
                    KeyValue(words["entries"], str(close.entry_count)), Rule()]
    for method, total in sorted(close.by_method.items()):
        blocks.append(KeyValue(words.get(method, method), format_fen(total)))
    blocks.append(Rule())
    for purpose, total in sorted(close.by_purpose.items()):
        blocks.append(KeyValue((purposes or {}).get(purpose, purpose), format_fen(total)))
    blocks += [Rule(), KeyValue(words["opening"], format_fen(close.opening_cash_fen)),
               KeyValue(words["expected"], format_fen(close.expected_cash_fen)),
               KeyValue(words["counted"], format_fen(close.counted_cash_fen)),
               KeyValue(words["difference"], format_fen(close.difference_fen), bold=True)]
    if close.note:
        blocks.append(KeyValue(words["note"], close.note))
    blocks += [Feed(2), Cut()]
    return Receipt(tuple(blocks), title=f"{title} {close.business_date}")
