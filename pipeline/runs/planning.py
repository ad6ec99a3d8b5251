"""What an ``extract`` run will ask the model, decided before any model call.

The first-round calls of every article are known from its text alone (code picks the
sentences and renders the prompts), so the plan lists them, looks each exact request up in
the call cache, and says per article how many are answered and how many are new — and *why*
each new one is new, by comparing it with that article's previous call for the same unit:
the text changed at sentence N, a task's prompt or answer schema changed, the model or the
generation parameters changed. Re-asks cannot be known before the answers; their number is
estimated from the cache's history. ``summitry plan`` prints this; ``summitry extract`` runs
every article through the same code, asking exactly the calls the cache cannot answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.config import Settings
from pipeline.extraction.article_call import ArticleTooLong
from pipeline.extraction.sentence_calls import PlannedCall
from pipeline.extraction.strategies import first_round_calls
from pipeline.ingest.articles import Article, ArticleError, read_article, unique_article_ids
from pipeline.ingest.cleaning import strip_furniture
from pipeline.model.call_cache import CallCache, CallIdentity, CallRates, identify_request
from pipeline.model.client import first_request
from pipeline.model.identity import model_identity

Action = Literal["cached", "ask", "unreadable", "refused"]

TASK_NAMES = {
    "window_meetings": "meeting",
    "sentence_milestones": "milestone",
    "extract": "article",
}

# Per first-round call when the cache has no history yet, measured with the embedded model
# on this project's gold set (89 calls: ~580 prompt and ~125 completion tokens, ~25 s of
# server time each on 2 cores with 4 requests in flight; 0.1 re-asks per call).
DEFAULT_RATES = CallRates(prompt_tokens=580.0, completion_tokens=125.0, seconds=25.0, reasks_per_call=0.1)


@dataclass(frozen=True)
class CallPlan:
    task: str
    unit: int
    key: str
    cached: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanItem:
    path: Path
    article_id: str
    action: Action
    reasons: tuple[str, ...]
    article: Article | None = None
    calls: tuple[CallPlan, ...] = ()
    error: str | None = None
    est_prompt_tokens: int = 0
    est_completion_tokens: int = 0
    est_seconds: float = 0.0

    @property
    def cached_calls(self) -> int:
        return sum(call.cached for call in self.calls)

    @property
    def new_calls(self) -> int:
        return sum(not call.cached for call in self.calls)


@dataclass
class Plan:
    items: list[PlanItem] = field(default_factory=list)
    estimate_source: str = "defaults"
    parallel: int = 1
    """Requests the server answers at once: estimated seconds are server time / this."""
    legacy_entries: int = 0

    def of(self, action: Action) -> list[PlanItem]:
        return [item for item in self.items if item.action == action]

    @property
    def readable(self) -> list[PlanItem]:
        return [item for item in self.items if item.article is not None]

    @property
    def new_calls(self) -> int:
        return sum(item.new_calls for item in self.items)

    @property
    def cached_calls(self) -> int:
        return sum(item.cached_calls for item in self.items)

    @property
    def reason_counts(self) -> Counter[str]:
        return Counter(reason for item in self.items for reason in item.reasons)

    @property
    def est_prompt_tokens(self) -> int:
        return sum(item.est_prompt_tokens for item in self.items)

    @property
    def est_completion_tokens(self) -> int:
        return sum(item.est_completion_tokens for item in self.items)

    @property
    def est_seconds(self) -> float:
        return sum(item.est_seconds for item in self.items)


def why_new(
    planned: CallIdentity, previous: CallIdentity | None, article_seen: bool
) -> tuple[str, ...]:
    """Why a call is not in the cache, from the article's previous call for the same unit.
    Pure: the heart of ``plan``."""
    task = TASK_NAMES.get(planned.label.task, planned.label.task)
    if previous is None:
        return (f"new {task} call at sentence {planned.label.unit}",) if article_seen else ("new",)
    before, now = previous.label, planned.label
    reasons = [
        label
        for label, changed in (
            (f"text changed at sentence {now.unit}", before.content_hash != now.content_hash),
            (f"{task} prompt changed", before.prompt_hash != now.prompt_hash),
            (f"{task} schema changed", previous.schema_hash != planned.schema_hash),
            ("model changed", previous.model_id != planned.model_id),
            ("parameters changed", previous.params_hash != planned.params_hash),
        )
        if changed
    ]
    return tuple(reasons) or (f"{task} request changed",)


def _identity(call: PlannedCall, settings: Settings, model_id: str) -> CallIdentity:
    request = first_request(call.response_model, call.messages, settings)
    return identify_request(model_id, request, call.label)


def _rates(cache: CallCache | None) -> tuple[dict[str, CallRates], str]:
    history = cache.task_rates() if cache is not None else {}
    return history, ("cache history" if history else "defaults")


def _plan_article(
    path: Path,
    article: Article,
    settings: Settings,
    cache: CallCache | None,
    rates: dict[str, CallRates],
    seen: set[str],
    parallel: int,
) -> PlanItem:
    try:
        calls = first_round_calls(strip_furniture(article.text), settings, article.article_id)
    except ArticleTooLong as exc:
        return PlanItem(path, article.article_id, "refused", ("refused",), article, error=str(exc))
    if len(calls) > settings.max_calls_per_article:
        error = (
            f"article would need {len(calls)} model calls (limit "
            f"{settings.max_calls_per_article}); refused rather than truncated: split it"
        )
        return PlanItem(path, article.article_id, "refused", ("refused",), article, error=error)
    model_id = model_identity(settings)
    identities = [_identity(call, settings, model_id) for call in calls]
    stored = cache.get_many([i.key for i in identities]) if cache is not None else {}
    planned: list[CallPlan] = []
    prompt = completion = seconds = 0.0
    for call, identity in zip(calls, identities, strict=True):
        if identity.key in stored:
            planned.append(CallPlan(call.task, call.unit, identity.key, True))
            continue
        previous = (
            cache.previous_call(article.article_id, call.task, call.unit) if cache else None
        )
        reasons = why_new(identity, previous, article.article_id in seen)
        planned.append(CallPlan(call.task, call.unit, identity.key, False, reasons))
        rate = rates.get(call.task, DEFAULT_RATES)
        asks = 1.0 + rate.reasks_per_call
        prompt += rate.prompt_tokens * asks
        completion += rate.completion_tokens * asks
        seconds += rate.seconds * asks / parallel
    new = [call for call in planned if not call.cached]
    if not new:
        action: Action = "cached"
        reasons_of_article: tuple[str, ...] = ("unchanged",)
    else:
        action = "ask"
        reasons_of_article = tuple(dict.fromkeys(r for call in new for r in call.reasons))
    return PlanItem(
        path,
        article.article_id,
        action,
        reasons_of_article,
        article,
        calls=tuple(planned),
        est_prompt_tokens=round(prompt),
        est_completion_tokens=round(completion),
        est_seconds=seconds,
    )


def make_plan(
    paths: list[Path],
    settings: Settings,
    cache: CallCache | None,
    *,
    reuse: bool = True,
    folder: Path | None = None,
) -> Plan:
    """Read every article once and list its calls. ``cache=None`` or ``reuse=False``: every
    call is new. With ``folder``, files whose real path leaves it are refused (unless
    ``settings.follow_symlinks``)."""
    rates, source = _rates(cache)
    lookup = cache if reuse else None
    articles: list[tuple[Path, str, Article | None, str | None]] = []
    confine = None if settings.follow_symlinks else folder
    for path, article_id in zip(paths, unique_article_ids(paths), strict=True):
        try:
            articles.append((path, article_id, read_article(path, article_id, folder=confine), None))
        except ArticleError as exc:
            articles.append((path, article_id, None, str(exc)))
    ids = [article.article_id for _, _, article, _ in articles if article is not None]
    seen = lookup.articles_seen(ids) if lookup is not None else set()
    plan = Plan(
        estimate_source=source,
        parallel=max(1, settings.server_slots),
        legacy_entries=cache.legacy_entries if cache is not None else 0,
    )
    for path, article_id, article, error in articles:
        if article is None:
            plan.items.append(PlanItem(path, article_id, "unreadable", ("unreadable",), error=error))
            continue
        plan.items.append(
            _plan_article(path, article, settings, lookup, rates, seen, plan.parallel)
        )
    return plan


def plan_as_dict(plan: Plan) -> dict[str, object]:
    """The plan for scripts (``summitry plan --json``)."""
    return {
        "articles": [
            {
                "article": item.path.name,
                "action": item.action,
                "reasons": list(item.reasons),
                "error": item.error,
                "calls_cached": item.cached_calls,
                "calls_new": item.new_calls,
                "new_calls": [
                    {"task": c.task, "unit": c.unit, "reasons": list(c.reasons)}
                    for c in item.calls
                    if not c.cached
                ],
                "est_prompt_tokens": item.est_prompt_tokens,
                "est_completion_tokens": item.est_completion_tokens,
                "est_seconds": round(item.est_seconds, 1),
            }
            for item in plan.items
        ],
        "calls_new": plan.new_calls,
        "calls_cached": plan.cached_calls,
        "articles_to_ask": len(plan.of("ask")),
        "articles_cached": len(plan.of("cached")),
        "unreadable": len(plan.of("unreadable")),
        "refused": len(plan.of("refused")),
        "reasons": dict(sorted(plan.reason_counts.items())),
        "est_prompt_tokens": plan.est_prompt_tokens,
        "est_completion_tokens": plan.est_completion_tokens,
        "est_seconds": round(plan.est_seconds, 1),
        "estimate_source": plan.estimate_source,
    }
