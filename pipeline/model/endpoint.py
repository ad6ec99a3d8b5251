"""Where requests go: a configured server, or the embedded one, started only when needed.

A run whose every request is in the call cache needs no model at all, and one whose plan has
no new calls may still need one for a re-ask that a changed validator asks for. So the
embedded server is started on the first request that reaches it (or up front, when the plan
already knows there will be new calls: a missing model then fails before any work starts),
and stopped when the run ends.

A configured server is only probed (``probe_endpoints``): a run about to send work to an
address where nothing listens says so at once, instead of spending every article's retries.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import httpx2

from pipeline.config import Settings
from pipeline.model.embedded import EmbeddedServer, EmbeddedServerError
from pipeline.model.store import resolve_model_file


class Endpoint:
    """A base URL, from the settings or from an embedded server started on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._server: EmbeddedServer | None = None
        self._error: EmbeddedServerError | None = None
        self._lock = threading.Lock()

    @property
    def started(self) -> bool:
        return self._server is not None

    def base_url(self) -> str:
        """The URL to send to; starts the embedded server the first time (once, for all
        threads); a failed start fails every later request the same way."""
        if self.settings.base_url is not None:
            return self.settings.base_url
        with self._lock:
            if self._error is not None:
                raise self._error
            if self._server is None:
                try:
                    self._server = self._start()
                except EmbeddedServerError as exc:
                    self._error = exc
                    raise
            return self._server.base_url

    def _start(self) -> EmbeddedServer:
        status = resolve_model_file(self.settings.model_path)
        if not status.ok or status.path is None:
            raise EmbeddedServerError(f"embedded model unavailable: {status.reason}")
        server = EmbeddedServer(
            status.path,
            context_tokens=self.settings.context_tokens,
            parallel=self.settings.server_slots,
        )
        return server.start()

    def close(self) -> None:
        with self._lock:
            if self._server is not None:
                self._server.stop()
                self._server = None


@contextmanager
def model_endpoint(settings: Settings, *, start_now: bool = False) -> Iterator[Endpoint]:
    """An endpoint for one run; ``start_now`` starts the embedded server before any work."""
    endpoint = Endpoint(settings)
    try:
        if start_now:
            endpoint.base_url()
        yield endpoint
    finally:
        endpoint.close()


PROBE_TIMEOUT_S = 3.0
"""Long enough for a server across the world to accept a connection; a dead address fails
at once (refused) or after this long (a host that drops the packets)."""


@dataclass(frozen=True)
class EndpointProbe:
    """What one ``GET {base_url}/models`` said about an endpoint before a run sends it work."""

    url: str
    reachable: bool | None
    """False: no connection could be made. None: the probe could not tell (a slow or odd
    answer); the run then decides, with its own retries and reasons."""
    reason: str = ""
    """Why no connection could be made, in a few words ("connection refused")."""


def _connect_failure(exc: httpx2.TransportError, timeout_s: float) -> str:
    if isinstance(exc, httpx2.ConnectTimeout):
        return f"no answer within {timeout_s:g} s"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "host name not found"
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
        cause = cause.__cause__ or cause.__context__
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def probe_endpoint(url: str, timeout_s: float = PROBE_TIMEOUT_S) -> EndpointProbe:
    """Can a connection be made to ``url``? Any HTTP answer (a 401 or 404 included) means a
    server is there; only a connection that cannot be made is a "no". No key is sent: the
    probe needs none, so it can leak none."""
    try:
        with httpx2.Client(timeout=httpx2.Timeout(timeout_s)) as client:
            client.get(url.rstrip("/") + "/models")
    except (httpx2.ConnectError, httpx2.ConnectTimeout) as exc:
        return EndpointProbe(url, False, _connect_failure(exc, timeout_s))
    except Exception:  # a slow or broken answer, replayed test traffic: cannot tell
        return EndpointProbe(url, None)
    return EndpointProbe(url, True)


def probe_endpoints(urls: Sequence[str], timeout_s: float = PROBE_TIMEOUT_S) -> list[EndpointProbe]:
    """Every endpoint probed at once (so many endpoints cost one timeout), in ``urls`` order."""
    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=min(len(urls), 16)) as pool:
        return list(pool.map(lambda url: probe_endpoint(url, timeout_s), urls))
