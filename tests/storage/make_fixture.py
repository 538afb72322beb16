"""Re-create tests/fixtures/station-0001.sqlite3 (run by hand only when a release is cut).

The committed file stands for a database written by the first release; never regenerate it with a
newer schema, or the upgrade test stops testing anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

from station.domain.ledger import Direction, EntryDraft, Method, Purpose
from station.services.base import ServiceContext, SystemClock
from station.services.bundle import Services
from station.storage.backup import SqliteBackups
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory


def main(target: Path) -> None:
    target.unlink(missing_ok=True)
    engine = open_database(target, target.parent / "tmp-backups")
    services = Services.build(ServiceContext(SqlUnitOfWorkFactory(engine), SystemClock()),
                              SqliteBackups(engine, target.parent / "tmp-backups"))
    op, _ = services.setup.create_station(name="和兴村服务站", code="HX-001", shopkeeper_name="王秀英",
                                          pin="2580", paper_width_mm=58)
    for name, phone in (("张三", "13812345678"), ("李四", "13900001111"), ("王秀英", "15811112222")):
        services.people.create(op, name=name, phones=[phone], village="和兴村", allow_duplicate=True)
    services.ledger.record(op, EntryDraft(5000, Direction.IN, Method.CASH, Purpose.OPENING_FLOAT))
    services.ledger.record(op, EntryDraft(1250, Direction.IN, Method.WECHAT, Purpose.DEPOSIT, reference="4200001"))
    engine.dispose()
    with __import__("sqlite3").connect(target) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
