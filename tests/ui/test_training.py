"""Training mode: its own database, simulated devices driven from the trainer's panel, virtual printer."""

from __future__ import annotations

import sqlite3

import pytest
from ui_support import wait_idle

from station.app import StationApp
from station.paths import resolve_paths
from station.settings import Settings


@pytest.fixture
def training_app(qapp, station_home):
    paths = resolve_paths(str(station_home)).ensure()
    app = StationApp(qapp, paths, Settings(paths.settings_file), training=True)
    app.open_storage()
    yield app
    if app.window is not None:
        app.window.close()
    app.close()


def test_training_mode_uses_simulators_and_a_separate_database(qtbot, training_app, station_home):
    window = training_app.show_window()
    qtbot.addWidget(window)
    assert window.training_banner.isVisible() and window.training_panel.isVisible()
    assert window.stack.currentWidget() is window.login_page  # a practice station is ready
    window.login_page.pin.setText("1357")
    window.login_page.login_button.click()
    wait_idle(qtbot, training_app)
    assert window.stack.currentWidget() is window.workspace
    assert training_app.services.people.count() == 300
    assert (station_home / "training" / "training.sqlite3").exists()
    assert not (station_home / "station.sqlite3").exists()
    conn = sqlite3.connect(station_home / "training" / "training.sqlite3")
    assert conn.execute("SELECT value FROM sync_state WHERE key = 'training'").fetchone() == ("1",)
    conn.close()

    panel = window.training_panel
    qtbot.waitUntil(lambda: len(training_app.bridge.states) >= 4, timeout=5000)
    with qtbot.waitSignal(training_app.bridge.scan_received, timeout=5000) as scan:
        panel.code.setText("ZT78123456789012")
        panel.scan_button.click()
    assert scan.args[0] == "ZT78123456789012"
    panel.weight.setText("38.6")
    panel.weigh_button.click()
    qtbot.waitUntil(lambda: training_app.bridge.latest_stable_grams() == 38600, timeout=8000)

    training_app.print_queue.print_self_test(training_app.session.actor(), "receipt_printer")
    training_app.work_print_queue()
    wait_idle(qtbot, training_app)
    qtbot.waitUntil(lambda: bool(training_app.simulators.receipt_preview()), timeout=8000)
    panel.show_receipt.click()
    assert panel.preview.pixmap() is not None and 200 <= panel.preview.pixmap().width() <= 384


def test_reset_training_starts_from_fresh_demo_data(qtbot, training_app):
    window = training_app.show_window()
    qtbot.addWidget(window)
    operator = training_app.services.auth.operators()[0]
    training_app.services.people.create(operator, name="练习人", phones=["13900009999"])
    assert training_app.services.people.search("练习人")
    window.training_panel.reset_button.click()
    window.training_panel.confirm_reset.click()
    new_window = training_app.window
    qtbot.addWidget(new_window)
    assert new_window is not window
    assert training_app.services.people.search("练习人") == []
    assert training_app.services.people.count() == 300
