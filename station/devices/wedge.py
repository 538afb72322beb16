"""Keyboard-wedge (HID) scanner detection as pure logic; the Qt event filter in ``ui/`` wraps it.

Scanners type a code much faster than people: a burst of at least ``min_length`` characters, each
less than ``max_gap_ms`` after the previous one, ending with Enter or Tab is a scan; anything else is
typing (hardware.md §4.2; Odoo uses 100 ms and 3 chars, we default to 30 ms and 4 as the issue asks).

Usage from an application-wide key filter (the filter only calls ``key`` for key presses that
produce text, plus Enter/Tab as '\\r'/'\\t'; modifier-only presses are ignored):

    decision = detector.key(event.text(), now_ms)
    replay(decision.release)          # earlier held keys turned out to be typing: deliver them first
    if decision.scan is not None: emit scanned(decision.scan)
    return decision.swallow           # True: consume this key event

and from a single-shot timer started after every swallowed key (``max_gap_ms`` later):

    replay(detector.expire(now_ms))
"""

from __future__ import annotations

from station.domain.readings import WedgeDecision

TERMINATORS = ("\r", "\n", "\t")


class WedgeDetector:
    """Implements ``station.domain.ports_devices.WedgeClassifier``."""

    def __init__(self, max_gap_ms: int = 30, min_length: int = 4) -> None:
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._held: list[str] = []
        self._last_ms: int | None = None

    def key(self, text: str, at_ms: int) -> WedgeDecision:
        if len(text) != 1:
            return WedgeDecision(swallow=False)  # not a character key: leave it alone
        release = ""
        fast = self._last_ms is not None and 0 <= at_ms - self._last_ms < self.max_gap_ms
        if self._held and not fast:
            release = self._take()
        if text in TERMINATORS:
            if self._held and len(self._held) >= self.min_length:
                code = self._take()
                return WedgeDecision(swallow=True, release=release, scan=code)
            release += self._take()
            self._last_ms = None
            return WedgeDecision(swallow=False, release=release)
        self._held.append(text)
        self._last_ms = at_ms
        return WedgeDecision(swallow=True, release=release)

    def expire(self, now_ms: int) -> str:
        """Held characters to replay when the burst stopped without a terminator; '' otherwise."""
        if self._held and self._last_ms is not None and now_ms - self._last_ms >= self.max_gap_ms:
            self._last_ms = None
            return self._take()
        return ""

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def _take(self) -> str:
        text = "".join(self._held)
        self._held.clear()
        return text


def burst(code: str, start_ms: int = 0, gap_ms: int = 5, terminator: str = "\r") -> list[tuple[str, int]]:
    """Key events a wedge scanner would produce (tests, training mode)."""
    keys = list(code) + ([terminator] if terminator else [])
    return [(ch, start_ms + i * gap_ms) for i, ch in enumerate(keys)]
