"""The preview draws what the paper shows: sizes, ink where text and codes are, nothing off the paper."""

from __future__ import annotations

from PIL import Image as PILImage

from station.domain.documents import Barcode128, BigCode, Cut, Line, Receipt
from station.printing import code128
from station.printing.escpos import PrinterProfile, encode_receipt
from station.printing.interpreter import interpret
from station.printing.preview import (
    barcode_image,
    preview_label,
    preview_receipt,
    render_label,
    render_receipt,
)
from station.printing.samples import INTAKE_SLIP, PRODUCE_LABEL, SHELF_STICKER, write_images
from station.printing.tspl import TsplProfile, encode_label, interpret_tspl


def ink_columns(image: PILImage.Image, top: int, bottom: int) -> tuple[int, int]:
    """Leftmost and rightmost column with a dark pixel between two rows."""
    box = PILImage.eval(image.crop((0, top, image.width, bottom)), lambda v: 255 - v).getbbox()
    assert box is not None
    return box[0], box[2]


def test_receipt_sizes_follow_the_paper():
    for profile, dots in ((PrinterProfile(), 384), (PrinterProfile.for_paper(80), 576)):
        image = preview_receipt(encode_receipt(INTAKE_SLIP, profile), dots=dots)
        assert image.width == dots and 600 < image.height < 2000 and image.mode == "L"


def test_big_code_fills_the_line_and_stays_on_the_paper():
    image = render_receipt(interpret(encode_receipt(Receipt((BigCode("3-2-0417"), Cut())), PrinterProfile())))
    left, right = ink_columns(image, 0, 110)
    assert left < 20 and right > 364 and right <= 384


def test_right_aligned_text_ends_at_the_right_edge():
    image = preview_receipt(encode_receipt(Receipt((Line("OK", align="right"),)), PrinterProfile()))
    left, right = ink_columns(image, 0, 40)
    assert 384 - 24 <= left and right <= 384


def test_barcode_bars_are_real_code128():
    bars = barcode_image("SF1234567890123", 2, 40)
    assert bars.width == code128.width_modules("SF1234567890123") * 2 == 290
    image = preview_receipt(encode_receipt(Receipt((Barcode128("SF1234567890123"),)), PrinterProfile()))
    left, right = ink_columns(image, 10, 60)
    assert right - left == 290 and abs((left + right) / 2 - 192) <= 1  # centred


def test_label_sizes_are_8_dots_per_mm():
    assert preview_label(encode_label(PRODUCE_LABEL, TsplProfile())).size == (480, 320)
    assert preview_label(encode_label(SHELF_STICKER, TsplProfile())).size == (480, 320)
    assert render_label(interpret_tspl(b"SIZE 40 mm,30 mm\r\n")).size == (320, 240)


def test_label_text_is_drawn_where_tspl_puts_it():
    image = preview_label(b'SIZE 40 mm,30 mm\r\nCLS\r\nTEXT 80,80,"TSS24.BF2",0,1,1,"\xd6\xd0"\r\nPRINT 1,1\r\n')
    box = PILImage.eval(image.crop((1, 1, 319, 239)), lambda v: 255 - v if v < 128 else 0).getbbox()
    assert box is not None and 78 <= box[0] + 1 <= 84 and box[2] + 1 <= 80 + 24 and 78 <= box[1] + 1


def test_sample_pictures_are_written(tmp_path):
    written = write_images(tmp_path)
    assert [p.name for p in written] == ["receipt-sample.png", "receipt-purchase.png", "receipt-selftest.png",
                                         "label-shelf.png", "label-produce.png"]
    assert all(p.stat().st_size > 2000 for p in written)
