"""Many reports of one field -> one value, its sources, and any conflict: pure functions.

A coarser report that fits a finer one is a refinement, not a disagreement: "2025-07" and
"--07-28" together say "2025-07-28", and "bilateral meeting" fits "Foreign Office
Consultations". Only reports that cannot both be true become a ``Conflict``; the value shown
is the one most articles support (ties: the most precise, then the first in a stable order),
and the conflict keeps every competing value with its sources so nothing is resolved silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

from pipeline.reconcile.lean import lean
from pipeline.text.dates import PartialDate
from pipeline.text.places import same_place
from schemas.reconciled import Conflict, SourcedValue, SourceRef, Value

NO_OUTLETS: Mapping[str, str] = MappingProxyType({})
"""No article's outlet known: every article is a source of its own."""


def independent_sources(refs: Iterable[SourceRef], outlets: Mapping[str, str]) -> int:
    """Distinct outlets behind ``refs`` (``outlets``: article id -> outlet); an article whose
    outlet is unknown counts as one of its own. Two articles of one outlet — a story and
    its update, a wire copy run twice — are one outlet twice, not two witnesses."""
    return len({outlets.get(r.article_id, r.article_id) for r in refs})


def date_text(d: PartialDate) -> str:
    """ISO at the known precision, or ``--MM-DD`` when no year is known."""
    return d.iso() or d.partial() or (f"--{d.month:02d}" if d.month else "")


def _precision(d: PartialDate) -> int:
    return sum(x is not None for x in (d.year, d.month, d.day))


def _union(a: PartialDate, b: PartialDate) -> PartialDate:
    return PartialDate(a.year or b.year, a.month or b.month, a.day or b.day)


def sourced(value: Value, refs: Sequence[SourceRef]) -> SourcedValue:
    ordered = sorted(refs, key=lambda r: (r.article_id, r.record, r.reported or ""))
    return lean(
        SourcedValue(value=value, support=len({r.article_id for r in ordered}), sources=ordered)
    )


def reported(ref: SourceRef, value: object) -> SourceRef:
    """``ref`` with the value as that source gave it. Built by the (compiled) validator:
    twice as fast as ``model_construct``, whose field loop runs in Python."""
    return lean(
        SourceRef(
            article_id=ref.article_id,
            record=ref.record,
            quote=ref.quote,
            start=ref.start,
            end=ref.end,
            reported=str(value),
        )
    )


def decide(
    field: str,
    candidates: Sequence[SourcedValue],
    tiebreak: Callable[[SourcedValue], tuple[object, ...]],
    tie_rule: str,
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> tuple[SourcedValue, Conflict | None]:
    """The value to show, and a Conflict when candidates compete: the majority of outlets,
    then of articles, then ``tiebreak``. Without outlets known, outlets are articles."""

    def weight(c: SourcedValue) -> int:
        return independent_sources(c.sources, outlets)

    ranked = sorted(candidates, key=lambda c: (-weight(c), -c.support, *tiebreak(c)))
    chosen = ranked[0]
    if len(ranked) == 1:
        return chosen, None
    refs = [s for c in ranked for s in c.sources]
    total = len({s.article_id for s in refs})
    first, second = weight(chosen), weight(ranked[1])
    if any(s.article_id in outlets for s in refs):
        of_outlets = f"{first} of {independent_sources(refs, outlets)} outlets"
        if first > second:
            rule = f"majority: {of_outlets}"
        elif chosen.support > ranked[1].support:
            rule = f"tie at {of_outlets}; more articles: {chosen.support} of {total}"
        else:
            rule = f"tie at {of_outlets}: {tie_rule}"
    elif chosen.support > ranked[1].support:
        rule = f"majority: {chosen.support} of {total} articles"
    else:
        rule = f"tie at {chosen.support} of {total} articles: {tie_rule}"
    return chosen, Conflict(field=field, chosen=chosen.value, rule=rule, values=ranked)


def fuse_dates(
    reports: Sequence[tuple[PartialDate, SourceRef]],
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> tuple[SourcedValue | None, PartialDate | None, Conflict | None]:
    """Combine compatible dates (finest first) into candidates; incompatible ones conflict."""
    if not reports:
        return None, None, None
    values = sorted({d for d, _ in reports}, key=lambda d: (-_precision(d), date_text(d)))
    candidates: list[PartialDate] = []
    for d in values:
        for k, c in enumerate(candidates):
            if c.is_compatible(d):
                candidates[k] = _union(c, d)
                break
        else:
            candidates.append(d)
    by_text = {date_text(c): c for c in candidates}
    options = [
        sourced(
            date_text(c),
            [reported(ref, date_text(d)) for d, ref in reports if d.is_compatible(c)],
        )
        for c in candidates
    ]
    chosen, conflict = decide(
        "date",
        options,
        lambda o: (-_precision(by_text[str(o.value)]), str(o.value)),
        "chose the most precise, then the earliest",
        outlets,
    )
    return chosen, by_text[str(chosen.value)], conflict


def fuse_ranked(
    field: str,
    reports: Sequence[tuple[str | int, int, SourceRef]],
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> tuple[SourcedValue | None, Conflict | None]:
    """Values with a specificity rank (mechanism: unnamed 0, generic 1, named 2): reports of a
    lower rank fit every value of the top rank; distinct top-rank values conflict. A ref whose
    ``reported`` is already set (the mechanism as written) keeps it."""
    if not reports:
        return None, None
    top = max(rank for _, rank, _ in reports)
    values = sorted({v for v, rank, _ in reports if rank == top}, key=str)
    options = [
        sourced(
            value,
            [
                ref if ref.reported is not None else reported(ref, v)
                for v, rank, ref in reports
                if rank < top or v == value
            ],
        )
        for value in values
    ]
    return decide(
        field, options, lambda o: (str(o.value),), "chose the first alphabetically", outlets
    )


def fuse_locations(
    reports: Sequence[tuple[str, SourceRef]],
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> tuple[SourcedValue | None, Conflict | None]:
    """Places that fuzzy-match ("Delhi" / "New Delhi") are one place, shown by its most
    reported (then longest) spelling; different places conflict."""
    if not reports:
        return None, None
    groups: list[list[tuple[str, SourceRef]]] = []
    for text, ref in sorted(reports, key=lambda r: (-len(r[0]), r[0], r[1].record)):
        for group in groups:
            if same_place(text, group[0][0]):
                group.append((text, ref))
                break
        else:
            groups.append([(text, ref)])
    options = []
    for group in groups:
        counts: dict[str, set[str]] = {}
        for text, ref in group:
            counts.setdefault(text, set()).add(ref.article_id)
        shown = min(counts, key=lambda t: (-len(counts[t]), -len(t), t))
        options.append(sourced(shown, [reported(ref, text) for text, ref in group]))
    return decide(
        "location", options, lambda o: (str(o.value),), "chose the first alphabetically", outlets
    )


def fuse_topics(reports: Sequence[tuple[str, SourceRef]]) -> list[SourcedValue]:
    """Every topic once (case-insensitive), most reported first."""
    groups: dict[str, list[tuple[str, SourceRef]]] = {}
    for text, ref in reports:
        groups.setdefault(" ".join(text.split()).casefold(), []).append((text, ref))
    topics = []
    for items in groups.values():
        shown = min(t for t, _ in items)
        topics.append(sourced(shown, [reported(ref, text) for text, ref in items]))
    return sorted(topics, key=lambda t: (-t.support, str(t.value).casefold(), str(t.value)))
