"""Day close and shift handover: expected cash, the count, the difference, late entries, no edits."""

from __future__ import annotations

import pytest
from purchase_support import RecordingPrinter, two_items
from sqlalchemy.exc import IntegrityError

from station.domain.day_close import CloseKind
from station.domain.errors import Conflict, DomainError, PermissionDenied
from station.domain.ledger import Direction, EntryDraft, Method, Purpose
from station.domain.operators import Role
from station.domain.purchase_receipts import plain_text
from station.services.day_close import DayCloseService
from station.services.purchases import PurchaseService


@pytest.fixture
def printer():
    return RecordingPrinter()


@pytest.fixture
def day_close(services, printer):
    return DayCloseService(services.ctx, printer)


def _money(services, actor, fen, direction=Direction.IN, method=Method.CASH, purpose=Purpose.STORAGE_FEE, ref=""):
    entry, _ = services.ledger.record(actor, EntryDraft(fen, direction, method, purpose, reference=ref))
    return entry


def test_close_the_day_with_a_cash_difference(services, shopkeeper, day_close, printer, clock):
    _money(services, shopkeeper, 20000, purpose=Purpose.OPENING_FLOAT)
    _money(services, shopkeeper, 300)
    _money(services, shopkeeper, 1500, method=Method.WECHAT, purpose=Purpose.POSTAGE, ref="4200001")
    _money(services, shopkeeper, 900, method=Method.ALIPAY, purpose=Purpose.POSTAGE, ref="2088001")
    _money(services, shopkeeper, 1000, Direction.OUT, purpose=Purpose.REFUND)
    person, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    PurchaseService(services.ctx).create(shopkeeper, person_id=person.id, items=two_items(), deposit_fen=5000)
    figures = day_close.figures()
    assert figures.expected_cash_fen == 20000 + 300 - 1000 + 5000
    assert figures.mobile_totals == {"wechat": 1500, "alipay": 900, "bank": 0}
    assert figures.entry_count == 7 and len(figures.entries) == 7
    assert figures.by_purpose["deposit"] + figures.by_purpose["service_fee"] == 5000
    close, changes = day_close.close(shopkeeper, counted_cash_fen=24200, note="少了一元")
    assert changes.touches("day_close")
    assert close.difference_fen == -100 and close.expected_cash_fen == 24300 and close.kind == CloseKind.DAY
    assert close.operator_id == shopkeeper.id and close.business_date == "2026-11-25"
    assert day_close.is_closed() and day_close.recent()[0] == close
    report = plain_text(printer.jobs[0]["document"])
    for part in ("￥243.00", "￥242.00", "-￥1.00", "少了一元"):
        assert part in report
    with pytest.raises(Conflict) as err:
        day_close.close(shopkeeper, counted_cash_fen=24200)
    assert err.value.code == "day_close.already_closed"


def test_entries_after_the_close_are_late_and_fall_into_the_next_close(services, shopkeeper, day_close, clock):
    _money(services, shopkeeper, 5000, purpose=Purpose.OPENING_FLOAT)
    first, _ = day_close.close(shopkeeper, counted_cash_fen=5000)
    late = _money(services, shopkeeper, 700)  # same day, after the close: a late entry dated today
    assert late.late and late.business_date == "2026-11-25"
    assert day_close.figures().late_count == 1
    with pytest.raises(Conflict):  # the closed day stays closed
        day_close.close(shopkeeper, counted_cash_fen=5700)
    clock.advance(days=1)
    on_time = _money(services, shopkeeper, 200)
    assert not on_time.late
    figures = day_close.figures()
    assert figures.opening_cash_fen == 5000 and figures.entry_count == 2 and figures.expected_cash_fen == 5900
    second, _ = day_close.close(shopkeeper, counted_cash_fen=5900)
    assert second.difference_fen == 0 and second.previous_close_id == first.id
    clock.advance(days=1)
    assert day_close.figures().entry_count == 0 and day_close.figures().expected_cash_fen == 5900


def test_a_closed_day_cannot_be_edited(services, shopkeeper, day_close, engine):
    day_close.close(shopkeeper, counted_cash_fen=0)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE day_close SET counted_cash_fen = 1")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM day_close")


def test_shift_handover_between_two_operators(services, shopkeeper, day_close, clock):
    clerk, _ = services.auth.add_operator(shopkeeper, "李小红", Role.CLERK, "1357")
    _money(services, shopkeeper, 10000, purpose=Purpose.OPENING_FLOAT)
    with pytest.raises(DomainError, match=r"day_close\.successor_required"):
        day_close.close(shopkeeper, counted_cash_fen=10000, kind=CloseKind.SHIFT)
    with pytest.raises(DomainError, match=r"day_close\.successor_same"):
        day_close.close(shopkeeper, counted_cash_fen=10000, kind=CloseKind.SHIFT, handed_to_id=shopkeeper.id)
    shift, _ = day_close.close(shopkeeper, counted_cash_fen=10000, kind=CloseKind.SHIFT, handed_to_id=clerk.id)
    assert shift.kind == CloseKind.SHIFT and shift.handed_to_id == clerk.id and shift.difference_fen == 0
    assert not day_close.is_closed()  # a shift handover leaves the day open
    clock.advance(hours=4)
    _money(services, clerk, 450)
    figures = day_close.figures()
    assert figures.opening_cash_fen == 10000 and figures.entry_count == 1
    close, _ = day_close.close(clerk, counted_cash_fen=10500, note="多收五毛")
    assert close.difference_fen == 50 and close.previous_close_id == shift.id


def test_bad_counts_and_roles(services, shopkeeper, day_close):
    supervisor, _ = services.auth.add_operator(shopkeeper, "赵督导", Role.SUPERVISOR, "2468")
    with pytest.raises(PermissionDenied):
        day_close.close(supervisor, counted_cash_fen=0)
    for bad in (-1, 10**13):
        with pytest.raises(DomainError, match=r"day_close\.counted_invalid"):
            day_close.close(shopkeeper, counted_cash_fen=bad)
    with pytest.raises(DomainError, match=r"day_close\.note_too_long"):
        day_close.close(shopkeeper, counted_cash_fen=0, note="长" * 201)
    assert not day_close.is_closed() and day_close.recent() == []


def test_print_again_and_report_without_printer(services, shopkeeper):
    quiet = DayCloseService(services.ctx)
    close, _ = quiet.close(shopkeeper, counted_cash_fen=0)
    assert quiet.print_report(shopkeeper, close.id) is None
    assert "Day close" in plain_text(quiet.report(close))
