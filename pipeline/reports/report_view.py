"""What ``summitry show`` puts on its page: a JSON-ready view of one run (pure).

The page's script draws from this and nothing else, so everything a reader sees — positions
on the axis, partnership warnings, the headline shown for a source — is decided here, in
Python, and tested without a browser. Articles are referred to by their index in
``articles`` and evidence by offsets into that article's text: the text is stored once, not
once per field (a 5,000-article run must stay a page a browser opens in seconds).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pipeline.reports.chronology import countries_of, event_date
from pipeline.reports.timeline import Extent, Upgrade, extent, ladder_flags
from pipeline.text.dates import PartialDate, human_date, stored_date
from schemas import ArticleExtraction
from schemas.reconciled import (
    Conflict,
    MergeReason,
    ReconciledMeeting,
    ReconciledMilestone,
    Reconciliation,
    SourcedValue,
    SourceRef,
)

FORMAT = "summitry-report/1"
FIRST_LINE_CHARS = 90
SECTIONS = ("meetings", "planned_meetings", "milestones")


def pair_label(countries: list[str]) -> str:
    """ "India–Japan": the countries in alphabetical order, so both outlets' orders meet."""
    return "–".join(sorted(countries)) if countries else "countries unknown"


def article_label(info_title: str | None, text: str | None, article_id: str) -> str:
    """What a reader recognises an article by: its headline, else its first line."""
    if info_title:
        return info_title
    first = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    if not first:
        return article_id
    return first if len(first) <= FIRST_LINE_CHARS else first[: FIRST_LINE_CHARS - 1] + "…"


def _axis(date: PartialDate | None) -> list[float] | None:
    place: Extent | None = extent(date)
    return None if place is None else [round(place.start, 5), round(place.end, 5)]


class _Articles:
    """Article id -> index in the page's article list, and one table of evidence spans
    ``[article index, start, end]`` that every source refers to by position: a span cited
    by five fields of one event is stored once."""

    def __init__(self, ids: list[str]) -> None:
        self.index = {article_id: i for i, article_id in enumerate(ids)}
        self.spans: list[list[int | None]] = []
        self._span_index: dict[tuple[int, int | None, int | None], int] = {}

    def ref(self, source: SourceRef, value: str | None = None) -> int | list[Any]:
        """The span's position in ``spans``; ``[position, reported]`` when the source gave
        the value in other words ("2025-07" for "28 Jul 2025")."""
        key = (self.index.get(source.article_id, -1), source.start, source.end)
        position = self._span_index.get(key)
        if position is None:
            position = self._span_index[key] = len(self.spans)
            self.spans.append(list(key))
        return position if source.reported in (None, value) else [position, source.reported]


def _value(value: SourcedValue, articles: _Articles) -> dict[str, Any]:
    shown = ", ".join(value.value) if isinstance(value.value, list) else str(value.value)
    return {
        "value": shown,
        "support": value.support,
        "sources": [articles.ref(s, shown) for s in value.sources],
    }


def _conflict(conflict: Conflict, articles: _Articles) -> dict[str, Any]:
    return {
        "field": conflict.field,
        "chosen": str(conflict.chosen),
        "rule": conflict.rule,
        "values": [_value(v, articles) for v in conflict.values],
    }


def _merge_reason(reason: MergeReason) -> str:
    features = ", ".join(f"{name} {f.value} ({f.weight:+d})" for name, f in reason.features.items())
    return f"{' + '.join(reason.records)}: score {reason.score} ≥ {reason.threshold} ({features})"


def _meeting(event: ReconciledMeeting, articles: _Articles) -> dict[str, Any]:
    countries = countries_of(event)
    raw_date = event_date(event)
    date = stored_date(raw_date)
    fields: list[dict[str, Any]] = []
    for label, value in (
        ("date", event.date),
        ("place", event.location),
        ("mechanism", event.mechanism),
        ("ordinal", event.ordinal),
        ("countries", event.countries),
    ):
        if value is not None:
            field = _value(value, articles)
            if label == "date":
                field["value"] = human_date(raw_date)
            fields.append({"field": label, **field})
    for topic in event.topics:
        fields.append({"field": "topic", **_value(topic, articles)})
    people = [
        {
            "name": p.name,
            "country": p.country,
            "titles": p.titles,
            "sources": [articles.ref(s, p.name) for s in p.sources],
        }
        for p in event.participants
    ]
    return {
        "id": event.id,
        "status": event.status,
        "date": human_date(raw_date) if raw_date else "date unknown",
        "iso": raw_date,
        "axis": _axis(date),
        "pair": pair_label(countries),
        "mechanism": str(event.mechanism.value),
        "place": str(event.location.value) if event.location is not None else None,
        "people": people,
        "support": event.support,
        "outlets": event.outlets,
        "fields": fields,
        "conflicts": [_conflict(c, articles) for c in event.conflicts],
        "merged": [_merge_reason(r) for r in event.merge_reasons],
        "members": [f"{m.article_id}/{m.section}/{m.index}" for m in event.members],
        "evidence": [articles.ref(s) for s in event.sources],
        "became": event.became,
        "planned_as": event.planned_as,
    }


def _milestone(milestone: ReconciledMilestone, articles: _Articles) -> dict[str, Any]:
    year = milestone.year.value if milestone.year is not None else None
    date = PartialDate(year=year) if isinstance(year, int) and 1 <= year <= 9999 else None
    kind = str(milestone.kind.value)
    fields = [{"field": "name", **_value(n, articles)} for n in milestone.names]
    fields.append({"field": "kind", **_value(milestone.kind, articles)})
    if milestone.year is not None:
        fields.append({"field": "year", **_value(milestone.year, articles)})
    return {
        "id": milestone.id,
        "name": milestone.name,
        "name_key": milestone.name_key,
        "kind": kind,
        "date": str(year) if date is not None else "year unknown",
        "year": year if date is not None else None,
        "axis": _axis(date),
        "pair": pair_label(milestone.countries),
        "support": milestone.support,
        "outlets": milestone.outlets,
        "fields": fields,
        "conflicts": [_conflict(c, articles) for c in milestone.conflicts],
        "members": [f"{m.article_id}/{m.section}/{m.index}" for m in milestone.members],
        "evidence": [articles.ref(s) for s in milestone.sources],
        "flags": [],
    }


def _flag_ladders(milestones: list[dict[str, Any]]) -> None:
    """Attach each pair's partnership-ladder warnings to the upgrades they concern."""
    by_pair: dict[str, list[Upgrade]] = defaultdict(list)
    for m in milestones:
        if m["kind"] == "partnership_upgrade" and m["year"] is not None:
            by_pair[m["pair"]].append(Upgrade(m["id"], m["name"], m["name_key"], m["year"]))
    by_id = {m["id"]: m for m in milestones}
    for upgrades in by_pair.values():
        for flag in ladder_flags(upgrades):
            by_id[flag.milestone_id]["flags"].append(
                {"reason": flag.reason, "earlier": flag.earlier_id}
            )


def _record_label(section: str, record: dict[str, Any]) -> str:
    if section == "milestones":
        year = record.get("year")
        return f"{record.get('name')} ({year if year is not None else 'year unknown'})"
    people = ", ".join(p.get("name", "?") for p in record.get("participants", [])) or "?"
    when = human_date(record.get("date"), record.get("date_partial"))
    status = "planned: " if section == "planned_meetings" else ""
    return f"{status}{people} · {when} · {record.get('mechanism') or 'mechanism unknown'}"


MILESTONE_FIELDS = ("name", "kind", "year", "countries")
MEETING_FIELDS = ("date", "date_text", "location", "countries", "mechanism", "ordinal", "topics")


def _record_fields(section: str, record: dict[str, Any]) -> list[list[str]]:
    keys = MILESTONE_FIELDS if section == "milestones" else MEETING_FIELDS
    fields = []
    for key in keys:
        value = record.get(key)
        if key == "date":
            value = human_date(record.get("date"), record.get("date_partial"))
        if value in (None, [], ""):
            continue
        fields.append([key, ", ".join(map(str, value)) if isinstance(value, list) else str(value)])
    for p in record.get("participants", []):
        extra = ", ".join(str(p[k]) for k in ("title", "country") if p.get(k))
        name = str(p.get("name"))
        fields.append(["participant", f"{name} ({extra})" if extra else name])
    return fields


def _article(
    record: ArticleExtraction, text: str | None, title: str | None, event_of: dict[str, str]
) -> dict[str, Any]:
    records = []
    for section in SECTIONS:
        for index, item in enumerate(getattr(record, section)):
            data = item.model_dump(mode="json")
            rid = f"{record.article_id}/{section}/{index}"
            records.append(
                {
                    "id": rid,
                    "section": section,
                    "label": _record_label(section, data),
                    "fields": _record_fields(section, data),
                    "spans": [[e["start"], e["end"]] for e in data.get("evidence", [])],
                    "event": event_of.get(rid),
                }
            )
    return {
        "id": record.article_id,
        "label": article_label(title, text, record.article_id),
        "outlet": record.outlet,
        "published": record.published,
        "url": record.url,
        "status": record.status,
        "error": record.error,
        "text": text,
        "records": records,
        "dropped": list(record.dropped),
    }


def build_report_view(
    reconciliation: Reconciliation,
    records: list[ArticleExtraction],
    texts: dict[str, str],
    run_id: str,
) -> dict[str, Any]:
    """Everything the page shows, in a deterministic order (same run, same page)."""
    ordered = sorted(records, key=lambda r: r.article_id)
    articles = _Articles([r.article_id for r in ordered])
    events = [_meeting(e, articles) for e in [*reconciliation.events, *reconciliation.planned]]
    milestones = [_milestone(m, articles) for m in reconciliation.milestones]
    _flag_ladders(milestones)
    event_of = {rid: item["id"] for item in [*events, *milestones] for rid in item["members"]}
    article_views = [_article(r, texts.get(r.article_id), r.title, event_of) for r in ordered]
    pairs = sorted({item["pair"] for item in [*events, *milestones]})
    mechanisms = sorted({e["mechanism"] for e in events})
    people = sorted({p["name"] for e in events for p in e["people"]})
    return {
        "format": FORMAT,
        "run": run_id,
        "counts": reconciliation.counts.model_dump(),
        "pairs": pairs,
        "mechanisms": mechanisms,
        "people": people,
        "events": events,
        "milestones": milestones,
        "spans": articles.spans,
        "articles": article_views,
    }
