"""After log-in and after a page is built, what the window keeps is out of the collector's walks."""

from __future__ import annotations

import gc

from ui_support import set_up_station


def test_workspace_and_new_pages_are_frozen(qtbot, station_app):
    gc.unfreeze()
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)  # first run: set-up, then the shopkeeper logs in
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)
    gc.unfreeze()
    window.workspace.show_page("intake")  # built now, the first time it is shown
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)
    assert gc.get_freeze_count() > 1000  # the page's widgets and wrappers among them


def test_a_new_window_lets_the_old_one_be_collected(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)
    station_app.switch_language("en")  # a new window; the old one's objects go back to the collector
    assert gc.get_freeze_count() == 0
