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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.config import Settings
from pipeline.extraction.article_call import ArticleTooLong
from pipeline.extraction.sentence_calls import PlannedCall
from pipeline.extraction.strategies import first_round_calls
from pipeline.ingest.articles import Article
from pipeline.ingest.cleaning import strip_furniture
from pipeline.ingest.corpus import ArticleRef, Discovery, files_of, iter_corpus
from pipeline.ingest.metadata import USUAL_FIELDS, FieldNames
from pipeline.model.call_cache import CallCache, CallIdentity, CallRates, identify_request
from pipeline.model.client import first_request
from pipeline.model.identity import model_identity

Action = Literal["cached", "ask", "unreadable", "refused"]

TASK_NAMES = {
    "window_meetings": "meeting",
    "window_milestones": "milestone",
    "extract": "article",
}

# Per first-round call when the cache has no history yet, measured with the embedded model
# on this project's gold set (89 calls: ~580 prompt and ~125 completion tokens, ~25 s of
# server time each on 2 cores with 4 requests in flight; 0.1 re-asks per call).
DEFAULT_RATES = CallRates(
    prompt_tokens=580.0, completion_tokens=125.0, seconds=25.0, reasks_per_call=0.1
)


@dataclass(frozen=True)
class CallPlan:
    task: str
    unit: int
    key: str
    cached: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanItem:
    """One article's plan. It holds where the article is and the hash of its text, not the
    text: the run reads it again when its turn comes, so a plan of a million articles fits."""

    ref: ArticleRef
    action: Action
    reasons: tuple[str, ...]
    digest: str = ""
    """sha256 of the article's content as planned ("" for an unreadable one)."""
    calls: tuple[CallPlan, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    est_prompt_tokens: int = 0
    est_completion_tokens: int = 0
    est_seconds: float = 0.0

    @property
    def path(self) -> Path:
        return self.ref.path

    @property
    def article_id(self) -> str:
        return self.ref.article_id

    @property
    def readable(self) -> bool:
        return self.action not in ("unreadable",)

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
    skipped: Counter[str] = field(default_factory=Counter)
    """What discovery left out, by reason (hidden folders, run folders, …)."""
    names: FieldNames = USUAL_FIELDS
    """Record fields the plan read articles with; the run reads them again the same way."""
    confine: bool = True

    def skipped_line(self) -> str:
        return ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))

    def of(self, action: Action) -> list[PlanItem]:
        return [item for item in self.items if item.action == action]

    @property
    def readable(self) -> list[PlanItem]:
        return [item for item in self.items if item.readable]

    def per_source(self) -> dict[Path, Counter[str]]:
        """Articles, calls cached and new, and unreadable ones per source file (a JSONL of
        10,000 records is one line of ``plan``, not 10,000)."""
        counts: dict[Path, Counter[str]] = {}
        for item in self.items:
            row = counts.setdefault(item.path, Counter())
            row["articles"] += 1
            row["cached"] += item.cached_calls
            row["new"] += item.new_calls
            row["unreadable"] += item.action in ("unreadable", "refused")
        return counts

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
    ref: ArticleRef,
    article: Article,
    settings: Settings,
    cache: CallCache | None,
    rates: dict[str, CallRates],
    seen: set[str],
    parallel: int,
) -> PlanItem:
    digest, warnings = article.content_sha256, article.meta.warnings
    try:
        calls = first_round_calls(strip_furniture(article.text), settings, article.article_id)
    except ArticleTooLong as exc:
        return PlanItem(ref, "refused", ("refused",), digest, error=str(exc), warnings=warnings)
    if len(calls) > settings.max_calls_per_article:
        error = (
            f"{ref.name}: article would need {len(calls)} model calls (limit "
            f"{settings.max_calls_per_article}); refused rather than truncated: split it"
        )
        return PlanItem(ref, "refused", ("refused",), digest, error=error, warnings=warnings)
    model_id = model_identity(settings)
    identities = [_identity(call, settings, model_id) for call in calls]
    stored = cache.get_many([i.key for i in identities]) if cache is not None else {}
    planned: list[CallPlan] = []
    prompt = completion = seconds = 0.0
    for call, identity in zip(calls, identities, strict=True):
        if identity.key in stored:
            planned.append(CallPlan(call.task, call.unit, identity.key, True))
            continue
        previous = cache.previous_call(article.article_id, call.task, call.unit) if cache else None
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
        ref,
        action,
        reasons_of_article,
        digest,
        calls=tuple(planned),
        warnings=warnings,
        est_prompt_tokens=round(prompt),
        est_completion_tokens=round(completion),
        est_seconds=seconds,
    )


def refuse_duplicate_ids(items: list[PlanItem]) -> None:
    """Two articles with one id are both refused, in one line naming both: which one the id
    means cannot be known, and evidence, texts and diffs are keyed by id."""
    where: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if item.action != "unreadable":
            where.setdefault(item.article_id, []).append(index)
    for article_id, indexes in where.items():
        if len(indexes) < 2:
            continue
        places = " and ".join(items[i].ref.name for i in indexes[:3])
        more = f" (+{len(indexes) - 3} more)" if len(indexes) > 3 else ""
        for i in indexes:
            error = (
                f"{items[i].ref.name}: id {article_id!r} is used by {places}{more}; ids must "
                "be unique (set --id-field, or fix the corpus)"
            )
            items[i] = PlanItem(items[i].ref, "unreadable", ("unreadable",), error=error)


_LOOKUP_BATCH = 500
"""Articles planned per cache query: fewer queries, and a bounded number of texts held."""


def make_plan(
    corpus: Discovery | Sequence[Path],
    settings: Settings,
    cache: CallCache | None,
    *,
    reuse: bool = True,
    names: FieldNames = USUAL_FIELDS,
) -> Plan:
    """Read every article once, streaming, and list its calls. ``cache=None`` or
    ``reuse=False``: every call is new. Files whose real path leaves their folder are
    refused unless ``settings.follow_symlinks``."""
    discovery = corpus if isinstance(corpus, Discovery) else files_of(list(corpus))
    rates, source = _rates(cache)
    lookup = cache if reuse else None
    confine = not settings.follow_symlinks
    plan = Plan(
        estimate_source=source,
        parallel=max(1, settings.server_slots),
        legacy_entries=cache.legacy_entries if cache is not None else 0,
        skipped=discovery.skipped,
        names=names,
        confine=confine,
    )
    # Texts are held only for the articles of one batch: each is dropped once its calls
    # are known (the plan keeps where the article is and the hash of its text).
    pending: list[tuple[ArticleRef, Article]] = []

    def flush() -> None:
        ids = [article.article_id for _, article in pending]
        seen = lookup.articles_seen(ids) if lookup is not None else set()
        for ref, article in pending:
            plan.items.append(
                _plan_article(ref, article, settings, lookup, rates, seen, plan.parallel)
            )
        pending.clear()

    for entry in iter_corpus(discovery, names, confine=confine):
        if entry.article is None:
            flush()  # keep the corpus order
            plan.items.append(PlanItem(entry.ref, "unreadable", ("unreadable",), error=entry.error))
            continue
        pending.append((entry.ref, entry.article))
        if len(pending) >= _LOOKUP_BATCH:
            flush()
    flush()
    refuse_duplicate_ids(plan.items)
    return plan


def plan_as_dict(plan: Plan) -> dict[str, object]:
    """The plan for scripts (``summitry plan --json``)."""
    return {
        "articles": [
            {
                "article": item.ref.name,
                "article_id": item.article_id,
                "action": item.action,
                "reasons": list(item.reasons),
                "error": item.error,
                "warnings": list(item.warnings),
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
        "skipped": dict(sorted(plan.skipped.items())),
        "sources": {str(path): dict(counts) for path, counts in plan.per_source().items()},
    }
