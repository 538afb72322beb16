"""Printer status bytes -> PrinterStatus: ESC/POS real-time ``DLE EOT n`` and TSPL ``ESC ! ?``.

ESC/POS (hardware.md §2.4): every reply byte matches ``(b & 0x93) == 0x12``. n=1 printer: b3 offline;
n=2 offline cause: b2 cover open, b3 FEED pressed, b5 stopped by paper end, b6 error; n=3 error cause:
b2 mechanical, b3 autocutter, b5 unrecoverable, b6 auto-recoverable; n=4 paper: 0x0C near end,
0x60 paper end. TSPL (§3.1): one byte, 0x01 head open, 0x02 jam, 0x04 no paper, 0x08 no ribbon,
0x10 pause, 0x20 printing, 0x80 other error.
"""

from __future__ import annotations

from station.domain.readings import PRINTER_NOT_ANSWERING, PrinterStatus

DLE_EOT = b"\x10\x04"
PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, PAPER = 1, 2, 3, 4
TSPL_STATUS_QUERY = b"\x1b!?"

ESCPOS_OK = 0x12
ESCPOS_OFFLINE = 0x1A  # n=1 with b3
ESCPOS_COVER_OPEN = 0x16  # n=2 with b2
ESCPOS_STOPPED_PAPER_END = 0x32  # n=2 with b5
ESCPOS_PAPER_NEAR_END = 0x1E  # n=4
ESCPOS_PAPER_OUT = 0x72  # n=4
ESCPOS_PAPER_BOTH = 0x7E  # n=4


def query(n: int) -> bytes:
    return DLE_EOT + bytes([n])


def valid_escpos_byte(b: int) -> bool:
    return (b & 0x93) == 0x12


def decode_escpos(replies: dict[int, int]) -> PrinterStatus:
    """Combine the replies to DLE EOT 1..4 (any subset). Invalid or missing bytes count as 'not answering'."""
    if not replies or not all(valid_escpos_byte(b) for b in replies.values()):
        return PrinterStatus(online=False, paper_out=False, paper_near_end=False, cover_open=False,
                             answering=False, raw=bytes(replies.values()))
    s1 = replies.get(PRINTER, ESCPOS_OK)
    s2 = replies.get(OFFLINE_CAUSE, ESCPOS_OK)
    s3 = replies.get(ERROR_CAUSE, ESCPOS_OK)
    s4 = replies.get(PAPER, ESCPOS_OK)
    paper_out = (s4 & 0x60) == 0x60 or bool(s2 & 0x20)
    return PrinterStatus(
        online=not s1 & 0x08,
        paper_out=paper_out,
        paper_near_end=(s4 & 0x0C) == 0x0C,
        cover_open=bool(s2 & 0x04),
        answering=True,
        error=bool(s2 & 0x40) or bool(s3 & 0x6C),
        raw=bytes(replies[k] for k in sorted(replies)),
    )


def encode_escpos(n: int, *, offline: bool = False, cover_open: bool = False, paper_out: bool = False,
                  paper_near_end: bool = False, error: bool = False) -> int:
    """The byte a printer in this state answers to DLE EOT n (simulator side)."""
    b = ESCPOS_OK
    if n == PRINTER and (offline or cover_open or paper_out or error):
        b |= 0x08
    elif n == OFFLINE_CAUSE:
        b |= (0x04 if cover_open else 0) | (0x20 if paper_out else 0) | (0x40 if error else 0)
    elif n == ERROR_CAUSE and error:
        b |= 0x40
    elif n == PAPER:
        b |= (0x0C if paper_near_end else 0) | (0x60 if paper_out else 0)
    return b


TSPL_HEAD_OPEN, TSPL_JAM, TSPL_NO_PAPER, TSPL_NO_RIBBON, TSPL_PAUSE, TSPL_PRINTING, TSPL_OTHER = (
    0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x80)


def decode_tspl(reply: bytes) -> PrinterStatus:
    if len(reply) != 1:
        return PrinterStatus(online=False, paper_out=False, paper_near_end=False, cover_open=False,
                             answering=False, raw=reply)
    b = reply[0]
    return PrinterStatus(
        online=not b & TSPL_PAUSE,
        paper_out=bool(b & TSPL_NO_PAPER),
        paper_near_end=False,  # TSPL has no near-end bit
        cover_open=bool(b & TSPL_HEAD_OPEN),
        answering=True,
        error=bool(b & (TSPL_JAM | TSPL_NO_RIBBON | TSPL_OTHER)),
        raw=reply,
    )


__all__ = ["PRINTER_NOT_ANSWERING", "decode_escpos", "decode_tspl", "encode_escpos", "query"]
