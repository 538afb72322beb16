"""Every statement the parcel desk runs against ``parcel`` seeks an index: none reads the whole table.

The desk's indexes were cut to what intake must write (migration 0008); several are partial, and
SQLite uses a partial index only when the query's WHERE implies the index's own. A query that quietly
lost its index would still pass every other test on a small database and take seconds on a station's
five-year one. This test records the statements of a day at the counter and asks SQLite for each plan.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import event

from station.domain.errors import DomainError
from station.services.parcels.intake import IntakeRequest

FULL_SCAN = re.compile(r"\bSCAN parcel\b(?! USING)")
LAST_ROW = "ORDER BY rowid DESC LIMIT 1"  # reads one row from the end of the table: a "scan" of one


def test_counter_day_statements_use_indexes(engine, services, shopkeeper, clock):
    statements: list[str] = []
    engine.dispose()  # new connections carry the recorder
    event.listen(engine, "connect", lambda dbapi, _record: dbapi.set_trace_callback(statements.append))
    people = services.people
    zhang, _ = people.create(shopkeeper, name="张三", phones=["13812345678"])
    people.create(shopkeeper, name="李四", phones=["13998765432"])
    desk = services.parcels
    taken = [desk.intake.take_in(shopkeeper, IntakeRequest(f"SF10000000000{i:02d}", recipient_phone=phone)).parcel
             for i, phone in enumerate(["13812345678", "13812345678", "13998765432", "5678", "17012345678-1234"])]
    with pytest.raises(DomainError):  # a duplicate: the waybill is looked up
        desk.intake.take_in(shopkeeper, IntakeRequest("SF1000000000000"))
    for query in (taken[0].pickup_code, "5678", "000002", "SF1000000000003"):
        desk.handover.lookup(query)
    desk.handover.waiting_for_person(zhang.id, household=True)
    desk.handover.hand_over(shopkeeper, [taken[0].id, taken[1].id])
    desk.intake.undo_intake(shopkeeper, taken[4].id, "wrong parcel")
    desk.intake.figures()
    clock.advance(days=9)
    desk.retention.overdue()
    desk.intake.take_in(shopkeeper, IntakeRequest("SF1000000000099", recipient_phone="13998765432"))

    database = engine.url.database
    raw = sqlite3.connect(database)
    checked, scans = 0, []
    for sql in dict.fromkeys(statements):
        if "parcel " not in sql + " " or LAST_ROW in sql or not sql.lstrip().upper().startswith(
                ("SELECT", "UPDATE", "DELETE")):
            continue
        plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)]
        checked += 1
        scans += [f"{sql}\n  -> {line}" for line in plan if FULL_SCAN.search(line)]
    raw.close()
    assert checked >= 10
    assert not scans, "\n".join(scans)
