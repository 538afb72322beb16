"""The sync worker's own view of the station database (its own sqlite3 connection, off the GUI thread).

Only sync-state columns of ``outbox`` are ever updated (state, batch_id, last_error, acked_at; the
batch in flight is one ``sync_state`` row, ``InflightMark``), except when re-homing rows the hub
proved to be a fork of a restored database: those rows were never accepted by the hub and move,
unchanged in content, to the current incarnation.

Rows are deleted only by ``prune_acked`` (sync.md §4.2, invariant I5): an acknowledged prefix of an
incarnation, older than the retention period and covered by a digest the hub agreed with. What
later batches and digests still need from those rows is folded into a ``pruned:<incarnation>``
summary first (see ``PrunedPrefix``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from station.sync import wire

ROW_COLS = ("seq, record_id, kind, schema_version, payload, payload_sha256, chain_hash, created_wall, "
            "created_mono_ns, boot_id, ref_versions")


@dataclass(frozen=True, slots=True)
class Identity:
    station_id: str
    station_code: str
    incarnation_id: str
    next_seq: int
    last_chain_hash: bytes


class OutboxRow(NamedTuple):  # a tuple, not a dataclass: 100,000 of them are built per catch-up
    seq: int
    record_id: str
    kind: str
    schema_version: int
    payload: bytes
    payload_sha256: bytes
    chain_hash: bytes
    created_wall: str
    created_mono_ns: int
    boot_id: str
    ref_versions: str

    def envelope(self) -> wire.Envelope:
        return wire.Envelope(self.seq, self.record_id, self.kind, self.schema_version, self.payload,
                             self.created_wall, self.created_mono_ns, self.boot_id, self.ref_versions or "{}")

    def envelope_text(self) -> str:
        """The same envelope as its batch line, without building the ``Envelope`` on the way."""
        return wire.envelope_text(self.seq, self.record_id, self.kind, self.schema_version, self.payload.decode("utf-8"),
                                  self.created_wall, self.created_mono_ns, self.boot_id, self.ref_versions or "{}")


K_INFLIGHT = "inflight_batch"


class InflightMark(NamedTuple):
    """The one batch in flight: its incarnation, sequence range and id (``sync_state`` row)."""
    incarnation_id: str
    first: int
    last: int
    batch_id: str

    def to_text(self) -> str:
        return f"{self.incarnation_id} {self.first} {self.last} {self.batch_id}"

    @classmethod
    def from_text(cls, text: str | None) -> InflightMark | None:
        try:
            inc, first, last, batch_id = (text or "").split(" ")
            return cls(inc, int(first), int(last), batch_id)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class OutboxStats:
    pending: int
    inflight: int
    quarantined: int
    oldest_pending_wall: str | None


@dataclass(slots=True)
class PrunedPrefix:
    """What the deleted rows 1..upto of one incarnation still contribute: the chain hash the next
    record links to, and their share of the reconciliation digest (per day: count, sum of
    amount_fen, xor of payload hashes; all three combine with the remaining rows by + and ^)."""

    upto: int = 0
    chain_hash: bytes = wire.ZERO_HASH
    count: int = 0
    days: dict[str, list[int]] = field(default_factory=dict)

    def to_text(self) -> str:
        return json.dumps({"upto": self.upto, "chain": self.chain_hash.hex(), "count": self.count,
                           "days": self.days}, sort_keys=True)

    @classmethod
    def from_text(cls, text: str | None) -> PrunedPrefix:
        if not text:
            return cls()
        d = json.loads(text)
        return cls(int(d["upto"]), bytes.fromhex(d["chain"]), int(d["count"]),
                   {k: [int(x) for x in v] for k, v in d["days"].items()})


def _add_to_day(days: dict[str, list[int]], wall: str, payload: bytes, payload_sha256: bytes) -> None:
    """One record's share of the digest, computed exactly as the hub does (station.hub.digest)."""
    d = days.setdefault(wall[:10], [0, 0, 0])
    d[0] += 1
    d[1] += wire.amount_fen(payload) or 0
    d[2] ^= int.from_bytes(bytes(payload_sha256), "big")


def utc_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class OutboxStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(path)
        # Told how many rows each verified hub answer newly acknowledged (the worker's catch-up progress).
        self.on_acked: Callable[[int], None] | None = None

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: serialises with the counter's business transactions, never half-applies."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ------------------------------------------------------------ identity and state

    def identity(self) -> Identity:
        row = self.conn.execute("SELECT station_id, station_code, incarnation_id, next_seq, last_chain_hash "
                                "FROM sync_identity WHERE id = 1").fetchone()
        if row is None:
            raise LookupError("sync.no_identity")
        return Identity(row[0], row[1], row[2], row[3], bytes(row[4]))

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str, conn: sqlite3.Connection | None = None) -> None:
        sql = "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        if conn is not None:
            conn.execute(sql, (key, value))
            return
        with self.write() as c:
            c.execute(sql, (key, value))

    def is_training(self) -> bool:
        return self.get_state("training") == "1"

    def start_new_incarnation(self, reason: str) -> str:
        new = str(uuid.uuid4())
        with self.write() as c:
            c.execute("UPDATE sync_identity SET incarnation_id = ?, next_seq = 1, last_chain_hash = ? WHERE id = 1",
                      (new, wire.ZERO_HASH))
            self.set_state("alert", reason, c)
        return new

    # ------------------------------------------------------------ reading

    def _rows(self, sql: str, args: tuple) -> list[OutboxRow]:
        # BLOB columns come back as bytes already; the row's columns are OutboxRow's fields in order
        return list(map(OutboxRow._make, self.conn.execute(sql, args)))

    def _inflight_mark(self) -> InflightMark | None:
        return InflightMark.from_text(self.get_state(K_INFLIGHT))

    def inflight(self) -> tuple[str, str, list[OutboxRow]] | None:
        """The batch a crash left in flight: resent as-is, so its id (and the hub's answer) is the same.
        Its rows are the range in the in-flight mark that are still pending (the caller compares the
        rebuilt batch id and recuts if they changed); rows a version before 2026-11 marked one by one
        are found by their state."""
        mark = self._inflight_mark()
        if mark is not None:
            rows = self._rows(f"SELECT {ROW_COLS} FROM outbox WHERE state = 'pending' AND incarnation_id = ? "
                              "AND seq BETWEEN ? AND ? ORDER BY seq", (mark.incarnation_id, mark.first, mark.last))
            if rows:
                return mark.incarnation_id, mark.batch_id, rows
            self.release(mark.batch_id)  # acknowledged meanwhile (a USB-stick answer): nothing to resend
        row = self.conn.execute("SELECT incarnation_id, batch_id FROM outbox WHERE state = 'inflight' "
                                "ORDER BY rowid LIMIT 1").fetchone()
        if row is None:
            return None
        rows = self._rows(f"SELECT {ROW_COLS} FROM outbox WHERE state = 'inflight' AND incarnation_id = ? "
                          "AND batch_id = ? ORDER BY seq", (row[0], row[1]))
        return row[0], row[1], rows

    def pending_incarnation(self, skip: InflightMark | None = None) -> str | None:
        """The incarnation of the oldest pending record, not counting the batch ``skip`` (the one in
        flight while the next is cut). Asked before every batch, so it walks the (state, incarnation,
        seq) index a seek at a time (a station has one or two incarnations with pending records)
        instead of grouping every pending row: 100,000 waiting made that a full scan."""
        oldest: tuple[int, str] | None = None
        for inc in self._incarnations("pending"):
            after = skip.last if skip is not None and skip.incarnation_id == inc else 0
            first = self.conn.execute("SELECT rowid FROM outbox WHERE state = 'pending' AND incarnation_id = ? "
                                      "AND seq > ? ORDER BY seq LIMIT 1", (inc, after)).fetchone()
            if first is not None and (oldest is None or first[0] < oldest[0]):
                oldest = (first[0], inc)
        return oldest[1] if oldest else None

    def _incarnations(self, state: str) -> Iterator[str]:
        """The incarnations that have rows in ``state``, a (state, incarnation, seq) index seek each."""
        inc = ""
        while True:
            row = self.conn.execute("SELECT incarnation_id FROM outbox WHERE state = ? AND incarnation_id > ? "
                                    "ORDER BY incarnation_id LIMIT 1", (state, inc)).fetchone()
            if row is None:
                return
            inc = row[0]
            yield inc

    def pending(self, incarnation_id: str, limit: int, after_seq: int = 0) -> list[OutboxRow]:
        return self._rows(f"SELECT {ROW_COLS} FROM outbox WHERE state = 'pending' AND incarnation_id = ? "
                          "AND seq > ? ORDER BY seq LIMIT ?", (incarnation_id, after_seq, limit))

    def prev_chain(self, incarnation_id: str, seq: int) -> bytes | None:
        if seq == 1:
            return wire.ZERO_HASH
        row = self.conn.execute("SELECT chain_hash FROM outbox WHERE incarnation_id = ? AND seq = ?",
                                (incarnation_id, seq - 1)).fetchone()
        if row:
            return bytes(row[0])
        pruned = self.pruned_prefix(incarnation_id)
        if pruned.upto == seq - 1:
            return pruned.chain_hash
        saved = self.get_state(f"acked_chain:{incarnation_id}")
        if saved and saved.split(":")[0] == str(seq - 1):
            return bytes.fromhex(saved.split(":")[1])
        return None

    def stats(self) -> OutboxStats:
        """Counts for the status bar, asked after every local change: both read the (state, incarnation,
        seq) index only. The oldest waiting record is the first by sequence in each incarnation (the
        order it was recorded in), not a scan of every waiting row's clock time: with weeks offline,
        tens of thousands wait, and that scan took 45 ms of every sync cycle."""
        counts = {state: self.conn.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (state,)).fetchone()[0]
                  for state in ("pending", "inflight", "quarantined")}  # one index range each
        oldest: str | None = None
        for state in ("pending", "inflight"):
            for inc in self._incarnations(state):
                wall = self.conn.execute("SELECT created_wall FROM outbox WHERE state = ? AND incarnation_id = ? "
                                         "ORDER BY seq LIMIT 1", (state, inc)).fetchone()[0]
                oldest = wall if oldest is None or wall < oldest else oldest
        return OutboxStats(counts.get("pending", 0), counts.get("inflight", 0), counts.get("quarantined", 0), oldest)

    def quarantined(self) -> list[tuple[str, int, str, str]]:
        return list(self.conn.execute("SELECT incarnation_id, seq, kind, last_error FROM outbox "
                                      "WHERE state = 'quarantined' ORDER BY rowid"))

    # ------------------------------------------------------------ state changes

    def mark_inflight(self, incarnation_id: str, first: int, last: int, batch_id: str) -> None:
        """Remember the batch about to go out, durably, before it is sent: after a crash the same rows
        go again under the same id, and the hub answers with what it stored. One small row, not a
        rewrite of every record in the batch: those rewrites (and the acknowledgement's) were most of
        a catching-up station's sync time. The rows stay 'pending' meanwhile."""
        with self.write() as c:
            self.set_state(K_INFLIGHT, InflightMark(incarnation_id, first, last, batch_id).to_text(), c)

    def release(self, batch_id: str, error: str | None = None) -> None:
        """The batch is no longer in flight (a transport error, a split, a recut); its rows are pending."""
        with self.write() as c:
            self._clear_inflight(c, batch_id)
            c.execute("UPDATE outbox SET state = 'pending', batch_id = NULL, last_error = ? "
                      "WHERE state = 'inflight' AND batch_id = ?", (error, batch_id))

    def _clear_inflight(self, c: sqlite3.Connection, batch_id: str) -> None:
        mark = self._inflight_mark()
        if mark is not None and mark.batch_id == batch_id:
            c.execute("DELETE FROM sync_state WHERE key = ?", (K_INFLIGHT,))

    def quarantine(self, incarnation_id: str, seq: int, code: str) -> None:
        with self.write() as c:
            c.execute("UPDATE outbox SET state = 'quarantined', batch_id = NULL, last_error = ? "
                      "WHERE incarnation_id = ? AND seq = ? AND state != 'acked'", (code, incarnation_id, seq))

    def retry_quarantined(self) -> int:
        with self.write() as c:
            return c.execute("UPDATE outbox SET state = 'pending', last_error = NULL "
                             "WHERE state = 'quarantined'").rowcount

    def apply_result(self, result: dict, batch_id: str | None) -> list[int]:
        """Apply a verified hub answer in one transaction. Returns seqs the hub called a fork (to re-home)."""
        inc = result["incarnation_id"]
        now = utc_text()
        forks: list[int] = []
        newly_acked = 0
        with self.write() as c:
            for a, b in result.get("accepted", []) + result.get("duplicate", []):
                newly_acked += c.execute(
                    "UPDATE outbox SET state = 'acked', acked_at = ?, batch_id = NULL, last_error = NULL "
                    "WHERE incarnation_id = ? AND seq BETWEEN ? AND ? AND state != 'acked'",
                    (now, inc, a, b)).rowcount
            for rej in result.get("rejected", []):
                if rej.get("fork"):
                    forks.append(rej["seq"])
                state = "pending" if rej.get("retryable") and not rej.get("fork") else "quarantined"
                c.execute("UPDATE outbox SET state = ?, batch_id = NULL, last_error = ? "
                          "WHERE incarnation_id = ? AND seq = ? AND state != 'acked'",
                          (state, "hub:" + str(rej.get("code")), inc, rej["seq"]))
            for con in result.get("conflict", []):
                if con.get("fork"):
                    forks.append(con["seq"])
                c.execute("UPDATE outbox SET state = 'quarantined', batch_id = NULL, last_error = ? "
                          "WHERE incarnation_id = ? AND seq = ? AND state != 'acked'",
                          ("hub:fork" if con.get("fork") else "hub:conflict", inc, con["seq"]))
            if batch_id:  # anything the answer did not mention goes back to the queue (it is pending already)
                self._clear_inflight(c, batch_id)
                c.execute("UPDATE outbox SET state = 'pending', batch_id = NULL WHERE state = 'inflight' "
                          "AND batch_id = ?", (batch_id,))
            top = c.execute("SELECT seq, chain_hash FROM outbox WHERE incarnation_id = ? AND state = 'acked' "
                            "ORDER BY seq DESC LIMIT 1", (inc,)).fetchone()
            if top:
                self.set_state(f"acked_chain:{inc}", f"{top[0]}:{bytes(top[1]).hex()}", c)
            self.set_state(f"hub_watermark:{inc}", str(result.get("contiguous_watermark", 0)), c)
            self.set_state("last_ack_at", now, c)
        if self.on_acked is not None and newly_acked:
            self.on_acked(newly_acked)
        return sorted(set(forks))

    def rehome(self, incarnation_id: str, seqs: list[int]) -> int:
        """Move never-accepted rows of a forked incarnation to the end of the current one."""
        ident = self.identity()
        if ident.incarnation_id == incarnation_id:
            self.start_new_incarnation("sync.incarnation_forked")
        moved = 0
        with self.write() as c:
            row = c.execute("SELECT incarnation_id, next_seq, last_chain_hash FROM sync_identity WHERE id = 1"
                            ).fetchone()
            cur, nxt, chain = row[0], row[1], bytes(row[2])
            for seq in sorted(seqs):
                r = c.execute("SELECT payload_sha256 FROM outbox WHERE incarnation_id = ? AND seq = ? "
                              "AND state != 'acked'", (incarnation_id, seq)).fetchone()
                if r is None:
                    continue
                chain = wire.chain_next(chain, nxt, bytes(r[0]))
                c.execute("UPDATE outbox SET incarnation_id = ?, seq = ?, chain_hash = ?, state = 'pending', "
                          "batch_id = NULL, last_error = ? WHERE incarnation_id = ? AND seq = ?",
                          (cur, nxt, chain, f"rehomed:{incarnation_id}:{seq}", incarnation_id, seq))
                nxt += 1
                moved += 1
            c.execute("UPDATE sync_identity SET next_seq = ?, last_chain_hash = ? WHERE id = 1", (nxt, chain))
        return moved

    def acked_digest(self, incarnation_id: str, upto: int) -> dict | None:
        """The station's side of the reconciliation digest, same shape as the hub's. Pruned rows count
        through their summary. None when rows up to ``upto`` were already pruned (an old watermark):
        the station can no longer say what that range held, so there is nothing to compare."""
        pruned = self.pruned_prefix(incarnation_id)
        if upto < pruned.upto:
            return None
        days = {k: list(v) for k, v in pruned.days.items()}
        count = pruned.count
        chain = pruned.chain_hash.hex() if pruned.upto and pruned.upto == upto else None
        for seq, wall, payload, ph, ch in self.conn.execute(
                "SELECT seq, created_wall, payload, payload_sha256, chain_hash FROM outbox "
                "WHERE incarnation_id = ? AND seq > ? AND seq <= ? AND state = 'acked' ORDER BY seq",
                (incarnation_id, pruned.upto, upto)):
            count += 1
            _add_to_day(days, wall, bytes(payload), bytes(ph))
            if seq == upto:
                chain = bytes(ch).hex()
        return {"count": count, "chain_hash": chain,
                "days": {k: {"count": v[0], "amount_fen": v[1], "xor": f"{v[2]:064x}"} for k, v in sorted(days.items())}}

    # ------------------------------------------------------------ digest record and pruning

    def record_digest(self, incarnation_id: str, upto: int, passed: bool) -> None:
        """Remember the outcome of a digest comparison: pruning waits for the last one to have passed."""
        with self.write() as c:
            self.set_state("last_digest_result", "passed" if passed else "failed", c)
            if passed:
                self.set_state(f"digest_passed:{incarnation_id}", str(upto), c)

    def pruned_prefix(self, incarnation_id: str) -> PrunedPrefix:
        return PrunedPrefix.from_text(self.get_state(f"pruned:{incarnation_id}"))

    def prune_acked(self, acked_before: str, chunk: int = 5000) -> int:
        """Delete acknowledged rows acked before ``acked_before`` (UTC ISO text, like ``acked_at``),
        only while the last digest comparison passed and only up to what that incarnation's passing
        digest covered. Never a pending, inflight or quarantined row (I5). Returns rows deleted."""
        if self.get_state("last_digest_result") != "passed":
            return 0
        deleted = 0
        verified = self.conn.execute("SELECT substr(key, 15), value FROM sync_state "
                                     "WHERE key LIKE 'digest_passed:%'").fetchall()
        for inc, upto in verified:
            while True:
                n = self._prune_chunk(inc, int(upto), acked_before, chunk)
                deleted += n
                if n < chunk:
                    break
        return deleted

    def _prune_chunk(self, inc: str, verified_upto: int, acked_before: str, chunk: int) -> int:
        """One short write transaction (the counter's business transactions wait behind it): extend the
        pruned prefix by up to ``chunk`` rows, fold them into the summary, delete them."""
        with self.write() as c:
            pruned = self.pruned_prefix(inc)
            top = c.execute("SELECT MAX(seq) FROM outbox WHERE incarnation_id = ? AND state = 'acked'",
                            (inc,)).fetchone()[0]
            if top is None:
                return 0
            # Only a gapless prefix 1..P is pruned, so "the rows before P+1" is one summary: the next
            # batch's previous chain hash (prev_chain) and the digest's count, sums and xors come from
            # it. Rows past a hole (a held-back record) stay even if old, so that one summary always
            # describes exactly 1..P; the digest vouches only up to the hub's watermark anyway. The
            # newest acked row also stays, so an incarnation always keeps the real record its next
            # one links to.
            limit = min(verified_upto, top - 1)
            rows = c.execute("SELECT seq, state, acked_at, created_wall, payload, payload_sha256, chain_hash "
                             "FROM outbox WHERE incarnation_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                             (inc, pruned.upto, limit, chunk)).fetchall()
            first = pruned.upto
            for seq, state, acked_at, wall, payload, ph, ch in rows:
                if seq != pruned.upto + 1 or state != "acked" or not acked_at or acked_at >= acked_before:
                    break  # a hole, a row not acked (kept, I5) or acked too recently: the prefix ends here
                pruned.upto, pruned.chain_hash = seq, bytes(ch)
                pruned.count += 1
                _add_to_day(pruned.days, wall, bytes(payload), bytes(ph))
            if pruned.upto == first:
                return 0
            n = c.execute("DELETE FROM outbox WHERE incarnation_id = ? AND seq > ? AND seq <= ? AND state = 'acked'",
                          (inc, first, pruned.upto)).rowcount
            self.set_state(f"pruned:{inc}", pruned.to_text(), c)
            return n
