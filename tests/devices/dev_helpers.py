"""Shared helpers for the device tests (imported by path: tests/devices is on sys.path)."""

import threading
import time

from station.domain.readings import DeviceEvent, DeviceStateChange, ScaleReading, ScanEvent


class Collector:
    """A thread-safe event sink usable both as a worker sink (callable) and as DeviceEvents."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = []  # (monotonic s, device_id, payload)

    def __call__(self, event: DeviceEvent):
        with self.lock:
            self.events.append((time.monotonic(), event.device_id, event.payload))

    def on_scan(self, device_id, scan):
        with self.lock:
            self.events.append((time.monotonic(), device_id, scan))

    def on_reading(self, device_id, reading):
        with self.lock:
            self.events.append((time.monotonic(), device_id, reading))

    def on_state(self, device_id, state, reason):
        with self.lock:
            self.events.append((time.monotonic(), device_id, DeviceStateChange(state, reason)))

    def of(self, kind):
        with self.lock:
            return [p for _, _, p in self.events if isinstance(p, kind)]

    def scans(self):
        return [s.code for s in self.of(ScanEvent)]

    def readings(self):
        return self.of(ScaleReading)

    def states(self):
        return [(s.state.value, s.reason) for s in self.of(DeviceStateChange)]


def wait_for(predicate, timeout=3.0, interval=0.01):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class ScriptedPort:
    """A pyserial-like port that replays a transcript: each 'rx' entry becomes readable once every
    'tx' entry before it has been written (byte for byte, however the writes are chunked)."""

    def __init__(self, traffic, timeout=0.02):
        self.traffic = list(traffic)
        self.timeout = timeout
        self.written = bytearray()
        self.expected_tx = bytearray()
        self.readable = bytearray()
        self.lock = threading.Lock()
        self.mismatch = None
        self.is_open = True
        self._release()

    def _release(self):
        while self.traffic:
            direction, data = self.traffic[0]
            if direction == "rx":
                if len(self.written) < len(self.expected_tx):
                    return
                self.readable.extend(data)
            else:
                if len(self.written) < len(self.expected_tx):
                    return
                self.expected_tx.extend(data)
            self.traffic.pop(0)

    def write(self, data):
        with self.lock:
            self.written.extend(data)
            if bytes(self.written[: len(self.expected_tx)]) != bytes(self.expected_tx[: len(self.written)]):
                self.mismatch = self.mismatch or (bytes(self.written), bytes(self.expected_tx))
            self._release()
        return len(data)

    def flush(self):
        pass

    @property
    def in_waiting(self):
        with self.lock:
            return len(self.readable)

    def read(self, size=1):
        deadline = time.monotonic() + self.timeout
        while True:
            with self.lock:
                if self.readable:
                    out = bytes(self.readable[:size])
                    del self.readable[:size]
                    return out
            if time.monotonic() >= deadline:
                return b""
            time.sleep(0.001)

    def reset_input_buffer(self):
        pass  # a replay must not lose its scripted answers

    def cancel_read(self):
        pass

    def close(self):
        self.is_open = False
