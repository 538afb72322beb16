"""Bytes sent to the printer for typical receipts (bar: <= 1.5 KB each) and their encode time."""

from __future__ import annotations

import time

from common import machine

from station.domain.documents import QR, BigCode, Cut, KeyValue, Line, Receipt, Rule, Title
from station.domain.money import format_fen
from station.printing.escpos import EscPosProfile, encode_receipt

INTAKE_SLIP = Receipt((
    Title("和兴村电商服务站"), Line("到件取件凭条"), Rule(), BigCode("3-2-0417"),
    KeyValue("快递", "中通快递"), KeyValue("运单尾号", "…898773"), KeyValue("收件人", "张*  138****5678"),
    KeyValue("到站时间", "2026-11-25 09:31"), Rule(), Line("请凭取件码或手机后四位取件，免费保管 3 天。"), Cut()))
PURCHASE_RECEIPT = Receipt((
    Title("和兴村电商服务站"), Line("代购订单收据"), KeyValue("订单号", "DG-20261125-0042"), KeyValue("客户", "王*英"),
    Rule(),
    *[KeyValue(f"{name} ×{qty}", format_fen(price * qty)) for name, qty, price in
      (("儿童羽绒服 红色 130码", 1, 15900), ("电饭煲 3L", 1, 12900), ("洗衣液 2kg", 2, 3590))],
    Rule(), KeyValue("商品合计", format_fen(36380)), KeyValue("服务费", format_fen(500)), KeyValue("运费", format_fen(0)),
    KeyValue("应付", format_fen(36880), bold=True), KeyValue("已收定金（微信）", format_fen(10000)),
    KeyValue("到货时应收", format_fen(26880), bold=True), Rule(), QR("DG-20261125-0042"),
    Line("凭此单或订单二维码取货", ), Cut()))


def main() -> None:
    print(machine())
    for paper in (58, 80):
        profile = EscPosProfile(paper_mm=paper, columns=32 if paper == 58 else 48,
                                dots_per_line=384 if paper == 58 else 576, native_qr=True)
        for name, receipt in (("intake slip", INTAKE_SLIP), ("purchase receipt", PURCHASE_RECEIPT)):
            start = time.perf_counter()
            for _ in range(200):
                data = encode_receipt(receipt, profile)
            per = (time.perf_counter() - start) / 200 * 1000
            verdict = "PASS" if len(data) <= 1536 else "FAIL"
            print(f"{paper} mm {name:<17} {len(data):5d} bytes ({len(data) * 10 / 9600:.2f} s at 9600 baud)  "
                  f"encode {per:.2f} ms   bar <= 1536 B -> {verdict}")


if __name__ == "__main__":
    main()
