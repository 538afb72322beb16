"""PIN login and operator accounts. Every check happens here, not only in the screens."""

from __future__ import annotations

from station.domain.changes import OPERATORS, Changes
from station.domain.errors import DomainError, NotFound
from station.domain.ids import new_id
from station.domain.names import normalise_name
from station.domain.operators import (
    MAX_FAILED_PINS,
    Operator,
    Permission,
    PinState,
    Role,
    hash_pin,
    validate_pin,
    verify_pin,
)
from station.services.base import ServiceContext


class AuthService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def operators(self) -> list[Operator]:
        """Who may log in: this station's operators and those the township hub manages."""
        with self._ctx.uow() as uow:
            uow.operators.apply_hub_operators(self._ctx.now_iso())
            return uow.operators.list_active()

    def login(self, operator_id: str, pin: str) -> Operator:
        """Return the operator if the PIN is right; count failures and lock after five.

        The failure count is committed even though the login fails, so it cannot be reset by retrying.
        """
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            operator = uow.operators.get(operator_id)
            if operator is None or not operator.active:
                raise NotFound("operator.not_found")
            state = uow.operators.pin_state(operator_id)
            if state.locked_at(now):
                assert state.locked_until is not None
                seconds = int((state.locked_until - now).total_seconds()) + 1
                raise DomainError("operator.locked", minutes=(seconds + 59) // 60, seconds=seconds)
            if verify_pin(pin, uow.operators.pin_hash(operator_id)):
                uow.operators.set_pin_state(operator_id, PinState(0, None))
                uow.audit.append(at=now.isoformat(), operator_id=operator_id, action="operator.logged_in")
                return operator
            new_state = state.after_failure(now)
            uow.operators.set_pin_state(operator_id, new_state)
            uow.audit.append(at=now.isoformat(), operator_id=operator_id, action="operator.wrong_pin",
                             details={"locked": new_state.locked_until is not None})
        if new_state.locked_until is not None:
            raise DomainError("operator.locked", minutes=5, seconds=300)
        raise DomainError("operator.wrong_pin", remaining=MAX_FAILED_PINS - new_state.failed_count)

    def add_operator(self, actor: Operator, name: str, role: Role, pin: str) -> tuple[Operator, Changes]:
        actor.require(Permission.MANAGE_OPERATORS)
        clean = normalise_name(name)
        validate_pin(pin)
        operator = Operator(new_id(), clean, Role(role))
        now = self._ctx.now_iso()
        pin_hash = hash_pin(pin)
        with self._ctx.uow() as uow:
            uow.operators.add(operator, pin_hash, now)
            uow.audit.append(at=now, operator_id=actor.id, action="operator.created", target_kind="operator",
                             target_id=operator.id, details={"name": clean, "role": str(role)})
            uow.outbox.append("operator.created", {"operator_id": operator.id, "name": clean, "role": str(role),
                                                   "by": actor.id}, record_id=new_id(), created_wall=now)
        return operator, Changes.of(OPERATORS)

    def change_pin(self, actor: Operator, operator_id: str, new_pin: str) -> Changes:
        if actor.id != operator_id:
            actor.require(Permission.MANAGE_OPERATORS)
        validate_pin(new_pin)
        now = self._ctx.now_iso()
        pin_hash = hash_pin(new_pin)
        with self._ctx.uow() as uow:
            if uow.operators.get(operator_id) is None:
                raise NotFound("operator.not_found")
            uow.operators.set_pin_hash(operator_id, pin_hash)
            uow.operators.set_pin_state(operator_id, PinState(0, None))
            uow.audit.append(at=now, operator_id=actor.id, action="operator.pin_changed", target_kind="operator",
                             target_id=operator_id)
        return Changes.of(OPERATORS)

    def deactivate(self, actor: Operator, operator_id: str) -> Changes:
        actor.require(Permission.MANAGE_OPERATORS)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            target = uow.operators.get(operator_id)
            if target is None:
                raise NotFound("operator.not_found")
            if target.role == Role.SHOPKEEPER and uow.operators.count_with_role(Role.SHOPKEEPER) <= 1:
                raise DomainError("operator.last_shopkeeper")
            uow.operators.set_active(operator_id, False)
            uow.audit.append(at=now, operator_id=actor.id, action="operator.deactivated",
                             target_kind="operator", target_id=operator_id)
            uow.outbox.append("operator.deactivated", {"operator_id": operator_id, "by": actor.id},
                              record_id=new_id(), created_wall=now)
        return Changes.of(OPERATORS)
