"""Display width of text on a receipt printer: CJK and full-width characters take two columns."""

from __future__ import annotations

import unicodedata


def char_columns(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def columns(text: str) -> int:
    return sum(char_columns(ch) for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Split into lines of at most ``width`` columns without breaking a double-width character."""
    if width <= 0:
        return [text]
    lines, current, used = [], [], 0
    for ch in text:
        if ch == "\n":
            lines.append("".join(current))
            current, used = [], 0
            continue
        w = char_columns(ch)
        if used + w > width and current:
            lines.append("".join(current))
            current, used = [], 0
        current.append(ch)
        used += w
    if current or not lines:
        lines.append("".join(current))
    return lines


def fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns, never in the middle of a double-width character."""
    out, used = [], 0
    for ch in text:
        w = char_columns(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def left_right(left: str, right: str, width: int) -> list[str]:
    """``left`` flush left and ``right`` flush right; the left side wraps if both do not fit."""
    right = fit(right, width)
    room = width - columns(right) - 1
    if room < 4:
        return [*wrap(left, width), " " * (width - columns(right)) + right]
    parts = wrap(left, room)
    last = parts[-1]
    parts[-1] = last + " " * (width - columns(last) - columns(right)) + right
    return parts
