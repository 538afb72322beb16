"""One thread per port: open through ``serial.serial_for_url``, read, frame, queue, deliver, reconnect.

Everything that touches the port runs on this thread, including commands from other threads
(``call``), so a driver never sees two users at once. Events are appended to an outbox before the
sink is called and leave it only when the sink returned, so a scan already read is not lost when the
sink fails for a moment or the port vanishes right after. A vanished port is retried every
``retry_s``; with the defaults a replugged device is back well within two seconds.
"""

from __future__ import annotations

import concurrent.futures
import errno
import itertools
import logging
import os
import queue
import select
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import serial

from station.devices.drivers import Driver
from station.devices.portio import PORT_ERRORS, PortIO
from station.devices.sim import register as register_sim
from station.domain.readings import DeviceEvent, DeviceState, DeviceStateChange, DeviceUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")
EventSink = Callable[[DeviceEvent], None]
Opener = Callable[..., Any]
MAX_DELIVERY_ATTEMPTS = 50


@dataclass(frozen=True, slots=True)
class PortStats:
    state: DeviceState
    reason: str
    good_frames: int
    bad_frames: int
    events_queued: int
    events_delivered: int
    events_dropped: int
    reconnects: int


class PortWorker:
    def __init__(self, device_id: str, url: str, driver: Driver, sink: EventSink, *,
                 read_timeout_s: float = 0.05, write_timeout_s: float = 10.0, retry_s: float = 0.5,
                 ring_bytes: int = 4096, opener: Opener = serial.serial_for_url,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.device_id = device_id
        self.url = url
        self.driver = driver
        self._sink = sink
        self.read_timeout_s = read_timeout_s
        self.write_timeout_s = write_timeout_s
        self.retry_s = retry_s
        self._opener = opener
        self._clock = clock
        self._port: Any = None
        self._read_waiting: Callable[[], bytes] = bytes  # set when the port opens
        self._io: PortIO | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._calls: queue.Queue[tuple[Callable[[PortIO], Any], concurrent.futures.Future]] = queue.Queue()
        self._outbox: deque[DeviceEvent] = deque()
        self._seq = itertools.count(1)
        self._rx_ring = bytearray()
        self._ring_bytes = ring_bytes
        self._traffic: deque[tuple[int, str, bytes]] = deque(maxlen=256)
        self._ring_lock = threading.Lock()
        self.state = DeviceState.DISCONNECTED
        self.reason = "not_started"
        self._attempts = 0
        self.events_queued = self.events_delivered = self.events_dropped = 0
        self.reconnects = 0
        self._ever_connected = False
        self._failed_attempts = 0
        if url.startswith("sim://"):
            register_sim()

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"port-{self.device_id}", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        self._stop.set()
        port = self._port
        if port is not None:
            try:
                port.cancel_read()
            except Exception:  # not every port type can cancel; the short read timeout covers it
                pass
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- other threads ------------------------------------------------------------------------
    def call(self, fn: Callable[[PortIO], T], timeout_s: float = 5.0) -> T:
        """Run ``fn(io)`` on the worker thread with the open port; raises DeviceUnavailable."""
        if not self.running:
            raise DeviceUnavailable("device.stopped", device=self.device_id)
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._calls.put((fn, future))
        port = self._port
        if port is not None:
            try:
                port.cancel_read()
            except Exception:
                pass
        try:
            return future.result(timeout_s)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise DeviceUnavailable("device.timeout", device=self.device_id) from None

    def stats(self) -> PortStats:
        return PortStats(self.state, self.reason, self.driver.good_frames, self.driver.bad_frames,
                         self.events_queued, self.events_delivered, self.events_dropped, self.reconnects)

    def recent_rx(self) -> bytes:
        """The last received bytes (``ring_bytes`` at most), for a live 'raw bytes' view."""
        with self._ring_lock:
            return bytes(self._rx_ring)

    def traffic(self) -> list[tuple[int, str, bytes]]:
        """Recent chunks as (monotonic ms, 'rx' | 'tx', bytes)."""
        with self._ring_lock:
            return list(self._traffic)

    # -- the thread ---------------------------------------------------------------------------
    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _tap(self, direction: str, data: bytes) -> None:
        with self._ring_lock:
            self._traffic.append((self._now_ms(), direction, bytes(data)))
            if direction == "rx":
                self._rx_ring.extend(data)
                if len(self._rx_ring) > self._ring_bytes:
                    del self._rx_ring[: len(self._rx_ring) - self._ring_bytes]

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                if self._port is None and not self._open():
                    self._refuse_calls()
                    self._deliver()
                    self._stop.wait(self.retry_s)
                    continue
                self._serve_once()
                self._deliver()
        finally:
            self._close("stopped", DeviceState.DISCONNECTED)
            self._refuse_calls()
            self._deliver()

    def _open(self) -> bool:
        if self.state != DeviceState.CONNECTING and self._attempts == 0:
            self._set_state(DeviceState.CONNECTING, "opening")
        self._attempts += 1
        try:
            port = self._opener(self.url, timeout=self.read_timeout_s, write_timeout=self.write_timeout_s,
                                **self.driver.settings.as_kwargs())
        except Exception as exc:  # pyserial raises a zoo of types for odd URLs; none may end the thread
            state, reason = _classify_open_error(exc)
            if (state, reason) != (self.state, self.reason):
                log.info("%s: cannot open %s: %s", self.device_id, self.url, exc)
                self._set_state(state, reason)
            return False
        self._port = port
        self._read_waiting = _waiting_reader(port, self.read_timeout_s)
        self._io = PortIO(port, self._tap, self._clock)
        self._attempts = 0
        if self._ever_connected:
            self.reconnects += 1
        self._ever_connected = True
        try:
            self.driver.on_open(self._io, self._now_ms())
        except (DeviceUnavailable, *PORT_ERRORS) as exc:
            self._lost(exc)
            return False
        self._set_state(DeviceState.CONNECTED, "open")
        return True

    def _serve_once(self) -> None:
        io = self._io
        assert io is not None
        try:
            self._serve_calls(io)
            data = self._read_waiting()
            if data:
                self._tap("rx", data)
                self._queue(self.driver.on_bytes(data, self._now_ms()))
            self._queue(self.driver.on_tick(io, self._now_ms()))
            if not data and _is_path(self.url) and not os.path.exists(self.url):
                raise serial.SerialException("port path vanished")
        except (DeviceUnavailable, *PORT_ERRORS) as exc:
            self._lost(exc)
        except Exception:  # a driver bug must not end the thread; the raw bytes are in the ring
            log.exception("%s: driver error", self.device_id)

    def _serve_calls(self, io: PortIO) -> None:
        while True:
            try:
                fn, future = self._calls.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(io))
            except DeviceUnavailable as exc:
                future.set_exception(exc)
                if exc.code in ("device.write_failed", "device.read_failed"):
                    raise
            except Exception as exc:  # the caller sees its own failure
                future.set_exception(exc)

    def _refuse_calls(self) -> None:
        while True:
            try:
                _fn, future = self._calls.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(DeviceUnavailable("device.not_connected", device=self.device_id))

    def _lost(self, exc: BaseException) -> None:
        log.info("%s: port lost: %s", self.device_id, exc)
        self._close("port_gone", DeviceState.DISCONNECTED)

    def _close(self, reason: str, state: DeviceState) -> None:
        port, self._port, self._io = self._port, None, None
        if port is not None:
            try:
                port.close()
            except Exception:  # closing a vanished device may fail; it is gone either way
                pass
            self._queue(self.driver.on_close(self._now_ms()))
        if self.state != state or self.reason != reason:
            self._set_state(state, reason)

    def _set_state(self, state: DeviceState, reason: str) -> None:
        self.state, self.reason = state, reason
        self._queue([DeviceStateChange(state, reason)])

    def _queue(self, payloads: list) -> None:
        now = self._now_ms()
        for payload in payloads:
            self._outbox.append(DeviceEvent(self.device_id, next(self._seq), now, payload))
            self.events_queued += 1

    def _deliver(self) -> None:
        while self._outbox:
            event = self._outbox[0]
            try:
                self._sink(event)
            except Exception:
                attempts = self._failed_attempts + 1
                self._failed_attempts = attempts
                log.exception("%s: event sink failed (attempt %d)", self.device_id, attempts)
                if attempts < MAX_DELIVERY_ATTEMPTS:
                    return  # keep it at the head; retried after the next read
                self.events_dropped += 1
            else:
                self.events_delivered += 1
            self._failed_attempts = 0
            self._outbox.popleft()


def _waiting_reader(port: Any, timeout_s: float) -> Callable[[], bytes]:
    """What the port has received, waiting up to ``timeout_s`` for the first byte.

    A local serial port (or a pty) is read with one ``select`` and one ``read`` of all that is there;
    pyserial's ``read(1)`` + ``in_waiting`` + ``read(n)`` made three system calls and cost ~0.1 ms more
    per scan (of the 5 ms a scan may take to reach the screen). Other ports (``sim://``, ``socket://``)
    go through pyserial."""
    fileno = getattr(port, "fileno", None)
    if os.name == "posix" and isinstance(port, serial.Serial) and fileno is not None:
        fd = fileno()

        def read_fd() -> bytes:
            ready, _, _ = select.select([fd], [], [], timeout_s)
            if not ready:
                return b""
            data = os.read(fd, 4096)
            if not data:  # readable yet empty: the device went away (as pyserial reports it)
                raise serial.SerialException("device reports readiness to read but returned no data")
            return data

        return read_fd

    def read_port() -> bytes:
        data = port.read(1)
        if data:
            waiting = port.in_waiting
            if waiting:
                data += port.read(waiting)
        return bytes(data)

    return read_port


def _is_path(url: str) -> bool:
    return "://" not in url and url.startswith("/")


def _classify_open_error(exc: BaseException) -> tuple[DeviceState, str]:
    text = str(exc)
    if "speaks" in text:
        return DeviceState.ERROR, "settings_refused"
    code = getattr(exc, "errno", None)
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO) or "No such file" in text or "unplugged" in text \
            or "FileNotFoundError" in text or ("could not open port" in text and "[Errno 2]" in text):
        return DeviceState.DISCONNECTED, "port_absent"
    if code in (errno.EACCES, errno.EPERM) or "Permission denied" in text or "Access is denied" in text:
        return DeviceState.ERROR, "permission_denied"
    if code == errno.EBUSY or "busy" in text.lower():
        return DeviceState.ERROR, "port_busy"
    return DeviceState.ERROR, "open_failed"
