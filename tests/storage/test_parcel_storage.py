"""The database itself guards the shelves: slot capacity, unique codes and waybills on the shelf."""

from __future__ import annotations

import sqlite3

import pytest

from station.storage.db import open_database

ROW = ("INSERT INTO parcel (id, waybill, waybill_rev, carrier, status, pickup_serial, pickup_code, slot, "
       "taken_in_at, taken_in_date, hold_until, operator_id) VALUES (?, ?, '', 'sf', ?, ?, '', ?, "
       "'2026-01-01', '2026-01-01', '2026-01-04', 'op')")


@pytest.fixture
def conn(tmp_path):
    open_database(tmp_path / "s.sqlite3", tmp_path / "b").dispose()
    db = sqlite3.connect(tmp_path / "s.sqlite3")
    db.execute("INSERT INTO operator (id, name, role, pin_hash, created_at) VALUES ('op', 'x', 'clerk', '', '')")
    db.execute("INSERT INTO shelf_slot (slot, shelf, tier, position, capacity, occupied) VALUES ('1-1','1',1,0,2,0)")
    yield db
    db.close()


def test_slot_occupancy_cannot_pass_capacity(conn):
    conn.execute("UPDATE shelf_slot SET occupied = 2")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE shelf_slot SET occupied = occupied + 1")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE shelf_slot SET occupied = -1")


def test_a_serial_and_a_waybill_are_unique_only_among_waiting_parcels(conn):
    conn.execute(ROW, ("a", "SF1", "waiting", 7, "1-1"))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(ROW, ("b", "SF2", "waiting", 7, "1-1"))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(ROW, ("c", "SF1", "waiting", 8, "1-1"))
    conn.execute(ROW, ("d", "SF1", "handed_over", 7, None))  # old parcels keep their codes
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(ROW, ("e", "SF3", "waiting", 9, None))  # on the shelf means in a slot


def test_parcel_events_are_append_only(conn):
    conn.execute(ROW, ("a", "SF1", "waiting", 7, "1-1"))
    conn.execute("INSERT INTO parcel_event (parcel_id, at, kind, operator_id) VALUES ('a', '', 'x', 'op')")
    for sql in ("UPDATE parcel_event SET kind = 'y'", "DELETE FROM parcel_event"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
