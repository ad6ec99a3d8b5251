"""A folder of articles through the pipeline, with bounded concurrency.

One bad article never stops the batch; results are checkpointed as they finish and the final
``extractions.jsonl`` is in file-name order whatever order the work finished in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.articles import ArticleError, content_sha256, discover_articles, read_article
from pipeline.config import Settings
from pipeline.embedded import EmbeddedServer, EmbeddedServerError
from pipeline.extract import extract_article, failed_extraction
from pipeline.llm import ModelClient
from pipeline.model_store import resolve_model_file
from pipeline.output import EXTRACTIONS_FILE, PARTIAL_FILE, CheckpointWriter, write_extractions
from schemas import ArticleExtraction


@dataclass
class BatchSummary:
    records: list[ArticleExtraction] = field(default_factory=list)
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
        return sum(r.usage.prompt_tokens for r in self.records)

    @property
    def completion_tokens(self) -> int:
        return sum(r.usage.completion_tokens for r in self.records)

    @property
    def attempts(self) -> int:
        return sum(r.usage.attempts for r in self.records)


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


def process_path(path: Path, client: ModelClient, settings: Settings) -> ArticleExtraction:
    try:
        article = read_article(path)
    except ArticleError as exc:
        try:
            digest = content_sha256(path.read_bytes())
        except OSError:
            digest = ""  # unreadable: there is no content to hash
        return failed_extraction(
            article_id=path.stem,
            source_path=str(path),
            content_sha256=digest,
            model=settings.model,
            error=str(exc),
        )
    return extract_article(article, client, settings)


def run_batch(
    paths: list[Path],
    out_dir: Path,
    settings: Settings,
    on_result: ProgressCallback | None = None,
) -> BatchSummary:
    """Extract every path; ``settings.base_url`` must point at a live server."""
    started = time.perf_counter()
    summary = BatchSummary()
    checkpoint = CheckpointWriter(out_dir / PARTIAL_FILE)
    client = ModelClient(settings)
    pool = ThreadPoolExecutor(max_workers=settings.concurrency)
    try:
        futures = [pool.submit(process_path, p, client, settings) for p in paths]
        for future in as_completed(futures):
            record = future.result()
            checkpoint.append(record)
            summary.records.append(record)
            if on_result:
                on_result(record)
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
) -> BatchSummary:
    paths = discover_articles(articles_dir)
    if on_start:
        on_start(len(paths))
    if not paths:
        return BatchSummary()
    with model_endpoint(settings) as live:
        return run_batch(paths, out_dir, live, on_result)
