"""All services of one open station database, built by ``station.app``."""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.ports import Backups
from station.services.auth import AuthService
from station.services.backups import BackupService
from station.services.base import ServiceContext
from station.services.ledger import LedgerService
from station.services.people import PeopleService
from station.services.setup import SetupService


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    setup: SetupService
    auth: AuthService
    people: PeopleService
    ledger: LedgerService
    backups: BackupService

    @classmethod
    def build(cls, ctx: ServiceContext, backups: Backups) -> Services:
        return cls(ctx, SetupService(ctx), AuthService(ctx), PeopleService(ctx), LedgerService(ctx),
                   BackupService(ctx, backups))
