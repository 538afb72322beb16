"""Helpers for purchase and day-close service tests (importable by name from tests/services)."""

from __future__ import annotations

from typing import Any

from station.domain.purchases import make_item


class RecordingPrinter:
    """A PrintSubmitter that keeps the documents; the print queue itself is the printing engineer's."""

    def __init__(self) -> None:
        self.jobs: list[dict[str, Any]] = []

    def submit(self, uow: Any, *, kind: str, document: Any, ref_kind: str, ref_id: str, operator_id: str,
               at: str) -> str:
        self.jobs.append({"kind": kind, "document": document, "ref_kind": ref_kind, "ref_id": ref_id})
        return f"job-{len(self.jobs)}"


def two_items():
    return [make_item("电饭煲", "pinduoduo", 1, 12900, link="https://mobile.yangkeduo.com/goods.html?id=1"),
            make_item("儿童袜子", "taobao", 3, 990, spec="黑色 M")]
