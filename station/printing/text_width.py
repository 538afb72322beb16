"""Display width of text on a printer's character grid, and wrapping on that grid.

A receipt printer in Chinese mode prints every double-byte GBK character as a full 24-dot glyph and
every single byte as a 12-dot one, so the printer's idea of width follows the *byte count*, not
Unicode's East Asian Width: '×', '·', '…' and '—' are "ambiguous" (one column) for Unicode but take
two columns on the paper. Callers pass the measure that matches the printer; ``char_columns`` is the
Unicode measure for text that is not going to a GB printer.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

Measure = Callable[[str], int]

# Characters that must not start a line (Chinese line-breaking rule, 避头点): they are pulled back
# together with the character before them.
NO_LINE_START = frozenset("，。、；：？！）】」』》〉’”…,.;:!?)]}%")


def char_columns(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def columns(text: str, measure: Measure = char_columns) -> int:
    return sum(measure(ch) for ch in text)


def wrap(text: str, width: int, measure: Measure = char_columns) -> list[str]:
    """Split into lines of at most ``width`` columns, never inside a double-width character, keeping
    closing punctuation off the start of a line where the line before can give up a character."""
    if width <= 0:
        return [text]
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for ch in text:
        if ch == "\n":
            lines.append("".join(current))
            current, used = [], 0
            continue
        w = measure(ch)
        if used + w > width and current:
            carried: list[str] = []
            if ch in NO_LINE_START and len(current) > 1 and measure(current[-1]) + w <= width:
                carried = [current.pop()]
            lines.append("".join(current))
            current = carried
            used = columns("".join(carried), measure)
        current.append(ch)
        used += w
    if current or not lines:
        lines.append("".join(current))
    return lines


def fit(text: str, width: int, measure: Measure = char_columns) -> str:
    """Cut ``text`` to ``width`` columns, never in the middle of a double-width character."""
    out, used = [], 0
    for ch in text:
        w = measure(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def pad_left(text: str, width: int, measure: Measure = char_columns) -> str:
    return " " * max(0, width - columns(text, measure)) + text


def left_right(left: str, right: str, width: int, measure: Measure = char_columns) -> list[str]:
    """``left`` flush left and ``right`` flush right on the last line; nothing is ever cut off.

    When both do not fit on one line the left side wraps; a right side wider than the paper wraps
    too and is set flush right below the left side.
    """
    right_width = columns(right, measure)
    room = width - right_width - 1
    if right_width > width or room < 4:
        return [*wrap(left, width, measure), *(pad_left(part, width, measure) for part in wrap(right, width, measure))]
    parts = wrap(left, room, measure)
    last = parts[-1]
    parts[-1] = last + " " * (width - columns(last, measure) - right_width) + right
    return parts
