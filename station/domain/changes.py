"""What a service call changed, so each page can decide whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    topics: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *topics: str) -> Changes:
        return cls(frozenset(topics))

    def touches(self, *topics: str) -> bool:
        return bool(self.topics.intersection(topics))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)


PEOPLE = "people"
OPERATORS = "operators"
LEDGER = "ledger"
SETTINGS = "settings"
OUTBOX = "outbox"
