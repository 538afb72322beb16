"""Settings of this computer, each declared once with its type and default (Picard's pattern).

Station data (name, code, paper width) lives in the database; what is kept here belongs to the
machine: language, window geometry, device ports. The file carries a version so later releases can
upgrade it step by step.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] | None = None


LANGUAGE = Setting("ui.language", "zh_CN", ("zh_CN", "en"))
FONT_POINT_SIZE = Setting("ui.font_point_size", 15)
DAILY_BACKUP = Setting("storage.daily_backup", True)
KEEP_BACKUPS = Setting("storage.keep_backups", 14)
DEVICES = Setting("devices.configured", [])  # list of {"role", "url", "profile"} dicts
HUB_URL = Setting("sync.hub_url", "")

ALL_SETTINGS = [LANGUAGE, FONT_POINT_SIZE, DAILY_BACKUP, KEEP_BACKUPS, DEVICES, HUB_URL]


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade older files one version at a time; version 1 is the first."""
    data.setdefault("version", SETTINGS_VERSION)
    return data


class Settings:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("settings file is not an object")
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop the counter: keep it aside and start from defaults.
            log.warning("settings file unreadable (%s); using defaults", exc)
            self._path.replace(self._path.with_suffix(".damaged.json"))
            data = {}
        self._values = _upgrade(data).get("values", {})

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        if setting.choices is not None and value not in setting.choices:
            return setting.default
        if not isinstance(value, type(setting.default)):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.choices is not None and value not in setting.choices:
            raise ValueError(f"{setting.key}: {value!r} not in {setting.choices}")
        self._values[setting.key] = value
        self.save()

    def save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"version": SETTINGS_VERSION, "values": self._values}, ensure_ascii=False, indent=2)
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)
