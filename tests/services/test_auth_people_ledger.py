from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from support import SHOPKEEPER_PIN

from station.domain.errors import Conflict, DomainError, PermissionDenied
from station.domain.ledger import Direction, EntryDraft, Method, Purpose
from station.domain.operators import Role


def test_setup_only_once(services, shopkeeper):
    assert services.setup.is_set_up()
    with pytest.raises(DomainError) as err:
        services.setup.create_station(name="x", code="XX-1", shopkeeper_name="李四", pin="1357", paper_width_mm=58)
    assert err.value.code == "station.already_set_up"


@pytest.mark.parametrize(("field", "value", "code"), [
    ("name", "  ", "station.name_empty"), ("code", "中文", "station.code_invalid"),
    ("pin", "12", "operator.pin_format"), ("paper_width_mm", 76, "station.paper_width_invalid"),
    ("shopkeeper_name", "", "person.name_empty"),
])
def test_setup_rejects_bad_input(services, field, value, code):
    values = {"name": "站", "code": "HX-1", "shopkeeper_name": "王秀英", "pin": "2580", "paper_width_mm": 58}
    values[field] = value
    with pytest.raises(DomainError) as err:
        services.setup.create_station(**values)
    assert err.value.code == code
    assert not services.setup.is_set_up()


def test_login_counts_failures_and_locks_after_five(services, shopkeeper, clock):
    assert services.auth.login(shopkeeper.id, SHOPKEEPER_PIN) == shopkeeper
    for remaining in (4, 3, 2, 1):
        with pytest.raises(DomainError) as err:
            services.auth.login(shopkeeper.id, "0001")
        assert err.value.code == "operator.wrong_pin" and err.value.params["remaining"] == remaining
    with pytest.raises(DomainError) as err:
        services.auth.login(shopkeeper.id, "0001")
    assert err.value.code == "operator.locked"
    clock.advance(minutes=4)
    with pytest.raises(DomainError) as err:  # even the right PIN waits out the lock
        services.auth.login(shopkeeper.id, SHOPKEEPER_PIN)
    assert err.value.code == "operator.locked"
    clock.advance(minutes=1, seconds=1)
    assert services.auth.login(shopkeeper.id, SHOPKEEPER_PIN) == shopkeeper


def test_roles_are_checked_in_services(services, shopkeeper):
    clerk, _ = services.auth.add_operator(shopkeeper, "李小红", Role.CLERK, "1357")
    with pytest.raises(PermissionDenied):
        services.auth.add_operator(clerk, "外人", Role.SHOPKEEPER, "2468")
    with pytest.raises(PermissionDenied):
        services.backups.take_now(clerk)
    with pytest.raises(DomainError) as err:
        services.auth.deactivate(shopkeeper, shopkeeper.id)
    assert err.value.code == "operator.last_shopkeeper"
    services.auth.deactivate(shopkeeper, clerk.id)
    assert [o.name for o in services.auth.operators()] == ["王秀英"]


def test_person_search_the_way_the_counter_types(services, shopkeeper):
    zhang, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"], village="和兴村")
    services.people.create(shopkeeper, name="曾小明", phones=["13511112222"], village="和兴村")
    for query in ("zs", "ZS", "zhang", "张", "张三", "5678", "13812345678", "138123"):
        assert [p.id for p in services.people.search(query)] == [zhang.id], query
    assert {p.name for p in services.people.search("cxm")} == {"曾小明"}
    assert {p.name for p in services.people.search("zxm")} == {"曾小明"}
    assert services.people.search("") == [] and services.people.search("99") == []


def test_duplicates_are_warned_and_can_be_confirmed(services, shopkeeper):
    services.people.create(shopkeeper, name="张三", phones=["13812345678"], village="和兴村")
    with pytest.raises(Conflict) as err:
        services.people.create(shopkeeper, name="张叁", phones=["13812345678"])
    assert [p.name for p in err.value.params["matches"]] == ["张三"]
    with pytest.raises(Conflict):
        services.people.create(shopkeeper, name="张三", village="和兴村")
    services.people.create(shopkeeper, name="张三", village="东山村")  # same name, other village: no warning
    services.people.create(shopkeeper, name="张三", village="和兴村", allow_duplicate=True)
    assert len(services.people.search("zs")) == 3


def test_merge_keeps_phones_and_references(services, shopkeeper, engine):
    keep, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    drop, _ = services.people.create(shopkeeper, name="张叁", phones=["13900001111"], allow_duplicate=True)
    other, _ = services.people.create(shopkeeper, name="张小三", phones=["13900002222"], household=drop.id)
    merged, _ = services.people.merge(shopkeeper, keep.id, drop.id)
    assert set(merged.phones) == {"13812345678", "13900001111"}
    assert [p.id for p in services.people.search("1111")] == [keep.id]
    assert services.people.get(other.id).household == keep.household  # the household moved too
    with pytest.raises(DomainError):
        services.people.merge(shopkeeper, keep.id, drop.id)


def test_ledger_entries_are_immutable_and_corrections_reverse(services, shopkeeper, engine):
    cash, _ = services.ledger.record(shopkeeper, EntryDraft(5000, Direction.IN, Method.CASH, Purpose.OPENING_FLOAT))
    services.ledger.record(shopkeeper, EntryDraft(1250, Direction.IN, Method.WECHAT, Purpose.DEPOSIT,
                                                  reference="4200001"))
    services.ledger.record(shopkeeper, EntryDraft(300, Direction.OUT, Method.CASH, Purpose.REFUND))
    assert services.ledger.balances() == {"cash": 4700, "wechat": 1250, "alipay": 0, "bank": 0}
    reversal, _ = services.ledger.reverse(shopkeeper, cash.id, "opening float typed twice")
    assert reversal.direction == Direction.OUT and reversal.reverses_id == cash.id
    assert services.ledger.balances()["cash"] == -300
    with pytest.raises(Conflict):
        services.ledger.reverse(shopkeeper, cash.id, "again")
    with pytest.raises(DomainError):
        services.ledger.reverse(shopkeeper, reversal.id, "undo the undo")
    assert services.ledger.verify_chain() == (True, 4)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE ledger_entry SET amount_fen = 1")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM ledger_entry")


def test_tampering_breaks_the_chain(services, shopkeeper, engine):
    services.ledger.record(shopkeeper, EntryDraft(5000, Direction.IN, Method.CASH, Purpose.OPENING_FLOAT))
    services.ledger.record(shopkeeper, EntryDraft(800, Direction.IN, Method.CASH, Purpose.SERVICE_FEE))
    with engine.begin() as conn:  # an attacker drops the trigger and edits an amount
        conn.exec_driver_sql("DROP TRIGGER ledger_entry_no_update")
        conn.exec_driver_sql("UPDATE ledger_entry SET amount_fen = 80 WHERE amount_fen = 800")
    assert services.ledger.verify_chain() == (False, 1)


def test_clerk_cannot_reverse_money(services, shopkeeper):
    clerk, _ = services.auth.add_operator(shopkeeper, "李小红", Role.CLERK, "1357")
    entry, _ = services.ledger.record(clerk, EntryDraft(200, Direction.IN, Method.CASH, Purpose.STORAGE_FEE))
    with pytest.raises(PermissionDenied):
        services.ledger.reverse(clerk, entry.id, "mistake")


def test_operators_managed_at_the_hub_can_log_in(services, shopkeeper, engine):
    import json

    from station.hub.reference import hash_operator_pins

    sent = hash_operator_pins({"li": {"name": "李督导", "role": "supervisor", "pin": "2468"}})
    assert "pin" not in sent["li"] and sent["li"]["pin_hash"].startswith("scrypt$")

    def hub_sends(rows: dict) -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM reference_data WHERE dataset = 'operators'")
            for key, value in rows.items():
                conn.exec_driver_sql("INSERT INTO reference_data (dataset, key, value_json, version) "
                                     "VALUES ('operators', ?, ?, 1)", (key, json.dumps(value)))

    hub_sends(sent | {"bad": {"name": "无密码", "role": "clerk"}})
    names = {op.name: op for op in services.auth.operators()}
    assert set(names) == {"王秀英", "李督导"}
    supervisor = services.auth.login(names["李督导"].id, "2468")
    assert supervisor.role == Role.SUPERVISOR
    hub_sends({})  # removed at the hub: can no longer log in
    assert {op.name for op in services.auth.operators()} == {"王秀英"}
    with pytest.raises(DomainError):
        services.auth.login(supervisor.id, "2468")
