"""A reviewer's own edits to an accepted run: records the model missed, and records it got
wrong. Pure functions, no I/O.

An added record is held to the rule every record of a run obeys: each evidence quote must
occur in the article text the run stores (``locate_quote``, tolerant of whitespace and quote
style only), and its offsets then point at it. A record marked wrong leaves the run, and its
``dropped`` line keeps the reviewer's reason, as a validator's drop keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from pipeline.review.decisions import AddedRecord, DecisionsError, WrongMark
from pipeline.review.diff_report import describe_record
from pipeline.review.diffing import RECORD_LISTS, RecordKind, comparable
from pipeline.text.dates import record_date
from pipeline.text.grounding import locate_quote, place_quote
from schemas import ArticleExtraction, Evidence, Meeting, Milestone

ATTRIBUTE_OF: dict[RecordKind, str] = dict(RECORD_LISTS)
NO_REASON = "no reason given"


@dataclass(frozen=True)
class EditCounts:
    added: int = 0
    dropped_as_wrong: int = 0
    wrong_not_kept: int = 0
    """Marked wrong, but not in the accepted run anyway (its change was rejected)."""


def _one_line(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"]) or "record"
    return f"{where}: {err['msg']}"


def _grounded(quote: str, hint: int | None, text: str) -> Evidence | None:
    """The quote's place in ``text`` (nearest the offset the page saw), only when the
    grounding every record passes finds it there; None when it is not in the text."""
    if locate_quote(text, quote) is None:
        return None
    span = place_quote(text, quote, hint or 0)
    if span is None:
        return None
    start, end = span
    return Evidence(quote=text[start:end], start=start, end=end)


def reviewer_record(added: AddedRecord, text: str | None) -> Meeting | Milestone:
    """The record a reviewer added, validated and grounded in the article's stored text,
    marked ``source: reviewer``; a full date gains its ``date_partial`` as code gives every
    record. Refusals name the article (the caller adds the decisions file)."""
    where = f"article {added.article_id}"
    if text is None:
        raise DecisionsError(f"{where}: the run keeps no text for it to ground an added record in")
    fields: dict[str, Any] = {**added.record, "source": "reviewer"}
    quotes = fields.pop("evidence", None)
    if not isinstance(quotes, list) or not quotes:
        raise DecisionsError(f"{where}: the added {added.kind} has no evidence quote")
    evidence = []
    for item in quotes:
        quote = str(item.get("quote", "")) if isinstance(item, dict) else str(item)
        hint = item.get("start") if isinstance(item, dict) else None
        found = _grounded(quote, hint if isinstance(hint, int) else None, text)
        if found is None:
            short = " ".join(quote.split())
            short = short if len(short) <= 60 else short[:59] + "…"
            raise DecisionsError(
                f"{where}: the added {added.kind} quotes “{short}”, which is not in its text"
            )
        evidence.append(found)
    model: type[Meeting] | type[Milestone] = Milestone if added.kind == "milestone" else Meeting
    try:
        record = model.model_validate({**fields, "evidence": evidence})
    except ValidationError as exc:
        raise DecisionsError(
            f"{where}: the added {added.kind} is invalid ({_one_line(exc)})"
        ) from None
    if isinstance(record, Meeting) and record.date and not record.date_partial:
        written = record_date(record.date)
        partial = written.partial() if written is not None else None
        record = record.model_copy(update={"date_partial": partial})
    return record


def wrong_line(mark: WrongMark, record: dict[str, Any]) -> str:
    """One line saying which record a reviewer marked wrong, and why: the accepted run's
    ``dropped`` line, and what a gold article built from the review lists as excluded."""
    reason = mark.reason or NO_REASON
    return f"{mark.record.kind} “{describe_record(record)}” marked wrong by the reviewer: {reason}"


def _drop_wrong(
    record: ArticleExtraction, shown: ArticleExtraction | None, marks: Sequence[WrongMark]
) -> tuple[ArticleExtraction, int, int]:
    """``record`` without the records marked wrong on ``shown`` (run B's article), each
    found by content (offsets aside: the accepted run may store another text), with a
    ``dropped`` line giving the reviewer's reason."""
    lists = {attribute: list(getattr(record, attribute)) for _, attribute in RECORD_LISTS}
    notes = list(record.dropped)
    dropped = absent = 0
    for mark in marks:
        ref = mark.record
        attribute = ATTRIBUTE_OF[ref.kind]
        items = getattr(shown, attribute) if shown is not None else []
        if ref.index >= len(items):
            raise DecisionsError(
                f"article {ref.article_id}: marked {ref.kind} {ref.index} wrong, but run B "
                f"has {len(items)} {attribute}"
            )
        wanted = items[ref.index].model_dump(mode="json")
        same = [
            i
            for i, item in enumerate(lists[attribute])
            if comparable(item.model_dump(mode="json")) == comparable(wanted)
        ]
        if not same:
            absent += 1
            continue
        del lists[attribute][same[0]]
        notes.append(f"{wrong_line(mark, wanted)}; dropped on review")
        dropped += 1
    return record.model_copy(update={**lists, "dropped": notes}), dropped, absent


def apply_reviewer_edits(
    records: Sequence[ArticleExtraction],
    shown: dict[str, ArticleExtraction],
    text_of: Callable[[str], str | None],
    added: Sequence[AddedRecord],
    wrong: Sequence[WrongMark],
) -> tuple[list[ArticleExtraction], EditCounts]:
    """The accepted records with the reviewer's edits: marked records dropped first (an
    added record may be the corrected version of one), then added records appended.
    ``shown`` is run B's records by article (what the marks refer to); ``text_of`` gives the
    text the accepted run stores for an article."""
    by_id = {r.article_id: r for r in records}
    missing_articles = sorted({a.article_id for a in added} - set(by_id))
    if missing_articles:
        raise DecisionsError(
            f"article {missing_articles[0]}: not in the accepted run; nothing to add to"
        )
    dropped = 0
    absent = sum(m.record.article_id not in by_id for m in wrong)  # its article left anyway
    for article_id, record in list(by_id.items()):
        marks = [m for m in wrong if m.record.article_id == article_id]
        if marks:
            by_id[article_id], gone, kept_out = _drop_wrong(record, shown.get(article_id), marks)
            dropped, absent = dropped + gone, absent + kept_out
    for item in added:
        record = by_id[item.article_id]
        if record.status == "failed":
            raise DecisionsError(f"article {item.article_id}: failed in the run; nothing to add to")
        attribute = ATTRIBUTE_OF[item.kind]
        new = reviewer_record(item, text_of(item.article_id))
        by_id[item.article_id] = record.model_copy(
            update={attribute: [*getattr(record, attribute), new]}
        )
    counts = EditCounts(added=len(added), dropped_as_wrong=dropped, wrong_not_kept=absent)
    return [by_id[r.article_id] for r in records], counts
