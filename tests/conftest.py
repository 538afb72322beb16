"""Shared fixtures: offscreen Qt, a temporary STATION_HOME, a set-up station with a shopkeeper."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # support modules importable by name

import pytest
from support import SHOPKEEPER_PIN, FixedClock

from station.services.base import ServiceContext
from station.services.bundle import Services
from station.storage.backup import SqliteBackups
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory


@pytest.fixture(autouse=True)
def collectable_again():
    """The program freezes its long-lived objects (station.ui.long_lived); one test's window must not
    outlive it in the frozen generation of the whole test run."""
    yield
    gc.unfreeze()


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
