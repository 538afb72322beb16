"""One small form for the steps of an order: an amount and how it was paid, a number, or a reason.

The page decides which fields show and what to call; the dialog keeps what was typed on an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.money import format_fen, parse_yuan
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.purchase_labels import method_names
from station.ui.widgets.common import MessageLine


class PurchaseActionDialog(QDialog):
    completed = Signal(object)  # the service's result

    def __init__(self, ctx: UiContext, title: str, explain: str, call: Callable[[dict[str, Any]], Any], *,
                 amount_fen: int | None = None, text_label: str = "", choices: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._call = call
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if explain:
            label = QLabel(explain)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.choice = QComboBox()
        for code, name in (choices or {}).items():
            self.choice.addItem(name, code)
        if choices:
            form.addRow(self.tr("Kind"), self.choice)
        self.text = QLineEdit()
        if text_label:
            form.addRow(text_label, self.text)
        self.amount = QLineEdit()
        self.method = QComboBox()
        for code, name in method_names().items():
            self.method.addItem(name, code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction number of a mobile payment"))
        if amount_fen is not None:
            self.amount.setText(format_fen(amount_fen, sign=False))
            form.addRow(self.tr("Amount (yuan)"), self.amount)
            form.addRow(self.tr("Paid by"), self.method)
            form.addRow(self.tr("Payment reference"), self.reference)
        self._with_amount = amount_fen is not None
        layout.addLayout(form)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.text if text_label else self.amount).setFocus()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"text": self.text.text(), "choice": self.choice.currentData()}
        if self._with_amount:
            values |= {"amount_fen": parse_yuan(self.amount.text() or "0"), "method": Method(self.method.currentData()),
                       "reference": self.reference.text()}
        return values

    def _on_ok_clicked(self) -> None:
        try:
            values = self.values()
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        self.buttons.setEnabled(False)
        self._ctx.runner.run(lambda: self._call(values), self._on_done, self._on_failed)

    def _on_done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.completed.emit(result)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(message_for(error))
