"""The ESC/POS interpreter reads what other software sends and never raises on garbage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from station.printing.escpos import PrinterProfile, encode_receipt
from station.printing.interpreter import (
    Barcode,
    DrawerPulse,
    Image,
    PaperCut,
    PaperFeed,
    PrintedLine,
    StatusQuery,
    Unknown,
    interpret,
    split_jobs,
)
from station.printing.preview import render_receipt
from station.printing.samples import INTAKE_SLIP, PURCHASE_RECEIPT


def test_python_escpos_and_odoo_style_bytes():
    data = (b"\x1b@\x1bt\x00\x1b!\x30BIG\n\x1b!\x00" + "中文".encode("gbk") + b"\n"  # no FS &: not Chinese
            + b"\x1b=\x01\x1bp\x00\x32\x32\x10\x04\x04\x1dV\x00\x1bd\x06\x1dVA\x0a")
    result = interpret(data)
    big, chinese = (i for i in result.items if isinstance(i, PrintedLine))
    assert big.text == "BIG" and (big.runs[0].width, big.runs[0].height) == (2, 2)
    assert chinese.text != "中文" and not result.chinese_mode  # high bytes are code-page characters then
    assert result.drawer_pulses == 1 and result.status_queries == 1 and result.cuts == 2 and result.unknown == 0
    assert [i for i in result.items if isinstance(i, DrawerPulse)] == [DrawerPulse(2, 100)]
    assert [i for i in result.items if isinstance(i, StatusQuery)] == [StatusQuery(b"\x10\x04\x04")]


def test_fs_dot_leaves_chinese_mode():
    data = b"\x1c&" + "中".encode("gbk") + b"\x1c." + "中".encode("gbk") + b"\n"
    assert interpret(data).lines[0][0] == "中" and interpret(data).lines[0][1:] != "中"


def test_parameters_are_never_read_as_text():
    """Image data full of LF and ESC bytes is skipped as a whole."""
    image = b"\x1dv0\x00\x02\x00\x02\x00\x0a\x1b\x40\x0a"
    column_image = b"\x1b*\x00\x03\x00\x0a\x0a\x0a"
    result = interpret(b"\x1b@" + image + column_image + b"ok\n")
    assert result.lines == ["ok"] and result.unknown == 0
    first, second = result.images
    assert (first.width_dots, first.height_dots, first.bits) == (16, 2, b"\x0a\x1b\x40\x0a")
    assert (second.width_dots, second.height_dots, second.scale_x) == (8, 8, 2)


def test_unknown_commands_are_kept_with_their_bytes():
    result = interpret(b"\x1b\xee\x1d\xee\x1c\xeeabc\x07")
    assert [i.data for i in result.items if isinstance(i, Unknown)] == [b"\x1b\xee", b"\x1d\xee", b"\x1c\xee", b"\x07"]
    assert result.lines == ["abc"]


def test_feed_prints_the_line_in_the_buffer_first():
    result = interpret(b"abc\x1bd\x03def\x1bJ\x10")
    assert [type(i) for i in result.items] == [PrintedLine, PaperFeed, PrintedLine, PaperFeed]
    assert result.items[1] == PaperFeed(lines=2)  # the first of the three lines ends "abc"


def test_ends_with_cut_means_nothing_printed_after_the_cut():
    assert interpret(b"a\n\x1dVB\x00\x1bd\x02\x10\x04\x01").ends_with_cut
    assert not interpret(b"a\n\x1dVB\x00b\n").ends_with_cut
    assert not interpret(b"a\n").ends_with_cut


def test_barcode_formats_a_and_b():
    result = interpret(b"\x1dh\x50\x1dw\x03\x1dH\x02\x1dk\x02123456789012\x00\x1dkC\x0c123456789012")
    first, second = (i for i in result.items if isinstance(i, Barcode))
    assert (first.symbology, first.data, first.height, first.module, first.text_below) == ("EAN13", "123456789012",
                                                                                           80, 3, True)
    assert (second.symbology, second.data) == ("EAN13", "123456789012")


def test_every_truncation_of_real_receipts_is_read_without_error():
    for receipt in (INTAKE_SLIP, PURCHASE_RECEIPT):
        for profile in (PrinterProfile(), PrinterProfile(native_qr=False)):
            data = encode_receipt(receipt, profile)
            for cut in range(0, len(data), 7):
                result = interpret(data[:cut])
                assert len(result.items) <= len(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_interpreter_never_raises_on_garbage(data):
    result = interpret(data)
    assert result.unknown >= 0 and isinstance(result.text, str)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_preview_never_raises_on_garbage(data):
    image = render_receipt(interpret(data), 384)
    assert image.width == 384 and image.height <= 20100


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2000), st.binary(min_size=1, max_size=8)), max_size=6))
def test_noise_inside_a_real_receipt_never_raises(insertions):
    data = bytearray(encode_receipt(INTAKE_SLIP, PrinterProfile()))
    for position, noise in insertions:
        data[position % (len(data) + 1):position % (len(data) + 1)] = noise
    result = interpret(bytes(data))
    assert all(isinstance(i, PrintedLine | PaperFeed | PaperCut | Image | Barcode | Unknown | DrawerPulse
                          | StatusQuery) or hasattr(i, "payload") for i in result.items)


def test_jobs_split_only_at_real_resets():
    image_holding_a_reset = b"\x1dv0\x00\x01\x00\x02\x00\x1b@"
    first, second = b"\x1b@\x1c&a\n" + image_holding_a_reset, b"\x1b@\x1c&b\n\x1dVB\x00"
    assert split_jobs(b"") == [] and split_jobs(first + second) == [first, second]
    assert split_jobs(b"junk" + second) == [b"junk", second]
