"""What every service gets: a way to open a transaction and a clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from station.domain.ports import Clock, UnitOfWorkFactory


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()


@dataclass(frozen=True)
class ServiceContext:
    uow: UnitOfWorkFactory
    clock: Clock

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="milliseconds")

    def today(self) -> str:
        return self.clock.now().date().isoformat()
