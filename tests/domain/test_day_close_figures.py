"""Day-close figures from ledger totals: expected cash, mobile totals, difference and its causes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.day_close import check_counted, explain, figures_from, totals_of
from station.domain.errors import DomainError
from station.domain.ledger import Direction, Entry, Method, Purpose


def _entry(i: int, amount: int, direction: Direction, method: Method, purpose: Purpose, late: bool = False) -> Entry:
    return Entry(f"e{i}", "t", "2026-11-25", amount, direction, method, purpose, "", "", "", "", "op", None, late, "")


def _figures(entries: list[Entry], opening: int = 0):
    return figures_from(totals_of(entries), entries, business_date="2026-11-25", opening_cash_fen=opening,
                        previous_close_id=None, last_entry_id="e9", last_entry_hash="h")


def test_expected_cash_mobile_totals_and_difference():
    entries = [_entry(1, 10000, Direction.IN, Method.CASH, Purpose.OPENING_FLOAT),
               _entry(2, 2500, Direction.IN, Method.CASH, Purpose.DEPOSIT),
               _entry(3, 3000, Direction.IN, Method.WECHAT, Purpose.BALANCE),
               _entry(4, 1200, Direction.IN, Method.ALIPAY, Purpose.POSTAGE),
               _entry(5, 800, Direction.OUT, Method.CASH, Purpose.REFUND, late=True)]
    figures = _figures(entries, opening=5000)
    assert figures.expected_cash_fen == 5000 + 10000 + 2500 - 800
    assert figures.mobile_totals == {"wechat": 3000, "alipay": 1200, "bank": 0}
    assert figures.by_purpose["refund"] == -800 and figures.entry_count == 5 and figures.late_count == 1
    assert figures.difference(16200) == -500  # 短款 ￥5
    assert explain(figures, 16200)[0].amount_fen == 10000
    assert explain(figures, 15900)[0].id == "e5"  # an entry of exactly the missing amount comes first


@given(st.lists(st.tuples(st.integers(1, 10**7), st.sampled_from(list(Direction)), st.sampled_from(list(Method)),
                          st.sampled_from(list(Purpose))), max_size=40), st.integers(0, 10**7))
def test_totals_agree_with_the_entries(rows, opening):
    entries = [_entry(i, a, d, m, p) for i, (a, d, m, p) in enumerate(rows)]
    figures = _figures(entries, opening)
    assert figures.expected_cash_fen == opening + sum(e.signed_fen for e in entries if e.method == Method.CASH)
    assert sum(figures.by_method.values()) == sum(e.signed_fen for e in entries)
    assert sum(figures.by_purpose.values()) == sum(e.signed_fen for e in entries)
    assert figures.entry_count == len(entries)


@pytest.mark.parametrize("value", [-1, 1.5, True, "100", 10**13])
def test_counted_cash_must_be_sensible(value):
    with pytest.raises(DomainError, match=r"day_close\.counted_invalid"):
        check_counted(value)
