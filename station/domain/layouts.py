"""Standard documents: device test page, shelf sticker and produce label templates.

Services fill them with plain values; the printing adapter decides the bytes. Sizes follow the
common 40x30 mm and 60x40 mm label rolls sold for thermal label printers in China.
"""

from __future__ import annotations

from station.domain.documents import (
    QR,
    Align,
    Barcode128,
    BigCode,
    Cut,
    KeyValue,
    Label,
    LabelBarcode,
    LabelQR,
    LabelText,
    Line,
    Receipt,
    Rule,
    Title,
)


def self_test_page(station_name: str, printed_at: str) -> Receipt:
    """A self-test slip: Chinese text, the yuan sign, sizes, a QR code, a barcode and a cut."""
    return Receipt((
        Title(station_name or "村站"),
        Line("打印机自检 Printer self-test", align=Align.CENTER),
        Line(printed_at, align=Align.CENTER),
        Rule(),
        Line("中文：收件入库 取件出库 寄件 代购 农产品"),
        KeyValue("金额 Amount", "￥12.50"),
        KeyValue("粗体 Bold", "OK", bold=True),
        BigCode("3-2-0417"),
        QR("https://example.invalid/station/selftest"),
        Barcode128("SF1234567890123"),
        Rule(),
        Line("若以上均清楚可读，打印机工作正常。", align=Align.CENTER),
        Cut(),
    ), title="self-test")


def shelf_sticker(pickup_code: str, waybill: str, carrier: str, date: str) -> Label:
    """40x30 mm sticker on the parcel: pickup code big, carrier, waybill tail, intake date."""
    return Label(40, 30, (
        LabelText(2, 2, pickup_code, size=2),
        LabelText(2, 11, carrier),
        LabelText(2, 16, f"…{waybill[-6:]}"),
        LabelText(2, 22, date),
    ), title=f"sticker {pickup_code}")


def produce_label(*, product: str, grade: str, net_weight: str, farmer: str, village: str, date: str,
                  lot_code: str, trace_payload: str) -> Label:
    """60x40 mm trace label for a produce lot: what, how much, who, where, when, and a QR."""
    return Label(60, 40, (
        LabelText(2, 2, f"{product} {grade}", size=1),
        LabelText(2, 8, f"净重 {net_weight}"),
        LabelText(2, 14, f"{farmer} {village}"),
        LabelText(2, 20, f"采收 {date}"),
        LabelText(2, 26, lot_code),
        LabelQR(40, 4, trace_payload, cell=4),
        LabelBarcode(2, 30, lot_code, height_mm=5),
    ), title=f"lot {lot_code}")


def self_test_label(station_name: str) -> Label:
    return Label(40, 30, (
        LabelText(2, 2, station_name or "村站"),
        LabelText(2, 8, "标签测试 ￥1.00"),
        LabelQR(30, 11, "selftest", cell=3),
        LabelBarcode(2, 20, "TEST123", height_mm=5),
    ), title="label self-test")
