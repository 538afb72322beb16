"""Labels to TSPL for Gprinter/Xprinter/TSC/HPRT label printers, TSPL back to operations, and a
check that every element of a label lands on the label.

Text uses the printer's built-in simplified-Chinese font ``TSS24.BF2`` (24 x 24 dots for a GBK
double-byte character, 12 x 24 for a single byte); the whole command text is GBK with ``\\r\\n``
line ends; 203 dpi = 8 dots per millimetre (hardware.md §3). Status queries (``ESC ! ?``) belong to
the device layer.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import qrcode
from qrcode.exceptions import DataOverflowError

from station.domain.documents import Label, LabelBarcode, LabelQR, LabelText
from station.printing import code128

FONT = "TSS24.BF2"
BARCODE_NARROW = 2  # dots; 0.25 mm bars
HRI_DOTS = 24  # the human-readable line TSPL prints under a barcode
# Built-in TSPL bitmap fonts: name -> (dots per single-byte character, height).
FONT_CELLS = {"1": (8, 12), "2": (12, 20), "3": (16, 24), "4": (24, 32), "5": (32, 48), "6": (14, 19),
              "7": (21, 27), "8": (14, 25), "TSS24.BF2": (12, 24), "TSS16.BF2": (8, 16), "TST24.BF2": (12, 24)}


@dataclass(frozen=True)
class TsplProfile:
    dots_per_mm: int = 8
    encoding: str = "gbk"
    font: str = FONT

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> TsplProfile:
        try:
            dots = int(options.get("dots_per_mm", 8))
        except (TypeError, ValueError):
            dots = 8
        encoding = str(options.get("encoding", "gbk"))
        try:
            codecs.lookup(encoding)
        except LookupError:
            encoding = "gbk"
        return cls(dots if dots in (8, 12, 24) else 8, encoding, str(options.get("font", FONT)) or FONT)


def printable(text: str, encoding: str = "gbk") -> str:
    """What the label font can print: '¥' as '￥', one line, unencodable characters as '?'."""
    text = text.replace("¥", "￥").replace("€", "EUR").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    out = []
    for ch in text:
        try:
            raw = ch.encode(encoding)
        except UnicodeError:
            raw = b"?"
        ok = 0x20 <= ord(ch) and not (0x7F <= ord(ch) < 0xA0 or 0xE000 <= ord(ch) <= 0xF8FF) and len(raw) <= 2
        out.append(ch if ok else "?")
    return "".join(out)


def quote(text: str, encoding: str = "gbk") -> str:
    """TSPL strings are in double quotes; a quote inside is written ``\\["]``."""
    return '"' + printable(text, encoding).replace('"', '\\["]') + '"'


def text_dots(text: str, x_mul: int = 1, font: str = FONT, encoding: str = "gbk") -> int:
    """Width of ``text`` in the label font: a double-byte character takes two single-byte cells."""
    cell = FONT_CELLS.get(font, (12, 24))[0]
    return sum(cell * min(2, len(_bytes(ch, encoding))) for ch in printable(text, encoding)) * x_mul


def _bytes(ch: str, encoding: str) -> bytes:
    try:
        return ch.encode(encoding)
    except UnicodeError:
        return b"?"


def qr_modules(payload: str) -> int:
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload.encode("utf-8", errors="replace"))
    try:
        code.make(fit=True)
    except DataOverflowError:
        return 0
    return len(code.get_matrix())


def encode_label(label: Label, profile: TsplProfile) -> bytes:
    d, enc = profile.dots_per_mm, profile.encoding

    def dots(mm: float) -> int:
        return max(0, round(mm * d))

    lines = [f"SIZE {label.width_mm} mm,{label.height_mm} mm", f"GAP {label.gap_mm} mm,0 mm", "DIRECTION 1",
             "REFERENCE 0,0", "CLS"]
    for element in label.elements:
        if isinstance(element, LabelText):
            size = max(1, min(10, element.size))
            lines.append(f"TEXT {dots(element.x_mm)},{dots(element.y_mm)},\"{profile.font}\",0,{size},{size},"
                         f"{quote(element.text, enc)}")
        elif isinstance(element, LabelQR):
            lines.append(f"QRCODE {dots(element.x_mm)},{dots(element.y_mm)},M,{max(1, min(10, element.cell))},"
                         f"A,0,{quote(element.payload, enc)}")
        elif isinstance(element, LabelBarcode):
            lines.append(f"BARCODE {dots(element.x_mm)},{dots(element.y_mm)},\"128\",{max(1, dots(element.height_mm))},"
                         f"1,0,{BARCODE_NARROW},{BARCODE_NARROW},{quote(code128.printable(element.data), enc)}")
    lines.append(f"PRINT {max(1, label.copies)},1")
    return ("\r\n".join(lines) + "\r\n").encode(enc, errors="replace")


def element_box(element: LabelText | LabelQR | LabelBarcode, profile: TsplProfile) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) in dots of what the printer puts on the label for one element."""
    d = profile.dots_per_mm
    x, y = round(element.x_mm * d), round(element.y_mm * d)
    if isinstance(element, LabelText):
        size = max(1, min(10, element.size))
        height = FONT_CELLS.get(profile.font, (12, 24))[1] * size
        return x, y, x + text_dots(element.text, size, profile.font, profile.encoding), y + height
    if isinstance(element, LabelQR):
        side = qr_modules(element.payload) * max(1, min(10, element.cell))
        return x, y, x + side, y + side
    width = code128.width_modules(code128.printable(element.data)) * BARCODE_NARROW
    return x, y, x + width, y + max(1, round(element.height_mm * d)) + HRI_DOTS


def overflows(label: Label, profile: TsplProfile | None = None) -> list[str]:
    """Elements that would be cut off at the label's edge, or overlap another element; [] when none."""
    profile = profile or TsplProfile()
    d = profile.dots_per_mm
    width, height = label.width_mm * d, label.height_mm * d
    problems: list[str] = []
    boxes = [(element, element_box(element, profile)) for element in label.elements]
    for element, (_, _, right, bottom) in boxes:
        if right > width or bottom > height:
            problems.append(f"{type(element).__name__} at ({element.x_mm}, {element.y_mm}) mm ends at "
                            f"({right / d:.1f}, {bottom / d:.1f}) mm, label is {label.width_mm} x {label.height_mm} mm")
    for index, (first, a) in enumerate(boxes):
        for second, b in boxes[index + 1:]:
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                problems.append(f"{type(first).__name__} at ({first.x_mm}, {first.y_mm}) mm overlaps "
                                f"{type(second).__name__} at ({second.x_mm}, {second.y_mm}) mm")
    return problems


# -- TSPL back into operations -----------------------------------------------------------------------

class TextOp(NamedTuple):
    x: int
    y: int
    text: str
    size: int  # y multiplier
    font: str = FONT
    x_mul: int = 1
    rotation: int = 0


class QROp(NamedTuple):
    x: int
    y: int
    payload: str
    cell: int
    ecc: str = "M"


class BarcodeOp(NamedTuple):
    x: int
    y: int
    data: str
    height: int
    kind: str = "128"
    narrow: int = BARCODE_NARROW
    human_readable: bool = True


@dataclass
class TsplInterpretation:
    width_mm: float = 0
    height_mm: float = 0
    gap_mm: float = 0
    texts: list[TextOp] = field(default_factory=list)
    qrs: list[QROp] = field(default_factory=list)
    barcodes: list[BarcodeOp] = field(default_factory=list)
    boxes: list[tuple[int, int, int, int, int]] = field(default_factory=list)  # x1, y1, x2, y2, thickness
    copies: int = 0
    cleared: bool = False
    unknown: int = 0


_STRING = re.compile(r'"((?:\\\["\]|[^"])*)"')
_SETUP = frozenset({"DIRECTION", "REFERENCE", "DENSITY", "SPEED", "CODEPAGE", "OFFSET", "SHIFT", "SET", "CLS",
                    "HOME", "FEED", "BACKFEED", "FORMFEED", "LIMITFEED", "SOUND", "CUT", "EOP", "BLINE"})


def split_labels(data: bytes) -> list[bytes]:
    """A label printer's whole input cut into jobs at each line that starts with ``SIZE``."""
    data = bytes(data)
    starts = sorted({0, len(data), *(m.start() + 1 for m in re.finditer(rb"\nSIZE ", data))})
    return [data[a:b] for a, b in itertools.pairwise(starts)]


def _unquote(text: str) -> str:
    return text.replace('\\["]', '"')


def _length_mm(value: str, dots_per_mm: int) -> float:
    """``50 mm``, ``400 dot`` or inches (``2``) as millimetres."""
    number = float(re.sub(r"[^\d.]", "", value) or 0)
    if "mm" in value:
        return number
    if "dot" in value:
        return number / dots_per_mm
    return number * 25.4


def interpret_tspl(data: bytes, encoding: str = "gbk", dots_per_mm: int = 8) -> TsplInterpretation:
    """Read a TSPL job line by line; a line that does not parse is counted as unknown, never raised."""
    out = TsplInterpretation()
    try:
        text = bytes(data).decode(encoding, errors="replace")
    except LookupError:
        text = bytes(data).decode("gbk", errors="replace")
    for raw in re.split(r"\r?\n|\r", text):
        line = raw.strip()
        if line:
            try:
                _command(line, out, dots_per_mm)
            except (ValueError, IndexError, OverflowError):
                out.unknown += 1
    return out


def _command(line: str, out: TsplInterpretation, dots_per_mm: int) -> None:
    command, _, rest = line.partition(" ")
    command = command.upper()
    strings = [_unquote(s) for s in _STRING.findall(rest)]
    numbers = [p.strip() for p in _STRING.sub("", rest).split(",")]
    if command == "SIZE":
        w, h = rest.split(",")[:2]
        out.width_mm, out.height_mm = _length_mm(w, dots_per_mm), _length_mm(h, dots_per_mm)
    elif command == "GAP":
        out.gap_mm = _length_mm(rest.split(",")[0], dots_per_mm)
    elif command == "TEXT":
        out.texts.append(TextOp(int(numbers[0]), int(numbers[1]), strings[-1], max(1, int(numbers[5] or 1)),
                                strings[0] if len(strings) > 1 else numbers[2], max(1, int(numbers[4] or 1)),
                                int(numbers[3] or 0)))
    elif command == "QRCODE":
        out.qrs.append(QROp(int(numbers[0]), int(numbers[1]), strings[-1], max(1, int(numbers[3])), numbers[2]))
    elif command == "BARCODE":
        out.barcodes.append(BarcodeOp(int(numbers[0]), int(numbers[1]), strings[-1], int(numbers[3]), strings[0],
                                      max(1, int(numbers[6] or 1)), numbers[4] != "0"))
    elif command in ("BOX", "BAR"):
        x1, y1, a, b = (int(v) for v in numbers[:4])
        out.boxes.append((x1, y1, a, b, int(numbers[4])) if command == "BOX" else (x1, y1, x1 + a, y1 + b, 0))
    elif command == "PRINT":
        sets = int(numbers[0] or 1)
        out.copies += sets * (int(numbers[1] or 1) if len(numbers) > 1 else 1)
    elif command == "CLS":
        out.cleared = True
    elif command not in _SETUP:
        out.unknown += 1
