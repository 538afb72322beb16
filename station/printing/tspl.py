"""Labels to TSPL for Gprinter/Xprinter/TSC label printers, and TSPL back to operations.

Text uses the printer's built-in simplified-Chinese font ``TSS24.BF2`` (24x24 dots); the whole
command text is GBK; 203 dpi = 8 dots per millimetre (hardware.md §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from station.domain.documents import Label, LabelBarcode, LabelQR, LabelText

FONT = "TSS24.BF2"


@dataclass(frozen=True)
class TsplProfile:
    dots_per_mm: int = 8
    encoding: str = "gbk"
    font: str = FONT

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> TsplProfile:
        return cls(int(options.get("dots_per_mm", 8)), str(options.get("encoding", "gbk")),
                   str(options.get("font", FONT)))


def quote(text: str) -> str:
    """TSPL strings are in double quotes; a quote inside is written ``\\["]``."""
    return '"' + text.replace("¥", "￥").replace('"', '\\["]').replace("\r", " ").replace("\n", " ") + '"'


def encode_label(label: Label, profile: TsplProfile) -> bytes:
    d = profile.dots_per_mm

    def dots(mm: float) -> int:
        return max(0, round(mm * d))

    lines = [f"SIZE {label.width_mm} mm,{label.height_mm} mm", f"GAP {label.gap_mm} mm,0 mm", "DIRECTION 1",
             "CLS"]
    for element in label.elements:
        if isinstance(element, LabelText):
            size = max(1, min(10, element.size))
            lines.append(f"TEXT {dots(element.x_mm)},{dots(element.y_mm)},\"{profile.font}\",0,{size},{size},"
                         f"{quote(element.text)}")
        elif isinstance(element, LabelQR):
            lines.append(f"QRCODE {dots(element.x_mm)},{dots(element.y_mm)},M,{max(1, min(10, element.cell))},"
                         f"A,0,{quote(element.payload)}")
        elif isinstance(element, LabelBarcode):
            lines.append(f"BARCODE {dots(element.x_mm)},{dots(element.y_mm)},\"128\",{dots(element.height_mm)},"
                         f"1,0,2,2,{quote(element.data)}")
    lines.append(f"PRINT {max(1, label.copies)},1")
    return ("\r\n".join(lines) + "\r\n").encode(profile.encoding, errors="replace")


@dataclass
class TsplInterpretation:
    width_mm: float = 0
    height_mm: float = 0
    texts: list[tuple[int, int, str, int]] = field(default_factory=list)  # x, y (dots), text, size
    qrs: list[tuple[int, int, str, int]] = field(default_factory=list)  # x, y, payload, cell
    barcodes: list[tuple[int, int, str, int]] = field(default_factory=list)  # x, y, data, height
    copies: int = 0
    unknown: int = 0


_STRING = re.compile(r'"((?:\\\["\]|[^"])*)"')


def _unquote(text: str) -> str:
    return text.replace('\\["]', '"')


def interpret_tspl(data: bytes, encoding: str = "gbk") -> TsplInterpretation:
    out = TsplInterpretation()
    text = data.decode(encoding, errors="replace")
    for raw in re.split(r"\r?\n", text):
        line = raw.strip()
        if not line:
            continue
        command, _, rest = line.partition(" ")
        try:
            strings = [_unquote(s) for s in _STRING.findall(rest)]
            numbers = [p.strip() for p in _STRING.sub("", rest).split(",")]
            if command == "SIZE":
                w, h = (float(re.sub(r"[^\d.]", "", p) or 0) for p in rest.split(",")[:2])
                out.width_mm, out.height_mm = w, h
            elif command == "TEXT":
                out.texts.append((int(numbers[0]), int(numbers[1]), strings[-1], int(numbers[4] or 1)))
            elif command == "QRCODE":
                out.qrs.append((int(numbers[0]), int(numbers[1]), strings[-1], int(numbers[3])))
            elif command == "BARCODE":
                out.barcodes.append((int(numbers[0]), int(numbers[1]), strings[-1], int(numbers[3])))
            elif command == "PRINT":
                out.copies += int(numbers[0] or 1)
            elif command not in ("GAP", "DIRECTION", "CLS", "REFERENCE", "DENSITY", "SPEED", "CODEPAGE"):
                out.unknown += 1
        except (ValueError, IndexError):
            out.unknown += 1
    return out
