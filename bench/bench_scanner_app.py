"""Scanner latency inside the program: last byte written on a pty -> the scan signal handled on the
GUI thread (port worker, DeviceBridge, Qt queued signal), p50/p99 over 1,000 scans.

Floor: the raw pty round trip (write on the master, read on the slave) measured in the same run.
"""

from __future__ import annotations

import os
import pty
import select
import sys
import time
import tty

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import machine, summary
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from station.app import SWITCH_INTERVAL_S
from station.devices.control import ManagedDevices
from station.ui.device_bridge import DeviceBridge

SCANS = 1000


def floor(master: int, slave: int) -> list[float]:
    samples = []
    for i in range(SCANS):
        data = f"SF{i:013d}\r\n".encode()
        start = time.perf_counter()
        os.write(master, data)
        got = b""
        while len(got) < len(data):
            select.select([slave], [], [], 1)
            got += os.read(slave, 64)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    print(machine())
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as station.app does
    app = QApplication([])
    master, slave = pty.openpty()
    tty.setraw(slave)
    base = floor(master, slave)
    bridge = DeviceBridge()
    devices = ManagedDevices(bridge, [{"role": "scanner", "profile_id": "scanner.honeywell_serial",
                                       "url": os.ttyname(slave)}], save=lambda _c: None)
    loop = QEventLoop()
    arrived: dict[str, float] = {}

    def on_scan(code: str, _source: str) -> None:
        arrived[code] = time.perf_counter()
        loop.quit()

    bridge.scan_received.connect(on_scan)
    deadline = time.monotonic() + 5
    while bridge.states.get("scanner", ("",))[0] != "connected" and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    samples = []
    guard = QTimer()  # one timer re-armed per scan, so a lost scan cannot hang the run
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    for i in range(SCANS):
        code = f"YT{i:013d}"
        start = time.perf_counter()
        os.write(master, code.encode() + b"\r\n")
        guard.start(2000)
        loop.exec()
        if code in arrived:
            samples.append((arrived[code] - start) * 1000)
    guard.stop()
    lost = SCANS - len(samples)
    b = summary("floor: raw pty round trip", base)
    s = summary("pty -> worker -> bridge -> GUI slot", samples)
    print(f"lost {lost}   ratio p99 {s['p99'] / b['p99']:.1f}x   bar: p99 <= 2 ms -> "
          f"{'PASS' if s['p99'] <= 2 and not lost else 'FAIL'}")
    devices.close()
    os.close(master)
    os.close(slave)
    os._exit(0)  # skip interpreter teardown: PySide6 can abort while collecting cross-thread signal objects


if __name__ == "__main__":
    main()
