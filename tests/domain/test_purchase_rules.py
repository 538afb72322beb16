"""Order states, item validation, fee rules and the money rules of agent purchases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.errors import DomainError
from station.domain.ledger import Direction, Entry, Method, Purpose
from station.domain.purchase_money import (
    NOTHING,
    OrderMoney,
    check_balance,
    check_deposit,
    check_refund,
    order_money,
    payment_drafts,
)
from station.domain.purchases import (
    ALLOWED_FROM,
    FINAL_STATES,
    Action,
    OrderState,
    Platform,
    make_item,
    next_state,
    normalise_platform_order,
    parse_order_no,
    quote,
)
from station.domain.service_fees import (
    DEFAULT_RULE,
    FixedFee,
    PercentageFee,
    TieredFee,
    rule_from_dict,
    validate_rule,
)


def test_main_road_of_an_order():
    state = OrderState.QUOTED
    for action, expected in [(Action.TAKE_DEPOSIT, OrderState.DEPOSIT_PAID), (Action.PLACE, OrderState.PLACED),
                             (Action.PLACE, OrderState.PLACED), (Action.ADD_TRACKING, OrderState.SHIPPED),
                             (Action.ADD_TRACKING, OrderState.SHIPPED), (Action.ARRIVE, OrderState.ARRIVED),
                             (Action.HAND_OVER, OrderState.HANDED_OVER), (Action.CLOSE, OrderState.CLOSED)]:
        state = next_state(state, action)
        assert state == expected


@pytest.mark.parametrize("state", list(OrderState))
@pytest.mark.parametrize("action", list(Action))
def test_every_action_either_moves_or_says_wrong_state(state, action):
    if state in ALLOWED_FROM[action]:
        assert next_state(state, action) in OrderState
    else:
        with pytest.raises(DomainError) as err:
            next_state(state, action)
        assert err.value.code == "purchase.wrong_state"
        assert err.value.params == {"state": str(state), "action": str(action)}


def test_final_states_allow_nothing_but_commission():
    for state in FINAL_STATES:
        allowed = [a for a in Action if state in ALLOWED_FROM[a]]
        assert allowed in ([], [Action.COMMISSION])
    with pytest.raises(DomainError):
        next_state(OrderState.ARRIVED, Action.CANCEL)  # goods on the shelf: after-sales, not cancel


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"name": "  "}, "purchase.item_name_empty"),
    ({"name": "长" * 61}, "purchase.item_name_too_long"),
    ({"quantity": 0}, "purchase.quantity_invalid"),
    ({"quantity": -2}, "purchase.quantity_invalid"),
    ({"quantity": 1000}, "purchase.quantity_invalid"),
    ({"unit_price_fen": 0}, "purchase.price_invalid"),
    ({"unit_price_fen": -500}, "purchase.price_invalid"),
    ({"unit_price_fen": 5_000_001}, "purchase.price_invalid"),
    ({"platform": "amazon"}, "purchase.platform_invalid"),
    ({"link": "x" * 301}, "purchase.item_text_too_long"),
])
def test_bad_items_are_refused_with_their_line(kwargs, code):
    values = {"name": "电饭煲", "platform": "pinduoduo", "quantity": 1, "unit_price_fen": 12900} | kwargs
    with pytest.raises(DomainError) as err:
        make_item(position=3, **values)
    assert err.value.code == code and err.value.params["line"] == 3


def test_quote_adds_goods_shipping_and_fee():
    items = [make_item("电饭煲", Platform.PINDUODUO, 1, 12900), make_item("袜子", "taobao", 3, 990, spec="黑色")]
    q = quote(items, 800, FixedFee(500))
    assert (q.goods_fen, q.shipping_fen, q.fee_fen, q.total_fen) == (15870, 800, 500, 17170)
    with pytest.raises(DomainError, match=r"purchase\.no_items"):
        quote([], 0, FixedFee(500))
    with pytest.raises(DomainError, match=r"purchase\.shipping_invalid"):
        quote(items, -1, FixedFee(500))
    with pytest.raises(DomainError, match=r"purchase\.total_too_large"):
        quote([make_item("拖拉机", "jd", 999, 5_000_000)], 0, FixedFee(0))


def test_fee_rules():
    assert FixedFee(300).fee_for(100) == 300
    pct = PercentageFee(500, min_fen=200, max_fen=3000)  # 5 %, at least ￥2, at most ￥30
    assert [pct.fee_for(x) for x in (1000, 10000, 10010, 100_000_00)] == [200, 500, 501, 3000]
    assert PercentageFee(250).fee_for(1) == 0 and PercentageFee(250).fee_for(20) == 1  # half up
    tiers = TieredFee(((5000, 200), (20000, 500)), 1000)
    assert [tiers.fee_for(x) for x in (0, 1, 5000, 5001, 20000, 20001)] == [0, 200, 200, 500, 500, 1000]
    for rule in (FixedFee(300), pct, tiers, DEFAULT_RULE):
        assert rule_from_dict(rule.to_dict()) == rule


@pytest.mark.parametrize("rule", [FixedFee(-1), PercentageFee(6000), PercentageFee(100, 500, 200),
                                  TieredFee((), 0), TieredFee(((500, 1), (400, 2)), 3)])
def test_nonsense_fee_rules_are_refused(rule):
    with pytest.raises(DomainError, match=r"purchase\.fee_rule_invalid"):
        validate_rule(rule)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
                    max_leaves=12))
def test_stored_fee_rules_never_crash(data):
    try:
        rule = rule_from_dict(data)
    except DomainError as err:
        assert err.code == "purchase.fee_rule_invalid"
    else:
        assert rule.fee_for(10_000) >= 0


@given(st.integers(min_value=0, max_value=10**8), st.integers(0, 5000), st.integers(0, 100_000),
       st.integers(0, 100_000))
def test_percentage_fee_stays_within_its_bounds(subtotal, bp, low, high):
    low, high = min(low, high), max(low, high)
    fee = PercentageFee(bp, low, high).fee_for(subtotal)
    assert fee == 0 if subtotal == 0 else low <= fee <= high


def _entry(i: int, amount: int, direction: Direction, purpose: Purpose, reverses: str | None = None) -> Entry:
    return Entry(f"e{i}", "t", "d", amount, direction, Method.CASH, purpose, "", "purchase", "o1", "", "op",
                 reverses, False, "")


def test_money_from_entries_counts_corrections_as_what_they_reverse():
    entries = [_entry(1, 500, Direction.IN, Purpose.SERVICE_FEE), _entry(2, 4500, Direction.IN, Purpose.DEPOSIT),
               _entry(3, 1000, Direction.OUT, Purpose.REFUND),
               _entry(4, 4500, Direction.OUT, Purpose.CORRECTION, reverses="e2")]
    money = order_money(entries)
    assert money == OrderMoney(paid_fen=500, refunded_fen=1000, fee_paid_fen=500)
    assert money.net_fen == sum(e.signed_fen for e in entries)


@given(st.integers(1, 10**6), st.integers(0, 10**5), st.integers(0, 10**5))
def test_a_payment_covers_the_fee_first_and_is_never_lost(amount, fee, fee_paid):
    fee_paid = min(fee_paid, fee)
    drafts = payment_drafts("o1", amount, Method.CASH, "", Purpose.DEPOSIT, fee, OrderMoney(fee_paid, 0, fee_paid))
    assert sum(d.amount_fen for d in drafts) == amount
    assert all(d.amount_fen > 0 and d.link_kind == "purchase" for d in drafts)
    fee_part = sum(d.amount_fen for d in drafts if d.purpose == Purpose.SERVICE_FEE)
    assert fee_part == min(amount, fee - fee_paid)


def test_deposit_balance_and_refund_limits():
    assert check_deposit(0, 1000, NOTHING) == 0
    with pytest.raises(DomainError, match=r"purchase\.deposit_exceeds_total"):
        check_deposit(1001, 1000, NOTHING)
    with pytest.raises(DomainError, match=r"purchase\.deposit_invalid"):
        check_deposit(-1, 1000, NOTHING)
    paid = OrderMoney(400, 0, 0)
    assert check_balance(600, 1000, paid) == 600
    with pytest.raises(DomainError, match=r"purchase\.balance_required") as err:
        check_balance(0, 1000, paid)
    assert err.value.params["due"] == 600 and err.value.params["due_text"] == "￥6.00"
    with pytest.raises(DomainError, match=r"purchase\.balance_too_much"):
        check_balance(700, 1000, paid)
    with pytest.raises(DomainError, match=r"purchase\.refund_exceeds_paid"):
        check_refund(401, paid)
    with pytest.raises(DomainError, match=r"purchase\.refund_invalid"):
        check_refund(0, paid)


def test_order_numbers_and_platform_orders():
    assert parse_order_no("dg-42") == "DG-0042" and parse_order_no(" DG-0042 ") == "DG-0042"
    assert parse_order_no("DG-123456") == "DG-123456" and parse_order_no("SF123") is None
    assert normalise_platform_order(" 2024 1103 9981 ") == "202411039981"
    with pytest.raises(DomainError, match=r"purchase\.platform_order_invalid"):
        normalise_platform_order("订单")


@given(st.text(max_size=50))
def test_order_number_and_platform_order_parsers_never_crash(text):
    parse_order_no(text)
    try:
        assert normalise_platform_order(text)
    except DomainError as err:
        assert err.code == "purchase.platform_order_invalid"
