"""盘库: scan every parcel on the shelves (or one shelf); report what is missing, unknown or misplaced.

Each scan is stored as it happens, so a power cut in the middle of a long stock-take loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.carriers import normalise_waybill
from station.domain.changes import Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.operators import Operator, Permission
from station.domain.parcels import ParcelStatus
from station.domain.pickup_codes import parse_code
from station.services.base import ServiceContext
from station.services.parcels.common import PARCELS


@dataclass(frozen=True, slots=True)
class StocktakeResult:
    stocktake_id: str
    expected: int
    seen: int
    missing: list[dict]  # expected on the shelves, not scanned
    unknown: list[dict]  # scanned, not on record as waiting
    wrong_shelf: list[dict]  # scanned on another shelf than its slot says
    changes: Changes


class StocktakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def start(self, actor: Operator, shelf: str = "") -> str:
        actor.require(Permission.COUNTER_WORK)
        stocktake_id = new_id()
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            uow.stocktakes.start(stocktake_id, at, shelf.strip().upper(), actor.id)
            uow.audit.append(at=at, operator_id=actor.id, action="stocktake.started", target_kind="stocktake",
                             target_id=stocktake_id, details={"shelf": shelf})
        return stocktake_id

    def scan(self, actor: Operator, stocktake_id: str, code: str, shelf: str = "") -> int:
        """Record one scan (a waybill, or a pickup-code sticker); returns how many scans so far."""
        actor.require(Permission.COUNTER_WORK)
        clean = _clean(code)
        with self._ctx.uow() as uow:
            found = uow.stocktakes.get(stocktake_id)
            if found is None:
                raise NotFound("stocktake.not_found")
            if found["finished_at"]:
                raise Conflict("stocktake.finished")
            uow.stocktakes.add_scan(stocktake_id, self._ctx.now_iso(), clean, shelf.strip().upper())
            return len(uow.stocktakes.scans(stocktake_id))

    def finish(self, actor: Operator, stocktake_id: str) -> StocktakeResult:
        actor.require(Permission.COUNTER_WORK)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            found = uow.stocktakes.get(stocktake_id)
            if found is None:
                raise NotFound("stocktake.not_found")
            scope = found["shelf"]
            expected = uow.parcels.waiting(scope)
            by_waybill = {p.waybill: p for p in expected}
            by_serial = {p.pickup_serial: p for p in expected}
            seen_ids: set[str] = set()
            unknown: list[dict] = []
            wrong: list[dict] = []
            for code, shelf in uow.stocktakes.scans(stocktake_id):
                parcel = by_waybill.get(code) or _by_code(by_serial, code)
                if parcel is None:  # maybe waiting on another shelf, or not waiting at all
                    others = [p for p in uow.parcels.find_by_waybill(code) if p.status != ParcelStatus.VOIDED]
                    other = others[0] if others else None
                    if other is not None and other.status == ParcelStatus.WAITING:
                        wrong.append({"waybill": other.waybill, "code": other.pickup_code, "slot": other.slot,
                                      "scanned_on": shelf or scope})
                        seen_ids.add(other.id)
                    elif code not in {u["code"] for u in unknown}:
                        unknown.append({"code": code, "status": str(other.status) if other else ""})
                    continue
                seen_ids.add(parcel.id)
                wanted_shelf = parcel.slot.split("-")[0]
                if shelf and shelf != wanted_shelf:
                    wrong.append({"waybill": parcel.waybill, "code": parcel.pickup_code, "slot": parcel.slot,
                                  "scanned_on": shelf})
            missing = [{"waybill": p.waybill, "code": p.pickup_code, "slot": p.slot, "since": p.taken_in_date}
                       for p in expected if p.id not in seen_ids]
            result = {"expected": len(expected), "seen": len(seen_ids), "missing": missing, "unknown": unknown,
                      "wrong_shelf": wrong}
            if not uow.stocktakes.finish(stocktake_id, at, result):
                raise Conflict("stocktake.finished")
            uow.audit.append(at=at, operator_id=actor.id, action="stocktake.finished", target_kind="stocktake",
                             target_id=stocktake_id, details={k: len(v) if isinstance(v, list) else v
                                                              for k, v in result.items()})
            uow.outbox.append("parcel.stocktake", {"stocktake_id": stocktake_id, "shelf": scope} | result,
                              record_id=new_id(), created_wall=at)
        return StocktakeResult(stocktake_id, len(expected), len(seen_ids), missing, unknown, wrong,
                               Changes.of(PARCELS))


def _clean(code: str) -> str:
    text = (code or "").strip()
    try:
        parse_code(text)
        return text.upper()
    except DomainError:
        return normalise_waybill(text)


def _by_code(by_serial: dict, code: str):  # type: ignore[no-untyped-def]
    try:
        query = parse_code(code)
    except DomainError:
        return None
    parcel = by_serial.get(query.serial)
    return parcel if parcel is not None and parcel.pickup_code.endswith(code.split("-")[-1]) else None
