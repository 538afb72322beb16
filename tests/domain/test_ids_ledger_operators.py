import uuid
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.errors import DomainError, PermissionDenied
from station.domain.ids import id_timestamp_ms, new_id, uuid_text
from station.domain.ledger import Direction, EntryDraft, Method, Purpose, validate_entry
from station.domain.operators import Operator, Permission, PinState, Role, hash_pin, validate_pin, verify_pin


def test_ids_are_time_ordered_uuid7():
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i[14] == "7" for i in ids)
    assert abs(id_timestamp_ms(ids[0]) - datetime.now().timestamp() * 1000) < 5000


@settings(max_examples=300)
@given(st.integers(0, (1 << 128) - 1))
def test_uuid_text_is_the_uuid_modules_text(value):
    assert uuid_text(value) == str(uuid.UUID(int=value))


def test_pin_hash_is_salted_and_verifies():
    a, b = hash_pin("2580"), hash_pin("2580")
    assert a != b and a.startswith("scrypt$")
    assert verify_pin("2580", a) and not verify_pin("2581", a)
    assert not verify_pin("2580", "garbage")


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", "0000", ""])
def test_bad_pins(pin):
    with pytest.raises(DomainError):
        validate_pin(pin)


def test_five_failures_lock_for_five_minutes():
    now = datetime(2026, 1, 1, 8, 0)
    state = PinState(0, None)
    for _ in range(4):
        state = state.after_failure(now)
        assert not state.locked_at(now)
    state = state.after_failure(now)
    assert state.locked_at(now + timedelta(minutes=4, seconds=59))
    assert not state.locked_at(now + timedelta(minutes=5))


def test_roles():
    clerk = Operator("1", "李", Role.CLERK)
    assert clerk.can(Permission.COUNTER_WORK)
    with pytest.raises(PermissionDenied):
        clerk.require(Permission.MANAGE_OPERATORS)
    assert Operator("2", "督", Role.SUPERVISOR).can(Permission.SEE_FULL_IDS)
    assert not Operator("3", "王", Role.SHOPKEEPER, active=False).can(Permission.COUNTER_WORK)


@pytest.mark.parametrize(("draft", "code"), [
    (EntryDraft(0, Direction.IN, Method.CASH, Purpose.DEPOSIT), "ledger.amount_not_positive"),
    (EntryDraft(-5, Direction.IN, Method.CASH, Purpose.DEPOSIT), "ledger.amount_not_positive"),
    (EntryDraft(500, Direction.IN, Method.WECHAT, Purpose.DEPOSIT), "ledger.reference_required"),
])
def test_ledger_validation(draft, code):
    with pytest.raises(DomainError) as err:
        validate_entry(draft)
    assert err.value.code == code
