"""Bytes sent to the printer for typical receipts (bar: <= 1.5 KB each) and their encode time.

Run by path: ``.venv/bin/python bench/bench_receipt.py``. The documents are the printing samples
(``station.printing.samples``): an intake slip with its pickup code and QR, a three-item purchase
receipt; each encoded for a 58 mm and an 80 mm printer, with the printer's own QR command and with
the QR sent as a raster image (printers without ``GS ( k``, such as the Xprinter/Zjiang 58 mm models
in the device profiles).
"""

from __future__ import annotations

import time

from common import machine

from station.printing.escpos import PrinterProfile, encode_receipt
from station.printing.samples import INTAKE_SLIP, PURCHASE_RECEIPT

BAR_BYTES = 1536
ROUNDS = 200


def main() -> None:
    print(machine())
    failures = 0
    for paper in (58, 80):
        for native_qr in (True, False):
            profile = PrinterProfile.for_paper(paper, native_qr=native_qr, encoding="gb18030")
            for name, receipt in (("intake slip", INTAKE_SLIP), ("purchase receipt", PURCHASE_RECEIPT)):
                start = time.perf_counter()
                for _ in range(ROUNDS):
                    data = encode_receipt(receipt, profile)
                per_ms = (time.perf_counter() - start) / ROUNDS * 1000
                verdict = "PASS" if len(data) <= BAR_BYTES else "FAIL"
                failures += verdict == "FAIL"
                qr = "native QR" if native_qr else "raster QR"
                print(f"{paper} mm {qr:<9} {name:<17} {len(data):5d} bytes "
                      f"({len(data) * 10 / 9600:.2f} s at 9600 baud)  encode {per_ms:.2f} ms   "
                      f"bar <= {BAR_BYTES} B -> {verdict}")
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
