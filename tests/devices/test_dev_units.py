from hypothesis import given
from hypothesis import strategies as st

from station.devices.units import canonical_unit, decimal_to_grams, decode_unit, grams_to_decimal


def test_decimal_text_to_grams_without_float():
    assert decimal_to_grams("1.234", "kg") == 1234
    assert decimal_to_grams("-  0.200", "kg") == -200
    assert decimal_to_grams("+0018.000", "kg") == 18000
    assert decimal_to_grams("245.6", "g") == 246  # half away from zero
    assert decimal_to_grams("-0.68", "g") == -1
    assert decimal_to_grams("2.500", "斤") == 1250
    assert decimal_to_grams("2.5", "jin") == 1250
    assert decimal_to_grams("1", "lb") == 454  # 453.59237 g
    assert decimal_to_grams("1.5", "t") == 1_500_000
    assert decimal_to_grams(".5", "kg") == 500


def test_rejects_what_is_not_a_number_or_unit():
    assert decimal_to_grams("", "kg") is None
    assert decimal_to_grams("1.2.3", "kg") is None
    assert decimal_to_grams("abc", "kg") is None
    assert decimal_to_grams("1.0", "furlong") is None
    assert decimal_to_grams("1" * 20, "kg") is None


def test_units_from_bytes():
    assert decode_unit("斤".encode("gbk")) == "斤"
    assert canonical_unit(" KG ") == "kg"
    assert canonical_unit("SJ") == "jin"


@given(st.integers(-10_000_000, 10_000_000), st.sampled_from([("kg", 3), ("g", 0), ("jin", 3)]))
def test_encode_then_parse_is_identity(grams, unit_decimals):
    unit, decimals = unit_decimals
    if unit == "jin":
        grams -= grams % 1  # jin with 3 decimals is exact to 0.5 g: round trip only on whole grams
    assert decimal_to_grams(grams_to_decimal(grams, decimals, unit), unit) == grams


@given(st.text(max_size=20), st.text(max_size=5))
def test_never_raises(text, unit):
    decimal_to_grams(text, unit)
