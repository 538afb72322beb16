"""Draw interpreted receipts and labels as images: training mode's virtual printer and the docs.

Dots map to pixels one to one (384/576 dots per line for 58/80 mm receipts, 8 dots/mm for labels),
so the preview shows what the paper would show, including where text wraps.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import qrcode
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from station.printing.interpreter import Image, Interpretation, PrintedLine
from station.printing.text_width import char_columns
from station.printing.tspl import TsplInterpretation

CHAR_HEIGHT = 24  # the printers' 12x24 / 24x24 fonts
COLUMN_DOTS = 12
MARGIN = 8


def default_font_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"


def _font(size: int, font_path: Path | None) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(font_path or default_font_path()), size, index=0)
    except OSError:
        return ImageFont.load_default()


def _qr_image(payload: str, module: int) -> PILImage.Image:
    code = qrcode.QRCode(border=1, box_size=max(1, module), error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def _bars(draw: ImageDraw.ImageDraw, x: int, y: int, data: str, height: int, width: int) -> None:
    """A stand-in for the bar pattern (the printer draws the real CODE128); data printed under it."""
    seed = sum(data.encode()) or 1
    cursor = x
    for i, ch in enumerate(data * 3):
        bar = 1 + (ord(ch) + i + seed) % 3
        if cursor + bar > x + width:
            break
        if i % 2 == 0:
            draw.rectangle([cursor, y, cursor + bar - 1, y + height], fill=0)
        cursor += bar + 1


def render_receipt(result: Interpretation, dots: int = 384, font_path: Path | None = None) -> PILImage.Image:
    rows: list[tuple[int, object]] = []
    height = MARGIN
    for item in result.items:
        if isinstance(item, PrintedLine):
            h = max((r.height for r in item.runs), default=1) * CHAR_HEIGHT + 4
        elif isinstance(item, Image):
            h = item.height_dots + 4
        elif isinstance(item, tuple) and item[0] == "qr":
            h = _qr_image(item[1], 6).height + 8
        else:
            h = 80
        rows.append((height, item))
        height += h
    canvas = PILImage.new("L", (dots, height + MARGIN * 3), 255)
    draw = ImageDraw.Draw(canvas)
    for top, item in rows:
        if isinstance(item, PrintedLine):
            _draw_line(draw, item, top, dots, font_path)
        elif isinstance(item, Image):
            _draw_raster(canvas, item, top, dots)
        elif isinstance(item, tuple) and item[0] == "qr":
            qr = _qr_image(item[1], 6)
            canvas.paste(qr, ((dots - qr.width) // 2, top + 4))
        elif isinstance(item, tuple) and item[0] == "barcode":
            _bars(draw, dots // 6, top, item[1], 50, dots * 2 // 3)
            draw.text((dots // 3, top + 54), item[1], fill=0, font=_font(18, font_path))
    if result.cuts:
        y = canvas.height - MARGIN
        for x in range(0, dots, 12):
            draw.line([x, y, x + 6, y], fill=0)
    return canvas


def _draw_line(draw: ImageDraw.ImageDraw, line: PrintedLine, top: int, dots: int, font_path: Path | None) -> None:
    """Characters sit on the printer's grid: 12 dots per narrow column, 24 per CJK character, times
    the width magnification; so the preview wraps and aligns exactly where the paper does."""
    total = sum(char_columns(ch) * COLUMN_DOTS * run.width for run in line.runs for ch in run.text)
    align = line.runs[0].align if line.runs else 0
    x = 0.0 if align == 0 else (dots - total) / 2 if align == 1 else dots - total
    for run in line.runs:
        font = _font(CHAR_HEIGHT * run.height, font_path)
        for ch in run.text:
            if unicodedata.category(ch).startswith("C"):
                ch = "?"  # a control or unassigned code point: the printer prints a placeholder too
            cell = char_columns(ch) * COLUMN_DOTS * run.width
            glyph = draw.textlength(ch, font=font)
            offset = x + max(0.0, (cell - glyph) / 2)
            draw.text((offset, top), ch, fill=0, font=font)
            if run.bold:
                draw.text((offset + 1, top), ch, fill=0, font=font)
            x += cell


def _draw_raster(canvas: PILImage.Image, image: Image, top: int, dots: int) -> None:
    row_bytes = image.width_dots // 8
    left = max(0, (dots - image.width_dots) // 2)
    for y in range(image.height_dots):
        for byte_index in range(row_bytes):
            index = y * row_bytes + byte_index
            value = image.bits[index] if index < len(image.bits) else 0
            for bit in range(8):
                if value & (0x80 >> bit):
                    x = left + byte_index * 8 + bit
                    if x < dots:
                        canvas.putpixel((x, top + y), 0)


def render_label(result: TsplInterpretation, dots_per_mm: int = 8, font_path: Path | None = None) -> PILImage.Image:
    width = max(1, int(result.width_mm * dots_per_mm))
    height = max(1, int(result.height_mm * dots_per_mm))
    canvas = PILImage.new("L", (width, height), 255)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 0, width - 1, height - 1], outline=180)
    for x, y, text, size in result.texts:
        draw.text((x, y), text, fill=0, font=_font(24 * size, font_path))
    for x, y, payload, cell in result.qrs:
        canvas.paste(_qr_image(payload, cell), (x, y))
    for x, y, data, bar_height in result.barcodes:
        _bars(draw, x, y, data, bar_height, width - x - 8)
        draw.text((x, y + bar_height + 2), data, fill=0, font=_font(18, font_path))
    return canvas
