"""Build a station database holding five busy years: ``python bench/generate.py [--people N] ...``.

Creates the database through the program's own migrations and first-run service, then bulk-loads
people with ``station.storage.demo_data`` (the code training mode uses at small scale), then the parcels
(``generate_parcels``) while a second process makes the ledger (``demo_data`` too) and purchases
(``generate_purchases``) in a copy of the file, whose rows are then copied in. Prints the time of each
step.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import time
from pathlib import Path

from common import OUT
from generate_parcels import generate_parcels
from generate_purchases import generate_purchases

from station.services.base import ServiceContext, SystemClock
from station.services.bundle import Services
from station.storage.backup import SqliteBackups
from station.storage.db import open_database
from station.storage.demo_data import connect_bulk, generate_ledger, generate_people, indexes_dropped
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


def _money_and_purchases_in(side: Path, people: list[str], operator_id: str, ledger: int, purchases: int) -> None:
    conn = connect_bulk(side)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA temp_store=MEMORY")
    step = time.perf_counter()
    generate_ledger(conn, ledger, operator_id, people)
    print(f"ledger       {ledger:>9,}  {time.perf_counter() - step:6.1f} s (second process)", flush=True)
    step = time.perf_counter()
    generate_purchases(conn, people, operator_id, purchases, seed=3)
    print(f"purchases    {purchases:>9,}  {time.perf_counter() - step:6.1f} s (second process)", flush=True)
    conn.close()


def copy_side_tables(conn, side: Path) -> None:  # type: ignore[no-untyped-def]
    """The second process's tables (the ledger and every purchase table), copied in with their indexes
    dropped and built once after (their keys follow time, so the pages end up as full as a station's)."""
    tables = tuple(name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name IN ('ledger_entry', 'day_close') "
        "OR name LIKE 'purchase%')"))
    conn.execute("ATTACH DATABASE ? AS side", (str(side),))
    with indexes_dropped(conn, tables):
        for table in tables:
            conn.execute(f"DELETE FROM main.{table}")
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM side.{table}")
    conn.execute("DETACH DATABASE side")


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
    # From here the parcels and the rest do not touch each other's tables: the ledger and purchases are
    # made in a copy of the file by a second process (the other core) while this one makes the parcels,
    # then copied in. The parcels stay here: their indexes grew row by row (generate_parcels says why),
    # and copying them would build those again, packed.
    side = args.out.with_name(args.out.name + ".side")
    shutil.copyfile(args.out, side)
    step = time.perf_counter()
    second = multiprocessing.get_context("fork").Process(
        target=_money_and_purchases_in, args=(side, people, operator_id, args.ledger, args.purchases))
    second.start()
    generate_parcels(conn, people, operator_id, args.parcels, seed=3)
    print(f"parcels      {args.parcels:>9,}  {time.perf_counter() - step:6.1f} s", flush=True)
    second.join()
    if second.exitcode != 0:
        raise SystemExit(f"the ledger and purchase load failed (exit {second.exitcode})")
    step = time.perf_counter()
    copy_side_tables(conn, side)
    side.unlink()
    print(f"ledger and purchases copied in  {time.perf_counter() - step:6.1f} s")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")  # as the program keeps it
    conn.close()
    total = time.perf_counter() - started
    print(f"total                   {total:6.1f} s  -> {args.out} ({args.out.stat().st_size / 1e6:.0f} MB)")
    sys.exit(0 if total < 60 else 1)


if __name__ == "__main__":
    main()
