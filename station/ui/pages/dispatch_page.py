"""寄件: sender with real-name record, open-box check, destination, weight, price, payment, courier list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.money import format_fen
from station.domain.parcel_dispatch import Dispatch, IdType
from station.domain.people import Person
from station.domain.phones import mask_phone
from station.domain.tariffs import PROVINCES
from station.domain.weights import format_grams, parse_weight
from station.services.parcels.common import DISPATCH
from station.services.parcels.dispatch import DispatchDraft, Quote
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import carrier_label
from station.ui.widgets.common import MessageLine, PageTitle

DISPATCH_CARRIERS = ("zto", "yto", "yunda", "sto", "jt", "sf", "ems", "jd")


class DispatchPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._people: list[Person] = []
        self._sender: Person | None = None
        self._waiting: list[Dispatch] = []
        self.quote: Quote | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # a small screen or a longer language scrolls instead of squeezing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(PageTitle(self.tr("Send a parcel")))
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        sender_box = QGroupBox(self.tr("Sender (real name)"))
        sender_form = QFormLayout(sender_box)
        self.sender_search = QLineEdit()
        self.sender_search.setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        self.sender_search.textEdited.connect(self._search_sender)
        self.sender_list = QListWidget()
        self.sender_list.setMaximumHeight(56)
        self.sender_list.currentRowChanged.connect(self._on_sender_chosen)
        self.id_type = QComboBox()
        for value, text in ((IdType.RESIDENT, self.tr("Resident ID card")), (IdType.PASSPORT, self.tr("Passport")),
                            (IdType.HK_MACAO_TAIWAN, self.tr("HK/Macao/Taiwan permit")),
                            (IdType.OTHER, self.tr("Other ID"))):
            self.id_type.addItem(text, str(value))
        self.id_number = QLineEdit()
        self.id_number.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # not readable from across the counter
        self.contents = QLineEdit()
        self.contents.setPlaceholderText(self.tr("What is inside"))
        self.inspected = QCheckBox(self.tr("Opened and inspected"))
        sender_form.addRow(self.tr("Find"), self.sender_search)
        sender_form.addRow("", self.sender_list)
        sender_form.addRow(self.tr("ID type"), self.id_type)
        sender_form.addRow(self.tr("ID number"), self.id_number)
        sender_form.addRow(self.tr("Contents"), self.contents)
        sender_form.addRow("", self.inspected)
        left.addWidget(sender_box)
        dest_box = QGroupBox(self.tr("Recipient"))
        dest_form = QFormLayout(dest_box)
        self.dest_name = QLineEdit()
        self.dest_phone = QLineEdit()
        self.province = QComboBox()
        for province in PROVINCES:
            self.province.addItem(province, province)
        self.address = QLineEdit()
        dest_form.addRow(self.tr("Name"), self.dest_name)
        dest_form.addRow(self.tr("Phone"), self.dest_phone)
        dest_form.addRow(self.tr("Province"), self.province)
        dest_form.addRow(self.tr("Address"), self.address)
        left.addWidget(dest_box)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        parcel_box = QGroupBox(self.tr("Parcel and price"))
        parcel_form = QFormLayout(parcel_box)
        self.carrier = QComboBox()
        for code in DISPATCH_CARRIERS:
            self.carrier.addItem(carrier_label(code), code)
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("empty = from the scale"))
        sizes = QHBoxLayout()
        self.length, self.width, self.height = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.length, self.width, self.height):
            spin.setRange(0, 300)
            spin.setMinimumWidth(70)
            sizes.addWidget(spin)
        self.quote_button = QPushButton(self.tr("Weigh and price"))
        self.quote_button.clicked.connect(self.price)
        self.price_label = QLabel()
        self.price_label.setStyleSheet("font-size: 24pt; font-weight: bold; color: #0b3d91;")
        self.price_detail = QLabel()
        self.price_detail.setWordWrap(True)
        self.price_detail.setStyleSheet("color: #33414f; font-size: 12pt;")
        parcel_form.addRow(self.tr("Carrier"), self.carrier)
        parcel_form.addRow(self.tr("Weight"), self.weight)
        parcel_form.addRow(self.tr("Size (cm)"), sizes)
        parcel_form.addRow("", self.quote_button)
        parcel_form.addRow(self.price_label)
        parcel_form.addRow(self.price_detail)
        self.method = QComboBox()
        for method, text in ((Method.CASH, self.tr("Cash")), (Method.WECHAT, self.tr("WeChat Pay")),
                             (Method.ALIPAY, self.tr("Alipay"))):
            self.method.addItem(text, str(method))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction number"))
        self.reference.setMinimumWidth(80)
        self.receipt = QCheckBox(self.tr("Receipt"))
        self.receipt.setChecked(True)
        payment = QHBoxLayout()
        payment.addWidget(self.method)
        payment.addWidget(self.reference, 1)
        parcel_form.addRow(self.tr("Payment"), payment)
        self.accept_button = QPushButton(self.tr("Paid: accept"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.receipt)
        accept_row.addWidget(self.accept_button, 1)
        parcel_form.addRow(accept_row)
        right.addWidget(parcel_box)
        courier_box = QGroupBox(self.tr("Waiting for the courier"))
        courier_layout = QVBoxLayout(courier_box)
        self.waiting_table = QTableWidget(0, 4)
        self.waiting_table.setMinimumHeight(80)
        self.waiting_table.setMaximumHeight(130)
        self.waiting_table.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Sender"), self.tr("To"),
                                                      self.tr("Weight")])
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_table.verticalHeader().setVisible(False)
        self.waiting_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        courier_layout.addWidget(self.waiting_table)
        handoff = QHBoxLayout()
        self.courier = QLineEdit()
        self.courier.setPlaceholderText(self.tr("Courier's name"))
        self.courier.setMinimumWidth(80)
        handoff.addWidget(self.courier, 1)
        self.handoff_button = QPushButton(self.tr("Hand to courier"))
        self.handoff_button.clicked.connect(self.hand_to_courier)
        handoff.addWidget(self.handoff_button)
        courier_layout.addLayout(handoff)
        right.addWidget(courier_box, 1)
        right.addStretch()
        columns.addLayout(right, 2)
        self.message = MessageLine()
        layout.addWidget(self.message)
        ctx.runner.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_waiting()

    def _search_sender(self) -> None:
        self._people = self._ctx.services.people.search(self.sender_search.text())
        self.sender_list.clear()
        for person in self._people:
            self.sender_list.addItem(f"{person.name}  {' '.join(mask_phone(p) for p in person.phones)}")
        if len(self._people) == 1:
            self.sender_list.setCurrentRow(0)

    def _on_sender_chosen(self, row: int) -> None:
        self._sender = self._people[row] if 0 <= row < len(self._people) else None

    def _draft(self) -> DispatchDraft:
        if self._sender is None:
            raise DomainError("dispatch.sender_missing")
        typed = self.weight.text().strip()
        return DispatchDraft(
            sender_person_id=self._sender.id, id_type=IdType(self.id_type.currentData()),
            id_number=self.id_number.text(), contents=self.contents.text(), inspected=self.inspected.isChecked(),
            dest_name=self.dest_name.text(), dest_phone=self.dest_phone.text(),
            dest_province=self.province.currentData(), dest_address=self.address.text(),
            carrier=self.carrier.currentData(), weight_g=parse_weight(typed) if typed else None,
            length_cm=self.length.value(), width_cm=self.width.value(), height_cm=self.height.value())

    def price(self) -> None:
        try:
            self.quote = self._desk.dispatch.quote(self._draft())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        q = self.quote
        self.price_label.setText(format_fen(q.price_fen))
        self.price_detail.setText(self.tr("Charged {chargeable} (actual {actual}, by volume {volume})").format(
            chargeable=format_grams(q.chargeable_g), actual=format_grams(q.weight_g),
            volume=format_grams(q.volumetric_g)))
        self.message.clear_message()

    def accept(self) -> None:
        try:
            draft = self._draft()
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        method, reference, receipt = Method(self.method.currentData()), self.reference.text(), self.receipt.isChecked()
        desk, actor = self._desk, self._ctx.session.actor()
        self.accept_button.setEnabled(False)
        self._ctx.runner.run(lambda: desk.dispatch.accept(actor, draft, method, reference, receipt),
                             self._on_accepted, self._on_failed)

    def _on_accepted(self, result: tuple[Dispatch, Changes]) -> None:
        dispatch, _ = result
        self.accept_button.setEnabled(True)
        self.message.show_info(self.tr("Accepted: {carrier} to {province}, {price} received. ID {id}.").format(
            carrier=carrier_label(dispatch.carrier), province=dispatch.destination.province,
            price=format_fen(dispatch.price_fen), id=dispatch.id_number))
        for field in (self.id_number, self.contents, self.dest_name, self.dest_phone, self.address, self.weight,
                      self.reference):
            field.clear()
        self.inspected.setChecked(False)
        self.price_label.clear()
        self.price_detail.clear()

    def _on_failed(self, exc: Exception) -> None:
        self.accept_button.setEnabled(True)
        self.handoff_button.setEnabled(True)
        self.message.show_error(message_for(exc))

    def refresh_waiting(self) -> None:
        try:
            self._waiting = self._desk.dispatch.waiting_for_courier(self._ctx.session.actor())
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.waiting_table.setRowCount(len(self._waiting))
        for row, d in enumerate(self._waiting):
            for col, text in enumerate((carrier_label(d.carrier), d.sender_name, d.destination.province,
                                        format_grams(d.chargeable_g))):
                self.waiting_table.setItem(row, col, QTableWidgetItem(text))

    def hand_to_courier(self) -> None:
        if not self._waiting:
            self.message.show_error(self.tr("Nothing is waiting for the courier."))
            return
        ids, courier = [d.id for d in self._waiting], self.courier.text()
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: desk.dispatch.hand_to_courier(actor, ids, courier, print_list=True),
                             lambda _r: self.message.show_info(self.tr("Handed to {courier}; the list is printing.")
                                                               .format(courier=courier)), self._on_failed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(DISPATCH) and self.isVisible():
            self.refresh_waiting()
