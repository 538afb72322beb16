"""kill -9 of the sync worker process (at random times and at named hook points) and of the hub
process: afterwards everything converges, nothing lost or doubled (sync.md §6 C, D)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
import sync_support as s

from station.hub import reference
from station.sync.reference import read_dataset
from station.sync.worker import SyncWorker


def _worker_proc(db, env_extra=None) -> subprocess.Popen:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.Popen([sys.executable, "-m", "station.sync.worker", str(db), "--interval", "0.05",
                             "--max-batch-bytes", "3000"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _drain(db, tries=20):
    w = SyncWorker(db)
    try:
        for _ in range(tries):
            st = w.run_once()
            if st.state == "idle" and st.records_waiting == 0:
                return st
        raise AssertionError(st)
    finally:
        w._file_lock.release()


@pytest.mark.slow
def test_worker_killed_at_random_times_converges(tmp_path):
    rng = random.Random(7)
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        for _ in range(8):
            s.append(db, rng.randint(100, 400))
            p = _worker_proc(db)
            time.sleep(rng.uniform(0.3, 1.2))
            p.send_signal(signal.SIGKILL)
            p.wait(10)
        _drain(db)
        s.assert_hub_holds_exactly(hub.engine, [db])
        assert set(s.states(db)) == {"acked"}


@pytest.mark.slow
@pytest.mark.parametrize("point", ["after_inflight", "before_ack", "mid_reference_swap"])
def test_worker_killed_at_hook_points_converges(tmp_path, point):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        reference.replace_dataset(hub.engine, "catalogue", {f"sku{i}": {"price_fen": i} for i in range(50)})
        s.append(db, 300)
        p = _worker_proc(db, {"STATION_SYNC_CRASH_AT": point})
        assert p.wait(30) == -signal.SIGKILL
        _drain(db)
        s.assert_hub_holds_exactly(hub.engine, [db])
        import sqlite3
        conn = sqlite3.connect(db)
        assert read_dataset(conn, "catalogue") == {f"sku{i}": {"price_fen": i} for i in range(50)}
        conn.close()


@pytest.mark.slow
def test_hub_killed_mid_batch_converges(tmp_path, hub_db_url):
    rng = random.Random(3)
    db = s.make_station_db(tmp_path / "station.db")
    hub = s.HubProcess(hub_db_url)
    hub.start()
    from station.hub import db as hubdb
    engine = hubdb.make_engine(hub_db_url)
    try:
        s.enrol_station(db, engine, hub.url)
        worker = SyncWorker(db, timeout_s=2)
        worker.max_batch_cap = 4000
        for _ in range(4):
            s.append(db, rng.randint(300, 800))
            stop = threading.Event()

            def spin(stop=stop):
                while not stop.is_set():
                    worker.run_once()

            th = threading.Thread(target=spin)
            th.start()
            time.sleep(rng.uniform(0.2, 0.8))
            hub.kill()
            stop.set()
            th.join(30)
            hub.start()
        for _ in range(20):
            st = worker.run_once()
            if st.state == "idle" and st.records_waiting == 0:
                break
        s.assert_hub_holds_exactly(engine, [db])
    finally:
        hub.stop()
        engine.dispose()
