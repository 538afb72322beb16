"""Units of work on held connections: reused while healthy, never after a failed commit or a dispose."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy.exc import IntegrityError

from station.storage.fast import Sql
from station.storage.unit_of_work import SqlUnitOfWorkFactory


def driver_of(uow) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    return uow.connection.connection.driver_connection


def phones(engine, person_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [p for (p,) in conn.exec_driver_sql("SELECT phone FROM person_phone WHERE person_id = ?",
                                                   (person_id,))]


def test_one_warm_connection_serves_one_transaction_after_another(engine):
    factory = SqlUnitOfWorkFactory(engine)
    with factory() as uow:
        first = driver_of(uow)
    with factory() as uow:
        assert driver_of(uow) is first


def test_transactions_at_the_same_time_get_their_own_connections(engine):
    factory = SqlUnitOfWorkFactory(engine)
    inside = threading.Event()
    done = threading.Event()
    seen: list[sqlite3.Connection] = []

    def reader() -> None:
        with factory() as uow:
            seen.append(driver_of(uow))
            inside.set()
            done.wait(5)

    thread = threading.Thread(target=reader)
    thread.start()
    assert inside.wait(5)
    threading.Timer(0.2, done.set).start()  # the reader commits a moment later
    with factory() as uow:  # its BEGIN IMMEDIATE waits for that
        seen.append(driver_of(uow))
    thread.join(5)
    assert seen[0] is not seen[1]
    with factory() as uow:
        assert driver_of(uow) is seen[1]  # the one given back last


def test_a_commit_that_failed_does_not_leave_its_connection_for_the_next_transaction(engine):
    factory = SqlUnitOfWorkFactory(engine)
    with pytest.raises(IntegrityError), factory() as uow:  # COMMIT refuses; SQLite keeps the transaction open
        failed = driver_of(uow)
        uow.connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        uow.connection.exec_driver_sql(
            "INSERT INTO person_phone (person_id, phone, position) VALUES ('nobody', '13800000000', 0)")
    with factory() as uow:
        assert driver_of(uow) is not failed
        uow.connection.exec_driver_sql(
            "INSERT INTO person (id, name, created_at) VALUES ('p1', '张三', '2026-11-26T09:00:00+08:00')")
    assert phones(engine, "nobody") == []  # the refused row went nowhere
    with pytest.raises(sqlite3.ProgrammingError):
        failed.execute("SELECT 1")  # closed, not left open in its transaction


def test_disposing_the_engine_closes_the_held_connections(engine):
    factory = SqlUnitOfWorkFactory(engine)
    with factory() as uow:
        held = driver_of(uow)
    engine.dispose()  # as a backup restore does before it copies the backup in
    with pytest.raises(sqlite3.ProgrammingError):
        held.execute("SELECT 1")
    with factory() as uow:
        assert driver_of(uow) is not held
        assert uow.connection.exec_driver_sql("SELECT count(*) FROM person").scalar() == 0


def add_person(uow, person_id: str, core: bool) -> None:  # type: ignore[no-untyped-def]
    sql = "INSERT INTO person (id, name, created_at) VALUES (?, '张三', '2026-11-26T09:00:00+08:00')"
    if core:  # through SQLAlchemy, as most repositories write
        uow.connection.exec_driver_sql(sql, (person_id,))
    else:  # on the sqlite3 connection, as the scan-to-record path writes (station.storage.fast)
        Sql(uow.connection).run(sql, (person_id,))


def people(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [p for (p,) in conn.exec_driver_sql("SELECT id FROM person ORDER BY id")]


@pytest.mark.parametrize("core", [False, True], ids=["sqlite3", "sqlalchemy"])
def test_a_unit_of_work_is_one_transaction_whichever_way_it_writes(engine, core):
    factory = SqlUnitOfWorkFactory(engine)
    with pytest.raises(RuntimeError), factory() as uow:
        add_person(uow, "p1", core)
        assert driver_of(uow).in_transaction
        raise RuntimeError("power cut before the end")
    assert people(engine) == []
    with factory() as uow:
        add_person(uow, "p2", core)
        add_person(uow, "p3", not core)  # both ways in one transaction
    assert people(engine) == ["p2", "p3"]
    with factory() as uow:  # the connection is back outside any transaction, and a new one begins
        assert driver_of(uow).in_transaction and not uow.connection.in_transaction()
    with pytest.raises(RuntimeError), factory() as uow:
        add_person(uow, "p4", not core)
        add_person(uow, "p5", core)
        raise RuntimeError("refused")
    assert people(engine) == ["p2", "p3"]


def test_a_reading_unit_neither_waits_for_a_writer_nor_holds_one_up(engine):
    factory = SqlUnitOfWorkFactory(engine)
    with factory() as uow:
        add_person(uow, "p1", False)
    writing = threading.Event()
    release = threading.Event()

    def writer() -> None:  # a scan's intake, its commit still on its way to disk
        with factory() as uow:
            add_person(uow, "p2", False)
            writing.set()
            release.wait(5)

    thread = threading.Thread(target=writer)
    thread.start()
    assert writing.wait(5)
    try:
        with factory.reading() as uow:  # would wait for the writer's lock under BEGIN IMMEDIATE
            seen = [p for (p,) in driver_of(uow).execute("SELECT id FROM person ORDER BY id")]
            assert not release.is_set()
        assert seen == ["p1"]  # the last committed state
    finally:
        release.set()
        thread.join(5)
    with factory.reading() as uow, factory() as writer_uow:  # and a writer begins while a read is open
        add_person(writer_uow, "p3", False)
        assert [p for (p,) in driver_of(uow).execute("SELECT id FROM person ORDER BY id")] == ["p1", "p2"]
    assert people(engine) == ["p1", "p2", "p3"]


@pytest.mark.parametrize("core", [False, True], ids=["sqlite3", "sqlalchemy"])
def test_a_reading_unit_that_changes_a_row_is_rolled_back_and_says_so(engine, core):
    factory = SqlUnitOfWorkFactory(engine)
    with pytest.raises(RuntimeError, match="reading unit"), factory.reading() as uow:
        add_person(uow, "p1", core)
    assert people(engine) == []
    with factory() as uow:  # its connection is back, outside any transaction
        assert driver_of(uow).in_transaction and not uow.connection.in_transaction()


def test_a_person_comes_back_with_the_phones_in_their_order_not_the_rows_order(engine):
    from station.domain.people import PersonDraft, search_keys

    factory = SqlUnitOfWorkFactory(engine)
    with factory() as uow:
        uow.people.add("p1", PersonDraft("王芳", ("13800001111",)), search_keys("王芳", ()), "2026-11-27T08:00:00")
        uow.people.add("p2", PersonDraft("李强"), search_keys("李强", ()), "2026-11-27T08:00:00")
        # written last, listed first: the order is the position, whatever order the rows were written in
        Sql(uow.connection).run("UPDATE person_phone SET position = 2 WHERE person_id = 'p1'")
        Sql(uow.connection).run("INSERT INTO person_phone (person_id, phone, position) VALUES "
                                "('p1', '13900002222', 1), ('p1', '138****5678', 0)")
    with factory.reading() as uow:
        found = uow.people.get("p1")
        nobody = uow.people.get("p2")
        assert uow.people.get("p3") is None
    assert found is not None and found.phones == ("138****5678", "13900002222", "13800001111")
    assert nobody is not None and nobody.phones == () and nobody.name == "李强"
