"""Carrier tariffs for sending (寄件): first weight plus additional weight, per destination zone.

Price is integer fen and weight integer grams throughout. Volumetric weight (抛重) is
length x width x height in cm divided by the carrier's divisor (commonly 8000 or 6000 cm³/kg); the
heavier of actual and volumetric is charged, rounded up to the carrier's weight step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from station.domain.errors import DomainError

MAX_SIDE_CM = 300


class Zone(StrEnum):
    LOCAL = "local"  # same province (省内)
    NATIONAL = "national"  # other provinces
    REMOTE = "remote"  # 偏远: Xinjiang, Tibet...


PROVINCES = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
    "陕西", "甘肃", "青海", "宁夏", "新疆",
)
REMOTE_PROVINCES = frozenset({"西藏", "新疆", "青海", "内蒙古"})


def zone_for(province: str, station_province: str) -> Zone:
    if province not in PROVINCES:
        raise DomainError("dispatch.province_unknown", text=province)
    if province in REMOTE_PROVINCES:
        return Zone.REMOTE
    if station_province and province == station_province:
        return Zone.LOCAL
    return Zone.NATIONAL


@dataclass(frozen=True, slots=True)
class Tariff:
    carrier: str
    zone: Zone
    first_weight_g: int
    first_fen: int
    step_g: int
    step_fen: int
    effective_from: str  # ISO date, inclusive
    effective_to: str = ""  # ISO date, inclusive; '' = open
    volumetric_divisor: int = 8000
    id: str = ""

    def active_on(self, day: date) -> bool:
        iso = day.isoformat()
        return self.effective_from <= iso and (not self.effective_to or iso <= self.effective_to)


def validate_tariff(t: Tariff) -> Tariff:
    if t.first_weight_g <= 0 or t.step_g <= 0 or t.first_weight_g > 100_000 or t.step_g > 100_000:
        raise DomainError("tariff.weight_invalid")
    if t.first_fen < 0 or t.step_fen < 0 or t.first_fen > 1_000_000 or t.step_fen > 1_000_000:
        raise DomainError("tariff.price_invalid")
    if not 1000 <= t.volumetric_divisor <= 20_000:
        raise DomainError("tariff.divisor_invalid")
    try:
        start = date.fromisoformat(t.effective_from)
        if t.effective_to and date.fromisoformat(t.effective_to) < start:
            raise DomainError("tariff.dates_invalid")
    except ValueError as exc:
        raise DomainError("tariff.dates_invalid") from exc
    return t


def volumetric_grams(length_cm: int, width_cm: int, height_cm: int, divisor: int) -> int:
    """cm³ / divisor is kilograms; in grams, rounded up."""
    for side in (length_cm, width_cm, height_cm):
        if not 0 <= side <= MAX_SIDE_CM:
            raise DomainError("dispatch.size_invalid", max=MAX_SIDE_CM)
    volume = length_cm * width_cm * height_cm
    return -(-volume * 1000 // divisor)


def chargeable_grams(actual_g: int, volumetric_g: int) -> int:
    return max(actual_g, volumetric_g)


def price_fen(tariff: Tariff, chargeable_g: int) -> int:
    """首重 covers up to ``first_weight_g``; each started ``step_g`` above it costs ``step_fen`` (续重)."""
    if chargeable_g <= 0:
        raise DomainError("dispatch.weight_missing")
    extra = max(0, chargeable_g - tariff.first_weight_g)
    steps = -(-extra // tariff.step_g)
    return tariff.first_fen + steps * tariff.step_fen


def pick_tariff(tariffs: list[Tariff], carrier: str, zone: Zone, day: date) -> Tariff:
    """The tariff in force that day; the most recently effective wins when periods overlap."""
    found = [t for t in tariffs if t.carrier == carrier and t.zone == zone and t.active_on(day)]
    if not found:
        raise DomainError("tariff.missing", carrier=carrier, zone=str(zone))
    return max(found, key=lambda t: t.effective_from)


def default_tariffs(effective_from: str) -> list[Tariff]:
    """A starting table the shopkeeper edits (typical 2024 village prices); replaced by the hub's."""
    rows: list[Tariff] = []
    table = {"sf": (1200, 200, 2200, 800, 2800, 1500), "zto": (800, 200, 1000, 500, 1800, 1000),
             "yto": (800, 200, 1000, 500, 1800, 1000), "yunda": (800, 200, 1000, 500, 1800, 1000),
             "sto": (800, 200, 1000, 500, 1800, 1000), "jt": (700, 200, 900, 400, 1600, 900),
             "ems": (1000, 300, 1200, 600, 2000, 1200), "jd": (1100, 200, 1500, 600, 2500, 1300)}
    for carrier, (lf, ls, nf, ns, rf, rs) in table.items():
        for zone, first, step in ((Zone.LOCAL, lf, ls), (Zone.NATIONAL, nf, ns), (Zone.REMOTE, rf, rs)):
            rows.append(Tariff(carrier, zone, 1000, first, 1000, step, effective_from))
    return rows
