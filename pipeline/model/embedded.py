"""The embedded model server: llama.cpp's own HTTP server, run in-process by ``xllamacpp``.

Started on demand on 127.0.0.1 and a free port, stopped when the run ends. It speaks the
OpenAI chat API, and ``response_format: json_schema`` becomes grammar-constrained decoding,
which is what makes a 1.5B model produce valid JSON every time.
"""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from pipeline.config import EMBEDDED_MODEL_ALIAS


class EmbeddedServerError(Exception):
    """The embedded server could not be started; the message says what to do."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EmbeddedServer:
    """Context manager owning one in-process llama.cpp server."""

    def __init__(
        self,
        model_path: Path,
        *,
        context_tokens: int = 4096,
        parallel: int = 1,
        threads: int | None = None,
        port: int | None = None,
        quiet: bool = True,
    ) -> None:
        self.model_path = model_path
        self.context_tokens = context_tokens
        self.parallel = max(1, parallel)
        self.threads = threads or max(1, os.cpu_count() or 1)
        self.port = port or free_port()
        self.quiet = quiet
        self._server: object | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> EmbeddedServer:
        try:
            import xllamacpp
        except ImportError as exc:
            raise EmbeddedServerError(
                "the embedded runtime is not installed: pip install 'summitry[embedded]' "
                "(or set OPENAI_BASE_URL to use another server)"
            ) from exc
        params = xllamacpp.CommonParams()
        params.model.path = str(self.model_path)
        params.hostnames = ["127.0.0.1"]
        params.port = self.port
        params.model_alias = {EMBEDDED_MODEL_ALIAS}  # a set: a str would become one alias per char
        # Each parallel slot gets its own full context, so no article is squeezed by batching.
        params.n_ctx = self.context_tokens * self.parallel
        params.n_parallel = self.parallel
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.ctx_shift = False  # never silently drop the start of a long prompt
        if self.quiet:
            params.verbosity = -1
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # the runtime raises plain RuntimeError/ValueError
            raise EmbeddedServerError(f"llama.cpp server failed to start: {exc}") from exc
        self._wait_until_ready()
        return self

    def _wait_until_ready(self, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise EmbeddedServerError(f"llama.cpp server did not answer on {self.base_url}")

    def stop(self) -> None:
        # xllamacpp stops the server loop when the object is released.
        self._server = None

    def __enter__(self) -> EmbeddedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
