"""Receipts and labels survive the trip document -> printer bytes -> interpreter, Chinese included."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.documents import (
    QR,
    Barcode128,
    BigCode,
    Cut,
    KeyValue,
    Label,
    LabelQR,
    LabelText,
    Line,
    Receipt,
    Rule,
    Title,
    from_data,
    to_data,
)
from station.domain.layouts import produce_label, self_test_page, shelf_sticker
from station.printing.escpos import EscPosProfile, encode_receipt
from station.printing.interpreter import interpret
from station.printing.pdf import receipt_pdf
from station.printing.preview import render_label, render_receipt
from station.printing.text_width import columns
from station.printing.tspl import TsplProfile, encode_label, interpret_tspl

SLIP = Receipt((Title("和兴村服务站"), Line("到件通知 收件入库"), BigCode("3-2-0417"),
                KeyValue("保管费", "¥2.00"), KeyValue("合计", "￥25.80", bold=True), Rule(), QR("DG-0042"),
                Barcode128("SF1234567890123"), Cut()))


@pytest.mark.parametrize("native_qr", [True, False])
def test_receipt_round_trip(native_qr):
    data = encode_receipt(SLIP, EscPosProfile(native_qr=native_qr))
    result = interpret(data)
    assert result.lines[:3] == ["和兴村服务站", "到件通知 收件入库", "3-2-0417"]
    assert result.lines[3].startswith("保管费") and result.lines[3].endswith("￥2.00")
    assert result.lines[4].endswith("￥25.80")
    assert result.barcodes == ["SF1234567890123"]
    assert result.qr_payloads == (["DG-0042"] if native_qr else [])
    assert result.ends_with_cut and result.unknown == 0 and result.chinese_mode


def test_yen_sign_is_never_the_gb18030_four_byte_form():
    data = encode_receipt(Receipt((Line("¥5"),)), EscPosProfile(encoding="gb18030"))
    assert b"\x81\x30\x84\x36" not in data and b"\xa3\xa4" in data


def test_chinese_mode_follows_every_reset():
    data = encode_receipt(SLIP, EscPosProfile())
    assert data.count(b"\x1b@") == data.count(b"\x1b@\x1c&") >= 1


def test_58mm_lines_never_exceed_32_columns():
    long = Receipt((Line("代购商品：儿童冬季加厚羽绒服 红色 130码 两件装 包邮"), KeyValue("非常长的项目名称" * 3, "￥123,456.78")))
    result = interpret(encode_receipt(long, EscPosProfile()))
    assert all(columns(line) <= 32 for line in result.lines)


def test_typical_receipt_stays_small():
    assert len(encode_receipt(SLIP, EscPosProfile())) <= 1536


han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
printable = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.one_of(han, printable), max_size=60))
def test_gbk_text_round_trips(text):
    result = interpret(encode_receipt(Receipt((Line(text),)), EscPosProfile(columns=48)))
    assert "".join(result.lines).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_encodes_without_crashing(text):
    data = encode_receipt(Receipt((Line(text), KeyValue(text, text), BigCode(text[:8]))), EscPosProfile())
    interpret(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_interpreter_never_raises_on_garbage(data):
    result = interpret(data)
    render_receipt(result, 384)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_tspl_interpreter_never_raises_on_garbage(data):
    interpret_tspl(data)


def test_label_round_trip_and_preview():
    label = produce_label(product="苹果", grade="一级", net_weight="38.600 kg", farmer="王秀英", village="和兴村",
                          date="2026-11-25", lot_code="L20261125-003", trace_payload="T:L20261125-003")
    data = encode_label(label, TsplProfile())
    assert b"TSS24.BF2" in data and "苹果".encode("gbk") in data
    result = interpret_tspl(data)
    assert (result.width_mm, result.height_mm, result.copies) == (60, 40, 1)
    assert result.texts[0][2] == "苹果 一级"
    assert result.qrs[0][2] == "T:L20261125-003" and result.barcodes[0][2] == "L20261125-003"
    assert render_label(result).size == (480, 320)


def test_quotes_inside_label_text_survive():
    label = Label(40, 30, (LabelText(1, 1, 'say "hi"'), LabelQR(10, 10, 'a"b')))
    result = interpret_tspl(encode_label(label, TsplProfile()))
    assert result.texts[0][2] == 'say "hi"' and result.qrs[0][2] == 'a"b'


def test_documents_survive_the_print_queue_storage_form():
    for document in (SLIP, shelf_sticker("1-1-0001", "YT1234567890123", "圆通", "11-25"), self_test_page("站", "x")):
        assert from_data(to_data(document)) == document


def test_pdf_renders_with_chinese(tmp_path):
    pdf = receipt_pdf(self_test_page("和兴村服务站", "2026-11-25"))
    assert pdf.startswith(b"%PDF") and b"FontFile2" in pdf  # the TrueType font is embedded
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "和兴村服务站" in text and "￥12.50" in text
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
