"""The review page: one self-contained HTML file for a reviewer's decisions.

For two runs the page shows each changed article's text with old and new evidence
highlighted and every change with Accept / Reject buttons; for one run, every article with
each record's evidence in its own colour. On both, a reviewer selects text to add a meeting
or milestone the run missed (the form prefilled from ``pipeline.review.prefill``) and marks
records wrong with a reason. The page keeps the decisions in the browser's localStorage and
exports a decisions file (``pipeline.review.decisions``), which ``pipeline.review.apply``
turns into an accepted run.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, get_args

import jinja2

from pipeline.reports.embedding import script_json
from pipeline.review.decisions import DECISIONS_FORMAT, RecordRef, review_id
from pipeline.review.diff_report import (
    describe_record,
    event_label,
    field_value,
    headline,
    quotes,
)
from pipeline.review.diffing import RECORD_LISTS, ArticleDiff, Record, RecordChange, RunDiff
from pipeline.review.prefill import sentence_candidates
from pipeline.runs.folders import Run
from pipeline.text.dates import human_date
from schemas import ArticleExtraction
from schemas.v1 import MilestoneKind
from schemas.vocabulary import MECHANISM_NAMES

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


RECORD_COLOURS = 8
"""Records of one article get colours c0..c7 in turn (the page's palette)."""


def _record_spans(records: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    spans = []
    for record in records:
        for evidence in record["evidence"]:
            spans.append((evidence["start"], evidence["end"], record["css"], record["record_id"]))
    return spans


def record_summary(kind: str, record: Record) -> str:
    """One line a reviewer recognises a record by: who, when (``human_date``), which format
    and where; a milestone by its name and year."""
    if kind == "milestone":
        year = record.get("year")
        when = human_date(record.get("date")) if record.get("date") else (year or "year unknown")
        return f"{record.get('name', '?')} ({when})"
    names = ", ".join(str(p.get("name", "?")) for p in record.get("participants", [])) or "?"
    parts = [names, human_date(record.get("date"), record.get("date_partial"))]
    parts += [str(record[key]) for key in ("mechanism", "location") if record.get(key)]
    return " · ".join(parts)


def _records_view(extraction: ArticleExtraction | None) -> list[dict[str, Any]]:
    """Every record of the article in the run the page shows (run B), in a stable order,
    each with its id for the decisions file and its colour."""
    if extraction is None:
        return []
    views: list[dict[str, Any]] = []
    for kind, attribute in RECORD_LISTS:
        for index, item in enumerate(getattr(extraction, attribute)):
            record = item.model_dump(mode="json")
            views.append(
                {
                    "record_id": RecordRef(extraction.article_id, kind, index).record_id,
                    "kind": kind,
                    "kind_label": kind.replace("_", " "),
                    "index": index,
                    "summary": record_summary(kind, record),
                    "source": record.get("source", "pipeline"),
                    "quotes": quotes(record),
                    "evidence": record.get("evidence", []),
                    "css": f"rec c{len(views) % RECORD_COLOURS}",
                    "colour": f"c{len(views) % RECORD_COLOURS}",
                }
            )
    return views


def _article_view(
    article_id: str,
    article: ArticleDiff | None,
    shown: ArticleExtraction | None,
    run_a: Run,
    run_b: Run,
) -> dict[str, Any]:
    """One article on the page. ``article`` is its diff; None when one run is reviewed on
    its own, where the text shows every record in its own colour instead of old/new.
    ``shown`` is the article's record in run B (None when B does not have it)."""
    records = _records_view(shown)
    new_text = run_b.text_of(article_id)
    texts = []
    if article is None:
        if new_text is not None:
            segments = highlight_segments(new_text, _record_spans(records))
            texts.append({"label": "text", "segments": segments, "addable": True})
    else:
        old_text = run_a.text_of(article_id)
        old_spans = _spans(article.changes, "old")
        new_spans = _spans(article.changes, "new")
        if old_text is not None and new_text is not None and old_text == new_text:
            segments = highlight_segments(new_text, old_spans + new_spans)
            texts.append({"label": "text", "segments": segments, "addable": True})
        else:
            if old_text is not None:
                segments = highlight_segments(old_text, old_spans)
                texts.append({"label": "old text", "segments": segments, "addable": False})
            if new_text is not None:
                segments = highlight_segments(new_text, new_spans)
                texts.append({"label": "new text", "segments": segments, "addable": True})
    changes = article.changes if article is not None else []
    return {
        "article_id": article_id,
        "title": article.title if article is not None else (shown.title if shown else None),
        "status": shown.status if shown is not None else None,
        "old_status": article.old_status if article is not None else None,
        "new_status": article.new_status if article is not None else None,
        "new_error": article.new_error if article is not None and article.status_changed else None,
        "text_changed": article.text_changed if article is not None else False,
        "texts": texts,
        "records": records,
        "candidates": sentence_candidates(new_text, shown.published if shown else None)
        if new_text is not None
        else [],
        "changes": [
            {
                "change_id": change.change_id,
                "change": change.change,
                "kind": change.kind.replace("_", " "),
                "label": describe_record(change.new if change.new is not None else change.old),
                "fields": [
                    {
                        "field": f.field,
                        "old": field_value(f.field, f.old),
                        "new": field_value(f.field, f.new),
                    }
                    for f in change.fields
                    if f.field != "evidence"
                ],
                "old_quotes": quotes(change.old),
                "new_quotes": quotes(change.new),
            }
            for change in changes
        ],
    }


def _single_headline(run: Run) -> str:
    records = sum(len(getattr(r, attribute)) for r in run.records for _, attribute in RECORD_LISTS)
    return (
        f"{run.run_id}: {len(run.records)} article(s), {records} record(s) to check; "
        "select text in an article to add what the run missed"
    )


def render_review_page(diff: RunDiff, run_a: Run, run_b: Run) -> str:
    """The review page. Two runs that differ: their changed articles, each change to accept
    or reject. One run (or two without differences): every article with its records, to
    check one by one. Either way a reviewer can add what the run missed and mark a record
    wrong; the page keeps it all in the browser until exported."""
    single = diff.equal
    in_b = {r.article_id: r for r in run_b.records}
    if single:
        articles = [_article_view(r.article_id, None, r, run_a, run_b) for r in run_b.records]
    else:
        articles = [
            _article_view(a.article_id, a, in_b.get(a.article_id), run_a, run_b)
            for a in diff.articles
        ]
    change_ids = [change.change_id for change in diff.record_changes]
    data = {
        "format": DECISIONS_FORMAT,
        "run_a": str(run_a.path.resolve()),
        "run_b": str(run_b.path.resolve()),
        "diff_id": diff.diff_id,
        "review_id": review_id(diff, run_b.records),
        "change_ids": change_ids,
        "records": {
            record["record_id"]: {
                "article_id": article["article_id"],
                "kind": record["kind"],
                "index": record["index"],
            }
            for article in articles
            for record in article["records"]
        },
        "articles": {a["article_id"]: {"candidates": a["candidates"]} for a in articles},
        "mechanisms": list(MECHANISM_NAMES),
        "milestone_kinds": list(get_args(MilestoneKind)),
    }
    events = [
        {
            "change": e.change,
            "label": event_label(e.new if e.new is not None else e.old),
            "fields": "; ".join(
                f"{f.field}: {field_value(f.field, f.old)} → {field_value(f.field, f.new)}"
                for f in e.fields
            ),
        }
        for e in diff.events
    ]
    return _template().render(
        single=single,
        run_a_name=run_a.run_id,
        run_b_name=run_b.run_id,
        headline=_single_headline(run_b) if single else headline(diff),
        articles=articles,
        change_count=len(change_ids),
        record_count=len(data["records"]),
        events=events,
        mechanisms=MECHANISM_NAMES,
        milestone_kinds=get_args(MilestoneKind),
        data_json=script_json(data),
    )
