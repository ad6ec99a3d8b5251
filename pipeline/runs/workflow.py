"""One ``extract`` run end to end: plan, new run folder, batch, texts, reconcile, manifest.

The CLI and the benchmarks call ``execute_run``; everything it does is decided by the plan
made first (the same plan ``summitry plan`` prints).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.extraction.prompting import prompt_hash
from pipeline.ingest.corpus import discover
from pipeline.ingest.metadata import USUAL_FIELDS, FieldNames
from pipeline.model.call_cache import CallCache
from pipeline.model.identity import model_identity
from pipeline.runs.batch import BatchSummary, ProgressCallback, execute_plan
from pipeline.runs.fingerprint import answer_parameters, schema_hash
from pipeline.runs.folders import (
    claim_out_dir,
    git_revision,
    new_run_dir,
    package_version,
    plan_fingerprint,
    update_latest,
    write_manifest,
)
from pipeline.runs.output import EXTRACTIONS_FILE, read_extractions
from pipeline.runs.planning import Plan, make_plan
from schemas import SCHEMA_VERSION


@dataclass
class RunResult:
    run_dir: Path
    plan: Plan
    summary: BatchSummary
    reconciled: bool


def _inputs(given: Path | Sequence[Path]) -> list[Path]:
    return [given] if isinstance(given, Path) else list(given)


def plan_corpus(
    inputs: Path | Sequence[Path],
    settings: Settings,
    cache: CallCache | None,
    *,
    reuse: bool = True,
    recursive: bool = True,
    names: FieldNames = USUAL_FIELDS,
) -> Plan:
    """The plan of every article under ``inputs``: folders (recursively unless told not
    to), loose article files and record files. Raises ArticleError for a missing input."""
    discovery = discover(
        _inputs(inputs), recursive=recursive, follow_symlinks=settings.follow_symlinks
    )
    return make_plan(discovery, settings, cache, reuse=reuse, names=names)


def _manifest(
    inputs: list[Path],
    settings: Settings,
    plan: Plan,
    summary: BatchSummary,
    *,
    complete: bool,
    started_at: float,
) -> dict[str, Any]:
    return {
        "kind": "extract",
        "complete": complete,
        "stop_reason": summary.stop_reason,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started_at)),
        "articles_dir": str(inputs[0]) if len(inputs) == 1 else None,
        "inputs": [str(path) for path in inputs],
        "schema_version": SCHEMA_VERSION,
        "schema_hash": schema_hash(),
        "prompt_hash": prompt_hash(),
        "model": model_identity(settings),
        "parameters": answer_parameters(settings),
        "settings": settings.redacted(),
        "package_version": package_version(),
        "git_revision": git_revision(),
        "counts": {
            "articles": len(summary.records),
            "ok": summary.ok,
            "partial": summary.partial,
            "failed": summary.failed,
            "failed_calls": sum(len(r.failed_calls) for r in summary.records),
            "answered_from_cache": summary.replayed,
            "asked_model": summary.asked,
            "not_started": summary.not_started,
            "meetings": summary.meetings,
            "planned_meetings": summary.planned_meetings,
            "milestones": summary.milestones,
        },
        "plan_reasons": dict(sorted(plan.reason_counts.items())),
        "calls": {
            "planned_new": plan.new_calls,
            "planned_cached": plan.cached_calls,
            "made": summary.calls_made,
            "replayed": summary.calls_replayed,
        },
        "usage_this_run": {
            "prompt_tokens": summary.spent_prompt_tokens,
            "completion_tokens": summary.spent_completion_tokens,
            "attempts": summary.spent_attempts,
        },
        "usage_of_records": {
            "prompt_tokens": sum(r.usage.prompt_tokens for r in summary.records),
            "completion_tokens": sum(r.usage.completion_tokens for r in summary.records),
            "attempts": sum(r.usage.attempts for r in summary.records),
        },
        "wall_seconds": round(summary.wall_seconds, 3),
    }


def _recount(run_dir: Path, reason: str) -> BatchSummary:
    """A summary of what an interrupted batch managed to write."""
    summary = BatchSummary(stop_reason=reason)
    with contextlib.suppress(OSError, ValueError):  # nothing written yet: zero counts
        summary.records = read_extractions(run_dir / EXTRACTIONS_FILE)
    return summary


def execute_run(
    inputs: Path | Sequence[Path],
    settings: Settings,
    *,
    runs_root: Path | None = None,
    out_dir: Path | None = None,
    cache: CallCache | None = None,
    reuse: bool = True,
    plan: Plan | None = None,
    max_tokens_total: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: ProgressCallback | None = None,
    reconcile_stage: Callable[[Path], object] | None = None,
) -> RunResult:
    """Run the plan into a new run folder (``out_dir`` if given, else under ``runs_root``).

    ``runs_root/latest`` moves only when the run completes; an interrupted run keeps what
    finished and a manifest saying it is incomplete.
    """
    started_at = time.time()
    plan = plan if plan is not None else plan_corpus(inputs, settings, cache, reuse=reuse)
    digests = [call.key for item in plan.items for call in item.calls]
    if out_dir is not None:
        run_dir = claim_out_dir(out_dir)
    else:
        run_dir = new_run_dir(runs_root or Path("runs"), plan_fingerprint(digests), started_at)
    summary = BatchSummary()
    complete = False
    reconciled = False
    try:
        if on_start:
            on_start(len(plan.items))
        summary = execute_plan(
            plan,
            run_dir,
            settings,
            on_result,
            cache=cache,
            reuse=reuse,
            max_tokens_total=max_tokens_total,
        )
        if summary.records and reconcile_stage is not None:
            reconcile_stage(run_dir)
            reconciled = True
        complete = summary.stop_reason is None
    except BaseException:
        # Interrupted (Ctrl-C) or crashed: the batch wrote what finished; say so.
        summary = _recount(run_dir, "interrupted")
        raise
    finally:
        if plan.items:
            write_manifest(
                run_dir,
                _manifest(
                    _inputs(inputs),
                    settings,
                    plan,
                    summary,
                    complete=complete,
                    started_at=started_at,
                ),
            )
    if out_dir is None and complete:
        update_latest(runs_root or Path("runs"), run_dir)
    return RunResult(run_dir=run_dir, plan=plan, summary=summary, reconciled=reconciled)
