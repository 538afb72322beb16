"""First run: name and code of the station, the shopkeeper and their PIN, the printer paper width."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine, PageTitle


class SetupPage(QWidget):
    station_created = Signal(object)  # the shopkeeper Operator, logged in

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addWidget(PageTitle(self.tr("Welcome! Let us set up this station")))
        intro = QLabel(self.tr("This is asked only once. Everything can be changed later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.station_name = QLineEdit()
        self.station_name.setPlaceholderText(self.tr("e.g. Hexing Village Service Station"))
        self.station_code = QLineEdit()
        self.station_code.setPlaceholderText(self.tr("e.g. HX-001"))
        self.shopkeeper = QLineEdit()
        self.pin = self._pin_field()
        self.pin_again = self._pin_field()
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.tr("Station code"), self.station_code)
        form.addRow(self.tr("Shopkeeper's name"), self.shopkeeper)
        form.addRow(self.tr("PIN (4-6 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        paper = QHBoxLayout()
        self.paper_58 = QRadioButton(self.tr("58 mm"))
        self.paper_80 = QRadioButton(self.tr("80 mm"))
        self.paper_58.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.paper_58)
        group.addButton(self.paper_80)
        paper.addWidget(self.paper_58)
        paper.addWidget(self.paper_80)
        paper.addStretch()
        form.addRow(self.tr("Receipt paper width"), paper)
        layout.addLayout(form)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.create_button = QPushButton(self.tr("Create the station"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create_clicked)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        for field in (self.station_name, self.station_code, self.shopkeeper, self.pin, self.pin_again):
            field.returnPressed.connect(self._on_create_clicked)

    @staticmethod
    def _pin_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(QIntValidator(0, 999999))
        field.setMaxLength(6)
        field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        return field

    def _on_create_clicked(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(message_for(DomainError("operator.pin_mismatch")))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        self.create_button.setEnabled(False)
        self.message.show_info(self.tr("Creating the station…"))
        setup = self._ctx.services.setup
        values = {
            "name": self.station_name.text(), "code": self.station_code.text(),
            "shopkeeper_name": self.shopkeeper.text(), "pin": self.pin.text(),
            "paper_width_mm": 80 if self.paper_80.isChecked() else 58,
        }
        self._ctx.runner.run(lambda: setup.create_station(**values), self._on_created, self._on_failed)

    def _on_created(self, result: object) -> None:
        operator, _changes = result  # type: ignore[misc]
        self.create_button.setEnabled(True)
        self.message.clear_message()
        self.station_created.emit(operator)

    def _on_failed(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self.message.show_error(message_for(error))
