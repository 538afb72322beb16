"""Helpers shared by the benchmark scripts (run by path: ``python bench/<name>.py``)."""

from __future__ import annotations

import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, samples_ms: list[float]) -> dict[str, float]:
    result = {"p50": statistics.median(samples_ms), "p99": percentile(samples_ms, 99), "max": max(samples_ms)}
    print(f"{name:<44} p50 {result['p50']:8.3f} ms   p99 {result['p99']:8.3f} ms   max {result['max']:8.3f} ms")
    return result


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?"
    return f"{cpu}, {cores} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"
