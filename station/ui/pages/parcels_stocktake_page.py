"""盘库: start, scan every parcel (or one shelf), finish; the findings are listed and saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.services.parcels.stocktake import StocktakeResult
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import ScanField, dialog_open, with_changes
from station.ui.widgets.common import MessageLine, PageTitle


class ParcelsStocktakePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._stocktake_id = ""
        self.result: StocktakeResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Stock-take")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Shelf being scanned")))
        self.shelf = QLineEdit()
        self.shelf.setPlaceholderText(self.tr("all"))
        self.shelf.setMaximumWidth(260)
        row.addWidget(self.shelf)
        self.start_button = QPushButton(self.tr("Start stock-take"))
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        self.finish_button = QPushButton(self.tr("Finish and compare"))
        self.finish_button.clicked.connect(self.finish)
        self.finish_button.setEnabled(False)
        row.addWidget(self.finish_button)
        row.addStretch()
        layout.addLayout(row)
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan each parcel's waybill or code sticker"))
        self.scan.returnPressed.connect(self._on_scan_entered)
        self.scan.setEnabled(False)
        layout.addWidget(self.scan)
        self.count = QLabel()
        layout.addWidget(self.count)
        lists = QHBoxLayout()
        self.missing = QListWidget()
        self.unknown = QListWidget()
        self.wrong = QListWidget()
        for title, widget in ((self.tr("Expected, not seen"), self.missing),
                              (self.tr("Seen, not on record"), self.unknown),
                              (self.tr("On the wrong shelf"), self.wrong)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        layout.addLayout(lists, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)

    def on_scan(self, code: str) -> None:
        if dialog_open():
            self.message.show_error(self.tr("Close the open window first; the scan “{code}” was not used.")
                                    .format(code=code[:40]))
            return
        if not self._stocktake_id:
            self.message.show_error(self.tr("Press “Start stock-take” first."))
            return
        self.scan.setText(code)
        self._on_scan_entered()

    def start(self) -> None:
        try:
            self._stocktake_id = self._desk.stocktake.start(self._ctx.session.actor(), self.shelf.text())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        for widget in (self.missing, self.unknown, self.wrong):
            widget.clear()
        self.scan.setEnabled(True)
        self.finish_button.setEnabled(True)
        self.count.setText(self.tr("{n} scanned").format(n=0))
        self.message.show_info(self.tr("Stock-take started: scan every parcel."))
        self.scan.setFocus()

    def _on_scan_entered(self) -> None:
        text = self.scan.text()
        if not text.strip() or not self._stocktake_id:
            return
        try:
            # one small insert: quick enough for the GUI thread, and the operator sees each count at once
            n = self._desk.stocktake.scan(self._ctx.session.actor(), self._stocktake_id, text, self.shelf.text())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            self.scan.selectAll()
            return
        self.count.setText(self.tr("{n} scanned").format(n=n))
        self.message.clear_message()
        self.scan.clear()

    def finish(self) -> None:
        if not self._stocktake_id:
            return
        stocktake_id, actor = self._stocktake_id, self._ctx.session.actor()
        self._ctx.runner.run(lambda: with_changes(self._desk.stocktake.finish(actor, stocktake_id)), self._on_finished,
                             lambda exc: self.message.show_error(message_for(exc)))

    def _on_finished(self, done: tuple[StocktakeResult, object]) -> None:
        result = done[0]
        self.result = result
        self._stocktake_id = ""
        self.scan.setEnabled(False)
        self.finish_button.setEnabled(False)
        for item in result.missing:
            self.missing.addItem(f"{item['code']}  …{item['waybill'][-6:]}")
        for item in result.unknown:
            self.unknown.addItem(item["code"])
        for item in result.wrong_shelf:
            self.wrong.addItem(self.tr("{code} belongs on {slot}, found on shelf {shelf}").format(
                code=item["code"], slot=item["slot"], shelf=item["scanned_on"] or "?"))
        self.message.show_info(self.tr("Expected {expected}, seen {seen}: {missing} missing, {unknown} unknown, "
                                       "{wrong} on the wrong shelf. The result is saved.").format(
            expected=result.expected, seen=result.seen, missing=len(result.missing), unknown=len(result.unknown),
            wrong=len(result.wrong_shelf)))
