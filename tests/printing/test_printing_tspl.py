"""Labels survive the trip label -> TSPL -> interpreter; templates land on the label."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from station.domain.documents import Label, LabelBarcode, LabelQR, LabelText
from station.domain.layouts import produce_label, self_test_label, shelf_sticker
from station.domain.parcel_documents import ParcelSlip
from station.printing.samples import PRODUCE_LABEL, SHELF_STICKER
from station.printing.tspl import TsplProfile, encode_label, interpret_tspl, overflows, split_labels

PRODUCE = produce_label(product="苹果", grade="一级", net_weight="38.600 kg", farmer="王秀英", village="和兴村",
                        date="2026-11-25", lot_code="L20261125-003", trace_payload="T:L20261125-003")


def test_label_bytes_are_gbk_tspl_lines():
    data = encode_label(PRODUCE, TsplProfile())
    lines = data.split(b"\r\n")
    assert lines[:5] == [b"SIZE 60 mm,40 mm", b"GAP 2 mm,0 mm", b"DIRECTION 1", b"REFERENCE 0,0", b"CLS"]
    assert lines[-2:] == [b"PRINT 1,1", b""]
    assert 'TEXT 16,16,"TSS24.BF2",0,1,1,"苹果 一级"'.encode("gbk") in lines
    assert b'QRCODE 320,32,M,4,A,0,"T:L20261125-003"' in lines
    assert b'BARCODE 16,240,"128",40,1,0,2,2,"L20261125-003"' in lines


def test_label_round_trip():
    result = interpret_tspl(encode_label(PRODUCE, TsplProfile()))
    assert (result.width_mm, result.height_mm, result.gap_mm, result.copies, result.unknown) == (60, 40, 2, 1, 0)
    assert [t.text for t in result.texts] == ["苹果 一级", "净重 38.600 kg", "王秀英 和兴村", "采收 2026-11-25",
                                              "L20261125-003"]
    assert result.texts[0][2] == "苹果 一级" and result.texts[0].font == "TSS24.BF2"
    assert result.qrs[0].payload == "T:L20261125-003" and result.qrs[0].cell == 4
    assert result.barcodes[0].data == "L20261125-003" and result.barcodes[0].height == 40


def test_quotes_yen_and_unencodable_text_inside_labels():
    label = Label(40, 30, (LabelText(1, 1, 'say "hi" ¥5 😀'), LabelQR(10, 10, 'a"b'), LabelBarcode(1, 20, 'X"1')),
                  copies=3)
    data = encode_label(label, TsplProfile())
    assert b"\x81\x30\x84\x36" not in data and b'\\["]' in data
    result = interpret_tspl(data)
    assert result.texts[0].text == 'say "hi" ￥5 ?' and result.qrs[0].payload == 'a"b'
    assert result.barcodes[0].data == 'X"1' and result.copies == 3


def test_other_software_units_and_commands():
    data = (b"SIZE 2,1.5\r\nGAP 0.12,0\r\nSIZE 400 dot,240 dot\r\nCLS\r\nBOX 0,0,100,50,2\r\nBAR 5,5,10,10\r\n"
            b"TEXT 10,10,\"3\",0,2,3,\"A\"\r\nPRINT 2,3\r\nNONSENSE 1\r\nTEXT x\r\n")
    result = interpret_tspl(data)
    assert (result.width_mm, result.height_mm) == (50, 30) and result.copies == 6
    assert result.boxes == [(0, 0, 100, 50, 2), (5, 5, 15, 15, 0)]
    assert (result.texts[0].font, result.texts[0].x_mul, result.texts[0].size) == ("3", 2, 3)
    assert result.unknown == 2


def test_profile_from_device_options():
    assert TsplProfile.from_options({"dpi": 203, "dots_per_mm": 8, "encoding": "gbk", "font": "TSS24.BF2"}) == \
        TsplProfile()
    assert TsplProfile.from_options({"dots_per_mm": 12}).dots_per_mm == 12
    assert TsplProfile.from_options({"dots_per_mm": "x", "encoding": "nope"}) == TsplProfile()


@pytest.mark.parametrize("label", [
    PRODUCE, SHELF_STICKER, PRODUCE_LABEL,
    self_test_label("和兴村电商服务站"),
    shelf_sticker("3-2-0417", "YT1234567890123", "圆通速递", "11-25"),
    ParcelSlip("label", "站", "12-3-4567", ("极兔速递 JT1234567890123", "欧阳秀英 138****5678", "2026-11-25 到站"),
               "JT1234567890123").document(),
], ids=["produce", "sample-shelf", "sample-produce", "self-test", "layouts-shelf", "parcel-sticker"])
def test_templates_land_on_the_label(label):
    assert overflows(label) == []


def test_overflow_and_overlap_are_found():
    label = Label(40, 30, (LabelText(30, 1, "很长的文字"), LabelQR(1, 20, "x" * 50, cell=4), LabelBarcode(1, 25, "ABC")))
    problems = overflows(label)
    assert len(problems) == 4, problems
    assert "LabelText at (30, 1) mm ends at (45.0, 4.0) mm" in problems[0]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_tspl_interpreter_never_raises_on_garbage(data):
    interpret_tspl(data)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=30))
@example("€ ¥ 3-2-0417")
def test_any_text_encodes_and_comes_back_as_what_was_printed(text):
    label = Label(60, 40, (LabelText(1, 1, text), LabelQR(30, 1, text or "x"), LabelBarcode(1, 20, text or "x")))
    result = interpret_tspl(encode_label(label, TsplProfile()))
    assert len(result.texts) == len(result.qrs) == len(result.barcodes) == 1 and result.unknown == 0
    assert len(result.texts[0].text) == len(text.replace("€", "EUR"))  # GBK has no euro sign: spelled out


def test_label_jobs_split_at_size_lines():
    first = encode_label(PRODUCE, TsplProfile())
    second = encode_label(Label(40, 30, (LabelText(1, 1, "SIZE 40 mm"),)), TsplProfile())
    assert split_labels(first + second) == [first, second] and split_labels(b"") == []
