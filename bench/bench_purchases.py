"""Agent purchases on the five-year database: the open-orders list, the lists that catch mistakes, a search,
and the day-close figures; p50/p99 over repeated runs. Bar: each <= 100 ms.

Uses ``bench/out/station.sqlite3`` when it holds purchase orders (``python bench/generate.py``); otherwise
builds ``bench/out/purchases.sqlite3`` with 100,000 people, 200,000 ledger entries and 50,000 orders.
Floor: an indexed SQLite point query on the same file in the same run.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from common import OUT, machine, summary

from station.services.base import ServiceContext, SystemClock
from station.services.day_close import DayCloseService
from station.services.purchases import PurchaseService
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory

BAR_MS = 100


def _has_orders(path: Path) -> bool:
    if not path.exists():
        return False
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM purchase_order").fetchone()[0] >= 50_000
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def build(path: Path) -> None:
    from generate import create_station
    from generate_purchases import generate_purchases

    from station.storage.demo_data import connect_bulk, generate_ledger, generate_people

    started = time.perf_counter()
    operator_id = create_station(path)
    conn = connect_bulk(path)
    people = generate_people(conn, 100_000)
    generate_ledger(conn, 200_000, operator_id, people)
    generate_purchases(conn, people, operator_id, 50_000, seed=3)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s")


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    print(machine())
    path = OUT / "station.sqlite3"
    if not _has_orders(path):
        path = OUT / "purchases.sqlite3"
        if not _has_orders(path):
            build(path)
    raw = sqlite3.connect(path)
    ids = [r[0] for r in raw.execute("SELECT id FROM purchase_order ORDER BY random() LIMIT 300")]
    counts = raw.execute("SELECT count(*), (SELECT count(*) FROM ledger_entry) FROM purchase_order").fetchone()
    floor = timed(lambda: raw.execute("SELECT id, state FROM purchase_order WHERE id = ?", (ids[0],)).fetchone(),
                  300)
    raw.close()
    print(f"{counts[0]:,} purchase orders, {counts[1]:,} ledger entries")
    engine = open_database(path, path.parent / "backups")
    ctx = ServiceContext(SqlUnitOfWorkFactory(engine), SystemClock())
    purchases, day_close = PurchaseService(ctx), DayCloseService(ctx)
    purchases.open_orders()  # warm the page cache as a running station would be
    day_close.figures()
    base = summary("floor: indexed point query", floor)
    results = {
        "open orders (200 oldest)": summary("open orders (200 oldest, with paid)", timed(purchases.open_orders, 50)),
        "arrived not collected": summary("arrived, not collected", timed(purchases.arrived_not_collected, 50)),
        "deposit not placed": summary("deposit taken, not placed > 1 day", timed(purchases.deposit_not_placed, 50)),
        "search item": summary("search by item name", timed(lambda: purchases.search("电饭煲", 50), 30)),
        "order detail": summary("order detail", timed(lambda: purchases.get(ids[1]), 100)),
        "day close figures": summary("day close figures", timed(day_close.figures, 50)),
    }
    failed = [name for name, r in results.items() if r["p99"] > BAR_MS]
    print(f"floor p99 {base['p99']:.3f} ms; bar: each p99 <= {BAR_MS} ms -> "
          f"{'PASS' if not failed else 'FAIL: ' + ', '.join(failed)}")
    engine.dispose()


if __name__ == "__main__":
    main()
