"""Classifying model-server errors: which are retried, and the one-line reason users see."""

from __future__ import annotations

import httpx2 as httpx
import openai
import pytest
from instructor.core import InstructorRetryException

from pipeline.model.client import _retry_after_seconds, describe_error, is_transport_error

REQUEST = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def _status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    response = httpx.Response(status, headers=headers or {}, request=REQUEST)
    cls = {429: openai.RateLimitError, 500: openai.InternalServerError}.get(
        status, openai.APIStatusError
    )
    return cls("boom", response=response, body=None)


def _wrapped(cause: BaseException) -> InstructorRetryException:
    try:
        raise InstructorRetryException("wrapped", n_attempts=1, total_usage=0) from cause
    except InstructorRetryException as exc:
        return exc


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (openai.APIConnectionError(request=REQUEST), True),
        (openai.APITimeoutError(request=REQUEST), True),
        (_status_error(429), True),
        (_status_error(500), True),
        (_status_error(503), True),
        (_status_error(400), False),
        (_status_error(401), False),
        (ValueError("nonsense answer"), False),
    ],
)
def test_transport_errors_are_retried_others_are_not(error: Exception, transient: bool) -> None:
    assert is_transport_error(error) is transient
    assert is_transport_error(_wrapped(error)) is transient


def test_describe_error_is_one_line_without_secrets() -> None:
    error = _wrapped(openai.APIConnectionError(request=REQUEST))
    assert describe_error(error) == "model server unreachable (connection refused or dropped)"
    assert describe_error(_status_error(503)) == "model server answered HTTP 503"
    multi = describe_error(ValueError("line one\nline two"))
    assert "\n" not in multi and multi.startswith("ValueError: line one line two")


def test_retry_after_header_is_read() -> None:
    assert _retry_after_seconds(_status_error(429, {"retry-after": "7"})) == 7.0
    assert _retry_after_seconds(_status_error(429)) is None
    assert _retry_after_seconds(_status_error(429, {"retry-after": "soon"})) is None


def test_doctor_check_names_an_unreachable_server() -> None:
    from pipeline.config import Settings
    from pipeline.model.client import check_server

    reachable, detail = check_server(Settings(base_url="http://127.0.0.1:9/v1"), timeout_s=2)
    assert not reachable
    assert detail == "model server unreachable (connection refused or dropped)"
