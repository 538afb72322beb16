"""Byte-based adaptive batch size (sync.md §4.5): additive growth while requests are quick,
halving on timeouts, resets, 5xx and 413. Sizes are compressed bytes; cutting is done on raw bytes
through the observed compression ratio."""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024


@dataclass
class BatchSizer:
    max_bytes: int = 1024 * KIB
    min_bytes: int = 4 * KIB
    target_s: float = 15.0
    bytes: int = 64 * KIB
    ratio: float = 4.0  # raw / compressed, learnt from each batch
    throughput: float | None = None  # compressed bytes per second (EWMA)
    max_raw: int = 32 << 20
    _next_raw_cap: int | None = None

    def raw_budget(self) -> int:
        budget = min(int(self.bytes * self.ratio), self.max_raw)
        if self._next_raw_cap is not None:
            budget = min(budget, self._next_raw_cap)
        return max(budget, 1)

    def server_limits(self, max_bytes: int, max_decompressed: int) -> None:
        self.max_bytes = max(self.min_bytes, max_bytes)
        self.max_raw = max(self.min_bytes, max_decompressed // 2)
        self.bytes = min(self.bytes, self.max_bytes)

    def observe_ratio(self, raw: int, compressed: int) -> None:
        if compressed > 0 and raw > 0:
            self.ratio = 0.7 * self.ratio + 0.3 * max(1.0, raw / compressed)

    def on_success(self, sent: int, elapsed: float) -> None:
        self._next_raw_cap = None
        rate = sent / max(elapsed, 1e-3)
        self.throughput = rate if self.throughput is None else 0.7 * self.throughput + 0.3 * rate
        if elapsed < self.target_s / 2:
            self.bytes = int(self.bytes * 1.5)
        else:
            self.bytes = int(min(self.bytes, self.throughput * self.target_s))
        self.bytes = max(self.min_bytes, min(self.bytes, self.max_bytes))

    def on_failure(self) -> None:
        self.bytes = max(self.min_bytes, self.bytes // 2)

    def split(self, raw_size: int) -> None:
        """The last batch must be cut smaller next time (413, a rejected batch, too big locally)."""
        self.on_failure()
        self._next_raw_cap = max(1, raw_size // 2)
