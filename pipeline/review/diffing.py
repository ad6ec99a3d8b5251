"""Field-level differences between two runs, for reviewers. Pure functions, no I/O.

Records are paired across runs by *identity* (who, when, under which mechanism, and where in
the text the evidence stands), never by list position, so a reordering is not a change. Each
change gets a stable ``change_id`` that review decisions refer to.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from pipeline.text.normalise import best_overlap
from schemas import ArticleExtraction

RecordKind = Literal["meeting", "planned_meeting", "milestone"]
ChangeKind = Literal["added", "removed", "changed"]
Record = dict[str, Any]

RECORD_LISTS: tuple[tuple[RecordKind, str], ...] = (
    ("meeting", "meetings"),
    ("planned_meeting", "planned_meetings"),
    ("milestone", "milestones"),
)
PAIR_THRESHOLD = 0.45
"""Below this similarity two records are different records (one removed, one added)."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class RecordChange:
    change_id: str
    article_id: str
    kind: RecordKind
    change: ChangeKind
    old: Record | None
    new: Record | None
    old_index: int | None
    new_index: int | None
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "article_id": self.article_id,
            "kind": self.kind,
            "change": self.change,
            "old_index": self.old_index,
            "new_index": self.new_index,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
            "old": self.old,
            "new": self.new,
        }


@dataclass
class ArticleDiff:
    article_id: str
    old_status: str | None
    new_status: str | None
    old_error: str | None = None
    new_error: str | None = None
    text_changed: bool = False
    changes: list[RecordChange] = field(default_factory=list)
    title: str | None = None
    """The article's headline where the corpus gives one (the newer run's, else the older)."""

    @property
    def status_changed(self) -> bool:
        return self.old_status != self.new_status

    @property
    def differs(self) -> bool:
        return bool(self.changes) or self.status_changed

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "old_status": self.old_status,
            "new_status": self.new_status,
            "old_error": self.old_error,
            "new_error": self.new_error,
            "text_changed": self.text_changed,
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class EventChange:
    change_id: str
    change: ChangeKind
    old: Record | None
    new: Record | None
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "change": self.change,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
            "old": self.old,
            "new": self.new,
        }


@dataclass
class RunDiff:
    run_a: str
    run_b: str
    articles: list[ArticleDiff] = field(default_factory=list)
    events: list[EventChange] = field(default_factory=list)
    unchanged_articles: int = 0

    @property
    def equal(self) -> bool:
        return not self.articles and not self.events

    @property
    def record_changes(self) -> list[RecordChange]:
        return [change for article in self.articles for change in article.changes]

    def counts(self) -> dict[str, int]:
        changes = self.record_changes
        return {
            "articles_changed": len(self.articles),
            "articles_unchanged": self.unchanged_articles,
            "records_added": sum(c.change == "added" for c in changes),
            "records_removed": sum(c.change == "removed" for c in changes),
            "records_changed": sum(c.change == "changed" for c in changes),
            "events_added": sum(e.change == "added" for e in self.events),
            "events_removed": sum(e.change == "removed" for e in self.events),
            "events_changed": sum(e.change == "changed" for e in self.events),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_a": self.run_a,
            "run_b": self.run_b,
            "diff_id": self.diff_id,
            "equal": self.equal,
            "counts": self.counts(),
            "articles": [a.to_dict() for a in self.articles],
            "events": [e.to_dict() for e in self.events],
        }

    @property
    def diff_id(self) -> str:
        """Identifies the set of changes, so decisions cannot be applied to other runs."""
        body = json.dumps(
            {
                "articles": [a.to_dict() for a in self.articles],
                "events": [e.to_dict() for e in self.events],
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(body.encode()).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# Similarity: which record in run B is the same record as one in run A?
# --------------------------------------------------------------------------------------------


def _names(record: Record) -> set[str]:
    return {
        " ".join(str(p.get("name", "")).lower().split()) for p in record.get("participants", [])
    }


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 0.5
    return len(a & b) / len(a | b)


def _date_score(a: str | None, b: str | None) -> float:
    if a is None and b is None:
        return 0.5
    if a is None or b is None:
        return 0.3
    if a == b:
        return 1.0
    return 0.7 if a.startswith(b) or b.startswith(a) else 0.0


def _same_or_unknown(a: object, b: object) -> float:
    if a is None or b is None:
        return 0.5
    return 1.0 if a == b else 0.0


def _span_overlap(a: Record, b: Record) -> float:
    """Best overlap (intersection over union) of any two evidence spans; 1.0 for equal quotes."""
    return best_overlap(
        ((e.get("quote", ""), e["start"], e["end"]) for e in a.get("evidence", [])),
        ((e.get("quote", ""), e["start"], e["end"]) for e in b.get("evidence", [])),
    )


def meeting_similarity(a: Record, b: Record) -> float:
    return (
        0.35 * _jaccard(_names(a), _names(b))
        + 0.35 * _span_overlap(a, b)
        + 0.1 * _date_score(a.get("date"), b.get("date"))
        + 0.1 * _same_or_unknown(a.get("mechanism"), b.get("mechanism"))
        + 0.1 * _jaccard(set(a.get("countries", [])), set(b.get("countries", [])))
    )


def milestone_similarity(a: Record, b: Record) -> float:
    name = fuzz.token_set_ratio(str(a.get("name", "")), str(b.get("name", ""))) / 100
    return (
        0.5 * name
        + 0.2 * _same_or_unknown(a.get("year"), b.get("year"))
        + 0.3 * _span_overlap(a, b)
    )


Similarity = Callable[[Record, Record], float]


def pair_records(
    old: Sequence[Record], new: Sequence[Record], similarity: Similarity
) -> list[tuple[int | None, int | None]]:
    """Greedy best-first one-to-one pairing; identical records pair first. Deterministic:
    ties are broken by position. Unpaired records come back as (i, None) or (None, j)."""
    scored = []
    for i, first in enumerate(old):
        for j, second in enumerate(new):
            same = comparable(first) == comparable(second)
            score = 2.0 if same else similarity(first, second)
            if score >= PAIR_THRESHOLD:
                scored.append((-score, i, j))
    scored.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int | None, int | None]] = []
    for _, i, j in scored:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    pairs += [(i, None) for i in range(len(old)) if i not in used_old]
    pairs += [(None, j) for j in range(len(new)) if j not in used_new]
    return sorted(pairs, key=lambda p: (p[0] if p[0] is not None else 10**9, p[1] or 0))


UNORDERED_FIELDS = frozenset(
    {"countries", "topics", "participants", "evidence", "sources", "members", "names"}
)
"""Lists whose order carries no meaning: a country pair, the people who met, the quotes."""
OFFSET_KEYS = frozenset({"start", "end"})
"""Character offsets move whenever the article text is edited above a quote; the quote itself
is what a reviewer judges, so a shifted offset alone is not a change."""


EVENT_PROVENANCE_KEYS = frozenset({"start", "end", "quote", "sources", "record"})
"""For reconciled events a reviewer compares values and support; quotes are reviewed on the
records they come from (listed above the events), so they are not repeated per event field."""


def comparable(value: Any, field_name: str = "", ignore: frozenset[str] = OFFSET_KEYS) -> Any:
    """A value as compared across runs: offsets dropped, unordered lists sorted."""
    if isinstance(value, dict):
        return {k: comparable(v, k, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        items = [comparable(v, field_name, ignore) for v in value]
        if field_name in UNORDERED_FIELDS:
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return items
    return value


def field_changes(
    old: Record, new: Record, ignore: frozenset[str] = OFFSET_KEYS
) -> tuple[FieldChange, ...]:
    keys = sorted((set(old) | set(new)) - ignore, key=lambda k: (k == "evidence", k))
    return tuple(
        FieldChange(key, old.get(key), new.get(key))
        for key in keys
        if comparable(old.get(key), key, ignore) != comparable(new.get(key), key, ignore)
    )


def _index(value: int | None) -> str:
    return "-" if value is None else str(value)


def diff_records(
    article_id: str, kind: RecordKind, old: Sequence[Record], new: Sequence[Record]
) -> list[RecordChange]:
    similarity = milestone_similarity if kind == "milestone" else meeting_similarity
    changes = []
    for i, j in pair_records(old, new, similarity):
        change_id = f"{article_id}:{kind}:{_index(i)}>{_index(j)}"
        if i is not None and j is not None:
            fields = field_changes(old[i], new[j])
            if fields:
                changes.append(
                    RecordChange(
                        change_id, article_id, kind, "changed", old[i], new[j], i, j, fields
                    )
                )
        elif i is not None:
            changes.append(
                RecordChange(change_id, article_id, kind, "removed", old[i], None, i, None)
            )
        elif j is not None:
            changes.append(
                RecordChange(change_id, article_id, kind, "added", None, new[j], None, j)
            )
    return changes


def diff_article(old: ArticleExtraction | None, new: ArticleExtraction | None) -> ArticleDiff:
    present = new if new is not None else old
    assert present is not None
    result = ArticleDiff(
        article_id=present.article_id,
        old_status=old.status if old else None,
        new_status=new.status if new else None,
        old_error=old.error if old else None,
        new_error=new.error if new else None,
        text_changed=bool(old and new and old.content_sha256 != new.content_sha256),
        title=(new.title if new else None) or (old.title if old else None),
    )
    for kind, attribute in RECORD_LISTS:
        before = [r.model_dump(mode="json") for r in getattr(old, attribute, [])] if old else []
        after = [r.model_dump(mode="json") for r in getattr(new, attribute, [])] if new else []
        result.changes += diff_records(present.article_id, kind, before, after)
    return result


def diff_events(old: Sequence[Record], new: Sequence[Record]) -> list[EventChange]:
    """Reconciled events: paired by id first (ids are stable when members are), then by
    content for events whose membership changed."""
    changes: list[EventChange] = []
    old_by_id = {str(e.get("id")): e for e in old}
    new_by_id = {str(e.get("id")): e for e in new}
    common = sorted(set(old_by_id) & set(new_by_id))
    for event_id in common:
        fields = field_changes(old_by_id[event_id], new_by_id[event_id], EVENT_PROVENANCE_KEYS)
        if fields:
            changes.append(
                EventChange(
                    f"event:{event_id}>{event_id}",
                    "changed",
                    old_by_id[event_id],
                    new_by_id[event_id],
                    fields,
                )
            )
    rest_old = [e for e in old if str(e.get("id")) not in new_by_id]
    rest_new = [e for e in new if str(e.get("id")) not in old_by_id]
    for i, j in pair_records(rest_old, rest_new, _event_similarity):
        first = rest_old[i] if i is not None else None
        second = rest_new[j] if j is not None else None
        change_id = (
            f"event:{first.get('id') if first else '-'}>{second.get('id') if second else '-'}"
        )
        if first is not None and second is not None:
            fields = field_changes(first, second, EVENT_PROVENANCE_KEYS)
            changes.append(EventChange(change_id, "changed", first, second, fields))
        elif first is not None:
            changes.append(EventChange(change_id, "removed", first, None))
        elif second is not None:
            changes.append(EventChange(change_id, "added", None, second))
    return sorted(changes, key=lambda c: c.change_id)


def _event_similarity(a: Record, b: Record) -> float:
    return fuzz.token_set_ratio(_event_text(a), _event_text(b)) / 100


def _event_text(event: Record) -> str:
    """What an event is about, flattened: enough to recognise it after a membership change."""
    skip = {"id", "sources", "merge_reasons", "members", "support", "conflicts"}
    parts: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if key in skip:
            return
        if isinstance(value, dict):
            for k in sorted(value):
                walk(value[k], k)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif value is not None and key not in ("quote", "start", "end", "article_id"):
            parts.append(str(value))

    walk(event)
    return " ".join(parts)


def diff_runs(
    run_a: str,
    records_a: Sequence[ArticleExtraction],
    run_b: str,
    records_b: Sequence[ArticleExtraction],
    events_a: Sequence[Record] = (),
    events_b: Sequence[Record] = (),
) -> RunDiff:
    by_id_a = {r.article_id: r for r in records_a}
    by_id_b = {r.article_id: r for r in records_b}
    result = RunDiff(run_a=run_a, run_b=run_b)
    for article_id in sorted(set(by_id_a) | set(by_id_b)):
        article = diff_article(by_id_a.get(article_id), by_id_b.get(article_id))
        if article.differs:
            result.articles.append(article)
        else:
            result.unchanged_articles += 1
    result.events = diff_events(events_a, events_b)
    return result
