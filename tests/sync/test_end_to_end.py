"""A real hub on loopback (SQLite and PostgreSQL), a real station database, the real worker."""

from __future__ import annotations

import sqlite3

import sync_support as s

from station.hub import reference
from station.sync import sms
from station.sync.outbox import OutboxStore
from station.sync.reference import read_dataset
from station.sync.worker import SyncWorker


def test_records_reach_the_hub_once_and_are_acked(tmp_path, hub_db_url):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(hub_db_url) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 250)
        w = SyncWorker(db)
        st = w.run_once()
        assert st.state == "idle", st
        assert st.records_waiting == 0 and st.last_error is None and st.last_success_at
        s.append(db, 30, kind="purchase.ordered")
        assert w.run_once().state == "idle"
        s.assert_hub_holds_exactly(hub.engine, [db])
        assert s.states(db) == {"acked": 280}


def test_reference_data_is_applied_and_nothing_new_is_one_small_round_trip(tmp_path, hub_db_url):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(hub_db_url) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        reference.replace_dataset(hub.engine, "tariffs", {"zto": {"first_kg_fen": 800}, "yto": {"first_kg_fen": 700}})
        reference.replace_dataset(hub.engine, "operators", {"op1": {"name": "李娜"}})
        w = SyncWorker(db)
        assert w.run_once().state == "idle"
        conn = sqlite3.connect(db)
        assert read_dataset(conn, "tariffs") == {"zto": {"first_kg_fen": 800}, "yto": {"first_kg_fen": 700}}
        reference.replace_dataset(hub.engine, "tariffs", {"zto": {"first_kg_fen": 900}})
        assert w.run_once().state == "idle"
        assert read_dataset(conn, "tariffs") == {"zto": {"first_kg_fen": 900}}
        assert read_dataset(conn, "operators") == {"op1": {"name": "李娜"}}
        conn.close()


def test_sms_goes_to_the_hub_queue(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        assert sms.send_via_hub(db, "13800138000", "您的包裹已到站，取件码 1234", sms_id="sms-000000001") == "queued"
        assert sms.send_via_hub(db, "13800138000", "您的包裹已到站，取件码 1234", sms_id="sms-000000001") == "queued"
        from station.hub import sms as hub_sms
        assert len(hub_sms.listing(hub.engine)) == 1


def test_training_database_refuses_to_sync(tmp_path):
    db = s.make_station_db(tmp_path / "station.db", training=True)
    st = SyncWorker(db).run_once()
    assert st.state == "disabled" and st.last_error == "sync.training_mode"


def test_not_enrolled_is_reported_as_a_code(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    s.append(db, 3)
    st = SyncWorker(db).run_once()
    assert st.last_error == "sync.not_enrolled" and st.records_waiting == 3


def test_only_one_worker_per_database(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    a, b = SyncWorker(db), SyncWorker(db)
    a.run_once()
    assert b.run_once().last_error == "sync.locked"
    a._file_lock.release()
    OutboxStore(db).close()


def test_relay_station_sends_the_queue(tmp_path):
    from station.hub import sms as hub_sms
    from station.hub import stations
    db = s.make_station_db(tmp_path / "station.db")
    relay_db = s.make_station_db(tmp_path / "relay.db", code="HX-R")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.enrol_station(relay_db, hub.engine, hub.url)
        sms.send_via_hub(db, "13800138000", "取件通知", sms_id="sms-000000002")
        import pytest

        from station.sync.client import SyncError
        with pytest.raises(SyncError):  # not a relay yet
            sms.relay_once(relay_db, lambda phone, text: True)
        stations.set_relay(hub.engine, OutboxStore(relay_db).identity().station_id, True)
        outbox = []
        assert sms.relay_once(relay_db, lambda phone, text: outbox.append((phone, text)) or True) == 1
        assert outbox == [("13800138000", "取件通知")]
        assert [m["state"] for m in hub_sms.listing(hub.engine)] == ["sent"]


def test_worker_thread_syncs_on_sync_now_and_stops(tmp_path):
    import time
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        w = SyncWorker(db, interval_s=30)
        w.start()
        try:
            deadline = time.monotonic() + 10
            while w.status().state != "idle" and time.monotonic() < deadline:
                time.sleep(0.05)
            before = w.status().cycles_ok
            s.append(db, 12)
            w.sync_now()  # what app.py calls after each committed business action
            while w.status().cycles_ok == before and time.monotonic() < deadline:
                time.sleep(0.05)
            st = w.status()
            assert st.state == "idle" and st.records_waiting == 0 and st.last_success_at
        finally:
            w.stop()
        assert w.status().state == "stopped"
        s.assert_hub_holds_exactly(hub.engine, [db])


def test_a_batch_left_in_flight_goes_again_under_its_id_and_old_style_inflight_rows_too(tmp_path):
    """A crash between "marked in flight" and the answer: the same rows go under the same batch id
    (the hub answers from what it stored). Rows a version before the in-flight mark left in state
    'inflight' one by one are resent the same way after an upgrade."""
    from station.sync.enrolment import make_client
    from station.sync.uploader import Uploader

    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(f"sqlite:///{tmp_path / 'hub.sqlite3'}") as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 200)
        store = OutboxStore(db)
        up = Uploader(store, make_client(store))
        up.sizer.bytes = up.sizer.max_bytes = 4096  # several batches
        batch = up._cut(store.identity().station_id)
        store.mark_inflight(batch.incarnation_id, batch.rows[0].seq, batch.rows[-1].seq, batch.batch_id)
        assert store.inflight() == (batch.incarnation_id, batch.batch_id, batch.rows)
        # the batch in flight is not cut a second time while the hub has it
        nxt = up._cut(store.identity().station_id, store._inflight_mark())
        assert nxt.rows[0].seq == batch.rows[-1].seq + 1
        report = up.run()
        assert report.acked == 200 and store.inflight() is None
        assert s.states(db) == {"acked": 200}

        s.append(db, 5)  # an older version marked these rows in flight one by one
        conn = sqlite3.connect(db)
        conn.execute("UPDATE outbox SET state = 'inflight', batch_id = 'old' WHERE state = 'pending'")
        conn.commit()
        conn.close()
        store.release("old")  # what the uploader does when the rebuilt batch id differs
        assert up.run().acked == 5
        assert s.states(db) == {"acked": 205}
        s.assert_hub_holds_exactly(hub.engine, [db])
        store.close()
