"""The persistent print queue against simulated printers on sim:// (the real driver code path)."""

from __future__ import annotations

import time

import pytest

from station.devices import sim
from station.devices.control import ManagedDevices
from station.devices.sim.bench import SimBench
from station.domain.documents import Cut, Line, Receipt
from station.printing.encoder import PrinterEncoder
from station.printing.interpreter import interpret
from station.printing.tspl import interpret_tspl
from station.services.print_queue import PrintQueue


class Sink:
    def on_scan(self, *_a): ...
    def on_reading(self, *_a): ...
    def on_state(self, *_a): ...


@pytest.fixture
def bench():
    sim.register()
    b = SimBench()
    yield b
    b.close()


@pytest.fixture
def devices(bench):
    managed = ManagedDevices(Sink(), [
        {"role": "receipt_printer", "profile_id": "printer.xprinter_80", "url": bench.url("printer/escpos")},
        {"role": "label_printer", "profile_id": "printer.gprinter_label", "url": bench.url("printer/tspl")},
    ], save=lambda _c: None)
    yield managed
    managed.close()


@pytest.fixture
def queue(services, devices):
    return PrintQueue(services.ctx, PrinterEncoder(), devices)


def wait_connected(devices, role):
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if devices.printer(role).query_status().answering:
            return
        time.sleep(0.05)
    raise AssertionError(f"{role} never answered")


def submit(services, queue, shopkeeper, text):
    with services.ctx.uow() as uow:
        return queue.submit(uow, kind="receipt", document=Receipt((Line(text), Cut()), title=text),
                            ref_kind="test", ref_id="1", operator_id=shopkeeper.id, at=services.ctx.now_iso())


def test_job_waits_through_paper_out_and_prints_when_paper_is_back(services, shopkeeper, queue, devices, bench):
    wait_connected(devices, "receipt_printer")
    printer = bench.get("printer/escpos")
    printer.set_state(paper_out=True)
    job = submit(services, queue, shopkeeper, "到件通知 3-2-0417")
    queue.process_waiting()
    [row] = [j for j in queue.recent() if j["id"] == job]
    assert row["state"] == "waiting" and row["last_error"] == "printer.paper_out"
    assert b"3-2-0417" not in bytes(printer.printed)
    printer.set_state(paper_out=False)
    queue.process_waiting()
    [row] = [j for j in queue.recent() if j["id"] == job]
    assert row["state"] == "printed"
    assert "到件通知 3-2-0417" in interpret(bytes(printer.printed)).lines


def test_unplugged_printer_keeps_the_job_and_order(services, shopkeeper, queue, devices, bench):
    wait_connected(devices, "receipt_printer")
    bench.unplug("printer/escpos")
    first = submit(services, queue, shopkeeper, "第一张")
    second = submit(services, queue, shopkeeper, "第二张")
    queue.process_waiting()
    assert {j["id"]: j["state"] for j in queue.recent()} == {first: "waiting", second: "waiting"}
    bench.replug("printer/escpos")
    wait_connected(devices, "receipt_printer")
    queue.process_waiting()
    lines = interpret(bytes(bench.get("printer/escpos").printed)).lines
    assert lines.index("第一张") < lines.index("第二张")


def test_reprint_and_self_tests(services, shopkeeper, queue, devices, bench):
    wait_connected(devices, "receipt_printer")
    wait_connected(devices, "label_printer")
    job = submit(services, queue, shopkeeper, "小票")
    queue.process_waiting()
    again, _ = queue.reprint(shopkeeper, job)
    queue.print_self_test(shopkeeper, "receipt_printer")
    queue.print_self_test(shopkeeper, "label_printer")
    queue.process_waiting()
    assert all(j["state"] == "printed" for j in queue.recent())
    printed = interpret(bytes(bench.get("printer/escpos").printed))
    assert printed.lines.count("小票") == 2 and "SF1234567890123" in printed.barcodes
    label = interpret_tspl(bytes(bench.get("printer/tspl").printed))
    assert label.texts[0][2] == "和兴村服务站" and label.copies == 1
    assert next(j for j in queue.recent() if j["id"] == again)["reprint_of"] == job


def test_no_printer_configured_leaves_the_job_waiting(services, shopkeeper):
    queue = PrintQueue(services.ctx, PrinterEncoder(), None)
    job = submit(services, queue, shopkeeper, "x")
    queue.process_waiting()
    assert next(j for j in queue.recent() if j["id"] == job)["last_error"] == "printer.not_configured"
