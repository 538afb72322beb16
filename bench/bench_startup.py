"""Cold start to the first painted main window on the five-year database, median of 5.

Floor: a bare PySide6 window (QApplication + one QLabel) started the same way in the same run.
Run ``python bench/generate.py`` first. Uses the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, ROOT, machine

PROBE = ROOT / "bench" / "startup_probe.py"


def one_start(mode: str, home: str | None) -> tuple[float, float]:
    """(ms to first paint, ms until ready: the login page filled from the database and painted)."""
    cmd = [sys.executable, str(PROBE), "--mode", mode] + (["--home", home] if home else [])
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a station PC keeps its compiled .pyc files
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    painted = ready = 0.0
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            painted = ready = (time.perf_counter() - start) * 1000
            if mode == "bare":
                break
        elif line.startswith("READY"):
            ready = (time.perf_counter() - start) * 1000
            break
    if not painted:
        raise RuntimeError(f"{mode} start never painted (exit {proc.wait()})")
    proc.wait(timeout=60)
    return painted, ready


def main() -> None:
    print(machine())
    home = tempfile.mkdtemp(prefix="station-bench-")
    shutil.copy(OUT / "station.sqlite3", Path(home) / "station.sqlite3")
    one_start("station", home)  # first start compiles translations and warms the OS file cache
    bare = [one_start("bare", None)[0] for _ in range(5)]
    runs = [one_start("station", home) for _ in range(5)]
    painted, ready = [r[0] for r in runs], [r[1] for r in runs]
    b, p, r = statistics.median(bare), statistics.median(painted), statistics.median(ready)
    print(f"bare PySide6 window          median {b:7.0f} ms   {sorted(round(x) for x in bare)}")
    print(f"station main window painted  median {p:7.0f} ms   {sorted(round(x) for x in painted)}")
    print(f"station login page ready     median {r:7.0f} ms   {sorted(round(x) for x in ready)}")
    print(f"first paint ratio {p / b:.2f}x   bar: <= 3x -> {'PASS' if p / b <= 3 else 'FAIL'}")
    print(f"ready ratio       {r / b:.2f}x   (database open, operators listed, page painted)")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
