"""pyserial URL handler for ``sim://``: in-process simulated devices.

Enable with ``serial.protocol_handler_packages.append("station.devices.sim")`` (or call
``station.devices.sim.register()``), then ``serial.serial_for_url("sim://scale/cas?weight=1.234")``.
URL: ``sim://<kind>[/<family>]?[bench=<name>][&id=<n>][&strict=0][&<simulator parameters>]``.

Unlike a pty this port checks the framing: opening a device at settings it does not speak (Toledo
at 8N1) raises SerialException, unless ``strict=0``. An unplugged simulator makes open/read/write
raise SerialException, like a USB adapter pulled out.
"""

from __future__ import annotations

import numbers
import time
from urllib.parse import parse_qsl, urlsplit

from serial.serialutil import PortNotOpenError, SerialBase, SerialException, to_bytes

from station.devices.serial_settings import SerialSettings
from station.devices.sim.base import Simulator
from station.devices.sim.bench import create_simulator, lookup_bench


class Serial(SerialBase):
    def __init__(self, *args, **kwargs) -> None:
        self.simulator: Simulator | None = None
        self._generation = 0
        self._strict = True
        super().__init__(*args, **kwargs)

    def open(self) -> None:
        if self.is_open:
            raise SerialException("Port is already open.")
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        self.simulator = self._resolve(self._port)
        if not self.simulator.plugged:
            raise SerialException(f"sim: {self._port} is unplugged")
        self._generation = self.simulator.generation
        self._reconfigure_port()
        self.is_open = True
        self.simulator.clear_output()  # a real open flushes the input too (hardware.md §5.1 b)

    def _resolve(self, url: str) -> Simulator:
        parts = urlsplit(url)
        if parts.scheme != "sim":
            raise SerialException(f"expected sim://..., got {url!r}")
        path = (parts.netloc + parts.path).strip("/")
        params = dict(parse_qsl(parts.query))
        self._strict = params.pop("strict", "1") not in ("0", "false", "no")
        bench_name = params.pop("bench", None)
        device_id = params.pop("id", None)
        try:
            if bench_name is None:
                return create_simulator(path, params)
            bench = lookup_bench(bench_name)
            if bench is None:
                raise SerialException(f"sim: no bench named {bench_name!r}")
            return bench.attach(path, device_id, params)
        except ValueError as exc:
            raise SerialException(f"sim: {exc}") from exc

    def _reconfigure_port(self, force_update: bool = False) -> None:
        if not isinstance(self._baudrate, numbers.Integral) or not 0 < self._baudrate < 2**32:
            raise ValueError(f"invalid baudrate: {self._baudrate!r}")
        sim = self.simulator
        if sim is None or sim.settings is None or not self._strict:
            return
        asked = SerialSettings(self._baudrate, self._bytesize, self._parity, self._stopbits)
        if not sim.settings.framing_matches(asked):
            raise SerialException(
                f"sim: {self._port} speaks {sim.settings.short}, port opened at {asked.short}")

    def _alive(self) -> Simulator:
        if not self.is_open or self.simulator is None:
            raise PortNotOpenError()
        sim = self.simulator
        if not sim.plugged or sim.generation != self._generation:
            raise SerialException("sim: device disconnected")
        return sim

    def close(self) -> None:
        self.is_open = False
        super().close()

    @property
    def in_waiting(self) -> int:
        return self._alive().available()

    def read(self, size: int = 1) -> bytes:
        sim = self._alive()
        deadline = None if self._timeout is None else time.monotonic() + self._timeout
        data = bytearray()
        while len(data) < size:
            chunk = sim.take(size - len(data))
            if chunk:
                data.extend(chunk)
                continue
            self._alive()
            if deadline is None:
                sim.wait_output(0.5)
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            sim.wait_output(remaining)
            self._alive()
        return bytes(data)

    def write(self, data: bytes) -> int:
        sim = self._alive()
        data = to_bytes(data)
        sim.write(data)
        return len(data)

    def reset_input_buffer(self) -> None:
        self._alive().clear_output()

    def reset_output_buffer(self) -> None:
        self._alive()

    @property
    def out_waiting(self) -> int:
        return 0

    def cancel_read(self) -> None:
        if self.simulator is not None:
            with self.simulator._cond:
                self.simulator._cond.notify_all()

    def _update_break_state(self) -> None:
        pass

    def _update_rts_state(self) -> None:
        pass

    def _update_dtr_state(self) -> None:
        pass

    @property
    def cts(self) -> bool:
        return True

    @property
    def dsr(self) -> bool:
        return True

    @property
    def ri(self) -> bool:
        return False

    @property
    def cd(self) -> bool:
        return True
