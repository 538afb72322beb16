"""Printer-neutral documents that services build: receipts and slips, and labels.

Services describe *what* to print; ``station.printing`` turns it into ESC/POS, TSPL or PDF for the
printer at hand and back into a preview. Amounts arrive already formatted (``format_fen``), so the
document never holds money as anything but text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from station.domain.errors import DomainError


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    size: int = 2  # character magnification 1-4 (width and height)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    size: int = 1


@dataclass(frozen=True, slots=True)
class KeyValue:
    """``left`` flush left, ``right`` flush right on one line (``合计        ￥25.80``)."""

    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    char: str = "-"


@dataclass(frozen=True, slots=True)
class QR:
    payload: str
    size: int = 6  # module size in dots


@dataclass(frozen=True, slots=True)
class Barcode128:
    data: str
    height: int = 60  # dots


@dataclass(frozen=True, slots=True)
class BigCode:
    """A pickup code printed as large as the paper allows, centred (``3-2-0417``)."""

    text: str


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    pass


Block = Title | Line | KeyValue | Rule | QR | Barcode128 | BigCode | Feed | Cut


@dataclass(frozen=True, slots=True)
class Receipt:
    """A slip on the receipt printer (58 or 80 mm) or an A4/A5 PDF page."""

    blocks: tuple[Block, ...]
    title: str = ""  # what the job is called in the print queue
    open_drawer: bool = False


@dataclass(frozen=True, slots=True)
class LabelText:
    x_mm: float
    y_mm: float
    text: str
    size: int = 1  # multiples of the printer's 24-dot Chinese font


@dataclass(frozen=True, slots=True)
class LabelQR:
    x_mm: float
    y_mm: float
    payload: str
    cell: int = 4  # dots per module


@dataclass(frozen=True, slots=True)
class LabelBarcode:
    x_mm: float
    y_mm: float
    data: str
    height_mm: float = 10


LabelElement = LabelText | LabelQR | LabelBarcode


@dataclass(frozen=True, slots=True)
class Label:
    width_mm: int
    height_mm: int
    elements: tuple[LabelElement, ...]
    gap_mm: int = 2
    copies: int = 1
    title: str = ""


_TYPES: dict[str, type] = {cls.__name__: cls for cls in (
    Title, Line, KeyValue, Rule, QR, Barcode128, BigCode, Feed, Cut, Receipt, LabelText, LabelQR,
    LabelBarcode, Label)}
DATA_FORMAT = 1  # version of the stored form; data without it is the same form


def to_data(document: Receipt | Label) -> dict[str, Any]:
    """A JSON-ready form, kept with a print job so it can be reprinted on another printer later."""

    def encode(obj: Any) -> Any:
        if hasattr(obj, "__dataclass_fields__"):
            return {"type": type(obj).__name__,
                    **{k: encode(getattr(obj, k)) for k in obj.__dataclass_fields__}}
        if isinstance(obj, tuple | list):
            return [encode(item) for item in obj]
        if isinstance(obj, StrEnum):
            return obj.value
        return obj

    return {**encode(document), "format": DATA_FORMAT}


def from_data(data: dict[str, Any]) -> Receipt | Label:
    """The document back from ``to_data``; fields this version does not know are ignored.

    Raises ``DomainError('print.document_unreadable')`` for data that is not a document (a damaged
    or future print job), so the print queue can hold the job instead of failing.
    """

    def decode(obj: Any) -> Any:
        if isinstance(obj, dict) and "type" in obj:
            cls = _TYPES[obj["type"]]
            kwargs = {k: decode(v) for k, v in obj.items() if k in cls.__dataclass_fields__}
            for key, value in kwargs.items():
                if isinstance(value, list):
                    kwargs[key] = tuple(value)
            if cls is Line and "align" in kwargs:
                kwargs["align"] = Align(kwargs["align"])
            return cls(**kwargs)
        if isinstance(obj, list):
            return [decode(item) for item in obj]
        return obj

    try:
        document = decode(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError("print.document_unreadable", reason=type(exc).__name__) from exc
    if not isinstance(document, Receipt | Label):
        raise DomainError("print.document_unreadable", reason="not a document")
    return document
