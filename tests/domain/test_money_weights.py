import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.errors import DomainError
from station.domain.money import format_fen, parse_yuan
from station.domain.weights import format_grams, parse_weight


@pytest.mark.parametrize(("fen", "text"), [(1250, "￥12.50"), (5, "￥0.05"), (-300, "-￥3.00"), (0, "￥0.00"),
                                           (1_234_567, "￥12,345.67")])
def test_format_fen_uses_full_width_yuan_sign(fen, text):
    assert format_fen(fen) == text
    assert "¥" not in format_fen(fen)  # U+00A5 prints as junk on GBK printers


@pytest.mark.parametrize(("text", "fen"), [("12.5", 1250), ("￥12.50", 1250), ("12元", 1200), ("0.1", 10),
                                           ("1,200.00", 120000), ("-3", -300), (" 7.05 ", 705)])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["", "abc", "1.234", "12..5", "1e3", "99999999999999"])
def test_parse_yuan_rejects_with_a_code(text):
    with pytest.raises(DomainError) as err:
        parse_yuan(text)
    assert err.value.code in {"money.invalid", "money.too_large"}


@given(st.integers(min_value=-10**10, max_value=10**10))
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_fen(fen)) == fen


@given(st.text(max_size=30))
def test_parse_yuan_never_raises_anything_but_domain_errors(text):
    try:
        assert isinstance(parse_yuan(text), int)
    except DomainError:
        pass


@pytest.mark.parametrize(("text", "grams"), [("1.234", 1234), ("1.5kg", 1500), ("800g", 800), ("3斤", 1500),
                                             ("0.5 公斤", 500), ("2.5斤", 1250)])
def test_parse_weight(text, grams):
    assert parse_weight(text) == grams


def test_format_grams():
    assert format_grams(1234) == "1.234 kg"
    assert format_grams(850) == "850 g"


@given(st.text(max_size=20))
def test_parse_weight_fuzz(text):
    try:
        assert parse_weight(text) >= 0
    except DomainError:
        pass
