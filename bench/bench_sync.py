"""Sync benchmark (quality-bars.md, "Speed and scale (sync and hub)").

    .venv/bin/python bench/bench_sync.py                       # all, full size
    .venv/bin/python bench/bench_sync.py --records 20000 --stations 50 --per-station 500   # quick

1. One station, N queued records, real SyncWorker -> hub subprocess over loopback, until all acked;
   with the hub on PostgreSQL and on SQLite: records/s and bytes on the wire per record.
2. S simulated stations x R records reconnecting at once (asyncio clients speaking the real signed
   protocol) against one hub process + PostgreSQL: wall time, none lost or doubled.
3. Reference-data check with nothing new: bytes for the one round trip.

PostgreSQL comes from STATION_TEST_PG_URL or a throwaway cluster (tests/pg.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import secrets
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "sync")]

import httpx  # noqa: E402
import pg  # noqa: E402
import sync_support as s  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from station.hub import db as hubdb  # noqa: E402
from station.hub import stations  # noqa: E402
from station.hub import tables as t  # noqa: E402
from station.sync import wire  # noqa: E402
from station.sync.enrolment import make_client  # noqa: E402
from station.sync.outbox import OutboxStore  # noqa: E402
from station.sync.worker import SyncWorker  # noqa: E402

KINDS = ["parcel.taken_in", "parcel.handed_over", "purchase.ordered", "produce.weighed", "ledger.entry"]
CARRIERS = ["ZTO", "YTO", "STO", "YUNDA", "JD", "EMS"]


def realistic_payload(rng: random.Random, i: int) -> dict:
    kind = i % 5
    if kind in (0, 1):
        return {"waybill": f"{rng.choice(CARRIERS)}{rng.randrange(10**11, 10**12)}", "carrier": rng.choice(CARRIERS),
                "phone_last4": f"{rng.randrange(10000):04d}", "shelf": f"{rng.choice('ABCD')}-{rng.randint(1, 9)}",
                "pickup_code": f"{rng.randrange(10**6):06d}", "amount_fen": rng.choice([0, 0, 100, 200]),
                "operator": f"op{rng.randint(1, 3)}"}
    if kind == 2:
        return {"item": f"sku{rng.randint(1, 300)}", "qty": rng.randint(1, 5), "amount_fen": rng.randint(500, 50000),
                "person": str(uuid.UUID(int=rng.getrandbits(128))), "operator": "op1"}
    if kind == 3:
        return {"lot": f"L{rng.randint(1, 999)}", "grade": rng.choice("ABC"), "weight_g": rng.randint(500, 50000),
                "amount_fen": rng.randint(100, 30000), "crop": rng.choice(["猕猴桃", "土豆", "茶叶"])}
    return {"account": "cash", "amount_fen": rng.randint(-50000, 50000), "memo": "日结"}


def fill_station(path: Path, n: int, seed: int) -> None:
    """Write n outbox rows the way business transactions would (batched here for setup speed)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    inc, seq, chain = conn.execute("SELECT incarnation_id, next_seq, last_chain_hash FROM sync_identity").fetchone()
    chain = bytes(chain)
    base = dt.datetime.now(dt.UTC).astimezone()
    rows = []
    boot = str(uuid.uuid4())
    for i in range(n):
        data = wire.canonical_json(realistic_payload(rng, i))
        ph = wire.sha256(data)
        chain = wire.chain_next(chain, seq, ph)
        wall = (base + dt.timedelta(seconds=i * 3)).isoformat(timespec="milliseconds")
        rows.append((inc, seq, str(uuid.uuid4()), KINDS[i % 5], 1, data, ph, chain, wall, i * 3_000_000_000, boot))
        seq += 1
    conn.executemany("INSERT INTO outbox(incarnation_id, seq, record_id, kind, schema_version, payload, payload_sha256,"
                     " chain_hash, created_wall, created_mono_ns, boot_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("UPDATE sync_identity SET next_seq = ?, last_chain_hash = ?", (seq, chain))
    conn.execute("COMMIT")
    conn.close()


def hub_count(engine) -> tuple[int, int]:
    with engine.begin() as conn:
        n = conn.execute(select(func.count()).select_from(t.record)).scalar_one()
        d = conn.execute(select(func.count(func.distinct(t.record.c.record_id)))).scalar_one()
    return n, d


def one_station(label: str, url: str, n: int, tmp: Path) -> dict:
    hub = s.HubProcess(url)
    hub.start()
    engine = hubdb.make_engine(url)
    try:
        db = s.make_station_db(tmp / f"station-{label}.db")
        s.enrol_station(db, engine, hub.url)
        fill_station(db, n, 1)
        conn = sqlite3.connect(db)  # the daily digest is not part of "until all acknowledged"
        conn.execute("INSERT INTO sync_state VALUES ('last_digest_at', ?)", (dt.datetime.now(dt.UTC).isoformat(),))
        conn.commit()
        conn.close()
        worker = SyncWorker(db)
        t0 = time.perf_counter()
        st = worker.run_once()
        elapsed = time.perf_counter() - t0
        store = OutboxStore(db)
        client = make_client(store)
        client.close()
        # bytes: measured by the client on the upload path (request + response incl. headers)
        acked = s.states(db).get("acked", 0)
        held, distinct = hub_count(engine)
        wire_bytes = worker.last_bytes
        store.close()
        worker._file_lock.release()
        return {"hub": label, "records": n, "acked": acked, "hub_rows": held, "distinct": distinct,
                "seconds": round(elapsed, 2), "records_per_s": round(n / elapsed), "state": st.state,
                "bytes_per_record": round(wire_bytes / n, 1)}
    finally:
        hub.stop()
        engine.dispose()


async def sim_station(base: str, sid: str, key, hub_pub, inc: str, batches: list, sem: asyncio.Semaphore,
                      stats: dict) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        for bid, body, raw_sha in batches:
            path = f"/v1/stations/{sid}/incarnations/{inc}/batches/{bid}"
            for attempt in range(50):
                nonce = secrets.token_hex(16)
                h = wire.signed_headers(key, "PUT", path, body, sid, inc, bid,
                                        dt.datetime.now(dt.UTC).isoformat(), nonce)
                h.update({"Content-Encoding": "zstd", wire.H_PAYLOAD_SHA: raw_sha})
                t0 = time.perf_counter()
                try:
                    r = await http.put(path, content=body, headers=h)
                except httpx.HTTPError:
                    stats["errors"] += 1
                    await asyncio.sleep(random.uniform(0, 2 ** min(attempt, 4)))
                    continue
                stats["latencies"].append(time.perf_counter() - t0)
                if r.status_code == 200 and wire.verify_hub_response(hub_pub, 200, r.content, r.headers, nonce, sid):
                    break
                stats["retries"] += 1
                ra = float(r.headers.get("retry-after", "1"))
                await asyncio.sleep(random.uniform(ra / 2, ra))
            else:
                stats["failed"] += 1


def herd(url: str, n_stations: int, per_station: int, tmp: Path) -> dict:
    hub = s.HubProcess(url)
    hub.start()
    engine = hubdb.make_engine(url)
    try:
        rng = random.Random(5)
        prepared = []
        hub_pub = stations.hub_key(engine).public_key()
        t_prep = time.perf_counter()
        for i in range(n_stations):
            sid = str(uuid.uuid4())
            key = wire.new_private_key()
            token = stations.create_enrol_token(engine, f"S{i}")
            stations.register(engine, token, sid, f"S{i:04d}", wire.public_key_text(key), "bench")
            inc = str(uuid.uuid4())
            envs, chain, chains = [], wire.ZERO_HASH, []
            for seq in range(1, per_station + 1):
                data = wire.canonical_json(realistic_payload(rng, seq))
                chain = wire.chain_next(chain, seq, wire.sha256(data))
                chains.append(chain)
                envs.append(wire.Envelope(seq, str(uuid.uuid4()), KINDS[seq % 5], 1, data,
                                          "2024-05-01T08:00:00+08:00", seq, "b"))
            batches = []
            step = 1000
            for a in range(0, per_station, step):
                part = envs[a:a + step]
                prev = chains[a - 1] if a else wire.ZERO_HASH
                bid = wire.batch_id_for(sid, inc, part[0].seq, part[-1].seq, [e.payload_sha256 for e in part])
                raw = wire.encode_batch(wire.BatchHeader(sid, inc, bid, part[0].seq, part[-1].seq, len(part), prev,
                                                         chains[a + len(part) - 1]), part)
                batches.append((bid, wire.compress(raw), wire.sha256(raw).hex()))
            prepared.append((sid, key, inc, batches))
        prep_s = time.perf_counter() - t_prep
        stats = {"errors": 0, "retries": 0, "failed": 0, "latencies": []}

        async def go():
            sem = asyncio.Semaphore(n_stations)
            await asyncio.gather(*(sim_station(hub.url, sid, key, hub_pub, inc, b, sem, stats)
                                   for sid, key, inc, b in prepared))

        t0 = time.perf_counter()
        asyncio.run(go())
        elapsed = time.perf_counter() - t0
        held, distinct = hub_count(engine)
        lat = sorted(stats["latencies"])
        return {"stations": n_stations, "records_each": per_station, "seconds": round(elapsed, 1),
                "hub_rows": held, "distinct": distinct, "expected": n_stations * per_station,
                "records_per_s": round(held / elapsed), "retries_429": stats["retries"],
                "transport_errors": stats["errors"], "failed": stats["failed"],
                "p99_request_s": round(lat[int(len(lat) * 0.99) - 1], 2) if lat else None, "prep_s": round(prep_s, 1)}
    finally:
        hub.stop()
        engine.dispose()


def ref_check_bytes(tmp: Path) -> dict:
    url = hubdb.sqlite_url(tmp / "ref-hub.sqlite3")
    with s.HubThread(url) as hub:
        from station.hub import reference
        reference.replace_dataset(hub.engine, "tariffs", {f"c{i}": {"first_kg_fen": 800 + i} for i in range(20)})
        db = s.make_station_db(tmp / "ref-station.db")
        s.enrol_station(db, hub.engine, hub.url)
        SyncWorker(db).run_once()
        store = OutboxStore(db)
        client = make_client(store)
        etag = store.get_state("ref_etag")
        client.bytes_sent = client.bytes_received = 0
        overview, _ = client.ref_overview(etag)
        out = {"nothing_new": overview is None, "request_bytes": client.bytes_sent,
               "response_bytes": client.bytes_received, "round_trip_bytes": client.bytes_sent + client.bytes_received}
        client.close()
        store.close()
        return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--stations", type=int, default=500)
    ap.add_argument("--per-station", type=int, default=2000)
    ap.add_argument("--skip", default="", help="comma list of: single,herd,ref")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    tmp = Path(tempfile.mkdtemp(prefix="vs-bench-"))
    server, cluster = pg.start()
    ok = True
    try:
        if "single" not in skip:
            for label in ("postgresql", "sqlite"):
                url = pg.fresh_database(server) if label == "postgresql" else hubdb.sqlite_url(tmp / "hub.sqlite3")
                r = one_station(label, url, args.records, tmp)
                floor = 10_000 if label == "postgresql" else 5_000
                good = r["acked"] == r["hub_rows"] == r["distinct"] == args.records
                print(f"single station -> {label}: {r}  floor {floor}/s, <=80 B/record: "
                      f"{'PASS' if good and r['records_per_s'] >= floor and r['bytes_per_record'] <= 80 else 'BELOW'}")
                ok &= good
        if "herd" not in skip:
            r = herd(pg.fresh_database(server), args.stations, args.per_station, tmp)
            good = r["hub_rows"] == r["distinct"] == r["expected"] and r["failed"] == 0
            print(f"thundering herd -> postgresql: {r}  bar <=120 s: "
                  f"{'PASS' if good and r['seconds'] <= 120 else 'BELOW'}")
            ok &= good
        if "ref" not in skip:
            r = ref_check_bytes(tmp)
            print(f"reference check, nothing new: {r}  bar <=500 B: {'PASS' if r['round_trip_bytes'] <= 500 else 'ABOVE'}")
    finally:
        if cluster is not None:
            cluster.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
