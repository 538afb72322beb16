"""Stock-takes, tariffs, dispatches (寄件) and courier hand-offs."""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from station.domain.errors import DomainError
from station.domain.parcel_dispatch import Destination, Dispatch, DispatchState
from station.domain.tariffs import Tariff, Zone, validate_tariff
from station.storage.tables_parcels import (
    courier_handoff,
    parcel_dispatch,
    parcel_tariff,
    stocktake,
    stocktake_scan,
)

log = logging.getLogger(__name__)


class SqlStocktakes:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def start(self, stocktake_id: str, at: str, shelf: str, operator_id: str) -> None:
        self._conn.execute(insert(stocktake), dict(id=stocktake_id, started_at=at, shelf=shelf,
                                                    operator_id=operator_id))

    def get(self, stocktake_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(select(stocktake).where(stocktake.c.id == stocktake_id)).mappings().first()
        return dict(row) | {"result": json.loads(row["result"])} if row else None

    def add_scan(self, stocktake_id: str, at: str, code: str, shelf: str) -> None:
        self._conn.execute(insert(stocktake_scan), dict(stocktake_id=stocktake_id, at=at, code=code, shelf=shelf))

    def scans(self, stocktake_id: str) -> list[tuple[str, str]]:
        rows = self._conn.execute(select(stocktake_scan.c.code, stocktake_scan.c.shelf)
                                  .where(stocktake_scan.c.stocktake_id == stocktake_id)
                                  .order_by(stocktake_scan.c.id))
        return [(code, shelf) for code, shelf in rows]

    def finish(self, stocktake_id: str, at: str, result: dict[str, Any]) -> bool:
        return self._conn.execute(update(stocktake).where(stocktake.c.id == stocktake_id,
                                                          stocktake.c.finished_at.is_(None))
                                  .values(finished_at=at, result=json.dumps(result, ensure_ascii=False))
                                  ).rowcount == 1


def _to_tariff(r: Any) -> Tariff:
    return Tariff(r.carrier, Zone(r.zone), r.first_weight_g, r.first_fen, r.step_g, r.step_fen, r.effective_from,
                  r.effective_to, r.volumetric_divisor, r.id)


def _to_dispatch(r: Any) -> Dispatch:
    return Dispatch(r.id, r.at, r.business_date, r.sender_person_id, r.sender_name, r.id_type, r.id_number,
                    r.contents, bool(r.inspected), Destination(r.dest_name, r.dest_phone, r.dest_province,
                                                               r.dest_address),
                    r.carrier, r.zone, r.weight_g, r.volumetric_g, r.chargeable_g, r.price_fen,
                    DispatchState(r.state), r.ledger_entry_id or "", r.handoff_id or "",
                    getattr(r, "courier_name", "") or "")


class SqlDispatches:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def tariffs(self) -> list[Tariff]:
        rows = self._conn.execute(select(parcel_tariff).order_by(parcel_tariff.c.carrier, parcel_tariff.c.zone,
                                                                  parcel_tariff.c.effective_from))
        return [_to_tariff(r) for r in rows]

    def hub_tariffs(self) -> list[Tariff]:
        """The hub's tariff rows from ``reference_data`` (written by the sync adapter, read here).

        A row the hub got wrong is skipped and logged rather than stopping the dispatch desk.
        """
        found = []
        rows = self._conn.execute(text("SELECT key, value_json FROM reference_data WHERE dataset = 'tariffs' "
                                       "ORDER BY key"))
        for key, value_json in rows:
            try:
                value = json.loads(value_json)
                found.append(validate_tariff(Tariff(
                    str(value["carrier"]), Zone(value["zone"]), int(value["first_weight_g"]), int(value["first_fen"]),
                    int(value["step_g"]), int(value["step_fen"]), str(value["effective_from"]),
                    str(value.get("effective_to", "")), int(value.get("volumetric_divisor", 8000)), f"hub:{key}")))
            except (ValueError, KeyError, TypeError, DomainError) as exc:
                log.warning("hub tariff %s skipped: %s", key, exc)
        return found

    def add_tariff(self, tariff: Tariff, created_at: str) -> None:
        self._conn.execute(insert(parcel_tariff), dict(
            id=tariff.id, carrier=tariff.carrier, zone=str(tariff.zone), first_weight_g=tariff.first_weight_g,
            first_fen=tariff.first_fen, step_g=tariff.step_g, step_fen=tariff.step_fen,
            volumetric_divisor=tariff.volumetric_divisor, effective_from=tariff.effective_from,
            effective_to=tariff.effective_to, created_at=created_at))

    def end_tariff(self, tariff_id: str, effective_to: str) -> None:
        self._conn.execute(update(parcel_tariff).where(parcel_tariff.c.id == tariff_id)
                           .values(effective_to=effective_to))

    def add(self, values: dict[str, Any]) -> None:
        self._conn.execute(insert(parcel_dispatch), dict(**values))

    def get(self, dispatch_id: str) -> Dispatch | None:
        row = self._conn.execute(select(parcel_dispatch, courier_handoff.c.courier_name)
                                 .outerjoin(courier_handoff, courier_handoff.c.id == parcel_dispatch.c.handoff_id)
                                 .where(parcel_dispatch.c.id == dispatch_id)).first()
        return _to_dispatch(row) if row else None

    def waiting_for_courier(self, carrier: str = "") -> list[Dispatch]:
        query = select(parcel_dispatch).where(parcel_dispatch.c.state == str(DispatchState.ACCEPTED))
        if carrier:
            query = query.where(parcel_dispatch.c.carrier == carrier)
        return [_to_dispatch(r) for r in self._conn.execute(query.order_by(parcel_dispatch.c.at))]

    def add_handoff(self, values: dict[str, Any]) -> None:
        self._conn.execute(insert(courier_handoff), dict(**values))

    def mark_handed(self, ids: list[str], handoff_id: str) -> int:
        return self._conn.execute(update(parcel_dispatch).where(
            parcel_dispatch.c.id.in_(ids), parcel_dispatch.c.state == str(DispatchState.ACCEPTED))
            .values(state=str(DispatchState.HANDED_TO_COURIER), handoff_id=handoff_id)).rowcount
