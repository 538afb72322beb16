"""The hub tab against a real hub on loopback: rotating the station key (and what a revoked station
sees), and the progress bar while a long backlog catches up."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from pathlib import Path

from ui_support import enrol_on_hub_tab, set_up_station, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from sqlalchemy import select
from sync_support import HubThread, hub_records, sqlite_hub_url

from station.domain.errors import DomainError
from station.hub import stations
from station.hub import tables as t
from station.storage.outbox import SqlOutbox
from station.sync import wire
from station.sync.client import HubClient
from station.ui.messages import message_for
from station.ui.pages.hub_page import sync_state_text


def _enrolled_hub_page(qtbot, station_app, hub):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    page = enrol_on_hub_tab(qtbot, station_app, window, hub)
    _wait_synced(qtbot, station_app)
    return window, page


def _wait_synced(qtbot, station_app) -> None:
    def synced() -> bool:
        st = station_app.sync.status()
        return st["state"] == "idle" and st["records_waiting"] == 0 and bool(st["last_success_at"])

    qtbot.waitUntil(synced, timeout=30000)


def _station_state(station_app, key: str) -> str | None:
    conn = sqlite3.connect(station_app.paths.database)
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    conn.close()
    return row[0] if row else None


def _identity(station_app) -> tuple[str, str]:
    conn = sqlite3.connect(station_app.paths.database)
    row = conn.execute("SELECT station_id, incarnation_id FROM sync_identity").fetchone()
    conn.close()
    return row[0], row[1]


def _hello_status(hub, station_id: str, incarnation_id: str, key_text: str) -> int:
    """Ask the hub with a given station key: 200 if it holds that key, 401 if not."""
    client = HubClient(hub.url, station_id, wire.private_key_from_text(key_text), stations.hub_key(hub.engine)
                       .public_key())
    try:
        body = wire.canonical_json({"protocol": wire.PROTOCOL_VERSION, "app_version": "0.1.0",
                                    "incarnation_id": incarnation_id, "next_seq": 1})
        return client.request("POST", "/v1/sync/hello", body, incarnation_id).status
    finally:
        client.close()


def test_rotate_the_station_key_from_the_hub_tab(qtbot, station_app, tmp_path):
    with HubThread(sqlite_hub_url(tmp_path)) as hub:
        _window, page = _enrolled_hub_page(qtbot, station_app, hub)
        sid, inc = _identity(station_app)
        old_key = _station_state(station_app, "station_key")
        assert page.rotate_button.isEnabled()

        page.rotate_button.click()
        assert page.confirm_rotate_button.isVisible()  # nothing happens without the second click
        assert _station_state(station_app, "station_key") == old_key
        page.confirm_rotate_button.click()
        wait_idle(qtbot, station_app)
        assert page.message.objectName() == "InfoText", page.message.text()
        assert not page.confirm_rotate_button.isVisible()

        new_key = _station_state(station_app, "station_key")
        assert new_key and new_key != old_key
        assert _station_state(station_app, "station_key_next") is None
        with hub.engine.begin() as conn:
            held = conn.execute(select(t.station.c.public_key).where(t.station.c.station_id == sid)).scalar_one()
        assert held == wire.public_key_text(wire.private_key_from_text(new_key))
        assert _hello_status(hub, sid, inc, old_key) == 401  # the old key is refused
        assert _hello_status(hub, sid, inc, new_key) == 200

        before = len(hub_records(hub.engine))
        station_app.services.people.create(station_app.session.actor(), name="李四", phones=["13912345678"])
        station_app.sync.sync_now(force=True)
        qtbot.waitUntil(lambda: len(hub_records(hub.engine)) > before, timeout=20000)
        _wait_synced(qtbot, station_app)
        assert station_app.sync.status()["last_error"] is None


def test_a_revoked_station_is_told_plainly_and_keeps_recording(qtbot, station_app, tmp_path):
    with HubThread(sqlite_hub_url(tmp_path)) as hub:
        window, page = _enrolled_hub_page(qtbot, station_app, hub)
        sid, _inc = _identity(station_app)
        old_key = _station_state(station_app, "station_key")
        stations.set_status(hub.engine, sid, "revoked")

        page.rotate_button.click()
        page.confirm_rotate_button.click()
        wait_idle(qtbot, station_app)
        assert page.message.objectName() == "ErrorText"
        assert message_for(DomainError("sync.revoked")) not in page.message.text()  # its own plain sentence
        assert _station_state(station_app, "station_key") == old_key

        # the counter goes on: a new person is saved and waits for the hub
        station_app.services.people.create(station_app.session.actor(), name="王五", phones=["13712345678"])
        station_app.sync.sync_now(force=True)
        qtbot.waitUntil(lambda: station_app.sync.status()["last_error"] == "sync.revoked", timeout=20000)
        assert station_app.sync.status()["records_waiting"] >= 1
        window._refresh_sync_status()
        assert message_for(DomainError("sync.revoked")) in window.sync_status.text()


def test_catch_up_progress_bar_follows_a_long_backlog(qtbot, station_app, tmp_path):
    backlog = 3000
    with HubThread(sqlite_hub_url(tmp_path)) as hub:
        window, page = _enrolled_hub_page(qtbot, station_app, hub)
        assert not page.catch_up_box.isVisible()
        with station_app.engine.begin() as conn:  # days of work queued while the network was down
            outbox = SqlOutbox(conn, "boot-test")
            for i in range(backlog):
                outbox.append("parcel.taken_in", {"waybill": f"YT{i:010d}", "amount_fen": 100 + i % 9},
                              record_id=str(uuid.uuid4()), created_wall="2025-03-01T09:00:00.000+08:00")
        station_app.sync.sync_now(force=True)
        status_texts: set[str] = set()

        def caught_up() -> bool:
            window._refresh_sync_status()
            status_texts.add(window.sync_status.text())
            return page.catch_up_box.isVisible() and page.catch_up_bar.value() == page.catch_up_bar.maximum()

        qtbot.waitUntil(caught_up, timeout=60000)
        assert page.catch_up_bar.maximum() == backlog
        assert page.catch_up_bar.value() == backlog
        assert str(backlog) in page.catch_up_label.text()
        assert len(hub_records(hub.engine)) >= backlog
        progress = station_app.sync.status()["catch_up"]
        assert progress["done"] and progress["sent"] == backlog and progress["per_s"] > 0
        # the status bar counted up while the run lasted ("正在上传 1200/5000" once translated)
        assert any(f"/{backlog}" in text for text in status_texts), status_texts
        shown = sync_state_text({"enrolled": True, "state": "syncing", "records_waiting": 3800,
                                 "catch_up": {"total": 5000, "sent": 1200, "per_s": 40.0, "eta_s": 95.0,
                                              "done": False}})
        assert "1200/5000" in shown


def test_only_the_shopkeeper_connects_the_hub_or_changes_the_key(qtbot, station_app):
    from station.domain.errors import PermissionDenied
    from station.domain.operators import Role

    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    clerk, _ = station_app.services.auth.add_operator(station_app.session.actor(), "李小红", Role.CLERK, "1357")
    station_app.session.log_in(clerk)
    settings = window.workspace.settings_page
    settings.show_tab("hub")
    page = settings.hub_page
    refused = message_for(PermissionDenied("operator.not_allowed"))
    page.rotate_button.setEnabled(True)  # as if enrolled: the check is the click's, not the button's
    page.rotate_button.click()
    assert page.message.text() == refused and not page.confirm_rotate_button.isVisible()
    page.qr_text.setText("vs1:anything")
    page.enrol_button.click()
    wait_idle(qtbot, station_app)
    assert page.message.text() == refused
