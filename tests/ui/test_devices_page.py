"""The device page and scanner routing, driven like an operator would, over sim:// and a real pty."""

from __future__ import annotations

import os
import pty
import tty

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_support import set_up_station

from station.devices.sim.bench import SimBench


@pytest.fixture
def bench():
    b = SimBench()
    yield b
    b.close()


def open_devices_tab(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    settings = window.workspace.settings_page
    settings.show_tab("devices")
    return window, settings.devices_page


def configure(page, row: int, profile_id: str, url: str) -> None:
    page.table.selectRow(row)
    page.profile_box.setCurrentIndex(page.profile_box.findData(profile_id))
    page.port_box.setEditText(url)
    page.connect_button.click()


def test_scale_on_the_device_page_reads_and_checks_calibration(qtbot, station_app, bench):
    window, page = open_devices_tab(qtbot, station_app)
    configure(page, 1, "scale.generic_stgs", bench.url("scale/stgs", weight="1.234"))
    qtbot.waitUntil(lambda: "1.234 kg" in page.reading_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.table.item(1, 3).text() == "已连接", timeout=5000)
    assert "秤" in window.device_status.text() and "✓" in window.device_status.text()
    page.known_weight.setText("1.234")
    page.check_button.click()
    assert page.message.objectName() == "InfoText"
    page.known_weight.setText("1.5")
    page.check_button.click()
    assert page.message.objectName() == "ErrorText" and "校准" in page.message.text()
    good, bad = station_app.devices.frame_counts("scale")
    assert good > 0 and bad == 0
    assert "53 54 2c" in page.raw_view.toPlainText()  # 'ST,' in the live hex view
    # the choice is kept for the next start
    assert {"role": "scale", "profile_id": "scale.generic_stgs",
            "url": bench.url("scale/stgs", weight="1.234")} in station_app.settings.get(
        __import__("station.settings", fromlist=["DEVICES"]).DEVICES)


def test_serial_scanner_on_a_pty_reaches_the_focused_field(qtbot, station_app):
    master, slave = pty.openpty()
    tty.setraw(slave)
    try:
        window, page = open_devices_tab(qtbot, station_app)
        configure(page, 0, "scanner.honeywell_serial", os.ttyname(slave))
        qtbot.waitUntil(lambda: station_app.bridge.states.get("scanner", ("",))[0] == "connected", timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_F6)  # the people page has no scan slot: the code goes to the field
        people = window.workspace.people_page
        people.search.setFocus()
        with qtbot.waitSignal(station_app.bridge.scan_received, timeout=5000):
            os.write(master, b"13812345678\r\n")
        qtbot.waitUntil(lambda: people.search.text() == "13812345678", timeout=3000)
    finally:
        os.close(master)
        os.close(slave)


def test_wedge_scanner_burst_is_a_scan_and_slow_typing_is_not(qtbot, station_app):
    window, page = open_devices_tab(qtbot, station_app)
    configure(page, 0, "scanner.keyboard_wedge", "keyboard")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    field: QLineEdit = window.workspace.people_page.search
    field.setFocus()
    scans: list[str] = []
    station_app.bridge.scan_received.connect(lambda code, _src: scans.append(code))
    qtbot.keyClicks(field, "SF1234567890123")  # a burst: keys arrive microseconds apart
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scans == ["SF1234567890123"]
    field.clear()
    for ch in "zs":  # a person typing: gaps far above 30 ms
        qtbot.keyClick(field, ch)
        qtbot.wait(60)
    qtbot.wait(60)
    assert field.text() == "zs" and scans == ["SF1234567890123"]


def test_printer_self_test_goes_through_the_print_queue(qtbot, station_app, bench):
    from station.printing.interpreter import interpret

    window, page = open_devices_tab(qtbot, station_app)
    configure(page, 2, "printer.xprinter_58", bench.url("printer/escpos"))
    qtbot.waitUntil(lambda: station_app.devices.printer("receipt_printer").query_status().answering, timeout=5000)
    page.print_test_button.click()
    printer = bench.get("printer/escpos")
    qtbot.waitUntil(lambda: "3-2-0417" in interpret(bytes(printer.printed)).lines, timeout=8000)
    settings = window.workspace.settings_page
    settings.show_tab("print_jobs")
    jobs = settings.print_jobs_page
    qtbot.waitUntil(lambda: jobs.table.rowCount() == 1 and jobs.table.item(0, 3).text() == "已打印", timeout=5000)
    # paper out: a reprint waits, visibly, and goes out when paper is back
    printer.set_state(paper_out=True)
    jobs.table.selectRow(0)
    jobs.reprint_button.click()
    qtbot.waitUntil(lambda: jobs.table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: jobs.table.item(0, 3).text() == "等待：缺纸", timeout=8000)
    printer.set_state(paper_out=False)
    qtbot.waitUntil(lambda: jobs.table.item(0, 3).text() == "已打印", timeout=8000)
    assert interpret(bytes(printer.printed)).lines.count("3-2-0417") == 2


def test_detect_model_finds_a_toledo_scale(qtbot, station_app, bench):
    _window, page = open_devices_tab(qtbot, station_app)
    page.table.selectRow(1)
    bench.add("scale/toledo8217", weight="2.5")
    page.port_box.setEditText(bench.url("scale/toledo8217"))
    page.probe_button.click()
    qtbot.waitUntil(lambda: page.probe_button.isEnabled(), timeout=20000)
    assert page.profile_box.currentData() == "scale.toledo_8217", page.message.text()
    page.connect_button.click()
    qtbot.waitUntil(lambda: "2.500 kg" in page.reading_label.text(), timeout=5000)
