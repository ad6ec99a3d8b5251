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

Every request instructor makes — the first question and each re-ask — goes through
``ModelClient._answer``: the call cache (``pipeline.model.call_cache``) is asked first, by the
request's exact body; only a request never answered before goes to the server (with the
transport retries), and its answer is stored before it is used. Every response is counted in
the article's ``UsageMeter`` as made or replayed; requests that got no completion (timeouts,
dropped connections, 429, 5xx) carry no token counts and are counted as attempts.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import httpx2
import instructor
import openai
from instructor.core import IncompleteOutputException
from openai.types.chat import ChatCompletion
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
from pipeline.model.balancing import EndpointPool, PooledEndpoint
from pipeline.model.call_cache import CallCache, CallIdentity, CallLabel, identify_request
from pipeline.model.identity import model_identity
from schemas import Usage

T = TypeVar("T", bound=BaseModel)


class EmptyAnswer(Exception):
    """The server answered 200 with an empty ``choices`` list: a server fault, not an
    answer, so it is retried like a 5xx rather than re-asked."""


class NotAnAnswer(Exception):
    """The server answered 200 with something that is not a chat completion (a web page from
    a proxy, a login portal, the wrong port): no retry mends that, so the article fails."""


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
        if isinstance(exc, (openai.APIError, IncompleteOutputException, EmptyAnswer, NotAnAnswer)):
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


REFUSES_EVERY_CALL = frozenset({401, 403, 404})
"""A wrong key, a forbidden model, a wrong path or model name: no other call will fare
better, so the article fails (and the run says why) instead of asking on."""


def refuses_every_call(exc: BaseException) -> bool:
    """A wrong key, path, model or address: asking the other calls is pointless."""
    return server_refusal(exc) in REFUSES_EVERY_CALL or isinstance(_root_cause(exc), NotAnAnswer)


def server_refusal(exc: BaseException) -> int | None:
    """The HTTP status of a request the server refused for good (4xx other than 408, 409 and
    429, which are worth retrying), else None."""
    cause = _root_cause(exc)
    if isinstance(cause, openai.APIStatusError) and not is_transport_error(cause):
        return cause.status_code if 400 <= cause.status_code < 500 else None
    return None


_SECRET_LIKE = re.compile(r"(?i)\b(bearer\s+)?(sk|key|api[-_]?key)[-_:= ]*[A-Za-z0-9_\-]{12,}")


def _server_message(cause: openai.APIStatusError) -> str:
    """The server's own words, on one line, with anything that looks like a key blanked."""
    body = cause.body
    message: object = body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message", inner) if isinstance(inner, dict) else inner
    text = " ".join(str(message or cause.message).split())
    return _SECRET_LIKE.sub("[redacted]", text)[:200]


def describe_error(exc: BaseException) -> str:
    """One line a user can act on, never including request headers (and so never a key)."""
    cause = _root_cause(exc)
    if isinstance(cause, openai.APITimeoutError):
        return "model server timed out"
    if isinstance(cause, openai.APIConnectionError):
        return "model server unreachable (connection refused or dropped)"
    if isinstance(cause, openai.APIStatusError):
        status = cause.status_code
        retry_after = _retry_after_seconds(cause) if status == 429 else None
        if retry_after is not None:
            wait = f"{round(retry_after, 2):g}"
            return f"model server answered HTTP 429 (asks to retry after {wait} s)"
        if status in (401, 403):
            return f"the server refused the key (HTTP {status}): set OPENAI_API_KEY for it"
        if status == 404:
            return "no such endpoint or model (HTTP 404): check --base-url and --model"
        if server_refusal(cause) is not None:  # 429 without Retry-After is no refusal
            return f"the server rejected the request (HTTP {status}: {_server_message(cause)})"
        return f"model server answered HTTP {status}"
    if isinstance(cause, IncompleteOutputException):
        return "model answer cut off at max_tokens"
    if isinstance(cause, EmptyAnswer):
        return "model server answered with no choices"
    if isinstance(cause, NotAnAnswer):
        return str(cause)
    if isinstance(cause, ValidationError) and any(
        e["type"] == "json_invalid" for e in cause.errors()
    ):
        return "model answer is not valid JSON"
    text = " ".join(str(cause).split())
    return f"{type(cause).__name__}: {text[:300]}"


class _DeadlineStream(httpx2.SyncByteStream):
    """A response body that must arrive whole before the request's deadline."""

    def __init__(self, inner: httpx2.SyncByteStream, deadline: float, limit_s: float) -> None:
        self.inner, self.deadline, self.limit_s = inner, deadline, limit_s

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            if time.monotonic() > self.deadline:
                self.close()
                raise httpx2.ReadTimeout(f"no complete answer within {self.limit_s:g} s")
            yield chunk

    def close(self) -> None:
        self.inner.close()


class DeadlineTransport(httpx2.HTTPTransport):
    """httpx's timeouts are per read, so a server that sends a byte every few seconds keeps
    a call alive for ever; this bounds the whole request (connect, headers, body)."""

    def __init__(self, limit_s: float) -> None:
        super().__init__()
        self.limit_s = limit_s

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        deadline = time.monotonic() + self.limit_s
        response = super().handle_request(request)
        if time.monotonic() > deadline:
            response.close()
            raise httpx2.ReadTimeout(f"no answer within {self.limit_s:g} s", request=request)
        assert isinstance(response.stream, httpx2.SyncByteStream)
        response.stream = _DeadlineStream(response.stream, deadline, self.limit_s)
        return response


@dataclass
class UsageMeter:
    """Adds up one article's responses: all of them (what its records rest on) and the ones
    this run really asked for (``made``), as opposed to replayed from the call cache."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    calls_made: int = 0
    calls_replayed: int = 0
    spent_prompt_tokens: int = 0
    spent_completion_tokens: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, response: Any, *, replayed: bool = False) -> None:
        """A completion arrived (valid or not), from the server or from the cache."""
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0) if usage is not None else 0
        completion = int(getattr(usage, "completion_tokens", 0) or 0) if usage is not None else 0
        with self._lock:
            self.attempts += 1
            self.prompt_tokens += prompt
            self.completion_tokens += completion
            if replayed:
                self.calls_replayed += 1
            else:
                self.calls_made += 1
                self.spent_prompt_tokens += prompt
                self.spent_completion_tokens += completion

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


def is_stored_answer(response: ChatCompletion) -> bool:
    """Worth keeping in the call cache: a complete JSON answer. A truncated or non-JSON answer
    is a failed call, asked again by the next run."""
    if not response.choices:
        return False
    choice = response.choices[0]
    if choice.finish_reason == "length":
        return False
    try:
        json.loads(choice.message.content or "")
    except ValueError:
        return False
    return True


class _CapturedRequest(Exception):
    """Raised by the capturing ``create``: carries the request body, never sent."""

    def __init__(self, request: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.request = request


def _structured_client(create: Callable[..., Any]) -> instructor.Instructor:
    """instructor in JSON_SCHEMA mode over our own ``create`` (the cache-first transport),
    exactly as ``instructor.from_openai`` builds it over ``client.chat.completions.create``."""
    from instructor.utils.providers import Provider
    from instructor.v2.core.patch import patch_v2

    mode = instructor.Mode.JSON_SCHEMA
    patched = patch_v2(func=create, provider=Provider.OPENAI, mode=mode)
    return instructor.Instructor(client=None, create=patched, provider=Provider.OPENAI, mode=mode)


_JINJA_MARKS = ("{{", "{%", "{#")
_RAW_END = "{% endraw %}"


def protect_from_templating(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """instructor renders every message as a Jinja template when a validation ``context`` is
    given, so an article containing "{{ article_text }}" would be filled in (and "{%" could
    fail the call). Wrapped in a raw block, a message renders back to itself, byte for byte;
    messages without template marks are left as they are."""
    protected = []
    for message in messages:
        content = message.get("content", "")
        if isinstance(content, str) and any(mark in content for mark in _JINJA_MARKS):
            escaped = content.replace(_RAW_END, _RAW_END + "{{ '" + _RAW_END + "' }}{% raw %}")
            message = {**message, "content": "{% raw %}" + escaped + _RAW_END}
        protected.append(message)
    return protected


def _request_kwargs(settings: Settings) -> dict[str, Any]:
    generation = settings.generation
    return {
        "model": settings.model,
        "temperature": generation.temperature,
        "max_tokens": generation.max_tokens,
        "seed": generation.seed,
    }


def _capture(
    response_model: type[BaseModel], messages: list[dict[str, str]], settings: Settings
) -> dict[str, Any]:
    def capture(**request: Any) -> Any:
        raise _CapturedRequest(request)

    client = _structured_client(capture)
    try:
        client.chat.completions.create(
            response_model=response_model,
            messages=list(messages),  # type: ignore[arg-type]
            max_retries=0,
            **_request_kwargs(settings),
        )
    except Exception as exc:
        seen: BaseException | None = exc
        for _ in range(8):
            if isinstance(seen, _CapturedRequest):
                return seen.request
            if seen is None:
                break
            seen = seen.__cause__ or seen.__context__
        raise
    raise AssertionError("unreachable: the capture always raises")  # pragma: no cover


logging.getLogger("instructor.v2.retry").addFilter(
    lambda record: "request captured" not in record.getMessage()
)
"""instructor logs the capturing ``create``'s exception as a failed API call: it is not one."""

_PLACEHOLDER = [{"role": "user", "content": "\u0000"}]
_templates: dict[tuple[object, ...], dict[str, Any]] = {}
_templates_lock = threading.Lock()


def first_request(
    response_model: type[BaseModel], messages: list[dict[str, str]], settings: Settings
) -> dict[str, Any]:
    """The exact body of the first request a structured call will send, without sending it:
    what ``plan`` looks up in the call cache before any model is started. instructor builds
    the body once per answer schema (JSON_SCHEMA mode passes the messages through as they
    are, which ``tests/test_call_cache.py`` checks), so a plan of many calls costs little."""
    signature = (response_model, tuple(sorted(_request_kwargs(settings).items())))
    with _templates_lock:
        template = _templates.get(signature)
    if template is None:
        template = _capture(response_model, _PLACEHOLDER, settings)
        with _templates_lock:
            _templates[signature] = template
    return {**template, "messages": [dict(m) for m in messages]}


class PendingAnswer(Exception):
    """A call the cache cannot answer, met while a batch round is collected: its request is
    noted for the batch file and never sent."""


class RequestCollector:
    """The requests a run would send, gathered instead of sent (``summitry batch export``):
    first-round calls and, once their answers are imported, the re-asks the validators make."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[str, tuple[CallIdentity, dict[str, Any]]] = {}

    def add(self, identity: CallIdentity, request: dict[str, Any]) -> None:
        with self._lock:
            self.requests.setdefault(identity.key, (identity, request))


BaseUrl = Callable[[], str]


def _fixed(url: str) -> BaseUrl:
    return lambda: url


"""Where requests go; called only when a request is not in the cache, so a run answered
wholly from the cache starts no model server."""


class ModelClient:
    """Thread-safe: one openai client, made on the first request that needs the server; one
    instructor client per structured call (it carries that call's meter and label)."""

    def __init__(
        self,
        settings: Settings,
        *,
        cache: CallCache | None = None,
        reuse: bool = True,
        base_url: BaseUrl | None = None,
        collector: RequestCollector | None = None,
    ) -> None:
        self.collector = collector
        """Set: no request is ever sent; those the cache cannot answer are collected."""
        if collector is not None:
            base_url = base_url or (lambda: "http://batch.invalid/v1")
        if base_url is None and settings.base_url is None:
            raise ValueError("ModelClient needs a base_url (start the embedded server first)")
        self.settings = settings
        self.cache = cache
        self.reuse = reuse
        """False (``--no-cache``): ask every request again; answers are still stored."""
        self.model_id = model_identity(settings)
        if not settings.extra_base_urls:
            first = base_url or (lambda: str(settings.base_url))
            sources, labels = [first], [settings.base_url or "embedded"]
        else:
            sources = [_fixed(url) for url in settings.base_urls]
            labels = list(settings.base_urls)
        self.endpoints = EndpointPool(
            sources,
            labels,
            failures_to_rest=settings.endpoint_failures_to_rest,
            rest_s=settings.endpoint_rest_s,
            blip_s=settings.endpoint_blip_s,
        )
        self._in_flight = threading.BoundedSemaphore(settings.max_calls_in_flight)
        """Requests in flight over all endpoints (``--calls-in-flight``)."""
        self._clients: dict[int, openai.OpenAI] = {}
        self._lock = threading.Lock()

    def _openai(self, endpoint: PooledEndpoint) -> openai.OpenAI:
        index = self.endpoints.endpoints.index(endpoint)
        with self._lock:
            if index not in self._clients:
                timeout = httpx2.Timeout(self.settings.request_timeout_s)
                self._clients[index] = openai.OpenAI(
                    base_url=endpoint.url(),
                    # Local servers ignore the key; the client library insists on one.
                    api_key=self.settings.api_key or "not-needed",
                    timeout=timeout,
                    max_retries=0,  # transport retries are ours (tenacity), bounded once
                    http_client=httpx2.Client(
                        transport=DeadlineTransport(self.settings.call_deadline_s),
                        timeout=timeout,
                        limits=httpx2.Limits(
                            max_connections=self.settings.max_calls_in_flight,
                            max_keepalive_connections=self.settings.max_calls_in_flight,
                        ),
                    ),
                )
            return self._clients[index]

    def close(self) -> None:
        """Drop the HTTP connections, calls in flight included: a Ctrl-C must not wait for a
        slow answer (their threads end with a connection error that nobody reads)."""
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

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

    def _send(self, request: dict[str, Any], meter: UsageMeter) -> ChatCompletion:
        """One request to the server, retried on transport faults."""
        for attempt in self._transport_retrying():
            with attempt, self._in_flight, self.endpoints.use() as endpoint:
                try:
                    response = self._openai(endpoint).chat.completions.create(**request)
                except Exception as exc:
                    if is_transport_error(exc) or server_refusal(exc) is not None:
                        meter.record_failed_request()  # an attempt the server answered
                    if is_transport_error(exc):
                        self.endpoints.failed(endpoint, describe_error(exc))
                    raise
                self.endpoints.succeeded(endpoint)
                if not isinstance(response, ChatCompletion):  # openai hands back the body
                    meter.record_failed_request()
                    kind = "text/html" if str(response).lstrip().startswith("<") else "text"
                    raise NotAnAnswer(
                        f"model server answered with a non-JSON body ({kind}): is --base-url "
                        "the API's address (ending in /v1)?"
                    )
                if not response.choices:  # a server fault, not an answer: retried
                    meter.record(response)
                    raise EmptyAnswer("model server answered with no choices")
                return response
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    def _answer(self, meter: UsageMeter, label: CallLabel, **request: Any) -> ChatCompletion:
        """instructor's ``create``: the cached answer to this exact request, else the
        server's (stored before it is used)."""
        identity = identify_request(self.model_id, request, label)
        if self.cache is not None and self.reuse:
            stored = self.cache.get(identity.key)
            if stored is not None:
                response = ChatCompletion.model_validate_json(stored.response_json)
                meter.record(response, replayed=True)
                return response
        if self.collector is not None:
            self.collector.add(identity, request)
            raise PendingAnswer("answer pending in a batch round")
        started = time.perf_counter()
        response = self._send(request, meter)
        meter.record(response)
        if self.cache is not None and is_stored_answer(response):
            usage = response.usage
            self.cache.put(
                identity,
                response.model_dump_json(),
                prompt_tokens=usage.prompt_tokens if usage else 0,
                completion_tokens=usage.completion_tokens if usage else 0,
                wall_seconds=time.perf_counter() - started,
            )
        return response

    def extract(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        context: dict[str, Any],
        meter: UsageMeter,
        label: CallLabel | None = None,
    ) -> T:
        """Structured call with both retry layers; raises the last error when all fail."""
        client = _structured_client(partial(self._answer, meter, label or CallLabel()))
        return client.chat.completions.create(
            response_model=response_model,
            messages=protect_from_templating(messages),  # type: ignore[arg-type]
            max_retries=self.settings.validation_retries,
            context=context,
            **_request_kwargs(self.settings),
        )


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
