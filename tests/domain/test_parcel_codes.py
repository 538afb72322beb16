"""Pickup-code allocation: next-fit, capacity, cool-down; typed codes; recipient matching; fees."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.errors import DomainError
from station.domain.notices import reminder_stage_due, render
from station.domain.parcel_dispatch import IdType, mask_id, normalise_id
from station.domain.parcels import ParcelSettings, match_score, parse_recipient, rank_matches, storage_fee_fen
from station.domain.people import Person
from station.domain.pickup_codes import (
    CodeScheme,
    CodeStyle,
    ShelfSpec,
    Slot,
    choose_serial,
    choose_slot,
    first_free,
    looks_like_pickup_code,
    parse_code,
    serial_windows,
    validate_shelves,
)


def slots(*occupied: int, capacity: int = 2) -> list[Slot]:
    return [Slot("1", i + 1, capacity, n) for i, n in enumerate(occupied)]


def test_next_fit_stays_on_the_last_slot_then_walks_on():
    layout = slots(1, 0, 0)
    assert choose_slot(layout, "1-1").key == "1-1"
    assert choose_slot(slots(2, 0, 0), "1-1").key == "1-2"
    assert choose_slot(slots(0, 2, 2), "1-3").key == "1-1"  # wraps around


def test_all_slots_full_is_a_clear_error():
    with pytest.raises(DomainError) as err:
        choose_slot(slots(2, 2), "1-1")
    assert err.value.code == "shelf.all_full"


@given(st.lists(st.integers(0, 3), min_size=1, max_size=12), st.integers(0, 12))
def test_a_chosen_slot_always_has_room(occupied, start):
    layout = [Slot("A", i + 1, 3, n) for i, n in enumerate(occupied)]
    try:
        chosen = choose_slot(layout, f"A-{start}")
    except DomainError as err:
        assert err.code == "shelf.all_full" and all(n == 3 for n in occupied)
        return
    assert chosen.occupied < chosen.capacity


def test_serials_continue_after_the_last_and_skip_held_or_cooling_ones():
    scheme = CodeScheme(serial_digits=3)
    assert choose_serial(scheme, set(), 41) == 42
    assert choose_serial(scheme, {42, 43}, 41) == 44
    assert choose_serial(scheme, set(), 999) == 1  # wraps, never 0


def test_no_free_serial():
    scheme = CodeScheme(serial_digits=3)
    with pytest.raises(DomainError) as err:
        choose_serial(scheme, set(range(1, 1000)), 5)
    assert err.value.code == "pickup_code.none_free"


@given(st.sets(st.integers(1, 999), max_size=998), st.integers(0, 999))
def test_a_chosen_serial_is_never_unavailable(unavailable, last):
    serial = choose_serial(CodeScheme(serial_digits=3), unavailable, last)
    assert 1 <= serial <= 999 and serial not in unavailable


def test_code_formats_and_parsing():
    slot = Slot("3", 2, 30, 0)
    assert CodeScheme().format(slot, 417) == "3-2-0417"
    assert CodeScheme(CodeStyle.SHELF_SERIAL).format(slot, 417) == "3-0417"
    assert CodeScheme(CodeStyle.SERIAL, 6).format(slot, 417) == "000417"
    assert parse_code("3-2-0417").serial == 417 and parse_code("3-2-417").tier == 2
    assert parse_code("0417").serial == 417 and parse_code(" 3 2 0417 ").shelf == "3"
    assert looks_like_pickup_code("3-2-0417") and not looks_like_pickup_code("SF1234567890123")


@given(st.text(max_size=20))
def test_parse_code_never_raises_anything_but_domain_errors(text):
    try:
        assert parse_code(text).serial > 0
    except DomainError as err:
        assert err.code == "pickup_code.invalid"


def test_shelf_validation():
    assert validate_shelves([ShelfSpec("a", 3, 20)])[0].label == "A"
    for bad in ([], [ShelfSpec("1", 0, 5)], [ShelfSpec("1", 2, 0)], [ShelfSpec("1", 2, 5), ShelfSpec("1", 1, 5)],
                [ShelfSpec("货架", 2, 5)]):
        with pytest.raises(DomainError):
            validate_shelves(bad)


def person(name: str, *phones: str) -> Person:
    return Person(name, name, tuple(phones), "", "", "", "", "2026-01-01")


def test_recipient_matching_by_full_masked_and_last4():
    zhang, li = person("张三", "13812345678"), person("李四", "13912345678")
    assert match_score(parse_recipient("13812345678"), zhang) == 100
    assert match_score(parse_recipient("13812345678"), li) == 0
    assert rank_matches(parse_recipient("138****5678"), [li, zhang]) == [zhang]
    assert set(map(id, rank_matches(parse_recipient("5678"), [li, zhang]))) == {id(li), id(zhang)}
    assert rank_matches(parse_recipient("5678", "张三"), [li, zhang])[0] == zhang
    assert rank_matches(parse_recipient("17012345678-1234"), [zhang]) == []  # virtual: not their number


def test_storage_fee_after_free_days_with_cap_and_extension():
    d = date(2026, 11, 1)
    assert storage_fee_fen(d, date(2026, 11, 4), d, 3, 100, 500) == 0
    assert storage_fee_fen(d, date(2026, 11, 6), d, 3, 100, 500) == 200
    assert storage_fee_fen(d, date(2026, 11, 30), d, 3, 100, 500) == 500
    assert storage_fee_fen(d, date(2026, 11, 6), date(2026, 11, 10), 3, 100, 500) == 0
    assert storage_fee_fen(d, date(2026, 11, 30), d, 3, 0, 500) == 0


def test_settings_roundtrip_and_damage_falls_back_to_defaults():
    settings = ParcelSettings(reminder_days=(7, 3), fee_per_day_fen=50)
    again = ParcelSettings.from_dict(settings.to_dict())
    assert again.reminder_days == (3, 7) and again.fee_per_day_fen == 50
    assert ParcelSettings.from_dict({"serial_digits": "x", "code_style": "nope"}) == ParcelSettings()


def test_templates_and_reminder_stages():
    assert render("{station}: {code}", {"station": "和兴", "code": "1-1-0001"}) == "和兴: 1-1-0001"
    assert render("{oops} {0} {", {"code": "1"}) == "{oops} {0} {"
    assert reminder_stage_due(3, (3, 7), 0) == 1
    assert reminder_stage_due(5, (3, 7), 1) == 0
    assert reminder_stage_due(8, (3, 7), 1) == 2


@given(st.text(max_size=80))
def test_any_template_renders_without_raising(template):
    assert isinstance(render(template, {"station": "s", "code": "c", "days": 3}), str)


@given(st.integers(3, 4), st.one_of(st.none(), st.integers(0, 9999)), st.integers(1, 700))
def test_serial_windows_cover_the_space_once_in_next_fit_order(digits, last, size):
    scheme = CodeScheme(serial_digits=digits)
    windows = serial_windows(scheme, last, size)
    serials = [s for lo, hi in windows for s in range(lo, hi + 1)]
    assert sorted(serials) == list(range(1, scheme.max_serial + 1))
    assert serials[0] == (last or 0) % scheme.max_serial + 1


def test_first_free_in_a_window():
    assert first_free(5, 9, {5, 6}) == 7
    assert first_free(5, 6, {5, 6}) is None


@given(st.text(max_size=30), st.sampled_from(list(IdType)))
def test_id_numbers_either_normalise_or_raise_a_domain_error(text, id_type):
    try:
        clean = normalise_id(id_type, text)
    except DomainError as err:
        assert err.code in ("dispatch.id_missing", "dispatch.id_invalid")
        return
    assert (clean and "*" in mask_id(clean)) or len(clean) <= 4


@given(st.dictionaries(st.sampled_from(list(ParcelSettings.__dataclass_fields__)),
                       st.one_of(st.none(), st.integers(), st.text(max_size=10), st.lists(st.integers()))))
def test_damaged_settings_rows_never_stop_intake(data):
    settings = ParcelSettings.from_dict(data)
    assert settings.scheme.max_serial >= 999
