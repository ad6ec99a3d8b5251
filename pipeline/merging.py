"""Folding repeated reports of one meeting within an article into one record: pure functions.

News text reports a meeting several times (the lead, a quoted ministry post, a paragraph on
what was discussed); a model reading sentence by sentence sees each as a meeting. Two records
are the same meeting when nothing contradicts it (people nested, dates compatible, ordinals
equal, mechanisms equal or one unnamed) and the match is unambiguous: a record that could
belong to two different meetings is left alone rather than guessed.
"""

from __future__ import annotations

from pipeline.dates import PartialDate
from pipeline.mechanisms import DEFAULT_MECHANISM
from schemas import Meeting

MAX_TOPICS = 8


def _people(meeting: Meeting) -> frozenset[str]:
    return frozenset(p.name.lower() for p in meeting.participants)


def _partial_date(meeting: Meeting) -> PartialDate | None:
    try:
        if meeting.date:
            parts = [int(p) for p in meeting.date.split("-")]
            return PartialDate(*parts)
        if meeting.date_partial:
            month, day = meeting.date_partial.removeprefix("--").split("-")
            return PartialDate(None, int(month), int(day))
    except ValueError:
        return None
    return None


def dates_agree(first: Meeting, second: Meeting) -> bool:
    """No known date component contradicts (an unknown date contradicts nothing)."""
    a, b = _partial_date(first), _partial_date(second)
    return a is None or b is None or a.is_compatible(b)


def compatible(first: Meeting, second: Meeting) -> bool:
    """Could these two records describe the same meeting?"""
    mine, theirs = _people(first), _people(second)
    if not mine or not theirs:
        # A side without people links only through the same named format.
        if first.mechanism != second.mechanism or first.mechanism == DEFAULT_MECHANISM:
            return False
    elif not (mine <= theirs or theirs <= mine):
        return False
    if first.ordinal is not None and second.ordinal is not None and first.ordinal != second.ordinal:
        return False
    mechanisms = {first.mechanism, second.mechanism}
    if len(mechanisms) > 1 and DEFAULT_MECHANISM not in mechanisms:
        return False
    return dates_agree(first, second)


def merge_into(kept: Meeting, repeat: Meeting) -> None:
    """Fold a second report of a meeting into the first: nothing known is lost."""
    if kept.mechanism == DEFAULT_MECHANISM and repeat.mechanism != DEFAULT_MECHANISM:
        kept.mechanism, kept.mechanism_text = repeat.mechanism, repeat.mechanism_text
    kept.ordinal = kept.ordinal if kept.ordinal is not None else repeat.ordinal
    names = _people(kept)
    kept.participants += [p for p in repeat.participants if p.name.lower() not in names]
    if kept.date is None and kept.date_partial is None and repeat.date_text is not None:
        kept.date, kept.date_partial = repeat.date, repeat.date_partial  # dates go together
        kept.date_text = repeat.date_text
    kept.location = kept.location or repeat.location
    seen = {t.lower() for t in kept.topics}
    kept.topics = [*kept.topics, *(t for t in repeat.topics if t.lower() not in seen)]
    kept.topics = kept.topics[:MAX_TOPICS]
    spans = {(e.start, e.end) for e in kept.evidence}
    kept.evidence += [e for e in repeat.evidence if (e.start, e.end) not in spans]
    kept.countries = kept.countries or repeat.countries


def merge_repeats(meetings: list[Meeting]) -> tuple[list[Meeting], int]:
    """Merged records in document order, and how many records were folded into others.

    A pair is merged when compatible and either both name the same people, or the one naming
    fewer people is compatible with nothing else (so the link is unambiguous).
    """
    count = len(meetings)
    links = [
        [j for j in range(count) if j != i and compatible(meetings[i], meetings[j])]
        for i in range(count)
    ]
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(count):
        for j in links[i]:
            if j < i:
                continue
            people_i, people_j = _people(meetings[i]), _people(meetings[j])
            if people_i and people_i == people_j:
                unambiguous = True
            else:
                # The side that says less (fewer people) must fit exactly one meeting.
                smaller = i if len(people_i) <= len(people_j) else j
                unambiguous = len(links[smaller]) == 1
            if unambiguous:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    merged: list[Meeting] = []
    heads: dict[int, Meeting] = {}
    folded = 0
    for i, meeting in enumerate(meetings):
        head = heads.get(root(i))
        if head is not None and compatible(head, meeting):
            merge_into(head, meeting)
            folded += 1
            continue
        heads.setdefault(root(i), meeting)
        merged.append(meeting)
    return merged, folded
