"""The hub's PostgreSQL stopped (immediate, as in a crash) in the middle of uploads, then started again:
the station's records converge at the hub, none lost or doubled."""

from __future__ import annotations

import random
import threading
import time

import pg
import pytest
import sync_support as s

from station.hub import db as hubdb
from station.sync.worker import SyncWorker

OPTS = ("-c port={port} -c unix_socket_directories={dir} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=on -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB")


@pytest.mark.xfail(run=False, strict=True, reason=(
    "known bug, found 2026-11-25: after its PostgreSQL is stopped (-m immediate) and started again the hub "
    "process stays up but stops answering batch uploads (10 s read timeouts); nothing is lost or doubled, "
    "the records wait at the station. Run with --runxfail to reproduce."))
def test_hub_database_stopped_mid_batch_converges(tmp_path):
    cluster = pg.TempCluster()
    server = cluster.start()
    opts = OPTS.format(port=cluster.port, dir=cluster.dir)
    try:
        url = pg.fresh_database(server)
        station = s.make_station_db(tmp_path / "station.db")
        hub = s.HubProcess(url)
        hub.start()
        engine = hubdb.make_engine(url)
        try:
            s.enrol_station(station, engine, hub.url)
            engine.dispose()
            worker = SyncWorker(station, timeout_s=10)
            worker.max_batch_cap = 4000
            rng = random.Random(5)
            for _ in range(3):
                s.append(station, rng.randint(300, 700))
                stop = threading.Event()

                def spin(stop=stop):
                    while not stop.is_set():
                        worker.run_once()

                thread = threading.Thread(target=spin)
                thread.start()
                time.sleep(rng.uniform(0.2, 0.6))
                cluster._run(cluster.pg_ctl, "-D", str(cluster.data), "-m", "immediate", "stop")
                time.sleep(0.5)  # uploads meet a dead database: the hub answers errors, nothing is acked
                cluster._run(cluster.pg_ctl, "-D", str(cluster.data), "-o", opts, "-l", str(cluster.dir / "log"),
                             "-w", "start")
                stop.set()
                thread.join(30)
            for _ in range(40):
                status = worker.run_once()
                if status.state == "idle" and status.records_waiting == 0:
                    break
                time.sleep(0.2)
            engine = hubdb.make_engine(url)
            s.assert_hub_holds_exactly(engine, [station])
        finally:
            hub.stop()
            engine.dispose()
    finally:
        cluster.stop()
