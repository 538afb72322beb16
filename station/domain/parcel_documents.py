"""Parcel slips and shelf stickers as printer-neutral documents (``station.domain.documents``).

Services describe a slip as a big code plus plain lines; ``document()`` lays it out as a receipt for the
receipt printer or a 60 x 40 mm label for the label printer. Phones and ID numbers arrive masked.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.documents import (
    Align,
    Barcode128,
    BigCode,
    Cut,
    Feed,
    Label,
    LabelBarcode,
    LabelText,
    Line,
    Receipt,
    Rule,
    Title,
)

STICKER_W_MM, STICKER_H_MM = 60, 40
STICKER_COLUMNS = 36  # 56 mm of 12-dot cells at 8 dots/mm; a double-byte (GBK) character takes two


def fit_columns(text: str, columns: int) -> str:
    """Cut ``text`` to what a label line holds: non-ASCII characters print double width."""
    out, used = [], 0
    for ch in text:
        width = 1 if ord(ch) < 0x80 else 2
        if used + width > columns:
            break
        out.append(ch)
        used += width
    return "".join(out)


@dataclass(frozen=True, slots=True)
class ParcelSlip:
    """``kind`` is 'label' (shelf sticker) or 'receipt' (intake slip, handover receipt, lists)."""

    kind: str
    title: str
    big_text: str
    lines: tuple[str, ...]
    barcode: str = ""

    def document(self) -> Receipt | Label:
        if self.kind == "label":
            elements: list = [LabelText(2, 2, self.big_text, size=3)]
            y = 13.0
            for text in self.lines[:3]:
                elements.append(LabelText(2, y, fit_columns(text, STICKER_COLUMNS)))
                y += 4
            if self.barcode:
                elements.append(LabelBarcode(2, y + 1, self.barcode, height_mm=6))
            return Label(STICKER_W_MM, STICKER_H_MM, tuple(elements), title=self.big_text)
        blocks: list = [Title(self.title, size=1)] if self.title else []
        if self.big_text:
            blocks.append(BigCode(self.big_text))
        blocks.append(Rule())
        blocks.extend(Line(text) for text in self.lines)
        if self.barcode:
            blocks.append(Barcode128(self.barcode))
        blocks.extend([Line("", Align.CENTER), Feed(2), Cut()])
        return Receipt(tuple(blocks), title=self.title)
