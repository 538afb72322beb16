"""Person search at the counter on the five-year database: p50/p99 over 1,000 queries.

Floor: an indexed SQLite point query on the same file in the same run.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from common import OUT, machine, summary

from station.services.base import ServiceContext, SystemClock
from station.services.people import PeopleService
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory


def main(path: Path = OUT / "station.sqlite3") -> None:
    print(machine())
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT p.id, p.name, ph.phone FROM person p JOIN person_phone ph ON ph.person_id = p.id "
                       "ORDER BY random() LIMIT 400").fetchall()
    initials = [k[2:] for (k,) in raw.execute("SELECT key FROM person_key WHERE key LIKE 'i:%' "
                                              "ORDER BY random() LIMIT 400")]
    rng = random.Random(7)
    queries = []
    for i in range(1000):
        pid, name, phone = rows[i % len(rows)]
        queries.append(rng.choice((phone[-4:], initials[i % len(initials)], name, name[:1] + name[1:2],
                                   phone)))
    floor = []
    for pid, _name, _phone in rows * 3:
        start = time.perf_counter()
        raw.execute("SELECT id, name FROM person WHERE id = ?", (pid,)).fetchone()
        floor.append((time.perf_counter() - start) * 1000)
    raw.close()
    engine = open_database(path, path.parent / "backups")
    people = PeopleService(ServiceContext(SqlUnitOfWorkFactory(engine), SystemClock()))
    for q in queries[:50]:  # warm the page cache as a running station would be
        people.search(q)
    samples = []
    for q in queries:
        start = time.perf_counter()
        people.search(q)
        samples.append((time.perf_counter() - start) * 1000)
    base = summary("floor: indexed point query", floor)
    result = summary("person search (initials/last-4/name/phone)", samples)
    print(f"ratio p99/floor p99: {result['p99'] / base['p99']:.1f}x   bar: p99 <= 10 ms "
          f"-> {'PASS' if result['p99'] <= 10 else 'FAIL'}")
    engine.dispose()


if __name__ == "__main__":
    main()
