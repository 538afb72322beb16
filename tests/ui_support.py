"""Helpers for pytest-qt tests: wait for background service calls, set up a station by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.app import StationApp


def wait_idle(qtbot, app: StationApp) -> None:
    """Let background service calls finish and their callbacks run on the GUI thread."""
    qtbot.waitUntil(lambda: not app.runner._jobs, timeout=10000)
    qtbot.wait(20)


def set_up_station(qtbot, app: StationApp, window) -> None:
    page = window.setup_page
    for field in (page.station_name, page.station_code, page.shopkeeper, page.pin, page.pin_again):
        field.clear()
    page.station_name.insert("和兴村服务站")  # IME commit
    qtbot.keyClicks(page.station_code, "hx-001")
    page.shopkeeper.insert("王秀英")  # IME commit
    qtbot.keyClicks(page.pin, "2580")
    qtbot.keyClicks(page.pin_again, "2580")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
