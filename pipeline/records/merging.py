"""Folding repeated reports of one meeting within an article into one record: pure functions.

News text reports a meeting several times (the lead, a quoted ministry post, a paragraph on
what was discussed); a model reading sentence by sentence sees each as a meeting. Two records
are the same meeting when nothing contradicts it (people nested, dates compatible, ordinals
equal, mechanisms equal or one unnamed) and the match is unambiguous: a record that could
belong to two different meetings is left alone rather than guessed. An agreement named in full
and described again elsewhere in the article is folded the same way.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta
from functools import cache

from pipeline.text.dates import PartialDate, record_date, resolve_date
from pipeline.text.mechanisms import DEFAULT_MECHANISM, mechanism_position
from pipeline.text.milestone_names import describes
from schemas import Meeting, Milestone

MAX_TOPICS = 8

# "held separate talks", "met one-on-one before the dialogue": a meeting of its own beside
# the named format the same people attended that day.
_SEPARATE = re.compile(
    r"\b(separate(ly)?|one-on-one|one-to-one|tete-a-tete|tête-à-tête|sidelines"
    r"|(before|ahead of|after|prior to) the "
    r"(dialogue|summit|meeting|talks|session|consultations))\b",
    re.IGNORECASE,
)


def _people(meeting: Meeting) -> frozenset[str]:
    return frozenset(p.name.lower() for p in meeting.participants)


def _partial_date(meeting: Meeting) -> PartialDate | None:
    """The record's date, or, when it has none, what its date words still say ("in
    November": the month, so it is not the July summit of the same two leaders)."""
    known = record_date(meeting.date, meeting.date_partial)
    if known is not None or not meeting.date_text:
        return known
    written = resolve_date(meeting.date_text, None).date
    return written if written.month is not None else None


STORY_WEEK = 7
"""Days either side of a yearless dateline that a meeting dated by a weekday can fall on."""


def _story_week(meeting: Meeting, story: PartialDate | None) -> frozenset[tuple[int, int]]:
    """The month-days a meeting dated only "on Monday" can fall on under a yearless dateline
    ("BRASILIA, Nov. 20"): within a week of it, so not "in April 2023". Empty when the
    meeting has a date of its own or the dateline a year (the weekday then resolves)."""
    if story is None or story.year is not None or story.month is None or story.day is None:
        return frozenset()
    if record_date(meeting.date, meeting.date_partial) is not None or not meeting.date_text:
        return frozenset()
    return _weekday_week(meeting.date_text, story.month, story.day)


@cache
def _weekday_week(date_text: str, month: int, day: int) -> frozenset[tuple[int, int]]:
    """Cached: merging compares every pair of an article's records."""
    if resolve_date(date_text, None).rule != "weekday_no_dateline":
        return frozenset()
    around = Date(2000, month, day)  # a leap year: 29 February stays possible
    shifts = range(-STORY_WEEK, STORY_WEEK + 1)
    return frozenset(((d := around + timedelta(days=k)).month, d.day) for k in shifts)


def _in_week(week: frozenset[tuple[int, int]], other: PartialDate | None) -> bool:
    if not week or other is None or other.month is None:
        return True  # a year alone cannot be checked against a yearless dateline
    if other.day is None:
        return other.month in {month for month, _ in week}
    return (other.month, other.day) in week


def dates_agree(first: Meeting, second: Meeting, story: PartialDate | None = None) -> bool:
    """No known date component contradicts (an unknown date contradicts nothing, except
    that a weekday under a yearless ``story`` dateline lies within a week of it)."""
    a, b = _partial_date(first), _partial_date(second)
    if not (_in_week(_story_week(first, story), b) and _in_week(_story_week(second, story), a)):
        return False
    return a is None or b is None or a.is_compatible(b)


def _says_separate(meeting: Meeting) -> bool:
    """Its own sentence (the first evidence) calls it separate; a neighbouring sentence quoted
    for its date or place does not speak for it."""
    return bool(meeting.evidence) and bool(_SEPARATE.search(meeting.evidence[0].quote))


def _apart_from_format(first: Meeting, second: Meeting) -> bool:
    """One is an unnamed meeting its sentence calls separate, the other a named format."""
    for unnamed, named in ((first, second), (second, first)):
        if (
            unnamed.mechanism == DEFAULT_MECHANISM
            and named.mechanism != DEFAULT_MECHANISM
            and _says_separate(unnamed)
        ):
            return True
    return False


ADJACENT_CHARS = 300
"""Two sentences this close are one report's lead and the sentence after it."""


def _adjacent(first: Meeting, second: Meeting) -> bool:
    if not first.evidence or not second.evidence:
        return False
    a, b = first.evidence[0], second.evidence[0]
    gap = max(a.start, b.start) - min(a.end, b.end)
    return gap <= ADJACENT_CHARS


def _names_its_format(first: Meeting, second: Meeting) -> bool:
    """One record has people and no format, the other a format and no people, and either
    both give a date (an unknown date would let a format join any meeting) or they stand in
    neighbouring sentences ("The fourth session of the Joint Commission opened on Monday.
    The two-day meeting is co-chaired by A and B.")."""
    people, format_only = (first, second) if first.participants else (second, first)
    shapes = (
        bool(people.participants)
        and people.mechanism == DEFAULT_MECHANISM
        and not format_only.participants
        and format_only.mechanism != DEFAULT_MECHANISM
    )
    dated = _partial_date(first) is not None and _partial_date(second) is not None
    return shapes and (dated or _adjacent(first, second))


def compatible(first: Meeting, second: Meeting, story: PartialDate | None = None) -> bool:
    """Could these two records describe the same meeting? ``story``: the dateline's date."""
    if _apart_from_format(first, second):
        return False
    mine, theirs = _people(first), _people(second)
    if not mine or not theirs:
        # A side without people links through the same named format, or names the format
        # of an unnamed meeting with people on the same known date ("the visit encompassed
        # the Vice-Ministerial Dialogue" / "Kwatra held consultations with Okano").
        if first.mechanism == second.mechanism == DEFAULT_MECHANISM:
            return False
        if first.mechanism != second.mechanism and not _names_its_format(first, second):
            return False
    elif not (mine <= theirs or theirs <= mine):
        return False
    if first.ordinal is not None and second.ordinal is not None and first.ordinal != second.ordinal:
        return False
    mechanisms = {first.mechanism, second.mechanism}
    if len(mechanisms) > 1 and DEFAULT_MECHANISM not in mechanisms:
        return False
    return dates_agree(first, second, story)


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


def _same_sentence(first: Meeting, second: Meeting) -> bool:
    """Both read from the same sentence (a sentence-level model answering twice for it)."""
    if not first.evidence or not second.evidence:
        return False
    here, there = first.evidence[0], second.evidence[0]
    return (here.start, here.end) == (there.start, there.end)


def parts_of_one_meeting(first: Meeting, second: Meeting) -> bool:
    """Two records a model split out of one sentence's one named meeting ("held the 2+2
    Dialogue, with A and B hosting C and D" read as A-C and B-D): same sentence, different
    people, one named format (the other unnamed or the same), dates agree, and the sentence
    does not call anything separate."""
    if not _same_sentence(first, second) or _says_separate(first):
        return False
    if _people(first) & _people(second):
        return False
    mechanisms = {first.mechanism, second.mechanism}
    if mechanisms == {DEFAULT_MECHANISM} or len(mechanisms - {DEFAULT_MECHANISM}) != 1:
        return False
    ordinals = {first.ordinal, second.ordinal} - {None}
    return len(ordinals) <= 1 and dates_agree(first, second)


def _join_split_parts(meetings: list[Meeting]) -> tuple[list[Meeting], int]:
    joined: list[Meeting] = []
    folded = 0
    for meeting in meetings:
        whole = next((m for m in joined if parts_of_one_meeting(m, meeting)), None)
        if whole is None:
            joined.append(meeting)
            continue
        merge_into(whole, meeting)  # takes the named format, adds the other people
        folded += 1
    return joined, folded


def _link_strength(meeting: Meeting, other: Meeting) -> int:
    if other.mechanism != meeting.mechanism:
        return 0
    return 2 if meeting.ordinal is not None and other.ordinal == meeting.ordinal else 1


def _date_distance(meeting: Meeting) -> int:
    """How far the meeting's date is written from its format in its sentence (a sentence
    with several dates: the one next to "virtual summit" is the summit's)."""
    if not meeting.evidence or not meeting.date_text or not meeting.mechanism:
        return 10**6
    sentence = meeting.evidence[0].quote
    date_at = sentence.lower().find(meeting.date_text.lower())
    format_at = mechanism_position(meeting.mechanism, sentence)
    return 10**6 if date_at < 0 or format_at is None else abs(date_at - format_at)


def drop_date_rivals(meetings: list[Meeting]) -> tuple[list[Meeting], int]:
    """One sentence, one named format, the same people, several dates: a small model lists
    the meeting once per date the sentence writes ("signed on February 18, 2022, during a
    virtual summit ... since August 2015"). The record whose date stands nearest the format
    is kept."""
    dropped: set[int] = set()
    for i, first in enumerate(meetings):
        for j in range(i + 1, len(meetings)):
            second = meetings[j]
            if (
                _same_sentence(first, second)
                and first.mechanism == second.mechanism != DEFAULT_MECHANISM
                and _people(first) == _people(second)
                and not dates_agree(first, second)
            ):
                dropped.add(j if _date_distance(first) <= _date_distance(second) else i)
    kept = [m for k, m in enumerate(meetings) if k not in dropped]
    return kept, len(dropped)


def merge_repeats(
    meetings: list[Meeting], story: PartialDate | None = None
) -> tuple[list[Meeting], int]:
    """Merged records in document order, and how many records were folded into others.

    Rival dates of one sentence's format are settled and parts of one meeting split out of
    one sentence are joined first. Then a pair is merged when compatible and either both
    name the same people, or both come from one sentence, or the one naming fewer people is
    compatible with nothing else (so the link is unambiguous).
    """
    meetings, rivals = drop_date_rivals(meetings)
    meetings, joined = _join_split_parts(meetings)
    joined += rivals
    count = len(meetings)
    links = [
        [j for j in range(count) if j != i and compatible(meetings[i], meetings[j], story)]
        for i in range(count)
    ]
    for i, meeting in enumerate(meetings):
        # A format without people joins its closest report: the same format and ordinal
        # ("fourth Annual Summit" in the headline and the lead) before the same format,
        # before a meeting it could merely name.
        if meeting.participants or not links[i]:
            continue
        best = max(_link_strength(meeting, meetings[j]) for j in links[i])
        for j in [j for j in links[i] if _link_strength(meeting, meetings[j]) < best]:
            links[i].remove(j)
            links[j].remove(i)
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
            if (people_i and people_i == people_j) or _same_sentence(meetings[i], meetings[j]):
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
        if head is not None and compatible(head, meeting, story):
            merge_into(head, meeting)
            folded += 1
            continue
        heads.setdefault(root(i), meeting)
        merged.append(meeting)
    return merged, folded + joined


def fold_described_milestones(milestones: list[Milestone]) -> tuple[list[Milestone], list[str]]:
    """An agreement named in full and, elsewhere in the article, described ("the Treaty of
    Mutual Cooperation and Security, signed in 1960" ... "the 1960 security treaty"): one
    landmark, kept under its full name. Only within one kind and one stated year."""
    dropped: set[int] = set()
    notes: list[str] = []
    for i, short in enumerate(milestones):
        for j, full in enumerate(milestones):
            if (
                i != j
                and j not in dropped
                and short.kind == full.kind == "agreement"
                and short.year is not None
                and short.year == full.year
                and describes(short.name, full.name)
            ):
                dropped.add(i)
                notes.append(f"milestone {short.name!r} is the {full.name!r}; folded into it")
                break
    return [m for k, m in enumerate(milestones) if k not in dropped], notes
