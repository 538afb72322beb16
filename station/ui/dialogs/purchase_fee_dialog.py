"""The shopkeeper's service fee rule for agent purchases: fixed, a percentage with floor and ceiling, or tiers.

The dialog shows the rule in force and saves a new one through ``PurchaseService.set_fee_rule``, which
checks the role and the amounts; on an error the message shows and everything typed stays.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.money import format_fen, parse_yuan
from station.domain.service_fees import MAX_FEE_FEN, MAX_TIERS, FeeRule, FixedFee, PercentageFee, TieredFee
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine

FIXED, PERCENTAGE, TIERED = "fixed", "percentage", "tiered"
_PERCENT = re.compile(r"^\s*(\d{1,3})(?:[.．](\d{1,2}))?\s*[%％]?\s*$")


def parse_percent(text: str) -> int:
    """``3`` or ``2.5%`` -> basis points (300, 250), on the digits, never through float."""
    match = _PERCENT.match(text)
    if not match:
        raise DomainError("purchase.fee_percent_invalid", text=text)
    whole, part = match.groups()
    return int(whole) * 100 + int((part or "").ljust(2, "0"))


def format_percent(basis_points: int) -> str:
    whole, part = divmod(basis_points, 100)
    return f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)


def _yuan(fen: int) -> str:
    return format_fen(fen, sign=False)


class PurchaseFeeDialog(QDialog):
    saved = Signal(object)  # the FeeRule now in force

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Service fee for agent purchases"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr("The fee is worked out on the goods plus shipping of each new order. Orders "
                                 "already taken keep their fee."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Fixed fee per order"), FIXED)
        self.kind.addItem(self.tr("Percentage with a floor and a ceiling"), PERCENTAGE)
        self.kind.addItem(self.tr("Tiers by order amount"), TIERED)
        form.addRow(self.tr("Kind of fee"), self.kind)
        layout.addLayout(form)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._fixed_page())
        self.pages.addWidget(self._percentage_page())
        self.pages.addWidget(self._tiered_page())
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        layout.addWidget(self.pages, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()

    # -- the three forms -------------------------------------------------------------------------
    def _fixed_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fixed_fee = QLineEdit()
        self.fixed_fee.setPlaceholderText(self.tr("In yuan, like 3.00"))
        form.addRow(self.tr("Fee per order (yuan)"), self.fixed_fee)
        return page

    def _percentage_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.percent = QLineEdit()
        self.percent.setPlaceholderText(self.tr("Like 3 or 2.5"))
        form.addRow(self.tr("Percentage of goods and shipping (%)"), self.percent)
        self.floor = QLineEdit()
        self.floor.setPlaceholderText(self.tr("Empty: no floor"))
        form.addRow(self.tr("At least (yuan)"), self.floor)
        self.ceiling = QLineEdit()
        self.ceiling.setPlaceholderText(self.tr("Empty: no ceiling"))
        form.addRow(self.tr("At most (yuan)"), self.ceiling)
        return page

    def _tiered_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.tiers = QTableWidget(0, 2)
        self.tiers.setHorizontalHeaderLabels([self.tr("Order amount up to (yuan)"), self.tr("Fee (yuan)")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        box.addWidget(self.tiers, 1)
        row = QHBoxLayout()
        self.add_tier_button = QPushButton(self.tr("Add a tier"))
        self.add_tier_button.clicked.connect(lambda: self.add_tier())
        row.addWidget(self.add_tier_button)
        self.remove_tier_button = QPushButton(self.tr("Remove the chosen tier"))
        self.remove_tier_button.clicked.connect(self._remove_tier)
        row.addWidget(self.remove_tier_button)
        row.addStretch(1)
        box.addLayout(row)
        form = QFormLayout()
        self.above = QLineEdit()
        form.addRow(self.tr("Fee above the last tier (yuan)"), self.above)
        box.addLayout(form)
        return page

    def add_tier(self, up_to: str = "", fee: str = "") -> int:
        if self.tiers.rowCount() >= MAX_TIERS:
            return -1
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        self.tiers.setItem(row, 0, QTableWidgetItem(up_to))
        self.tiers.setItem(row, 1, QTableWidgetItem(fee))
        return row

    def _remove_tier(self) -> None:
        rows = self.tiers.selectionModel().selectedRows()
        if rows:
            self.tiers.removeRow(rows[0].row())
        elif self.tiers.rowCount():
            self.tiers.removeRow(self.tiers.rowCount() - 1)

    # -- reading and writing the rule ------------------------------------------------------------
    def _load(self) -> None:
        try:
            rule = self._ctx.services.purchases.fee_rule()
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.show_rule(rule)

    def show_rule(self, rule: FeeRule) -> None:
        self.current.setText(self.tr("In force now: {rule}").format(rule=self.describe(rule)))
        if isinstance(rule, FixedFee):
            self.kind.setCurrentIndex(self.kind.findData(FIXED))
            self.fixed_fee.setText(_yuan(rule.fee_fen))
        elif isinstance(rule, PercentageFee):
            self.kind.setCurrentIndex(self.kind.findData(PERCENTAGE))
            self.percent.setText(format_percent(rule.basis_points))
            self.floor.setText(_yuan(rule.min_fen) if rule.min_fen else "")
            self.ceiling.setText(_yuan(rule.max_fen) if rule.max_fen != MAX_FEE_FEN else "")
        elif isinstance(rule, TieredFee):
            self.kind.setCurrentIndex(self.kind.findData(TIERED))
            self.tiers.setRowCount(0)
            for up_to, fee in rule.tiers:
                self.add_tier(_yuan(up_to), _yuan(fee))
            self.above.setText(_yuan(rule.above_fen))

    def describe(self, rule: FeeRule) -> str:
        if isinstance(rule, FixedFee):
            return self.tr("{fee} per order").format(fee=format_fen(rule.fee_fen))
        if isinstance(rule, PercentageFee):
            text = self.tr("{percent}% of goods and shipping").format(percent=format_percent(rule.basis_points))
            if rule.min_fen:
                text += self.tr(", at least {amount}").format(amount=format_fen(rule.min_fen))
            if rule.max_fen != MAX_FEE_FEN:
                text += self.tr(", at most {amount}").format(amount=format_fen(rule.max_fen))
            return text
        parts = [self.tr("up to {limit}: {fee}").format(limit=format_fen(up_to), fee=format_fen(fee))
                 for up_to, fee in rule.tiers]
        parts.append(self.tr("above: {fee}").format(fee=format_fen(rule.above_fen)))
        return self.tr("; ").join(parts)

    def rule(self) -> FeeRule:
        """The rule as typed; raises a DomainError for text that is not an amount or a percentage."""
        kind = self.kind.currentData()
        if kind == FIXED:
            return FixedFee(parse_yuan(self.fixed_fee.text()))
        if kind == PERCENTAGE:
            floor = parse_yuan(self.floor.text()) if self.floor.text().strip() else 0
            ceiling = parse_yuan(self.ceiling.text()) if self.ceiling.text().strip() else MAX_FEE_FEN
            return PercentageFee(parse_percent(self.percent.text()), floor, ceiling)
        tiers = []
        for row in range(self.tiers.rowCount()):
            cells = [self.tiers.item(row, c).text().strip() if self.tiers.item(row, c) else "" for c in (0, 1)]
            if not any(cells):
                continue  # an empty row left over: not a tier
            if not all(cells):
                raise DomainError("purchase.fee_tier_incomplete", line=row + 1)
            tiers.append((parse_yuan(cells[0]), parse_yuan(cells[1])))
        return TieredFee(tuple(tiers), parse_yuan(self.above.text()))

    def _on_save_clicked(self) -> None:
        try:
            rule = self.rule()
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        purchases, actor = self._ctx.services.purchases, self._ctx.session.actor()
        self.buttons.setEnabled(False)
        self._ctx.runner.run(lambda: purchases.set_fee_rule(actor, rule), self._on_saved, self._on_failed)

    def _on_saved(self, result: object) -> None:
        rule, _changes = result  # type: ignore[misc]
        self.buttons.setEnabled(True)
        self.saved.emit(rule)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(message_for(error))
