"""Money is an integer number of fen (分). Formatting and parsing happen only at the edges."""

from __future__ import annotations

import re

from station.domain.errors import DomainError

YUAN_SIGN = "￥"  # full-width U+FFE5: GBK printers print it; U+00A5 becomes junk (hardware.md §2.2)
MAX_FEN = 100_000_000_00  # one hundred million yuan: anything above is a typing mistake at a village counter

_AMOUNT = re.compile(r"^\s*([+-]?)\s*[￥¥]?\s*(\d{1,12})(?:\.(\d{0,2}))?\s*(?:元)?\s*$")


def format_fen(fen: int, *, sign: bool = True) -> str:
    """``1250`` -> ``￥12.50``; negative amounts as ``-￥3.00``."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError("money must be integer fen")
    prefix = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    body = f"{yuan:,}.{cents:02d}" if yuan >= 10_000 else f"{yuan}.{cents:02d}"
    return f"{prefix}{YUAN_SIGN if sign else ''}{body}"


def parse_yuan(text: str) -> int:
    """Parse what an operator typed (``12.5``, ``￥12.50``, ``12元``) into fen.

    Raises ``DomainError('money.invalid')`` for anything else and ``money.too_large`` for absurd amounts.
    Parsing is done on the digits, never through float, so ``0.1 + 0.2`` problems cannot happen.
    """
    match = _AMOUNT.match(text.replace(",", "").replace("，", ""))
    if not match:
        raise DomainError("money.invalid", text=text)
    sign, yuan, cents = match.groups()
    fen = int(yuan) * 100 + int((cents or "").ljust(2, "0"))
    if fen > MAX_FEN:
        raise DomainError("money.too_large", text=text)
    return -fen if sign == "-" else fen
