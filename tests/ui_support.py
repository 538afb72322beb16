"""Helpers for pytest-qt tests: wait for background service calls, set up a station by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.app import StationApp


def wait_idle(qtbot, app: StationApp) -> None:
    """Let background service calls finish and their callbacks run on the GUI thread."""
    qtbot.waitUntil(app.runner.idle, timeout=10000)
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


def enrol_on_hub_tab(qtbot, app: StationApp, window, hub):  # type: ignore[no-untyped-def]
    """Scan the hub's enrolment QR into the settings page's hub tab, as the shopkeeper does; the page."""
    from station.hub import stations
    from station.sync import wire

    token = stations.create_enrol_token(hub.engine, "HX")
    qr = wire.qr_payload(hub.url, token, wire.key_fingerprint(wire.public_key_text(stations.hub_key(hub.engine))))
    qtbot.keyClick(window, Qt.Key.Key_F8)
    settings = window.workspace.settings_page
    settings.show_tab("hub")
    page = settings.hub_page
    page.qr_text.setText(qr)
    page.enrol_button.click()
    wait_idle(qtbot, app)
    assert hub.url in page.message.text(), page.message.text()
    return page
