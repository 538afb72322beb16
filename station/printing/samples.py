"""Sample documents (an intake slip, a purchase receipt, two labels) for the docs' pictures, the
receipt-size benchmark and the printing tests; and the command that redraws the pictures:

    .venv/bin/python -m station.printing.samples docs/images
"""

from __future__ import annotations

import sys
from pathlib import Path

from station.domain.documents import (
    QR,
    Align,
    BigCode,
    Cut,
    KeyValue,
    Line,
    Receipt,
    Rule,
    Title,
)
from station.domain.layouts import produce_label, self_test_page
from station.domain.parcel_documents import ParcelSlip

INTAKE_SLIP = Receipt((
    Title("和兴村电商服务站"),
    Line("到件取件凭条", align=Align.CENTER),
    Rule(),
    Line("取件码", align=Align.CENTER),
    BigCode("3-2-0417"),
    KeyValue("快递公司", "中通快递"),
    KeyValue("运单尾号", "…898773"),
    KeyValue("收件人", "张*  138****5678"),
    KeyValue("货架", "3 号架 第 2 层"),
    KeyValue("到站时间", "2026-11-25 09:31"),
    Rule(),
    QR("VS1:P:3-2-0417:898773"),
    Line("请凭取件码或手机后四位取件，免费保管 3 天，逾期每天 ￥0.50。", align=Align.CENTER),
    Cut(),
), title="intake 3-2-0417")

PURCHASE_RECEIPT = Receipt((
    Title("和兴村电商服务站"),
    Line("代购订单收据", align=Align.CENTER),
    KeyValue("订单号", "DG-20261125-0042"),
    KeyValue("客户", "王*英  139****0021"),
    Rule(),
    KeyValue("儿童羽绒服 红色 130码 ×1", "￥159.00"),
    KeyValue("电饭煲 3L ×1", "￥129.00"),
    KeyValue("洗衣液 2kg ×2", "￥71.80"),
    Rule(),
    KeyValue("商品合计", "￥359.80"),
    KeyValue("服务费", "￥5.00"),
    KeyValue("运费", "￥0.00"),
    KeyValue("应付", "￥364.80", bold=True),
    KeyValue("已收定金（微信）", "￥100.00"),
    KeyValue("到货时应收", "￥264.80", bold=True),
    Rule(),
    QR("DG-20261125-0042"),
    Line("凭此单或订单二维码取货", align=Align.CENTER),
    Cut(),
), title="purchase DG-20261125-0042")

# The labels the program prints, from the domain's own templates with sample values: the parcel
# shelf sticker (``ParcelSlip`` of kind 'label', as the intake service builds it) and the produce lot label.
SHELF_STICKER = ParcelSlip("label", "和兴村电商服务站", "3-2-0417",
                           ("中通快递 78512345898773", "张*  138****5678", "2026-11-25 09:31"),
                           "78512345898773").document()
PRODUCE_LABEL = produce_label(product="富士苹果", grade="一级", net_weight="38.600 kg", farmer="王秀英",
                              village="和兴村", date="2026-11-25", lot_code="L20261125-003",
                              trace_payload="https://t.example.cn/L20261125-003")


def write_images(folder: Path) -> list[Path]:
    """Encode the samples for a 58 mm printer and a 203 dpi label printer and draw what they print."""
    from station.printing.escpos import PrinterProfile, encode_receipt
    from station.printing.preview import preview_label, preview_receipt
    from station.printing.tspl import TsplProfile, encode_label

    folder.mkdir(parents=True, exist_ok=True)
    pictures = {
        "receipt-sample.png": preview_receipt(encode_receipt(INTAKE_SLIP, PrinterProfile())),
        "receipt-purchase.png": preview_receipt(encode_receipt(PURCHASE_RECEIPT, PrinterProfile.for_paper(80)),
                                                dots=576),
        "receipt-selftest.png": preview_receipt(encode_receipt(self_test_page("和兴村服务站", "2026-11-25 21:30"),
                                                               PrinterProfile(native_qr=False))),
        "label-shelf.png": preview_label(encode_label(SHELF_STICKER, TsplProfile())),
        "label-produce.png": preview_label(encode_label(PRODUCE_LABEL, TsplProfile())),
    }
    written = []
    for name, image in pictures.items():
        path = folder / name
        image.save(path, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_images(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(written)
