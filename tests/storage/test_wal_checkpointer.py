"""The WAL is copied back in the background, so the operator's commits never do it themselves."""

from __future__ import annotations

import time

from station.storage.db import WalCheckpointer, make_engine
from station.storage.unit_of_work import SqlUnitOfWorkFactory


def _write(engine, rounds: int) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body BLOB)")
        conn.commit()
        for _ in range(rounds):
            conn.exec_driver_sql("INSERT INTO filler (body) VALUES (randomblob(8000))")
            conn.commit()
            time.sleep(0.002)


def test_the_log_is_copied_into_the_database_file_in_the_background(tmp_path):
    alone, helped = tmp_path / "alone.sqlite3", tmp_path / "helped.sqlite3"
    engine = make_engine(alone)
    _write(engine, 300)  # ~5 MB: under SQLite's own threshold now, so it all stays in the log
    assert alone.stat().st_size < 1_000_000
    engine.dispose()
    engine = make_engine(helped)
    checkpointer = WalCheckpointer(helped, interval_s=0.05, idle_s=0.05).start()  # no units of work: by time
    try:
        _write(engine, 300)
        deadline = time.monotonic() + 5
        while helped.stat().st_size < 2_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert helped.stat().st_size > 2_000_000  # the rows reached the database file itself
    finally:
        checkpointer.stop()
        engine.dispose()
    assert not checkpointer._thread.is_alive()


def test_the_copy_waits_for_a_commit_that_wrote_and_the_quiet_after_it(tmp_path):
    path = tmp_path / "station.sqlite3"
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (id INTEGER PRIMARY KEY)")
        conn.commit()
    checkpointer = WalCheckpointer(path, interval_s=0.05, quiet_s=0.3, idle_s=30).start()
    factory = SqlUnitOfWorkFactory(engine, after_commit=checkpointer.wrote)
    try:
        time.sleep(0.3)
        assert checkpointer.checkpoints == 0  # nothing written, nothing to copy
        with factory() as uow:  # a read (a lookup as the operator types): a scan may follow at once
            assert uow.connection.exec_driver_sql("SELECT count(*) FROM filler").scalar() == 0
        time.sleep(0.6)
        assert checkpointer.checkpoints == 0
        with factory() as uow:
            uow.connection.exec_driver_sql("INSERT INTO filler DEFAULT VALUES")
        committed = time.monotonic()
        deadline = committed + 5
        while checkpointer.checkpoints == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert checkpointer.checkpoints == 1 and time.monotonic() - committed >= 0.3  # after the quiet
    finally:
        checkpointer.stop()
        engine.dispose()
    assert not checkpointer._thread.is_alive()
