"""Decimal text from a device -> integer grams, with integer arithmetic only (never float)."""

from __future__ import annotations

import re

from station.domain.weights import GRAMS_PER_JIN

# grams per unit as an exact fraction (numerator, denominator)
_UNITS: dict[str, tuple[int, int]] = {
    "g": (1, 1),
    "kg": (1000, 1),
    "t": (1_000_000, 1),
    "lb": (45_359_237, 100_000),  # international pound, exact
    "oz": (28_349_523_125, 1_000_000_000),
    "jin": (GRAMS_PER_JIN, 1),  # 市斤 = 500 g
    "liang": (50, 1),  # 两 = 50 g
}
_ALIASES = {
    "kg": "kg", "kgs": "kg", "公斤": "kg", "千克": "kg",
    "g": "g", "gr": "g", "克": "g",
    "t": "t", "吨": "t",
    "lb": "lb", "lbs": "lb",
    "oz": "oz",
    "jin": "jin", "斤": "jin", "sj": "jin", "市斤": "jin",
    "两": "liang", "liang": "liang",
}
_DECIMAL = re.compile(r"^([+-]?)(\d*)(?:\.(\d*))?$")


def canonical_unit(unit_raw: str) -> str | None:
    """'KG' -> 'kg', '斤' -> 'jin'; None when the unit is unknown."""
    return _ALIASES.get(unit_raw.strip().lower())


def decode_unit(raw: bytes) -> str:
    """Unit bytes as text: ASCII, else GBK (Chinese indicators write 斤 as ``BD EF``)."""
    raw = raw.strip(b" \t\x00")
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        return raw.decode("gbk", errors="replace")


def decimal_to_grams(text: str, unit_raw: str) -> int | None:
    """``('-0.200', 'kg')`` -> ``-200``. Spaces inside the number are ignored (``'-  0.200'``).

    Rounds half away from zero to whole grams (a pound reading has a fraction). None when the text is not
    a decimal number or the unit is unknown.
    """
    unit = canonical_unit(unit_raw)
    if unit is None:
        return None
    match = _DECIMAL.match(text.replace(" ", ""))
    if not match:
        return None
    sign, whole, frac = match.group(1), match.group(2), match.group(3) or ""
    if not whole and not frac:
        return None
    if len(whole) + len(frac) > 12:  # no scale shows that many digits; refuse rather than overflow a column
        return None
    num_u, den_u = _UNITS[unit]
    numerator = int((whole or "0") + frac) * num_u
    denominator = 10 ** len(frac) * den_u
    grams = (2 * numerator + denominator) // (2 * denominator)  # round half up on a non-negative value
    return -grams if sign == "-" else grams


def grams_to_decimal(grams: int, decimals: int, unit: str = "kg") -> str:
    """Encoder side (simulators, transcripts): ``(1234, 3, 'kg')`` -> ``'1.234'``; no sign for positives."""
    num_u, den_u = _UNITS[canonical_unit(unit) or unit]
    scaled = abs(grams) * den_u * 10**decimals
    value = (2 * scaled + num_u) // (2 * num_u)
    digits = str(value).rjust(decimals + 1, "0")
    text = f"{digits[:-decimals]}.{digits[-decimals:]}" if decimals else digits
    return ("-" if grams < 0 else "") + text
