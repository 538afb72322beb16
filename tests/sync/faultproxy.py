"""A fault-injecting HTTP/1.1 proxy on loopback with a seeded plan (sync.md §6 B).

Each client request is read whole, then one action from the plan is applied. Upstream gets a
fresh connection per request. The seed and every action taken are logged for replay.

Link emulation (sync.md §6 F, in place of ``tc netem``, which this kernel lacks): with ``link=``
every message crosses a slow link in each direction, after a seeded one-way latency with jitter,
dripped at a bandwidth cap shared by all connections (one radio per station).
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass

ACTIONS = ("ok", "drop_request", "drop_response", "duplicate", "duplicate_concurrent", "replay_old", "delay",
           "truncate_request", "truncate_response", "reset", "502_after", "504_after", "captive_portal",
           "corrupt_request", "corrupt_response", "blackhole")

_PORTAL_BODY = "<html><body>请登录 WiFi / Please log in</body></html>".encode()
PORTAL = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(len(_PORTAL_BODY)).encode()
          + b"\r\nConnection: close\r\n\r\n" + _PORTAL_BODY)


@dataclass(frozen=True)
class Link:
    """A slow link: ``rate`` bytes/s per direction, one-way ``latency_s`` ± ``jitter_s`` (uniform)."""

    rate: float
    latency_s: float = 0.0
    jitter_s: float = 0.0
    chunk: int = 1024  # bytes written per tick: the receiver sees a slow drip, not one late burst


def two_g(rate_kbit: float = 200, latency_ms: float = 300, jitter_ms: float = 200) -> Link:
    """A "2G-like" profile: the brief's 200 kbit/s with 300 ± 200 ms each way."""
    return Link(rate_kbit * 1000 / 8, latency_ms / 1000, jitter_ms / 1000)


class _Wire:
    """One direction of the link: the first byte after the latency, then at most ``rate`` bytes/s
    across every connection (a queue, as on the real radio)."""

    def __init__(self, link: Link, rng: random.Random, log: list[tuple[str, int, float]], name: str) -> None:
        self.link, self.rng, self.log, self.name = link, rng, log, name
        self.free_at = 0.0

    async def send(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        link = self.link
        delay = max(0.0, link.latency_s + self.rng.uniform(-link.jitter_s, link.jitter_s))
        self.log.append((self.name, len(data), round(delay, 4)))
        await asyncio.sleep(delay)
        for i in range(0, len(data), link.chunk):
            piece = data[i:i + link.chunk]
            now = time.monotonic()
            self.free_at = max(self.free_at, now) + len(piece) / link.rate
            await asyncio.sleep(self.free_at - now)
            writer.write(piece)
            await writer.drain()


def _gateway(code: int) -> bytes:
    body = f"<html>{code} Bad Gateway</html>".encode()
    return (f"HTTP/1.1 {code} Gateway Error\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body


async def _read_message(reader: asyncio.StreamReader, is_response: bool = False) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    status = 0
    first = head.split(b"\r\n", 1)[0]
    if is_response:
        status = int(first.split()[1])
    for line in head.split(b"\r\n")[1:]:
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    if is_response and status in (204, 304):
        length = 0
    body = await reader.readexactly(length) if length else b""
    return head + body


class FaultProxy:
    def __init__(self, upstream_port: int, seed: int, weights: dict[str, float] | None = None,
                 link: Link | None = None) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        # the link draws from its own seeded stream, so adding it does not change a fault plan's replay
        link_rng = random.Random(f"link:{seed}")
        self.link_log: list[tuple[str, int, float]] = []  # (direction, bytes, one-way delay) for replay
        self._up = _Wire(link, link_rng, self.link_log, "up") if link else None
        self._down = _Wire(link, link_rng, self.link_log, "down") if link else None
        self.seed = seed
        self.weights = weights or {a: 1.0 for a in ACTIONS}
        self.faults_on = True
        self.log: list[str] = []
        self.history: list[bytes] = []
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server = None

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()

    async def _shutdown(self) -> None:
        self._server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ------------------------------------------------------------ per request

    def _choose(self) -> str:
        if not self.faults_on:
            return "ok"
        names = list(self.weights)
        return self.rng.choices(names, [self.weights[n] for n in names])[0]

    async def _upstream(self, request: bytes, cut: int | None = None) -> bytes | None:
        r, w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            await self._send(w, request if cut is None else request[:cut], self._up)
            if cut is not None:
                return None
            return await asyncio.wait_for(_read_message(r, True), 60)
        finally:
            w.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    request = await _read_message(reader)
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                action = self._choose()
                self.log.append(action)
                keep = await self._apply(action, request, writer)
                self.history.append(request)
                if not keep:
                    return
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()

    async def _apply(self, action: str, request: bytes, writer: asyncio.StreamWriter) -> bool:
        rng = self.rng
        if action == "drop_request":
            return False
        if action == "captive_portal":
            writer.write(PORTAL)
            await writer.drain()
            return False
        if action == "blackhole":
            await asyncio.sleep(3)
            return False
        if action == "reset":
            await self._upstream(request, cut=rng.randint(1, max(1, len(request) - 1)))
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if action == "truncate_request":
            await self._upstream(request, cut=rng.randint(1, max(1, len(request) - 1)))
            return False
        if action == "corrupt_request":
            head_end = request.index(b"\r\n\r\n") + 4
            if len(request) > head_end:
                pos = rng.randrange(head_end, len(request))
                request = request[:pos] + bytes([request[pos] ^ 0x20]) + request[pos + 1:]
        if action == "delay":
            await asyncio.sleep(rng.uniform(0.01, 0.3))
        if action == "duplicate_concurrent":
            results = await asyncio.gather(self._upstream(request), self._upstream(request), return_exceptions=True)
            response = next((x for x in results if isinstance(x, bytes)), None)
        else:
            response = await self._upstream(request)
            if action == "duplicate":
                await self._upstream(request)
            if action == "replay_old" and self.history:
                await self._upstream(rng.choice(self.history[-10:]))
        if response is None:
            return False
        if action == "drop_response":
            return False
        if action in ("502_after", "504_after"):
            writer.write(_gateway(int(action[:3])))
            await writer.drain()
            return False
        if action == "truncate_response":
            writer.write(response[:rng.randint(0, len(response) - 1)])
            await writer.drain()
            return False
        if action == "corrupt_response":
            pos = rng.randrange(len(response) - 1) if len(response) > 1 else 0
            response = response[:pos] + bytes([response[pos] ^ 0x01]) + response[pos + 1:]
        await self._send(writer, response, self._down)
        return True

    @staticmethod
    async def _send(writer: asyncio.StreamWriter, data: bytes, wire: _Wire | None) -> None:
        if wire is None:
            writer.write(data)
            await writer.drain()
        else:
            await wire.send(writer, data)
