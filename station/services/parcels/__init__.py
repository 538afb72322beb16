"""The parcel desk (快递代收代寄): intake, handover, notices, retention, stock-take, dispatch."""

from __future__ import annotations

from dataclasses import dataclass, field

from station.domain.notices import NoticeSender
from station.domain.parcel_ports import ScaleSource
from station.domain.ports import PrintSubmitter, WaybillMatcher
from station.services.base import ServiceContext
from station.services.parcels.dispatch import DispatchService
from station.services.parcels.handover import HandoverService
from station.services.parcels.intake import IntakeService
from station.services.parcels.notices import NoticeService
from station.services.parcels.retention import RetentionService
from station.services.parcels.stocktake import StocktakeService


@dataclass(frozen=True)
class ParcelPorts:
    """Devices and other jobs the parcel desk talks to; each is optional (None: not configured)."""

    scale: ScaleSource | None = None
    printer: PrintSubmitter | None = None
    sender: NoticeSender | None = None
    matchers: tuple[WaybillMatcher, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ParcelDesk:
    intake: IntakeService
    handover: HandoverService
    notices: NoticeService
    retention: RetentionService
    stocktake: StocktakeService
    dispatch: DispatchService

    @classmethod
    def build(cls, ctx: ServiceContext, ports: ParcelPorts | None = None) -> ParcelDesk:
        p = ports or ParcelPorts()
        return cls(IntakeService(ctx, p.scale, p.printer, p.matchers), HandoverService(ctx, p.printer),
                   NoticeService(ctx, p.sender, p.printer), RetentionService(ctx, p.printer), StocktakeService(ctx),
                   DispatchService(ctx, p.scale, p.printer))
