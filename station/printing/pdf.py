"""Documents as A4/A5 PDF pages (arrival lists for the notice board, day reports, certificates).

The same ``Receipt`` model as the receipt printer, laid out for paper: text wraps at the margins
(Chinese line-breaking rule included), ``KeyValue`` puts the value flush right, ``Cut`` starts a new
page. reportlab with the bundled WenQuanYi Micro Hei embedded (subset), so Chinese shows on any
viewer and office printer.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

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
from station.printing.preview import font_file
from station.printing.text_width import wrap

FONT_NAME = "WQY"
BODY_PT = 11
LEADING = 1.35


def register_font(font_path: Path | None = None) -> str:
    """Register the CJK TrueType font once per process (reportlab keeps a registry of its own)."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_file(font_path)), subfontIndex=0))
    return FONT_NAME


def _clean(text: str) -> str:
    text = text.replace("¥", "￥").replace("\t", " ").replace("\r", "")
    return "".join(ch if ch == "\n" or ord(ch) >= 0x20 else " " for ch in text)


class _Page:
    """A cursor running down the page, starting a new page when the next block does not fit."""

    def __init__(self, pdf: canvas.Canvas, size: tuple[float, float], font: str) -> None:
        self.pdf, self.font = pdf, font
        self.width, self.height = size
        self.margin = 15 * mm if size == A5 else 20 * mm
        self.left, self.right = self.margin, self.width - self.margin
        self.number = 1
        self.y = self.height - self.margin

    def need(self, space: float) -> None:
        if self.y - space < self.margin:
            self.new_page()

    def new_page(self) -> None:
        self.footer()
        self.pdf.showPage()
        self.number += 1
        self.y = self.height - self.margin

    def footer(self) -> None:
        self.pdf.setFont(self.font, 8)
        self.pdf.drawCentredString(self.width / 2, self.margin / 2, str(self.number))

    def lines(self, text: str, points: float, width: float) -> list[str]:
        def measure(ch: str) -> int:
            return round(pdfmetrics.stringWidth(ch, self.font, points) * 100)

        return wrap(_clean(text), max(1, round(width * 100)), measure)

    def draw(self, x: float, text: str, points: float, *, bold: bool = False, align: Align = Align.LEFT) -> None:
        width = pdfmetrics.stringWidth(text, self.font, points)
        if align == Align.CENTER:
            x -= width / 2
        elif align == Align.RIGHT:
            x -= width
        self.pdf.saveState()  # the text render mode outlives the text object: keep it to this one
        obj = self.pdf.beginText(x, self.y)
        obj.setFont(self.font, points)
        if bold:  # the font has no bold face: fill and stroke the outline
            self.pdf.setLineWidth(points * 0.04)
            obj.setTextRenderMode(2)
        obj.textOut(text)
        self.pdf.drawText(obj)
        self.pdf.restoreState()

    def paragraph(self, text: str, points: float, *, bold: bool = False, align: Align = Align.LEFT) -> None:
        x = {Align.LEFT: self.left, Align.CENTER: self.width / 2, Align.RIGHT: self.right}.get(align, self.left)
        for part in self.lines(text, points, self.right - self.left):
            self.need(points * LEADING)
            self.y -= points * LEADING
            self.draw(x, part, points, bold=bold, align=align)

    def key_value(self, block: KeyValue) -> None:
        right = _clean(block.right).replace("\n", " ")
        right_width = pdfmetrics.stringWidth(right, self.font, BODY_PT)
        room = max(self.right - self.left - right_width - 6 * mm, (self.right - self.left) / 3)
        for index, part in enumerate(self.lines(block.left.replace("\n", " "), BODY_PT, room)):
            self.need(BODY_PT * LEADING)
            self.y -= BODY_PT * LEADING
            self.draw(self.left, part, BODY_PT, bold=block.bold)
            if index == 0:
                self.draw(self.right, right, BODY_PT, bold=block.bold, align=Align.RIGHT)

    def qr(self, payload: str) -> None:
        side = 30 * mm
        self.need(side + 4 * mm)
        widget = qr.QrCodeWidget(payload, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        self.y -= side + 2 * mm
        renderPDF.draw(drawing, self.pdf, (self.width - side) / 2, self.y)
        self.y -= 2 * mm

    def barcode(self, data: str) -> None:
        data = "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in data) or "?"
        self.need(22 * mm)
        symbol = code128.Code128(data, barHeight=12 * mm, barWidth=0.3 * mm, humanReadable=False)
        self.y -= 14 * mm
        symbol.drawOn(self.pdf, (self.width - symbol.width) / 2, self.y)
        self.y -= 4 * mm
        self.draw(self.width / 2, data, 9, align=Align.CENTER)
        self.y -= 2 * mm

    def block(self, block: Block, last: bool) -> None:
        if isinstance(block, Title):
            self.paragraph(block.text, 10 * max(1, min(4, block.size)), bold=True, align=Align.CENTER)
            self.y -= 2 * mm
        elif isinstance(block, BigCode):
            self.paragraph(block.text, 36, bold=True, align=Align.CENTER)
        elif isinstance(block, Line):
            self.paragraph(block.text, BODY_PT * max(1, min(4, block.size)), bold=block.bold, align=block.align)
        elif isinstance(block, KeyValue):
            self.key_value(block)
        elif isinstance(block, Rule):
            self.need(4 * mm)
            self.y -= 2 * mm
            self.pdf.setLineWidth(0.5)
            self.pdf.line(self.left, self.y, self.right, self.y)
            self.y -= 2 * mm
        elif isinstance(block, QR):
            self.qr(block.payload)
        elif isinstance(block, Barcode128):
            self.barcode(block.data)
        elif isinstance(block, Feed):
            self.y -= BODY_PT * LEADING * max(0, min(50, block.lines))
        elif isinstance(block, Cut) and not last:
            self.new_page()


def receipt_pdf(receipt: Receipt, *, page: str = "A4", font_path: Path | None = None) -> bytes:
    """The document as a PDF on A4 (default) or A5 paper."""
    font = register_font(font_path)
    size = A5 if page.upper() == "A5" else A4
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    pdf.setTitle(receipt.title or "Village Station")
    cursor = _Page(pdf, size, font)
    for index, block in enumerate(receipt.blocks):
        cursor.block(block, last=index == len(receipt.blocks) - 1)
    cursor.footer()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class PdfWriter:
    """The PDF side of printing as an object ``app.py`` can hand to a service behind a port."""

    def __init__(self, font_path: Path | None = None) -> None:
        self._font_path = font_path

    def render(self, document: Receipt, page: str = "A4") -> bytes:
        return receipt_pdf(document, page=page, font_path=self._font_path)


class PdfRenderer(PdfWriter):
    """The ``station.domain.print_ports.PdfRenderer`` port: what ``app.py`` puts in ``UiContext.extras["pdf"]``."""
