"""A new agent purchase: who, what (items from several platforms), shipping, fee, deposit.

The fee and total follow the station's fee rule as the operator types; saving creates the order, takes
the deposit and queues the receipt in one transaction. On an error nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.money import format_fen, parse_yuan
from station.domain.people import Person
from station.domain.phones import mask_phone
from station.domain.purchases import ItemDraft, Platform, make_item
from station.ui.context import UiContext
from station.ui.dialogs.person_dialog import PersonDialog
from station.ui.messages import message_for
from station.ui.pages.purchase_labels import method_names, platform_names, receipt_labels
from station.ui.widgets.common import MessageLine

NAME, PLATFORM, LINK, SPEC, QUANTITY, PRICE = range(6)


class PurchaseOrderDialog(QDialog):
    saved = Signal(object)  # OrderDetail

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person: Person | None = None
        self.setWindowTitle(self.tr("New agent purchase"))
        self.setMinimumSize(900, 680)
        layout = QVBoxLayout(self)
        # -- who ---------------------------------------------------------------------------------
        who = QHBoxLayout()
        self.person_search = QLineEdit()
        self.person_search.setPlaceholderText(self.tr("Customer: name, pinyin initials or last 4 digits of the phone"))
        self.person_search.textChanged.connect(self._search_people)
        who.addWidget(self.person_search, 1)
        self.new_person_button = QPushButton(self.tr("New person"))
        self.new_person_button.clicked.connect(self._new_person)
        who.addWidget(self.new_person_button)
        layout.addLayout(who)
        self.people = QListWidget()
        self.people.setMaximumHeight(64)
        self.people.currentItemChanged.connect(self._on_person_chosen)
        layout.addWidget(self.people)
        self.person_label = QLabel(self.tr("No customer chosen yet."))
        self.person_label.setObjectName("InfoText")
        layout.addWidget(self.person_label)
        # -- what --------------------------------------------------------------------------------
        self.items = QTableWidget(0, 6)
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Platform"), self.tr("Link or product id"),
                                              self.tr("Size / colour"), self.tr("Quantity"), self.tr("Unit price")])
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.itemChanged.connect(self._update_quote)
        self.items.setMinimumHeight(170)
        layout.addWidget(self.items, 1)
        rows = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.clicked.connect(lambda: self.add_item_row())
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.remove_item_button.clicked.connect(self._remove_item_row)
        rows.addWidget(self.add_item_button)
        rows.addWidget(self.remove_item_button)
        rows.addStretch()
        layout.addLayout(rows)
        # -- money -------------------------------------------------------------------------------
        grid = QGridLayout()  # two columns: the form stays readable at 1024 x 768
        self.shipping = QLineEdit("0")
        self.shipping.textChanged.connect(self._update_quote)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("InfoText")
        self.deposit = QLineEdit("0")
        self.method = QComboBox()
        for code, name in method_names().items():
            if code != Method.BANK:
                self.method.addItem(name, code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction number of a mobile payment"))
        self.note = QLineEdit()
        grid.addWidget(QLabel(self.tr("Shipping (yuan)")), 0, 0)
        grid.addWidget(self.shipping, 0, 1)
        grid.addWidget(QLabel(self.tr("Note")), 0, 2)
        grid.addWidget(self.note, 0, 3)
        grid.addWidget(QLabel(self.tr("Total")), 1, 0)
        grid.addWidget(self.quote_label, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Deposit taken now (yuan)")), 2, 0)
        grid.addWidget(self.deposit, 2, 1)
        grid.addWidget(QLabel(self.tr("Paid by")), 2, 2)
        grid.addWidget(self.method, 2, 3)
        grid.addWidget(QLabel(self.tr("Payment reference")), 3, 2)
        grid.addWidget(self.reference, 3, 3)
        layout.addLayout(grid)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and print receipt"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_item_row()

    # -- people ----------------------------------------------------------------------------------
    def _search_people(self) -> None:
        self.people.clear()
        try:
            found = self._ctx.services.people.search(self.person_search.text())
        except DomainError:
            return
        for person in found:
            phones = " ".join(mask_phone(p) for p in person.phones)
            entry = QListWidgetItem(f"{person.name}  {phones}  {person.village}".strip())
            entry.setData(Qt.ItemDataRole.UserRole, person)
            self.people.addItem(entry)
        if found:
            self.people.setCurrentRow(0)

    def _on_person_chosen(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.choose_person(current.data(Qt.ItemDataRole.UserRole))

    def choose_person(self, person: Person) -> None:
        self._person = person
        phones = " ".join(mask_phone(p) for p in person.phones)
        self.person_label.setText(self.tr("Customer: {name} {phones} {village}").format(
            name=person.name, phones=phones, village=person.village))

    def _new_person(self) -> None:
        dialog = PersonDialog(self._ctx, None, self)
        text = self.person_search.text().strip()
        if text and not text.isdigit():
            dialog.name.setText(text)
        dialog.saved.connect(self.choose_person)
        self.person_dialog = dialog
        dialog.open()

    # -- items -----------------------------------------------------------------------------------
    def add_item_row(self, name: str = "", platform: str = Platform.TAOBAO, quantity: str = "1", price: str = "",
                     link: str = "", spec: str = "") -> int:
        row = self.items.rowCount()
        self.items.blockSignals(True)
        self.items.insertRow(row)
        for col, value in ((NAME, name), (LINK, link), (SPEC, spec), (QUANTITY, quantity), (PRICE, price)):
            self.items.setItem(row, col, QTableWidgetItem(value))
        combo = QComboBox()
        for code, label in platform_names().items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(str(platform))))
        self.items.setCellWidget(row, PLATFORM, combo)
        self.items.blockSignals(False)
        self._update_quote()
        return row

    def _remove_item_row(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._update_quote()

    def _cell(self, row: int, col: int) -> str:
        item = self.items.item(row, col)
        return item.text().strip() if item else ""

    def item_drafts(self) -> list[ItemDraft]:
        """Validate every line; raises the first problem with its line number."""
        drafts = []
        for row in range(self.items.rowCount()):
            if not any(self._cell(row, c) for c in (NAME, LINK, SPEC, PRICE)):
                continue  # an empty spare line
            quantity_text = self._cell(row, QUANTITY)
            if not quantity_text.isdigit():
                raise DomainError("purchase.quantity_invalid", line=row + 1, max=999)
            combo = self.items.cellWidget(row, PLATFORM)
            drafts.append(make_item(self._cell(row, NAME), combo.currentData(), int(quantity_text),
                                    _yuan(self._cell(row, PRICE), row + 1), self._cell(row, LINK),
                                    self._cell(row, SPEC), position=row + 1))
        return drafts

    def _update_quote(self) -> None:
        try:
            quote = self._ctx.services.purchases.quote(self.item_drafts(), parse_yuan(self.shipping.text() or "0"))
        except DomainError:
            self.quote_label.setText("—")
            return
        self.quote_label.setText(self.tr("goods {goods} + shipping {shipping} + service fee {fee} = {total}").format(
            goods=format_fen(quote.goods_fen), shipping=format_fen(quote.shipping_fen), fee=format_fen(quote.fee_fen),
            total=format_fen(quote.total_fen)))

    # -- save ------------------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        if self._person is None:
            self.message.show_error(self.tr("Choose the customer first (search above, or New person)."))
            return
        try:
            items = self.item_drafts()
            shipping = parse_yuan(self.shipping.text() or "0")
            deposit = parse_yuan(self.deposit.text() or "0")
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        purchases, actor, person_id = self._ctx.services.purchases, self._ctx.session.actor(), self._person.id
        method, reference, note, labels = (Method(self.method.currentData()), self.reference.text(), self.note.text(),
                                           receipt_labels())
        self.buttons.setEnabled(False)
        self._ctx.runner.run(
            lambda: purchases.create(actor, person_id=person_id, items=items, shipping_fen=shipping,
                                     deposit_fen=deposit, method=method, reference=reference, note=note,
                                     labels=labels),
            self._on_saved, self._on_failed)

    def _on_saved(self, result: object) -> None:
        detail, _changes = result  # type: ignore[misc]
        self.buttons.setEnabled(True)
        self.saved.emit(detail)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(message_for(error))


def _yuan(text: str, line: int) -> int:
    try:
        return parse_yuan(text)
    except DomainError as exc:
        raise DomainError("purchase.price_invalid", line=line, max=50_000) from exc
