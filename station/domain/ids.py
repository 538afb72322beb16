"""Time-ordered identifiers (UUIDv7, RFC 9562).

Python 3.11 has no ``uuid.uuid7``; the layout is small enough to build here: 48 bits of Unix
milliseconds, version and variant bits, and 74 random bits. A per-process counter in the random part
keeps ids strictly increasing within one millisecond, so ids sort in creation order inside a station.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A new UUIDv7 as a 36-character string."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter >= 1 << 12:  # 12-bit counter exhausted: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave head-room to count up
        _last_ms = ms
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid_text(value)


def uuid_text(value: int) -> str:
    """``str(uuid.UUID(int=value))`` without building the object (a third of new_id's time)."""
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def id_timestamp_ms(identifier: str) -> int:
    """The Unix milliseconds a UUIDv7 was made at."""
    return uuid.UUID(identifier).int >> 80
