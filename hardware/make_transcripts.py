"""Regenerate the byte transcripts used by tests/devices/test_dev_replay.py.

    python hardware/make_transcripts.py

Each transcript is JSON lines: a header ({"transcript": 1, "kind", "protocol", "source"}), then the
wire traffic as {"dir": "rx" | "tx", "hex": "..."} (rx = device -> station), then one
{"expect": ...} line. Frames quoted in /work/shared/research/hardware.md are copied byte for byte;
the rest is recorded from the simulators through the real drivers. Review the 'expect' lines by hand
after regenerating: a replay test only guards against regressions if its expectations are right.
"""

from __future__ import annotations

import json
from pathlib import Path

import serial

from station.devices import printer_status as ps
from station.devices.modem_session import ModemSession
from station.devices.portio import PortIO
from station.devices.scales import ScaleFramer, cas22, make_protocol, mtsics, stgs, yaohua
from station.devices.scanner import ScannerFramer, encode_scan
from station.devices.sim import register
from station.devices.sim.bench import SimBench
from station.domain.readings import PrinterStatus, ScaleReading

HERE = Path(__file__).parent
HW = "hardware.md"


def write(path: Path, header: dict, traffic: list[tuple[str, bytes]], expect: object) -> None:
    lines = [json.dumps({"transcript": 1, **header}, ensure_ascii=False)]
    lines += [json.dumps({"dir": d, "hex": data.hex(" ")}) for d, data in traffic]
    lines.append(json.dumps({"expect": expect}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path.relative_to(HERE))


def reading_dict(r: ScaleReading) -> dict:
    return {"grams": r.grams, "stable": r.stable, "net": r.net, "overload": r.overload, "underload": r.underload}


def status_dict(s: PrinterStatus) -> dict:
    return {k: getattr(s, k) for k in ("online", "paper_out", "paper_near_end", "cover_open", "answering", "error")}


def scale_stream(name: str, protocol: str, source: str, chunks: list[bytes], stable_after: int = 3) -> None:
    framer = ScaleFramer(make_protocol(protocol), stable_after=stable_after)
    readings = [reading_dict(r) for c in chunks for r in framer.feed(c)]
    write(HERE / "scale/transcripts" / f"{name}.jsonl",
          {"kind": "scale", "protocol": protocol, "stable_after": stable_after, "source": source,
           "bad_frames": framer.bad_frames},
          [("rx", c) for c in chunks], readings)


def scales() -> None:
    brief = bytes.fromhex("53 54 2C 47 53 2C 2B 20 20 31 2E 32 33 34 6B 67 0D 0A")
    liden = b"ST,GS,  18.000kg\r\nUS,NT,-  0.200kg\r\n"
    scale_stream("stgs_hardware_md_examples", "stgs", f"{HW} §1.5 (brief example, Liden examples)",
                 [brief[:7], brief[7:], liden, b"OL,GS,+            \r\n", "ST,GS,+  2.500斤\r\n".encode("gbk")])
    wobble = [stgs.encode(g, stable=False) for g in (1537, 1479, 1514)] + [stgs.encode(1500)] * 2
    scale_stream("stgs_settle_with_noise", "stgs", "simulator (stgs.encode) with line noise",
                 [wobble[0] + b"\x00\xff garbage\r\n", *wobble[1:]])
    scale_stream("toledo8217_hardware_md_examples", "toledo8217",
                 f"{HW} §1.2 (02 30 31 2E 32 33 34 0D computed; Odoo's b'\\x02?D\\r')",
                 [bytes.fromhex("02 30 31 2E 32 33 34 0D"), b"\x02?D\r", b"\x0201.234N\r", b"\x02?A\r"])
    scale_stream("yaohua_tf0_hardware_md_examples", "yaohua_tf0",
                 f"{HW} §1.6 (+20.00 with XOR 1B; zero frame 022b30303030303030314203)",
                 [bytes.fromhex("02 2B 30 30 32 30 30 30 32 31 42 03")] * 3
                 + [bytes.fromhex("022b303030303030303142 03".replace(" ", ""))]
                 + [bytes.fromhex("02 2B 30 30 32 30 30 30 32 31 43 03"), yaohua.encode(-1500)])
    scale_stream("cas22_device10_and_overload", "cas22",
                 f"{HW} §1.4(a) layout; device 10 as raw 0x0A (go-cas-scales report)",
                 [b"ST,GS," + bytes([0x0A, 0xC4]) + b",000013.5 kg\r\n", cas22.encode(-200, stable=False, net=True),
                  cas22.encode(0, overload=True)])
    scale_stream("mtsics_replies", "mtsics", f"{HW} §1.3 (S S / S D / S I / S + / S - / ES)",
                 [b"S S     100.00 g\r\n", b"S D   -0.6800 g\r\n", b"S I\r\n", b"S +\r\n", b"S -\r\n", b"ES\r\n",
                  mtsics.encode(12345)])
    # a polled exchange recorded from the simulator
    register()
    bench = SimBench("transcripts")
    port = serial.serial_for_url(bench.url("scale/toledo8217", weight="0.750"), timeout=0.2, bytesize=7, parity="E")
    traffic = []
    for request in (b"W", b"T", b"W", b"C", b"W"):
        port.write(request)
        traffic.append(("tx", request))
        reply = port.read_until(b"\r") if request == b"W" else b""
        if reply:
            traffic.append(("rx", reply))
    framer = ScaleFramer(make_protocol("toledo8217"))
    readings = [reading_dict(r) for d, b in traffic if d == "rx" for r in framer.feed(b)]
    write(HERE / "scale/transcripts/toledo8217_poll_tare_exchange.jsonl",
          {"kind": "scale", "protocol": "toledo8217", "stable_after": 1, "source": "simulator over sim://",
           "bad_frames": 0}, traffic, readings)
    bench.close()


def scanner() -> None:
    data = (encode_scan("6901234567892", aim="]E0") + encode_scan("SF1234567890123", suffix=b"\r\n")
            + b"\x07bad\r" + encode_scan("村站取件码1234", suffix=b"\n"))
    chunks = [data[i:i + 7] for i in range(0, len(data), 7)]
    framer = ScannerFramer("scanner")
    codes = [e.code for c in chunks for e in framer.feed(c, 0)]
    write(HERE / "scanner/transcripts/serial_scans_mixed_suffixes.jsonl",
          {"kind": "scanner", "protocol": "serial_scanner", "source": f"{HW} §4.1 frame layout; simulator bytes",
           "bad_frames": framer.bad_frames}, [("rx", c) for c in chunks], codes)


def printers() -> None:
    for name, family, replies in (
        ("escpos_ok", "escpos", {1: 0x12, 2: 0x12, 4: 0x12}),
        ("escpos_paper_out", "escpos", {1: 0x1A, 2: 0x32, 4: 0x72}),
        ("escpos_paper_near_end", "escpos", {1: 0x12, 2: 0x12, 4: 0x1E}),
        ("escpos_cover_open", "escpos", {1: 0x1A, 2: 0x16, 4: 0x12}),
        ("escpos_not_answering", "escpos", {}),
    ):
        traffic: list[tuple[str, bytes]] = []
        for n in (1, 2, 4):
            traffic.append(("tx", ps.query(n)))
            if n not in replies:
                break
            traffic.append(("rx", bytes([replies[n]])))
        write(HERE / "escpos/transcripts" / f"{name}.jsonl",
              {"kind": "printer", "protocol": family, "source": f"{HW} §2.4 (DLE EOT bytes 0x12/0x1E/0x72, masks)"},
              traffic, status_dict(ps.decode_escpos(replies)))
    for name, byte in (("tspl_ready", b"\x00"), ("tspl_no_paper_head_open", b"\x05"), ("tspl_paused", b"\x10")):
        write(HERE / "tspl/transcripts" / f"{name}.jsonl",
              {"kind": "printer", "protocol": "tspl", "source": f"{HW} §3.1 (ESC ! ? status byte)"},
              [("tx", ps.TSPL_STATUS_QUERY), ("rx", byte)], status_dict(ps.decode_tspl(byte)))


def modem() -> None:
    register()
    for name, params, text in (
        ("send_ok_chinese", {}, "您的包裹已到村站，取件码 1234"),
        ("send_cms_331_no_network", {"cms_error": "331"}, "测试"),
        ("send_no_sim", {"mode": "no_sim"}, "测试"),
    ):
        bench = SimBench(f"modem-{name}")
        port = serial.serial_for_url(bench.url("modem", **params), baudrate=115200, timeout=0.05)
        traffic: list[tuple[str, bytes]] = []

        def tap(direction: str, data: bytes, traffic=traffic) -> None:
            if traffic and traffic[-1][0] == direction:
                traffic[-1] = (direction, traffic[-1][1] + data)
            else:
                traffic.append((direction, data))

        result = ModemSession(PortIO(port, tap), command_timeout_s=0.5, send_timeout_s=1).send_sms("13800138000", text)
        write(HERE / "modem/transcripts" / f"{name}.jsonl",
              {"kind": "modem", "protocol": "at_sms", "phone": "13800138000", "text": text,
               "source": "simulator over sim:// (echo on at power-up, then ATE0); 3GPP TS 27.005 text mode"},
              traffic, {"ok": result.ok, "reason_code": result.reason_code and str(result.reason_code),
                        "message_ref": result.message_ref, "error_number": result.error_number})
        bench.close()


if __name__ == "__main__":
    scales()
    scanner()
    printers()
    modem()
