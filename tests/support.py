"""Shared test helpers (importable as ``support``; conftest.py files are not imported by name)."""

from __future__ import annotations

from datetime import datetime, timedelta

SHOPKEEPER_PIN = "2580"


class FixedClock:
    """A clock the test moves by hand (lockouts, business dates)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 25, 9, 30).astimezone()

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)
