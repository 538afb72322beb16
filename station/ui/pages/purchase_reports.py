"""Commission report for agent purchases: per month, what the platforms should pay and what came in.

Months follow the orders' creation date (``PurchaseService.commission_report``); cancelled orders do
not count. Outstanding is what is still expected, never below zero for a month that was overpaid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.money import format_fen
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine

FIRST_YEAR = 2020


def outstanding_fen(row: dict[str, Any]) -> int:
    return max(0, int(row.get("expected_fen", 0)) - int(row.get("received_fen", 0)))


class CommissionReportDialog(QDialog):
    """Twelve months of one year and a total line; the year is chosen with the spin box."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Agent purchase commission"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        this_year = ctx.services.ctx.clock.now().year
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, max(FIRST_YEAR, this_year + 1))
        self.year.setValue(year or this_year)
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Orders"), self.tr("Service fees"),
                                              self.tr("Commission expected"), self.tr("Received"),
                                              self.tr("Outstanding")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        try:
            found = {r["month"]: r for r in self._ctx.services.purchases.commission_report(year)}
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.message.clear_message()
        self.rows = [found.get(f"{year:04d}-{m:02d}", {"month": f"{year:04d}-{m:02d}"}) for m in range(1, 13)]
        total = {key: sum(int(r.get(key, 0)) for r in self.rows)
                 for key in ("orders", "fee_fen", "expected_fen", "received_fen")}
        lines = [(r["month"], r) for r in self.rows] + [(self.tr("Total"), total)]
        self.table.setRowCount(len(lines))
        for index, (label, row) in enumerate(lines):
            outstanding = sum(outstanding_fen(r) for r in self.rows) if row is total else outstanding_fen(row)
            cells = (label, str(int(row.get("orders", 0))), format_fen(int(row.get("fee_fen", 0))),
                     format_fen(int(row.get("expected_fen", 0))), format_fen(int(row.get("received_fen", 0))),
                     format_fen(outstanding))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row is total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)

    def cell(self, month: int | str, column: int) -> str:
        """The text in a column (0 month .. 5 outstanding) of month 1-12, or of ``"total"``."""
        row = 12 if month == "total" else int(month) - 1
        item = self.table.item(row, column)
        return item.text() if item else ""
