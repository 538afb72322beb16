"""All services of one open station database, built by ``station.app``."""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.ports import Backups
from station.services.auth import AuthService
from station.services.backups import BackupService
from station.services.base import ServiceContext
from station.services.day_close import DayCloseService
from station.services.ledger import LedgerService
from station.services.parcels import ParcelDesk, ParcelPorts
from station.services.people import PeopleService
from station.services.purchases import PurchaseService
from station.services.setup import SetupService


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    setup: SetupService
    auth: AuthService
    people: PeopleService
    ledger: LedgerService
    backups: BackupService
    parcels: ParcelDesk
    purchases: PurchaseService
    day_close: DayCloseService

    @classmethod
    def build(cls, ctx: ServiceContext, backups: Backups, parcel_ports: ParcelPorts | None = None) -> Services:
        return cls(ctx, SetupService(ctx), AuthService(ctx), PeopleService(ctx), LedgerService(ctx),
                   BackupService(ctx, backups), parcels=ParcelDesk.build(ctx, parcel_ports),
                   purchases=PurchaseService(ctx, parcel_ports.printer if parcel_ports else None),
                   day_close=DayCloseService(ctx, parcel_ports.printer if parcel_ports else None))
