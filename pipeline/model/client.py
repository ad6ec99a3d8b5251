"""Talking to the model: openai + instructor for structured answers, tenacity for transport.

Two kinds of retry, kept apart on purpose:

* validation retries (instructor ``max_retries``): the answer parsed but failed the schema or
  the grounding checks, so the model is asked again *with the errors*;
* transport retries (tenacity): timeouts, 429, 5xx, refused or dropped connections and
  answers without any choice; the same call is sent again after exponential backoff with
  jitter, and never sooner than a ``Retry-After`` asks.

Both are bounded (``Settings.max_requests_per_call``), and a re-ask adds one answer (itself
bounded by ``max_tokens``) and one error message per validation retry, so a conversation can
never grow without bound.

Every response of every attempt is counted through instructor's ``completion:response`` hook,
so tokens burnt by failed attempts show up in ``usage``. Requests that got no completion
(timeouts, dropped connections, 429, 5xx) carry no token counts; they are counted as
attempts, so ``usage.attempts`` is the number of HTTP requests sent.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

import instructor
import openai
from instructor.core import IncompleteOutputException, ResponseParsingError
from pydantic import BaseModel, ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)
from tenacity.stop import stop_base

from pipeline.config import Settings
from schemas import Usage

T = TypeVar("T", bound=BaseModel)


class EmptyAnswer(Exception):
    """The server answered 200 with an empty ``choices`` list: a server fault, not an
    answer, so it is retried like a 5xx rather than re-asked."""


_TRANSPORT_ERRORS = (
    openai.APIConnectionError,  # includes APITimeoutError
    openai.RateLimitError,
    openai.InternalServerError,
    EmptyAnswer,
)


def _root_cause(exc: BaseException) -> BaseException:
    """instructor wraps API errors in InstructorRetryException; look underneath, but stop at
    the API error itself (below it lie transport internals that say less)."""
    for _ in range(6):
        if isinstance(exc, (openai.APIError, IncompleteOutputException, EmptyAnswer)):
            return exc
        if exc.__cause__ is None:
            break
        exc = exc.__cause__
    return exc


def is_transport_error(exc: BaseException) -> bool:
    cause = _root_cause(exc)
    if isinstance(cause, _TRANSPORT_ERRORS):
        return True
    return isinstance(cause, openai.APIStatusError) and (
        cause.status_code in (408, 409, 429) or cause.status_code >= 500
    )


def describe_error(exc: BaseException) -> str:
    """One line a user can act on, never including request headers (and so never a key)."""
    cause = _root_cause(exc)
    if isinstance(cause, openai.APITimeoutError):
        return "model server timed out"
    if isinstance(cause, openai.APIConnectionError):
        return "model server unreachable (connection refused or dropped)"
    if isinstance(cause, openai.APIStatusError):
        retry_after = _retry_after_seconds(cause) if cause.status_code == 429 else None
        if retry_after is not None:
            wait = f"{round(retry_after, 2):g}"
            return f"model server answered HTTP 429 (asks to retry after {wait} s)"
        return f"model server answered HTTP {cause.status_code}"
    if isinstance(cause, IncompleteOutputException):
        return "model answer cut off at max_tokens"
    if isinstance(cause, EmptyAnswer):
        return "model server answered with no choices"
    if isinstance(cause, ValidationError) and any(
        e["type"] == "json_invalid" for e in cause.errors()
    ):
        return "model answer is not valid JSON"
    text = " ".join(str(cause).split())
    return f"{type(cause).__name__}: {text[:300]}"


def _no_choices(exc: BaseException) -> bool:
    """instructor meets an empty ``choices`` list with a ResponseParsingError and then fails
    building the re-ask (IndexError); find it anywhere in the chain."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ResponseParsingError) and "no choices" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@dataclass
class UsageMeter:
    """Adds up tokens and attempts for one article across every try."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, response: Any) -> None:
        """A completion arrived (valid or not): its tokens were spent."""
        usage = getattr(response, "usage", None)
        with self._lock:
            self.attempts += 1
            if usage is not None:
                self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
                self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def record_failed_request(self) -> None:
        """A request that got no completion (timeout, dropped, 429, 5xx): no token counts
        exist for it, but it was an attempt."""
        with self._lock:
            self.attempts += 1

    def snapshot(self) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            attempts=self.attempts,
        )


class ModelClient:
    """A thin, thread-safe wrapper: one openai client, one instructor client per call."""

    def __init__(self, settings: Settings) -> None:
        if settings.base_url is None:
            raise ValueError("ModelClient needs a base_url (start the embedded server first)")
        self.settings = settings
        self._openai = openai.OpenAI(
            base_url=settings.base_url,
            # Local servers ignore the key; the client library insists on one.
            api_key=settings.api_key or "not-needed",
            timeout=settings.request_timeout_s,
            max_retries=0,  # transport retries are ours (tenacity), so they are bounded once
        )

    def _transport_retrying(self) -> Retrying:
        settings = self.settings
        # Jitter is added after the cap: clients that all reached the longest wait still
        # spread out instead of coming back together.
        backoff = wait_exponential(
            multiplier=settings.retry_initial_wait_s, max=settings.retry_max_wait_s
        ) + wait_random(0, settings.retry_initial_wait_s)

        def _wait(state: RetryCallState) -> float:
            # Never sooner than the server asked; _RetryAfterTooLong has stopped longer asks.
            return max(backoff(state), _outcome_retry_after(state) or 0.0)

        return Retrying(
            retry=retry_if_exception(is_transport_error),
            stop=stop_after_attempt(settings.transport_attempts)
            | _RetryAfterTooLong(settings.retry_after_max_s),
            wait=_wait,
            reraise=True,
        )

    def extract(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        context: dict[str, Any],
        meter: UsageMeter,
    ) -> T:
        """Structured call with both retry layers; raises the last error when all fail."""
        client = instructor.from_openai(self._openai, mode=instructor.Mode.JSON_SCHEMA)
        client.on("completion:response", meter.record)
        generation = self.settings.generation
        for attempt in self._transport_retrying():
            with attempt:
                try:
                    return client.chat.completions.create(
                        model=self.settings.model,
                        response_model=response_model,
                        messages=list(messages),  # type: ignore[arg-type]
                        max_retries=self.settings.validation_retries,
                        context=context,
                        temperature=generation.temperature,
                        max_tokens=generation.max_tokens,
                        seed=generation.seed,
                    )
                except Exception as exc:
                    if _no_choices(exc):  # counted by the hook: it was a completion
                        raise EmptyAnswer("model server answered with no choices") from exc
                    if is_transport_error(exc):
                        meter.record_failed_request()
                    raise
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover


def salvage_answer(exc: BaseException, response_model: type[T]) -> T | None:
    """The last answer of a call whose re-asks all failed validation, parsed by the schema
    alone (no grounding checks), or None when there is none or it is not even schema-valid."""
    if is_transport_error(exc):
        return None
    completion = getattr(exc, "last_completion", None)
    try:
        content = completion.choices[0].message.content  # type: ignore[union-attr]
        return response_model.model_validate_json(content or "")
    except (AttributeError, IndexError, TypeError, ValidationError):
        return None


def check_server(settings: Settings, timeout_s: float = 5.0) -> tuple[bool, str]:
    """Is the configured server answering, and does it know the model? (for ``doctor``)"""
    client = openai.OpenAI(
        base_url=settings.base_url,
        api_key=settings.api_key or "not-needed",
        timeout=timeout_s,
        max_retries=0,
    )
    try:
        models = [m.id for m in client.models.list()]
    except Exception as exc:
        return False, describe_error(exc)
    if models and settings.model not in models:
        shown = ", ".join(models[:5])
        return False, f"reachable, but model {settings.model!r} is not served (it has: {shown})"
    return True, f"reachable; {len(models)} model(s) listed"


def _retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds a 429/503 asks us to wait: ``retry-after-ms`` (OpenAI), ``Retry-After`` as
    seconds or as an HTTP date; None when absent or unreadable."""
    cause = _root_cause(exc)
    response = getattr(cause, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    value = headers.get("retry-after")
    try:
        if millis is not None:
            return max(0.0, float(millis) / 1000)
        if value is None:
            return None
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _outcome_retry_after(state: RetryCallState) -> float | None:
    exc = state.outcome.exception() if state.outcome else None
    return _retry_after_seconds(exc) if exc else None


class _RetryAfterTooLong(stop_base):
    """Stop when the server asks for a longer wait than we will make: retrying sooner would
    not honour it, and sleeping for an hour would look like a hang."""

    def __init__(self, limit_s: float) -> None:
        self.limit_s = limit_s

    def __call__(self, retry_state: RetryCallState) -> bool:
        asked = _outcome_retry_after(retry_state)
        return asked is not None and asked > self.limit_s
