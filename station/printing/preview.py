"""Draw interpreted receipts and labels as images: training mode's virtual printer, and the docs.

Dots map to pixels one to one (384/576 dots per line for 58/80 mm receipts, 8 dots/mm for labels)
and characters sit on the printer's grid (12 x 24 dots per single-byte character, 24 x 24 per
Chinese one, times the size), so the preview wraps, aligns and overflows exactly where the paper
does. Barcodes are real CODE128 bars at the printer's module width; QR codes are real symbols.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import qrcode
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from qrcode.exceptions import DataOverflowError

from station.printing import code128
from station.printing.interpreter import (
    Barcode,
    Image,
    Interpretation,
    PaperCut,
    PaperFeed,
    PrintedLine,
    QRCode,
    interpret,
)
from station.printing.tspl import FONT_CELLS, TsplInterpretation, interpret_tspl

CHAR_HEIGHT = 24  # Font A 12 x 24 and the 24 x 24 Chinese font
COLUMN_DOTS = 12
LINE_GAP = 6  # default line spacing is 30 dots
MARGIN = 8
MAX_HEIGHT = 20000  # garbage can ask for kilometres of paper; the preview stops here
MAX_LABEL_MM = 300


FONT_FILE = "wqy-microhei.ttc"


def default_font_path() -> Path:
    """``<repo>/resources/fonts/wqy-microhei.ttc`` (the app passes its resource path in frozen builds)."""
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts" / FONT_FILE


def font_file(path: Path | str | None) -> Path:
    """The CJK font from a file path, a fonts folder holding it, or the default."""
    if path is None:
        return default_font_path()
    path = Path(path)
    return path / FONT_FILE if path.is_dir() else path


class Glyphs:
    """Characters drawn into printer cells; fonts and glyphs cached for one rendering."""

    def __init__(self, font_path: Path | None) -> None:
        self.path = str(font_file(font_path))
        self._fonts: dict[int, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}
        self._glyphs: dict[tuple[str, int, int, bool, float], PILImage.Image] = {}

    def font(self, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        if size not in self._fonts:
            try:  # index 1 is WenQuanYi Micro Hei Mono: ASCII at exactly half the CJK width
                self._fonts[size] = ImageFont.truetype(self.path, size, index=1)
            except OSError:
                try:
                    self._fonts[size] = ImageFont.truetype(self.path, size, index=0)
                except OSError:
                    self._fonts[size] = ImageFont.load_default()
        return self._fonts[size]

    def glyph(self, ch: str, width: int, height: int, bold: bool, stretch: float = 1.0) -> PILImage.Image:
        """A ``width`` x ``height`` cell mask with ``ch`` in it. A glyph wider than its cell is squeezed
        (the printers' 12 x 24 font is narrow and tall); a narrower one is centred, not widened;
        ``stretch`` is the width/height magnification ratio (GS ! double width only, say)."""
        key = (ch, width, height, bold, stretch)
        if key not in self._glyphs:
            if unicodedata.category(ch)[0] == "C" and ch != "\ufffd":
                ch = "?"  # a control or unassigned code: the printer prints a placeholder too
            font = self.font(height)
            natural = max(1, round(font.getlength(ch))) if hasattr(font, "getlength") else width
            image = PILImage.new("L", (natural + 1, height), 0)
            draw = ImageDraw.Draw(image)
            draw.text((0, round(height * 0.86)), ch, fill=255, font=font, anchor="ls")
            if bold:
                draw.text((1, round(height * 0.86)), ch, fill=255, font=font, anchor="ls")
            drawn = min(width, max(1, round((natural + 1) * stretch)))
            cell = PILImage.new("L", (max(1, width), max(1, height)), 0)
            cell.paste(image.resize((drawn, max(1, height))), ((width - drawn) // 2, 0))
            self._glyphs[key] = cell
        return self._glyphs[key]

    def text(self, canvas: PILImage.Image, x: float, y: int, text: str, cells: tuple[int, ...], cell_dots: int,
             height: int, x_mul: int, bold: bool, y_mul: int = 1) -> float:
        """Draw ``text`` cell by cell from ``x``; returns where the next character would go."""
        for index, ch in enumerate(text):
            cell = (cells[index] if index < len(cells) else 1) * cell_dots * x_mul
            if not ch.isspace():
                canvas.paste(0, (round(x), y), self.glyph(ch, cell, height, bold, x_mul / y_mul))
            x += cell
        return x


def qr_image(payload: str, module: int) -> PILImage.Image | None:
    code = qrcode.QRCode(border=0, box_size=max(1, module), error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload.encode("utf-8", errors="replace"))
    try:
        code.make(fit=True)
    except DataOverflowError:
        return None
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def barcode_image(data: str, module: int, height: int) -> PILImage.Image:
    """CODE128 bars (other symbologies are drawn as CODE128 too: close enough for a preview)."""
    widths = code128.bar_widths(data)
    image = PILImage.new("L", (max(1, sum(widths) * module), max(1, height)), 255)
    draw = ImageDraw.Draw(image)
    x = 0
    for index, w in enumerate(widths):
        if index % 2 == 0:
            draw.rectangle([x, 0, x + w * module - 1, height], fill=0)
        x += w * module
    return image


def _left(align: int, width: int, dots: int) -> int:
    return 0 if align == 0 else (dots - width) // 2 if align == 1 else dots - width


# -- receipts ---------------------------------------------------------------------------------------

def _line_height(line: PrintedLine) -> int:
    return CHAR_HEIGHT * line.height + LINE_GAP


def _image_of(item: object) -> PILImage.Image | None:
    if isinstance(item, QRCode):
        return qr_image(item.payload, item.module)
    if isinstance(item, Barcode):
        bars = barcode_image(item.data, item.module, item.height)
        if not item.text_below:
            return bars
        text_height = CHAR_HEIGHT + 4
        image = PILImage.new("L", (bars.width, bars.height + text_height), 255)
        image.paste(bars, (0, 0))
        return image
    if isinstance(item, Image):
        return raster_image(item)
    return None


def raster_image(item: Image) -> PILImage.Image:
    image = PILImage.frombytes("1", (item.width_dots, item.height_dots), bytes(b ^ 0xFF for b in item.bits))
    image = image.convert("L")
    if item.scale_x != 1 or item.scale_y != 1:
        image = image.resize((image.width * item.scale_x, image.height * item.scale_y), PILImage.NEAREST)
    return image


def render_receipt(result: Interpretation, dots: int = 384, font_path: Path | None = None) -> PILImage.Image:
    """The receipt as printed on ``dots``-wide paper (384 = 58 mm, 576 = 80 mm)."""
    glyphs = Glyphs(font_path)
    placed: list[tuple[int, object, PILImage.Image | None]] = []
    y = MARGIN
    for item in result.items:
        if y > MAX_HEIGHT:
            break
        picture = _image_of(item)
        placed.append((y, item, picture))
        if isinstance(item, PrintedLine):
            y += _line_height(item)
        elif isinstance(item, PaperFeed):
            y += item.lines * (CHAR_HEIGHT + LINE_GAP) + item.dots
        elif isinstance(item, PaperCut):
            y += MARGIN * 2
        elif picture is not None:
            y += picture.height
        elif isinstance(item, QRCode):
            y += CHAR_HEIGHT  # too long to be a QR code: the printer prints nothing useful
    canvas = PILImage.new("L", (dots, min(MAX_HEIGHT, y) + MARGIN * 2), 255)
    draw = ImageDraw.Draw(canvas)
    for top, item, picture in placed:
        if isinstance(item, PrintedLine):
            _draw_line(canvas, glyphs, item, top, dots)
        elif isinstance(item, PaperCut):
            for x in range(0, dots, 12):
                draw.line([x, top + MARGIN, x + 6, top + MARGIN], fill=0)
        elif picture is not None:
            align = getattr(item, "align", 1)
            left = _left(align, picture.width, dots)
            canvas.paste(picture, (left, top))
            if isinstance(item, Barcode) and item.text_below:
                text = code128.printable(item.data)
                width = len(text) * COLUMN_DOTS
                glyphs.text(canvas, _left(align, width, dots), top + item.height + 2, text, (), COLUMN_DOTS,
                            CHAR_HEIGHT, 1, False)
    return canvas


def _draw_line(canvas: PILImage.Image, glyphs: Glyphs, line: PrintedLine, top: int, dots: int) -> None:
    x: float = _left(line.align, line.columns * COLUMN_DOTS, dots)
    base = top + CHAR_HEIGHT * line.height  # runs of different heights share the baseline
    for run in line.runs:
        height = CHAR_HEIGHT * run.height
        x = glyphs.text(canvas, x, base - height, run.text, run.cells, COLUMN_DOTS, height, run.width, run.bold,
                        run.height)


def preview_receipt(data: bytes, *, encoding: str = "gbk", dots: int = 384,
                    font_path: Path | None = None) -> PILImage.Image:
    """Bytes meant for the receipt printer, as the paper would show them."""
    return render_receipt(interpret(data, encoding), dots, font_path)


# -- labels -----------------------------------------------------------------------------------------

def render_label(result: TsplInterpretation, dots_per_mm: int = 8, font_path: Path | None = None) -> PILImage.Image:
    """The label at ``dots_per_mm`` (8 = 203 dpi); whatever falls off the edge is cut off, as on the roll."""
    glyphs = Glyphs(font_path)
    width = max(1, int(min(MAX_LABEL_MM, result.width_mm) * dots_per_mm))
    height = max(1, int(min(MAX_LABEL_MM, result.height_mm) * dots_per_mm))
    canvas = PILImage.new("L", (width, height), 255)
    draw = ImageDraw.Draw(canvas)
    for x1, y1, x2, y2, thickness in result.boxes:
        if thickness:
            draw.rectangle([x1, y1, x2, y2], outline=0, width=max(1, min(50, thickness)))
        else:
            draw.rectangle([x1, y1, x2, y2], fill=0)
    for op in result.texts:
        if op.x > width or op.y > height:
            continue
        cell, cell_height = FONT_CELLS.get(op.font, (12, 24))
        cells = tuple(2 if ord(ch) > 0x7F else 1 for ch in op.text)
        glyphs.text(canvas, op.x, op.y, op.text[:200], cells, cell, cell_height * min(10, op.size),
                    min(10, op.x_mul), False, min(10, op.size))
    for op in result.qrs:
        picture = qr_image(op.payload, min(10, op.cell))
        if picture is not None and op.x < width and op.y < height:
            canvas.paste(picture, (op.x, op.y))
    for op in result.barcodes:
        if op.x > width or op.y > height:
            continue
        canvas.paste(barcode_image(op.data, min(10, op.narrow), min(height, op.height)), (op.x, op.y))
        if op.human_readable:
            text = code128.printable(op.data)
            bars = sum(code128.bar_widths(op.data)) * min(10, op.narrow)
            left = op.x + (bars - len(text) * COLUMN_DOTS) // 2
            glyphs.text(canvas, left, op.y + op.height + 2, text, (), COLUMN_DOTS, CHAR_HEIGHT - 4, 1, False)
    draw.rectangle([0, 0, width - 1, height - 1], outline=190)  # the label's edge, for the eye
    return canvas


def preview_label(data: bytes, *, encoding: str = "gbk", dots_per_mm: int = 8,
                  font_path: Path | None = None) -> PILImage.Image:
    return render_label(interpret_tspl(data, encoding, dots_per_mm), dots_per_mm, font_path)
