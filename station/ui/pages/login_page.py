"""PIN login: pick your name, type your PIN, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station.domain.operators import Role
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine, PageTitle


def role_label(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Role.SHOPKEEPER: QCoreApplication.translate("Roles", "Shopkeeper"),
        Role.CLERK: QCoreApplication.translate("Roles", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.TRAINER: QCoreApplication.translate("Roles", "Trainer"),
    }[role]


class LoginPage(QWidget):
    logged_in = Signal(object)  # Operator

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        self.station_label = QLabel()
        self.station_label.setObjectName("PageTitle")
        layout.addWidget(self.station_label)
        layout.addWidget(PageTitle(self.tr("Log in")))
        form = QFormLayout()
        self.operator_box = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QIntValidator(0, 999999))
        self.pin.setMaxLength(6)
        self.pin.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.pin.returnPressed.connect(self._on_login_clicked)
        form.addRow(self.tr("Operator"), self.operator_box)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._on_login_clicked)
        layout.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def refresh(self) -> None:
        services = self._ctx.services
        station = services.setup.station() or {}
        self.station_label.setText(f"{station.get('name', '')}  {station.get('code', '')}")
        current = self.operator_box.currentData()
        self.operator_box.clear()
        for op in services.auth.operators():
            self.operator_box.addItem(f"{op.name} · {role_label(op.role)}", op.id)
        if current:
            index = self.operator_box.findData(current)
            if index >= 0:
                self.operator_box.setCurrentIndex(index)
        self.pin.clear()
        self.message.clear_message()
        self.pin.setFocus()

    def _on_login_clicked(self) -> None:
        operator_id = self.operator_box.currentData()
        if not operator_id:
            return
        pin = self.pin.text()
        self.login_button.setEnabled(False)
        auth = self._ctx.services.auth
        self._ctx.runner.run(lambda: auth.login(operator_id, pin), self._on_logged_in, self._on_failed)

    def _on_logged_in(self, operator: object) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.message.clear_message()
        self.logged_in.emit(operator)

    def _on_failed(self, error: Exception) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.show_error(message_for(error))
