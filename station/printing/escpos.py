"""Receipts to ESC/POS bytes for Chinese-market printers (hardware.md §2).

Chinese goes out as GBK (or GB18030) with the Chinese character mode (``FS &``) switched on after
every ``ESC @``, because ``ESC @`` resets it. python-escpos is not used: it encodes a ``text()`` call
as GB18030 only when it holds an ideograph (so ``"￥12.00"`` prints ``?``), never sends ``FS &`` and
reads "no answer" as "no paper" (see docs/decisions/printing-escpos.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import qrcode

from station.domain.documents import (
    QR,
    Align,
    Barcode128,
    BigCode,
    Cut,
    Feed,
    KeyValue,
    Line,
    Receipt,
    Rule,
    Title,
)
from station.printing.text_width import columns, fit, left_right, wrap

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}


@dataclass(frozen=True)
class EscPosProfile:
    paper_mm: int = 58
    columns: int = 32
    dots_per_line: int = 384
    encoding: str = "gbk"
    chinese_mode: bool = True
    native_qr: bool = True
    cut: bool = True

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> EscPosProfile:
        paper = int(options.get("paper_mm", 58))
        return cls(paper, int(options.get("columns", 32 if paper == 58 else 48)),
                   int(options.get("dots_per_line", 384 if paper == 58 else 576)),
                   str(options.get("encoding", "gbk")), bool(options.get("chinese_mode", True)),
                   bool(options.get("native_qr", True)), bool(options.get("cut", True)))


def clean_text(text: str) -> str:
    """U+00A5 '¥' becomes 4 bytes in GB18030 and junk on GBK printers: always print '￥'."""
    return text.replace("¥", "￥").replace("\r", "").replace("\t", " ")


def encode_text(text: str, profile: EscPosProfile) -> bytes:
    return clean_text(text).encode(profile.encoding, errors="replace")


def size_byte(width: int, height: int) -> bytes:
    width, height = max(1, min(8, width)), max(1, min(8, height))
    return GS + b"!" + bytes([((width - 1) << 4) | (height - 1)])


def qr_native(payload: str, module: int) -> bytes:
    data = payload.encode("utf-8")
    store_len = len(data) + 3
    return b"".join([
        GS + b"(k" + bytes([4, 0, 49, 65, 50, 0]),  # model 2
        GS + b"(k" + bytes([3, 0, 49, 67, max(1, min(16, module))]),  # module size
        GS + b"(k" + bytes([3, 0, 49, 69, 49]),  # error correction M
        GS + b"(k" + bytes([store_len & 0xFF, store_len >> 8, 49, 80, 48]) + data,
        GS + b"(k" + bytes([3, 0, 49, 81, 48]),  # print
    ])


def raster(bits: list[list[bool]]) -> bytes:
    """``GS v 0`` raster image: rows of dots, 1 = black; width padded to whole bytes."""
    height = len(bits)
    width = len(bits[0]) if bits else 0
    row_bytes = (width + 7) // 8
    body = bytearray()
    for row in bits:
        for byte_index in range(row_bytes):
            value = 0
            for bit in range(8):
                x = byte_index * 8 + bit
                if x < width and row[x]:
                    value |= 0x80 >> bit
            body.append(value)
    return GS + b"v0\x00" + bytes([row_bytes & 0xFF, row_bytes >> 8, height & 0xFF, height >> 8]) + bytes(body)


def qr_raster(payload: str, module: int, max_dots: int) -> bytes:
    """QR as an image for printers without ``GS ( k`` (many 58 mm models)."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = max(1, min(module, max_dots // len(matrix)))
    bits = [[cell for cell in row for _ in range(module)] for row in matrix for _ in range(module)]
    return raster(bits)


def barcode128(data: str, height: int) -> bytes:
    payload = b"{B" + data.encode("ascii", errors="replace")
    return (GS + b"h" + bytes([max(1, min(255, height))]) + GS + b"w\x02" + GS + b"H\x02"
            + GS + b"k\x49" + bytes([len(payload)]) + payload)


class EscPosWriter:
    def __init__(self, profile: EscPosProfile) -> None:
        self.p = profile
        self.out = bytearray()

    def init(self) -> None:
        self.out += INIT
        if self.p.chinese_mode:
            self.out += CHINESE_ON

    def line(self, text: str, *, align: Align = Align.LEFT, bold: bool = False, size: int = 1) -> None:
        self.out += ESC + b"a" + bytes([ALIGN[align]])
        if bold:
            self.out += ESC + b"E\x01"
        if size != 1:
            self.out += size_byte(size, size)
        for part in wrap(clean_text(text), max(1, self.p.columns // size)):
            self.out += encode_text(part, self.p) + LF
        if size != 1:
            self.out += size_byte(1, 1)
        if bold:
            self.out += ESC + b"E\x00"

    def block(self, block: object) -> None:
        width = self.p.columns
        if isinstance(block, Title):
            self.line(block.text, align=Align.CENTER, bold=True, size=block.size)
        elif isinstance(block, Line):
            self.line(block.text, align=block.align, bold=block.bold, size=block.size)
        elif isinstance(block, KeyValue):
            for part in left_right(clean_text(block.left), clean_text(block.right), width):
                self.line(part, bold=block.bold)
        elif isinstance(block, Rule):
            self.line(fit(block.char * width, width))
        elif isinstance(block, BigCode):
            size = 4 if columns(block.text) * 4 <= width else 3 if columns(block.text) * 3 <= width else 2
            self.line(block.text, align=Align.CENTER, bold=True, size=size)
        elif isinstance(block, QR):
            self.out += ESC + b"a\x01"
            if self.p.native_qr:
                self.out += qr_native(block.payload, block.size) + LF
            else:
                self.out += qr_raster(block.payload, block.size, self.p.dots_per_line) + LF
            self.out += ESC + b"a\x00"
        elif isinstance(block, Barcode128):
            self.out += ESC + b"a\x01" + barcode128(block.data, block.height) + LF + ESC + b"a\x00"
        elif isinstance(block, Feed):
            self.out += ESC + b"d" + bytes([max(0, min(255, block.lines))])
        elif isinstance(block, Cut):
            self.cut()

    def cut(self) -> None:
        if self.p.cut:
            self.out += ESC + b"d\x03" + GS + b"VB\x00"  # feed past the tear bar, partial cut


def encode_receipt(receipt: Receipt, profile: EscPosProfile) -> bytes:
    writer = EscPosWriter(profile)
    writer.init()
    for block in receipt.blocks:
        writer.block(block)
    if not receipt.blocks or not isinstance(receipt.blocks[-1], Cut):
        writer.cut()
    if receipt.open_drawer:
        writer.out += ESC + b"p\x00\x19\xfa"
    return bytes(writer.out)
