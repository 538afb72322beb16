"""Backups as the operator sees them: list, take now, restore (shopkeeper only), daily automatic copy."""

from __future__ import annotations

from typing import Any

from station.domain.changes import LEDGER, OPERATORS, PEOPLE, SETTINGS, Changes
from station.domain.operators import Operator, Permission
from station.domain.ports import Backups
from station.services.base import ServiceContext

EVERYTHING = Changes.of(PEOPLE, OPERATORS, LEDGER, SETTINGS)


class BackupService:
    def __init__(self, ctx: ServiceContext, backups: Backups) -> None:
        self._ctx = ctx
        self._backups = backups

    def list(self) -> list[dict[str, Any]]:
        return self._backups.list()

    def take_now(self, actor: Operator) -> str:
        actor.require(Permission.BACKUP_RESTORE)
        path = self._backups.take("manual")
        with self._ctx.uow() as uow:
            uow.audit.append(at=self._ctx.now_iso(), operator_id=actor.id, action="backup.taken",
                             details={"path": path})
        return path

    def take_daily_if_due(self) -> str | None:
        return self._backups.take_daily_if_due()

    def restore(self, actor: Operator, backup_path: str) -> tuple[str, Changes]:
        actor.require(Permission.BACKUP_RESTORE)
        safety = self._backups.restore(backup_path)
        with self._ctx.uow() as uow:
            uow.audit.append(at=self._ctx.now_iso(), operator_id=actor.id, action="backup.restored",
                             details={"from": backup_path, "safety_copy": safety})
        return safety, EVERYTHING
