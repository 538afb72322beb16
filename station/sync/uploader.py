"""Upload the outbox: one batch in flight, deterministic ids, ack only on a hub-signed answer.

Transport errors never ack and release the batch; a crash leaves the batch ``inflight`` and the next
run resends exactly the same rows (same batch id, so the hub replays its stored answer).
"""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Protocol

from station.sync import wire
from station.sync.batching import BatchSizer
from station.sync.client import Reply, SyncError
from station.sync.outbox import InflightMark, OutboxRow, OutboxStore

READ_CHUNK = 2000
# Signed 400s that say "something in these records": split down to the poison record. Any other
# signed 400 (path, encoding...) is a station/hub mismatch, reported without touching records.
SPLIT_CODES = frozenset({"body.too_large", "body.corrupt", "batch.chain_head", "batch.count_mismatch",
                         "batch.seq_not_contiguous", "batch.payload_digest", "batch.id_mismatch", "envelope.bad_json",
                         "envelope.bad_field", "batch.empty"})
MAX_SINGLE_PAYLOAD = 8 << 20


def crash_point(name: str) -> None:
    """Test hook for kill -9 tests: STATION_SYNC_CRASH_AT=<name> kills the process right here."""
    if os.environ.get("STATION_SYNC_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


class BatchSender(Protocol):
    def put_batch(self, incarnation_id: str, batch_id: str, body: bytes, encoding: str, payload_sha: str) -> Reply:
        ...

    def checked(self, reply: Reply, ok: tuple[int, ...] = (200,)) -> Reply:
        ...


@dataclass
class Prepared:
    incarnation_id: str
    batch_id: str
    rows: list[OutboxRow]
    raw: bytes
    body: bytes


@dataclass
class UploadReport:
    batches: int = 0
    acked: int = 0
    quarantined: int = 0
    rehomed: int = 0


def build(station_id: str, inc: str, rows: list[OutboxRow], prev: bytes, encoding: str) -> Prepared:
    hashes = [r.payload_sha256 for r in rows]
    bid = wire.batch_id_for(station_id, inc, rows[0].seq, rows[-1].seq, hashes)
    header = wire.BatchHeader(station_id, inc, bid, rows[0].seq, rows[-1].seq, len(rows), prev, rows[-1].chain_hash)
    raw = wire.encode_batch_lines(header, [r.envelope_text() for r in rows])
    return Prepared(inc, bid, rows, raw, wire.compress(raw, encoding))


class Uploader:
    def __init__(self, store: OutboxStore, sender: BatchSender, sizer: BatchSizer | None = None,
                 encoding: str = "zstd") -> None:
        self.store = store
        self.sender = sender
        self.sizer = sizer or BatchSizer()
        self.encoding = encoding

    # ------------------------------------------------------------ cutting

    def _cut(self, station_id: str, in_flight: InflightMark | None = None) -> Prepared | None:
        """The next batch from pending rows; ``in_flight`` is the batch the hub has now, whose rows are
        still pending (they are acknowledged only by its answer) and must not go twice."""
        while True:
            inc = self.store.pending_incarnation(in_flight)
            if inc is None:
                return None
            after = in_flight.last if in_flight is not None and in_flight.incarnation_id == inc else 0
            rows = self._contiguous(inc, after)
            if not rows:
                continue  # a poison row was quarantined; look again
            prev = self.store.prev_chain(inc, rows[0].seq)
            if prev is None:
                self.store.quarantine(inc, rows[0].seq, "sync.chain_unknown")
                continue
            head = prev
            for i, r in enumerate(rows):
                head = wire.chain_next(head, r.seq, r.payload_sha256)
                if head != r.chain_hash or wire.sha256(r.payload) != r.payload_sha256:
                    if i == 0:
                        self.store.quarantine(inc, r.seq, "sync.chain_broken")
                        rows = []
                    else:
                        rows = rows[:i]
                    break
            if not rows:
                continue
            return build(station_id, inc, rows, prev, self.encoding)

    def _contiguous(self, inc: str, after: int) -> list[OutboxRow]:
        budget = self.sizer.raw_budget()
        out: list[OutboxRow] = []
        size = 0
        while True:
            chunk = self.store.pending(inc, READ_CHUNK, after)
            if not chunk:
                return out
            for r in chunk:
                if out and r.seq != out[-1].seq + 1:
                    return out
                try:
                    r.payload.decode("utf-8")
                except UnicodeDecodeError:
                    if out:
                        return out
                    self.store.quarantine(inc, r.seq, "sync.payload_not_utf8")
                    return []
                line = len(r.payload) + 200
                if out and size + line > budget:
                    return out
                out.append(r)
                size += line
            after = chunk[-1].seq

    # ------------------------------------------------------------ sending

    def _fresh(self, station_id: str, in_flight: Prepared | None = None) -> Prepared | None:
        """Cut the next batch from pending rows, small enough for the hub."""
        mark = None if in_flight is None else InflightMark(in_flight.incarnation_id, in_flight.rows[0].seq,
                                                           in_flight.rows[-1].seq, in_flight.batch_id)
        while True:
            batch = self._cut(station_id, mark)
            if batch is None:
                return None
            self.sizer.observe_ratio(len(batch.raw), len(batch.body))
            if len(batch.body) > self.sizer.max_bytes and len(batch.rows) > 1:
                self.sizer.split(len(batch.raw))
                continue
            return batch

    def run(self, stop=lambda: False, max_batches: int | None = None) -> UploadReport:
        """Send until nothing is pending. One batch is in flight at a time; the next one is cut and
        compressed while the hub works on the current one (it is marked inflight only once sent)."""
        report = UploadReport()
        station_id = self.store.identity().station_id
        replays = 0
        ahead: Prepared | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="sync-send") as pool:
            while not stop() and (max_batches is None or report.batches < max_batches):
                resumed = self.store.inflight()
                if resumed is not None:
                    inc, bid, rows = resumed
                    prev = self.store.prev_chain(inc, rows[0].seq) or wire.ZERO_HASH
                    batch = build(station_id, inc, rows, prev, self.encoding)
                    if batch.batch_id != bid:  # cannot happen unless rows changed; recut from scratch
                        self.store.release(bid)
                        continue
                else:
                    batch = ahead if ahead is not None else self._fresh(station_id)
                    if batch is None:
                        return report
                    self.store.mark_inflight(batch.incarnation_id, batch.rows[0].seq, batch.rows[-1].seq,
                                             batch.batch_id)
                    crash_point("after_inflight")
                ahead = None
                report.batches += 1
                started = time.monotonic()
                future = pool.submit(self.sender.put_batch, batch.incarnation_id, batch.batch_id, batch.body,
                                     self.encoding, wire.sha256(batch.raw).hex())
                if max_batches is None or report.batches < max_batches:
                    try:
                        ahead = self._fresh(station_id, batch)
                    finally:
                        wait([future])
                try:
                    reply = future.result()
                except SyncError as e:
                    self.store.release(batch.batch_id, e.code)
                    self.sizer.on_failure()
                    raise
                rehomed = report.rehomed
                outcome = self._finish(batch, reply, report, started)
                if outcome != "ok" or report.rehomed != rehomed:
                    ahead = None
                if outcome == "replayed":
                    replays += 1
                    if replays > 3:
                        raise SyncError("sync.replay_loop")
        return report

    def _finish(self, batch: Prepared, reply: Reply, report: UploadReport, started: float) -> str:
        crash_point("before_ack")
        if reply.status == 413 or (reply.verified and reply.status == 400 and reply.error_code in SPLIT_CODES):
            # too big for the hub or a proxy, or a batch the hub cannot take: split down to the poison record
            self.store.release(batch.batch_id)
            if len(batch.rows) == 1:
                code = "sync.too_large" if reply.status == 413 else "hub:" + (reply.error_code or "rejected")
                self.store.quarantine(batch.incarnation_id, batch.rows[0].seq, code)
                report.quarantined += 1
            else:
                self.sizer.split(len(batch.raw))
            return "split"
        if reply.verified and reply.status in (401, 403) and reply.error_code == "auth.replayed":
            self.store.release(batch.batch_id)
            return "replayed"
        if not (reply.verified and reply.status == 200):
            self.store.release(batch.batch_id, f"http:{reply.status}")
            if reply.status >= 500 or not reply.verified:
                self.sizer.on_failure()
            self.sender.checked(reply)  # raises the matching SyncError
        result = reply.json()
        if result.get("batch_id") != batch.batch_id or result.get("incarnation_id") != batch.incarnation_id:
            self.store.release(batch.batch_id, "sync.answer_mismatch")
            raise SyncError("sync.answer_mismatch")
        forks = self.store.apply_result(result, batch.batch_id)
        if forks:
            report.rehomed += self.store.rehome(batch.incarnation_id, forks)
        report.acked += sum(b - a + 1 for a, b in result.get("accepted", []) + result.get("duplicate", []))
        self.sizer.on_success(len(batch.body), time.monotonic() - started)
        return "ok"
