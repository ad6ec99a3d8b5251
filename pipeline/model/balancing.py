"""Many endpoints serving one model: each request goes to the healthy endpoint with the fewest
requests in flight; an endpoint that fails several times in a row is rested for a while
(one log line), then tried again.

Only transport faults count as failures (refused or dropped connections, timeouts, 429,
5xx): a 400 is about the request, not the endpoint. When every endpoint is resting, the one
whose rest ends first is used anyway — the transport retries' backoff decides how long to
wait, never this pool.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["EndpointPool", "PooledEndpoint"]

log = logging.getLogger("summitry.endpoints")


@dataclass
class PooledEndpoint:
    url: Callable[[], str]
    label: str
    in_flight: int = 0
    failures_in_a_row: int = 0
    resting_until: float = 0.0
    requests: int = 0
    failures: int = 0


class EndpointPool:
    """Thread-safe; ``clock`` is injectable so resting is tested without waiting."""

    def __init__(
        self,
        urls: list[Callable[[], str]],
        labels: list[str],
        *,
        failures_to_rest: int = 3,
        rest_s: float = 30.0,
        blip_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not urls:
            raise ValueError("an endpoint pool needs at least one endpoint")
        self.endpoints = [PooledEndpoint(u, label) for u, label in zip(urls, labels, strict=True)]
        self.failures_to_rest = failures_to_rest
        self.rest_s = rest_s
        self.blip_s = blip_s
        self._clock = clock
        self._lock = threading.Lock()
        self._turn = 0

    def _pick(self) -> PooledEndpoint:
        now = self._clock()
        awake = [e for e in self.endpoints if e.resting_until <= now]
        if not awake:
            return min(self.endpoints, key=lambda e: e.resting_until)
        fewest = min(e.in_flight for e in awake)
        candidates = [e for e in awake if e.in_flight == fewest]
        self._turn += 1
        return candidates[self._turn % len(candidates)]

    @contextmanager
    def use(self) -> Iterator[PooledEndpoint]:
        """An endpoint for one request; the caller reports ``failed`` on a transport fault."""
        with self._lock:
            endpoint = self._pick()
            endpoint.in_flight += 1
            endpoint.requests += 1
        try:
            yield endpoint
        finally:
            with self._lock:
                endpoint.in_flight -= 1

    def succeeded(self, endpoint: PooledEndpoint) -> None:
        with self._lock:
            came_back = endpoint.failures_in_a_row >= self.failures_to_rest
            endpoint.failures_in_a_row = 0
            endpoint.resting_until = 0.0
        if came_back and len(self.endpoints) > 1:
            log.warning("endpoint %s answers again", endpoint.label)

    def failed(self, endpoint: PooledEndpoint, reason: str) -> None:
        """Every failure sets the endpoint aside for a moment (``blip_s``: a refused
        connection fails fast, and by requests in flight alone the failing endpoint would look
        the least busy); ``failures_to_rest`` in a row rest it for ``rest_s``."""
        with self._lock:
            endpoint.failures += 1
            endpoint.failures_in_a_row += 1
            now = self._clock()
            rest = endpoint.failures_in_a_row == self.failures_to_rest
            pause = (
                self.rest_s
                if endpoint.failures_in_a_row >= self.failures_to_rest
                else (self.blip_s)
            )
            endpoint.resting_until = max(endpoint.resting_until, now + pause)
        if rest and len(self.endpoints) > 1:
            log.warning(
                "endpoint %s rested for %.0f s after %d failures in a row (%s); the others "
                "take its requests",
                endpoint.label,
                self.rest_s,
                endpoint.failures_in_a_row,
                reason,
            )
