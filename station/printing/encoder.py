"""The ``DocumentEncoder`` port: receipts to ESC/POS, labels to TSPL, per printer profile."""

from __future__ import annotations

from typing import Any

from station.domain.documents import Label, Receipt
from station.printing.escpos import EscPosProfile, encode_receipt
from station.printing.tspl import TsplProfile, encode_label


class PrinterEncoder:
    def encode(self, document: Receipt | Label, options: dict[str, Any]) -> bytes:
        if isinstance(document, Label):
            return encode_label(document, TsplProfile.from_options(options))
        return encode_receipt(document, EscPosProfile.from_options(options))
