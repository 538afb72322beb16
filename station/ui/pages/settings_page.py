"""Settings: language, operators, backups and restore, the station's identity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
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
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import OPERATORS, Changes
from station.domain.operators import Role
from station.settings import LANGUAGE
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.devices_page import DevicesPage
from station.ui.pages.hub_page import HubPage
from station.ui.pages.login_page import role_label
from station.ui.pages.print_jobs_page import PrintJobsPage
from station.ui.translation import LANGUAGES
from station.ui.widgets.common import MessageLine, PageTitle


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    restored = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        outer = QVBoxLayout(self)
        outer.addWidget(PageTitle(self.tr("Settings")))
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        layout = QVBoxLayout(general)
        top = QHBoxLayout()
        top.addWidget(self._language_box(), 1)
        top.addWidget(self._station_box(), 2)
        layout.addLayout(top)
        layout.addWidget(self._operators_box())
        layout.addWidget(self._backups_box(), 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.tabs.addTab(general, self.tr("General"))
        self.devices_page = DevicesPage(ctx)
        scroll = QScrollArea()  # the device page is taller than a 768-line screen allows
        scroll.setWidget(self.devices_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, self.tr("Devices"))
        self.print_jobs_page = PrintJobsPage(ctx)
        self.tabs.addTab(self.print_jobs_page, self.tr("Print jobs"))
        self.hub_page = HubPage(ctx)
        self.tabs.addTab(self.hub_page, self.tr("Township hub"))
        ctx.runner.changed.connect(self._on_changed)

    def show_tab(self, name: str) -> None:
        """'general', 'devices', 'print_jobs' or 'hub'."""
        self.tabs.setCurrentIndex(("general", "devices", "print_jobs", "hub").index(name))

    # -- language -----------------------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self._ctx.settings.get(LANGUAGE)))
        self.language.activated.connect(self._on_language_activated)
        form.addRow(self.tr("Language"), self.language)
        return box

    def _on_language_activated(self) -> None:
        code = self.language.currentData()
        if code != self._ctx.settings.get(LANGUAGE):
            self._ctx.settings.set(LANGUAGE, code)
            self.language_chosen.emit(code)

    # -- station ------------------------------------------------------------------------------------
    def _station_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This station"))
        form = QFormLayout(box)
        self.station_name = QLabel()
        self.station_code = QLabel()
        self.paper = QLabel()
        form.addRow(self.tr("Name"), self.station_name)
        form.addRow(self.tr("Code"), self.station_code)
        form.addRow(self.tr("Receipt paper"), self.paper)
        return box

    # -- operators ----------------------------------------------------------------------------------
    def _operators_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Operators"))
        layout = QVBoxLayout(box)
        self.operators = QTableWidget(0, 2)
        self.operators.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.operators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.operators.verticalHeader().setVisible(False)
        self.operators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators.setMaximumHeight(150)
        layout.addWidget(self.operators)
        row = QHBoxLayout()
        self.new_operator_name = QLineEdit()
        self.new_operator_name.setPlaceholderText(self.tr("Name"))
        self.new_operator_role = QComboBox()
        for role in (Role.CLERK, Role.SHOPKEEPER, Role.SUPERVISOR, Role.TRAINER):
            self.new_operator_role.addItem(role_label(role), str(role))
        self.new_operator_pin = QLineEdit()
        self.new_operator_pin.setPlaceholderText(self.tr("PIN (4-6 digits)"))
        self.new_operator_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_operator_pin.setValidator(QIntValidator(0, 999999))
        self.add_operator_button = QPushButton(self.tr("Add operator"))
        self.add_operator_button.clicked.connect(self._on_add_operator_clicked)
        for widget in (self.new_operator_name, self.new_operator_role, self.new_operator_pin,
                       self.add_operator_button):
            row.addWidget(widget)
        layout.addLayout(row)
        return box

    def _on_add_operator_clicked(self) -> None:
        auth = self._ctx.services.auth
        actor = self._ctx.session.actor()
        name, role, pin = (self.new_operator_name.text(), Role(self.new_operator_role.currentData()),
                           self.new_operator_pin.text())

        def done(result: object) -> None:
            self.new_operator_name.clear()
            self.new_operator_pin.clear()
            self.message.show_info(self.tr("Operator {name} added.").format(name=result[0].name))  # type: ignore[index]

        self._ctx.runner.run(lambda: auth.add_operator(actor, name, role, pin), done,
                             lambda exc: self.message.show_error(message_for(exc)))

    # -- backups ------------------------------------------------------------------------------------
    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(box)
        explain = QLabel(self.tr("A copy of the database is made every day and before every upgrade; the last "
                                 "14 of each kind are kept."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Kind"), self.tr("Size")])
        self.backups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backups.verticalHeader().setVisible(False)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.backups)
        row = QHBoxLayout()
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.backup_now_button.clicked.connect(self._on_backup_now_clicked)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.confirm_restore_button = QPushButton(self.tr("Yes, restore it"))
        self.confirm_restore_button.setVisible(False)
        self.confirm_restore_button.clicked.connect(self._on_confirm_restore_clicked)
        row.addWidget(self.backup_now_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.confirm_restore_button)
        row.addStretch()
        layout.addLayout(row)
        return box

    def _kind_label(self, kind: str) -> str:
        return {"daily": self.tr("Daily"), "manual": self.tr("By hand"), "pre": self.tr("Before a change"),
                }.get(kind, kind)

    def _on_backup_now_clicked(self) -> None:
        backups = self._ctx.services.backups
        actor = self._ctx.session.actor()
        self.backup_now_button.setEnabled(False)

        def done(_path: object) -> None:
            self.backup_now_button.setEnabled(True)
            self.message.show_info(self.tr("Backup taken."))
            self.refresh()

        def failed(exc: Exception) -> None:
            self.backup_now_button.setEnabled(True)
            self.message.show_error(message_for(exc))

        self._ctx.runner.run(lambda: backups.take_now(actor), done, failed)

    def _selected_backup(self) -> str | None:
        rows = self.backups.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups.item(rows[0].row(), 0).data(256)

    def _on_restore_clicked(self) -> None:
        if not self._selected_backup():
            self.message.show_error(self.tr("Select a backup first."))
            return
        self.message.show_error(self.tr("Restoring replaces everything recorded since that backup. A copy of "
                                        "today's database is kept first. Press “Yes, restore it” to go on."))
        self.confirm_restore_button.setVisible(True)

    def _on_confirm_restore_clicked(self) -> None:
        path = self._selected_backup()
        self.confirm_restore_button.setVisible(False)
        if not path:
            return
        backups = self._ctx.services.backups
        actor = self._ctx.session.actor()

        def done(_result: object) -> None:
            self.message.show_info(self.tr("Backup restored. Please log in again."))
            self.restored.emit()

        self._ctx.runner.run(lambda: backups.restore(actor, path), done,
                             lambda exc: self.message.show_error(message_for(exc)))

    # -- refresh ------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(OPERATORS):
            self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        station = services.setup.station() or {}
        self.station_name.setText(station.get("name", ""))
        self.station_code.setText(station.get("code", ""))
        self.paper.setText(self.tr("{mm} mm").format(mm=station.get("paper_width_mm", "")))
        operators = services.auth.operators()
        self.operators.setRowCount(len(operators))
        for row, op in enumerate(operators):
            self.operators.setItem(row, 0, QTableWidgetItem(op.name))
            self.operators.setItem(row, 1, QTableWidgetItem(role_label(op.role)))
        backups = services.backups.list()
        self.backups.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            item = QTableWidgetItem(str(backup["taken_at"]))
            item.setData(256, backup["path"])
            self.backups.setItem(row, 0, item)
            self.backups.setItem(row, 1, QTableWidgetItem(self._kind_label(str(backup["kind"]))))
            self.backups.setItem(row, 2, QTableWidgetItem(f"{int(backup['size']) // 1024} KB"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
