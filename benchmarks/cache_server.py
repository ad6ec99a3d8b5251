"""Serve the answers of a call cache over the OpenAI chat API, to record cassettes from them.

A live run of the embedded model (``make bench``) leaves every answer in its call cache. This
server answers each request with the stored answer to that exact request, so recording the
cassettes (``pytest -m llm --record-mode=once`` against it) captures the model's real answers
without running the model again; a request the cache never saw gets HTTP 404, so a recording
can never contain an invented answer.

    python -m benchmarks.cache_server CACHE.sqlite [CACHE2.sqlite ...] [--port 8099]
        [--model-id embedded:qwen2.5-coder-1.5b-instruct-q4_k_m.gguf]
        [--upstream http://127.0.0.1:8080/v1]   # ask the same model what the caches lack

With ``--upstream`` (the same model, e.g. ``summitry serve``), a request no cache holds is
forwarded there and its answer passed on: the cassettes then hold one live run's answers
where there is one and fresh answers of the same model elsewhere.
"""

from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pipeline.model.call_cache import CallCache, CallLabel, identify_request


class CacheServer:
    """127.0.0.1 only; one thread per request."""

    def __init__(
        self,
        caches: list[Path],
        model_id: str | None = None,
        port: int = 0,
        upstream: str | None = None,
    ) -> None:
        self.caches = [CallCache(path) for path in caches]
        # A bench run reaches its embedded server by URL, so its answers are stored under
        # "local@http://127.0.0.1:PORT/v1": by default, every identity the caches hold.
        self.model_ids = [model_id] if model_id else _stored_model_ids(caches)
        self.upstream = upstream
        self.forwarded = 0
        self.missed = 0
        self.answered = 0
        server = self
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._send(200, {"object": "list", "data": [{"id": "local", "object": "model"}]})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                request = json.loads(self.rfile.read(length) or b"{}")
                keys = [identify_request(m, request, CallLabel()).key for m in server.model_ids]
                for cache, key in ((c, k) for c in server.caches for k in keys):
                    stored = cache.get(key)
                    if stored is not None:
                        with lock:
                            server.answered += 1
                        self._send(200, json.loads(stored.response_json))
                        return
                if server.upstream:
                    status, answer = _forward(server.upstream, request)
                    with lock:
                        server.forwarded += 1
                    self._send(status, answer)
                    return
                with lock:
                    server.missed += 1
                self._send(404, {"error": {"message": "request not in the call cache"}})

        self._http = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self._http.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def serve_forever(self) -> None:
        self._http.serve_forever()


def _stored_model_ids(caches: list[Path]) -> list[str]:
    import sqlite3

    found: list[str] = []
    for path in caches:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            rows = connection.execute("SELECT DISTINCT model_id FROM calls").fetchall()
        found += [row[0] for row in rows if row[0] not in found]
    return found


def _forward(upstream: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The request as sent, to the upstream server; its status and JSON answer."""
    import urllib.error
    import urllib.request

    data = json.dumps(request).encode()
    sent = urllib.request.Request(
        upstream.rstrip("/") + "/chat/completions",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(sent, timeout=1800) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("caches", nargs="+", type=Path)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument(
        "--model-id", help="whose answers (default: every model identity the caches hold)"
    )
    parser.add_argument("--upstream", help="the same model's server, for what no cache holds")
    args = parser.parse_args()
    server = CacheServer(args.caches, args.model_id, args.port, args.upstream)
    print(f"serving {len(args.caches)} call cache(s) at {server.base_url}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
