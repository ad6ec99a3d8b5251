"""Do two reports, from two articles, describe the same meeting? Blocking, features, score.

Why a small explicit scorer rather than splink or recordlinkage: the evidence that decides a
match here is structural, not string similarity of flat columns. Participants are *sets* of
canonical people (nested sets agree, disjoint ones disagree), dates are partial ("2024-02"
refines to "2024-02-08"; "--07-28" has no year), and some disagreements are hard vetoes
(two named mechanisms, two ordinals). Both libraries compare scalar columns of a pandas frame
and splink learns its weights by EM from many unlabelled pairs; neither expresses these
features without custom comparison code, and they would add pandas/duckdb (or sklearn) for a
few hundred lines of clear logic. A hand-set, Fellegi-Sunter-like sum of integer weights keeps
every decision printable ("same_day +3, people same +5, mechanism same +3 = 11 >= 5") and
testable; the fixture evaluation (``tests/test_reconcile.py``) is its calibration.

Weights are chosen so that one feature never decides alone: a merge needs two independent
agreements (for instance the date and the people). Dates that say little (only a year, or
nothing) raise the threshold by one, above what any other single feature gives, so such a
report joins a meeting only on stronger evidence (people plus a named mechanism, ordinal or
place); and the date alone stays below the normal threshold.

Blocking keeps the work near-linear: records are only compared within an unordered country
pair, and only when one's lookup key is among the other's filing keys: a day within
``NEAR_DAYS`` of a dated day, the year-month of a month-precision date, the month-day of a
date without a year, the same mechanism and ordinal, or, for a report whose date is weak,
people keys (``person_keys``). Keys filed by more than ``MAX_BLOCK`` records are skipped and
counted, so one very common key cannot make the run quadratic.

Why the people keys lose no pair (derived from ``WEIGHTS``; ``test_blocking.py`` re-derives
it over every combination of feature values, and checks it by brute force on records):
a report with a weak date (none, no year or no month) has no day or year-month to meet by;
with any partner its date is unknown or coarse (threshold 6), the same month-day (met by the
month-day key), or a (near) conflict (-2 or -6, threshold 5). Without the same mechanism *and*
ordinal (the mechanism-ordinal key) the rest must then come from the people plus one of
mechanism, ordinal or place, and only three ways add up: a shared person and the same named
mechanism, a shared person and the same ordinal, or the same two or more people (+5) and the
same place (+1). So a weak report looks up (person, mechanism), (person, ordinal) and its
exact set of people, never a bare person: a bare person key made the candidate pairs grow
with the square of the corpus (every undated report of a minister met every other report of
that minister), 218k candidates at 40k records, of which most could never be accepted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import cache

from pipeline.text.dates import PartialDate, record_date
from pipeline.text.mechanisms import DEFAULT_MECHANISM, MECHANISMS
from pipeline.text.places import normalise_country, same_place
from schemas import Meeting

THRESHOLD = 5
WEAK_DATE_THRESHOLD = 6
MAX_BLOCK = 2000
NEAR_DAYS = 3

# Mechanisms that name no particular format: they neither confirm nor contradict a named one.
UNNAMED_MECHANISMS = frozenset({DEFAULT_MECHANISM, *(m.name for m in MECHANISMS if m.generic)})

WEIGHTS: dict[str, dict[str, int]] = {
    "date": {
        "same_day": 3,
        "same_month_day": 2,  # both give month and day, a year missing on one side
        "same_month": 2,
        "refines": 2,  # "2024-02" and "2024-02-08"
        "coarse": 0,  # compatible but only through a year (or month vs month-day)
        "unknown": 0,
        "near_conflict": -2,  # days apart by at most NEAR_DAYS: a source may be off by one
        "conflict": -6,
    },
    "people": {
        "same": 5,  # the same two or more people
        "nested_2plus": 4,  # one side names a subset, two or more shared
        "nested_1": 2,  # one shared person, nobody contradicting
        "partial": 0,  # shared people, but each side names someone the other does not
        "none": 0,  # a side names nobody
        "complementary": 0,  # no one shared, but each side names only the other country's
        "disjoint": -4,  # no one shared, and both name someone of the same country
    },
    "mechanism": {"same": 3, "one_unnamed": 0, "unnamed": 0, "differs": 0},
    "ordinal": {"same": 3, "unknown": 0, "differs": 0},
    "location": {"same": 1, "unknown": 0, "differs": -1},
}
WEAK_DATES = frozenset({"coarse", "unknown"})
# Contrary evidence: a pair below threshold showing any of these must not be chained together.
NEGATIVE = frozenset(
    {
        ("date", "near_conflict"),
        ("date", "conflict"),
        ("people", "disjoint"),
        ("people", "partial"),
        ("location", "differs"),
    }
)
VETOES = {("mechanism", "differs"), ("ordinal", "differs")}


Key = tuple[object, ...]


@dataclass(frozen=True)
class LinkRecord:
    """What linkage needs of a meeting report, normalised once."""

    rid: str
    article_id: str
    pair: tuple[str, ...]  # sorted countries: two, or one when only one is known
    date: PartialDate | None
    mechanism: str | None  # a named mechanism; None when unnamed or generic
    ordinal: int | None
    persons: frozenset[str]  # canonical person ids
    person_countries: frozenset[str]  # known countries of those persons
    location: str | None  # casefolded


@dataclass(frozen=True)
class Feature:
    value: str
    weight: int


@dataclass(frozen=True)
class PairScore:
    records: tuple[str, str]
    features: dict[str, Feature]
    score: int
    threshold: int
    veto: str | None

    @property
    def accepted(self) -> bool:
        return self.veto is None and self.score >= self.threshold

    @property
    def negative(self) -> bool:
        return any((name, f.value) in NEGATIVE for name, f in self.features.items())

    @property
    def cannot_link(self) -> bool:
        """Must these two stay in different clusters even if other records bridge them?"""
        return self.veto is not None or (not self.accepted and self.negative)


def parse_date(iso: str | None, partial: str | None) -> PartialDate | None:
    """A record's date (see ``pipeline.text.dates.record_date``)."""
    return record_date(iso, partial)


def country_pair(meeting: Meeting) -> tuple[str, ...]:
    """The meeting's countries, completed from its participants' when fewer than two."""
    countries = list(dict.fromkeys(c for c in map(normalise_country, meeting.countries) if c))
    if len(countries) < 2:
        for p in meeting.participants:
            c = normalise_country(p.country)
            if c and c not in countries:
                countries.append(c)
    return tuple(sorted(countries[:2]))


def link_record(
    rid: str, article_id: str, meeting: Meeting, persons: Iterable[tuple[str, str | None]]
) -> LinkRecord:
    """``persons``: the (canonical id, country) of each participant."""
    people = list(persons)
    mechanism = meeting.mechanism if meeting.mechanism not in UNNAMED_MECHANISMS else None
    location = " ".join(meeting.location.split()).casefold() if meeting.location else None
    return LinkRecord(
        rid=rid,
        article_id=article_id,
        pair=country_pair(meeting),
        date=parse_date(meeting.date, meeting.date_partial),
        mechanism=mechanism,
        ordinal=meeting.ordinal,
        persons=frozenset(pid for pid, _ in people),
        person_countries=frozenset(c for _, c in people if c),
        location=location or None,
    )


# --- features --------------------------------------------------------------------------------
def _near(a: PartialDate, b: PartialDate) -> bool:
    if a.month is None or a.day is None or b.month is None or b.day is None:
        return False
    if a.year is not None and b.year is not None:
        return abs((Date(a.year, a.month, a.day) - Date(b.year, b.month, b.day)).days) <= NEAR_DAYS
    return a.month == b.month and abs(a.day - b.day) <= NEAR_DAYS


def date_relation(a: PartialDate | None, b: PartialDate | None) -> str:
    if a is None or b is None:
        return "unknown"
    if not a.is_compatible(b):
        return "near_conflict" if _near(a, b) else "conflict"
    both_day = a.day is not None and b.day is not None
    if a == b and both_day and a.year is not None:
        return "same_day"
    if both_day:
        return "same_month_day"
    if a.year is not None and b.year is not None and a.month is not None and b.month is not None:
        return "same_month" if a == b else "refines"
    return "coarse"


def people_relation(a: LinkRecord, b: LinkRecord) -> str:
    """Kyodo names the Japanese ministers, PTI the Indian ones: sharing nobody counts against
    a match only when both sides name someone of the same country."""
    mine, theirs = a.persons, b.persons
    if not mine or not theirs:
        return "none"
    shared = len(mine & theirs)
    if shared == 0:
        return "disjoint" if a.person_countries & b.person_countries else "complementary"
    if not (mine <= theirs or theirs <= mine):
        return "partial"
    if shared == 1:
        return "nested_1"
    return "same" if mine == theirs else "nested_2plus"


def _named_relation(a: object, b: object) -> str:
    if a is None and b is None:
        return "unnamed"
    if a is None or b is None:
        return "one_unnamed"
    return "same" if a == b else "differs"


def location_relation(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return "unknown"
    return "same" if same_place(a, b) else "differs"


def pairs_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal pairs, or a side with fewer than two countries inside the other."""
    return a == b or (len(a) < 2 and set(a) <= set(b)) or (len(b) < 2 and set(b) <= set(a))


@cache
def _feature(name: str, value: str) -> Feature:
    """One shared (frozen) instance per feature value: every scored pair holds five."""
    return Feature(value, WEIGHTS[name][value])


def score_pair(a: LinkRecord, b: LinkRecord) -> PairScore:
    """Features, their weights and the decision for one pair (order-independent)."""
    if b.rid < a.rid:
        a, b = b, a
    ordinal = _named_relation(a.ordinal, b.ordinal)
    relations = {
        "date": date_relation(a.date, b.date),
        "people": people_relation(a, b),
        "mechanism": _named_relation(a.mechanism, b.mechanism),
        "ordinal": "unknown" if ordinal in ("unnamed", "one_unnamed") else ordinal,
        "location": location_relation(a.location, b.location),
    }
    features = {name: _feature(name, value) for name, value in relations.items()}
    veto = next((f"{n} differs" for n, v in relations.items() if (n, v) in VETOES), None)
    if veto is None and not pairs_compatible(a.pair, b.pair):
        veto = "countries differ"
    weak = relations["date"] in WEAK_DATES
    return PairScore(
        records=(a.rid, b.rid),
        features=features,
        score=sum(f.weight for f in features.values()),
        threshold=WEAK_DATE_THRESHOLD if weak else THRESHOLD,
        veto=veto,
    )


# --- blocking --------------------------------------------------------------------------------
def _near_days(d: PartialDate) -> list[Key]:
    """The days within NEAR_DAYS of a full date (month and year edges included)."""
    assert d.year is not None and d.month is not None and d.day is not None
    keys: list[Key] = []
    for shift in range(-NEAR_DAYS, NEAR_DAYS + 1):
        try:
            day = Date(d.year, d.month, d.day) + timedelta(days=shift)
        except OverflowError:
            continue
        keys.append(("ymd", day.year, day.month, day.day))
    return keys


def person_keys(r: LinkRecord) -> set[Key]:
    """The people keys of a record (see the module docstring for why they suffice): its exact
    set of people, and each person with its named mechanism and with its ordinal."""
    keys: set[Key] = {("people", r.persons)} if r.persons else set()
    if r.mechanism is not None:
        keys.update(("person-mechanism", p, r.mechanism) for p in r.persons)
    if r.ordinal is not None:
        keys.update(("person-ordinal", p, r.ordinal) for p in r.persons)
    return keys


def index_keys(r: LinkRecord) -> set[Key]:
    """Keys a record is filed under (within its country pair)."""
    keys = person_keys(r)
    d = r.date
    if d is not None and d.year is not None and d.month is not None:
        keys.add(("ym", d.year, d.month))
        if d.day is not None:
            keys.add(("ymd", d.year, d.month, d.day))
    if d is not None and d.month is not None and d.day is not None:
        keys.add(("md", d.month, d.day))
    if r.mechanism is not None and r.ordinal is not None:
        keys.add(("mo", r.mechanism, r.ordinal))
    return keys


def probe_keys(r: LinkRecord) -> set[Key]:
    """Keys a record looks up: nearby days (or its month, or its month-day when it has no
    year), its mechanism and ordinal, and its people keys only when its date is weak."""
    keys: set[Key] = set()
    d = r.date
    if d is not None and d.year is not None and d.month is not None:
        keys.update(_near_days(d) if d.day is not None else [("ym", d.year, d.month)])
    if d is not None and d.year is None and d.month is not None and d.day is not None:
        keys.add(("md", d.month, d.day))
    if d is None or d.year is None or d.month is None:
        keys.update(person_keys(r))
    if r.mechanism is not None and r.ordinal is not None:
        keys.add(("mo", r.mechanism, r.ordinal))
    return keys


@dataclass(frozen=True)
class Blocking:
    pairs: list[tuple[int, int]]
    skipped_keys: int


def _blocks(r: LinkRecord, pairs_with: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """Full pairs file under themselves; a one-country record also under every full pair
    with that country."""
    if len(r.pair) == 2:
        return [r.pair]
    if len(r.pair) == 1:
        return [r.pair, *pairs_with.get(r.pair[0], [])]
    return []


def candidate_pairs(
    left: Sequence[LinkRecord],
    right: Sequence[LinkRecord] | None = None,
    max_block: int = MAX_BLOCK,
) -> Blocking:
    """Pairs worth scoring: (i, j) with i < j within ``left`` (never two of one article), or
    (i in left, j in right) when ``right`` is given."""
    same = right is None
    other = left if right is None else right
    full = sorted({r.pair for r in (*left, *other) if len(r.pair) == 2})
    pairs_with: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for pair in full:
        for country in pair:
            pairs_with[country].append(pair)

    def build(records: Sequence[LinkRecord]) -> dict[tuple[tuple[str, ...], Key], list[int]]:
        index: dict[tuple[tuple[str, ...], Key], list[int]] = defaultdict(list)
        for j, r in enumerate(records):
            for block in _blocks(r, pairs_with):
                for key in index_keys(r):
                    index[(block, key)].append(j)
        return index

    skipped: set[tuple[tuple[str, ...], Key]] = set()
    found: set[tuple[int, int]] = set()

    def probe(probers: Sequence[LinkRecord], targets: Sequence[LinkRecord], flip: bool) -> None:
        index = build(targets)
        for i, r in enumerate(probers):
            for block in _blocks(r, pairs_with):
                for key in probe_keys(r):
                    hits = index.get((block, key))
                    if not hits:
                        continue
                    if len(hits) > max_block:
                        skipped.add((block, key))
                        continue
                    for j in hits:
                        if same:
                            if i != j and r.article_id != targets[j].article_id:
                                found.add((min(i, j), max(i, j)))
                        else:
                            found.add((j, i) if flip else (i, j))

    probe(left, other, flip=False)
    if not same:
        probe(other, left, flip=True)
    return Blocking(sorted(found), len(skipped))
