"""Weight is an integer number of grams. Scales send decimal text; it never goes through float."""

from __future__ import annotations

import re

from station.domain.errors import DomainError

GRAMS_PER_JIN = 500  # 市斤
MAX_GRAMS = 3_000_000  # 3 t: more than any counter or platform scale at a station weighs

_WEIGHT = re.compile(r"^\s*(\d{1,7})(?:\.(\d{0,3}))?\s*(kg|g|斤|公斤|克)?\s*$", re.IGNORECASE)


def format_grams(grams: int) -> str:
    """``1234`` -> ``1.234 kg``; below one kilogram ``850 g``."""
    if grams is None:
        return ""
    if abs(grams) < 1000:
        return f"{grams} g"
    kg, g = divmod(abs(grams), 1000)
    return f"{'-' if grams < 0 else ''}{kg}.{g:03d} kg"


def parse_weight(text: str, default_unit: str = "kg") -> int:
    """Parse a typed weight (``1.5``, ``1.5kg``, ``800g``, ``3斤``) into grams."""
    match = _WEIGHT.match(text)
    if not match:
        raise DomainError("weight.invalid", text=text)
    whole, frac, unit = match.groups()
    unit = (unit or default_unit).lower()
    frac = (frac or "").ljust(3, "0")
    if unit in ("kg", "公斤"):
        grams = int(whole) * 1000 + int(frac)
    elif unit in ("g", "克"):
        if int(frac):
            raise DomainError("weight.invalid", text=text)
        grams = int(whole)
    else:  # 斤
        grams = int(whole) * GRAMS_PER_JIN + int(frac) * GRAMS_PER_JIN // 1000
    if grams > MAX_GRAMS:
        raise DomainError("weight.too_large", text=text)
    return grams
