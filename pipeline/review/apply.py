"""Applying a reviewer's decisions: an *accepted* run from run A and the accepted changes of B,
plus the reviewer's own edits (records added, records marked wrong; ``pipeline.review.edits``).

Undecided changes count as rejected (the old value stays), and the caller is told how many
there were. The result is written as a run of its own, never over A or B.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.review.decisions import (
    AddedRecord,
    Decision,
    DecisionsError,
    WrongMark,
)
from pipeline.review.diffing import RECORD_LISTS, ArticleDiff, RunDiff
from pipeline.review.edits import EditCounts, apply_reviewer_edits
from pipeline.runs.folders import (
    Run,
    git_revision,
    new_run_dir,
    package_version,
    update_latest,
    write_manifest,
    write_texts,
)
from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions
from pipeline.text.grounding import place_quote
from schemas import SCHEMA_VERSION, ArticleExtraction, Evidence, current


@dataclass
class ApplyOutcome:
    records: list[ArticleExtraction]
    accepted: int
    rejected: int
    undecided: int
    source_of: dict[str, str]
    """article_id -> "a" or "b": whose text and metadata each article's record carries."""
    edits: EditCounts = field(default_factory=EditCounts)
    """The reviewer's own records added and records dropped as wrong."""


def _base(
    old: ArticleExtraction | None,
    new: ArticleExtraction | None,
    article: ArticleDiff,
    decisions: dict[str, Decision],
) -> tuple[ArticleExtraction | None, str]:
    """Whose metadata (status, hashes, usage) and text the merged article carries."""
    any_accepted = any(decisions.get(c.change_id) == "accept" for c in article.changes)
    if old is None:
        return (new, "b") if any_accepted else (None, "b")  # a new article: only if accepted
    if new is None:
        return old, "a"
    if not article.changes:  # status-only difference: nothing to decide, keep the ok one
        return (new, "b") if new.status == "ok" or old.status != "ok" else (old, "a")
    return (new, "b") if any_accepted and new.status != "failed" else (old, "a")


def _apply_to_article(
    old: ArticleExtraction | None,
    new: ArticleExtraction | None,
    article: ArticleDiff,
    decisions: dict[str, Decision],
) -> tuple[ArticleExtraction | None, str]:
    base, source = _base(old, new, article, decisions)
    if base is None:
        return None, source
    updates: dict[str, list[Any]] = {}
    for kind, attribute in RECORD_LISTS:
        kept = list(getattr(old, attribute)) if old is not None else []
        fresh = list(getattr(new, attribute)) if new is not None else []
        replaced: dict[int, Any] = {}
        dropped: set[int] = set()
        added: list[Any] = []
        for change in article.changes:
            if change.kind != kind or decisions.get(change.change_id) != "accept":
                continue
            if change.change == "changed":
                assert change.old_index is not None and change.new_index is not None
                replaced[change.old_index] = fresh[change.new_index]
            elif change.change == "removed":
                assert change.old_index is not None
                dropped.add(change.old_index)
            else:
                assert change.new_index is not None
                added.append(fresh[change.new_index])
        merged = [replaced.get(i, item) for i, item in enumerate(kept) if i not in dropped]
        updates[attribute] = merged + added
    return base.model_copy(update=updates), source


def _anchored(evidence: Evidence, text: str) -> Evidence | None:
    """The same quote at its place in ``text``: unchanged when it is already there, else its
    occurrence nearest the old offset, else (whitespace or quote style changed) the span the
    tolerant grounding finds, with the quote as that text writes it; None when it is gone."""
    if text[evidence.start : evidence.end] == evidence.quote:
        return evidence
    span = place_quote(text, evidence.quote, evidence.start)
    if span is None:
        return None
    start, end = span
    return Evidence(quote=text[start:end], start=start, end=end)


def anchor_in_text(record: ArticleExtraction, text: str) -> ArticleExtraction:
    """Every record's evidence pointed into the text the accepted run stores for the article:
    records kept from run A carry A's offsets, and the text may be B's. A record whose every
    quote is gone from that text is dropped, and ``dropped`` says so."""
    updates: dict[str, Any] = {}
    notes = list(record.dropped)
    for kind, attribute in RECORD_LISTS:
        kept = []
        for index, item in enumerate(getattr(record, attribute)):
            evidence = [e for e in (_anchored(e, text) for e in item.evidence) if e is not None]
            if evidence:
                kept.append(
                    item
                    if evidence == item.evidence
                    else item.model_copy(update={"evidence": evidence})
                )
            else:
                notes.append(
                    f"{kind}[{index}] dropped on review apply: its evidence is not in the "
                    "article's new text"
                )
        updates[attribute] = kept
    updates["dropped"] = notes
    return record.model_copy(update=updates)


def misplaced_spans(record: ArticleExtraction, text: str | None) -> list[str]:
    """Evidence whose offsets do not give its quote in ``text`` (what no run may hold)."""
    wrong = []
    for kind, attribute in RECORD_LISTS:
        for index, item in enumerate(getattr(record, attribute)):
            for e in item.evidence:
                if text is None or text[e.start : e.end] != e.quote:
                    wrong.append(f"{record.article_id} {kind}[{index}] {e.start}-{e.end}")
    return wrong


def apply_decisions(
    diff: RunDiff,
    run_a: Run,
    run_b: Run,
    decisions: dict[str, Decision],
    *,
    added: Sequence[AddedRecord] = (),
    wrong: Sequence[WrongMark] = (),
) -> ApplyOutcome:
    """Run A plus the accepted changes of run B, then the reviewer's edits (``wrong`` name
    records of run B); refuses decisions naming unknown changes."""
    known = {c.change_id for c in diff.record_changes}
    unknown = sorted(set(decisions) - known)
    if unknown:
        raise DecisionsError(f"decision for a change these runs do not have: {unknown[0]}")
    old_by_id = {r.article_id: r for r in run_a.records}
    new_by_id = {r.article_id: r for r in run_b.records}
    changed = {a.article_id: a for a in diff.articles}
    records: list[ArticleExtraction] = []
    source_of: dict[str, str] = {}
    counts = {"accept": 0, "reject": 0, "undecided": 0}
    for article_id in sorted(set(old_by_id) | set(new_by_id)):
        old, new = old_by_id.get(article_id), new_by_id.get(article_id)
        if article_id not in changed:
            record = new if new is not None else old
            assert record is not None
            records.append(record)
            source_of[article_id] = "b" if new is not None else "a"
            continue
        article = changed[article_id]
        for change in article.changes:
            counts[decisions.get(change.change_id, "undecided")] += 1
        merged, source = _apply_to_article(old, new, article, decisions)
        if merged is not None:
            text = (run_b if source == "b" else run_a).text_of(article_id)
            if text is not None:
                merged = anchor_in_text(merged, text)
            records.append(current.ArticleExtraction.model_validate(merged.model_dump()))
            source_of[article_id] = source

    def text_of(article_id: str) -> str | None:
        return (run_b if source_of.get(article_id) == "b" else run_a).text_of(article_id)

    records, edits = apply_reviewer_edits(records, new_by_id, text_of, added, wrong)
    return ApplyOutcome(
        records=records,
        accepted=counts["accept"],
        rejected=counts["reject"],
        undecided=counts["undecided"],
        source_of=source_of,
        edits=edits,
    )


def write_accepted_run(
    outcome: ApplyOutcome,
    run_a: Run,
    run_b: Run,
    decisions_path: Path,
    diff_id: str,
    *,
    runs_root: Path,
    reconcile_stage: Callable[[Path], object] | None = None,
) -> Path:
    """The reviewed result as a run of its own (never over A or B); ``latest`` moves to it."""
    texts = {}
    for record in outcome.records:
        source = run_b if outcome.source_of.get(record.article_id) == "b" else run_a
        text = source.text_of(record.article_id)
        if text is not None:
            texts[record.article_id] = text
    # Checked before anything is written: every span of an accepted run gives its quote.
    wrong = [w for r in outcome.records for w in misplaced_spans(r, texts.get(r.article_id))]
    if wrong and texts:
        raise DecisionsError(
            f"{len(wrong)} evidence span(s) do not point at their quote in the stored text "
            f"(first: {wrong[0]}); not written"
        )
    run_dir = new_run_dir(runs_root, diff_id)
    write_extractions(run_dir / EXTRACTIONS_FILE, outcome.records)
    write_texts(run_dir, texts)
    if reconcile_stage is not None and outcome.records:
        reconcile_stage(run_dir)
    write_manifest(
        run_dir,
        {
            "kind": "accepted",
            "complete": True,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "base_run": str(run_a.path),
            "candidate_run": str(run_b.path),
            "decisions_file": str(decisions_path),
            "diff_id": diff_id,
            "decisions": {
                "accepted": outcome.accepted,
                "rejected": outcome.rejected,
                "undecided_kept_old": outcome.undecided,
                "added_by_reviewer": outcome.edits.added,
                "dropped_as_wrong": outcome.edits.dropped_as_wrong,
            },
            "schema_version": SCHEMA_VERSION,
            "package_version": package_version(),
            "git_revision": git_revision(),
            "counts": {
                "articles": len(outcome.records),
                "meetings": sum(len(r.meetings) for r in outcome.records),
                "planned_meetings": sum(len(r.planned_meetings) for r in outcome.records),
                "milestones": sum(len(r.milestones) for r in outcome.records),
            },
        },
    )
    update_latest(runs_root, run_dir)
    return run_dir
