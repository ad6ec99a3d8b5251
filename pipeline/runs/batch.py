"""A folder of articles through the pipeline, with bounded concurrency.

The batch executes a ``Plan``. Every readable article goes through the whole pipeline every
time — cleaning, candidates, validation, records, merging — with its model calls answered by
the call cache where the exact request was answered before, so a rule change shows in the
next run without a version to bump, and only requests never answered reach the model. One
bad article never stops the batch; an article whose calls were asked this run is appended to
the checkpoint file the moment it is done (its answers are already in the call cache), and
the final ``extractions.jsonl`` is in file-name order whatever order the work finished in.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import Settings
from pipeline.ingest.articles import Article, ArticleError, content_sha256
from pipeline.ingest.corpus import CorpusReader
from pipeline.model.call_cache import CallCache
from pipeline.model.endpoint import model_endpoint
from pipeline.runs.article import ArticleOutcome, extract_article, failed_extraction
from pipeline.runs.folders import TextsWriter
from pipeline.runs.output import EXTRACTIONS_FILE, PARTIAL_FILE, CheckpointWriter, write_extractions
from pipeline.runs.planning import Plan, PlanItem, make_plan
from pipeline.runs.workers import WorkerProcesses
from schemas import ArticleExtraction


@dataclass
class BatchSummary:
    records: list[ArticleExtraction] = field(default_factory=list)
    replayed: int = 0
    """Articles whose every call came from the call cache."""
    asked: int = 0
    """Articles with at least one call asked of the model this run."""
    not_started: int = 0
    calls_made: int = 0
    calls_replayed: int = 0
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
    def partial(self) -> int:
        """Articles with records kept and some calls that gave no answer (listed in each)."""
        return sum(r.status == "partial" for r in self.records)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.records)

    @property
    def complete(self) -> bool:
        """Every article read and every call answered: what exit status 0 promises."""
        return not self.stop_reason and all(r.status == "ok" for r in self.records)

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
        """Tokens spent by this run (replayed answers cost nothing now)."""
        return self.spent_prompt_tokens

    @property
    def completion_tokens(self) -> int:
        return self.spent_completion_tokens

    @property
    def attempts(self) -> int:
        return self.spent_attempts

    @property
    def requests_failed(self) -> int:
        """Requests this run sent that brought no completion back (refused, timed out,
        dropped): the server saw them although no call was answered."""
        return max(0, self.spent_attempts - self.calls_made)

    def add(self, outcome: ArticleOutcome) -> None:
        self.calls_made += outcome.calls_made
        self.calls_replayed += outcome.calls_replayed
        self.spent_prompt_tokens += outcome.spent_prompt_tokens
        self.spent_completion_tokens += outcome.spent_completion_tokens
        self.spent_attempts += outcome.spent_attempts
        if outcome.spent_attempts:
            self.asked += 1
        else:
            self.replayed += 1


ProgressCallback = Callable[[ArticleExtraction], None]


def _unreadable(item: PlanItem, settings: Settings, error: str | None = None) -> ArticleExtraction:
    digest = item.digest
    if not digest and item.ref.record is None:
        try:
            digest = content_sha256(item.path.read_bytes())
        except OSError:
            digest = ""  # unreadable: there is no content to hash
    return failed_extraction(
        article_id=item.article_id,
        source_path=str(item.path),
        source_record=item.ref.record,
        content_sha256=digest,
        model=settings.model,
        error=error or item.error or f"{item.ref.name}: unreadable",
    )


def _not_started(item: PlanItem, settings: Settings, reason: str) -> ArticleExtraction:
    return failed_extraction(
        article_id=item.article_id,
        source_path=str(item.path),
        source_record=item.ref.record,
        content_sha256=item.digest,
        model=settings.model,
        error=f"{item.ref.name}: not extracted, {reason}",
    )


class _Budget:
    """Tokens spent so far against an optional ceiling (``--max-tokens-total``)."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.spent = 0
        self._lock = threading.Lock()

    def add(self, outcome: ArticleOutcome) -> None:
        with self._lock:
            self.spent += outcome.spent_prompt_tokens + outcome.spent_completion_tokens

    @property
    def exhausted(self) -> bool:
        return self.limit is not None and self.spent >= self.limit


@dataclass
class _Workers:
    pool: Executor
    start: Callable[[Article], Future[ArticleOutcome]]
    cut: Callable[[], None]
    """On Ctrl-C: end the calls in flight now (their answers were never stored)."""


def _article_pool(
    settings: Settings, base_url: Callable[[], str], cache: CallCache | None, reuse: bool
) -> _Workers:
    """Threads in this process, or worker processes (``settings.processes`` > 1 with a
    configured endpoint: the embedded server is started on a first need that a worker
    process cannot signal back, and on 2 cores it is the bottleneck anyway)."""
    if settings.processes <= 1 or settings.uses_embedded_server:
        from pipeline.model.client import ModelClient  # openai + instructor: ~1 s to import

        client = ModelClient(settings, cache=cache, reuse=reuse, base_url=base_url)
        threads = ThreadPoolExecutor(max_workers=settings.concurrency)
        return _Workers(
            threads,
            lambda article: threads.submit(extract_article, article, client, settings),
            client.close,
        )
    processes = WorkerProcesses(settings, base_url(), cache, reuse)
    return _Workers(_ProcessesAsExecutor(processes), processes.submit, processes.terminate)


class _ProcessesAsExecutor(Executor):
    """The worker processes behind the executor interface the batch loop shuts down."""

    def __init__(self, processes: WorkerProcesses) -> None:
        self.processes = processes

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if wait and not cancel_futures:
            self.processes.close()
        else:
            self.processes.terminate()


def execute_plan(
    plan: Plan,
    out_dir: Path,
    settings: Settings,
    on_result: ProgressCallback | None = None,
    *,
    cache: CallCache | None = None,
    reuse: bool = True,
    max_tokens_total: int | None = None,
) -> BatchSummary:
    """Execute the plan. The model endpoint (``settings.base_url``, else the embedded server)
    is reached only by requests the call cache cannot answer; with new calls in the plan the
    embedded server is started before any work, so a missing model fails at once."""
    started = time.perf_counter()
    summary = BatchSummary()
    budget = _Budget(max_tokens_total)
    checkpoint = CheckpointWriter(out_dir / PARTIAL_FILE)

    def finish(record: ArticleExtraction, *, durable: bool = False) -> None:
        if not durable:  # answers replayed from the cache are already safe there
            checkpoint.append(record)
        summary.records.append(record)
        if on_result:
            on_result(record)

    start_now = plan.new_calls > 0 and settings.uses_embedded_server
    reader = CorpusReader(plan.names, confine=plan.confine)
    texts = TextsWriter(out_dir)
    with model_endpoint(settings, start_now=start_now) as endpoint:
        workers = _article_pool(settings, endpoint.base_url, cache, reuse)
        pool = workers.pool
        try:
            queue: deque[PlanItem] = deque()
            for item in plan.items:
                if not item.readable:
                    finish(_unreadable(item, settings))
                else:
                    queue.append(item)
            in_flight: set[Future[ArticleOutcome]] = set()

            def submit(item: PlanItem) -> Future[ArticleOutcome] | None:
                """Read the article again (one at a time: the plan holds no texts) and start
                it; one that vanished or changed since the plan is a failed article."""
                try:
                    article: Article = reader.load(item.ref, item.digest)
                except ArticleError as exc:
                    finish(_unreadable(item, settings, str(exc)))
                    return None
                texts.add(article.article_id, article.text)
                return workers.start(article)

            while queue or in_flight:
                while queue and len(in_flight) < settings.concurrency and not budget.exhausted:
                    future = submit(queue.popleft())
                    if future is not None:
                        in_flight.add(future)
                if not in_flight:
                    break  # budget reached with work left: stop cleanly
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    outcome = future.result()
                    budget.add(outcome)
                    summary.add(outcome)
                    finish(outcome.record, durable=outcome.spent_attempts == 0)
            if queue:
                summary.stop_reason = (
                    f"token budget reached ({budget.spent} of {max_tokens_total} tokens)"
                )
                for item in queue:
                    summary.not_started += 1
                    finish(_not_started(item, settings, summary.stop_reason))
        except BaseException:
            # Ctrl-C or a bug: do not start queued articles, cut the calls in flight (their
            # answers were never stored, so the next run asks them); what finished is written.
            pool.shutdown(wait=False, cancel_futures=True)
            workers.cut()
            raise
        else:
            pool.shutdown(wait=True)
        finally:
            checkpoint.close()
            texts.close()
            reader.close()
            if summary.records:
                summary.output_path = out_dir / EXTRACTIONS_FILE
                write_extractions(summary.output_path, summary.records)
    (out_dir / PARTIAL_FILE).unlink(missing_ok=True)
    summary.wall_seconds = time.perf_counter() - started
    return summary


def run_batch(
    paths: list[Path],
    out_dir: Path,
    settings: Settings,
    on_result: ProgressCallback | None = None,
    *,
    cache: CallCache | None = None,
    reuse: bool = True,
    max_tokens_total: int | None = None,
) -> BatchSummary:
    """Plan ``paths`` and execute the plan (scripts and tests; the CLI plans first to print)."""
    plan = make_plan(paths, settings, cache, reuse=reuse)
    return execute_plan(
        plan,
        out_dir,
        settings,
        on_result,
        cache=cache,
        reuse=reuse,
        max_tokens_total=max_tokens_total,
    )
