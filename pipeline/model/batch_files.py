"""The batch file format that OpenAI's Batch API and ``vllm run-batch`` both read and write.

Requests: one JSON object per line, ``{"custom_id", "method", "url", "body"}``, the body being
exactly the chat-completions request Summitry would send, and ``custom_id`` the call's cache
key — so an answer finds its call again however the batch was run. Results: one object per
line, ``{"custom_id", "response": {"status_code", "body"}, "error"}``; a line either carries
a chat completion or says why not. Parsing is pure and names the file and line of anything
it cannot use.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BATCH_ENDPOINT", "BatchResult", "read_results", "request_line"]

BATCH_ENDPOINT = "/v1/chat/completions"


def request_line(key: str, request: dict[str, Any]) -> str:
    """One line of a requests file (no newline)."""
    line = {"custom_id": key, "method": "POST", "url": BATCH_ENDPOINT, "body": request}
    return json.dumps(line, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class BatchResult:
    """One result line: the answer's chat completion (JSON), or why there is none."""

    line: int
    custom_id: str | None
    completion: dict[str, Any] | None = None
    error: str | None = None


def _error_text(value: Any) -> str:
    if isinstance(value, dict):
        code = value.get("code") or value.get("type") or ""
        message = value.get("message") or json.dumps(value)[:200]
        return f"{code}: {message}" if code else str(message)
    return " ".join(str(value).split())[:200]


def parse_result(value: Any, line: int, where: str) -> BatchResult:
    if not isinstance(value, dict):
        return BatchResult(line, None, error=f"{where}: not a JSON object")
    custom_id = value.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        return BatchResult(line, None, error=f"{where}: no custom_id")
    if value.get("error"):
        return BatchResult(line, custom_id, error=_error_text(value["error"]))
    response = value.get("response")
    if not isinstance(response, dict):
        return BatchResult(line, custom_id, error="no response in the result")
    if "choices" in response and "status_code" not in response:
        response = {"status_code": 200, "body": response}  # the completion itself, unwrapped
    status, body = response.get("status_code", 200), response.get("body")
    if status != 200:
        reason = _error_text(body.get("error", body)) if isinstance(body, dict) else body
        return BatchResult(line, custom_id, error=f"HTTP {status}: {reason}")
    if not isinstance(body, dict):
        return BatchResult(line, custom_id, error="the response body is not a JSON object")
    return BatchResult(line, custom_id, completion=body)


def read_results(path: Path) -> Iterator[BatchResult]:
    """Every line of a results file, streamed; a line that is not JSON is a result with an
    error and no custom_id (the caller refuses it in one line)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path.name} line {number}"
            try:
                value = json.loads(raw)
            except ValueError:
                yield BatchResult(number, None, error=f"{where}: not JSON")
                continue
            yield parse_result(value, number, where)
