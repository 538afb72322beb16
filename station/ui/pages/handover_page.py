"""取件出库: code, phone last 4 or waybill -> the person's waiting parcels -> hand over several at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.money import format_fen
from station.domain.parcels import Parcel
from station.domain.people import Person
from station.domain.phones import mask_phone
from station.services.parcels.common import PARCELS
from station.services.parcels.handover import HandoverResult, PickupLookup, UndoResult
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import (
    FiguresHeader,
    ScanField,
    carrier_label,
    dialog_open,
    with_changes,
)
from station.ui.widgets.common import MessageLine, PageTitle


class HandoverPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._lookup: PickupLookup | None = None
        self._person: Person | None = None
        self._parcels: list[Parcel] = []
        self._last_handover = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Parcel pickup")))
        self.figures = FiguresHeader()
        top.addWidget(self.figures, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.query = ScanField()
        self.query.setPlaceholderText(self.tr("Pickup code, last 4 digits of the phone, or the waybill"))
        self.query.returnPressed.connect(self.find)
        row.addWidget(self.query, 1)
        self.household = QCheckBox(self.tr("Whole household (Ctrl+H)"))
        self.household.toggled.connect(self._reload_person)
        row.addWidget(self.household)
        layout.addLayout(row)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.people.currentRowChanged.connect(self._on_person_chosen)
        self.people.setVisible(False)
        layout.addWidget(self.people)
        self.who = QLabel()
        self.who.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(self.who)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Hand over"), self.tr("Code"), self.tr("Carrier"),
                                              self.tr("Waybill"), self.tr("Recipient"), self.tr("Days")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self._update_fee())
        layout.addWidget(self.table, 1)
        extra = QHBoxLayout()
        self.proxy = QLineEdit()
        self.proxy.setPlaceholderText(self.tr("Picked up by someone else: their name"))
        extra.addWidget(self.proxy, 2)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("Signature or photo file (optional)"))
        extra.addWidget(self.evidence, 2)
        self.evidence_button = QPushButton(self.tr("Choose…"))
        self.evidence_button.clicked.connect(self._choose_evidence)
        extra.addWidget(self.evidence_button)
        layout.addLayout(extra)
        pay = QHBoxLayout()
        self.fee_label = QLabel()
        pay.addWidget(self.fee_label, 1)
        self.method = QComboBox()
        for method, text in ((Method.CASH, self.tr("Cash")), (Method.WECHAT, self.tr("WeChat Pay")),
                             (Method.ALIPAY, self.tr("Alipay"))):
            self.method.addItem(text, str(method))
        pay.addWidget(self.method)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction number"))
        pay.addWidget(self.reference)
        self.waive = QCheckBox(self.tr("Waive the fee"))
        self.waive.toggled.connect(self._update_fee)
        pay.addWidget(self.waive)
        self.receipt = QCheckBox(self.tr("Receipt"))
        pay.addWidget(self.receipt)
        layout.addLayout(pay)
        self.message = MessageLine()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo last handover"))
        self.undo_button.clicked.connect(self.undo_last)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        self.hand_over_button = QPushButton(self.tr("Hand over (F12)"))
        self.hand_over_button.setDefault(True)
        self.hand_over_button.clicked.connect(self.hand_over)
        buttons.addWidget(self.hand_over_button)
        layout.addLayout(buttons)
        self._update_fee()
        QShortcut(QKeySequence("F12"), self, self.hand_over)
        QShortcut(QKeySequence("Ctrl+H"), self, self.household.toggle)
        ctx.runner.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.query.setFocus()
        self.refresh_figures()

    def on_scan(self, code: str) -> None:
        if dialog_open():
            self.message.show_error(self.tr("Close the open window first; the scan “{code}” was not used.")
                                    .format(code=code[:40]))
            return
        self.query.setText(code)
        self.find()

    # finding ----------------------------------------------------------------------------------------
    def find(self) -> None:
        text = self.query.text()
        if not text.strip():
            return
        try:
            found = self._desk.handover.lookup(text)  # indexed reads, a few ms: fine on the GUI thread
        except DomainError as exc:
            self._clear()
            self.message.show_error(message_for(exc))
            self.query.selectAll()
            return
        self.message.clear_message()
        self._lookup = found
        if len(found.people) > 1:
            self.people.clear()
            for person in found.people:
                phones = " ".join(mask_phone(p) for p in person.phones)
                self.people.addItem(f"{person.name}  {phones}  {person.village}")
            self.people.setVisible(True)
            self.who.setText(self.tr("Several people match: confirm the name"))
            self._show([])
            self.people.setFocus()
            self.people.setCurrentRow(-1)
            return
        self.people.setVisible(False)
        self._person = found.people[0] if found.people else None
        if self._person and (self.household.isChecked() or found.by != "code"):
            self._reload_person()
        else:
            self._show(found.parcels)

    def _on_person_chosen(self, row: int) -> None:
        if self._lookup is None or not 0 <= row < len(self._lookup.people):
            return
        self._person = self._lookup.people[row]
        self._reload_person()

    def _reload_person(self) -> None:
        if self._person is None:
            return
        self._show(self._desk.handover.waiting_for_person(self._person.id, household=self.household.isChecked()))

    def _show(self, parcels: list[Parcel]) -> None:
        self._parcels = parcels
        today = date.today()
        name = self._person.name if self._person else (parcels[0].recipient_name if parcels else "")
        if parcels and not name:  # recipient still to be completed: show what the waybill gave, masked
            name = mask_phone(parcels[0].recipient_phone) if parcels[0].recipient_phone else self.tr("recipient unknown")
        if parcels:
            self.who.setText(self.tr("{name}: {n} parcels waiting").format(name=name, n=len(parcels)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(parcels))
        for row, p in enumerate(parcels):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            who = p.recipient_name or (mask_phone(p.recipient_phone) if p.recipient_phone else "")
            for col, text in enumerate((p.pickup_code, carrier_label(p.carrier), p.waybill, who,
                                        str(p.age_days(today))), start=1):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self._update_fee()

    def _clear(self) -> None:
        self._lookup, self._person = None, None
        self.people.setVisible(False)
        self.who.setText("")
        self._show([])

    def selected_parcels(self) -> list[Parcel]:
        return [p for row, p in enumerate(self._parcels)
                if self.table.item(row, 0) and self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _update_fee(self) -> None:
        chosen = self.selected_parcels() if self._parcels else []
        fee = 0 if self.waive.isChecked() or not chosen else self._desk.handover.fee_due(chosen)
        self._fee = fee
        self.fee_label.setText(self.tr("Storage fee: {fee}").format(fee=format_fen(fee)) if fee else "")
        for widget in (self.method, self.reference):
            widget.setVisible(bool(fee))

    def _choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signature or photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.evidence.setText(path)

    # handing over -----------------------------------------------------------------------------------
    def hand_over(self) -> None:
        chosen = self.selected_parcels()
        if not chosen:
            self.message.show_error(self.tr("Find the parcels first (code, phone last 4 or waybill)."))
            self.query.setFocus()
            return
        ids = [p.id for p in chosen]
        method = Method(self.method.currentData()) if self._fee else None
        kwargs = {"picked_by": self.proxy.text(), "evidence_path": self.evidence.text(), "fee_method": method,
                  "fee_reference": self.reference.text(), "waive_fee": self.waive.isChecked(),
                  "print_receipt": self.receipt.isChecked()}
        desk, actor = self._desk, self._ctx.session.actor()
        self.hand_over_button.setEnabled(False)
        self._ctx.runner.run(lambda: with_changes(desk.handover.hand_over(actor, ids, **kwargs)), self._on_handed_over,
                             self._on_failed)

    def _on_handed_over(self, done: tuple[HandoverResult, Changes]) -> None:
        result = done[0]
        self.hand_over_button.setEnabled(True)
        self._last_handover = result.handover_id
        codes = "、".join(p.pickup_code for p in result.parcels)
        text = self.tr("Handed over {n}: {codes}").format(n=len(result.parcels), codes=codes)
        if result.fee_fen:
            text += self.tr(" · fee {fee} received").format(fee=format_fen(result.fee_fen))
        for field in (self.query, self.proxy, self.evidence, self.reference):
            field.clear()
        self.waive.setChecked(False)
        self._clear()
        self.message.show_info(text)
        self.query.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self.hand_over_button.setEnabled(True)
        self.message.show_error(message_for(exc))

    def undo_last(self) -> None:
        if not self._last_handover:
            self.message.show_error(self.tr("There is no handover to undo in this session."))
            return
        handover_id = self._last_handover
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: with_changes(desk.handover.undo_handover(actor, handover_id, "undo at the counter")),
                             self._on_undone, self._on_failed)

    def _on_undone(self, done: tuple[UndoResult, Changes]) -> None:
        result = done[0]
        self._last_handover = ""
        if result.refunded_fen:
            self.message.show_info(self.tr("Handover undone: the parcels are back on the shelf and the storage fee "
                                           "{fee} is paid back (a correcting entry in the ledger).").format(
                fee=format_fen(result.refunded_fen)))
        else:
            self.message.show_info(self.tr("Handover undone: the parcels are back on the shelf."))

    def refresh_figures(self) -> None:
        # figures are a convenience: an error is shown but never blocks the counter
        self.figures.refresh(self._ctx.runner, self._desk.intake.figures, lambda exc: self.message.show_error(
            message_for(exc)))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(PARCELS) and self.isVisible():
            self.refresh_figures()
