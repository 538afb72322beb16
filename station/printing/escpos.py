"""Receipts to ESC/POS bytes for Chinese-market printers (hardware.md §2).

Chinese goes out as GBK (or GB18030) with the Chinese character mode (``FS &``) switched on after
every ``ESC @``, because ``ESC @`` resets it. python-escpos is not used: it encodes a ``text()`` call
as GB18030 only when it holds an ideograph (so ``"￥12.00"`` prints ``?``), never sends ``FS &`` and
reads "no answer" as "no paper" (see docs/decisions/printing-escpos.md). Status queries (``DLE EOT``)
belong to the device layer, not here.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.exceptions import DataOverflowError

from station.domain.documents import (
    QR,
    Align,
    Barcode128,
    BigCode,
    Block,
    Cut,
    Feed,
    KeyValue,
    Line,
    Receipt,
    Rule,
    Title,
)
from station.printing import code128
from station.printing.text_width import char_columns, columns, fit, left_right, wrap

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}
GB_FAMILY = frozenset({"gbk", "gb18030", "gb2312"})
QR_MAX_BYTES = 2331  # version 40 at error correction M, byte mode
RASTER_SLICE_ROWS = 255  # cheap printers' buffers; Odoo slices the same way
BARCODE_MODULE = 2  # dots per narrow bar: 0.25 mm, what counter scanners read reliably

# Replacements made before encoding: '¥' U+00A5 is four bytes in GB18030 and junk on GBK printers;
# '€' is not in GBK. Tabs become a space; other control characters could be read as commands.
_SUBSTITUTES = {"¥": "￥", "€": "EUR", "\t": " ", "\r": ""}


@dataclass(frozen=True)
class PrinterProfile:
    """What one receipt printer can do; built from the device profile's options."""

    paper_mm: int = 58
    columns: int = 32  # Font A (12 x 24) characters per line at normal size
    dots_per_line: int = 384
    encoding: str = "gbk"  # gbk | gb18030 | gb2312 | big5 | utf-8 ...
    chinese_mode: bool = True  # send FS & after every ESC @
    native_qr: bool = True  # GS ( k; otherwise the QR is sent as a raster image
    cut: bool = True
    drawer_pin: int = 2  # ESC p: pin 2 or pin 5 of the drawer kick-out connector

    def __post_init__(self) -> None:
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            object.__setattr__(self, "encoding", "gbk")  # an unknown name must not stop printing

    @classmethod
    def for_paper(cls, paper_mm: int, **changes: Any) -> PrinterProfile:
        wide = paper_mm >= 80
        return cls(paper_mm=80 if wide else 58, columns=48 if wide else 32,
                   dots_per_line=576 if wide else 384, **changes)

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> PrinterProfile:
        """Device-profile options; unknown or broken values fall back to safe defaults."""
        base = cls.for_paper(_int(options.get("paper_mm"), 58))
        encoding = str(options.get("encoding", "gbk"))
        chinese = options.get("chinese_mode", options.get("chinese_mode_command", True))
        return cls(base.paper_mm, max(16, _int(options.get("columns"), base.columns)),
                   max(128, _int(options.get("dots_per_line"), base.dots_per_line)), encoding,
                   bool(chinese), bool(options.get("native_qr", True)), bool(options.get("cut", True)),
                   5 if _int(options.get("drawer_pin"), 2) == 5 else 2)

    @property
    def gb(self) -> bool:
        return codecs.lookup(self.encoding).name in GB_FAMILY


EscPosProfile = PrinterProfile  # the name the print queue and older tests use


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class TextCodec:
    """Text as one printer prints it: which characters it has, how wide each is, the bytes."""

    def __init__(self, profile: PrinterProfile) -> None:
        self.encoding = profile.encoding
        # In Chinese mode a GB printer prints any double-byte code as a full-width glyph and does
        # not know GB18030's four-byte codes at all (hardware.md §2.2); so width = bytes, max 2.
        self.by_bytes = profile.chinese_mode and profile.gb
        self._cache: dict[str, bytes] = {}

    def char_bytes(self, ch: str) -> bytes:
        cached = self._cache.get(ch)
        if cached is None:
            cached = self._encode_char(ch)
            self._cache[ch] = cached
        return cached

    def _encode_char(self, ch: str) -> bytes:
        if ch == "\n":
            return b"\n"
        if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or 0xE000 <= ord(ch) <= 0xF8FF:
            return b"?"  # control codes would be read as commands; private-use codes print as junk
        try:
            raw = ch.encode(self.encoding)
        except UnicodeError:
            return b"?"
        return b"?" if self.by_bytes and len(raw) > 2 else raw

    def clean(self, text: str, *, newlines: bool = True) -> str:
        """The text the printer will actually print: substitutes made, unprintable characters as '?'.
        Without ``newlines`` a line break becomes a space (one-line fields such as a key and value)."""
        for old, new in _SUBSTITUTES.items():
            text = text.replace(old, new)
        if not newlines:
            text = text.replace("\n", " ")
        return "".join(ch if self.char_bytes(ch) != b"?" else "?" for ch in text)

    def width(self, ch: str) -> int:
        return min(2, len(self.char_bytes(ch))) if self.by_bytes else char_columns(ch)

    def encode(self, text: str) -> bytes:
        return b"".join(self.char_bytes(ch) for ch in text)


def size_byte(width: int, height: int) -> bytes:
    width, height = max(1, min(8, width)), max(1, min(8, height))
    return GS + b"!" + bytes([((width - 1) << 4) | (height - 1)])


def qr_native(payload: bytes, module: int) -> bytes:
    store_len = len(payload) + 3
    return b"".join([
        GS + b"(k" + bytes([4, 0, 49, 65, 50, 0]),  # model 2
        GS + b"(k" + bytes([3, 0, 49, 67, max(1, min(16, module))]),  # module size
        GS + b"(k" + bytes([3, 0, 49, 69, 49]),  # error correction M
        GS + b"(k" + bytes([store_len & 0xFF, store_len >> 8, 49, 80, 48]) + payload,
        GS + b"(k" + bytes([3, 0, 49, 81, 48]),  # print
    ])


def raster(bits: list[list[bool]], *, quadruple: bool = False) -> bytes:
    """``GS v 0`` raster image in slices of at most 255 rows; 1 = black; rows padded to whole bytes.
    ``quadruple`` asks the printer to print every dot as 2 x 2 (a quarter of the bytes)."""
    width = len(bits[0]) if bits else 0
    row_bytes = (width + 7) // 8
    out = bytearray()
    for top in range(0, len(bits), RASTER_SLICE_ROWS):
        rows = bits[top:top + RASTER_SLICE_ROWS]
        out += GS + b"v0" + bytes([3 if quadruple else 0, row_bytes & 0xFF, row_bytes >> 8,
                                   len(rows) & 0xFF, len(rows) >> 8])
        for row in rows:
            for byte_index in range(row_bytes):
                value = 0
                for bit, dot in enumerate(row[byte_index * 8:byte_index * 8 + 8]):
                    if dot:
                        value |= 0x80 >> bit
                out.append(value)
    return bytes(out)


def qr_matrix(payload: bytes) -> list[list[bool]]:
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def qr_raster(payload: bytes, module: int, max_dots: int) -> bytes:
    """QR as an image for printers without ``GS ( k`` (many 58 mm models).

    Drawn at half the module size and printed in quadruple mode: the same size on paper for a
    quarter of the bytes (a version-3 QR at module 6 is ~1 KB instead of ~4 KB). The quiet zone is
    fed as paper (``ESC J``), not sent as white dots.
    """
    matrix = qr_matrix(payload)
    half = max(1, min(module // 2, max_dots // (2 * len(matrix))))
    bits = [[cell for cell in row for _ in range(half)] for row in matrix for _ in range(half)]
    quiet = ESC + b"J" + bytes([min(255, 8 * half)])
    return quiet + raster(bits, quadruple=True) + quiet


class EscPosWriter:
    def __init__(self, profile: PrinterProfile) -> None:
        self.p = profile
        self.codec = TextCodec(profile)
        self.out = bytearray()

    def init(self) -> None:
        self.out += INIT
        if self.p.chinese_mode:
            self.out += CHINESE_ON

    def align(self, align: Align) -> None:
        self.out += ESC + b"a" + bytes([ALIGN.get(align, 0)])

    def line(self, text: str, *, align: Align = Align.LEFT, bold: bool = False, size: int = 1) -> None:
        size = max(1, min(8, size))
        self.align(align)
        if bold:
            self.out += ESC + b"E\x01"
        if size != 1:
            self.out += size_byte(size, size)
        for part in wrap(self.codec.clean(text), max(1, self.p.columns // size), self.codec.width):
            self.out += self.codec.encode(part) + LF
        if size != 1:
            self.out += size_byte(1, 1)
        if bold:
            self.out += ESC + b"E\x00"

    def key_value(self, block: KeyValue) -> None:
        left, right = self.codec.clean(block.left, newlines=False), self.codec.clean(block.right, newlines=False)
        self.align(Align.LEFT)
        if block.bold:
            self.out += ESC + b"E\x01"
        for part in left_right(left, right, self.p.columns, self.codec.width):
            self.out += self.codec.encode(part) + LF
        if block.bold:
            self.out += ESC + b"E\x00"

    def big_code(self, text: str) -> None:
        """As large as the paper allows on one line (a pickup code is read from across the counter)."""
        text = self.codec.clean(text, newlines=False)
        width = columns(text, self.codec.width)
        size = next((s for s in (4, 3, 2) if width * s <= self.p.columns), 2)
        self.line(text, align=Align.CENTER, bold=True, size=size)

    def qr(self, block: QR) -> None:
        payload = block.payload.encode("utf-8", errors="replace")
        if not payload or len(payload) > QR_MAX_BYTES:
            self.line(block.payload, align=Align.CENTER)  # too long for any QR: at least print it
            return
        self.align(Align.CENTER)
        if self.p.native_qr:
            quiet = ESC + b"J" + bytes([min(255, 4 * max(1, min(16, block.size)))])
            self.out += quiet + qr_native(payload, block.size) + quiet
        else:
            try:
                self.out += qr_raster(payload, block.size, self.p.dots_per_line)
            except DataOverflowError:
                self.line(block.payload, align=Align.CENTER)
        self.align(Align.LEFT)

    def barcode(self, block: Barcode128) -> None:
        data = code128.escpos_data(block.data)
        width = code128.width_modules(block.data)
        module = next((m for m in (BARCODE_MODULE, 1) if (width + 2 * code128.QUIET_MODULES) * m
                       <= self.p.dots_per_line), 0)
        if not data or len(data) > 255 or module == 0:
            self.line(block.data, align=Align.CENTER)  # cannot be a barcode on this paper: print the text
            return
        self.align(Align.CENTER)
        self.out += (GS + b"h" + bytes([max(1, min(255, block.height))]) + GS + b"w" + bytes([module])
                     + GS + b"H\x02" + GS + b"k\x49" + bytes([len(data)]) + data + LF)
        self.align(Align.LEFT)

    def block(self, block: Block) -> None:
        if isinstance(block, Title):
            self.line(block.text, align=Align.CENTER, bold=True, size=block.size)
        elif isinstance(block, Line):
            self.line(block.text, align=block.align, bold=block.bold, size=block.size)
        elif isinstance(block, KeyValue):
            self.key_value(block)
        elif isinstance(block, Rule):
            char = self.codec.clean(block.char or "-", newlines=False)
            self.line(fit(char * self.p.columns, self.p.columns, self.codec.width))
        elif isinstance(block, BigCode):
            self.big_code(block.text)
        elif isinstance(block, QR):
            self.qr(block)
        elif isinstance(block, Barcode128):
            self.barcode(block)
        elif isinstance(block, Feed):
            self.out += ESC + b"d" + bytes([max(0, min(255, block.lines))])
        elif isinstance(block, Cut):
            self.cut()

    def cut(self) -> None:
        """Feed the last line past the tear bar, then cut (partial: the slip stays hanging)."""
        self.out += ESC + b"d\x03"
        if self.p.cut:
            self.out += GS + b"VB\x00"

    def drawer(self) -> None:
        """Kick the cash drawer: 50 ms on, 500 ms off."""
        self.out += ESC + b"p" + bytes([1 if self.p.drawer_pin == 5 else 0, 25, 250])


def encode_receipt(receipt: Receipt, profile: PrinterProfile) -> bytes:
    """The whole job: ``ESC @`` + ``FS &``, the blocks, a cut at the end (added if the document has
    none), then the drawer pulse when the receipt asks for it."""
    writer = EscPosWriter(profile)
    writer.init()
    for block in receipt.blocks:
        writer.block(block)
    if not receipt.blocks or not isinstance(receipt.blocks[-1], Cut):
        writer.cut()
    if receipt.open_drawer:
        writer.drawer()
    return bytes(writer.out)


def encode_text(text: str, profile: PrinterProfile) -> bytes:
    """One piece of text as the printer's bytes (substitutes made, unprintable characters as '?')."""
    codec = TextCodec(profile)
    return codec.encode(codec.clean(text))
