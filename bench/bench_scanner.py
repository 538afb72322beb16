"""Scanner latency: last byte written on a pty master -> ScanEvent delivered by the port worker.

    .venv/bin/python bench/bench_scanner.py [--scans 1000]

The floor is measured in the same run: the raw pty round trip (write on the master, select + read
on the slave in the same thread), which is what no driver can beat. Prints p50/p99 of both and the
ratio. Linux/macOS only (pty).
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import sys
import threading
import time
import tty

from station.devices.drivers import ScannerDriver
from station.devices.scanner import ScannerFramer
from station.devices.serial_settings import SerialSettings
from station.devices.worker import PortWorker


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def raw_floor(scans: int) -> list[float]:
    master, slave = pty.openpty()
    tty.setraw(slave)
    out = []
    try:
        for i in range(scans):
            frame = f"SCAN{i:06d}\r".encode()
            got = bytearray()
            os.write(master, frame)
            t0 = time.perf_counter()
            while not got.endswith(b"\r"):
                select.select([slave], [], [], 1.0)
                got.extend(os.read(slave, 64))
            out.append(time.perf_counter() - t0)
    finally:
        os.close(master)
        os.close(slave)
    return out


def through_worker(scans: int) -> tuple[list[float], int]:
    master, slave = pty.openpty()
    tty.setraw(slave)
    arrived = threading.Event()
    stamp = {}

    def sink(event) -> None:
        code = getattr(event.payload, "code", None)
        if code is not None:
            stamp[code] = time.perf_counter()
            arrived.set()

    worker = PortWorker("bench", os.ttyname(slave), ScannerDriver(SerialSettings(), ScannerFramer("bench")), sink)
    worker.start()
    deadline = time.monotonic() + 3
    while worker.state.value != "connected" and time.monotonic() < deadline:
        time.sleep(0.01)
    out, lost = [], 0
    try:
        for i in range(scans):
            code = f"SCAN{i:06d}"
            arrived.clear()
            os.write(master, code.encode() + b"\r")
            t0 = time.perf_counter()  # os.write returned: the last byte is in the pty
            if not arrived.wait(1.0) or code not in stamp:
                lost += 1
                continue
            out.append(stamp[code] - t0)
    finally:
        worker.stop()
        os.close(master)
        os.close(slave)
    return out, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args(argv)
    floor = raw_floor(args.scans)
    worker, lost = through_worker(args.scans)
    if not worker:
        print("no scan arrived", file=sys.stderr)
        return 1
    ms = 1000.0
    f50, f99 = pct(floor, 50) * ms, pct(floor, 99) * ms
    w50, w99 = pct(worker, 50) * ms, pct(worker, 99) * ms
    print(f"scans: {args.scans}, lost: {lost}")
    print(f"raw pty round trip (floor): p50 {f50:.3f} ms  p99 {f99:.3f} ms  mean {statistics.mean(floor) * ms:.3f} ms")
    print(f"pty -> worker -> ScanEvent: p50 {w50:.3f} ms  p99 {w99:.3f} ms  mean {statistics.mean(worker) * ms:.3f} ms")
    print(f"ratio worker/floor: p50 {w50 / f50:.1f}x  p99 {w99 / f99:.1f}x")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
