#!/usr/bin/env python3
"""The project's two commands, with nothing installed by hand beforehand.

    python3 dev.py run [station options]   start the station program (e.g. --training, --lang en)
    python3 dev.py test [pytest options]   ruff, import contracts and the whole test suite
    python3 dev.py hub [hub options]       start a township hub

On first use it creates ``.venv`` beside this file, installs the project into it, compiles the
translations and, on Debian/Ubuntu when run as root, installs the few system packages Qt and the
hub tests need. Only the standard library is used here, because nothing else exists yet.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".station-installed"

# Shared libraries PySide6's wheels expect from the system (Qt's own list for X11 plus EGL/GL).
QT_DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-xkb1",
]
POSTGRES_DEBIAN_PACKAGES = ["postgresql"]
TEST_DEBIAN_PACKAGES = ["poppler-utils"]  # pdftoppm: tests render PDFs to images


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def apt_install(packages: list[str]) -> bool:
    if not (is_root() and shutil.which("apt-get")):
        return False
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env)
    return result.returncode == 0


def ensure_venv() -> None:
    if PY.exists():
        return
    say(f"creating the virtual environment in {VENV}")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0:
        # Debian splits venv/ensurepip into python3-venv.
        version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        shutil.rmtree(VENV, ignore_errors=True)
        if not apt_install([version, "python3-venv"]):
            sys.exit("[dev] cannot create a virtual environment: install python3-venv (as root: "
                     "apt-get install python3-venv) and run this command again")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)


def ensure_installed(extras: str) -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() else []
    if wanted in have:
        return
    say(f"installing the project and its dependencies ({extras or 'runtime'})")
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    subprocess.run([str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
                   check=True)
    STAMP.write_text(" ".join([*have, wanted]))


def qt_starts(platform: str) -> bool:
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    return subprocess.run([str(PY), "-c", probe], env=env, capture_output=True, timeout=60).returncode == 0


def ensure_qt_libraries(on_screen: bool) -> None:
    """Offscreen for the tests; on a Linux desktop also the X11 (xcb) plugin, which needs more libraries."""
    platforms = ["offscreen"]
    if on_screen and sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        platforms.append("xcb")
    if all(qt_starts(p) for p in platforms):
        return
    if sys.platform.startswith("linux") and apt_install(QT_DEBIAN_PACKAGES) and all(qt_starts(p) for p in platforms):
        return
    sys.exit("[dev] Qt cannot load its system libraries; on Debian/Ubuntu run as root: apt-get install "
             + " ".join(QT_DEBIAN_PACKAGES))


def ensure_translations() -> None:
    subprocess.run([str(PY), "-m", "station.ui.i18n_build"], check=True, cwd=ROOT)


def find_postgres_bin() -> str | None:
    initdb = shutil.which("initdb")
    if initdb:
        return str(Path(initdb).resolve().parent)
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True):
        return str(candidate.parent)
    return None


def ensure_postgres() -> None:
    if find_postgres_bin():
        return
    if apt_install(POSTGRES_DEBIAN_PACKAGES) and find_postgres_bin():
        return
    say("no PostgreSQL server found; installing the pip-packaged one (pgserver)")
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "pgserver>=0.1.4"], check=True)


def ensure_test_tools() -> None:
    if not shutil.which("pdftoppm"):
        apt_install(TEST_DEBIAN_PACKAGES)


def prepare(extras: str, on_screen: bool = False) -> None:
    ensure_venv()
    ensure_installed(extras)
    ensure_qt_libraries(on_screen)
    ensure_translations()


def cmd_run(args: list[str]) -> int:
    prepare("", on_screen=True)
    return subprocess.call([str(PY), "-m", "station", *args], cwd=ROOT)


def cmd_hub(args: list[str]) -> int:
    prepare("")
    return subprocess.call([str(PY), "-m", "station.hub", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    prepare("test")
    ensure_postgres()
    ensure_test_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "station", "tests", "bench", "dev.py", "i18n"]),
        ("import contracts", [str(BIN / "lint-imports")]),
        ("tests", [str(PY), "-m", "pytest", *args]),
    ]
    for name, command in steps:
        say(f"{name}: {' '.join(command[1:]) if name == 'tests' else ''}".rstrip(": "))
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code != 0:
            say(f"{name} failed (exit {code})")
            return code
    say("all checks passed")
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "hub"}:
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    return {"run": cmd_run, "test": cmd_test, "hub": cmd_hub}[command](args)


if __name__ == "__main__":
    sys.exit(main())
