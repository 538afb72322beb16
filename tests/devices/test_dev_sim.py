"""The sim:// URL handler and the simulators, through plain pyserial."""

import pytest
import serial

from station.devices import printer_status as ps
from station.devices.sim import register
from station.devices.sim.printers import EscPosPrinterSim, command_length

register()


def open_url(url, **kw):
    kw.setdefault("timeout", 0.3)
    return serial.serial_for_url(url, **kw)


def test_cas_stream_with_weight_from_url():
    port = open_url("sim://scale/cas?weight=1.234")
    data = port.read(22)
    assert data == b"ST,GS,1\xc4,0001.234 kg\r\n"
    assert port.simulator.kind == "scale"


def test_toledo_refuses_8n1_and_answers_w_at_7e1():
    with pytest.raises(serial.SerialException, match="7E1"):
        open_url("sim://scale/toledo8217")
    port = open_url("sim://scale/toledo8217?weight=1.234", bytesize=7, parity="E")
    port.write(b"W")
    assert port.read(8) == b"\x0201.234\r"
    port.write(b"Ehello")
    assert port.read(8) == b"\x02E\rhello"
    port.write(b"F")
    assert open_url("sim://scale/toledo8217?strict=0").is_open  # opt out of the check


def test_changing_settings_on_an_open_port_is_checked_too():
    port = open_url("sim://scale/toledo8217", bytesize=7, parity="E")
    with pytest.raises(serial.SerialException):
        port.bytesize = 8


def test_unknown_device_and_bench_are_serial_errors():
    with pytest.raises(serial.SerialException):
        open_url("sim://toaster")
    with pytest.raises(serial.SerialException):
        open_url("sim://scanner?bench=nobody")


def test_bench_shares_the_simulator_and_unplug_kills_handles(bench):
    port = open_url(bench.url("scanner", aim="]E0"))
    sim = bench.get("scanner")
    sim.scan("6901234567892")
    assert port.read(17) == b"]E06901234567892\r"
    bench.unplug("scanner")
    with pytest.raises(serial.SerialException):
        port.read(1)
    with pytest.raises(serial.SerialException):
        open_url(bench.url("scanner"))
    bench.replug("scanner")
    with pytest.raises(serial.SerialException):
        port.write(b"x")  # a handle from before the unplug stays dead
    assert open_url(bench.url("scanner")).simulator is sim


def test_scale_wobbles_then_settles(bench):
    port = open_url(bench.url("scale/stgs", interval_ms=1))
    bench.get("scale/stgs").set_weight(2500, wobble=3)
    lines = port.read(18 * 5).split(b"\r\n")
    assert [line[:2] for line in lines[:4]] == [b"US", b"US", b"US", b"ST"]
    assert lines[3] == b"ST,GS,+  2.500kg"


def test_mtsics_commands(bench):
    port = open_url(bench.url("scale/mtsics", weight="0.1"))
    port.write(b"SI\r\n")
    assert port.readline() == b"S S     100.00 g\r\n"
    port.write(b"I4\r\n")
    assert port.readline().startswith(b"I4 A")
    port.write(b"XYZ\r\n")
    assert port.readline() == b"ES\r\n"


def test_escpos_printer_answers_status_and_keeps_the_job(bench):
    port = open_url(bench.url("printer/escpos"))
    port.write(b"\x1b@\x1c&\xd6\xd0\xce\xc4\n\x1dV\x00" + ps.query(4))
    assert port.read(1) == bytes([ps.ESCPOS_OK])
    sim = bench.get("printer/escpos")
    assert bytes(sim.printed) == b"\x1b@\x1c&\xd6\xd0\xce\xc4\n\x1dV\x00"
    sim.set_state(paper_out=True)
    port.write(ps.query(4))
    assert port.read(1) == bytes([ps.ESCPOS_PAPER_OUT])
    sim.set_state(silent=True)
    port.write(ps.query(4))
    assert port.read(1) == b""


def test_dle_eot_inside_raster_data_is_not_a_status_query():
    sim = EscPosPrinterSim()
    raster = b"\x1dv0\x00\x03\x00\x01\x00" + b"\x10\x04\x04"  # 3x1 bytes of image that look like DLE EOT 4
    sim.write(raster[:5])
    sim.write(raster[5:])
    assert sim.take() == b"" and bytes(sim.printed) == raster
    assert command_length(b"\x1d(k\x03\x001C\x06", 0) == 8
    assert command_length(b"\x1dk\x02123\x00", 0) == 7
    assert command_length(b"\x1dk\x02123", 0) is None


def test_tspl_status_query(bench):
    port = open_url(bench.url("printer/tspl", paper_out="1"))
    port.write(b"SIZE 50 mm,30 mm\r\nCLS\r\nPRINT 1,1\r\n" + ps.TSPL_STATUS_QUERY)
    assert port.read(1) == b"\x04"
    assert bench.get("printer/tspl").labels_printed == 1


def test_modem_echo_and_no_sim(bench):
    port = open_url(bench.url("modem", mode="no_sim"), baudrate=115200)
    port.write(b"AT+CPIN?\r")
    data = port.read(64)
    assert data.startswith(b"AT+CPIN?\r") and b"+CME ERROR: 10" in data
