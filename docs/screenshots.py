"""Render the main screens offscreen into docs/images/ (both languages): ``python docs/screenshots.py``.

Builds a throwaway station with demo people, logs in and visits each screen at 1024x768, the smallest
screen the program supports. Look at the images after every change to a screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from station.app import StationApp, apply_look
from station.paths import resolve_paths
from station.settings import LANGUAGE, Settings

OUT = Path(__file__).resolve().parent / "images"


def settle(app: QApplication, station: StationApp) -> None:
    """Until background work and the changes it announces (a moment later) have shown on screen."""
    deadline = time.monotonic() + 5
    quiet = 0
    while quiet < 5 and time.monotonic() < deadline:
        station.runner.wait(5000)
        app.processEvents()
        quiet = quiet + 1 if station.runner.idle() else 0
        time.sleep(0.01)


def shoot(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))
    print("saved", OUT / name)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    for language in ("zh_CN", "en"):
        home = Path(tempfile.mkdtemp(prefix="station-shots-"))
        paths = resolve_paths(str(home)).ensure()
        settings = Settings(paths.settings_file)
        settings.set(LANGUAGE, language)
        apply_look(app, settings)
        station = StationApp(app, paths, settings, training=False)
        station.open_storage()
        window = station.show_window()
        window.resize(1024, 768)
        settle(app, station)
        suffix = "zh" if language == "zh_CN" else "en"
        shoot(window, f"setup-{suffix}.png")
        operator, _ = station.services.setup.create_station(
            name="和兴村电商服务站", code="HX-001", shopkeeper_name="王秀英", pin="2580", paper_width_mm=58)
        for name, phone, village, group in (("张三", "13812345678", "和兴村", "3组"), ("张少华", "13955501234", "和兴村", "1组"),
                                            ("曾小明", "15811112222", "东山村", "2组"), ("赵淑芬", "13700005678", "和兴村", "3组")):
            station.services.people.create(operator, name=name, phones=[phone], village=village, group=group,
                                           allow_duplicate=True)
        window.start()
        settle(app, station)
        shoot(window, f"login-{suffix}.png")
        window.login_page.pin.setText("2580")
        window.login_page.login_button.click()
        settle(app, station)
        people = window.workspace.people_page
        people.search.setText("zs")
        people._run_search()
        settle(app, station)
        shoot(window, f"people-search-{suffix}.png")
        window.workspace.show_page("intake")
        settle(app, station)
        shoot(window, f"main-window-{suffix}.png")
        zhang = station.services.people.search("zs")[0]
        intake = window.workspace.intake_page
        for waybill in ("ZT7312345678901", "YT8123456789012"):
            intake.on_scan(waybill)
            intake.phone.setText(zhang.phones[0][-4:])
            settle(app, station)
            intake.take_in()
            settle(app, station)
        shoot(window, f"parcel-intake-{suffix}.png")
        window.workspace.show_page("handover")
        settle(app, station)
        handover = window.workspace.parcels_page.handover
        handover.query.setText(zhang.phones[0][-4:])
        handover.find()
        settle(app, station)
        shoot(window, f"parcel-handover-{suffix}.png")
        window.workspace.show_page("purchases")
        settle(app, station)
        shoot(window, f"purchase-list-{suffix}.png")
        window.workspace.show_page("day_close")
        settle(app, station)
        shoot(window, f"day-close-{suffix}.png")
        window.workspace.show_page("settings")
        settle(app, station)
        shoot(window, f"settings-{suffix}.png")
        window.workspace.settings_page.show_tab("devices")
        settle(app, station)
        shoot(window, f"devices-{suffix}.png")
        window.workspace.settings_page.show_tab("hub")
        settle(app, station)
        shoot(window, f"hub-{suffix}.png")
        window.close()
        station.close()


if __name__ == "__main__":
    main()
