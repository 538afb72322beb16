"""Shared fixtures: offscreen Qt, a temporary STATION_HOME, a set-up station with a shopkeeper."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # tests/helpers importable as 'helpers'

import pytest

from station.services.base import ServiceContext
from station.services.bundle import Services
from station.storage.backup import SqliteBackups
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory

SHOPKEEPER_PIN = "2580"


class FixedClock:
    """A clock the test moves by hand (lockouts, business dates)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 25, 9, 30).astimezone()

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("STATION_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def engine(tmp_path: Path):
    eng = open_database(tmp_path / "station.sqlite3", tmp_path / "backups")
    yield eng
    eng.dispose()


@pytest.fixture
def services(engine, clock: FixedClock, tmp_path: Path) -> Services:
    ctx = ServiceContext(SqlUnitOfWorkFactory(engine), clock)
    return Services.build(ctx, SqliteBackups(engine, tmp_path / "backups"))


@pytest.fixture
def shopkeeper(services: Services):
    operator, _ = services.setup.create_station(name="和兴村服务站", code="HX-001", shopkeeper_name="王秀英",
                                                pin=SHOPKEEPER_PIN, paper_width_mm=58)
    return operator
