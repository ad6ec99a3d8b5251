"""Worker processes: Summitry's own work on several cores.

Cleaning, candidates, prompts, validation and records are Python, so in one process they
share one core (the GIL) whatever the threads, which caps a run against a fast endpoint at
about 1 / (CPU per article). Each worker process here has its own model client (its share of
the calls in flight), its own connection to the call cache (SQLite in WAL mode is safe across
processes) and a pool of threads; it takes an article from a shared queue whenever a thread
is free, so a busy worker never hoards work, and puts each outcome on a result queue as soon
as it is done. The parent reads the articles, feeds the queue and writes the results: the
run's order, checkpoint and budget work exactly as with threads.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.ingest.articles import Article
from pipeline.model.call_cache import CallCache
from pipeline.runs.article import ArticleOutcome, extract_article, failed_extraction

__all__ = ["WorkerProcesses"]

_STOP = None


def _work(
    settings: Settings,
    base_url: str,
    cache_path: str | None,
    reuse: bool,
    threads: int,
    tasks: Any,
    results: Any,
) -> None:
    """One worker process: up to ``threads`` articles at a time until told to stop."""
    from pipeline.model.client import ModelClient

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cache = CallCache(Path(cache_path)) if cache_path else None
    client = ModelClient(settings, cache=cache, reuse=reuse, base_url=lambda: base_url)
    free = threading.BoundedSemaphore(threads)

    def run(article: Article) -> None:
        try:
            outcome = extract_article(article, client, settings)
        except Exception as exc:  # extract_article never raises; a bug must not hang the run
            record = failed_extraction(
                article_id=article.article_id,
                source_path=str(article.path),
                content_sha256=article.content_sha256,
                model=settings.model,
                error=f"{article.name}: internal error in a worker ({exc})",
                source_record=article.record,
                article=article,
            )
            outcome = ArticleOutcome(record)
        finally:
            free.release()
        results.put(outcome)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        while True:
            free.acquire()  # take work only with a thread free for it
            article = tasks.get()
            if article is _STOP:
                free.release()
                break
            pool.submit(run, article)
    client.close()
    if cache is not None:
        cache.close()


class WorkerProcesses:
    """``processes`` workers sharing ``settings.concurrency`` articles in flight and
    ``settings.max_calls_in_flight`` requests in flight."""

    def __init__(
        self, settings: Settings, base_url: str, cache: CallCache | None, reuse: bool
    ) -> None:
        count = settings.processes
        context = multiprocessing.get_context("spawn")  # never fork a threaded process
        self._tasks = context.Queue()
        self._results = context.Queue()
        threads = max(1, -(-settings.concurrency // count))
        calls = max(1, -(-settings.max_calls_in_flight // count))
        worker_settings = replace(settings, calls_in_flight=calls, processes=1)
        cache_path = str(cache.path) if cache is not None else None
        self._processes = [
            context.Process(
                target=_work,
                args=(
                    worker_settings,
                    base_url,
                    cache_path,
                    reuse,
                    threads,
                    self._tasks,
                    self._results,
                ),
                daemon=True,
            )
            for _ in range(count)
        ]
        for process in self._processes:
            process.start()
        self._waiting: dict[str, Future[ArticleOutcome]] = {}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._reader = threading.Thread(target=self._read_results, daemon=True)
        self._reader.start()

    def submit(self, article: Article) -> Future[ArticleOutcome]:
        """Start an article in whichever worker has a thread free; its outcome resolves the
        future (article ids are unique in a plan)."""
        future: Future[ArticleOutcome] = Future()
        with self._lock:
            self._waiting[article.article_id] = future
        self._tasks.put(article)
        return future

    def _read_results(self) -> None:
        while not self._closing.is_set():
            try:
                outcome: ArticleOutcome = self._results.get(timeout=0.5)
            except queue.Empty:
                if not any(p.is_alive() for p in self._processes):
                    self._fail_waiting(RuntimeError("every worker process died"))
                    return
                continue
            except (EOFError, OSError):  # the queue closed under us: shutting down
                return
            with self._lock:
                future = self._waiting.pop(outcome.record.article_id, None)
            if future is not None:
                future.set_result(outcome)

    def _fail_waiting(self, error: BaseException) -> None:
        with self._lock:
            waiting, self._waiting = list(self._waiting.values()), {}
        for future in waiting:
            future.set_exception(error)

    def close(self) -> None:
        """Let every worker finish what it has and stop."""
        for _ in self._processes:
            self._tasks.put(_STOP)
        for process in self._processes:
            process.join(timeout=30)
        self.terminate()

    def terminate(self) -> None:
        """Stop at once (Ctrl-C): calls in flight are cut, their answers never stored."""
        self._closing.set()
        for process in self._processes:
            if process.is_alive():
                process.terminate()
        for process in self._processes:
            process.join(timeout=5)
