"""A folder of articles through the pipeline, with bounded concurrency.

The batch executes a ``Plan``: cached results are reused without a model call, the rest are
extracted. One bad article never stops the batch; every finished article is stored in the
cache and appended to the checkpoint file the moment it is done, and the final
``extractions.jsonl`` is in file-name order whatever order the work finished in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.articles import content_sha256, discover_articles
from pipeline.runs.cache import ExtractionCache
from pipeline.config import Settings
from pipeline.model.embedded import EmbeddedServer, EmbeddedServerError
from pipeline.model.store import resolve_model_file
from pipeline.runs.output import EXTRACTIONS_FILE, PARTIAL_FILE, CheckpointWriter, write_extractions
from pipeline.runs.planning import Plan, PlanItem, make_plan
from schemas import ArticleExtraction


@dataclass
class BatchSummary:
    records: list[ArticleExtraction] = field(default_factory=list)
    reused: int = 0
    extracted: int = 0
    not_started: int = 0
    stop_reason: str | None = None
    spent_prompt_tokens: int = 0
    spent_completion_tokens: int = 0
    spent_attempts: int = 0
    wall_seconds: float = 0.0
    output_path: Path | None = None

    @property
    def ok(self) -> int:
        return sum(r.status == "ok" for r in self.records)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.records)

    @property
    def meetings(self) -> int:
        return sum(len(r.meetings) for r in self.records)

    @property
    def planned_meetings(self) -> int:
        return sum(len(r.planned_meetings) for r in self.records)

    @property
    def milestones(self) -> int:
        return sum(len(r.milestones) for r in self.records)

    @property
    def prompt_tokens(self) -> int:
        """Tokens spent by this run (reused results cost nothing now)."""
        return self.spent_prompt_tokens

    @property
    def completion_tokens(self) -> int:
        return self.spent_completion_tokens

    @property
    def attempts(self) -> int:
        return self.spent_attempts


ProgressCallback = Callable[[ArticleExtraction], None]


@contextmanager
def model_endpoint(settings: Settings) -> Iterator[Settings]:
    """Settings with a base URL: the configured one, or a freshly started embedded server."""
    if not settings.uses_embedded_server:
        yield settings
        return
    status = resolve_model_file(settings.model_path)
    if not status.ok or status.path is None:
        raise EmbeddedServerError(f"embedded model unavailable: {status.reason}")
    with EmbeddedServer(
        status.path, context_tokens=settings.context_tokens, parallel=settings.server_slots
    ) as server:
        yield settings.with_base_url(server.base_url)


def _unreadable(item: PlanItem, settings: Settings) -> ArticleExtraction:
    from pipeline.runs.article import failed_extraction

    try:
        digest = content_sha256(item.path.read_bytes())
    except OSError:
        digest = ""  # unreadable: there is no content to hash
    return failed_extraction(
        article_id=item.article_id,
        source_path=str(item.path),
        content_sha256=digest,
        model=settings.model,
        error=item.error or f"{item.path.name}: unreadable",
    )


def _reused(item: PlanItem) -> ArticleExtraction:
    """The cached record, under this run's file name (the same bytes may have been renamed)."""
    assert item.cached is not None
    record = item.cached.record()
    return record.model_copy(update={"article_id": item.article_id, "source_path": str(item.path)})


def _not_started(item: PlanItem, settings: Settings, reason: str) -> ArticleExtraction:
    from pipeline.runs.article import failed_extraction

    return failed_extraction(
        article_id=item.article_id,
        source_path=str(item.path),
        content_sha256=item.article.content_sha256 if item.article else "",
        model=settings.model,
        error=f"{item.path.name}: not extracted, {reason}",
    )


class _Budget:
    """Tokens spent so far against an optional ceiling (``--max-tokens-total``)."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.spent = 0
        self._lock = threading.Lock()

    def add(self, record: ArticleExtraction) -> None:
        with self._lock:
            self.spent += record.usage.prompt_tokens + record.usage.completion_tokens

    @property
    def exhausted(self) -> bool:
        return self.limit is not None and self.spent >= self.limit


def run_batch(
    paths: list[Path],
    out_dir: Path,
    settings: Settings,
    on_result: ProgressCallback | None = None,
    *,
    plan: Plan | None = None,
    cache: ExtractionCache | None = None,
    max_tokens_total: int | None = None,
) -> BatchSummary:
    """Execute the plan for ``paths`` (made here when not given); ``settings.base_url`` must
    point at a live server if anything is to be extracted."""
    started = time.perf_counter()
    plan = plan if plan is not None else make_plan(paths, settings, cache)
    summary = BatchSummary()
    budget = _Budget(max_tokens_total)
    checkpoint = CheckpointWriter(out_dir / PARTIAL_FILE)

    def finish(record: ArticleExtraction, *, durable: bool = False) -> None:
        if not durable:  # a reused result is already safe in the cache: no fsync per line
            checkpoint.append(record)
        summary.records.append(record)
        if on_result:
            on_result(record)

    def extract_one(item: PlanItem) -> ArticleExtraction:
        assert item.article is not None and item.key is not None
        began = time.perf_counter()
        record = extract_article(item.article, client, settings)
        if cache is not None:
            # Stored before it is reported: a kill after this line loses nothing.
            cache.put(
                item.key,
                record,
                chars=len(item.article.text),
                wall_seconds=time.perf_counter() - began,
            )
        return record

    pending = plan.to_extract
    if pending:
        # openai + instructor take ~1 s to import: a run served from the cache skips them.
        from pipeline.runs.article import extract_article
        from pipeline.model.client import ModelClient

        client = ModelClient(settings)
    pool = ThreadPoolExecutor(max_workers=settings.concurrency)
    try:
        for item in plan.items:
            if item.action == "reuse":
                summary.reused += 1
                finish(_reused(item), durable=True)
            elif item.action == "unreadable":
                finish(_unreadable(item, settings))
        queue = list(pending)
        in_flight: set[Future[ArticleExtraction]] = set()
        while queue or in_flight:
            while queue and len(in_flight) < settings.concurrency and not budget.exhausted:
                in_flight.add(pool.submit(extract_one, queue.pop(0)))
            if not in_flight:
                break  # budget reached with work left: stop cleanly
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                record = future.result()
                budget.add(record)
                summary.extracted += 1
                summary.spent_prompt_tokens += record.usage.prompt_tokens
                summary.spent_completion_tokens += record.usage.completion_tokens
                summary.spent_attempts += record.usage.attempts
                finish(record)
        if queue:
            summary.stop_reason = (
                f"token budget reached ({budget.spent} of {max_tokens_total} tokens)"
            )
            for item in queue:
                summary.not_started += 1
                finish(_not_started(item, settings, summary.stop_reason))
    except BaseException:
        # Ctrl-C or a bug: do not start queued articles; what finished is written below.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        checkpoint.close()
        if summary.records:
            summary.output_path = out_dir / EXTRACTIONS_FILE
            write_extractions(summary.output_path, summary.records)
    (out_dir / PARTIAL_FILE).unlink(missing_ok=True)
    summary.wall_seconds = time.perf_counter() - started
    return summary


def extract_folder(
    articles_dir: Path,
    out_dir: Path,
    settings: Settings,
    on_start: Callable[[int], None] | None = None,
    on_result: ProgressCallback | None = None,
    *,
    cache: ExtractionCache | None = None,
    plan: Plan | None = None,
    max_tokens_total: int | None = None,
) -> BatchSummary:
    """Plan (unless given), start a model server only if something needs extracting, run."""
    paths = discover_articles(articles_dir) if plan is None else [i.path for i in plan.items]
    plan = plan if plan is not None else make_plan(paths, settings, cache)
    if on_start:
        on_start(len(paths))
    if not paths:
        return BatchSummary()
    # A run served wholly from the cache starts no model server.
    endpoint: AbstractContextManager[Settings] = (
        model_endpoint(settings) if plan.to_extract else nullcontext(settings)
    )
    with endpoint as live:
        return run_batch(
            paths,
            out_dir,
            live,
            on_result,
            plan=plan,
            cache=cache,
            max_tokens_total=max_tokens_total,
        )
