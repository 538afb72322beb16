"""Receipts as A4/A5 PDF pages (arrival lists for the notice board, day reports, certificates).

Uses reportlab with the bundled WenQuanYi font embedded, so Chinese shows on any viewer and printer.
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
    Feed,
    KeyValue,
    Line,
    Receipt,
    Rule,
    Title,
)
from station.printing.preview import default_font_path

FONT_NAME = "WQYMicroHei"


def register_font(font_path: Path | None = None) -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path or default_font_path()), subfontIndex=0))
    return FONT_NAME


def receipt_pdf(receipt: Receipt, *, page: str = "A4", font_path: Path | None = None) -> bytes:
    font = register_font(font_path)
    size = A5 if page == "A5" else A4
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    pdf.setTitle(receipt.title or "Village Station")
    width, height = size
    left, right, y = 20 * mm, width - 20 * mm, height - 20 * mm

    def need(space: float) -> None:
        nonlocal y
        if y - space < 20 * mm:
            pdf.showPage()
            y = height - 20 * mm

    for block in receipt.blocks:
        if isinstance(block, Title | BigCode):
            points = 20 if isinstance(block, Title) else 36
            need(points * 1.4)
            pdf.setFont(font, points)
            y -= points * 1.2
            pdf.drawCentredString(width / 2, y, block.text)
            y -= points * 0.3
        elif isinstance(block, Line):
            points = 11 * block.size
            need(points * 1.5)
            pdf.setFont(font, points)
            y -= points * 1.4
            if block.align == Align.CENTER:
                pdf.drawCentredString(width / 2, y, block.text)
            elif block.align == Align.RIGHT:
                pdf.drawRightString(right, y, block.text)
            else:
                pdf.drawString(left, y, block.text)
        elif isinstance(block, KeyValue):
            need(16)
            pdf.setFont(font, 11)
            y -= 16
            pdf.drawString(left, y, block.left)
            pdf.drawRightString(right, y, block.right)
        elif isinstance(block, Rule):
            need(10)
            y -= 6
            pdf.line(left, y, right, y)
            y -= 4
        elif isinstance(block, QR):
            need(40 * mm)
            widget = qr.QrCodeWidget(block.payload)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(35 * mm, 35 * mm, transform=[35 * mm / (x1 - x0), 0, 0, 35 * mm / (y1 - y0), 0, 0])
            drawing.add(widget)
            y -= 37 * mm
            renderPDF.draw(drawing, pdf, (width - 35 * mm) / 2, y)
        elif isinstance(block, Barcode128):
            need(22 * mm)
            barcode = code128.Code128(block.data, barHeight=12 * mm, humanReadable=True)
            y -= 20 * mm
            barcode.drawOn(pdf, (width - barcode.width) / 2, y)
        elif isinstance(block, Feed):
            y -= 12 * block.lines
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
