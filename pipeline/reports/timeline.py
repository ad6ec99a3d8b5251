"""Where a record sits on a time axis, and whether a pair's partnership only moved up.

Pure functions, so the report's geometry and its warnings are tested without a browser.

A record is placed at the precision its sources give and no finer: a day is a point, a month
or a year is an interval covering it, and a record with no year is not placed at all (the
report lists it beside the axis as "year unknown"). Guessing a mid-year point would draw a
fact the articles never stated.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from pipeline.text.dates import PartialDate


@dataclass(frozen=True)
class Extent:
    """An interval on the axis in fractional years: ``start == end`` for a known day."""

    start: float
    end: float


def _day_of_year(year: int, month: int, day: int) -> float:
    days_before = sum(calendar.monthrange(year, m)[1] for m in range(1, month))
    return (days_before + day - 1) / (366 if calendar.isleap(year) else 365)


def extent(date: PartialDate | None) -> Extent | None:
    """The axis interval a date covers; None without a year (never placed on the axis)."""
    if date is None or date.year is None:
        return None
    year = date.year
    if date.month is None:
        return Extent(float(year), float(year + 1))
    if date.day is None:
        start = year + _day_of_year(year, date.month, 1)
        last = calendar.monthrange(year, date.month)[1]
        return Extent(start, year + _day_of_year(year, date.month, last) + 1 / 365)
    point = year + _day_of_year(year, date.month, date.day)
    return Extent(point, point)


# --- partnership levels --------------------------------------------------------------------

# Words that name the thing, not its level: "… Partnership", "… Relationship", "ties of …".
_FRAME_WORDS = frozenset(
    {"partnership", "relationship", "relations", "ties", "cooperation", "bilateral", "new", "era"}
    | {"and", "of", "for", "the", "a", "an", "to", "in", "on", "with", "towards"}
)
_WORD = re.compile(r"[a-z][a-z-]*")


def level_words(name: str) -> frozenset[str]:
    """The qualifiers of a partnership name: "Special Strategic and Global Partnership" ->
    {special, strategic, global}."""
    return frozenset(w for w in _WORD.findall(name.casefold()) if w not in _FRAME_WORDS)


def level_rank(name: str) -> tuple[int, int]:
    """An order on partnership names, for warnings only: "strategic" first (a strategic
    partnership is above every non-strategic one, e.g. "Comprehensive Partnership" <
    "Strategic Partnership"), then the number of qualifiers ("Strategic" < "Comprehensive
    Strategic" < "Comprehensive Strategic and Global"). Diplomatic ladders differ between
    countries; a flag asks a reviewer to look, it never changes a record."""
    words = level_words(name)
    return (1 if "strategic" in words else 0, len(words))


@dataclass(frozen=True)
class Upgrade:
    """A partnership upgrade of one pair as the report knows it."""

    milestone_id: str
    name: str
    name_key: str
    year: int


@dataclass(frozen=True)
class LadderFlag:
    """An upgrade that does not move the pair's partnership up: ``earlier`` is the upgrade it
    contradicts."""

    milestone_id: str
    earlier_id: str
    reason: str


def ladder_flags(upgrades: list[Upgrade]) -> list[LadderFlag]:
    """Upgrades of one pair, in year order, must each name a new level above the highest one
    before it: the same level twice is "duplicated", a level at or below an earlier one is
    "out of order" (named against the highest earlier level). Two upgrades in one year are
    compared by rank only, since their order within the year is unknown."""
    flags: list[LadderFlag] = []
    ordered = sorted(upgrades, key=lambda u: (u.year, level_rank(u.name), u.milestone_id))
    for index, later in enumerate(ordered):
        earlier_ones = ordered[:index]
        same = next((e for e in earlier_ones if e.name_key == later.name_key), None)
        if same is not None:
            reason = f"duplicated level: {later.name!r} already in {same.year}"
            flags.append(LadderFlag(later.milestone_id, same.milestone_id, reason))
            continue
        before = [e for e in earlier_ones if e.year < later.year]
        if not before:
            continue
        highest = max(before, key=lambda e: (level_rank(e.name), e.year))
        if level_rank(later.name) <= level_rank(highest.name):
            reason = (
                f"out of order: {later.name!r} ({later.year}) is not above "
                f"{highest.name!r} ({highest.year})"
            )
            flags.append(LadderFlag(later.milestone_id, highest.milestone_id, reason))
    return flags
