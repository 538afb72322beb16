"""Where the program keeps its files.

Order of precedence: ``--home DIR`` > ``STATION_HOME`` > ``--portable`` (a ``data`` folder beside the
program) > the user's data folder from platformdirs. Tests set ``STATION_HOME``; production code never
asks whether it runs under a test.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "VillageStation"
APP_AUTHOR = "VillageStation"


def program_root() -> Path:
    """The checkout (or the frozen bundle's folder) holding ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return program_root().joinpath("resources", *parts)


@dataclass(frozen=True)
class StationPaths:
    home: Path

    @property
    def database(self) -> Path:
        return self.home / "station.sqlite3"

    @property
    def training_database(self) -> Path:
        return self.home / "training" / "training.sqlite3"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    def ensure(self) -> StationPaths:
        for folder in (self.home, self.backups, self.exports, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | None = None, portable: bool = False) -> StationPaths:
    if home:
        return StationPaths(Path(home).expanduser().resolve())
    env = os.environ.get("STATION_HOME")
    if env:
        return StationPaths(Path(env).expanduser().resolve())
    if portable:
        base = Path(sys.executable).parent if getattr(sys, "frozen", False) else program_root()
        return StationPaths(base / "data")
    return StationPaths(Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_data_dir))
