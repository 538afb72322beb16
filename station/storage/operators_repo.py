"""Operators, their PIN hashes and lock state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update

from station.domain.operators import Operator, PinState, Role
from station.storage.schema import operator


def _to_operator(row) -> Operator:  # type: ignore[no-untyped-def]
    return Operator(row.id, row.name, Role(row.role), bool(row.active))


class SqlOperators:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, op: Operator, pin_hash: str, created_at: str) -> None:
        self._conn.execute(insert(operator), dict(id=op.id, name=op.name, role=str(op.role), pin_hash=pin_hash,
                                                   active=op.active, created_at=created_at))

    def get(self, operator_id: str) -> Operator | None:
        row = self._conn.execute(select(operator).where(operator.c.id == operator_id)).first()
        return _to_operator(row) if row else None

    def list_active(self) -> list[Operator]:
        rows = self._conn.execute(select(operator).where(operator.c.active.is_(True)).order_by(operator.c.created_at))
        return [_to_operator(r) for r in rows]

    def pin_hash(self, operator_id: str) -> str:
        return self._conn.execute(select(operator.c.pin_hash).where(operator.c.id == operator_id)).scalar_one()

    def set_pin_hash(self, operator_id: str, pin_hash: str) -> None:
        self._conn.execute(update(operator).where(operator.c.id == operator_id).values(pin_hash=pin_hash))

    def pin_state(self, operator_id: str) -> PinState:
        row = self._conn.execute(select(operator.c.failed_pins, operator.c.locked_until)
                                 .where(operator.c.id == operator_id)).one()
        return PinState(row.failed_pins, datetime.fromisoformat(row.locked_until) if row.locked_until else None)

    def set_pin_state(self, operator_id: str, state: PinState) -> None:
        self._conn.execute(update(operator).where(operator.c.id == operator_id).values(
            failed_pins=state.failed_count,
            locked_until=state.locked_until.isoformat() if state.locked_until else None))

    def set_active(self, operator_id: str, active: bool) -> None:
        self._conn.execute(update(operator).where(operator.c.id == operator_id).values(active=active))

    def count_with_role(self, role: Role) -> int:
        return self._conn.execute(select(func.count()).select_from(operator).where(
            operator.c.role == str(role), operator.c.active.is_(True))).scalar_one()
