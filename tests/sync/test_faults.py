"""Bad network: a seeded fault proxy between a real station worker and a real hub (SQLite and
PostgreSQL). Once the faults stop, the hub holds exactly the station's records (I1-I4)."""

from __future__ import annotations

import random

import pytest
import sync_support as s
from faultproxy import FaultProxy
from sqlalchemy import select

from station.hub import tables as t
from station.sync.worker import SyncWorker


def _drain(worker: SyncWorker, tries: int = 30):
    for _ in range(tries):
        st = worker.run_once()
        if st.state == "idle" and st.records_waiting == 0:
            return st
    raise AssertionError(f"did not converge: {st}")


def _watermarks(engine) -> list[int]:
    with engine.begin() as conn:
        return [r[0] for r in conn.execute(select(t.incarnation.c.contiguous_seq))]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 29])
def test_fault_proxy_converges_exactly(tmp_path, hub_db_url, seed):
    rng = random.Random(seed)
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(hub_db_url) as hub, FaultProxy(hub.port, seed) as proxy:
        proxy.faults_on = False
        s.enrol_station(db, hub.engine, proxy.url)
        proxy.faults_on = True
        worker = SyncWorker(db, timeout_s=1.5, rng=random.Random(seed))
        worker.sizer.bytes = worker.sizer.min_bytes = 2048
        committed = 0
        seen_watermarks: list[int] = []
        for _ in range(45):
            n = rng.randint(1, 60)
            s.append(db, n, kind=rng.choice(["parcel.taken_in", "parcel.handed_over", "purchase.ordered"]))
            committed += n
            worker.sizer.max_bytes = 8192
            worker.run_once()
            wm = _watermarks(hub.engine)
            seen_watermarks.append(wm[0] if wm else 0)
        proxy.faults_on = False
        _drain(worker)
        s.assert_hub_holds_exactly(hub.engine, [db])
        assert s.states(db) == {"acked": committed}
        assert seen_watermarks == sorted(seen_watermarks), "the hub watermark went backwards"
        assert _watermarks(hub.engine) == [committed]
        faults = [a for a in proxy.log if a != "ok"]
        assert len(set(faults)) >= 10, proxy.log  # the plan really exercised most fault kinds
        assert len(proxy.log) < 20 * 45, "unbounded retries"
