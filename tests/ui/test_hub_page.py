"""The station connects to a real hub on loopback from its settings page, and its records arrive there."""

from __future__ import annotations

import sys
from pathlib import Path

from ui_support import enrol_on_hub_tab, set_up_station, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from sync_support import HubThread, hub_records, sqlite_hub_url


def test_enrol_from_the_settings_page_and_records_reach_the_hub(qtbot, station_app, tmp_path):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    assert "尚未连接" in window.sync_status.text()
    with HubThread(sqlite_hub_url(tmp_path)) as hub:
        page = enrol_on_hub_tab(qtbot, station_app, window, hub)
        station_app.services.people.create(station_app.session.actor(), name="张三", phones=["13812345678"])
        station_app.sync.sync_now(force=True)
        qtbot.waitUntil(lambda: station_app.sync.status()["records_waiting"] == 0 and
                        bool(station_app.sync.status()["last_success_at"]), timeout=20000)
        kinds = {r for r, _ in hub_records(hub.engine)}
        assert len(kinds) >= 3  # station set-up, the shopkeeper, the person
        def settled() -> bool:
            window._refresh_sync_status()
            return "已连接" in window.sync_status.text() and "0 条待上传" in window.sync_status.text()

        qtbot.waitUntil(settled, timeout=20000)
        # a wrong code is explained, nothing breaks
        page.qr_text.setText("not a code")
        page.enrol_button.click()
        wait_idle(qtbot, station_app)
        assert page.message.objectName() == "ErrorText"
