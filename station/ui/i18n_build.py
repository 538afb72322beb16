"""Compile ``i18n/*.ts`` into ``resources/i18n/*.qm`` with Qt's lrelease (shipped in PySide6).

Run by the README commands' set-up (``python -m station.ui.i18n_build``) and by the program when a
catalogue is missing or older than its source, so a fresh clone never shows untranslated screens.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from station.paths import program_root

log = logging.getLogger(__name__)


def lrelease_command() -> list[str]:
    qt_dir = Path(PySide6.__file__).parent
    for candidate in (qt_dir / "lrelease", qt_dir / "lrelease.exe", qt_dir / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("lrelease not found in the PySide6 installation")


def stale_catalogues(root: Path | None = None) -> list[tuple[Path, Path]]:
    root = root or program_root()
    pairs = []
    for ts in sorted((root / "i18n").glob("station_*.ts")):
        qm = root / "resources" / "i18n" / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            pairs.append((ts, qm))
    return pairs


def build(root: Path | None = None, *, force: bool = False) -> list[Path]:
    root = root or program_root()
    if force:
        pairs = [(ts, root / "resources" / "i18n" / (ts.stem + ".qm"))
                 for ts in sorted((root / "i18n").glob("station_*.ts"))]
    else:
        pairs = stale_catalogues(root)
    built = []
    for ts, qm in pairs:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build(force="--force" in sys.argv):
        print(f"built {path}")
