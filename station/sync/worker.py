"""SyncWorker: a plain thread that keeps the station in sync with its hub.

One worker per database (an OS file lock next to the database). Runs on a timer (every
``interval_s`` when healthy), at once when ``sync_now()`` is called after a local commit, and
with exponential backoff and full jitter after failures, honouring the hub's Retry-After.
``status()`` is a cheap snapshot for the UI: last success, records waiting and the oldest one's
age, quarantined count, last error as a code, and the catch-up progress of a long backlog.
Once a day, after a successful cycle, acknowledged rows past the retention period are pruned.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from station.sync import wire
from station.sync.batching import BatchSizer
from station.sync.client import SyncError, now_text
from station.sync.enrolment import K_KEY, K_NEXT_KEY, adopt_next_key, make_client, maybe_wrong_key
from station.sync.outbox import OutboxStore, utc_text
from station.sync.reference import pull_reference
from station.sync.uploader import Uploader

APP_VERSION = "0.1.0"
DIGEST_EVERY = dt.timedelta(hours=24)
PRUNE_EVERY = dt.timedelta(hours=24)
OUTBOX_RETENTION_DAYS = 180
K_RETENTION_DAYS = "outbox_retention_days"  # per-database override in sync_state: the outbox belongs to the DB
CATCH_UP_FROM = 500  # more records than this waiting at the start of a cycle: show progress


@dataclass(frozen=True, slots=True)
class CatchUp:
    """Progress through a long backlog, counted from the hub's verified answers (never from sends)."""

    total: int
    sent: int = 0
    elapsed_s: float = 0.0
    done: bool = False

    @property
    def per_s(self) -> float:
        return self.sent / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        if self.done:
            return 0.0
        return max(0, self.total - self.sent) / self.per_s if self.per_s > 0 else None


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: str = "starting"  # starting | idle | syncing | backoff | disabled | stopped
    last_success_at: str | None = None
    records_waiting: int = 0
    oldest_waiting_age_s: float | None = None
    quarantined: int = 0
    last_error: str | None = None
    next_attempt_in_s: float | None = None
    alert: str | None = None
    cycles_ok: int = 0  # successful cycles since start: lets a caller wait for "the sync after my commit"
    catch_up: CatchUp | None = None  # set while (and after) a cycle that started with a long backlog


class FileLock:
    """Advisory lock on ``<db>.sync.lock``; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fh = None

    def acquire(self) -> bool:
        self.fh = open(self.path, "a+b")  # held for the worker lifetime
        try:
            if sys.platform == "win32":
                import msvcrt
                msvcrt.locking(self.fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.close()
            self.fh = None
            return False
        return True

    def release(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def _age_s(wall: str | None) -> float | None:
    if not wall:
        return None
    try:
        return max(0.0, (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(wall)).total_seconds())
    except (ValueError, TypeError):
        return None


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


class SyncWorker:
    def __init__(self, db_path: str | Path, *, interval_s: float = 45.0, base_backoff_s: float = 2.0,
                 max_backoff_s: float = 600.0, transport: httpx.BaseTransport | None = None,
                 app_version: str = APP_VERSION, timeout_s: float = 30.0, rng: random.Random | None = None,
                 retention_days: int = OUTBOX_RETENTION_DAYS) -> None:
        self.db_path = Path(db_path)
        self.interval_s, self.base_backoff_s, self.max_backoff_s = interval_s, base_backoff_s, max_backoff_s
        self.transport, self.app_version, self.timeout_s = transport, app_version, timeout_s
        self.rng = rng or random.Random()
        self.retention_days = retention_days
        self.sizer = BatchSizer()
        self._wake = threading.Event()
        self._force = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._failures = 0
        self._thread: threading.Thread | None = None
        self._file_lock = FileLock(self.db_path.with_name(self.db_path.name + ".sync.lock"))
        self.encoding = "zstd"
        self.max_batch_cap = wire.MAX_BATCH_BYTES << 4  # tests and slow links may lower it
        self.last_bytes = 0  # bytes on the wire in the last cycle (requests + answers, with headers)
        self._catch_up_started = 0.0

    # ------------------------------------------------------------ public surface

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="sync-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def sync_now(self, force: bool = False) -> None:
        """Sync soon: after a local commit (respects back-off) or, with force, the operator's retry."""
        self._force = self._force or force
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def run_once(self) -> SyncStatus:
        """One full cycle on the calling thread (the loop, tests and the CLI use it)."""
        if self._file_lock.fh is None and not self._file_lock.acquire():
            return self._set(state="backoff", last_error="sync.locked")
        store = OutboxStore(self.db_path)
        try:
            return self._cycle(store)
        finally:
            store.close()

    # ------------------------------------------------------------ internals

    def _set(self, **changes) -> SyncStatus:
        with self._lock:
            self._status = replace(self._status, **changes)
            return self._status

    def _refresh_counts(self, store: OutboxStore) -> None:
        st = store.stats()
        self._set(records_waiting=st.pending + st.inflight, quarantined=st.quarantined,
                  oldest_waiting_age_s=_age_s(st.oldest_pending_wall), last_success_at=store.get_state("last_sync_at"),
                  alert=store.get_state("alert"))

    def _cycle(self, store: OutboxStore) -> SyncStatus:
        self._refresh_counts(store)
        if store.is_training():
            return self._set(state="disabled", last_error="sync.training_mode")
        self._start_catch_up(store)
        self._set(state="syncing")
        key_at_start = store.get_state(K_KEY)
        try:
            try:
                self._sync(store)
            except SyncError as e:
                if not maybe_wrong_key(e):
                    raise
                if store.get_state(K_NEXT_KEY):
                    self._sync(store, use_next_key=True)  # a key rotation whose answer was lost
                    adopt_next_key(store)
                elif store.get_state(K_KEY) != key_at_start:
                    self._sync(store)  # the operator rotated the key while this cycle ran: go on with the new one
                else:
                    raise
        except SyncError as e:
            self._failures += 1
            self._refresh_counts(store)
            return self._set(state="disabled" if e.fatal else "backoff", last_error=e.code,
                             next_attempt_in_s=self._backoff(e))
        except (OSError, sqlite3.Error, ValueError, LookupError, TypeError) as e:  # disk, odd answer: keep going
            self._failures += 1
            self._refresh_counts(store)
            return self._set(state="backoff", last_error="sync.internal:" + type(e).__name__,
                             next_attempt_in_s=self._backoff(None))
        self._failures = 0
        store.set_state("last_sync_at", now_text())
        self._prune(store)
        self._refresh_counts(store)
        catch_up = self._status.catch_up
        return self._set(state="idle", last_error=None, next_attempt_in_s=self.interval_s,
                         cycles_ok=self._status.cycles_ok + 1,
                         catch_up=replace(catch_up, done=True) if catch_up is not None else None)

    # ------------------------------------------------------------ catch-up progress

    def _start_catch_up(self, store: OutboxStore) -> None:
        """Count acks against the backlog seen now; the count comes from apply_result on this thread,
        so the GUI reads progress from status() and never touches the database for it."""
        waiting = self._status.records_waiting
        if waiting <= CATCH_UP_FROM:
            self._set(catch_up=None)
            store.on_acked = None
            return
        self._catch_up_started = time.monotonic()
        self._set(catch_up=CatchUp(total=waiting))
        store.on_acked = self._count_acked

    def _count_acked(self, n: int) -> None:
        with self._lock:
            cur = self._status.catch_up
            if cur is None:
                return
            sent = cur.sent + n
            total = max(cur.total, sent)  # records committed during the run are sent in it too
            self._status = replace(self._status, records_waiting=total - sent, catch_up=replace(
                cur, sent=sent, total=total, elapsed_s=time.monotonic() - self._catch_up_started))

    # ------------------------------------------------------------ pruning

    def _prune(self, store: OutboxStore) -> None:
        """At most once a day: delete acknowledged rows older than the retention period (sync.md §4.2).
        The store itself refuses unless the last digest comparison with the hub passed."""
        last = store.get_state("last_prune_at")
        now = dt.datetime.now(dt.UTC)
        if last and now - dt.datetime.fromisoformat(last) < PRUNE_EVERY:
            return
        try:
            days = int(store.get_state(K_RETENTION_DAYS) or self.retention_days)
        except ValueError:
            days = self.retention_days
        cutoff = (now - dt.timedelta(days=max(days, 1))).isoformat(timespec="milliseconds")
        store.prune_acked(cutoff)
        store.set_state("last_prune_at", utc_text())

    def _backoff(self, e: SyncError | None) -> float:
        if e is not None and e.fatal:
            return self.max_backoff_s
        delay = self.rng.uniform(0, min(self.max_backoff_s, self.base_backoff_s * 2 ** min(self._failures, 20)))
        if e is not None and e.retry_after:
            delay = max(delay, e.retry_after)
        return delay

    def _sync(self, store: OutboxStore, use_next_key: bool = False) -> None:
        client = make_client(store, self.transport, self.timeout_s, use_next_key=use_next_key)
        try:
            self._hello(store, client)
            Uploader(store, client, self.sizer, self.encoding).run(stop=self._stop.is_set)
            pull_reference(store, client)
            self._reconcile(store, client)
        finally:
            self.last_bytes = client.bytes_sent + client.bytes_received
            client.close()

    def _hello(self, store: OutboxStore, client) -> None:
        ident = store.identity()
        st = store.stats()
        answer = client.hello({"protocol": wire.PROTOCOL_VERSION, "app_version": self.app_version,
                               "incarnation_id": ident.incarnation_id, "next_seq": ident.next_seq,
                               "head_chain": ident.last_chain_hash.hex(),
                               "status": {"pending": st.pending + st.inflight, "quarantined": st.quarantined}},
                              ident.incarnation_id)
        if int(answer.get("min_protocol", 1)) > wire.PROTOCOL_VERSION or \
                _version_tuple(str(answer.get("min_app_version", "0"))) > _version_tuple(self.app_version):
            raise SyncError("sync.upgrade_needed", fatal=True)
        # grow batches up to the hub's hint (short requests, fine-grained pipelining), never past its limit
        limit = int(answer.get("max_batch_bytes", wire.MAX_BATCH_BYTES))
        hint = int(answer.get("batch_hint_bytes", limit))
        self.sizer.server_limits(min(limit, hint, self.max_batch_cap),
                                 int(answer.get("max_decompressed_bytes", wire.MAX_DECOMPRESSED_BYTES)))
        self.encoding = "zstd" if "zstd" in answer.get("encodings", []) else "gzip"
        inc = answer.get("incarnation") or {}
        head = inc.get("chain_at_head")
        if int(inc.get("max_seq_seen", 0)) >= ident.next_seq or (head and head != ident.last_chain_hash.hex()):
            # The hub holds records this database never wrote: restored from a backup or copied.
            # Never reuse those seqs; continue under a fresh incarnation and tell the supervisor.
            store.start_new_incarnation("sync.incarnation_forked")

    def _reconcile(self, store: OutboxStore, client) -> None:
        last = store.get_state("last_digest_at")
        if last and dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(last) < DIGEST_EVERY:
            return
        inc = store.identity().incarnation_id
        upto = int(store.get_state(f"hub_watermark:{inc}", "0") or 0)
        if upto == 0 or store.stats().pending:
            return
        mine = store.acked_digest(inc, upto)  # pruned rows count through their summary
        if mine is not None and mine["count"] == upto:  # every record up to the watermark acked
            hubs = client.digest(inc, upto)
            if (mine["count"], mine["chain_hash"], mine["days"]) != (hubs["count"], hubs["chain_hash"], hubs["days"]):
                # Resend the range: ingestion is idempotent, so only what the hub lacks is added.
                # Pruned rows cannot be resent, but an earlier passing digest covered them.
                store.record_digest(inc, upto, passed=False)
                with store.write() as c:
                    c.execute("UPDATE outbox SET state = 'pending' WHERE incarnation_id = ? AND seq <= ? "
                              "AND state = 'acked'", (inc, upto))
                    store.set_state("alert", "sync.digest_mismatch", c)
                return
            store.record_digest(inc, upto, passed=True)
        store.set_state("last_digest_at", dt.datetime.now(dt.UTC).isoformat())

    def _sleep(self, delay: float) -> None:
        """Wait for the timer. A local commit (sync_now) cuts the wait short unless we are backing
        off after failures: then only the operator's explicit retry (force) does."""
        until = time.monotonic() + delay
        while not self._stop.is_set():
            remaining = until - time.monotonic()
            if remaining <= 0:
                return
            woke = self._wake.wait(remaining)
            self._wake.clear()
            if woke and (self._failures == 0 or self._force):
                self._force = False
                return

    def _loop(self) -> None:
        while not self._stop.is_set() and not self._file_lock.acquire():
            self._set(state="backoff", last_error="sync.locked")
            self._stop.wait(self.rng.uniform(5, 15))
        try:
            while not self._stop.is_set():
                try:
                    status = self.run_once()
                except Exception as e:  # the worker thread must outlive any bug
                    status = self._set(state="backoff", last_error="sync.internal:" + type(e).__name__,
                                       next_attempt_in_s=self.max_backoff_s)
                self._sleep(status.next_attempt_in_s if status.next_attempt_in_s is not None else self.interval_s)
        finally:
            self._file_lock.release()
            self._set(state="stopped")


def main(argv: list[str] | None = None) -> int:
    """``python -m station.sync.worker DB [--once]``: run the worker without the GUI (tests, service)."""
    import argparse

    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--once", action="store_true")
    p.add_argument("--interval", type=float, default=45.0)
    p.add_argument("--max-batch-bytes", type=int, default=0, help="cap batches (tests, slow links)")
    args = p.parse_args(argv)
    worker = SyncWorker(args.db, interval_s=args.interval, base_backoff_s=0.2, max_backoff_s=5)
    if args.max_batch_bytes:
        worker.sizer.bytes = worker.sizer.min_bytes = min(args.max_batch_bytes, 4096)
        worker.max_batch_cap = args.max_batch_bytes
    if args.once:
        st = worker.run_once()
        print(st.state, st.last_error or "", st.records_waiting, flush=True)
        return 0 if st.state == "idle" else 1
    worker.start()
    try:
        while worker._thread and worker._thread.is_alive():
            worker._thread.join(1)
    except KeyboardInterrupt:
        worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
