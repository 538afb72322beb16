"""Profiles, the device manager over sim://, USB suggestions and probing."""

import pytest
from dev_helpers import wait_for

from station.devices.manager import DeviceConfig, DeviceManager
from station.devices.profiles import ProfileBook
from station.devices.scales import PROTOCOLS
from station.domain.errors import DomainError, NotFound


@pytest.fixture
def manager(collector):
    m = DeviceManager(collector, retry_s=0.1)
    yield m
    m.close()


def test_every_profile_is_usable_and_cites_a_source():
    book = ProfileBook.load()
    known = set(PROTOCOLS) | {"escpos", "tspl", "serial_scanner", "wedge", "at_sms"}
    for profile in book.all():
        assert profile.protocol in known, profile.id
        assert profile.source and profile.confidence in ("documented", "inferred", "assumed"), profile.id
        if profile.kind == "scale":
            assert profile.serial is not None and "stable_after" in profile.options
        if profile.protocol in PROTOCOLS:
            assert profile.serial.framing_matches(PROTOCOLS[profile.protocol].settings) or \
                profile.protocol == "stgs", profile.id
    printers = {p.id: p.options for p in book.all("printer") if p.protocol == "escpos"}
    assert {o["dots_per_line"] for o in printers.values()} == {384, 576}


def test_usb_suggestions_by_vendor_id():
    book = ProfileBook.load()
    assert "scanner.honeywell_serial" in [p.id for p in book.suggest(0x0C2E, 0x0200)]
    assert book.suggest(None, None) == []
    assert book.bridge_chip(0x1A86, 0x7523) == "CH340"


def test_overrides_change_settings_and_options():
    profile = ProfileBook.load().get("scale.yaohua_xk3190").with_overrides({"baudrate": 2400, "stable_after": 8})
    assert profile.serial.baudrate == 2400 and profile.options["stable_after"] == 8


def test_manager_runs_scanner_scale_printer_modem(manager, bench, collector):
    manager.add(DeviceConfig("scanner1", "scanner.honeywell_serial", bench.url("scanner")))
    manager.add(DeviceConfig("scale1", "scale.cas_ci200_22", bench.url("scale/cas", weight="2.345", interval_ms=20)))
    manager.add(DeviceConfig("printer1", "printer.xprinter_58", bench.url("printer/escpos")))
    manager.add(DeviceConfig("modem1", "modem.generic_gsm", bench.url("modem")))
    assert wait_for(lambda: sum(s == ("connected", "open") for s in collector.states()) == 4)
    bench.get("scanner").scan("JT0006968326954")
    assert wait_for(lambda: collector.scans() == ["JT0006968326954"])
    scale = manager.scale("scale1")
    assert wait_for(lambda: (r := scale.latest_reading()) is not None and r.grams == 2345 and r.stable)
    assert manager.printer("printer1").query_status().ready
    assert manager.modem("modem1").send_sms("13800138000", "取件通知").ok
    assert manager.stats("scanner1").good_frames == 1
    assert b"JT0006968326954" in manager.recent_rx("scanner1")
    with pytest.raises(DomainError):
        manager.printer("scale1")
    with pytest.raises(NotFound):
        manager.scale("nope")


def test_wedge_profile_gives_a_detector_without_a_port(manager):
    manager.add(DeviceConfig("wedge1", "scanner.keyboard_wedge", ""))
    detector = manager.wedge("wedge1")
    assert detector.max_gap_ms == 30 and manager.stats("wedge1") is None


def test_replace_restarts_with_new_settings(manager, bench, collector):
    manager.add(DeviceConfig("s", "scale.toledo_8217", bench.url("scale/toledo8217"), {"bytesize": 8, "parity": "N"}))
    assert wait_for(lambda: ("error", "settings_refused") in collector.states())
    bench.get("scale/toledo8217").set_weight(1000)  # URL parameters only shape a new simulator
    manager.replace(DeviceConfig("s", "scale.toledo_8217", bench.url("scale/toledo8217")))
    assert wait_for(lambda: (r := manager.scale("s").latest_reading()) is not None and r.grams == 1000)


@pytest.mark.parametrize(("url", "protocol"), [
    ("sim://scale/toledo8217?strict=0", "toledo8217"),
    ("sim://scale/mtsics", "mtsics"),
    ("sim://scale/cas?interval_ms=10", "cas22"),
    ("sim://printer/escpos?strict=0", "escpos"),
    ("sim://modem?strict=0", "at_sms"),
])
def test_probe_recognises_protocols(manager, url, protocol):
    hits = manager.probe(url, listen_s=0.3)
    assert hits and hits[0][0].protocol == protocol
    assert all(pid.startswith(("scale.", "printer.", "modem.")) for pid in hits[0][1])


def test_list_ports_does_not_fail(manager):
    for candidate in manager.list_ports():
        assert isinstance(candidate.suggestions, tuple)
