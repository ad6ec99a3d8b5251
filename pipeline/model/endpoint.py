"""Where requests go: a configured server, or the embedded one, started only when needed.

A run whose every request is in the call cache needs no model at all, and one whose plan has
no new calls may still need one for a re-ask that a changed validator asks for. So the
embedded server is started on the first request that reaches it (or up front, when the plan
already knows there will be new calls: a missing model then fails before any work starts),
and stopped when the run ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
