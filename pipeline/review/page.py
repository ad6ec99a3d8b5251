"""The review page: one self-contained HTML file for a reviewer's decisions.

The page shows each changed article's text with old and new evidence highlighted and every
change with Accept / Reject buttons; it exports ``decisions.json``, which
``pipeline.review.apply`` turns into an accepted run.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2

from pipeline.reports.embedding import script_json
from pipeline.review.apply import DECISIONS_FORMAT
from pipeline.review.diff_report import describe_record, event_label, headline, quotes, show_value
from pipeline.review.diffing import ArticleDiff, RecordChange, RunDiff
from pipeline.runs.folders import Run

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
    source = (
        resources.files("pipeline.review").joinpath("templates/review.html.j2").read_text("utf-8")
    )
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(source)


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
        "title": article.title,
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
        data_json=script_json(data),
    )
