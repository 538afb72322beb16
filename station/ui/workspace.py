"""The counter workspace: a side bar of large job buttons (F1-F8) and one page per job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.ui.context import UiContext
from station.ui.pages.coming_page import ComingPage
from station.ui.pages.day_close_page import DayClosePage
from station.ui.pages.dispatch_page import DispatchPage
from station.ui.pages.intake_page import IntakePage
from station.ui.pages.parcels_tabs import ParcelsTabs
from station.ui.pages.people_page import PeoplePage
from station.ui.pages.purchases_page import PurchasesPage
from station.ui.pages.settings_page import SettingsPage


def _coming_pages() -> list[tuple[str, str, str]]:
    return [
        ("intake", QCoreApplication.translate("Workspace", "Parcel intake"),
         QCoreApplication.translate("Workspace", "Scan a waybill to take a parcel in: carrier guessed, recipient matched, shelf slot and "
                        "pickup code assigned, arrival notice queued.")),
        ("handover", QCoreApplication.translate("Workspace", "Parcel pickup"),
         QCoreApplication.translate("Workspace", "Scan or type a pickup code or the last 4 digits of a phone, see every waiting parcel "
                        "of the person and hand several over at once.")),
        ("dispatch", QCoreApplication.translate("Workspace", "Send a parcel"),
         QCoreApplication.translate("Workspace", "Real-name sender record, open-box check, weight from the scale, price from the "
                        "carrier's tariff, payment and receipt.")),
        ("purchases", QCoreApplication.translate("Workspace", "Agent purchases"),
         QCoreApplication.translate("Workspace", "Order goods online for villagers: quote, deposit, tracking, automatic match of the "
                        "arriving parcel, handover with the balance.")),
        ("produce", QCoreApplication.translate("Workspace", "Farm produce"),
         QCoreApplication.translate("Workspace", "Weigh in farmers' produce, grade it, print lot labels with a trace QR code and "
                        "compliance certificates, export listings.")),
        ("day_close", QCoreApplication.translate("Workspace", "Day close"),
         QCoreApplication.translate("Workspace", "Count the cash drawer against the ledger, see the difference and its causes, print "
                        "the day report.")),
    ]


class Workspace(QWidget):
    logout_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QFrame()
        side.setObjectName("SideBar")
        side.setFixedWidth(230)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        self.station_name = QLabel()
        self.station_name.setObjectName("StationName")
        self.station_name.setWordWrap(True)
        side_layout.addWidget(self.station_name)
        self.pages = QStackedWidget()
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        entries: list[tuple[str, str, QWidget]] = [
            (key, title, ComingPage(title, text)) for key, title, text in _coming_pages()
        ]
        self.intake_page = IntakePage(ctx)
        self.parcels_page = ParcelsTabs(ctx)  # pickup, overdue list and notices, stock-take
        self.dispatch_page = DispatchPage(ctx)
        parcel_pages = {"intake": self.intake_page, "handover": self.parcels_page, "dispatch": self.dispatch_page}
        entries = [(key, title, parcel_pages.get(key, page)) for key, title, page in entries]
        self.purchases_page = PurchasesPage(ctx)
        self.day_close_page = DayClosePage(ctx)
        own_pages = {"purchases": self.purchases_page, "day_close": self.day_close_page}
        entries = [(key, title, own_pages.get(key, page)) for key, title, page in entries]
        self.people_page = PeoplePage(ctx)
        self.settings_page = SettingsPage(ctx)
        entries.insert(5, ("people", self.tr("People"), self.people_page))
        entries.append(("settings", self.tr("Settings"), self.settings_page))
        for number, (key, title, page) in enumerate(entries, start=1):
            button = QPushButton(f"F{number}  {title}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            index = self.pages.addWidget(page)
            button.clicked.connect(lambda _=False, i=index: self.pages.setCurrentIndex(i))
            self._group.addButton(button)
            side_layout.addWidget(button)
            self.buttons[key] = button
            QShortcut(QKeySequence(f"F{number}"), self, button.click)
        side_layout.addStretch()
        self.logout_button = QPushButton(self.tr("Log out (Ctrl+L)"))
        self.logout_button.clicked.connect(self.logout_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.logout_button.click)
        side_layout.addWidget(self.logout_button)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        self.pages.setContentsMargins(16, 8, 16, 8)

    def refresh(self) -> None:
        station = self._ctx.services.setup.station() or {}
        self.station_name.setText(station.get("name", ""))

    def show_page(self, key: str) -> None:
        self.buttons[key].click()

    def current_key(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return ""
