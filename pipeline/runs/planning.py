"""What an ``extract`` run will do, decided before any model call.

``summitry plan`` prints this and ``summitry extract`` executes exactly this, so the dry run
can never disagree with the real one. Each article is read and hashed once; its cache key is
looked up; when there is no usable result the plan says *why* by comparing the key with the
article's most recent cached entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.ingest.articles import Article, ArticleError, read_article
from pipeline.runs.cache import CachedEntry, CacheKey, ExtractionCache
from pipeline.config import Settings
from pipeline.runs.fingerprint import cache_key

Action = Literal["reuse", "extract", "unreadable"]

# Cost per character of article text when the cache has no history yet, measured with the
# embedded model on this project's 16 gold articles (31,461 characters: 3,640 prompt and 840
# completion tokens and 53 s per article on 2 cores).
DEFAULT_PROMPT_TOKENS_PER_CHAR = 1.85
DEFAULT_COMPLETION_TOKENS_PER_CHAR = 0.43
DEFAULT_SECONDS_PER_CHAR = 0.0267


@dataclass(frozen=True)
class PlanItem:
    path: Path
    article_id: str
    action: Action
    reasons: tuple[str, ...]
    article: Article | None = None
    key: CacheKey | None = None
    cached: CachedEntry | None = None
    error: str | None = None
    est_prompt_tokens: int = 0
    est_completion_tokens: int = 0
    est_seconds: float = 0.0


@dataclass
class Plan:
    items: list[PlanItem] = field(default_factory=list)
    estimate_source: str = "defaults"

    def of(self, action: Action) -> list[PlanItem]:
        return [item for item in self.items if item.action == action]

    @property
    def to_extract(self) -> list[PlanItem]:
        return self.of("extract")

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


def change_reasons(
    key: CacheKey, exact: CachedEntry | None, latest: CachedEntry | None
) -> tuple[Action, tuple[str, ...]]:
    """Reuse or extract, and why. Pure: the heart of ``plan``."""
    if exact is not None:
        if exact.status == "ok":
            return "reuse", ("unchanged",)
        return "extract", ("failed last time",)
    if latest is None:
        return "extract", ("new",)
    before = latest.key
    reasons = [
        label
        for label, changed in (
            ("text changed", before.content_sha256 != key.content_sha256),
            ("schema changed", before.schema_hash != key.schema_hash),
            ("prompt changed", before.prompt_hash != key.prompt_hash),
            ("model changed", before.model_id != key.model_id),
            ("parameters changed", before.params_hash != key.params_hash),
        )
        if changed
    ]
    return "extract", tuple(reasons) or ("new",)


def _rates(cache: ExtractionCache | None) -> tuple[tuple[float, float, float], str]:
    history = cache.mean_cost_per_char() if cache is not None else None
    if history is not None:
        return history, "cache history"
    defaults = (
        DEFAULT_PROMPT_TOKENS_PER_CHAR,
        DEFAULT_COMPLETION_TOKENS_PER_CHAR,
        DEFAULT_SECONDS_PER_CHAR,
    )
    return defaults, "defaults"


def make_plan(paths: list[Path], settings: Settings, cache: ExtractionCache | None) -> Plan:
    """Read every article once and decide. ``cache=None`` means: extract everything."""
    articles: list[tuple[Path, Article | None, str | None]] = []
    for path in paths:
        try:
            articles.append((path, read_article(path), None))
        except ArticleError as exc:
            articles.append((path, None, str(exc)))
    keys = {
        article.path: cache_key(article.content_sha256, settings)
        for _, article, _ in articles
        if article is not None
    }
    exact = cache.entries(list(keys.values())) if cache is not None else {}
    latest = (
        cache.latest_by_article([p.stem for p in paths if p in keys]) if cache is not None else {}
    )
    (prompt_rate, completion_rate, seconds_rate), source = _rates(cache)
    plan = Plan(estimate_source=source)
    for path, article, error in articles:
        if article is None:
            plan.items.append(PlanItem(path, path.stem, "unreadable", ("unreadable",), error=error))
            continue
        key = keys[path]
        hit = exact.get(key.digest)
        action, reasons = change_reasons(key, hit, latest.get(path.stem))
        chars = len(article.text) if action == "extract" else 0
        plan.items.append(
            PlanItem(
                path,
                article.article_id,
                action,
                reasons,
                article=article,
                key=key,
                cached=hit if action == "reuse" else None,
                est_prompt_tokens=round(chars * prompt_rate),
                est_completion_tokens=round(chars * completion_rate),
                est_seconds=chars * seconds_rate,
            )
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
                "est_prompt_tokens": item.est_prompt_tokens,
                "est_completion_tokens": item.est_completion_tokens,
                "est_seconds": round(item.est_seconds, 1),
            }
            for item in plan.items
        ],
        "to_extract": len(plan.to_extract),
        "from_cache": len(plan.of("reuse")),
        "unreadable": len(plan.of("unreadable")),
        "reasons": dict(sorted(plan.reason_counts.items())),
        "est_prompt_tokens": plan.est_prompt_tokens,
        "est_completion_tokens": plan.est_completion_tokens,
        "est_seconds": round(plan.est_seconds, 1),
        "estimate_source": plan.estimate_source,
    }
