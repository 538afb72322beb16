"""Restored or copied station databases never overwrite what the hub holds; clocks never matter."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import sync_support as s
from sqlalchemy import func, select

from station.hub import tables as t
from station.sync.worker import SyncWorker


def _sync(db):
    w = SyncWorker(db)
    try:
        for _ in range(5):
            st = w.run_once()
            if st.state == "idle" and st.records_waiting == 0:
                return st
        raise AssertionError(st)
    finally:
        w._file_lock.release()


def _all_hub_ids(engine) -> set[str]:
    with engine.begin() as conn:
        return set(conn.execute(select(t.record.c.record_id)).scalars())


def test_restore_from_old_backup_starts_a_new_incarnation_and_overwrites_nothing(tmp_path, hub_db_url):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(hub_db_url) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 40)
        _sync(db)
        s.append(db, 25)  # pending in the backup
        s.backup(db, tmp_path / "yesterday.db")
        _sync(db)
        s.append(db, 30)
        _sync(db)
        before = _all_hub_ids(hub.engine)
        assert len(before) == 95
        s.restore_backup(tmp_path / "yesterday.db", db)
        s.append(db, 10)  # new work after the restore
        _sync(db)
        after = _all_hub_ids(hub.engine)
        assert before <= after and len(after) == 105
        with hub.engine.begin() as conn:
            assert conn.execute(select(func.count()).select_from(t.incarnation)).scalar_one() == 2
            assert conn.execute(select(func.count()).select_from(t.conflict)).scalar_one() == 0
        assert set(s.states(db)) == {"acked"}


def test_copied_database_without_new_incarnation_is_detected_and_rehomed(tmp_path, hub_db_url):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(hub_db_url) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 20)
        _sync(db)
        shutil.copy(db, tmp_path / "copy.db")  # a plain file copy: same incarnation
        s.append(db, 15)
        _sync(db)
        before = _all_hub_ids(hub.engine)
        for suffix in ("-wal", "-shm"):
            (tmp_path / f"station.db{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp_path / "copy.db", db)
        forked = s.append(db, 10)  # same seqs 21..30 as records the hub already holds
        _sync(db)
        after = _all_hub_ids(hub.engine)
        assert before <= after and set(forked) <= after and len(after) == 45
        conn = sqlite3.connect(db)
        alert = conn.execute("SELECT value FROM sync_state WHERE key = 'alert'").fetchone()
        incs = conn.execute("SELECT COUNT(DISTINCT incarnation_id) FROM outbox").fetchone()[0]
        conn.close()
        assert alert == ("sync.incarnation_forked",) and incs == 2
        assert set(s.states(db)) == {"acked"}


def test_clock_jumps_never_block_or_reorder(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        now = dt.datetime.now(dt.UTC)
        for delta in (dt.timedelta(days=1), dt.timedelta(days=-1), dt.timedelta(days=400), dt.timedelta(0)):
            s.append(db, 5, wall=(now + delta).astimezone().isoformat())
        _sync(db)
        s.assert_hub_holds_exactly(hub.engine, [db])
        with hub.engine.begin() as conn:
            seqs = list(conn.execute(select(t.record.c.seq).order_by(t.record.c.seq)).scalars())
            offsets = set(conn.execute(select(t.record.c.clock_offset_ms)).scalars())
        assert seqs == list(range(1, 21))
        assert all(o is not None and abs(o) < 60_000 for o in offsets)


def test_daily_digest_matches_and_a_lost_hub_record_is_resent(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 30)
        _sync(db)
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT value FROM sync_state WHERE key='last_digest_at'").fetchone()
        # the hub loses a record (e.g. restored from an older dump); the next digest notices
        with hub.engine.begin() as c:
            c.execute(t.record.delete().where(t.record.c.seq == 7))
        conn.execute("DELETE FROM sync_state WHERE key='last_digest_at'")
        conn.commit()
        conn.close()
        w = SyncWorker(db)
        w.run_once()  # mismatch found: range queued again
        w.run_once()  # resent: only the missing record is added
        w._file_lock.release()
        s.assert_hub_holds_exactly(hub.engine, [db])


def test_restore_of_a_never_synced_backup_keeps_incarnations_apart(tmp_path):
    """Old-incarnation seqs 1..10 and new-incarnation seqs 1..5 coexist; acking one never acks the other."""
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 10)
        s.backup(db, tmp_path / "b.db")
        _sync(db)
        s.restore_backup(tmp_path / "b.db", db)
        s.append(db, 5)
        w = SyncWorker(db)
        w.run_once()
        w._file_lock.release()
        held = _all_hub_ids(hub.engine)
        conn = sqlite3.connect(db)
        acked = {r for (r,) in conn.execute("SELECT record_id FROM outbox WHERE state = 'acked'")}
        conn.close()
        assert acked <= held and len(held) == 15
