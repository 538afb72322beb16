"""The counter workspace: a side bar of large job buttons (F1-F8) and one page per job."""

from __future__ import annotations

from collections.abc import Callable

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


def _factories(ctx: UiContext) -> dict[str, Callable[[], QWidget]]:
    """Each job's page, built the first time it is shown: the login screen must not wait for eight pages
    (and their imports) the operator has not opened yet."""

    def intake() -> QWidget:
        from station.ui.pages.intake_page import IntakePage
        return IntakePage(ctx)

    def handover() -> QWidget:
        from station.ui.pages.parcels_tabs import ParcelsTabs
        return ParcelsTabs(ctx)  # pickup, overdue list and notices, stock-take

    def dispatch() -> QWidget:
        from station.ui.pages.dispatch_page import DispatchPage
        return DispatchPage(ctx)

    def purchases() -> QWidget:
        from station.ui.pages.purchases_page import PurchasesPage
        return PurchasesPage(ctx)

    def people() -> QWidget:
        from station.ui.pages.people_page import PeoplePage
        return PeoplePage(ctx)

    def day_close() -> QWidget:
        from station.ui.pages.day_close_page import DayClosePage
        return DayClosePage(ctx)

    def settings() -> QWidget:
        from station.ui.pages.settings_page import SettingsPage
        return SettingsPage(ctx)

    return {"intake": intake, "handover": handover, "dispatch": dispatch, "purchases": purchases,
            "people": people, "day_close": day_close, "settings": settings}


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
    page_built = Signal(str, QWidget)  # key, page: for wiring a page's own signals when it first exists

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
        self._factories = _factories(ctx)
        self._built: dict[str, QWidget] = {}
        entries = [(key, title, text) for key, title, text in _coming_pages()]
        entries.insert(5, ("people", self.tr("People"), ""))
        entries.append(("settings", self.tr("Settings"), ""))
        for number, (key, title, text) in enumerate(entries, start=1):
            if key not in self._factories:  # a job without its page yet: say what it will do
                self._factories[key] = lambda title=title, text=text: ComingPage(title, text)
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            button = QPushButton(f"F{number}  {title}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, k=key: self.pages.setCurrentWidget(self.page(k)))
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

    def page(self, key: str) -> QWidget:
        """The job's page, built now if this is the first time anyone asks for it."""
        built = self._built.get(key)
        if built is not None:
            return built
        index = list(self.buttons).index(key)
        stand_in = self.pages.widget(index)
        built = self._factories[key]()
        # opaque: a label changing on the page repaints the page, not the five widgets behind it too
        built.setAutoFillBackground(True)
        self.pages.insertWidget(index, built)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self._built[key] = built
        self.page_built.emit(key, built)
        return built

    # the pages by name (tests and the main window reach them like this)
    intake_page = property(lambda self: self.page("intake"))
    parcels_page = property(lambda self: self.page("handover"))
    dispatch_page = property(lambda self: self.page("dispatch"))
    purchases_page = property(lambda self: self.page("purchases"))
    people_page = property(lambda self: self.page("people"))
    day_close_page = property(lambda self: self.page("day_close"))
    settings_page = property(lambda self: self.page("settings"))

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
