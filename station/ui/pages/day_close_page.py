"""Day close (日结) and shift handover: what the ledger expects, what was counted, and why they differ."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import LEDGER, Changes
from station.domain.day_close import CloseKind, DayClose, Figures, explain
from station.domain.errors import DomainError
from station.domain.money import format_fen, parse_yuan
from station.services.day_close import DAY_CLOSE
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.purchase_labels import day_report_labels, method_names, purpose_names
from station.ui.widgets.common import MessageLine, PageTitle


class DayClosePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures: Figures | None = None
        self.last_close: DayClose | None = None
        self.last_pdf: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Day close")))
        top = QHBoxLayout()
        ledger_box = QGroupBox(self.tr("What the ledger says (since the last close)"))
        ledger_form = QFormLayout(ledger_box)
        self.opening = QLabel()
        self.cash_in = QLabel()
        self.cash_out = QLabel()
        self.expected = QLabel()
        self.expected.setObjectName("PageTitle")
        self.mobile = QLabel()
        self.mobile.setWordWrap(True)
        ledger_form.addRow(self.tr("Cash at the last close"), self.opening)
        ledger_form.addRow(self.tr("Cash in"), self.cash_in)
        ledger_form.addRow(self.tr("Cash out"), self.cash_out)
        ledger_form.addRow(self.tr("Expected in the drawer"), self.expected)
        ledger_form.addRow(self.tr("Mobile payments"), self.mobile)
        top.addWidget(ledger_box, 3)
        count_box = QGroupBox(self.tr("Count the drawer"))
        count_form = QFormLayout(count_box)
        self.counted = QLineEdit()
        self.counted.setPlaceholderText(self.tr("Cash counted, in yuan"))
        self.counted.textChanged.connect(self._update_difference)
        count_form.addRow(self.tr("Counted cash"), self.counted)
        self.difference = QLabel("—")
        count_form.addRow(self.tr("Difference"), self.difference)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Close the day"), str(CloseKind.DAY))
        self.kind.addItem(self.tr("Hand the shift over"), str(CloseKind.SHIFT))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        count_form.addRow(self.tr("Kind"), self.kind)
        self.successor = QComboBox()
        count_form.addRow(self.tr("Handed over to"), self.successor)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why the cash differs, if it does"))
        count_form.addRow(self.tr("Note"), self.note)
        self.close_button = QPushButton(self.tr("Save the close and print the report"))
        self.close_button.clicked.connect(self.save_close)
        count_form.addRow(self.close_button)
        self.pdf_button = QPushButton(self.tr("Save as PDF"))
        self.pdf_button.setToolTip(self.tr("Save the report of the last close to the exports folder"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(False)
        count_form.addRow(self.pdf_button)
        top.addWidget(count_box, 2)
        layout.addLayout(top)
        self.entries_title = QLabel()
        layout.addWidget(self.entries_title)
        self.entries = QTableWidget(0, 6)
        self.entries.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Purpose"), self.tr("Paid by"),
                                                self.tr("In"), self.tr("Out"), self.tr("Remark")])
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.verticalHeader().setVisible(False)
        layout.addWidget(self.entries, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        ctx.runner.changed.connect(self._on_changed)
        self._on_kind_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.counted.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(LEDGER, DAY_CLOSE) and self.isVisible():
            self.refresh()

    def _on_kind_changed(self) -> None:
        self.successor.setEnabled(self.kind.currentData() == CloseKind.SHIFT)

    def refresh(self) -> None:
        try:
            self.figures = self._ctx.services.day_close.figures()
            operators = self._ctx.services.auth.operators()
            recent = self._ctx.services.day_close.recent(1)
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.last_close = recent[0] if recent else None
        self.pdf_button.setEnabled(self.last_close is not None)
        me = self._ctx.session.operator
        self.successor.clear()
        for operator in operators:
            if me is None or operator.id != me.id:
                self.successor.addItem(operator.name, operator.id)
        f = self.figures
        methods = method_names()
        self.opening.setText(format_fen(f.opening_cash_fen))
        self.cash_in.setText(format_fen(f.cash_in_fen))
        self.cash_out.setText(format_fen(f.cash_out_fen))
        self.expected.setText(format_fen(f.expected_cash_fen))
        self.mobile.setText("\n".join(f"{methods.get(m, m)} {format_fen(v)}" for m, v in f.mobile_totals.items()))
        late = self.tr(", {n} late").format(n=f.late_count) if f.late_count else ""
        self.entries_title.setText(self.tr("Entries since the last close: {n}{late}").format(n=f.entry_count,
                                                                                           late=late))
        self._update_difference()

    def _update_difference(self) -> None:
        f = self.figures
        if f is None:
            return
        try:
            counted = parse_yuan(self.counted.text()) if self.counted.text().strip() else None
        except DomainError:
            counted = None
        if counted is None:
            self.difference.setText("—")
            self._fill_entries(list(f.entries))
            return
        diff = f.difference(counted)
        if diff == 0:
            self.difference.setText(self.tr("none, the drawer is right"))
        elif diff > 0:
            self.difference.setText(self.tr("{amount} more than expected").format(amount=format_fen(diff)))
        else:
            self.difference.setText(self.tr("{amount} short").format(amount=format_fen(-diff)))
        # the entries most likely behind a difference first
        self._fill_entries(explain(f, counted) + [e for e in f.entries if e.method != "cash"] if diff else
                           list(f.entries))

    def _fill_entries(self, entries: list) -> None:
        purposes, methods = purpose_names(), method_names()
        self.entries.setRowCount(len(entries))
        for r, e in enumerate(entries):
            remark = (self.tr("late") + " " if e.late else "") + (e.reference or e.note)
            cells = (e.at[11:16], purposes.get(e.purpose, e.purpose), methods.get(e.method, e.method),
                     format_fen(e.amount_fen) if e.direction == "in" else "",
                     format_fen(e.amount_fen) if e.direction == "out" else "", remark)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.entries.setItem(r, c, item)

    def save_close(self) -> None:
        try:
            counted = parse_yuan(self.counted.text())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        service, actor = self._ctx.services.day_close, self._ctx.session.actor()
        kind = CloseKind(self.kind.currentData())
        successor = self.successor.currentData() if kind == CloseKind.SHIFT else None
        note, labels, purposes = self.note.text(), day_report_labels(), purpose_names()
        self.close_button.setEnabled(False)
        self._ctx.runner.run(
            lambda: service.close(actor, counted_cash_fen=counted, note=note, kind=kind, handed_to_id=successor,
                                  labels=labels, purposes=purposes),
            self._on_closed, self._on_failed)

    def _on_closed(self, result: object) -> None:
        close, _changes = result  # type: ignore[misc]
        self.close_button.setEnabled(True)
        self.last_close = close
        self.counted.clear()
        self.note.clear()
        self.message.show_info(self.tr("Saved. Counted {counted}, expected {expected}, difference {diff}.").format(
            counted=format_fen(close.counted_cash_fen), expected=format_fen(close.expected_cash_fen),
            diff=format_fen(close.difference_fen)))
        self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.close_button.setEnabled(True)
        self.message.show_error(message_for(error))

    def save_pdf(self) -> None:
        """Write the report of the last close to the exports folder, off the GUI thread."""
        close = self.last_close
        if close is None:
            return
        renderer, folder = self._ctx.extras.get("pdf"), self._ctx.extras.get("exports_dir")
        if renderer is None or not folder:
            self.message.show_error(message_for(DomainError("export.pdf_unavailable")))
            return
        service, labels, purposes = self._ctx.services.day_close, day_report_labels(), purpose_names()
        target = Path(str(folder)) / f"day-report-{close.business_date}-{close.at[11:19].replace(':', '')}.pdf"

        def write() -> Path:
            data = renderer.render(service.report(close, labels, purposes), "A4")  # type: ignore[attr-defined]
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(".pdf.part")  # a half-written file never looks like a report
                partial.write_bytes(data)
                partial.replace(target)
            except OSError as exc:
                raise DomainError("export.write_failed", folder=str(target.parent)) from exc
            return target

        self.pdf_button.setEnabled(False)
        self._ctx.runner.run(write, self._on_pdf_saved, self._on_pdf_failed)

    def _on_pdf_saved(self, path: object) -> None:
        self.pdf_button.setEnabled(self.last_close is not None)
        self.last_pdf = Path(str(path))
        self.message.show_info(self.tr("Day report saved as {path}").format(path=str(path)))

    def _on_pdf_failed(self, error: Exception) -> None:
        self.pdf_button.setEnabled(self.last_close is not None)
        self.message.show_error(message_for(error))
