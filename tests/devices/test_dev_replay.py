"""Replay the recorded transcripts in hardware/*/transcripts through the drivers."""

import json
from pathlib import Path

import pytest
from dev_helpers import ScriptedPort, wait_for

from station.devices.drivers import PassiveDriver
from station.devices.handles import ModemHandle, PrinterHandle
from station.devices.scales import ScaleFramer, make_protocol
from station.devices.scanner import ScannerFramer
from station.devices.serial_settings import SerialSettings
from station.devices.worker import PortWorker

HARDWARE = Path(__file__).resolve().parents[2] / "hardware"


def load(path):
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    header, body, expect = lines[0], lines[1:-1], lines[-1]["expect"]
    return header, [(e["dir"], bytes.fromhex(e["hex"])) for e in body], expect


def transcripts(family):
    paths = sorted((HARDWARE / family / "transcripts").glob("*.jsonl"))
    assert paths, f"no transcripts for {family}"
    return pytest.mark.parametrize("path", paths, ids=[p.stem for p in paths])


@transcripts("scale")
def test_scale_transcript(path):
    header, traffic, expect = load(path)
    framer = ScaleFramer(make_protocol(header["protocol"]), stable_after=header["stable_after"])
    got = [{"grams": r.grams, "stable": r.stable, "net": r.net, "overload": r.overload, "underload": r.underload}
           for d, data in traffic if d == "rx" for r in framer.feed(data)]
    assert got == expect
    assert framer.bad_frames == header["bad_frames"]


@transcripts("scanner")
def test_scanner_transcript(path):
    header, traffic, expect = load(path)
    framer = ScannerFramer("scanner")
    assert [e.code for d, data in traffic if d == "rx" for e in framer.feed(data, 0)] == expect
    assert framer.bad_frames == header["bad_frames"]


def run_worker(traffic, settings):
    port = ScriptedPort(traffic)
    worker = PortWorker("dev", "scripted", PassiveDriver(settings, "x"), lambda e: None,
                        opener=lambda url, **kw: port)
    worker.start()
    assert wait_for(lambda: worker.state.value == "connected")
    return worker, port


@pytest.mark.parametrize("path", sorted((HARDWARE / "escpos" / "transcripts").glob("*.jsonl"))
                         + sorted((HARDWARE / "tspl" / "transcripts").glob("*.jsonl")), ids=lambda p: p.stem)
def test_printer_status_transcript(path):
    header, traffic, expect = load(path)
    worker, port = run_worker(traffic, SerialSettings())
    try:
        status = PrinterHandle(worker, family=header["protocol"], status_timeout_s=0.1).query_status()
    finally:
        worker.stop()
    assert port.mismatch is None
    assert {k: getattr(status, k) for k in expect} == expect


@transcripts("modem")
def test_modem_transcript(path):
    header, traffic, expect = load(path)
    worker, port = run_worker(traffic, SerialSettings(115200))
    try:
        result = ModemHandle(worker, command_timeout_s=0.3, send_timeout_s=0.5).send_sms(header["phone"], header["text"])
    finally:
        worker.stop()
    assert port.mismatch is None, port.mismatch
    assert port.traffic == []  # the whole conversation was used
    assert {"ok": result.ok, "reason_code": result.reason_code and str(result.reason_code),
            "message_ref": result.message_ref, "error_number": result.error_number} == expect
