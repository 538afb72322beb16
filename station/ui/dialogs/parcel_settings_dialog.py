"""Parcel settings: shelves and tiers, the pickup-code scheme, notice templates, fees, carrier tariffs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.money import format_fen, parse_yuan
from station.domain.parcels import ParcelSettings
from station.domain.pickup_codes import CodeStyle, ShelfSpec
from station.domain.tariffs import PROVINCES, Tariff, Zone
from station.domain.weights import parse_weight
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import carrier_label
from station.ui.widgets.common import MessageLine

TARIFF_CARRIERS = ("zto", "yto", "yunda", "sto", "jt", "sf", "ems", "jd")


class ParcelSettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._settings = self._desk.retention.settings()
        self.setWindowTitle(self.tr("Parcel settings"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)
        tabs.addTab(self._shelves_tab(), self.tr("Shelves and codes"))
        tabs.addTab(self._notices_tab(), self.tr("Notices and fees"))
        tabs.addTab(self._tariffs_tab(), self.tr("Tariffs"))
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # shelves and codes ------------------------------------------------------------------------------
    def _shelves_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.shelves = QTableWidget(0, 3)
        self.shelves.setHorizontalHeaderLabels([self.tr("Shelf"), self.tr("Tiers"), self.tr("Parcels per tier")])
        self.shelves.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.shelves.verticalHeader().setVisible(False)
        rows: dict[str, list[int]] = {}
        for slot in self._desk.retention.shelves():
            entry = rows.setdefault(slot.shelf, [0, slot.capacity])
            entry[0] = max(entry[0], slot.tier)
        for label, (tiers, capacity) in rows.items():
            self._add_shelf_row(label, tiers, capacity)
        layout.addWidget(self.shelves, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add shelf"))
        add.clicked.connect(lambda: self._add_shelf_row(str(self.shelves.rowCount() + 1), 4, 30))
        remove = QPushButton(self.tr("Remove selected shelf"))
        remove.clicked.connect(lambda: self.shelves.removeRow(self.shelves.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        form = QFormLayout()
        self.code_style = QComboBox()
        for style, example in ((CodeStyle.SHELF_TIER_SERIAL, "3-2-0417"), (CodeStyle.SHELF_SERIAL, "3-0417"),
                               (CodeStyle.SERIAL, "0417")):
            self.code_style.addItem(example, str(style))
        self.code_style.setCurrentIndex(self.code_style.findData(str(self._settings.code_style)))
        self.digits = QSpinBox()
        self.digits.setRange(3, 6)
        self.digits.setValue(self._settings.serial_digits)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 1440)
        self.cooldown.setSuffix(self.tr(" hours"))
        self.cooldown.setValue(self._settings.cooldown_hours)
        form.addRow(self.tr("Pickup code"), self.code_style)
        form.addRow(self.tr("Serial digits"), self.digits)
        form.addRow(self.tr("A freed code rests for"), self.cooldown)
        layout.addLayout(form)
        return page

    def _add_shelf_row(self, label: str, tiers: int, capacity: int) -> None:
        row = self.shelves.rowCount()
        self.shelves.insertRow(row)
        for col, value in enumerate((label, str(tiers), str(capacity))):
            self.shelves.setItem(row, col, QTableWidgetItem(value))

    def shelf_specs(self) -> list[ShelfSpec]:
        specs = []
        for row in range(self.shelves.rowCount()):
            cells = [self.shelves.item(row, col).text().strip() if self.shelves.item(row, col) else ""
                     for col in range(3)]
            try:
                specs.append(ShelfSpec(cells[0], int(cells[1]), int(cells[2])))
            except ValueError as exc:
                raise DomainError("shelf.tiers_invalid", max=20) from exc
        return specs

    # notices and fees -------------------------------------------------------------------------------
    def _notices_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        s = self._settings
        self.reminders = QLineEdit(", ".join(str(d) for d in s.reminder_days))
        self.overdue_days = QSpinBox()
        self.overdue_days.setRange(1, 365)
        self.overdue_days.setValue(s.overdue_days)
        self.free_days = QSpinBox()
        self.free_days.setRange(0, 60)
        self.free_days.setValue(s.free_days)
        self.fee = QLineEdit(format_fen(s.fee_per_day_fen, sign=False))
        self.cap = QLineEdit(format_fen(s.fee_cap_fen, sign=False))
        self.province = QComboBox()
        self.province.addItem("", "")
        for province in PROVINCES:
            self.province.addItem(province, province)
        self.province.setCurrentIndex(max(0, self.province.findData(s.station_province)))
        self.arrival = QLineEdit(s.arrival_template)
        self.arrival_many = QLineEdit(s.arrival_many_template)
        self.reminder = QLineEdit(s.reminder_template)
        self.purchase = QLineEdit(s.purchase_template)
        form.addRow(self.tr("Remind after (days)"), self.reminders)
        form.addRow(self.tr("Overdue after (days)"), self.overdue_days)
        form.addRow(self.tr("Free storage (days)"), self.free_days)
        form.addRow(self.tr("Fee per day after that (0 = none)"), self.fee)
        form.addRow(self.tr("Fee at most"), self.cap)
        form.addRow(self.tr("Station's province"), self.province)
        form.addRow(self.tr("Arrival SMS"), self.arrival)
        form.addRow(self.tr("Arrival SMS, several parcels"), self.arrival_many)
        form.addRow(self.tr("Reminder SMS"), self.reminder)
        form.addRow(self.tr("Purchase arrived SMS"), self.purchase)
        by_field = {"reminder_days": self.reminders, "overdue_days": self.overdue_days, "free_days": self.free_days,
                    "fee_per_day_fen": self.fee, "fee_cap_fen": self.cap, "arrival_template": self.arrival,
                    "arrival_many_template": self.arrival_many, "reminder_template": self.reminder,
                    "purchase_template": self.purchase}
        managed = [field for field in self._desk.retention.hub_managed() if field in by_field]
        for field in managed:  # the township decides these for every station: shown, not edited here
            by_field[field].setEnabled(False)
            by_field[field].setToolTip(self.tr("Set by the township hub for every station."))
        if managed:
            note = QLabel(self.tr("Greyed-out settings are set by the township hub for every station."))
            note.setWordWrap(True)
            form.insertRow(0, note)
        for line in (self.arrival, self.arrival_many, self.reminder, self.purchase):
            line.setCursorPosition(0)  # show the start of a long text, not its end
        return page

    def settings_from_form(self) -> ParcelSettings:
        try:
            days = tuple(int(part) for part in self.reminders.text().replace("，", ",").split(",") if part.strip())
        except ValueError as exc:
            raise DomainError("parcel_settings.days_invalid") from exc
        return replace(
            self._settings, code_style=CodeStyle(self.code_style.currentData()), serial_digits=self.digits.value(),
            cooldown_hours=self.cooldown.value(), reminder_days=days, overdue_days=self.overdue_days.value(),
            free_days=self.free_days.value(), fee_per_day_fen=parse_yuan(self.fee.text() or "0"),
            fee_cap_fen=parse_yuan(self.cap.text() or "0"), station_province=self.province.currentData(),
            arrival_template=self.arrival.text(), arrival_many_template=self.arrival_many.text(),
            reminder_template=self.reminder.text(), purchase_template=self.purchase.text())

    # tariffs ----------------------------------------------------------------------------------------
    def _tariffs_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tariffs = QTableWidget(0, 6)
        self.tariffs.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Zone"), self.tr("First weight"),
                                                self.tr("Additional"), self.tr("From"), self.tr("Until")])
        self.tariffs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tariffs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tariffs.verticalHeader().setVisible(False)
        layout.addWidget(self.tariffs, 1)
        row = QHBoxLayout()
        self.t_carrier = QComboBox()
        for code in TARIFF_CARRIERS:
            self.t_carrier.addItem(carrier_label(code), code)
        self.t_zone = QComboBox()
        for zone, text in ((Zone.LOCAL, self.tr("Same province")), (Zone.NATIONAL, self.tr("Other provinces")),
                           (Zone.REMOTE, self.tr("Remote"))):
            self.t_zone.addItem(text, str(zone))
        self.t_first = QLineEdit("10.00")
        self.t_step = QLineEdit("5.00")
        self.t_from = QLineEdit(date.today().isoformat())
        for widget, tip in ((self.t_first, self.tr("First kg price")), (self.t_step, self.tr("Each further kg")),
                            (self.t_from, self.tr("Valid from (YYYY-MM-DD)"))):
            widget.setPlaceholderText(tip)
            widget.setToolTip(tip)
        add = QPushButton(self.tr("Add tariff"))
        add.clicked.connect(self.add_tariff)
        for widget in (self.t_carrier, self.t_zone, self.t_first, self.t_step, self.t_from, add):
            row.addWidget(widget)
        layout.addLayout(row)
        self._fill_tariffs()
        return page

    def _fill_tariffs(self) -> None:
        zones = {str(Zone.LOCAL): self.tr("Same province"), str(Zone.NATIONAL): self.tr("Other provinces"),
                 str(Zone.REMOTE): self.tr("Remote")}
        rows = self._desk.dispatch.tariffs()
        self.tariffs.setRowCount(len(rows))
        for r, t in enumerate(rows):
            for col, text in enumerate((carrier_label(t.carrier), zones.get(str(t.zone), str(t.zone)),
                                        f"{t.first_weight_g // 1000} kg {format_fen(t.first_fen)}",
                                        f"+{t.step_g // 1000} kg {format_fen(t.step_fen)}", t.effective_from,
                                        t.effective_to)):
                self.tariffs.setItem(r, col, QTableWidgetItem(text))

    def add_tariff(self) -> None:
        try:
            tariff = Tariff(self.t_carrier.currentData(), Zone(self.t_zone.currentData()), parse_weight("1kg"),
                            parse_yuan(self.t_first.text()), parse_weight("1kg"), parse_yuan(self.t_step.text()),
                            self.t_from.text().strip())
            self._desk.dispatch.save_tariff(self._ctx.session.actor(), tariff)
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        self._fill_tariffs()
        self.message.show_info(self.tr("Tariff saved."))

    # saving -----------------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            settings, shelves = self.settings_from_form(), self.shelf_specs()
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: desk.retention.save_settings(actor, settings, shelves),
                             lambda _r: self.accept(), lambda exc: self.message.show_error(message_for(exc)))
