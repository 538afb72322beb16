"""Idempotent batch ingestion: one transaction per batch (sync.md §4.6).

A known batch id replays its stored answer; the (station, incarnation, seq) primary key and the
unique record_id are the only dedup mechanism (never check-then-insert without the lock below).
Same key + same hash is a duplicate; same key + different hash is a conflict, recorded and never a
silent drop. The contiguous watermark per (station, incarnation) only moves forward.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError

from station.hub import tables as t
from station.hub.db import utc_text
from station.hub.stations import clock_judge  # judged as it arrives: the sweep then finds nothing new
from station.sync import wire

WATERMARK_CHUNK = 5000


class DeadlineExceeded(Exception):
    """The request would answer after the proxy gave up: roll back so an error means 'not stored'."""


@dataclass(frozen=True, slots=True)
class IncarnationState:
    contiguous_seq: int
    max_seq_seen: int
    chain_at_watermark: bytes


def _ranges(seqs: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for s in sorted(seqs):
        if out and out[-1][1] + 1 == s:
            out[-1][1] = s
        else:
            out.append([s, s])
    return out


def _ensure_incarnation(conn: Connection, station_id: str, inc: str) -> IncarnationState:
    values = {"station_id": station_id, "incarnation_id": inc, "contiguous_seq": 0,
              "chain_at_watermark": wire.ZERO_HASH, "max_seq_seen": 0, "first_seen_at": utc_text()}
    dialect = conn.dialect.name
    ins = (postgresql.insert(t.incarnation) if dialect == "postgresql" else sqlite.insert(t.incarnation))
    conn.execute(ins.values(**values).on_conflict_do_nothing())
    row = conn.execute(select(t.incarnation.c.contiguous_seq, t.incarnation.c.max_seq_seen,
                              t.incarnation.c.chain_at_watermark)
                       .where(t.incarnation.c.station_id == station_id, t.incarnation.c.incarnation_id == inc)
                       .with_for_update()).one()
    return IncarnationState(row[0], row[1], bytes(row[2]))


def incarnation_state(conn: Connection, station_id: str, inc: str) -> IncarnationState | None:
    row = conn.execute(select(t.incarnation.c.contiguous_seq, t.incarnation.c.max_seq_seen,
                              t.incarnation.c.chain_at_watermark)
                       .where(t.incarnation.c.station_id == station_id,
                              t.incarnation.c.incarnation_id == inc)).first()
    return IncarnationState(row[0], row[1], bytes(row[2])) if row else None


def stored_result(conn: Connection, batch_id: str, station_id: str) -> bytes | None:
    """The stored answer for a known batch, if the records it acknowledged are all still here.
    (If the hub lost rows, e.g. restored from an older dump, the replay must ingest again so
    the station's digest-triggered resend can heal the hole.)"""
    row = conn.execute(select(t.batch.c.result, t.batch.c.station_id, t.batch.c.incarnation_id,
                              t.batch.c.first_seq, t.batch.c.last_seq)
                       .where(t.batch.c.batch_id == batch_id)).first()
    if row is None:
        return None
    if row[1] != station_id:  # another station's batch id: never hand its answer out
        raise wire.WireError("batch.foreign")
    result = bytes(row[0])
    ranges = json.loads(result)
    expected = sum(b - a + 1 for a, b in ranges["accepted"] + ranges["duplicate"])
    rc = t.record.c
    held = conn.execute(select(func.count()).select_from(t.record).where(
        rc.station_id == station_id, rc.incarnation_id == row[2], rc.seq.between(row[3], row[4]))).scalar_one()
    if held < expected:
        conn.execute(delete(t.batch).where(t.batch.c.batch_id == batch_id))
        return None
    return result


def ingest_batch(engine: Engine, header: wire.BatchHeader, envelopes: list[wire.Envelope],
                 clock_offset_ms: int | None, deadline: float, batch_hint: int) -> bytes:
    """Store a verified, decoded batch; returns the canonical JSON result (stored for replays)."""
    with engine.begin() as conn:
        known = stored_result(conn, header.batch_id, header.station_id)
        if known is not None:
            return known
        state = _ensure_incarnation(conn, header.station_id, header.incarnation_id)
        known = stored_result(conn, header.batch_id, header.station_id)  # a twin committed while we waited
        if known is not None:
            return known
        result = _ingest_locked(conn, header, envelopes, state, clock_offset_ms, batch_hint)
        if time.monotonic() > deadline:
            raise DeadlineExceeded()
        return result


def _ingest_locked(conn: Connection, header: wire.BatchHeader, envelopes: list[wire.Envelope],
                   state: IncarnationState, clock_offset_ms: int | None, batch_hint: int) -> bytes:
    sid, inc = header.station_id, header.incarnation_id
    rc = t.record.c
    key = and_(rc.station_id == sid, rc.incarnation_id == inc)
    existing = {r[0]: (bytes(r[1]), r[2]) for r in conn.execute(
        select(rc.seq, rc.payload_sha256, rc.record_id)
        .where(key, rc.seq.between(header.first_seq - 1, header.last_seq)))}
    hashes = [e.payload_sha256 for e in envelopes]

    # The chain: recompute from the declared predecessor; it must reach the declared head.
    chains: list[bytes] = []
    head = header.prev_chain
    chain_next = wire.chain_next
    for e, h in zip(envelopes, hashes, strict=True):
        head = chain_next(head, e.seq, h)
        chains.append(head)
    if head != header.last_chain:
        raise wire.WireError("batch.chain_head")
    known_prev: bytes | None = wire.ZERO_HASH if header.first_seq == 1 else None
    if known_prev is None and header.first_seq - 1 in existing:
        known_prev = conn.execute(select(rc.chain_hash).where(key, rc.seq == header.first_seq - 1)).scalar_one()
        known_prev = bytes(known_prev)
    chain_broken = known_prev is not None and known_prev != header.prev_chain

    now = utc_text()
    judge_clock = clock_judge(clock_offset_ms, now)

    def classify(taken: dict[str, bytes]) -> tuple:
        broken = chain_broken
        accepted: list[int] = []
        duplicate: list[int] = []
        rejected: list[dict] = []
        conflicts: list[dict] = []
        conflict_rows: list[dict] = []
        rows: list[dict] = []
        seen_ids: set[str] = set()
        for e, h, chain in zip(envelopes, hashes, chains, strict=True):
            if e.seq in existing:
                old_hash, old_id = existing[e.seq]
                if old_hash == h and old_id == e.record_id:
                    duplicate.append(e.seq)
                else:
                    fork = old_id != e.record_id
                    conflicts.append({"seq": e.seq, "fork": fork})
                    broken = broken or fork  # later records of this batch follow the other branch
                    conflict_rows.append(_conflict(sid, inc, e, h, old_hash,
                                                   "fork" if fork else "same_key_other_hash", header.batch_id, now))
                continue
            if e.record_id in taken or e.record_id in seen_ids:
                conflicts.append({"seq": e.seq, "fork": False})
                conflict_rows.append(_conflict(sid, inc, e, h, taken.get(e.record_id), "record_id_reused",
                                               header.batch_id, now))
                continue
            if broken:
                rejected.append({"seq": e.seq, "code": "chain_mismatch", "retryable": False, "fork": True})
                continue
            seen_ids.add(e.record_id)
            accepted.append(e.seq)
            rows.append((sid, inc, e.seq, e.record_id, e.kind, e.schema_version, e.payload, h, chain,
                         e.created_wall, e.created_mono_ns, e.boot_id, e.ref_versions, e.created_wall[:10],
                         wire.amount_fen(e.payload), now, clock_offset_ms, header.batch_id,
                         judge_clock(e.created_wall)))
        return accepted, duplicate, rejected, conflicts, conflict_rows, rows

    # Optimistic: record ids are UUIDs, so a clash is rare; the unique constraint is the judge.
    accepted, duplicate, rejected, conflicts, conflict_rows, rows = classify({})
    try:
        with conn.begin_nested():
            if rows:
                _insert_records(conn, rows)
    except IntegrityError:
        taken: dict[str, bytes] = {}
        ids = [e.record_id for e in envelopes if e.seq not in existing]
        for i in range(0, len(ids), 500):
            for rid, ph in conn.execute(select(rc.record_id, rc.payload_sha256).where(rc.record_id.in_(ids[i:i + 500]))):
                taken[rid] = bytes(ph)
        accepted, duplicate, rejected, conflicts, conflict_rows, rows = classify(taken)
        if rows:
            _insert_records(conn, rows)
    if conflict_rows:
        conn.execute(insert(t.conflict), conflict_rows)

    watermark, wm_chain = state.contiguous_seq, state.chain_at_watermark
    if accepted and accepted[0] <= watermark + 1 <= accepted[-1]:
        if (accepted[0] == watermark + 1 and len(accepted) == accepted[-1] - accepted[0] + 1
                and state.max_seq_seen <= accepted[-1]):
            # the usual batch: the next records in order and nothing stored beyond them, so the
            # watermark moves to its last record without reading back what was just written
            watermark, wm_chain = accepted[-1], chains[accepted[-1] - header.first_seq]
        else:
            watermark, wm_chain = _advance(conn, sid, inc, watermark, wm_chain)
    max_seen = max(state.max_seq_seen, accepted[-1] if accepted else 0)
    conn.execute(update(t.incarnation)
                 .where(t.incarnation.c.station_id == sid, t.incarnation.c.incarnation_id == inc)
                 .values(contiguous_seq=watermark, chain_at_watermark=wm_chain, max_seq_seen=max_seen,
                         last_batch_at=now))
    seen = {"last_sync_at": now} | ({"clock_offset_ms": clock_offset_ms} if clock_offset_ms is not None else {})
    conn.execute(update(t.station).where(t.station.c.station_id == sid).values(**seen))
    result = wire.canonical_json({
        "batch_id": header.batch_id, "incarnation_id": inc, "accepted": _ranges(accepted), "duplicate": _ranges(duplicate),
        "rejected": rejected, "conflict": conflicts, "contiguous_watermark": watermark,
        "max_seq_seen": max_seen, "server_time": now, "next_batch_bytes_hint": batch_hint})
    conn.execute(insert(t.batch).values(batch_id=header.batch_id, station_id=sid, incarnation_id=inc,
                                        first_seq=header.first_seq, last_seq=header.last_seq,
                                        result=result, received_at=now))
    return result


RECORD_COLS = ["station_id", "incarnation_id", "seq", "record_id", "kind", "schema_version", "payload",
               "payload_sha256", "chain_hash", "created_wall", "created_mono_ns", "boot_id", "ref_versions", "day",
               "amount_fen", "received_at", "clock_offset_ms", "batch_id", "clock_flags"]


def _insert_records(conn: Connection, rows: list[tuple]) -> None:
    """Bulk insert without per-row SQLAlchemy parameter processing: COPY on PostgreSQL, executemany
    on SQLite. Same transaction as the rest of the batch."""
    tuples = rows
    if conn.dialect.name == "postgresql":
        raw = conn.connection.dbapi_connection
        sql = f"COPY hub_record ({', '.join(RECORD_COLS)}) FROM STDIN"
        dbapi = conn.dialect.loaded_dbapi
        try:
            with raw.cursor() as cur, cur.copy(sql) as copy:
                for row in tuples:
                    copy.write_row(row)
        except dbapi.Error as exc:
            # The raw driver connection bypasses SQLAlchemy's error wrapping: wrap here, so that a database
            # that dies or cancels mid-COPY is answered 503 + Retry-After like any DBAPIError, not an
            # unhandled 500 whose traceback uvicorn writes from the event loop (see api.endpoint).
            raise DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=conn.dialect) from exc
        return
    marks = ", ".join("?" for _ in RECORD_COLS)
    conn.exec_driver_sql(f"INSERT INTO hub_record ({', '.join(RECORD_COLS)}) VALUES ({marks})", tuples)


def _conflict(sid: str, inc: str, e: wire.Envelope, h: bytes, old: bytes | None, reason: str,
              batch_id: str, now: str) -> dict:
    return {"station_id": sid, "incarnation_id": inc, "seq": e.seq, "record_id": e.record_id,
            "reason": reason, "payload_sha256": h, "existing_sha256": old, "payload": e.payload,
            "batch_id": batch_id, "detected_at": now}


def _advance(conn: Connection, sid: str, inc: str, watermark: int, chain: bytes) -> tuple[int, bytes]:
    """Gaps and islands: walk stored seqs above the watermark until the first gap."""
    rc = t.record.c
    while True:
        rows = conn.execute(select(rc.seq, rc.chain_hash)
                            .where(rc.station_id == sid, rc.incarnation_id == inc, rc.seq > watermark)
                            .order_by(rc.seq).limit(WATERMARK_CHUNK)).all()
        moved = False
        for seq, ch in rows:
            if seq != watermark + 1:
                return watermark, chain
            watermark, chain, moved = seq, bytes(ch), True
        if not moved or len(rows) < WATERMARK_CHUNK:
            return watermark, chain
