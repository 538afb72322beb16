"""The pickup workspace entry: handover, the overdue list with notices, and the stock-take, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from station.ui.context import UiContext
from station.ui.pages.handover_page import HandoverPage
from station.ui.pages.parcels_overdue_page import ParcelsOverduePage
from station.ui.pages.parcels_stocktake_page import ParcelsStocktakePage


class ParcelsTabs(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.handover = HandoverPage(ctx)
        self.overdue = ParcelsOverduePage(ctx)
        self.stocktake = ParcelsStocktakePage(ctx)
        self.tabs.addTab(self.handover, self.tr("Pickup"))
        self.tabs.addTab(self.overdue, self.tr("Overdue and notices"))
        self.tabs.addTab(self.stocktake, self.tr("Stock-take"))
        layout.addWidget(self.tabs)

    def on_scan(self, code: str) -> None:
        """Scans go to the tab on screen (the overdue list takes none)."""
        page = self.tabs.currentWidget()
        handler = getattr(page, "on_scan", None)
        if callable(handler):
            handler(code)
        else:
            self.tabs.setCurrentWidget(self.handover)
            self.handover.on_scan(code)
