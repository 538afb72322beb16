"""What a receipt printer does, as operations: the interpreter's output, the preview's input.

Tests assert on these instead of bytes (the design of escpos-tools' ``esc2text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextRun:
    """Characters printed in one style; ``cells`` is each character's width in columns (1 or 2)."""

    text: str
    bold: bool
    width: int
    height: int
    align: int  # 0 left, 1 centre, 2 right
    cells: tuple[int, ...] = ()


@dataclass
class PrintedLine:
    """One printed line (ended by LF or a feed); an empty line is a blank line on the paper."""

    runs: list[TextRun] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def align(self) -> int:
        return self.runs[0].align if self.runs else 0

    @property
    def height(self) -> int:
        return max((r.height for r in self.runs), default=1)

    @property
    def columns(self) -> int:
        return sum(sum(r.cells) * r.width for r in self.runs)


@dataclass(frozen=True)
class PaperFeed:
    lines: int = 0
    dots: int = 0


@dataclass(frozen=True)
class PaperCut:
    partial: bool = True


@dataclass(frozen=True)
class QRCode:
    payload: str
    module: int = 3
    align: int = 1


@dataclass(frozen=True)
class Barcode:
    data: str
    symbology: str = "CODE128"
    height: int = 162
    module: int = 3
    align: int = 0
    text_below: bool = False


@dataclass(frozen=True)
class Image:
    """A raster image; ``bits`` row by row, 1 = black, ``scale`` 2 when printed at double size."""

    width_dots: int
    height_dots: int
    bits: bytes
    align: int = 0
    scale_x: int = 1
    scale_y: int = 1


@dataclass(frozen=True)
class DrawerPulse:
    pin: int  # 2 or 5
    on_ms: int


@dataclass(frozen=True)
class StatusQuery:
    command: bytes


@dataclass(frozen=True)
class Unknown:
    data: bytes


Op = PrintedLine | PaperFeed | PaperCut | QRCode | Barcode | Image | DrawerPulse | StatusQuery | Unknown


@dataclass
class Interpretation:
    items: list[Op] = field(default_factory=list)
    chinese_mode: bool = False  # FS & was seen

    def _of(self, kind: type) -> list:
        return [i for i in self.items if isinstance(i, kind)]

    @property
    def lines(self) -> list[str]:
        return [i.text for i in self._of(PrintedLine)]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def qr_payloads(self) -> list[str]:
        return [i.payload for i in self._of(QRCode)]

    @property
    def barcodes(self) -> list[str]:
        return [i.data for i in self._of(Barcode)]

    @property
    def images(self) -> list[Image]:
        return self._of(Image)

    @property
    def cuts(self) -> int:
        return len(self._of(PaperCut))

    @property
    def drawer_pulses(self) -> int:
        return len(self._of(DrawerPulse))

    @property
    def status_queries(self) -> int:
        return len(self._of(StatusQuery))

    @property
    def unknown(self) -> int:
        return len(self._of(Unknown))

    @property
    def ends_with_cut(self) -> bool:
        """The last thing that marks the paper is followed by a cut."""
        for item in reversed(self.items):
            if isinstance(item, PaperCut):
                return True
            if isinstance(item, QRCode | Barcode | Image) or (isinstance(item, PrintedLine) and item.text.strip()):
                return False
        return False
