"""The review page (one self-contained HTML file) and applying a reviewer's decisions.

The page shows each changed article's text with old and new evidence highlighted and every
change with Accept / Reject buttons; it exports ``decisions.json``. ``apply_decisions`` turns
those decisions into the records of an *accepted* run: run A with the accepted changes of run
B applied. Undecided changes count as rejected (the old value stays), and the caller is told
how many there were.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from pipeline.diff_report import describe_record, event_label, headline, quotes, show_value
from pipeline.diffing import RECORD_LISTS, ArticleDiff, RecordChange, RunDiff
from pipeline.runs import Run
from schemas import ArticleExtraction, current

DECISIONS_FORMAT = "summitry-review-decisions/1"
Decision = str  # "accept" | "reject"


class DecisionsError(ValueError):
    """Decisions that do not fit the runs they name; one line a user can act on."""


# --------------------------------------------------------------------------------------------
# Highlighting (pure)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    text: str
    classes: str = ""
    title: str = ""


def highlight_segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece carries the classes of the spans that
    cover it (``old``, ``new`` or both) and the change ids as its title. Spans outside the
    text are clipped, never trusted."""
    size = len(text)
    clipped = [(max(0, s), min(size, e), c, t) for s, e, c, t in spans if min(size, e) > max(0, s)]
    cuts = sorted({0, size, *(s for s, _, _, _ in clipped), *(e for _, e, _, _ in clipped)})
    segments = []
    for start, end in itertools.pairwise(cuts):
        covering = [(c, t) for s, e, c, t in clipped if s <= start and end <= e]
        classes = " ".join(sorted({c for c, _ in covering}))
        titles = " ".join(sorted({t for _, t in covering}))
        segments.append(Segment(text[start:end], classes, titles))
    return segments


def _spans(changes: list[RecordChange], side: str) -> list[tuple[int, int, str, str]]:
    spans = []
    for change in changes:
        record = change.old if side == "old" else change.new
        for evidence in (record or {}).get("evidence", []):
            spans.append((evidence["start"], evidence["end"], side, change.change_id))
    return spans


# --------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------


@cache
def _template() -> jinja2.Template:
    source = resources.files("pipeline").joinpath("templates/review.html.j2").read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(source)


def _script_json(value: Any) -> Markup:
    """JSON safe inside <script>: no '</script>' or '<!--' can close or confuse the block."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _article_view(article: ArticleDiff, run_a: Run, run_b: Run) -> dict[str, Any]:
    old_text = run_a.text_of(article.article_id)
    new_text = run_b.text_of(article.article_id)
    old_spans = _spans(article.changes, "old")
    new_spans = _spans(article.changes, "new")
    texts = []
    if old_text is not None and new_text is not None and old_text == new_text:
        texts.append(
            {"label": "text", "segments": highlight_segments(new_text, old_spans + new_spans)}
        )
    else:
        if old_text is not None:
            texts.append({"label": "old text", "segments": highlight_segments(old_text, old_spans)})
        if new_text is not None:
            texts.append({"label": "new text", "segments": highlight_segments(new_text, new_spans)})
    return {
        "article_id": article.article_id,
        "old_status": article.old_status,
        "new_status": article.new_status,
        "new_error": article.new_error if article.status_changed else None,
        "text_changed": article.text_changed,
        "texts": texts,
        "changes": [
            {
                "change_id": change.change_id,
                "change": change.change,
                "kind": change.kind.replace("_", " "),
                "label": describe_record(change.new if change.new is not None else change.old),
                "fields": [
                    {"field": f.field, "old": show_value(f.old), "new": show_value(f.new)}
                    for f in change.fields
                    if f.field != "evidence"
                ],
                "old_quotes": quotes(change.old),
                "new_quotes": quotes(change.new),
            }
            for change in article.changes
        ],
    }


def render_review_page(diff: RunDiff, run_a: Run, run_b: Run) -> str:
    change_ids = [change.change_id for change in diff.record_changes]
    data = {
        "format": DECISIONS_FORMAT,
        "run_a": str(run_a.path.resolve()),
        "run_b": str(run_b.path.resolve()),
        "diff_id": diff.diff_id,
        "change_ids": change_ids,
    }
    events = [
        {
            "change": e.change,
            "label": event_label(e.new if e.new is not None else e.old),
            "fields": "; ".join(
                f"{f.field}: {show_value(f.old)} → {show_value(f.new)}" for f in e.fields
            ),
        }
        for e in diff.events
    ]
    return _template().render(
        run_a_name=run_a.run_id,
        run_b_name=run_b.run_id,
        headline=headline(diff),
        articles=[_article_view(a, run_a, run_b) for a in diff.articles],
        change_count=len(change_ids),
        events=events,
        data_json=_script_json(data),
    )


# --------------------------------------------------------------------------------------------
# Applying decisions (pure, given the two runs' records)
# --------------------------------------------------------------------------------------------


@dataclass
class ApplyOutcome:
    records: list[ArticleExtraction]
    accepted: int
    rejected: int
    undecided: int
    source_of: dict[str, str]
    """article_id -> "a" or "b": whose text and metadata each article's record carries."""


def read_decisions(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DecisionsError(f"{path}: not a decisions file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != DECISIONS_FORMAT:
        raise DecisionsError(f"{path}: not a decisions file (format {DECISIONS_FORMAT} expected)")
    for key in ("run_a", "run_b", "diff_id", "decisions"):
        if key not in data:
            raise DecisionsError(f"{path}: missing {key!r}")
    bad = {v for v in data["decisions"].values() if v not in ("accept", "reject")}
    if bad:
        raise DecisionsError(f"{path}: decisions must be 'accept' or 'reject', got {sorted(bad)}")
    return data


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
    return (new, "b") if any_accepted and new.status == "ok" else (old, "a")


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


def apply_decisions(
    diff: RunDiff, run_a: Run, run_b: Run, decisions: dict[str, Decision]
) -> ApplyOutcome:
    """Run A plus the accepted changes of run B; refuses decisions naming unknown changes."""
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
            records.append(current.ArticleExtraction.model_validate(merged.model_dump()))
            source_of[article_id] = source
    return ApplyOutcome(
        records=records,
        accepted=counts["accept"],
        rejected=counts["reject"],
        undecided=counts["undecided"],
        source_of=source_of,
    )
