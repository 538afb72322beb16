"""Operators, their PIN hashes and lock state."""

from __future__ import annotations

import json
import logging
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, text, update

from station.domain.operators import Operator, PinState, Role
from station.storage.schema import operator

log = logging.getLogger(__name__)


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

    def apply_hub_operators(self, created_at: str) -> int:
        """Copy the operators the hub sent down (reference data 'operators') into the local table.

        They get ids ``hub:<key>`` so the hub stays their owner: a name, role or PIN changed at the hub
        is changed here, and one the hub removed (or marked inactive) can no longer log in. Local lock
        state is kept. Returns how many hub operators are active.
        """
        rows = self._conn.execute(text("SELECT key, value_json FROM reference_data WHERE dataset = 'operators'"))
        active = 0
        seen: set[str] = set()
        for key, value_json in rows:
            try:
                value = json.loads(value_json)
                name, role, pin_hash = str(value["name"]).strip(), Role(value["role"]), str(value["pin_hash"])
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("hub operator %s skipped: %s", key, exc)
                continue
            if not name or not pin_hash.startswith("scrypt$"):
                continue
            op_id, is_active = f"hub:{key}", bool(value.get("active", True))
            seen.add(op_id)
            active += is_active
            current = self._conn.execute(select(operator.c.name, operator.c.role, operator.c.pin_hash, operator.c.active)
                                         .where(operator.c.id == op_id)).first()
            if current is None:
                self._conn.execute(insert(operator), dict(id=op_id, name=name, role=str(role), pin_hash=pin_hash,
                                                          active=is_active, created_at=created_at))
            elif tuple(current) != (name, str(role), pin_hash, is_active):
                self._conn.execute(update(operator).where(operator.c.id == op_id).values(
                    name=name, role=str(role), pin_hash=pin_hash, active=is_active))
        self._conn.execute(update(operator).where(operator.c.id.like("hub:%"), operator.c.id.not_in(seen),
                                                  operator.c.active.is_(True)).values(active=False))
        return active

    def count_with_role(self, role: Role) -> int:
        return self._conn.execute(select(func.count()).select_from(operator).where(
            operator.c.role == str(role), operator.c.active.is_(True))).scalar_one()
