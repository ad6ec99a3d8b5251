"""Extraction in batch rounds: the calls a run needs, written to a batch file, answered by a
Batch API or ``vllm run-batch``, imported into the call cache — until a plain ``extract``
finds every answer there and makes no model call.

A round is collected by running the whole pipeline over the corpus with a client that never
sends: every call the cache answers is replayed (so validation runs and asks its re-asks),
every call it cannot answer is collected. Round 1 is the first-round calls; after an import
the same collection finds only the re-asks the validators now make, and calls whose batch
answer was an error. Nothing here is a second pipeline: it is the run's own code, with the
network replaced by a file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion

from pipeline.config import Settings
from pipeline.ingest.articles import ArticleError
from pipeline.ingest.corpus import CorpusReader
from pipeline.model.batch_files import read_results, request_line
from pipeline.model.call_cache import CallCache, CallIdentity
from pipeline.model.client import ModelClient, RequestCollector, is_stored_answer
from pipeline.runs.article import extract_article
from pipeline.runs.output import atomic_write_text
from pipeline.runs.planning import Plan

__all__ = ["ExportSummary", "ImportSummary", "collect_round", "export_round", "import_results"]


def collect_round(
    plan: Plan, settings: Settings, cache: CallCache
) -> dict[str, tuple[CallIdentity, dict[str, Any]]]:
    """Every request the corpus still needs, by cache key (no request is sent)."""
    collector = RequestCollector()
    client = ModelClient(settings, cache=cache, collector=collector)
    reader = CorpusReader(plan.names, confine=plan.confine)
    try:
        for item in plan.items:
            if not item.readable or item.action == "refused":
                continue
            try:
                article = reader.load(item.ref, item.digest)
            except ArticleError:
                continue  # gone since the plan: the next export plans again
            extract_article(article, client, settings)
    finally:
        reader.close()
    return collector.requests


@dataclass
class ExportSummary:
    batch_round: int
    written: int = 0
    already_pending: int = 0
    """Calls an earlier export wrote that have no answer yet (not written again)."""
    articles: int = 0


def export_round(
    plan: Plan,
    settings: Settings,
    cache: CallCache,
    out_path: Path,
    *,
    include_pending: bool = False,
) -> ExportSummary:
    """Write the calls the corpus still needs to ``out_path`` (one request per line) and
    note them in the cache as pending in a new round. Calls exported before and still
    pending are left out unless ``include_pending`` (a lost file, a cancelled batch)."""
    needed = collect_round(plan, settings, cache)
    known = cache.batch_calls(list(needed))
    summary = ExportSummary(batch_round=cache.next_batch_round())
    lines, identities = [], []
    articles: set[str] = set()
    for key in sorted(needed):
        identity, request = needed[key]
        state = known.get(key, (None, 0, ""))[2]
        if state == "pending" and not include_pending:
            summary.already_pending += 1
            continue
        lines.append(request_line(key, request))
        identities.append(identity)
        articles.add(identity.label.article_id)
    atomic_write_text(out_path, "".join(line + "\n" for line in lines))
    cache.add_batch_calls(identities, summary.batch_round)
    summary.written, summary.articles = len(lines), len(articles)
    return summary


@dataclass
class ImportSummary:
    answered: int = 0
    already: int = 0
    """Answers this cache already held (importing a file twice changes nothing)."""
    failed: int = 0
    """Results that were errors or unusable answers: their calls go into the next round."""
    refused: list[str] = field(default_factory=list)
    """One line per result line that names no exported call (or is not a result)."""
    reasons: Counter[str] = field(default_factory=Counter)


def _usable(completion: dict[str, Any]) -> tuple[ChatCompletion | None, str | None]:
    try:
        response = ChatCompletion.model_validate(completion)
    except ValueError as exc:
        return None, f"not a chat completion ({str(exc).splitlines()[0]})"
    if not is_stored_answer(response):
        return None, "no complete JSON answer (empty, truncated or not JSON)"
    return response, None


def import_results(path: Path, cache: CallCache) -> ImportSummary:
    """Store every usable answer of a results file in the call cache, keyed by the call it
    answers; keep errors as failed calls with their reason. Unknown ids are refused."""
    summary = ImportSummary()
    results = list(read_results(path))
    exported = cache.batch_calls([r.custom_id for r in results if r.custom_id])
    answered = set(cache.get_many(list(exported)))
    for result in results:
        where = f"{path.name} line {result.line}"
        if result.custom_id is None:
            summary.refused.append(result.error or f"{where}: not a result")
            continue
        if result.custom_id not in exported:
            summary.refused.append(
                f"{where}: custom_id {result.custom_id[:16]}… is no call exported from this "
                "cache (another cache, or a file of another tool); refused"
            )
            continue
        identity, _, _ = exported[result.custom_id]
        if result.custom_id in answered:
            summary.already += 1
            cache.set_batch_state(result.custom_id, "answered")
            continue
        response, reason = (None, result.error)
        if result.completion is not None:
            response, reason = _usable(result.completion)
        if response is None:
            summary.failed += 1
            summary.reasons[reason or "unknown"] += 1
            cache.set_batch_state(result.custom_id, "failed", reason)
            continue
        usage = response.usage
        cache.put(
            identity,
            response.model_dump_json(),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            wall_seconds=0.0,
        )
        answered.add(result.custom_id)  # a repeat later in this file is already held
        cache.set_batch_state(result.custom_id, "answered")
        summary.answered += 1
    return summary


@dataclass
class RoundStatus:
    needed_now: int
    """Calls the corpus needs that the cache cannot answer (what ``export`` would write)."""
    articles_needing: int
    rounds: dict[int, dict[str, int]]


def round_status(plan: Plan, settings: Settings, cache: CallCache) -> RoundStatus:
    needed = collect_round(plan, settings, cache)
    return RoundStatus(
        needed_now=len(needed),
        articles_needing=len({identity.label.article_id for identity, _ in needed.values()}),
        rounds=cache.batch_counts(),
    )
