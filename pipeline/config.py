"""Run settings: which model server to talk to and how hard to try.

Read once from flags and environment (``OPENAI_BASE_URL``, ``OPENAI_API_KEY``,
``SUMMITRY_MODEL``, ``SUMMITRY_MODEL_PATH``), then passed around as a frozen value so that
every stage (and the cache key of later runs) sees the same numbers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

EMBEDDED_MODEL_ALIAS = "local"
CHARS_PER_TOKEN = 3.2
"""Conservative for English news text with the Qwen tokenizer (measured ~3.9 on the samples)."""
MAX_VALIDATION_RETRIES = 3
MAX_TRANSPORT_ATTEMPTS = 10


@dataclass(frozen=True)
class GenerationParams:
    """Parameters that change the model's answer; part of what identifies a result."""

    temperature: float = 0.0
    max_tokens: int = 2048
    seed: int = 0


DEFAULT_SENTENCE_WORKERS = 2


@dataclass(frozen=True)
class Settings:
    base_url: str | None = None
    """OpenAI-compatible endpoint; ``None`` means: start the embedded llama.cpp server."""
    api_key: str | None = field(default=None, repr=False)
    """Never shown: not in ``repr`` (tracebacks that print locals), not in ``redacted()``."""
    model: str = EMBEDDED_MODEL_ALIAS
    model_path: str | None = None
    """A local GGUF for the embedded server, overriding the assembled default."""
    concurrency: int = 2
    strategy: Literal["sentences", "article"] = "sentences"
    """``sentences``: one small call per candidate sentence; ``article``: one call per article."""
    sentence_workers: int = DEFAULT_SENTENCE_WORKERS
    """Sentence calls in flight per article (the embedded server gets as many slots)."""
    validation_retries: int = 1
    """Re-asks of the model with the validation errors (instructor ``max_retries``), at most
    ``MAX_VALIDATION_RETRIES``: each re-ask resends the conversation plus the last answer."""
    transport_attempts: int = 4
    """Tries per request on timeouts, 429, 5xx and refused connections (tenacity)."""
    request_timeout_s: float = 600.0
    """Longest wait for a connection or for the next bytes of an answer; a server that hangs
    longer is a timeout, retried like a dropped connection."""
    call_deadline_s: float = 300.0
    """Longest one HTTP request may take in all, however the server trickles its answer
    (the read timeout restarts with every byte). ``settings_from_env`` gives the embedded
    server, a 2-core CPU decoding for four slots, 1,200 s."""
    retry_initial_wait_s: float = 1.0
    """First transport backoff; it doubles per try, and every wait gets a random 0 to this
    much more (jitter), so clients that failed together do not come back together."""
    retry_max_wait_s: float = 30.0
    """Longest backoff between two transport tries, before jitter."""
    retry_after_max_s: float = 60.0
    """Longest ``Retry-After`` honoured; a server asking for more is not retried."""
    max_calls_per_article: int = 400
    """Sentence calls one article may need before it is refused (never truncated)."""
    context_tokens: int = 4096
    generation: GenerationParams = field(default_factory=GenerationParams)
    disabled_rules: tuple[str, ...] = ()
    """Record rules switched off by name (``pipeline.records.building.RULE_NAMES``): to see
    what one rule is worth, from cached answers, without a model call."""
    follow_symlinks: bool = False
    """Read article files that link outside the article folder (refused by default)."""
    extra_base_urls: tuple[str, ...] = ()
    """More endpoints serving the same model as ``base_url``: requests are spread over all
    of them (``pipeline.model.balancing``). The cache identity stays ``model@base_url``."""
    calls_in_flight: int | None = None
    """Model requests in flight at once over all endpoints; ``None``: 4 for the embedded
    server, 32 for a remote one."""
    processes: int = 1
    """Worker processes for Summitry's own work (cleaning, prompts, validation, records):
    one process uses one core whatever the threads; more feed a fast endpoint faster."""
    endpoint_failures_to_rest: int = 3
    endpoint_rest_s: float = 30.0
    endpoint_blip_s: float = 1.0
    """How long a failed endpoint is set aside before it gets another request."""

    def __post_init__(self) -> None:
        if not 0 <= self.validation_retries <= MAX_VALIDATION_RETRIES:
            raise ValueError(
                f"validation_retries must be 0..{MAX_VALIDATION_RETRIES}, "
                f"got {self.validation_retries}"
            )
        if not 1 <= self.transport_attempts <= MAX_TRANSPORT_ATTEMPTS:
            raise ValueError(
                f"transport_attempts must be 1..{MAX_TRANSPORT_ATTEMPTS}, "
                f"got {self.transport_attempts}"
            )
        waits = (self.request_timeout_s, self.retry_max_wait_s, self.retry_after_max_s)
        if min(waits) <= 0 or self.retry_initial_wait_s < 0:
            raise ValueError("timeouts and retry waits must be positive")

    @property
    def max_requests_per_call(self) -> int:
        """HTTP requests one structured call can make at worst: every transport try re-runs
        the whole call with its re-asks."""
        return self.transport_attempts * (1 + self.validation_retries)

    @property
    def server_slots(self) -> int:
        """Requests in flight at once: what the embedded server needs as parallel slots."""
        per_article = self.sentence_workers if self.strategy == "sentences" else 1
        return self.concurrency * per_article

    @property
    def uses_embedded_server(self) -> bool:
        return self.base_url is None

    @property
    def base_urls(self) -> tuple[str, ...]:
        """Every configured endpoint (none: the embedded server)."""
        return (self.base_url, *self.extra_base_urls) if self.base_url else ()

    @property
    def max_calls_in_flight(self) -> int:
        if self.calls_in_flight is not None:
            return self.calls_in_flight
        return EMBEDDED_CALLS_IN_FLIGHT if self.uses_embedded_server else REMOTE_CALLS_IN_FLIGHT

    def with_base_url(self, base_url: str) -> Settings:
        return replace(self, base_url=base_url)

    def redacted(self) -> dict[str, object]:
        """What may be shown or stored: never the API key."""
        return {
            "base_url": self.base_url or "embedded",
            "extra_base_urls": list(self.extra_base_urls),
            "calls_in_flight": self.max_calls_in_flight,
            "processes": self.processes,
            "model": self.model,
            "api_key": "set" if self.api_key else "unset",
            "concurrency": self.concurrency,
            "strategy": self.strategy,
            "sentence_workers": self.sentence_workers,
            "validation_retries": self.validation_retries,
            "transport_attempts": self.transport_attempts,
            "temperature": self.generation.temperature,
            "max_tokens": self.generation.max_tokens,
            "disabled_rules": list(self.disabled_rules),
        }


EMBEDDED_CALL_DEADLINE_S = 1200.0
EMBEDDED_CALLS_IN_FLIGHT = 4
"""The embedded server's parallel slots on a 2-core machine: more only queues."""
REMOTE_CALLS_IN_FLIGHT = 32


def _urls(given: str | Sequence[str] | None, env: dict[str, str]) -> list[str]:
    """Endpoints from the flags (repeatable), else ``SUMMITRY_BASE_URLS`` (comma or space
    separated), else ``OPENAI_BASE_URL``."""
    if isinstance(given, str):
        given = [given]
    urls = [u for u in (given or []) if u]
    if not urls:
        urls = env.get("SUMMITRY_BASE_URLS", "").replace(",", " ").split()
    if not urls and env.get("OPENAI_BASE_URL"):
        urls = [env["OPENAI_BASE_URL"]]
    return list(dict.fromkeys(urls))


def settings_from_env(
    *,
    base_url: str | Sequence[str] | None = None,
    model: str | None = None,
    concurrency: int | None = None,
    calls_in_flight: int | None = None,
    processes: int | None = None,
    strategy: str | None = None,
    follow_symlinks: bool = False,
    env: dict[str, str] | None = None,
) -> Settings:
    """Flags win over environment variables, which win over defaults. Articles in flight
    default to the calls in flight divided by each article's sentence calls (2 for the
    embedded server, 16 for a remote one)."""
    env = dict(os.environ) if env is None else env
    urls = _urls(base_url, env)
    resolved_base_url = urls[0] if urls else None
    calls = calls_in_flight or (
        int(env["SUMMITRY_CALLS_IN_FLIGHT"]) if env.get("SUMMITRY_CALLS_IN_FLIGHT") else None
    )
    default_calls = calls or (
        EMBEDDED_CALLS_IN_FLIGHT if resolved_base_url is None else REMOTE_CALLS_IN_FLIGHT
    )
    articles = concurrency or (
        int(env["SUMMITRY_CONCURRENCY"]) if env.get("SUMMITRY_CONCURRENCY") else None
    )
    return Settings(
        base_url=resolved_base_url,
        extra_base_urls=tuple(urls[1:]),
        calls_in_flight=calls,
        processes=max(1, processes or int(env.get("SUMMITRY_PROCESSES") or 1)),
        api_key=env.get("OPENAI_API_KEY") or None,
        model=model or env.get("SUMMITRY_MODEL") or EMBEDDED_MODEL_ALIAS,
        model_path=env.get("SUMMITRY_MODEL_PATH") or None,
        concurrency=max(1, articles or default_calls // DEFAULT_SENTENCE_WORKERS),
        strategy="article"
        if (strategy or env.get("SUMMITRY_STRATEGY")) == "article"
        else "sentences",
        follow_symlinks=follow_symlinks,
        call_deadline_s=float(
            env.get("SUMMITRY_CALL_DEADLINE_S")
            or (EMBEDDED_CALL_DEADLINE_S if resolved_base_url is None else 300.0)
        ),
    )
