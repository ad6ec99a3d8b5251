"""Turn the date phrases an LLM copies out of news articles into strict dates.

The model only transcribes what the article says (``date_text``: "on Monday", "from February 07
to 08, 2024", "last month"); turning that into a calendar date needs the article's dateline and,
above all, must never invent a year. Keeping this in pure stdlib code makes it deterministic,
reviewable and cheap to test exhaustively.

Output follows the gold conventions: ``iso`` is ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` when the
text supports a year, else ``None``; ``partial`` is ``--MM-DD`` whenever month and day are known.

Rule names reported in ``ResolvedDate.rule``:

* ``explicit`` - a full date is written ("August 20, 2024", "20 Aug 2024", "2024-08-20").
* ``span_day`` / ``span_month`` / ``span_year`` / ``span_cross_year`` - a visit span ("from
  February 07 to 08, 2024", "7-9 March 2024"), or several different full dates; precision is the
  finest unit that the start and end share.
* ``month_day_dateline_year`` / ``month_day_no_year`` - "on August 19" with / without a dateline
  year to borrow.
* ``month_year`` - "in March 2022"; ``year_only`` / ``year_ambiguous`` - "in 2014".
* ``month_dateline_year`` / ``month_no_year`` - "in March".
* ``relative_today`` / ``relative_yesterday`` / ``relative_tomorrow`` / ``relative_days_ago`` /
  ``relative_month`` / ``relative_year`` - anchored on the dateline.
* ``weekday_before_dateline`` / ``weekday_after_dateline`` / ``weekday_last_week`` /
  ``weekday_next_week`` / ``weekday_no_year`` / ``weekday_no_dateline``.
* ``unresolved`` - nothing datable ("recently", "last week", None).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from pipeline.text.grounding import phrase_occurs

__all__ = [
    "Dateline",
    "PartialDate",
    "ResolvedDate",
    "date_phrases",
    "date_written_in",
    "find_dateline",
    "full_dates_in",
    "infer_dateline_year",
    "record_date",
    "resolve_date",
]

Precision = Literal["day", "month", "year", "none"]

# A yearless month-day is placed in the latest year that is at most this far after the dateline:
# articles report recent past events and announce near-future ones, not events a year ahead.
_FUTURE_TOLERANCE_DAYS = 62
_FUTURE_TOLERANCE_MONTHS = 2
# Datelines and "Published:" headers sit at the top, after a little site furniture at most.
_DATELINE_SEARCH_CHARS = 1500

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# --- regex fragments (compiled case-insensitively) ------------------------------------------
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
MONTH_PATTERN = _MON
"""A month name or abbreviation (compile with ``re.IGNORECASE``)."""
MONTH_NAMES = tuple(calendar.month_name[1:])
WEEKDAY_NAMES = _WEEKDAY_NAMES
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:st|nd|rd|th)?\b"
_YEAR = r"\b(?:1[89]\d{2}|20\d{2})(?!\d)"
YEAR_PATTERN = _YEAR
"""A year 1800-2099 as a whole number: what a relationship's history can go back to."""
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CONN = r"(?:-|to|and|till|until|through|thru)"
_FLAGS = re.IGNORECASE


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


# Groups: y, m, d.
_FULL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # ISO and the year-first numeric dates of East Asian and Nordic outlets ("2026/03/12")
    _c(r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])\b"),
    _c(rf"\b(?P<m>{_MON})\s*(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})"),
    # "12 March 2026", "12th of March, 2026", "12-Mar-2026"
    _c(rf"\b(?P<d>{_DAY})(?:\s+|-)(?:of\s+)?(?P<m>{_MON})(?:,?\s+|-)(?P<y>{_YEAR})"),
)
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
)
"""A day-month-year or month-day-year date in figures ("12.03.2026", "3/12/2026"): which
number is the month is the reader's call (``story_date`` for headers, ``numeric_date``
in a sentence)."""
# Groups: m1, d1, m2, d2, y (m1 or m2 and y optional).
_SPAN_PATTERNS: tuple[re.Pattern[str], ...] = (
    _c(
        rf"\b(?P<m1>{_MON})\s*(?P<d1>{_DAY})\s*{_CONN}\s*(?:(?P<m2>{_MON})\s*)?(?P<d2>{_DAY})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?"
    ),
    _c(
        rf"\b(?P<d1>{_DAY})\s*(?:(?:of\s+)?(?P<m1>{_MON})\s*)?{_CONN}\s*(?P<d2>{_DAY})\s+"
        rf"(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y>{_YEAR}))?"
    ),
)
# Groups: m, d. Only consulted after the full-date patterns failed, so no year follows.
_MONTH_DAY_PATTERNS: tuple[re.Pattern[str], ...] = (
    _c(rf"\b(?P<m>{_MON})\s*(?P<d>{_DAY})"),
    _c(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})"),
)
_MONTH_YEAR_RE = _c(rf"\b(?P<m>{_MON}),?\s+(?P<y>{_YEAR})")
_YEAR_RE = _c(_YEAR)
_MONTH_ONLY_RE = _c(
    rf"(?:\b(?P<q>in|during|on|since|by|from|until|till|early|late|mid|end\s+of|last|next|this)"
    rf"[\s-]+)?\b(?P<m>{_MON})"
)
_WEEKDAY_RE = _c(rf"(?:\b(?P<q>last|past|previous|next|coming|this)\s+)?\b(?P<wd>{_WEEKDAY})s?\b")
_WEEK_RE = _c(r"\b(?P<q>last|past|previous|this|next|coming)\s+week\b")
_DAYS_AGO_RE = _c(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\s+days?\s+(?:ago|earlier)\b")

# (pattern, rule, unit, offset): dateline-relative words, checked in order.
_RELATIVE: tuple[tuple[re.Pattern[str], str, Literal["day", "month", "year"], int], ...] = (
    (_c(r"\bday\s+before\s+yesterday\b"), "relative_days_ago", "day", -2),
    (_c(r"\bday\s+after\s+tomorrow\b"), "relative_tomorrow", "day", 2),
    (_c(r"\byesterday\b"), "relative_yesterday", "day", -1),
    # "talks that ended late last night": news is filed the morning after
    (_c(r"\blast\s+night\b"), "relative_yesterday", "day", -1),
    (_c(r"\btomorrow\b"), "relative_tomorrow", "day", 1),
    (_c(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"), "relative_today", "day", 0),
    (_c(r"\b(?:last|previous)\s+month\b"), "relative_month", "month", -1),
    (_c(r"\b(?:this|current)\s+month\b"), "relative_month", "month", 0),
    (_c(r"\b(?:next|coming)\s+month\b"), "relative_month", "month", 1),
    (_c(r"\b(?:last|previous)\s+year\b"), "relative_year", "year", -1),
    (_c(r"\b(?:this|current)\s+year\b"), "relative_year", "year", 0),
    (_c(r"\b(?:next|coming)\s+year\b"), "relative_year", "year", 1),
)

# Datelines. Place names are capitalised (case-sensitive sub-patterns); the rest is not.
_PLACE = (
    r"(?-i:[A-Z])[\w.'’-]*(?:[ \t]+(?:(?-i:[A-Z])[\w.'’-]*|of|de|la|el|upon))*"
    r"(?:[ \t]*\[[^\]\n]{1,40}\])?"
)
_DATELINE_DATE = rf"{_MON}[ \t]*{_DAY}(?:,?[ \t]+{_YEAR})?|{_DAY}[ \t]+{_MON}(?:,?[ \t]+{_YEAR})?"
_WIRE_DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})[ \t]*,[ \t]*(?:{_WEEKDAY},?[ \t]+)?(?P<date>{_DATELINE_DATE})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*[:\-–—])",
    _FLAGS | re.MULTILINE,
)
_HEADER_DATELINE_RE = re.compile(
    r"^[ \t]*(?:(?:last[ \t]+)?(?:published|updated|posted|modified)(?:[ \t]+on)?|date)"
    rf"[ \t]*[:\-–—]?[ \t]*(?:{_WEEKDAY},?[ \t]+)?"
    rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_DATELINE_DATE})",
    _FLAGS | re.MULTILINE,
)


# --- public types ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartialDate:
    """A date whose components may be unknown; validated so impossible dates never circulate."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            # With the year unknown, Feb 29 stays possible (2000 is a leap year).
            last = calendar.monthrange(2000 if self.year is None else self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day out of range: {self.year}-{self.month}-{self.day}")

    def iso(self) -> str | None:
        """ISO string at the known precision; ``None`` without a year (never guess one)."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def partial(self) -> str | None:
        """``--MM-DD`` when month and day are known, so yearless dates still carry information."""
        if self.month is None or self.day is None:
            return None
        return f"--{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        """For people: "21 Mar 2025", "Mar 2025", "2025", "21 Mar (year unknown)". Never the
        ``--MM-DD`` machine form, which readers take for a typo."""
        month = calendar.month_abbr[self.month] if self.month is not None else None
        shown = " ".join(str(p) for p in (self.day, month) if p is not None)
        if self.year is None:
            return f"{shown} (year unknown)" if shown else "date unknown"
        return f"{shown} {self.year}" if shown else str(self.year)

    def is_compatible(self, other: PartialDate) -> bool:
        """True when no component known on both sides differs (unknowns match anything)."""
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a is None or b is None or a == b for a, b in pairs)


@dataclass(frozen=True)
class Dateline:
    """The article's publication date as stated in its text, with where it was found."""

    date: PartialDate
    text: str
    start: int
    end: int
    place: str | None = None
    """The city a wire dateline names ("NAIROBI, Feb 20 (Reuters)" -> "Nairobi")."""


@dataclass(frozen=True)
class ResolvedDate:
    """Result of :func:`resolve_date`; ``rule`` and ``warnings`` make the decision reviewable.

    ``span`` holds the start and end of a visit span (or of several different dates) when one was
    written, mirroring the gold ``date_range``.
    """

    date: PartialDate
    iso: str | None
    partial: str | None
    precision: Precision
    rule: str
    warnings: tuple[str, ...]
    span: tuple[PartialDate, PartialDate] | None = None


# --- small helpers -----------------------------------------------------------------------------
def _month_num(token: str) -> int:
    """Month number from a name/abbreviation ("Sept.") or a numeric ISO field."""
    token = token.strip().rstrip(".")
    if token.isdigit():
        return int(token)
    return _MONTH_KEYS.index(token[:3].lower()) + 1


def _day_num(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _safe_partial(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    """PartialDate, or None for impossible combinations such as February 30."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _as_date(pd: PartialDate) -> date | None:
    if pd.year is None or pd.month is None or pd.day is None:
        return None
    return date(pd.year, pd.month, pd.day)


def _from_date(d: date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


def _ref_date(dateline: Dateline | None) -> date | None:
    """The dateline as a full date, only when its year is actually known."""
    return None if dateline is None else _as_date(dateline.date)


def _normalise(text: str) -> str:
    """Unify dashes and whitespace so one set of patterns covers typographic variants."""
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _result(
    pd: PartialDate,
    rule: str,
    warnings: list[str] | tuple[str, ...] = (),
    span: tuple[PartialDate, PartialDate] | None = None,
) -> ResolvedDate:
    iso = pd.iso()
    precision: Precision = "none"
    if iso is not None:
        precision = "day" if len(iso) == 10 else "month" if len(iso) == 7 else "year"
    return ResolvedDate(pd, iso, pd.partial(), precision, rule, tuple(warnings), span)


def _year_for_month_day(month: int, day: int, ref: date) -> int | None:
    """Latest year putting month-day no further than the tolerance after the dateline."""
    for year in range(ref.year + 1, ref.year - 8, -1):  # wide enough to reach a leap year
        try:
            candidate = date(year, month, day)
        except ValueError:  # Feb 29 outside a leap year
            continue
        if (candidate - ref).days <= _FUTURE_TOLERANCE_DAYS:
            return year
    return None


def _year_for_month(month: int, ref: date, qualifier: str | None) -> int:
    """Year of a bare month name: "last March" is before, "next March" after the dateline."""
    if qualifier == "last":
        return ref.year if month < ref.month else ref.year - 1
    if qualifier == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year if month - ref.month <= _FUTURE_TOLERANCE_MONTHS else ref.year - 1


def _weekday_warnings(text: str, pd: PartialDate) -> list[str]:
    """Flag a written weekday that contradicts the resolved day (a sign of a wrong date)."""
    match = _WEEKDAY_RE.search(text)
    day = _as_date(pd)
    if match is None or day is None:
        return []
    written = _WEEKDAY_NAMES.index(match.group("wd").title())
    if written == day.weekday():
        return []
    return [
        f"weekday '{_WEEKDAY_NAMES[written]}' does not match {day.isoformat()} "
        f"({_WEEKDAY_NAMES[day.weekday()]})"
    ]


def _shift_yearless(month: int, day: int, days: int) -> PartialDate | None:
    """Shift a yearless month-day; None when the answer depends on leap years (Mar 1 - 1)."""
    results = set()
    for year in (2000, 2001):  # one leap, one common year
        try:
            shifted = date(year, month, day) + timedelta(days=days)
        except ValueError:
            continue
        results.add((shifted.month, shifted.day))
    if len(results) != 1:
        return None
    month_out, day_out = results.pop()
    return PartialDate(None, month_out, day_out)


def _span_from_match(match: re.Match[str]) -> tuple[PartialDate, PartialDate] | None:
    """Start and end of a written span (yearless when no year is written), None if impossible."""
    g = match.groupdict()
    m1 = _month_num(g["m1"]) if g.get("m1") else None
    m2 = _month_num(g["m2"]) if g.get("m2") else None
    m1 = m1 if m1 is not None else m2
    m2 = m2 if m2 is not None else m1
    if m1 is None or m2 is None:
        return None
    d1, d2 = _day_num(g["d1"]), _day_num(g["d2"])
    end_year = int(g["y"]) if g.get("y") else None
    crosses_year = (m1, d1) > (m2, d2) and m1 != m2
    start_year = end_year - 1 if end_year is not None and crosses_year else end_year
    start = _safe_partial(start_year, m1, d1)
    end = _safe_partial(end_year, m2, d2)
    if start is None or end is None:
        return None
    return start, end


def _span_result(start: PartialDate, end: PartialDate, warnings: list[str]) -> ResolvedDate:
    """Keep only what start and end share: a two-day visit pins the month, not the day."""
    if start.year != end.year:
        return _result(PartialDate(), "span_cross_year", warnings, (start, end))
    if (start.month, start.day) == (end.month, end.day):
        return _result(start, "span_day", warnings, (start, end))
    if start.month == end.month:
        if start.day is not None and end.day is not None and end.day < start.day:
            warnings.append(f"span ends ({end.day}) before it starts ({start.day})")
        return _result(PartialDate(start.year, start.month), "span_month", warnings, (start, end))
    return _result(PartialDate(start.year), "span_year", warnings, (start, end))


def _find_full_dates(text: str) -> list[PartialDate]:
    """All valid year-month-day dates in text order; overlapping matches are dropped."""
    found: list[tuple[int, int, PartialDate]] = []
    for pattern in _FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            pd = _safe_partial(int(m.group("y")), _month_num(m.group("m")), _day_num(m.group("d")))
            if pd is not None:
                found.append((m.start(), m.end(), pd))
    return [pd for _, _, pd in sorted(found, key=lambda item: item[0])]


_RECORD_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_RECORD_PARTIAL = re.compile(r"^--(\d{2})-(\d{2})$")


def record_date(iso: str | None, partial: str | None = None) -> PartialDate | None:
    """The date of a record (``date`` + ``date_partial``): the month and day of a partial
    fill in an ISO date that lacks them when they agree ("2025-07" + "--07-28" is 28 July
    2025); None when nothing is known or the parts are impossible. The one reader of stored
    dates, for merging, linkage and scoring alike."""
    year = month = day = None
    match = _RECORD_ISO.match(iso or "")
    if match:
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
    pm = _RECORD_PARTIAL.match(partial or "")
    if pm and day is None and (month is None or month == int(pm.group(1))):
        month, day = int(pm.group(1)), int(pm.group(2))
    if year is None and month is None:
        return None
    return _safe_partial(year, month, day)


def stored_date(iso: str | None, partial: str | None = None) -> PartialDate | None:
    """``record_date`` that also reads a reconciled event's single date field, which holds
    ``--MM-DD`` when no source gives the year."""
    if iso is not None and partial is None and iso.startswith("--"):
        iso, partial = None, iso
    return record_date(iso, partial)


def human_date(iso: str | None, partial: str | None = None) -> str:
    """A stored date (``date`` + ``date_partial``, or a reconciled ``--MM-DD``) as every
    human-facing output prints it: see ``PartialDate.human``. Text that is no date is shown
    as written rather than hidden."""
    parsed = stored_date(iso, partial)
    if parsed is None:
        return iso or partial or "date unknown"
    return parsed.human()


def full_dates_in(text: str) -> list[PartialDate]:
    """Every full date written in ``text`` (month names or ISO), in text order."""
    return _find_full_dates(_normalise(text))


def _first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    matches = [m for m in (p.search(text) for p in patterns) if m is not None]
    return min(matches, key=lambda m: m.start(), default=None)


# --- resolvers: each returns None when its kind of expression is absent -------------------------
_Resolver = Callable[[str, Dateline | None], ResolvedDate | None]


def _resolve_span(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    match = _first_match(_SPAN_PATTERNS, text)
    if match is None:
        return None
    span = _span_from_match(match)
    if span is None:
        return None
    start, end = span
    ref = _ref_date(dateline)
    if start.year is None and ref is not None and start.month and start.day:
        year = _year_for_month_day(start.month, start.day, ref)
        if year is not None:
            end_year = year + 1 if (start.month, start.day) > (end.month, end.day) else year
            start_pd = _safe_partial(year, start.month, start.day)
            end_pd = _safe_partial(end_year, end.month, end.day)
            if start_pd is not None and end_pd is not None:
                start, end = start_pd, end_pd
    return _span_result(start, end, [])


def _resolve_full_dates(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    dates = _find_full_dates(text)
    if not dates:
        return None
    if len(set(dates)) == 1:
        return _result(dates[0], "explicit", _weekday_warnings(text, dates[0]))
    ordered = sorted(dates, key=lambda pd: (pd.year or 0, pd.month or 0, pd.day or 0))
    return _span_result(ordered[0], ordered[-1], ["several different dates written"])


def numeric_readings(match: re.Match[str]) -> list[PartialDate]:
    """The valid dates a ``NUMERIC_DATE`` match can be, day first then month first (one
    when both readings are the same day or only one is a date)."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    readings = (_safe_partial(year, b, a), _safe_partial(year, a, b))
    return list(dict.fromkeys(pd for pd in readings if pd is not None))


def numeric_date(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    """The date a ``NUMERIC_DATE`` match in running text means: the only valid reading;
    with two, day first when written with dots (as every outlet that uses dots writes it),
    else the reading nearest ``anchor`` (the story's date); None when nothing decides."""
    readings = numeric_readings(match)
    if len(readings) < 2:
        return readings[0] if readings else None
    if match["sep"] == ".":
        return readings[0]
    ref = _as_date(anchor) if anchor is not None else None
    if ref is None:
        return None
    distances = [abs(((_as_date(pd) or ref) - ref).days) for pd in readings]
    if distances[0] == distances[1]:
        return None
    return readings[distances.index(min(distances))]


def _resolve_numeric(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    match = NUMERIC_DATE.search(text)
    if match is None:
        return None
    pd = numeric_date(match, dateline.date if dateline is not None else None)
    if pd is None:
        return None
    return _result(pd, "explicit", _weekday_warnings(text, pd))


def _resolve_month_day(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    match = _first_match(_MONTH_DAY_PATTERNS, text)
    if match is None:
        return None
    month, day = _month_num(match.group("m")), _day_num(match.group("d"))
    if _safe_partial(None, month, day) is None:
        return None
    ref = _ref_date(dateline)
    year = None if ref is None else _year_for_month_day(month, day, ref)
    if year is None:
        return _result(PartialDate(None, month, day), "month_day_no_year")
    pd = PartialDate(year, month, day)
    return _result(pd, "month_day_dateline_year", _weekday_warnings(text, pd))


def _resolve_month_year(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    match = _MONTH_YEAR_RE.search(text)
    if match is None:
        return None
    return _result(PartialDate(int(match.group("y")), _month_num(match.group("m"))), "month_year")


def _resolve_relative(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    rule, unit, offset = "", "day", 0
    for pattern, rule_name, rule_unit, rule_offset in _RELATIVE:
        if pattern.search(text):
            rule, unit, offset = rule_name, rule_unit, rule_offset
            break
    else:
        ago = _DAYS_AGO_RE.search(text)
        if ago is None:
            return None
        n = ago.group("n").lower()
        rule, offset = "relative_days_ago", -(int(n) if n.isdigit() else _NUMBER_WORDS[n])
    if dateline is None:
        return _result(PartialDate(), rule, ["no dateline to anchor a relative date"])
    anchor = dateline.date
    ref = _as_date(anchor)
    if unit == "day":
        if ref is not None:
            pd = _from_date(ref + timedelta(days=offset))
            return _result(pd, rule, _weekday_warnings(text, pd))
        if anchor.month is not None and anchor.day is not None:
            shifted = _shift_yearless(anchor.month, anchor.day, offset)
            if shifted is not None:
                return _result(shifted, rule)
            return _result(PartialDate(), rule, ["day depends on the unknown year (leap day)"])
        return _result(PartialDate(), rule, ["dateline has no day"])
    if unit == "month":
        if anchor.month is None:
            return _result(PartialDate(), rule, ["dateline has no month"])
        index = (anchor.year or 2000) * 12 + anchor.month - 1 + offset
        year = index // 12 if anchor.year is not None else None
        return _result(PartialDate(year, index % 12 + 1), rule)
    if anchor.year is None:
        return _result(PartialDate(), rule)
    return _result(PartialDate(anchor.year + offset), rule)


def _resolve_weekday(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    match = _WEEKDAY_RE.search(text)
    if match is None:
        return None
    if dateline is None:
        return _result(PartialDate(), "weekday_no_dateline")
    ref = _ref_date(dateline)
    if ref is None:
        # Without the year the weekday cannot be placed: Monday is a different day every year.
        return _result(PartialDate(), "weekday_no_year")
    wd = _WEEKDAY_NAMES.index(match.group("wd").title())
    qualifier = (match.group("q") or "").lower()
    week = _WEEK_RE.search(text)
    week_q = week.group("q").lower() if week else ""
    monday = ref - timedelta(days=ref.weekday())
    if week_q in ("last", "past", "previous"):
        day, rule = monday - timedelta(weeks=1) + timedelta(days=wd), "weekday_last_week"
    elif week_q in ("next", "coming"):
        day, rule = monday + timedelta(weeks=1) + timedelta(days=wd), "weekday_next_week"
    elif qualifier in ("next", "coming"):
        ahead = (wd - ref.weekday()) % 7 or 7
        day, rule = ref + timedelta(days=ahead), "weekday_after_dateline"
    else:
        back = (ref.weekday() - wd) % 7
        if qualifier in ("last", "past", "previous"):
            back = back or 7
        day, rule = ref - timedelta(days=back), "weekday_before_dateline"
    return _result(_from_date(day), rule)


def _resolve_year_only(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    years = list(dict.fromkeys(int(m.group(0)) for m in _YEAR_RE.finditer(text)))
    if not years:
        return None
    if len(years) > 1:
        return _result(PartialDate(), "year_ambiguous", [f"several years written: {years}"])
    return _result(PartialDate(years[0]), "year_only")


def _resolve_month_only(text: str, dateline: Dateline | None) -> ResolvedDate | None:
    for match in _MONTH_ONLY_RE.finditer(text):
        qualifier = (match.group("q") or "").lower() or None
        if qualifier is None and match.group("m").lower() == "may":
            continue  # the modal verb, not the month
        month = _month_num(match.group("m"))
        ref = _ref_date(dateline)
        if ref is None:
            return _result(PartialDate(None, month), "month_no_year")
        year = _year_for_month(month, ref, qualifier)
        return _result(PartialDate(year, month), "month_dateline_year")
    return None


# Most specific first: a span contains dates, a full date contains a month-day, and so on.
_RESOLVERS: tuple[_Resolver, ...] = (
    _resolve_span,
    _resolve_full_dates,
    _resolve_numeric,
    _resolve_month_day,
    _resolve_month_year,
    _resolve_relative,
    _resolve_weekday,
    _resolve_year_only,
    _resolve_month_only,
)


# --- public functions --------------------------------------------------------------------------
def find_dateline(text: str) -> Dateline | None:
    """Find the publication date stated at the top of an article (wire dateline or header).

    Only the first ~1500 characters are searched: a place-and-date deeper in the body is a
    reported event, not the dateline.
    """
    head = text[:_DATELINE_SEARCH_CHARS]
    candidates = []
    for pattern in (_WIRE_DATELINE_RE, _HEADER_DATELINE_RE):
        for match in pattern.finditer(head):
            pd = _parse_dateline_date(match.group("date"))
            if pd is not None:
                candidates.append((match, pd))
                break
    if not candidates:
        return None
    match, pd = min(candidates, key=lambda item: item[0].start())
    raw = match.group(0)
    start = match.start() + len(raw) - len(raw.lstrip())
    place = match.groupdict().get("place")
    return Dateline(pd, text[start : match.end()], start, match.end(), dateline_place(place))


def dateline_place(raw: str | None) -> str | None:
    """ "NEW DELHI" -> "New Delhi", "Washington DC [US]" -> "Washington DC"."""
    if not raw:
        return None
    place = re.sub(r"\[[^\]]*\]", " ", raw).split(",")[0].strip(" .-–—")
    if not place:
        return None
    return place.title() if place.isupper() else place


def _parse_dateline_date(raw: str) -> PartialDate | None:
    """Parse the date part of a dateline, keeping the year unknown when it is not written."""
    raw = _normalise(raw)
    full = _find_full_dates(raw)
    if full:
        return full[0]
    match = _first_match(_MONTH_DAY_PATTERNS, raw)
    if match is None:
        return None
    return _safe_partial(None, _month_num(match.group("m")), _day_num(match.group("d")))


def infer_dateline_year(dateline: Dateline, article_text: str) -> Dateline:
    """Adopt a year for a yearless dateline only when the article itself pins it.

    Evidence is a written span containing the dateline's month-day ("from February 07 to 08,
    2024" under "Feb 08") or a full date equal to it; all evidence must agree on one year.
    Anything weaker leaves the dateline unchanged: a guessed year would poison every relative
    date in the article.
    """
    dd = dateline.date
    if dd.year is not None or dd.month is None or dd.day is None:
        return dateline
    key = (dd.month, dd.day)
    text = _normalise(article_text)
    years: set[int] = set()
    for pattern in _SPAN_PATTERNS:
        for match in pattern.finditer(text):
            span = _span_from_match(match)
            if span is None:
                continue
            start, end = span
            if start.year is None or end.year is None:
                continue
            start_key, end_key = (start.month, start.day), (end.month, end.day)
            if start.year == end.year:
                if start_key <= key <= end_key:
                    years.add(start.year)
            elif key >= start_key:
                years.add(start.year)
            elif key <= end_key:
                years.add(end.year)
    for pd in _find_full_dates(text):
        if (pd.month, pd.day) == key and pd.year is not None:
            years.add(pd.year)
    if len(years) != 1:
        return dateline
    pinned = _safe_partial(years.pop(), dd.month, dd.day)
    return dateline if pinned is None else replace(dateline, date=pinned)


def resolve_date(
    date_text: str | None, dateline: Dateline | None, article_text: str | None = None
) -> ResolvedDate:
    """Resolve an as-written date phrase against the dateline, never inventing a year.

    With ``article_text``, a missing dateline is looked up with :func:`find_dateline` and a
    yearless one is completed with :func:`infer_dateline_year`.
    """
    if article_text:
        if dateline is None:
            dateline = find_dateline(article_text)
        if dateline is not None and dateline.date.year is None:
            dateline = infer_dateline_year(dateline, article_text)
    text = _normalise(date_text or "")
    if text:
        for resolver in _RESOLVERS:
            resolved = resolver(text, dateline)
            if resolved is not None:
                return resolved
    return _result(PartialDate(), "unresolved")


def widen_date_phrase(sentence: str, date_text: str | None) -> str | None:
    """The whole date the sentence writes around a model's partial copy of it: "January" in
    "at a virtual summit in January 2022" is "January 2022" (the year decides whether it is
    history or a plan). The copy itself when it has a year or nothing wider contains it."""
    if not date_text or _YEAR_RE.search(date_text):
        return date_text
    at = sentence.lower().find(date_text.lower())
    if at == -1:
        return date_text
    end = at + len(date_text)
    patterns = (*_SPAN_PATTERNS, *_FULL_DATE_PATTERNS, _MONTH_YEAR_RE)
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            if match.start() <= at and end <= match.end() and end - at < len(match.group(0)):
                return match.group(0)
    return date_text


_WHEN_WORD = _c(
    rf"\d|\b{_MON}|\b{_WEEKDAY}\b|\b(?:yesterday|today|tomorrow|tonight|ago|earlier|later"
    r"|last|next|this|coming|past|previous|recently)\b"
)


def says_when(text: str | None) -> bool:
    """A date phrase has a number, a month, a weekday or a relative word ("on Monday",
    "last month"); "during his visit" or "at the conference centre" says no time."""
    return bool(text) and bool(_WHEN_WORD.search(text or ""))


def date_phrases(text: str) -> list[str]:
    """Every date expression written in ``text``, in text order, the widest first where two
    overlap ("from February 07 to 08, 2024", "on Monday", "last month", "in 2019")."""
    patterns = (
        *_SPAN_PATTERNS,
        *_FULL_DATE_PATTERNS,
        _MONTH_YEAR_RE,
        *_MONTH_DAY_PATTERNS,
        *(pattern for pattern, *_ in _RELATIVE),
        _DAYS_AGO_RE,
        _WEEKDAY_RE,
        _YEAR_RE,
    )
    found: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in found):
                continue
            found.append(match.span())
    return [text[start:end] for start, end in sorted(found)]


_DATE_TOKEN = _c(rf"\d+|\b{_MON}|\b{_WEEKDAY}\b|\b(?:today|yesterday|tomorrow)\b")


def date_written_in(text: str, phrase: str) -> bool:
    """The date phrase is written in ``text``: as it stands, or at least every number (by
    value), month and weekday word of it is ("on March 5, 2025" in "on Wednesday (March 5,
    2025)", "in 2022" in "In the year 2022"); an invented "on Monday" is not."""
    if phrase_occurs(text, phrase):
        return True

    def tokens(value: str) -> set[str]:
        out = set()
        for match in _DATE_TOKEN.finditer(value):
            word = match.group(0)
            out.add(str(int(word)) if word.isdigit() else word[:3].lower())
        return out

    wanted = tokens(phrase)
    return bool(wanted) and wanted <= tokens(text)


def writes_a_time(text: str) -> bool:
    """Whether ``text`` says when anything happened ("in June", "earlier this year", "on
    Monday", "in 2021"), so a date borrowed from elsewhere would contradict it."""
    return resolve_date(text, None).rule != "unresolved"


def find_date_phrase(text: str) -> str | None:
    """The first explicit date or visit span written in ``text`` ("on Wednesday (November 27,
    2024)" gives "November 27, 2024"), for when a story's lead dates what follows."""
    matches = [m for p in (*_SPAN_PATTERNS, *_FULL_DATE_PATTERNS) if (m := p.search(text))]
    if not matches:
        return None
    first = min(matches, key=lambda m: (m.start(), -m.end()))
    return first.group(0)


_DAY_WORD_RE = _c(
    r"\b(?:day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|tomorrow|today|tonight"
    r"|this\s+(?:morning|afternoon|evening))\b"
)


def body_date_phrase(sentence: str, dateline: Dateline | None, date_text: str | None) -> str | None:
    """The sentence's own date when the model gave the dateline's instead.

    A lead sentence starts with the dateline ("Seoul, 12 May 2024: ... held talks in Seoul
    yesterday"); a small model copies the publication date as the meeting's. When
    ``date_text`` resolves to the dateline's date and the sentence after the dateline writes
    its own day ("yesterday", "on Saturday", "May 10") that resolves to another date, that
    phrase is returned; otherwise None (the dateline date stands).
    """
    if dateline is None or not date_text:
        return None
    if resolve_date(date_text, dateline).date != dateline.date:
        return None
    body = sentence.replace(dateline.text, " ", 1)
    matches = [
        m
        for p in (*_SPAN_PATTERNS, *_FULL_DATE_PATTERNS, *_MONTH_DAY_PATTERNS)
        if (m := p.search(body))
    ]
    matches += [m for p in (_DAY_WORD_RE, _DAYS_AGO_RE, _WEEKDAY_RE) if (m := p.search(body))]
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        resolved = resolve_date(match.group(0), dateline)
        if resolved.iso or resolved.partial:
            return match.group(0) if resolved.date != dateline.date else None
    return None


def landmark_date(sentence: str, year: int | None) -> str | None:
    """The date a sentence gives a landmark of ``year``, at the precision written: "in July
    2023" -> "2023-07", "on February 18, 2022" -> "2022-02-18", "in 2009" -> None (the year
    says it all). None when the sentence gives that year two different dates: which one
    belongs to the landmark is not code's guess."""
    if year is None:
        return None
    found: set[str] = set()
    covered: list[tuple[int, int]] = []
    for pattern in _FULL_DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            pd = _safe_partial(int(match["y"]), _month_num(match["m"]), _day_num(match["d"]))
            if pd is not None and pd.year == year and pd.iso():
                found.add(pd.iso() or "")
                covered.append(match.span())
    for match in _MONTH_YEAR_RE.finditer(sentence):
        if any(a <= match.start() < b or a < match.end() <= b for a, b in covered):
            continue
        pd = _safe_partial(int(match["y"]), _month_num(match["m"]), None)
        if pd is not None and pd.year == year:
            found.add(pd.iso() or "")
    return found.pop() if len(found) == 1 else None
