"""What every screen receives from ``station.app``: services, the task runner, settings, the session."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from station.domain.operators import Operator
from station.domain.ports_devices import DeviceControl, SimulatorControl
from station.domain.ports_sync import SyncControl
from station.services.bundle import Services
from station.services.print_queue import PrintQueue
from station.settings import Settings
from station.ui.device_bridge import DeviceBridge
from station.ui.tasks import TaskRunner


class Session(QObject):
    """The operator who is logged in; every action is attributed to them."""

    operator_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.operator: Operator | None = None

    def log_in(self, operator: Operator) -> None:
        self.operator = operator
        self.operator_changed.emit(operator)

    def log_out(self) -> None:
        self.operator = None
        self.operator_changed.emit(None)

    def actor(self) -> Operator:
        if self.operator is None:
            raise RuntimeError("no operator is logged in")
        return self.operator


@dataclass
class UiContext:
    services: Services
    runner: TaskRunner
    settings: Settings
    session: Session
    training: bool = False
    devices: DeviceControl | None = None  # None: the program runs without a device layer (tests)
    bridge: DeviceBridge | None = None
    print_queue: PrintQueue | None = None
    simulators: SimulatorControl | None = None  # training mode only
    sync: SyncControl | None = None  # None in training mode: practice data never leaves the PC
    extras: dict[str, object] = field(default_factory=dict)
