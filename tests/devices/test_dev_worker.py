"""Port workers and handles end to end over sim:// (works on every OS)."""

import time

import pytest
from dev_helpers import wait_for

from station.devices.drivers import PassiveDriver, ScaleDriver, ScannerDriver
from station.devices.handles import ModemHandle, PrinterHandle, ScaleHandle
from station.devices.scales import make_protocol
from station.devices.scanner import ScannerFramer
from station.devices.serial_settings import SerialSettings
from station.devices.worker import PortWorker
from station.domain.errors import DomainError
from station.domain.readings import DeviceUnavailable, SmsReason


@pytest.fixture
def workers():
    started = []

    def make(*args, **kw):
        kw.setdefault("retry_s", 0.1)
        w = PortWorker(*args, **kw)
        w.start()
        started.append(w)
        return w

    yield make
    for w in started:
        w.stop()


def scanner_worker(workers, bench, collector, **kw):
    driver = ScannerDriver(SerialSettings(), ScannerFramer("sc"))
    return workers("sc", bench.url("scanner", **kw), driver, collector)


def test_scan_arrives_and_states_are_reported(workers, bench, collector):
    w = scanner_worker(workers, bench, collector)
    assert wait_for(lambda: w.state.value == "connected")
    bench.get("scanner").scan("SF1234567890123")
    assert wait_for(lambda: collector.scans() == ["SF1234567890123"])
    assert collector.states()[:2] == [("connecting", "opening"), ("connected", "open")]
    assert b"SF1234567890123" in w.recent_rx()
    assert w.stats().good_frames == 1


def test_unplug_replug_reconnects_within_two_seconds_and_loses_no_scan(workers, bench, collector):
    w = scanner_worker(workers, bench, collector)
    wait_for(lambda: w.state.value == "connected")
    sim = bench.get("scanner")
    sim.scan("BEFORE1")
    assert wait_for(lambda: "BEFORE1" in collector.scans())
    bench.unplug("scanner")
    assert wait_for(lambda: w.state.value == "disconnected", 2.0)
    t0 = time.monotonic()
    bench.replug("scanner")
    assert wait_for(lambda: w.state.value == "connected", 2.0)
    assert time.monotonic() - t0 < 2.0
    sim.scan("AFTER1")
    assert wait_for(lambda: "AFTER1" in collector.scans())
    assert collector.scans() == ["BEFORE1", "AFTER1"]
    assert w.stats().reconnects == 1


def test_scan_survives_a_failing_sink(workers, bench):
    calls = []

    def flaky(event):
        calls.append(event)
        if len(calls) <= 3:
            raise RuntimeError("UI bridge not ready")

    w = scanner_worker(workers, bench, flaky)
    wait_for(lambda: w.state.value == "connected")
    bench.get("scanner").scan("KEEP1")
    assert wait_for(lambda: any(getattr(e.payload, "code", None) == "KEEP1" for e in calls))
    assert w.stats().events_dropped == 0


def test_wrong_settings_is_an_error_state(workers, bench, collector):
    proto = make_protocol("toledo8217")
    driver = ScaleDriver(SerialSettings(), proto)  # 8N1 for a 7E1 protocol
    w = workers("s", bench.url("scale/toledo8217"), driver, collector)
    assert wait_for(lambda: ("error", "settings_refused") in collector.states())
    assert w.state.value == "error"


def test_absent_port_is_disconnected_and_calls_fail_fast(workers, collector):
    w = workers("p", "/dev/does-not-exist-42", PassiveDriver(SerialSettings(), "printer"), collector)
    assert wait_for(lambda: ("disconnected", "port_absent") in collector.states())
    with pytest.raises(DeviceUnavailable) as info:
        w.call(lambda io: io.write(b"x"), timeout_s=2)
    assert info.value.code == "device.not_connected"
    assert not PrinterHandle(w).query_status().answering


@pytest.mark.parametrize(("family", "url_args"), [
    ("toledo8217", {}), ("cas", {}), ("stgs", {}), ("mtsics", {}), ("yaohua", {})])
def test_scale_readings_zero_and_tare(workers, bench, collector, family, url_args):
    path = f"scale/{family}"
    sim_proto = {"cas": "cas22", "yaohua": "yaohua_tf0"}.get(family, family)
    proto = make_protocol(sim_proto)
    driver = ScaleDriver(proto.settings, proto, stable_after=2)
    w = workers("s", bench.url(path, weight="1.5", interval_ms=20, **url_args), driver, collector)
    handle = ScaleHandle(w, driver)
    assert wait_for(lambda: (r := handle.latest_reading()) is not None and r.stable and r.grams == 1500)
    bench.get(path).set_weight(800, wobble=2)
    assert wait_for(lambda: any(not r.stable for r in collector.readings()))
    assert wait_for(lambda: (r := handle.latest_reading()).stable and r.grams == 800)
    if handle.supports("tare"):
        handle.tare()
        assert wait_for(lambda: (r := handle.latest_reading()).net and r.grams == 0)
    else:
        with pytest.raises(DomainError):
            handle.tare()


def test_printer_send_and_paper_out(workers, bench, collector):
    w = workers("p", bench.url("printer/escpos"), PassiveDriver(SerialSettings(), "printer"), collector)
    wait_for(lambda: w.state.value == "connected")
    printer = PrinterHandle(w, status_timeout_s=0.3)
    status = printer.send(b"\x1b@hello\n")
    assert status.ready and bytes(bench.get("printer/escpos").printed) == b"\x1b@hello\n"
    bench.get("printer/escpos").set_state(paper_out=True)
    status = printer.query_status()
    assert status.answering and status.paper_out and not status.ready


def test_printer_that_never_answers(workers, bench, collector):
    w = workers("p", bench.url("printer/escpos", silent="1"), PassiveDriver(SerialSettings(), "printer"), collector)
    wait_for(lambda: w.state.value == "connected")
    t0 = time.monotonic()
    status = PrinterHandle(w, status_timeout_s=0.2).query_status()
    assert not status.answering and time.monotonic() - t0 < 1.5


def test_port_disappearing_mid_job_raises_write_failed(workers, bench, collector):
    w = workers("p", bench.url("printer/escpos"), PassiveDriver(SerialSettings(), "printer"), collector)
    wait_for(lambda: w.state.value == "connected")
    bench.unplug("printer/escpos")
    with pytest.raises(DeviceUnavailable) as info:
        PrinterHandle(w).send(b"x" * 10000)
    assert info.value.code in ("device.write_failed", "device.not_connected")
    assert wait_for(lambda: ("disconnected", "port_gone") in collector.states())


def test_tspl_status(workers, bench, collector):
    w = workers("l", bench.url("printer/tspl", cover_open="1"), PassiveDriver(SerialSettings(), "printer"), collector)
    wait_for(lambda: w.state.value == "connected")
    status = PrinterHandle(w, family="tspl").query_status()
    assert status.answering and status.cover_open


def modem(workers, bench, collector, **kw):
    w = workers("m", bench.url("modem", **kw), PassiveDriver(SerialSettings(115200), "modem"), collector)
    wait_for(lambda: w.state.value == "connected")
    return ModemHandle(w, command_timeout_s=0.5, send_timeout_s=2)


def test_modem_sends_chinese_sms(workers, bench, collector):
    handle = modem(workers, bench, collector)
    text = "您的包裹已到村站，取件码 1234"
    result = handle.send_sms("138 0013 8000", text)
    assert result.ok and result.message_ref == 1
    assert bench.get("modem").sent == [("13800138000", text)]
    status = handle.status()
    assert status.ready and status.rssi == 20


def test_modem_long_text_goes_out_in_parts(workers, bench, collector):
    handle = modem(workers, bench, collector)
    result = handle.send_sms("13800138000", "货" * 100)
    assert result.ok and result.parts == 2
    assert [len(t) for _, t in bench.get("modem").sent] == [70, 30]


@pytest.mark.parametrize(("kw", "reason"), [
    ({"mode": "no_sim"}, SmsReason.NO_SIM),
    ({"mode": "sim_pin"}, SmsReason.SIM_PIN),
    ({"mode": "no_network"}, SmsReason.NO_NETWORK),
    ({"cms_error": "332"}, SmsReason.NETWORK_TIMEOUT),
    ({"cms_error": "1"}, SmsReason.INVALID_NUMBER),
    ({"mode": "silent"}, SmsReason.MODEM_NOT_ANSWERING),
])
def test_modem_failures_have_reasons(workers, bench, collector, kw, reason):
    result = modem(workers, bench, collector, **kw).send_sms("13800138000", "测试")
    assert not result.ok and result.reason_code == reason
    assert bench.get("modem").sent == []


def test_modem_rejects_bad_number_without_touching_the_port(workers, bench, collector):
    result = modem(workers, bench, collector).send_sms("138****5678", "x")
    assert result.reason_code == SmsReason.INVALID_NUMBER and bytes(bench.get("modem").received) == b""


def test_modem_port_gone(workers, bench, collector):
    handle = modem(workers, bench, collector)
    bench.unplug("modem")
    assert handle.send_sms("13800138000", "x").reason_code == SmsReason.PORT_UNAVAILABLE
    assert not handle.status().answering
