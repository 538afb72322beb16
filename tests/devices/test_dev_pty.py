"""The real worker and real pyserial on real pseudo-terminals (Linux/macOS)."""

import os
import sys
import time

import pytest
from dev_helpers import wait_for

from station.devices.drivers import PassiveDriver, ScaleDriver, ScannerDriver
from station.devices.handles import PrinterHandle, ScaleHandle
from station.devices.scales import make_protocol, stgs
from station.devices.scanner import ScannerFramer
from station.devices.serial_settings import SerialSettings
from station.devices.sim.printers import EscPosPrinterSim
from station.devices.sim.pty_link import PtyLink
from station.devices.sim.scales import ScaleSim
from station.devices.sim.scanner import ScannerSim
from station.devices.worker import PortWorker
from station.domain.readings import DeviceUnavailable

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no pty on Windows; sim:// covers it")


@pytest.fixture
def raw_pty():
    import pty
    import tty

    master, slave = pty.openpty()
    tty.setraw(slave)  # before anyone writes: no echo, no CR->NL mapping
    yield master, os.ttyname(slave)
    for fd in (master, slave):  # the slave copy stays open until here, so master writes never EIO
        try:
            os.close(fd)
        except OSError:
            pass


@pytest.fixture
def worker_factory():
    workers = []

    def make(device_id, url, driver, sink):
        w = PortWorker(device_id, url, driver, sink)
        w.start()
        workers.append(w)
        assert wait_for(lambda: w.state.value == "connected", 3)
        return w

    yield make
    for w in workers:
        w.stop()


def test_scan_written_on_the_master_reaches_the_sink(raw_pty, worker_factory, collector):
    master, path = raw_pty
    worker_factory("sc", path, ScannerDriver(SerialSettings(), ScannerFramer("sc")), collector)
    os.write(master, b"]E06901234567892\r\n")
    assert wait_for(lambda: collector.scans() == ["6901234567892"])


def test_continuous_scale_frames_in_odd_chunks(raw_pty, worker_factory, collector):
    master, path = raw_pty
    proto = make_protocol("stgs")
    driver = ScaleDriver(proto.settings, proto)
    w = worker_factory("s", path, driver, collector)
    stream = stgs.encode(1234) + b"noise\r\n" + stgs.encode(-200, stable=False, net=True)
    for i in range(0, len(stream), 5):
        os.write(master, stream[i:i + 5])
        time.sleep(0.002)
    assert wait_for(lambda: len(collector.readings()) == 2)
    first, second = collector.readings()
    assert (first.grams, first.stable) == (1234, True)
    assert (second.grams, second.stable, second.net) == (-200, False, True)
    assert w.stats().bad_frames == 1
    assert ScaleHandle(w, driver).latest_reading() == second


def test_toledo_polled_over_a_pty_simulator(tmp_path, worker_factory, collector):
    sim = ScaleSim("toledo8217", 1234)
    with PtyLink(sim, link=str(tmp_path / "ttyScale")) as link:
        proto = make_protocol("toledo8217")
        driver = ScaleDriver(proto.settings, proto)
        w = worker_factory("s", link.path, driver, collector)
        handle = ScaleHandle(w, driver)
        assert wait_for(lambda: (r := handle.latest_reading()) is not None and r.grams == 1234)
        handle.zero()
        assert wait_for(lambda: handle.latest_reading().grams == 0)
        assert b"Z" in bytes(sim.received)


def test_unplug_and_replug_reconnects_within_two_seconds_without_losing_scans(tmp_path, worker_factory):
    ui_ready = {"value": False}
    delivered = []

    def sink(event):  # the UI bridge is busy while the cable is out: events must wait, not vanish
        if not ui_ready["value"]:
            raise RuntimeError("busy")
        delivered.append(event.payload)

    sim = ScannerSim()
    link = PtyLink(sim, link=str(tmp_path / "ttyScanner")).start()
    try:
        w = PortWorker("sc", link.path, ScannerDriver(SerialSettings(), ScannerFramer("sc")), sink)
        w.start()
        assert wait_for(lambda: w.state.value == "connected", 3)
        sim.scan("SCAN-BEFORE")
        assert wait_for(lambda: w.stats().good_frames == 1)
        link.unplug()  # both pty ends closed, symlink removed: the device is gone
        assert wait_for(lambda: w.state.value == "disconnected", 2)
        t0 = time.monotonic()
        link.replug()  # a new pty behind the same path
        assert wait_for(lambda: w.state.value == "connected", 2)
        reconnect_s = time.monotonic() - t0
        sim.scan("SCAN-AFTER")
        assert wait_for(lambda: w.stats().good_frames == 2)
        ui_ready["value"] = True
        assert wait_for(lambda: [getattr(p, "code", None) for p in delivered if hasattr(p, "code")]
                        == ["SCAN-BEFORE", "SCAN-AFTER"])
        assert reconnect_s < 2.0 and w.stats().reconnects == 1
        w.stop()
    finally:
        link.unplug()


def test_printer_port_vanishing_mid_write(tmp_path, worker_factory, collector):
    sim = EscPosPrinterSim()
    link = PtyLink(sim, link=str(tmp_path / "ttyPrinter")).start()
    try:
        w = worker_factory("p", link.path, PassiveDriver(SerialSettings(), "printer"), collector)
        printer = PrinterHandle(w, status_timeout_s=0.2)
        assert printer.query_status().ready
        link.unplug()
        with pytest.raises(DeviceUnavailable) as info:
            printer.send(b"\x1dv0\x00" + b"\x00" * 200_000)
        assert info.value.code in ("device.write_failed", "device.not_connected")
        assert wait_for(lambda: ("disconnected", "port_gone") in collector.states())
        assert not printer.query_status().answering
    finally:
        link.unplug()
