"""Five busy years of parcels for the benchmark database (called by ``bench/generate.py``).

A million parcels: almost all handed over (with their handover rows and events, the same rows the
services write, only without outbox records, as if long since synced), about 1.5 % returned, and the
last days' parcels still on the shelves with unique codes and slot counts that match.

Speed: the rows are produced inside SQLite by one ``INSERT ... SELECT`` over a recursive counter, with
pseudo-random values hashed from the row number (``random()`` would be re-evaluated per reference and
cannot be seeded). Only the few thousand parcels still on the shelves go through Python, with
``executemany``.

Indexes as a station's: rows go in in time order, as five years of intake put them. An index whose key
follows time (dates, UUIDv7 ids, ...) ends up with full pages either way, so it is built once after the
load (several times faster). An index whose key does not (``GROWN``: the person, the reversed waybill) is
kept during the load and grows row by row as at a station, its pages split and partly empty. Built at the
end instead it would be packed full, and every intake right after would split a full leaf and its
parents (36.7 pages written per intake against 25.5: docs/decisions/storage-hot-path.md).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime

SHELVES = 8  # 8 shelves x 5 tiers x 40 = 1,600 places
TIERS = 5
CAPACITY = 40
ON_SHELF_DAYS = 4
TS = "'%Y-%m-%dT%H:%M:%S.000+00:00'"

# carrier by h % 100: ZTO 30, YTO 18, Yunda 16, J&T 12, STO 10, SF 6, EMS 4, JD 3, Post 1
CARRIER = ("CASE WHEN c < 30 THEN 'zto' WHEN c < 48 THEN 'yto' WHEN c < 64 THEN 'yunda' WHEN c < 76 THEN 'jt' "
           "WHEN c < 86 THEN 'sto' WHEN c < 92 THEN 'sf' WHEN c < 96 THEN 'ems' WHEN c < 99 THEN 'jd' ELSE 'post' END")
PREFIX = ("CASE WHEN c < 30 THEN '75' WHEN c < 48 THEN 'YT1' WHEN c < 64 THEN '4' WHEN c < 76 THEN 'JT0' "
          "WHEN c < 86 THEN '77' WHEN c < 92 THEN 'SF1' WHEN c < 96 THEN '1' WHEN c < 99 THEN 'JDX' ELSE '9' END")


def _uuid_sql(ms: str, h: str) -> str:
    """A UUIDv7-shaped text from milliseconds and a hash (unique enough: the counter is in it)."""
    return (f"printf('%08x-%04x-7%03x-%04x-%012x', ({ms}) >> 16, ({ms}) & 65535, ({h}) & 4095, "
            f"32768 | (({h}) >> 12 & 16383), i)")


# The indexes an intake adds to at a random place (the person, the reversed waybill): kept during the
# load so they grow as at a station (see above). The released-serial index is too, at a handover, but
# growing it row by row cost ~6 s of the generator's minute: built packed, it makes the handover
# benchmark the harder case (its bar is 20 ms; p99 7-14 ms measured).
GROWN = ("ix_parcel_person_status", "ix_parcel_waybill_rev")


def _indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('parcel', 'parcel_event', 'parcel_handover')") if name not in GROWN]


def generate_parcels(conn: sqlite3.Connection, people_ids: list[str], operator_id: str, n: int,
                     seed: int = 3, years: int = 5) -> None:
    started = time.perf_counter()
    now = int(datetime.now().timestamp())
    start = now - 365 * years * 86400
    span = now - start
    places = [(f"{s}-{t}", str(s), t) for s in range(1, SHELVES + 1) for t in range(1, TIERS + 1)]
    _lap("start")
    indexes = _indexes(conn)  # built after the load; the GROWN ones stay
    conn.create_function("reverse_text", 1, lambda text: text[::-1], deterministic=True)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM shelf_slot")
    conn.executemany("INSERT INTO shelf_slot (slot, shelf, tier, position, capacity, occupied) VALUES (?, ?, ?, ?, ?, 0)",
                     [(key, shelf, tier, pos, CAPACITY) for pos, (key, shelf, tier) in enumerate(places)])
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("CREATE TEMP TABLE _people (n INTEGER PRIMARY KEY, id TEXT, phone TEXT)")
    conn.execute("INSERT INTO _people (id, phone) SELECT p.id, coalesce(ph.phone, '') FROM person p "
                 "LEFT JOIN person_phone ph ON ph.person_id = p.id AND ph.position = 0 "
                 "WHERE p.id IN (SELECT value FROM json_each(?))", (_json_list(people_ids),))
    people = conn.execute("SELECT count(*) FROM _people").fetchone()[0] or 1
    # h1..h4: independent pseudo-random 32-bit values per row (multiplicative hashing of i and the seed)
    conn.execute(f"""
        WITH RECURSIVE counter(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM counter WHERE i + 1 < :n),
        base AS (
            SELECT i, :start + i * :span / :n AS epoch, i % 9999 + 1 AS serial,
                   ((i + :seed) * 2654435761) % 4294967296 AS h1,
                   ((i + :seed) * 2246822519) % 4294967296 AS h2,
                   ((i + :seed) * 3266489917) % 4294967296 AS h3,
                   ((i + :seed) * 668265263) % 4294967296 AS h4
            FROM counter),
        rows AS (
            SELECT *, h1 % 100 AS c, epoch + 1800 + h2 % 500000 AS out_epoch,
                   CASE WHEN h3 % 100 < 85 THEN h4 % :people + 1 END AS who,
                   h2 % 1000 < 15 AS returned
            FROM base)
        INSERT INTO parcel (id, waybill, waybill_rev, carrier, status, pickup_serial, pickup_code, slot, person_id,
                            recipient_phone, recipient_last4, weight_g, taken_in_at, taken_in_date, hold_until,
                            handed_over_at, handed_over_date, handover_id, picked_by, code_released_at, operator_id)
        SELECT {_uuid_sql("epoch * 1000", "h1")},
               {PREFIX} || printf('%012d', i), reverse_text({PREFIX} || printf('%012d', i)), {CARRIER},
               CASE WHEN returned THEN 'returned' ELSE 'handed_over' END, serial,
               printf('%d-%d-%04d', 1 + h3 % {SHELVES}, 1 + h4 % {TIERS}, serial), NULL, p.id,
               coalesce(p.phone, printf('1%02d****%04d', 30 + h4 % 70, h1 % 10000)),
               substr(coalesce(p.phone, printf('%04d', h1 % 10000)), -4), 80 + h3 % 15000,
               strftime({TS}, epoch, 'unixepoch'), date(epoch, 'unixepoch'), date(epoch + 3 * 86400, 'unixepoch'),
               CASE WHEN returned THEN NULL ELSE strftime({TS}, out_epoch, 'unixepoch') END,
               CASE WHEN returned THEN NULL ELSE date(out_epoch, 'unixepoch') END,
               CASE WHEN returned THEN NULL ELSE {_uuid_sql("out_epoch * 1000", "h2")} END, '',
               strftime({TS}, out_epoch, 'unixepoch'), :operator
        FROM rows LEFT JOIN _people p ON p.n = rows.who
    """, {"n": n, "start": start, "span": span, "seed": seed, "people": people, "operator": operator_id})
    _lap("parcel rows")
    occupied = _shelve_recent(conn, places, now)
    _lap("shelves")
    conn.execute("INSERT INTO parcel_event (parcel_id, at, kind, operator_id) "
                 "SELECT id, taken_in_at, 'taken_in', operator_id FROM parcel")
    conn.execute("INSERT INTO parcel_event (parcel_id, at, kind, operator_id) "
                 "SELECT id, code_released_at, status, operator_id FROM parcel WHERE status != 'waiting'")
    conn.execute("INSERT INTO parcel_handover (id, at, business_date, person_id, parcel_count, operator_id) "
                 "SELECT handover_id, handed_over_at, handed_over_date, person_id, 1, operator_id FROM parcel "
                 "WHERE handover_id IS NOT NULL")
    _lap("events and handovers")
    conn.executemany("UPDATE shelf_slot SET occupied = ? WHERE slot = ?", [(c, k) for k, c in occupied.items()])
    for _name, sql in indexes:
        conn.execute(sql)
    _lap("indexes")
    conn.execute("DROP TABLE _people")
    conn.execute("COMMIT")
    print(f"  parcels: {n:,} rows, {sum(occupied.values())} on the shelves, {time.perf_counter() - started:.1f} s")


_LAPS: list[float] = []


def _lap(what: str) -> None:
    """Phase times on stderr when BENCH_VERBOSE is set: where the seconds go."""
    import os
    import sys

    _LAPS.append(time.perf_counter())
    if os.environ.get("BENCH_VERBOSE") and len(_LAPS) > 1:
        print(f"    {what:<22} {_LAPS[-1] - _LAPS[-2]:6.1f} s", file=sys.stderr)


def _json_list(items: list[str]) -> str:
    import json

    return json.dumps(items)


def _shelve_recent(conn: sqlite3.Connection, places: list[tuple[str, str, int]], now: int) -> dict[str, int]:
    """The newest parcels (last few days, up to the shelves' capacity) are still waiting: next-fit slots
    and consecutive serials, exactly as intake would have given them."""
    since = datetime.fromtimestamp(now - ON_SHELF_DAYS * 86400).date().isoformat()
    rows = conn.execute("SELECT rowid FROM parcel WHERE taken_in_date >= ? ORDER BY rowid DESC LIMIT ?",
                        (since, len(places) * CAPACITY)).fetchall()
    occupied = {key: 0 for key, _, _ in places}
    updates = []
    for serial, (rowid,) in enumerate(reversed(rows), start=1):
        key, shelf, tier = places[(serial - 1) // CAPACITY]
        occupied[key] += 1
        updates.append((key, serial, f"{shelf}-{tier}-{serial:04d}", rowid))
    conn.executemany("UPDATE parcel SET status = 'waiting', slot = ?, pickup_serial = ?, pickup_code = ?, "
                     "handed_over_at = NULL, handed_over_date = NULL, handover_id = NULL, code_released_at = NULL "
                     "WHERE rowid = ?", updates)
    return occupied

