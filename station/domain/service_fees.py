"""The station's service fee for an agent purchase (代购服务费), by a rule the shopkeeper chooses.

Three kinds of rule cover what stations actually charge: a fixed fee per order, a percentage of the
goods with a floor and a ceiling, or tiers ("up to ￥50: ￥2; up to ￥200: ￥5; above: ￥10"). The rule is
applied to the goods plus shipping, in integer fen; percentages round half up so the villager never
sees a fraction of a fen. Rules travel as small dicts (stored in the database, sent to the hub).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station.domain.errors import DomainError

MAX_FEE_FEN = 100_000  # ￥1,000: a larger fee for a village purchase is a typing mistake
MAX_BASIS_POINTS = 5_000  # 50 %
MAX_TIERS = 10


@dataclass(frozen=True, slots=True)
class FixedFee:
    fee_fen: int

    def fee_for(self, subtotal_fen: int) -> int:
        return self.fee_fen if subtotal_fen > 0 else 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "fixed", "fee_fen": self.fee_fen}


@dataclass(frozen=True, slots=True)
class PercentageFee:
    basis_points: int  # 1 % = 100 basis points
    min_fen: int = 0
    max_fen: int = MAX_FEE_FEN

    def fee_for(self, subtotal_fen: int) -> int:
        if subtotal_fen <= 0:
            return 0
        raw = (subtotal_fen * self.basis_points + 5_000) // 10_000  # half up, integers only
        return max(self.min_fen, min(self.max_fen, raw))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "percentage", "basis_points": self.basis_points, "min_fen": self.min_fen,
                "max_fen": self.max_fen}


@dataclass(frozen=True, slots=True)
class TieredFee:
    """``tiers`` are ``(up_to_fen, fee_fen)`` in increasing order; ``above_fen`` applies past the last."""

    tiers: tuple[tuple[int, int], ...]
    above_fen: int

    def fee_for(self, subtotal_fen: int) -> int:
        if subtotal_fen <= 0:
            return 0
        for up_to, fee in self.tiers:
            if subtotal_fen <= up_to:
                return fee
        return self.above_fen

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "tiered", "tiers": [list(t) for t in self.tiers], "above_fen": self.above_fen}


FeeRule = FixedFee | PercentageFee | TieredFee

DEFAULT_RULE: FeeRule = TieredFee(((5_000, 200), (20_000, 500)), 1_000)


def _fen(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > MAX_FEE_FEN:
        raise DomainError("purchase.fee_rule_invalid")
    return value


def validate_rule(rule: FeeRule) -> FeeRule:
    """Raise ``purchase.fee_rule_invalid`` for a rule that could charge nonsense."""
    if isinstance(rule, FixedFee):
        _fen(rule.fee_fen)
    elif isinstance(rule, PercentageFee):
        bp = rule.basis_points
        if not isinstance(bp, int) or isinstance(bp, bool) or not 0 <= bp <= MAX_BASIS_POINTS:
            raise DomainError("purchase.fee_rule_invalid")
        if _fen(rule.min_fen) > _fen(rule.max_fen):
            raise DomainError("purchase.fee_rule_invalid")
    elif isinstance(rule, TieredFee):
        if not rule.tiers or len(rule.tiers) > MAX_TIERS:
            raise DomainError("purchase.fee_rule_invalid")
        previous = 0
        for up_to, fee in rule.tiers:
            if not isinstance(up_to, int) or isinstance(up_to, bool) or up_to <= previous:
                raise DomainError("purchase.fee_rule_invalid")
            _fen(fee)
            previous = up_to
        _fen(rule.above_fen)
    else:
        raise DomainError("purchase.fee_rule_invalid")
    return rule


def rule_from_dict(data: object) -> FeeRule:
    """Parse a stored rule; anything malformed raises ``purchase.fee_rule_invalid``, never another error."""
    if not isinstance(data, dict):
        raise DomainError("purchase.fee_rule_invalid")
    kind = data.get("kind")
    try:
        rule: FeeRule
        if kind == "fixed":
            rule = FixedFee(data["fee_fen"])
        elif kind == "percentage":
            rule = PercentageFee(data["basis_points"], data.get("min_fen", 0), data.get("max_fen", MAX_FEE_FEN))
        elif kind == "tiered":
            tiers = data["tiers"]
            if not isinstance(tiers, list):
                raise DomainError("purchase.fee_rule_invalid")
            pairs = []
            for tier in tiers:
                if not isinstance(tier, list | tuple) or len(tier) != 2:
                    raise DomainError("purchase.fee_rule_invalid")
                pairs.append((tier[0], tier[1]))
            rule = TieredFee(tuple(pairs), data["above_fen"])
        else:
            raise DomainError("purchase.fee_rule_invalid")
    except (KeyError, TypeError) as exc:
        raise DomainError("purchase.fee_rule_invalid") from exc
    return validate_rule(rule)
