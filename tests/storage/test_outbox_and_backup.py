"""The outbox rule (business row and outbox record commit together) and backup/restore."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from station.domain.ids import new_id
from station.domain.people import make_draft, search_keys
from station.storage.backup import KEEP_PER_KIND, list_backups


def _outbox(engine):
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT incarnation_id, seq, payload, payload_sha256, chain_hash FROM outbox ORDER BY seq").all()


def test_failure_after_the_business_insert_leaves_neither_row(services, shopkeeper, engine):
    before = len(_outbox(engine))
    draft = make_draft("赵六", ["13700001111"])
    with pytest.raises(RuntimeError), services.ctx.uow() as uow:
        uow.people.add(new_id(), draft, search_keys(draft.name, draft.phones), services.ctx.now_iso())
        uow.outbox.append("person.created", {"name": "赵六"}, record_id=new_id(), created_wall="x")
        raise RuntimeError("power cut between the two writes")
    assert services.people.search("赵六") == []
    assert len(_outbox(engine)) == before
    # the sequence number was given back: the next record follows without a gap
    services.people.create(shopkeeper, name="赵六", phones=["13700001111"])
    seqs = [row.seq for row in _outbox(engine)]
    assert seqs == list(range(1, len(seqs) + 1))


def test_outbox_is_gapless_and_hash_chained(services, shopkeeper, engine):
    for i in range(5):
        services.people.create(shopkeeper, name=f"村民{'一二三四五'[i]}", phones=[f"1380000000{i}"])
    previous = bytes(32)
    for row in _outbox(engine):
        assert hashlib.sha256(row.payload).digest() == row.payload_sha256
        expected = hashlib.sha256(previous + row.seq.to_bytes(8, "big") + row.payload_sha256).digest()
        assert row.chain_hash == expected
        previous = row.chain_hash


def test_outbox_payload_cannot_be_rewritten(services, shopkeeper, engine):
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET payload = x'00' WHERE seq = 1")
    with engine.begin() as conn:  # sync state columns may change
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked' WHERE seq = 1")


def test_backup_and_restore_start_a_new_incarnation(services, shopkeeper, engine, tmp_path):
    services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    backup_path = services.backups.take_now(shopkeeper)
    with engine.connect() as conn:
        old_incarnation = conn.exec_driver_sql("SELECT incarnation_id FROM sync_identity").scalar()
    services.people.create(shopkeeper, name="李四", phones=["13900001111"])
    assert services.people.search("ls")
    services.backups.restore(shopkeeper, backup_path)
    assert services.people.search("zs")
    assert services.people.search("ls") == []  # recorded after the backup
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT incarnation_id, next_seq, last_chain_hash FROM sync_identity").one()
    assert row.incarnation_id != old_incarnation and row.next_seq == 1 and row.last_chain_hash == bytes(32)
    kinds = {b.kind for b in list_backups(tmp_path / "backups")}
    assert {"manual", "pre"} <= kinds  # the safety copy taken before restoring
    # the next record starts the new incarnation at seq 1 and does not collide with the old rows
    services.people.create(shopkeeper, name="王五", phones=["13600002222"])
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT seq FROM outbox WHERE incarnation_id = ?", (row.incarnation_id,)).scalar() == 1


def test_daily_backups_keep_the_last_fourteen(services, engine, tmp_path):
    from datetime import datetime, timedelta

    from station.storage.backup import backup_file

    start = datetime(2026, 1, 1, 20, 0)
    for day in range(KEEP_PER_KIND + 4):
        backup_file(engine, tmp_path / "backups", "daily", now=start + timedelta(days=day))
    daily = [b for b in list_backups(tmp_path / "backups") if b.kind == "daily"]
    assert len(daily) == KEEP_PER_KIND
    assert daily[0].taken_at.date() == (start + timedelta(days=KEEP_PER_KIND + 3)).date()
    conn = sqlite3.connect(daily[0].path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_restore_refuses_a_file_that_is_not_a_backup(services, shopkeeper, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"nope" * 1000)
    from station.domain.errors import DomainError

    with pytest.raises(DomainError) as err:
        services.backups.restore(shopkeeper, str(bogus))
    assert err.value.code == "backup.unreadable"
    assert services.setup.is_set_up()
