"""Back-off after repeated wrong tokens, per client address."""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

# Addresses tracked at once: a flood from many addresses cannot grow the table without bound.
MAX_TRACKED = 10_000


class Lockout:
    """Wrong-token refusals per client address, in a sliding window. After ``limit`` of them
    within ``window`` seconds the address is refused (429) until the oldest leaves the window:
    a token of 16+ characters cannot be guessed at a few tries a minute."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.get(client, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def retry_after(self, client: str) -> int | None:
        """Seconds the client must wait, or None when it may try."""
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            if len(times) < self.limit:
                return None
            return max(1, math.ceil(times[-self.limit] + self.window - now))

    def failed(self, client: str) -> None:
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            times.append(now)
            self._failures[client] = times
            self._failures.move_to_end(client)
            while len(self._failures) > MAX_TRACKED:
                self._failures.popitem(last=False)


__all__ = ["Lockout"]
