"""Couriers and their waybill numbers: clean a scan, then guess the carrier as a ranked list.

No carrier publishes its number format and the patterns overlap (a 13-digit number fits Yunda, EMS and
STO; 12 digits fit half of them), so a guess is only a suggestion the operator confirms with one key. An
unknown format is accepted as ``OTHER``; only scans that cannot be a waybill at all (control bytes,
Chinese text from an IME, two characters) are refused. Patterns: research/hardware.md §4.3.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import DomainError

MIN_WAYBILL = 6
MAX_WAYBILL = 40
_ALLOWED = re.compile(r"^[A-Z0-9][A-Z0-9\-]*$")
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


class Carrier(StrEnum):
    SF = "sf"  # 顺丰
    ZTO = "zto"  # 中通
    YTO = "yto"  # 圆通
    YUNDA = "yunda"  # 韵达
    STO = "sto"  # 申通
    JT = "jt"  # 极兔
    JD = "jd"  # 京东
    EMS = "ems"  # EMS
    POST = "post"  # 中国邮政
    BEST = "best"  # 百世
    DEPPON = "deppon"  # 德邦
    OTHER = "other"


CARRIER_NAMES_ZH = {
    Carrier.SF: "顺丰", Carrier.ZTO: "中通", Carrier.YTO: "圆通", Carrier.YUNDA: "韵达", Carrier.STO: "申通",
    Carrier.JT: "极兔", Carrier.JD: "京东", Carrier.EMS: "EMS", Carrier.POST: "邮政", Carrier.BEST: "百世",
    Carrier.DEPPON: "德邦", Carrier.OTHER: "其他",
}

_LIST_ORDER = {carrier: position for position, carrier in enumerate(Carrier)}  # ties: the order above

# (carrier, pattern, score). Scores order the candidates: a prefix that names the carrier (SF, JT, JD,
# YT, DPK) is near-certain; bare digit runs are weak and shared.
_RULES: tuple[tuple[Carrier, re.Pattern[str], int], ...] = tuple(
    (carrier, re.compile(pattern), score) for carrier, pattern, score in (
        (Carrier.SF, r"^SF\d{13}$", 100),
        (Carrier.JT, r"^JT\d{12,13}$", 100),
        (Carrier.JD, r"^JD[XKV][A-Z0-9]{10,13}$", 100),
        (Carrier.JD, r"^JD[A-Z0-9]{13}$", 90),
        (Carrier.YTO, r"^YT\d{13}$", 100),
        (Carrier.DEPPON, r"^DPK\d{12}$", 100),
        (Carrier.EMS, r"^[A-Z]{2}\d{9}[A-Z]{2}$", 80),  # UPU S10; the check digit raises it to 95
        (Carrier.STO, r"^77\d{13}$", 70),
        (Carrier.ZTO, r"^7[3-9]\d{10,12}$", 55),
        (Carrier.ZTO, r"^(5711|2008|2009|2010|2013)\d{8}$", 60),
        (Carrier.ZTO, r"^(91|92|93|94|95|98|36|68|39|50|53|37)\d{10}$", 45),
        (Carrier.ZTO, r"^\d{14,15}$", 40),
        (Carrier.YUNDA, r"^[34]\d{12}$|^[34]\d{14}$", 45),
        (Carrier.YUNDA, r"^\d{13}$|^\d{15}$", 35),
        (Carrier.STO, r"^(268|888|588|688|368|468|568|668|768|868|968)\d{9,13}$", 40),
        (Carrier.EMS, r"^(10|11|12|50|51|52|95|97|98|99)\d{11}$", 35),
        (Carrier.POST, r"^9\d{12}$", 30),
        (Carrier.YTO, r"^8\d{17}$", 40),
        (Carrier.YTO, r"^[A-Z0-9]{2}\d{10,13}$", 20),
        (Carrier.SF, r"^\d{12}$", 25),
        (Carrier.ZTO, r"^\d{12}$", 20),
        (Carrier.BEST, r"^[A-Z]\d{12}$", 30),
        (Carrier.BEST, r"^\d{12,14}$", 10),
        (Carrier.DEPPON, r"^\d{8,10}$", 25),
    )
)


@dataclass(frozen=True, slots=True)
class CarrierGuess:
    carrier: Carrier
    score: int  # 0-100; only the order matters to the operator


def normalise_waybill(text: str) -> str:
    """The waybill as stored: upper case, no spaces or scanner prefixes. Raises ``waybill.invalid``.

    Full-width characters typed through an IME are folded (``ＳＦ１２３`` -> ``SF123``).
    """
    raw = text if isinstance(text, str) else ""
    folded = unicodedata.normalize("NFKC", raw).strip()
    folded = _AIM_PREFIX.sub("", folded) if folded.startswith("]") else folded
    compact = re.sub(r"[\s]+", "", folded).upper()
    if not compact:
        raise DomainError("waybill.empty")
    if len(compact) < MIN_WAYBILL or len(compact) > MAX_WAYBILL or not _ALLOWED.match(compact):
        shown = "".join(ch if ch.isprintable() else "?" for ch in raw.strip())[:60]
        raise DomainError("waybill.invalid", text=shown)
    return compact


def s10_check_ok(number: str) -> bool:
    """UPU S10 check digit (EMS international / E...CN): weights 8 6 4 2 3 5 9 7."""
    if not re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", number):
        return False
    digits = [int(c) for c in number[2:10]]
    total = sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return check == int(number[10])


def guess_carriers(waybill: str) -> list[CarrierGuess]:
    """Ranked candidates for a normalised waybill, best first; ``[OTHER]`` when nothing fits."""
    best: dict[Carrier, int] = {}
    for carrier, pattern, score in _RULES:
        if pattern.match(waybill):
            if carrier == Carrier.EMS and score == 80 and s10_check_ok(waybill):
                score = 95
            best[carrier] = max(score, best.get(carrier, 0))
    ranked = sorted(best.items(), key=lambda item: (-item[1], _LIST_ORDER[item[0]]))
    guesses = [CarrierGuess(c, s) for c, s in ranked]
    return guesses or [CarrierGuess(Carrier.OTHER, 0)]


def parse_carrier(text: str) -> Carrier:
    try:
        return Carrier(text)
    except ValueError as exc:
        raise DomainError("carrier.unknown", text=text) from exc
