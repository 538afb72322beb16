"""Scan to the row on screen, through the real intake page on the five-year database
(``python bench/generate.py`` first): ``python bench/bench_intake_page.py``.

Each scan goes in the way a serial scanner's does (``IntakePage.on_scan``) in batch mode with the
recipient's full phone typed, so the person is matched and an arrival notice queued. Measured: from the
scan to the parcel's row in the page's table (waybill check on the GUI thread, ``take_in`` in the task
runner with its one durable commit, the row inserted by the callback). The header's counts run
after it in the background and are waited for before the next scan, as a real counter's pace allows.

Floor, same run: one durable SQLite insert on the same file, and a bare Qt round trip through the
thread pool (a no-op task and its callback). The run hands every parcel over again afterwards.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_parcels import durable_insert_floor
from common import OUT, machine, summary
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from station.app import SWITCH_INTERVAL_S, StationApp
from station.domain.operators import Operator, Role
from station.paths import resolve_paths
from station.settings import Settings

SCANS = 500


def wait(app: StationApp, loop: QEventLoop, done) -> None:  # type: ignore[no-untyped-def]
    while not done():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def main() -> None:
    print(machine())
    path = OUT / "station.sqlite3"
    raw = sqlite3.connect(path)
    operator_id, name = raw.execute("SELECT id, name FROM operator WHERE role = 'shopkeeper' LIMIT 1").fetchone()
    phones = [p for (p,) in raw.execute("SELECT phone FROM person_phone WHERE position = 0 AND length(phone) = 11 "
                                        "ORDER BY random() LIMIT ?", (SCANS,))]
    raw.close()
    floor = durable_insert_floor(path)

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as station.app.main does
    qt = QApplication([])
    paths = resolve_paths(str(OUT)).ensure()
    app = StationApp(qt, paths, Settings(paths.settings_file), training=False)
    app.open_storage()
    window = app.show_window()
    app.session.log_in(Operator(operator_id, name, Role.SHOPKEEPER))
    window.workspace.show_page("intake")
    page = window.workspace.intake_page
    page.batch.setChecked(True)
    loop = QEventLoop()
    idle = lambda: not app.runner._jobs  # noqa: E731

    pool = []  # floor: a no-op through the task runner and back
    for _ in range(200):
        got: list[float] = []
        start = time.perf_counter()
        app.runner.run(lambda: None, lambda _r, got=got: got.append(time.perf_counter()))
        wait(app, loop, lambda got=got: bool(got))
        pool.append((got[0] - start) * 1000)

    run = uuid.uuid4().hex[:8].upper()
    samples = []
    for i in range(SCANS):
        rows = page.table.rowCount()
        page.phone.setText(phones[i % len(phones)])
        start = time.perf_counter()
        page.on_scan(f"UI{run}{i:06d}")
        wait(app, loop, lambda rows=rows: page.table.rowCount() > rows or page.message.objectName() == "ErrorText")
        samples.append((time.perf_counter() - start) * 1000)
        if page.table.rowCount() == rows:
            raise SystemExit(f"scan {i} was refused: {page.message.text()}")
        wait(app, loop, idle)

    taken = [p.id for p in page._taken]
    desk = app.services.parcels
    actor = app.session.actor()
    for i in range(0, len(taken), 5):
        desk.handover.hand_over(actor, taken[i:i + 5])

    base = summary("floor: one durable SQLite insert", floor)
    runner = summary("floor: no-op through the task runner", pool)
    scan = summary("scan -> row in the intake page", samples)
    own = scan["p99"] - base["p99"] - runner["p99"]
    print(f"scan p99 - floors p99: {own:.1f} ms of the program's own processing "
          f"(bar 5 ms) -> {'PASS' if own <= 5 else 'FAIL'}")
    window.close()
    app.close()


if __name__ == "__main__":
    main()
