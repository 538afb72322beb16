"""Build a station database holding five busy years: ``python bench/generate.py [--people N] ...``.

Creates the database through the program's own migrations and first-run service, then bulk-loads
people and ledger entries with ``station.storage.demo_data`` (the code training mode uses at small
scale), and the feature generators that exist (parcels, purchases). Prints the time of each step.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from common import OUT

from station.services.base import ServiceContext, SystemClock
from station.services.bundle import Services
from station.storage.backup import SqliteBackups
from station.storage.db import open_database
from station.storage.demo_data import connect_bulk, generate_ledger, generate_people
from station.storage.unit_of_work import SqlUnitOfWorkFactory

SHOPKEEPER_PIN = "2580"


def create_station(path: Path) -> str:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = open_database(path, path.parent / "backups")
    services = Services.build(ServiceContext(SqlUnitOfWorkFactory(engine), SystemClock()),
                              SqliteBackups(engine, path.parent / "backups"))
    operator, _ = services.setup.create_station(name="和兴村服务站", code="HX-001", shopkeeper_name="王秀英",
                                                pin=SHOPKEEPER_PIN, paper_width_mm=58)
    engine.dispose()
    return operator.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT / "station.sqlite3")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--ledger", type=int, default=200_000)
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--purchases", type=int, default=50_000)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    operator_id = create_station(args.out)
    conn = connect_bulk(args.out)
    # A fresh file that nothing else has open and that is thrown away if the load fails: no journal, pages
    # go straight into it (in WAL mode every page went to the log first and was copied again by the final
    # checkpoint, 1.6 GB twice).
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA temp_store=MEMORY")
    step = time.perf_counter()
    people = generate_people(conn, args.people)
    print(f"people       {args.people:>9,}  {time.perf_counter() - step:6.1f} s")
    step = time.perf_counter()
    generate_ledger(conn, args.ledger, operator_id, people)
    print(f"ledger       {args.ledger:>9,}  {time.perf_counter() - step:6.1f} s")
    for module, func, count in (("generate_parcels", "generate_parcels", args.parcels),
                                ("generate_purchases", "generate_purchases", args.purchases)):
        try:
            generator = getattr(importlib.import_module(module), func)
        except (ImportError, AttributeError):
            print(f"{module:<12} (not available yet)")
            continue
        step = time.perf_counter()
        generator(conn, people, operator_id, count, seed=3)
        print(f"{module[9:]:<12} {count:>9,}  {time.perf_counter() - step:6.1f} s")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")  # as the program keeps it
    conn.close()
    total = time.perf_counter() - started
    print(f"total                   {total:6.1f} s  -> {args.out} ({args.out.stat().st_size / 1e6:.0f} MB)")
    sys.exit(0 if total < 60 else 1)


if __name__ == "__main__":
    main()
