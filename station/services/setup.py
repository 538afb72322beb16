"""First run: the station's name and code, the shopkeeper and their PIN, the printer paper width."""

from __future__ import annotations

import re

from station.domain.changes import OPERATORS, SETTINGS, Changes
from station.domain.errors import DomainError
from station.domain.ids import new_id
from station.domain.names import normalise_name
from station.domain.operators import Operator, Role, hash_pin, validate_pin
from station.services.base import ServiceContext

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]{1,19}$")
MAX_STATION_NAME = 40


class SetupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def is_set_up(self) -> bool:
        with self._ctx.uow.reading() as uow:
            return uow.station.get() is not None

    def station(self) -> dict | None:
        with self._ctx.uow.reading() as uow:
            return uow.station.get()

    def create_station(self, *, name: str, code: str, shopkeeper_name: str, pin: str,
                       paper_width_mm: int) -> tuple[Operator, Changes]:
        name = name.strip()
        if not name:
            raise DomainError("station.name_empty")
        if len(name) > MAX_STATION_NAME:
            raise DomainError("station.name_too_long", max=MAX_STATION_NAME)
        code = code.strip().upper()
        if not _CODE.match(code):
            raise DomainError("station.code_invalid", text=code)
        shopkeeper = normalise_name(shopkeeper_name)
        validate_pin(pin)
        if paper_width_mm not in (58, 80):
            raise DomainError("station.paper_width_invalid", width=paper_width_mm)
        now = self._ctx.now_iso()
        operator = Operator(new_id(), shopkeeper, Role.SHOPKEEPER)
        pin_hash = hash_pin(pin)
        with self._ctx.uow() as uow:
            if uow.station.get() is not None:
                raise DomainError("station.already_set_up")
            station_id = new_id()
            uow.station.save({"name": name, "code": code, "paper_width_mm": paper_width_mm, "created_at": now,
                              "station_id": station_id, "incarnation_id": new_id()})
            uow.operators.add(operator, pin_hash, now)
            uow.audit.append(at=now, operator_id=operator.id, action="station.set_up", target_kind="station",
                             target_id=station_id, details={"name": name, "code": code})
            uow.outbox.append("station.set_up", {"station_id": station_id, "name": name, "code": code,
                                                 "paper_width_mm": paper_width_mm},
                              record_id=new_id(), created_wall=now)
            uow.outbox.append("operator.created", {"operator_id": operator.id, "name": shopkeeper,
                                                   "role": str(operator.role)},
                              record_id=new_id(), created_wall=now)
        return operator, Changes.of(SETTINGS, OPERATORS)
