"""ESC/POS bytes back into what the printer would do: text lines with their style, QR codes,
barcodes, images, feeds, cuts, drawer pulses. Tests assert on it; training mode draws it as the
virtual printer (``preview.render_receipt``).

It understands what our encoder sends plus the common commands other software sends (python-escpos,
Odoo, vendor drivers); every other command is recorded as ``Unknown`` with its bytes and skipped,
never raised: the interpreter is fuzzed with random bytes. Parameter payloads of known commands
(images, QR data) are skipped as a whole, so bytes inside them are never read as commands. The
design follows escpos-tools' ``esc2text``: operations, not bytes.
"""

from __future__ import annotations

import codecs
import itertools

from station.printing import code128
from station.printing.esc_commands import BARCODE_TYPES, ESC_ARGS, FS_ARGS, GS_ARGS
from station.printing.operations import (
    Barcode,
    DrawerPulse,
    Image,
    Interpretation,
    Op,
    PaperCut,
    PaperFeed,
    PrintedLine,
    QRCode,
    StatusQuery,
    TextRun,
    Unknown,
)
from station.printing.text_width import char_columns

__all__ = ["Barcode", "DrawerPulse", "Image", "Interpretation", "Op", "PaperCut", "PaperFeed", "PrintedLine",
           "QRCode", "StatusQuery", "TextRun", "Unknown", "interpret", "split_jobs"]


class _Printer:
    """The printer's mode state while reading one byte stream."""

    def __init__(self, encoding: str, out: Interpretation) -> None:
        try:
            self.encoding = codecs.lookup(encoding).name
        except LookupError:
            self.encoding = "gbk"
        self.utf8 = self.encoding == "utf-8"
        self.out = out
        self.line = PrintedLine()
        self.text: list[str] = []
        self.cells: list[int] = []
        self.qr_data = ""
        self.qr_module = 3
        self.reset_offsets: list[int] = []
        self.reset()

    def reset(self) -> None:
        self.flush()
        self.bold, self.width, self.height, self.align, self.chinese = False, 1, 1, 0, False
        self.barcode_height, self.barcode_module, self.barcode_hri = 162, 3, 0

    def add_char(self, ch: str, cells: int) -> None:
        self.text.append(ch)
        self.cells.append(cells)

    def flush(self) -> None:
        """End the current run (the style is about to change)."""
        if self.text:
            self.line.runs.append(TextRun("".join(self.text), self.bold, self.width, self.height, self.align,
                                          tuple(self.cells)))
            self.text, self.cells = [], []

    def end_line(self) -> None:
        self.flush()
        self.out.items.append(self.line)
        self.line = PrintedLine()

    def emit(self, op: Op) -> None:
        """A graphic or paper operation: text waiting in the buffer is printed first."""
        if self.text or self.line.runs:
            self.end_line()
        self.out.items.append(op)

    def feed(self, lines: int = 0, dots: int = 0) -> None:
        if self.text or self.line.runs:
            self.end_line()
            lines -= 1 if lines else 0
        if lines > 0 or dots > 0:
            self.out.items.append(PaperFeed(lines, dots))

    def columns_so_far(self) -> int:
        return self.line.columns + sum(self.cells) * self.width


def interpret(data: bytes, encoding: str = "gbk") -> Interpretation:
    """What a printer with this text ``encoding`` (in Chinese mode) would print for ``data``."""
    return _run(data, encoding).out


def split_jobs(data: bytes, encoding: str = "gbk") -> list[bytes]:
    """A printer's whole input cut into jobs at each ``ESC @`` that is a command (not image or QR data
    that happens to hold the bytes 1B 40); bytes before the first reset are a job of their own."""
    data = bytes(data)
    starts = sorted({0, len(data), *_run(data, encoding).reset_offsets})
    return [data[a:b] for a, b in itertools.pairwise(starts)]


def _run(data: bytes, encoding: str) -> _Printer:
    out = Interpretation()
    pr = _Printer(encoding, out)
    data = bytes(data)
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x0A:
            pr.end_line()
            i += 1
        elif b == 0x0D:
            i += 1  # CR alone does nothing on the usual DIP setting
        elif b == 0x09:  # HT: to the next tab stop, every 8 columns
            for _ in range(8 - pr.columns_so_far() % 8):
                pr.add_char(" ", 1)
            i += 1
        elif b == 0x1B:
            i = _esc(data, i, pr)
        elif b == 0x1D:
            i = _gs(data, i, pr)
        elif b == 0x1C:
            i = _fs(data, i, pr)
        elif b == 0x10:
            i = _dle(data, i, pr)
        elif b < 0x20 or b == 0x7F:
            out.items.append(Unknown(data[i:i + 1]))
            i += 1
        else:
            i = _character(data, i, pr)
    pr.flush()
    if pr.line.runs:
        out.items.append(pr.line)
    return pr


def _character(data: bytes, i: int, pr: _Printer) -> int:
    b = data[i]
    if b < 0x80:
        pr.add_char(chr(b), 1)
        return i + 1
    if pr.chinese and pr.utf8 and 0xC2 <= b <= 0xF4:  # a UTF-8 printer profile
        length = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
        ch = data[i:i + length].decode("utf-8", errors="replace")[:1]
        if ch != "\ufffd":
            pr.add_char(ch, char_columns(ch) or 1)
            return i + length
    if pr.chinese and not pr.utf8 and 0x81 <= b <= 0xFE and i + 1 < len(data) and 0x40 <= data[i + 1] <= 0xFE and data[i + 1] != 0x7F:
        pr.add_char(data[i:i + 2].decode(pr.encoding, errors="replace")[:1] or "\ufffd", 2)
        return i + 2
    # Outside Chinese mode a high byte is a character of the code page (PC437 by default); a lone
    # lead byte in Chinese mode prints as junk: shown as the replacement character.
    pr.add_char(bytes([b]).decode("cp437") if not pr.chinese else "\ufffd", 1)
    return i + 1


def _truncated(data: bytes, i: int, pr: _Printer) -> int:
    pr.out.items.append(Unknown(data[i:]))
    return len(data)


def _esc(data: bytes, i: int, pr: _Printer) -> int:
    n = len(data)
    if i + 1 >= n:
        return _truncated(data, i, pr)
    cmd = data[i + 1]
    args = ESC_ARGS.get(cmd)
    if args is None:
        if cmd == ord("*"):
            return _esc_bit_image(data, i, pr)
        if cmd == ord("D"):  # tab stops, NUL terminated (at most 32)
            end = data.find(b"\x00", i + 2, i + 35)
            return n if end < 0 else end + 1
        pr.out.items.append(Unknown(data[i:i + 2]))
        return i + 2
    if i + 2 + args > n:
        return _truncated(data, i, pr)
    p = data[i + 2:i + 2 + args]
    if cmd == ord("@"):
        pr.reset_offsets.append(i)
        pr.reset()
    elif cmd == ord("E") or cmd == ord("G"):
        pr.flush()
        pr.bold = bool(p[0] & 1)
    elif cmd == ord("!"):
        pr.flush()
        pr.bold, pr.height, pr.width = bool(p[0] & 0x08), 2 if p[0] & 0x10 else 1, 2 if p[0] & 0x20 else 1
    elif cmd == ord("a"):
        pr.flush()
        pr.align = p[0] if p[0] < 3 else p[0] - 48 if 48 <= p[0] <= 50 else 0
    elif cmd == ord("d"):
        pr.feed(lines=p[0])
    elif cmd == ord("J"):
        pr.feed(dots=p[0])
    elif cmd == ord("p"):
        pr.emit(DrawerPulse(5 if p[0] & 1 else 2, p[1] * 2))
    elif cmd in (ord("i"), ord("m")):  # the old cut commands
        pr.emit(PaperCut(partial=cmd == ord("m")))
    return i + 2 + args


def _esc_bit_image(data: bytes, i: int, pr: _Printer) -> int:
    """``ESC * m nL nH d...``: one band of columns, 8 or 24 dots high, turned into raster rows."""
    if i + 5 > len(data):
        return _truncated(data, i, pr)
    mode, columns = data[i + 2], data[i + 3] | (data[i + 4] << 8)
    band = 3 if mode in (32, 33) else 1
    body = data[i + 5:i + 5 + columns * band]
    height = 8 * band
    row_bytes = (columns + 7) // 8
    bits = bytearray(row_bytes * height)
    for x in range(len(body) // band):
        for k in range(band):
            value = body[x * band + k]
            for bit in range(8):
                if value & (0x80 >> bit):
                    y = k * 8 + bit
                    bits[y * row_bytes + x // 8] |= 0x80 >> (x % 8)
    pr.emit(Image(row_bytes * 8, height, bytes(bits), pr.align, 2 if mode in (0, 32) else 1, 1))
    return i + 5 + columns * band


def _gs(data: bytes, i: int, pr: _Printer) -> int:
    n = len(data)
    if i + 1 >= n:
        return _truncated(data, i, pr)
    cmd = data[i + 1]
    if cmd == ord("("):
        return _gs_paren(data, i, pr)
    if cmd == ord("k"):
        return _gs_barcode(data, i, pr)
    if cmd == ord("v"):
        return _gs_raster(data, i, pr)
    if cmd == ord("V"):
        if i + 2 >= n:
            return _truncated(data, i, pr)
        m = data[i + 2]
        with_feed = m in (65, 66, 97, 98, 103, 104)
        pr.emit(PaperCut(partial=m in (1, 49, 66, 98, 104)))
        return min(n, i + (4 if with_feed else 3))
    if cmd == ord("8") and i + 2 < n and data[i + 2] == ord("L"):  # GS 8 L: 4-byte length
        if i + 7 > n:
            return _truncated(data, i, pr)
        length = int.from_bytes(data[i + 3:i + 7], "little")
        pr.out.items.append(Unknown(data[i:i + 3]))
        return min(n, i + 7 + length)
    if cmd == ord("*"):  # define a downloaded image: x * y * 8 bytes
        if i + 4 > n:
            return _truncated(data, i, pr)
        pr.out.items.append(Unknown(data[i:i + 4]))
        return min(n, i + 4 + data[i + 2] * data[i + 3] * 8)
    args = GS_ARGS.get(cmd)
    if args is None:
        pr.out.items.append(Unknown(data[i:i + 2]))
        return i + 2
    if i + 2 + args > n:
        return _truncated(data, i, pr)
    p = data[i + 2:i + 2 + args]
    if cmd == ord("!"):
        pr.flush()
        pr.width, pr.height = (p[0] >> 4 & 0x07) + 1, (p[0] & 0x07) + 1
    elif cmd == ord("h"):
        pr.barcode_height = max(1, p[0])
    elif cmd == ord("w"):
        pr.barcode_module = max(1, min(6, p[0]))
    elif cmd == ord("H"):
        pr.barcode_hri = p[0]
    elif cmd in (ord("r"), ord("I")):
        pr.out.items.append(StatusQuery(data[i:i + 3]))
    return i + 2 + args


def _gs_paren(data: bytes, i: int, pr: _Printer) -> int:
    """``GS ( fn pL pH body``: QR codes (``GS ( k`` with cn 49); other functions skipped by length."""
    n = len(data)
    if i + 5 > n:
        return _truncated(data, i, pr)
    length = data[i + 3] | (data[i + 4] << 8)
    body = data[i + 5:i + 5 + length]
    if data[i + 2] == ord("k") and len(body) >= 3 and body[0] == 49:
        fn = body[1]
        if fn == 67:
            pr.qr_module = max(1, min(16, body[2]))
        elif fn == 80:
            pr.qr_data = body[3:].decode("utf-8", errors="replace")
        elif fn == 81 and pr.qr_data:
            pr.emit(QRCode(pr.qr_data, pr.qr_module, pr.align))
    elif data[i + 2] != ord("k"):
        pr.out.items.append(Unknown(data[i:i + 5]))
    return min(n, i + 5 + length)


def _gs_barcode(data: bytes, i: int, pr: _Printer) -> int:
    n = len(data)
    if i + 3 >= n:
        return _truncated(data, i, pr)
    m = data[i + 2]
    if m >= 65:  # format B: GS k m n d1..dn
        length = data[i + 3]
        raw = data[i + 4:i + 4 + length]
        end = i + 4 + length
    else:  # format A: NUL-terminated
        stop = data.find(b"\x00", i + 3)
        end = n if stop < 0 else stop + 1
        raw = data[i + 3:end - 1 if stop >= 0 else n]
    symbology = BARCODE_TYPES.get(m, f"type {m}")
    if symbology == "CODE128":
        text = code128.parse_escpos_data(raw)
    else:
        text = "".join(chr(b) if 32 <= b < 127 else "?" for b in raw)
    pr.emit(Barcode(text, symbology, pr.barcode_height, pr.barcode_module, pr.align, pr.barcode_hri in (2, 3, 50, 51)))
    return min(n, end)


def _gs_raster(data: bytes, i: int, pr: _Printer) -> int:
    """``GS v 0 m xL xH yL yH d...``; the image keeps only the rows actually present."""
    n = len(data)
    if i + 8 > n or data[i + 2] != ord("0"):
        return _truncated(data, i, pr) if i + 8 > n else _unknown2(data, i, pr)
    m = data[i + 3]
    row_bytes = data[i + 4] | (data[i + 5] << 8)
    height = data[i + 6] | (data[i + 7] << 8)
    body = data[i + 8:i + 8 + row_bytes * height]
    rows = len(body) // row_bytes if row_bytes else 0
    if rows:
        pr.emit(Image(row_bytes * 8, rows, bytes(body[:rows * row_bytes]), pr.align,
                      2 if m & 1 else 1, 2 if m & 2 else 1))
    return min(n, i + 8 + row_bytes * height)


def _unknown2(data: bytes, i: int, pr: _Printer) -> int:
    pr.out.items.append(Unknown(data[i:i + 2]))
    return i + 2


def _fs(data: bytes, i: int, pr: _Printer) -> int:
    n = len(data)
    if i + 1 >= n:
        return _truncated(data, i, pr)
    cmd = data[i + 1]
    if cmd == ord("&"):
        pr.flush()
        pr.chinese = pr.out.chinese_mode = True
        return i + 2
    if cmd == ord("."):
        pr.flush()
        pr.chinese = False
        return i + 2
    args = FS_ARGS.get(cmd)
    if args is None:
        return _unknown2(data, i, pr)
    if i + 2 + args > n:
        return _truncated(data, i, pr)
    if cmd == ord("2"):  # user-defined Chinese character: 2 code bytes + 72 glyph bytes
        return min(n, i + 4 + 72)
    return i + 2 + args


def _dle(data: bytes, i: int, pr: _Printer) -> int:
    """Real-time commands: ``DLE EOT n`` status, ``DLE DC4 1 m t`` drawer pulse, ``DLE ENQ n``."""
    n = len(data)
    if i + 2 >= n:
        return _truncated(data, i, pr)
    cmd = data[i + 1]
    if cmd == 0x04:
        pr.out.items.append(StatusQuery(data[i:i + 3]))
        return i + 3
    if cmd == 0x14 and data[i + 2] == 1:
        if i + 5 > n:
            return _truncated(data, i, pr)
        pr.out.items.append(DrawerPulse(5 if data[i + 3] & 1 else 2, data[i + 4] * 100))
        return i + 5
    if cmd in (0x05, 0x14):
        pr.out.items.append(Unknown(data[i:i + 3]))
        return i + 3
    pr.out.items.append(Unknown(data[i:i + 1]))
    return i + 1
