"""Translated names for purchase states, platforms, payment methods and ledger purposes, and the
words printed on purchase receipts and day reports (the domain builds documents from these)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def state_names() -> dict[str, str]:
    return {
        "quoted": QCoreApplication.translate("Purchases", "Quoted"),
        "deposit_paid": QCoreApplication.translate("Purchases", "Deposit taken"),
        "placed": QCoreApplication.translate("Purchases", "Ordered online"),
        "shipped": QCoreApplication.translate("Purchases", "Shipped"),
        "arrived": QCoreApplication.translate("Purchases", "Arrived"),
        "handed_over": QCoreApplication.translate("Purchases", "Handed over"),
        "after_sales": QCoreApplication.translate("Purchases", "After-sales"),
        "return_sent": QCoreApplication.translate("Purchases", "Return sent"),
        "refunded": QCoreApplication.translate("Purchases", "Refunded"),
        "closed": QCoreApplication.translate("Purchases", "Closed"),
        "cancelled": QCoreApplication.translate("Purchases", "Cancelled"),
    }


def platform_names() -> dict[str, str]:
    return {
        "taobao": QCoreApplication.translate("Purchases", "Taobao"),
        "pinduoduo": QCoreApplication.translate("Purchases", "Pinduoduo"),
        "jd": QCoreApplication.translate("Purchases", "JD"),
        "douyin": QCoreApplication.translate("Purchases", "Douyin"),
        "other": QCoreApplication.translate("Purchases", "Other"),
    }


def method_names() -> dict[str, str]:
    return {
        "cash": QCoreApplication.translate("Purchases", "Cash"),
        "wechat": QCoreApplication.translate("Purchases", "WeChat Pay"),
        "alipay": QCoreApplication.translate("Purchases", "Alipay"),
        "bank": QCoreApplication.translate("Purchases", "Bank"),
    }


def purpose_names() -> dict[str, str]:
    return {
        "opening_float": QCoreApplication.translate("Purchases", "Opening float"),
        "deposit": QCoreApplication.translate("Purchases", "Purchase deposit"),
        "balance": QCoreApplication.translate("Purchases", "Purchase balance"),
        "refund": QCoreApplication.translate("Purchases", "Refund"),
        "service_fee": QCoreApplication.translate("Purchases", "Service fee"),
        "commission": QCoreApplication.translate("Purchases", "Commission"),
        "storage_fee": QCoreApplication.translate("Purchases", "Storage fee"),
        "postage": QCoreApplication.translate("Purchases", "Postage"),
        "farmer_payout": QCoreApplication.translate("Purchases", "Farmer payout"),
        "produce_sale": QCoreApplication.translate("Purchases", "Produce sale"),
        "cash_drop": QCoreApplication.translate("Purchases", "Cash taken out"),
        "other": QCoreApplication.translate("Purchases", "Other"),
        "correction": QCoreApplication.translate("Purchases", "Correction"),
    }


def event_names() -> dict[str, str]:
    return {
        "created": QCoreApplication.translate("Purchases", "Order created"),
        "take_deposit": QCoreApplication.translate("Purchases", "Deposit taken"),
        "place": QCoreApplication.translate("Purchases", "Ordered online"),
        "add_tracking": QCoreApplication.translate("Purchases", "Tracking number added"),
        "parcel_arrived": QCoreApplication.translate("Purchases", "One parcel arrived"),
        "arrive": QCoreApplication.translate("Purchases", "Arrived"),
        "hand_over": QCoreApplication.translate("Purchases", "Handed over"),
        "request_after_sales": QCoreApplication.translate("Purchases", "After-sales asked"),
        "dispatch_return": QCoreApplication.translate("Purchases", "Return sent"),
        "refund": QCoreApplication.translate("Purchases", "Refund"),
        "close": QCoreApplication.translate("Purchases", "Closed"),
        "cancel": QCoreApplication.translate("Purchases", "Cancelled"),
        "commission_expected": QCoreApplication.translate("Purchases", "Commission expected"),
        "commission_received": QCoreApplication.translate("Purchases", "Commission received"),
    }


def receipt_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("Purchases", "Agent purchase"),
        "order": QCoreApplication.translate("Purchases", "Order"),
        "customer": QCoreApplication.translate("Purchases", "Customer"),
        "goods": QCoreApplication.translate("Purchases", "Goods"),
        "shipping": QCoreApplication.translate("Purchases", "Shipping"),
        "fee": QCoreApplication.translate("Purchases", "Service fee"),
        "total": QCoreApplication.translate("Purchases", "Total"),
        "paid": QCoreApplication.translate("Purchases", "Paid"),
        "due": QCoreApplication.translate("Purchases", "Balance due"),
        "refunded": QCoreApplication.translate("Purchases", "Refunded"),
        "at": QCoreApplication.translate("Purchases", "Time"),
    }


def day_report_labels() -> dict[str, str]:
    return method_names() | {
        "title": QCoreApplication.translate("Purchases", "Day close"),
        "shift": QCoreApplication.translate("Purchases", "Shift handover"),
        "date": QCoreApplication.translate("Purchases", "Date"),
        "operator": QCoreApplication.translate("Purchases", "Operator"),
        "opening": QCoreApplication.translate("Purchases", "Opening cash"),
        "expected": QCoreApplication.translate("Purchases", "Expected cash"),
        "counted": QCoreApplication.translate("Purchases", "Counted cash"),
        "difference": QCoreApplication.translate("Purchases", "Difference"),
        "entries": QCoreApplication.translate("Purchases", "Entries"),
        "note": QCoreApplication.translate("Purchases", "Note"),
    }
