"""Outbox pruning (sync.md §4.2, invariant I5) on a real station file against the real hub on loopback:
only an acknowledged prefix, older than the retention period, behind a digest the hub agreed with;
later batches and digests still work because the pruned rows leave their chain head and digest share."""

from __future__ import annotations

import datetime as dt
import sqlite3

import sync_support as s
from sqlalchemy import delete

from station.hub import tables as t
from station.sync.outbox import OutboxStore
from station.sync.worker import SyncWorker

LONG_AGO = (dt.datetime.now(dt.UTC) - dt.timedelta(days=200)).isoformat(timespec="milliseconds")


def _seqs(db) -> dict[int, str]:
    conn = sqlite3.connect(db)
    out = dict(conn.execute("SELECT seq, state FROM outbox ORDER BY seq"))
    conn.close()
    return out


def _age_acks(db, upto: int | None = None) -> None:
    """As if these records had been acknowledged 200 days ago."""
    conn = sqlite3.connect(db)
    conn.execute("UPDATE outbox SET acked_at = ? WHERE state = 'acked' AND seq <= ?", (LONG_AGO, upto or 1 << 62))
    conn.commit()
    conn.close()


def _forget(store: OutboxStore, *keys: str) -> None:
    """Make the once-a-day steps (digest, prune) due again."""
    with store.write() as c:
        for key in keys:
            c.execute("DELETE FROM sync_state WHERE key = ?", (key,))


def _idle(worker: SyncWorker):
    st = worker.run_once()
    assert st.state == "idle" and st.last_error is None, st
    return st


def test_old_acked_prefix_is_pruned_and_upload_and_digest_go_on(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 60)
        store = OutboxStore(db)
        inc = store.identity().incarnation_id
        store.quarantine(inc, 30, "sync.payload_not_utf8")  # what the uploader does with a poison record
        worker = SyncWorker(db)
        _idle(worker)
        # 1..29 and 31..60 acked; the hub's watermark stops at the hole, so the digest covers 1..29
        assert store.get_state("last_digest_result") == "passed"
        assert store.get_state(f"digest_passed:{inc}") == "29"
        _age_acks(db)
        s.append(db, 5)  # 61..65: acked just now by the next cycle
        _idle(worker)
        assert set(_seqs(db)) == set(range(1, 66)), "pruning waits for its daily turn"

        _forget(store, "last_prune_at")
        _idle(worker)
        rows = _seqs(db)
        assert min(rows) == 30 and len(rows) == 36  # 1..29 pruned, nothing else
        assert rows[30] == "quarantined"  # never a quarantined row (I5)
        assert all(rows[q] == "acked" for q in range(31, 66))  # old but past the digest's reach, or recent
        assert store.pruned_prefix(inc).upto == 29

        # The held-back record goes out after its pruned predecessor: its chain link comes from the summary.
        assert store.retry_quarantined() == 1
        _idle(worker)
        assert _seqs(db)[30] == "acked"
        _forget(store, "last_digest_at")
        assert _idle(worker).alert is None
        assert store.get_state("last_digest_result") == "passed"  # pruned share + remaining rows == hub
        assert store.get_state(f"digest_passed:{inc}") == "65"

        _age_acks(db)
        _forget(store, "last_prune_at")
        _idle(worker)
        assert list(_seqs(db)) == [65]  # the newest acked row stays: the next record links to it
        s.append(db, 7)
        _idle(worker)
        _forget(store, "last_digest_at")
        assert _idle(worker).alert is None
        assert store.get_state("last_digest_result") == "passed"
        assert store.get_state(f"digest_passed:{inc}") == "72"
        hub_ids = [r for r, _ in s.hub_records(hub.engine)]
        assert len(hub_ids) == len(set(hub_ids)) == 72
        assert set(s.station_records(db)) <= set(hub_ids)
        store.close()


def test_nothing_is_pruned_unless_the_last_digest_passed(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 40)
        store = OutboxStore(db)
        inc = store.identity().incarnation_id
        store.set_state("last_digest_at", dt.datetime.now(dt.UTC).isoformat())  # no digest yet today
        worker = SyncWorker(db)
        _idle(worker)
        _age_acks(db)
        _forget(store, "last_prune_at")
        _idle(worker)
        assert len(_seqs(db)) == 40, "never compared with the hub: nothing pruned"

        # The hub lost a record: the digest fails, the range goes back to the queue, nothing is deleted.
        with hub.engine.begin() as conn:
            conn.execute(delete(t.record).where(t.record.c.seq == 12))
        _forget(store, "last_digest_at", "last_prune_at")
        st = worker.run_once()
        assert st.alert == "sync.digest_mismatch"
        assert store.get_state("last_digest_result") == "failed"
        assert len(_seqs(db)) == 40

        # A failed comparison blocks pruning even where an older one had passed.
        store.record_digest(inc, 40, passed=True)
        with store.write() as c:
            c.execute("UPDATE outbox SET state = 'acked', acked_at = ?", (LONG_AGO,))
        store.record_digest(inc, 40, passed=False)
        future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
        assert store.prune_acked(future) == 0
        store.record_digest(inc, 40, passed=True)
        recent = (dt.datetime.now(dt.UTC) - dt.timedelta(days=300)).isoformat()
        assert store.prune_acked(recent) == 0, "younger than the retention period"
        assert store.prune_acked(future, chunk=7) == 39  # in short transactions; the newest acked row stays
        assert list(_seqs(db)) == [40]
        store.close()
