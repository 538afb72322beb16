"""Scan to the row on screen, the whole way: a serial scanner on a pseudo-terminal, the program's
device worker, the real intake page, the five-year database (``python bench/generate.py`` first):
``python bench/bench_intake_page.py``.

Each scan is written to the pty's master side as a scanner sends it (waybill + CR LF); the intake page
is in batch mode with the recipient's full phone typed, so the person is matched and an arrival notice
queued. Measured: from the last byte written to the parcel's row in the page's table (port worker,
device bridge, waybill check on the GUI thread, ``take_in`` in the task runner with its one durable
commit, the row inserted by the callback). The header's counts run after it in the background and
are waited for before the next scan, as a real counter's pace allows.

Floors, same run: one durable SQLite insert on the same file, and the raw pty round trip (write on
the master, read on the slave). The run hands every parcel over again afterwards.
"""

from __future__ import annotations

import os
import pty
import sqlite3
import sys
import time
import tty
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_parcels import durable_insert_floor
from bench_scanner_app import floor as pty_floor
from common import OUT, machine, summary
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from station.app import SWITCH_INTERVAL_S, StationApp, apply_look
from station.paths import resolve_paths
from station.settings import DEVICES, Settings

SCANS = int(os.environ.get("BENCH_SCANS", "1000"))


def settle(qt: QApplication, done, what: str) -> None:  # type: ignore[no-untyped-def]
    """Between scans (not measured): let background work finish and the screen catch up, as it does
    at a real counter, where scans come a second or more apart."""
    deadline = time.monotonic() + 10
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        qt.processEvents()
        time.sleep(0.001)
    quiet = time.monotonic() + 0.03
    while time.monotonic() < quiet:  # pending repaints and deferred deletes
        qt.processEvents()
        time.sleep(0.002)


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


BARE_WINDOW = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("村站")
label.show()
app.processEvents()
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]) / 1024)
"""


def bare_window_rss_mb() -> float:
    import subprocess

    out = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    print(machine())
    path = OUT / "station.sqlite3"
    raw = sqlite3.connect(path)
    phones = [p for (p,) in raw.execute("SELECT phone FROM person_phone WHERE position = 0 AND length(phone) = 11 "
                                        "ORDER BY random() LIMIT ?", (SCANS,))]
    raw.close()
    floor = durable_insert_floor(path)
    master, slave = pty.openpty()
    tty.setraw(slave)
    pty_base = pty_floor(master, slave)

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as station.app.main does
    qt = QApplication([])
    paths = resolve_paths(str(OUT)).ensure()
    settings = Settings(paths.settings_file)
    settings.set(DEVICES, [{"role": "scanner", "profile_id": "scanner.honeywell_serial", "url": os.ttyname(slave)}])
    apply_look(qt, settings)  # the bundled font and style sheet, as station.app.start does
    app = StationApp(qt, paths, settings, training=False)
    app.open_storage()
    window = app.show_window()
    window.login_page.pin.setText("2580")  # the generator's shopkeeper PIN, typed at the login page
    window.login_page.login_button.click()
    deadline = time.monotonic() + 10
    while window.stack.currentWidget() is not window.workspace and time.monotonic() < deadline:
        qt.processEvents()
        time.sleep(0.01)
    window.workspace.show_page("intake")
    page = window.workspace.intake_page
    page.batch.setChecked(True)
    loop = QEventLoop()
    idle = lambda: not app.runner._jobs  # noqa: E731

    deadline = time.monotonic() + 5
    while app.bridge.states.get("scanner", ("",))[0] != "connected" and time.monotonic() < deadline:
        qt.processEvents()
        time.sleep(0.01)

    run = uuid.uuid4().hex[:8].upper()
    samples = []
    guard = QTimer()  # a lost scan fails the run instead of hanging it
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    page.table.model().rowsInserted.connect(loop.quit)  # the row is in the table: stop the clock
    for i in range(SCANS):
        rows = page._taken_count
        page.phone.setText(phones[i % len(phones)])
        guard.start(10_000)
        start = time.perf_counter()
        os.write(master, f"UI{run}{i:06d}\r\n".encode())
        loop.exec()
        page.table.viewport().repaint()  # the row on screen, not only in the model
        samples.append((time.perf_counter() - start) * 1000)
        if page._taken_count == rows:
            raise SystemExit(f"scan {i} made no row: {page.message.text()}")
        settle(qt, idle, "the counts after a scan")
    guard.stop()

    memory = rss_mb()  # after the scans, before handing the parcels back
    with app.engine.connect() as conn:  # every parcel of the run, not only the rows still listed
        taken = [pid for (pid,) in conn.exec_driver_sql(
            "SELECT id FROM parcel WHERE status = 'waiting' AND waybill LIKE ?", (f"UI{run}%",))]
    desk = app.services.parcels
    actor = app.session.actor()
    for i in range(0, len(taken), 5):
        desk.handover.hand_over(actor, taken[i:i + 5])

    settings.set(DEVICES, [])
    base = summary("floor: one durable SQLite insert", floor)
    serial = summary("floor: raw pty round trip", pty_base)
    scan = summary("pty -> row in the intake page", samples)
    own = scan["p99"] - base["p99"] - serial["p99"]
    print(f"scan p99 - floors p99: {own:.1f} ms of the program's own processing "
          f"(bar 5 ms) -> {'PASS' if own <= 5 else 'FAIL'}")
    bare = bare_window_rss_mb()
    print(f"memory after {SCANS} scans: {memory:.0f} MB RSS; bare PySide6 window {bare:.0f} MB; "
          f"{memory - bare:.0f} MB above it (bar 150 MB) -> {'PASS' if memory - bare <= 150 else 'FAIL'}")
    window.close()
    app.close()
    os._exit(0)  # skip interpreter teardown: PySide6 can abort while collecting cross-thread signal objects


if __name__ == "__main__":
    main()
