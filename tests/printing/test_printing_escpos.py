"""Receipts survive the trip document -> ESC/POS bytes -> interpreter, Chinese and ￥ included."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.documents import (
    QR,
    Barcode128,
    BigCode,
    Cut,
    Feed,
    KeyValue,
    Line,
    Receipt,
    Rule,
    Title,
)
from station.printing.escpos import EscPosProfile, PrinterProfile, encode_receipt, encode_text
from station.printing.interpreter import Image, PrintedLine, QRCode, interpret
from station.printing.samples import INTAKE_SLIP, PURCHASE_RECEIPT

SLIP = Receipt((Title("和兴村服务站"), Line("到件通知 收件入库"), BigCode("3-2-0417"),
                KeyValue("保管费", "¥2.00"), KeyValue("合计", "￥25.80", bold=True), Rule(), QR("DG-0042"),
                Barcode128("SF1234567890123"), Cut()))
PROFILES = [PrinterProfile(), PrinterProfile.for_paper(80), PrinterProfile(encoding="gb18030", native_qr=False)]


def printed_lines(data: bytes) -> list[PrintedLine]:
    return [i for i in interpret(data).items if isinstance(i, PrintedLine)]


@pytest.mark.parametrize("native_qr", [True, False])
def test_receipt_round_trip(native_qr):
    result = interpret(encode_receipt(SLIP, PrinterProfile(native_qr=native_qr)))
    assert result.lines[:3] == ["和兴村服务站", "到件通知 收件入库", "3-2-0417"]
    assert result.lines[3].startswith("保管费") and result.lines[3].endswith("￥2.00")
    assert result.lines[4].startswith("合计") and result.lines[4].endswith("￥25.80")
    assert result.barcodes == ["SF1234567890123"]
    if native_qr:
        assert result.qr_payloads == ["DG-0042"]
    else:  # sent as a picture: no payload to read back, but an image where the QR goes
        assert result.qr_payloads == [] and len(result.images) == 1
    assert result.ends_with_cut and result.unknown == 0 and result.chinese_mode


def test_styles_come_back():
    lines = printed_lines(encode_receipt(SLIP, PrinterProfile()))
    title, _, code, _, total = lines[:5]
    assert (title.runs[0].bold, title.runs[0].width, title.align) == (True, 2, 1)
    assert (code.runs[0].width, code.runs[0].height, code.align) == (4, 4, 1)  # the pickup code fills the line
    assert total.runs[0].bold and not lines[3].runs[0].bold


def test_yen_sign_is_never_the_gb18030_four_byte_form():
    for profile in PROFILES:
        data = encode_receipt(Receipt((Line("¥5"), KeyValue("合计", "¥5.00"), Title("¥"), BigCode("¥1"))), profile)
        assert b"\x81\x30\x84\x36" not in data and data.count(b"\xa3\xa4") == 4


def test_chinese_mode_follows_every_reset():
    for profile in PROFILES:
        data = encode_receipt(SLIP, profile)
        assert data.startswith(b"\x1b@\x1c&") and data.count(b"\x1b@") == data.count(b"\x1b@\x1c&") == 1


def test_no_chinese_mode_when_the_profile_says_so():
    data = encode_receipt(SLIP, PrinterProfile(chinese_mode=False))
    assert b"\x1c&" not in data


@pytest.mark.parametrize("profile", [PrinterProfile(), PrinterProfile.for_paper(80)])
def test_lines_never_exceed_the_paper(profile):
    long = Receipt((Line("代购商品：儿童冬季加厚羽绒服 红色 130码 两件装 包邮" * 2),
                    KeyValue("非常长的项目名称" * 3, "￥123,456.78"), KeyValue("短", "很长很长的右边" * 5),
                    KeyValue("数量 ×2 · 单价…", "—￥1.00"), Title("和兴村电商服务站（总站）"), BigCode("12-34-56789")))
    for line in printed_lines(encode_receipt(long, profile)):
        assert line.columns <= profile.columns, line.text


def test_ambiguous_width_characters_count_as_the_printer_prints_them():
    """'×' is one column for Unicode but a double-byte GBK glyph on the paper: 21 + 7 columns by Unicode,
    26 + 7 on the paper, so the key wraps instead of pushing the amount off the line."""
    lines = printed_lines(encode_receipt(Receipt((KeyValue("洗衣液 ×2 ×2 ×2 ×2 ×2", "￥71.80"),)), PrinterProfile()))
    assert [line.columns for line in lines] == [23, 32] and lines[1].text.endswith("￥71.80")


def test_nothing_is_cut_off_a_key_value():
    lines = interpret(encode_receipt(Receipt((KeyValue("合计", "一二三四五六七八九十" * 2),)), PrinterProfile())).lines
    assert "".join(line.strip() for line in lines).replace("合计", "") == "一二三四五六七八九十" * 2


def test_closing_punctuation_does_not_start_a_line():
    lines = interpret(encode_receipt(Receipt((Line("若以上均清楚可读，打印机工作正常。"),)), PrinterProfile())).lines
    assert lines[:2] == ["若以上均清楚可读，打印机工作正", "常。"]


def test_unencodable_and_control_characters_print_as_question_marks():
    data = encode_receipt(Receipt((Line("a\x1b@b\x1dV\x00c😀€\ue000"),)), PrinterProfile())
    assert interpret(data).lines[0] == "a?@b?V?c?EUR?"
    assert data.count(b"\x1b@") == 1 and data.count(b"\x1dV") == 1  # no command smuggled in with the text


def test_barcode_uses_code_c_for_digits_and_fits_58mm():
    data = encode_receipt(Receipt((Barcode128("SF1234567890123"),)), PrinterProfile())
    assert b"\x1dk\x49\x0d{BSF1{C" in data and b"\x1dw\x02" in data


def test_a_wide_barcode_gets_thin_bars_and_one_too_wide_for_the_paper_is_printed_as_text():
    thin = interpret(encode_receipt(Receipt((Barcode128("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),)), PrinterProfile()))
    assert [(b.data, b.module) for b in thin.items if hasattr(b, "symbology")] == [("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)]
    data = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmn"
    result = interpret(encode_receipt(Receipt((Barcode128(data),)), PrinterProfile()))
    assert result.barcodes == [] and data in "".join(result.lines)


def test_raster_qr_is_small_and_centred():
    result = interpret(encode_receipt(Receipt((QR("DG-20261125-0042"),)), PrinterProfile(native_qr=False)))
    image = result.images[0]
    assert (image.scale_x, image.scale_y, image.align) == (2, 2, 1)
    assert image.width_dots * 2 <= 384


def test_qr_too_long_for_any_symbol_is_printed_as_text():
    payload = "x" * 3000
    for profile in (PrinterProfile(), PrinterProfile(native_qr=False)):
        result = interpret(encode_receipt(Receipt((QR(payload),)), profile))
        assert result.qr_payloads == [] and "".join(result.lines) == payload


def test_drawer_pulse_on_the_configured_pin_after_the_cut():
    data = encode_receipt(Receipt((Line("x"),), open_drawer=True), PrinterProfile(drawer_pin=5))
    assert data.endswith(b"\x1bp\x01\x19\xfa")
    assert interpret(data).drawer_pulses == 1


def test_feed_and_no_cut_profile():
    data = encode_receipt(Receipt((Line("x"), Feed(2))), PrinterProfile(cut=False))
    result = interpret(data)
    assert result.cuts == 0 and b"\x1bd\x02" in data and b"\x1bd\x03" in data  # still fed past the tear bar


def test_profile_from_device_options():
    assert PrinterProfile.from_options({}) == PrinterProfile()
    wide = PrinterProfile.from_options({"paper_mm": 80, "encoding": "gb18030", "native_qr": False, "drawer_pin": 5})
    assert (wide.columns, wide.dots_per_line, wide.encoding, wide.native_qr, wide.drawer_pin) == (48, 576, "gb18030",
                                                                                                  False, 5)
    broken = PrinterProfile.from_options({"paper_mm": "x", "encoding": "no-such-codec", "columns": None})
    assert (broken.paper_mm, broken.encoding, broken.columns) == (58, "gbk", 32)
    assert PrinterProfile.from_options({"chinese_mode_command": False}).chinese_mode is False
    assert EscPosProfile is PrinterProfile


def test_encode_text_maps_yen_and_replaces_the_rest():
    assert encode_text("¥中😀", PrinterProfile(encoding="gb18030")) == b"\xa3\xa4\xd6\xd0?"


@pytest.mark.parametrize("receipt", [INTAKE_SLIP, PURCHASE_RECEIPT])
def test_typical_receipts_stay_under_1_5_kb(receipt):
    for profile in PROFILES:
        assert len(encode_receipt(receipt, profile)) <= 1536



gbk_char = st.characters(codec="gbk").filter(lambda ch: ch >= " " and ch != "\x7f" and not "\ue000" <= ch <= "\uf8ff")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=gbk_char, max_size=80), st.sampled_from(PROFILES))
def test_gbk_text_round_trips(text, profile):
    result = interpret(encode_receipt(Receipt((Line(text),)), profile), profile.encoding)
    assert "".join(result.lines) == text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.integers(-3, 12), st.sampled_from(PROFILES))
def test_any_text_encodes_without_crashing_and_fits(text, size, profile):
    receipt = Receipt((Line(text, size=size), KeyValue(text, text, bold=True), BigCode(text[:8]), Title(text, size),
                       Rule(text[:2]), QR(text), Barcode128(text), Feed(size)))
    data = encode_receipt(receipt, profile)
    assert b"\x81\x30\x84\x36" not in data
    result = interpret(data, profile.encoding)
    assert result.unknown == 0 and result.ends_with_cut
    assert all(line.columns <= profile.columns for line in result.items if isinstance(line, PrintedLine))
    if text and profile.native_qr:
        assert any(isinstance(item, QRCode) for item in result.items) or "".join(result.lines)
    assert all(isinstance(item, Image) for item in result.images)
