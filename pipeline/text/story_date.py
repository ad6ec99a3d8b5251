"""The story's own date, wherever the outlet writes it: the date every relative expression
("on Monday", "yesterday", a yearless "March 21") is resolved against.

Outlets date a story in many layouts; each is one small named rule below, tried in order,
all reading only the article's text:

* ``wire_dateline`` — "NAIROBI, Feb 20 (Reuters) -", "Seoul, 12 May 2024:" (may lack a year);
* ``header_line`` — a short line near the top or the bottom that is mostly a date, or a date
  after "Published", "Updated", "Posted", "By …|": "Published: 12 Nov, 2018 09:10 PM",
  "Updated: 2024-07-02 18:45 CEST", "Last updated: 23/01/2025", "Wednesday, October 16,
  2024", "Madrid, 12.02.2025 —";
* ``dated_phrase`` — a date the text gives its own statement or story: "in a statement dated
  14 January 2025", "This story was first published on March 4, 2019".

A yearless wire dateline takes the year of a header or footer date with the same month and
day (within a day: bylines are often stamped after midnight). Numeric dates ("04/05/2024")
are read day first, as most of the world writes them, unless the day-first reading is
impossible, the other reading matches the wire dateline, or the line carries a US time zone
("4:10 p.m. ET"). A date is never invented: no rule fires, no story date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from pipeline.text.dates import (
    NUMERIC_DATE,
    Dateline,
    PartialDate,
    find_dateline,
    full_dates_in,
    infer_dateline_year,
    numeric_readings,
    record_date,
)

__all__ = ["article_reference_date", "find_story_date", "nearest_year", "reference_date"]

HEAD_LINES = 8
TAIL_LINES = 5
MAX_DATE_LINE_CHARS = 140

_NUMERIC_DATELINE = re.compile(
    r"^[ \t]*(?-i:[A-Z])[\w.'’ -]{1,40}?,[ \t]*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{4}"
    r"|\d{4}-\d{1,2}-\d{1,2})(?:[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*[:\-–—])",
    re.MULTILINE,
)
_US_ZONE = re.compile(r"\b(?:a\.m\.|p\.m\.)?\s*\b(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MT)\b")
_MARKER = re.compile(
    r"\b(?:published|updated|posted|modified|first\s+published|last\s+updated|date|by)\b|[|•·]",
    re.IGNORECASE,
)
_DATED_PHRASE = re.compile(
    r"\b(?:statement|release|readout|communiqu[ée]|post|letter|notice|report)s?\s+"
    r"(?:dated|issued\s+on|published\s+on)\s+(?P<rest>.{6,40})"
    r"|\b(?:first\s+)?(?:published|posted|updated)\s+on\s+(?P<rest2>.{6,40})",
    re.IGNORECASE,
)
_NOT_DATE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted|"
    r"last|first|on|at|by|am|pm|a\.m|p\.m|ist|gmt|utc|cet|cest|et|edt|est|bst|kst|jst|brt|"
    r"date|time|mis|jour|le|\d{1,2}[:.]\d{2})\b",
    re.IGNORECASE,
)


def _numeric_dates(text: str, prefer: PartialDate | None, us_style: bool) -> list[PartialDate]:
    found = []
    for match in NUMERIC_DATE.finditer(text):
        readings = numeric_readings(match)  # day first, then month first
        if not readings:
            continue
        if len(readings) == 2:
            month_first = readings[1]
            if (
                prefer is not None
                and (month_first.month, month_first.day)
                == (
                    prefer.month,
                    prefer.day,
                )
            ) or us_style:
                readings = [month_first]
        found.append(readings[0])
    return found


def _dates_in(text: str, prefer: PartialDate | None) -> list[PartialDate]:
    """Full dates written in a line: with month names, ISO, or numeric."""
    return full_dates_in(text) or _numeric_dates(text, prefer, bool(_US_ZONE.search(text)))


def _is_date_line(line: str) -> bool:
    """A line that dates the story: short, and either says so ("Published", a byline bar)
    or is little more than the date itself."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return False
    if _MARKER.search(line):
        return True
    residue = NUMERIC_DATE.sub(" ", line)
    for pattern in (r"\d{4}-\d{1,2}-\d{1,2}", r"\b\d{1,2}(?:st|nd|rd|th)?\b", r"\b\d{4}\b"):
        residue = re.sub(pattern, " ", residue)
    residue = _NOT_DATE_WORDS.sub(" ", residue)
    words = re.findall(r"[A-Za-z]{3,}", residue)
    month_words = re.findall(
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", residue, re.IGNORECASE
    )
    # a dateline city may come with it ("Madrid, 12.02.2025 —"): up to three other words
    return len(words) - len(month_words) <= 3


Rule = Callable[[str, Dateline | None], Dateline | None]


def wire_dateline(text: str, found: Dateline | None) -> Dateline | None:
    """ "City, May 4 (Agency) -", or with a numeric date: "Madrid, 12.02.2025 —"."""
    dateline = find_dateline(text)
    if dateline is not None:
        return dateline
    match = _NUMERIC_DATELINE.search(text[:1500])
    if match is None:
        return None
    dates = _dates_in(match["date"], None)
    return Dateline(dates[0], match.group(0).strip(), match.start(), match.end()) if dates else None


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped[0])
            spans.append((offset, offset + len(stripped)))
        start += len(line)
    return spans


def header_line(text: str, found: Dateline | None) -> Dateline | None:
    """The first date line among the first and last lines of the story."""
    spans = _line_spans(text)
    candidates = spans[:HEAD_LINES] + spans[max(HEAD_LINES, len(spans) - TAIL_LINES) :]
    prefer = found.date if found is not None else None
    for start, end in candidates:
        line = text[start:end]
        if not _is_date_line(line):
            continue
        dates = _dates_in(line, prefer)
        if dates:
            return Dateline(dates[0], line, start, end)
    return None


def dated_phrase(text: str, found: Dateline | None) -> Dateline | None:
    prefer = found.date if found is not None else None
    for match in _DATED_PHRASE.finditer(text):
        key = "rest" if match["rest"] is not None else "rest2"
        rest = match[key]
        dates = _dates_in(rest, prefer)
        if dates:
            return Dateline(dates[0], match.group(0), match.start(), match.end())
    return None


RULES: tuple[Rule, ...] = (wire_dateline, header_line, dated_phrase)


def _same_day(first: PartialDate, second: PartialDate) -> bool:
    if first.month is None or first.day is None or second.year is None:
        return False
    if (first.month, first.day) == (second.month, second.day):
        return True
    if second.month is None or second.day is None:
        return False
    other = date(second.year, second.month, second.day)
    for year in (second.year - 1, second.year, second.year + 1):
        try:
            candidate = date(year, first.month, first.day)
        except ValueError:
            continue
        if abs((candidate - other).days) <= 1:
            return True
    return False


def find_story_date(text: str) -> Dateline | None:
    """The story's date: the wire dateline if it has a year; a yearless dateline completed by
    a header/footer date of the same day; else the first header, footer or dated-phrase
    date; else the yearless dateline; else None."""
    wire = wire_dateline(text, None)
    if wire is not None and wire.date.year is not None:
        return wire
    for rule in RULES[1:]:
        other = rule(text, wire)
        if other is None or other.date.year is None:
            continue
        if wire is None:
            return other
        if _same_day(wire.date, other.date):
            year = other.date.year
            if (other.date.month, other.date.day) != (wire.date.month, wire.date.day):
                # a byline stamped just after midnight: the dateline's day, the byline's year
                year = nearest_year(wire.date, other.date)
            return replace(wire, date=PartialDate(year, wire.date.month, wire.date.day))
    return wire


def nearest_year(day: PartialDate, anchor: PartialDate) -> int:
    """The year that puts a yearless month-day closest to ``anchor`` ("Dec 31" next to
    2025-01-01 is 2024)."""
    assert day.month is not None and day.day is not None and anchor.year is not None
    assert anchor.month is not None and anchor.day is not None
    target = date(anchor.year, anchor.month, anchor.day)
    best, best_gap = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = abs((date(year, day.month, day.day) - target).days)
        except ValueError:  # 29 February
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


METADATA_TOLERANCE_DAYS = 3
"""A text dated a day or two from its metadata is the same story (time zones, a late
update); more than this and the two disagree, which the record's notes say."""


def reference_date(
    found: Dateline | None, published: PartialDate | None
) -> tuple[Dateline | None, tuple[str, ...]]:
    """The date relative expressions are resolved against, from the text's own date and
    the publication date a corpus gives, with one note per decision.

    No date in the text: the publication date. A yearless dateline: its day, the year that
    puts it nearest the publication date. A full dateline more than a few days from the
    publication date: the text's day (the story's own account), the metadata's year (a
    dateline's year is its likeliest typo), and a note saying they disagree.
    """
    if published is None or published.year is None or published.day is None:
        return found, ()
    iso = published.iso()
    if found is None:
        dateline = Dateline(published, f"[publication date {iso} from the corpus metadata]", 0, 0)
        return dateline, (
            f"reference date {iso}: the publication date in the metadata "
            "(the text has no dateline)",
        )
    written = found.date
    if written.month is None or written.day is None:
        return found, ()
    year = nearest_year(written, published)
    dated = replace(found, date=PartialDate(year, written.month, written.day))
    if written.year is None:
        return dated, (
            f"dateline {found.text.strip()[:40]!r} has no year: {year} from the publication "
            f"date in the metadata ({iso})",
        )
    gap = abs(
        (
            date(written.year, written.month, written.day)
            - date(published.year, published.month or 1, published.day)
        ).days
    )
    if gap <= METADATA_TOLERANCE_DAYS:
        return found, ()
    return dated, (
        f"the text is dated {written.iso()} but the metadata says {iso} ({gap} days apart): "
        f"reference date {dated.date.iso()} (the text's day, the metadata's year)",
    )


def article_reference_date(
    text: str, published: str | None = None
) -> tuple[Dateline | None, tuple[str, ...]]:
    """The date an article's relative expressions resolve against: the story's own date
    (a yearless one completed from the text), checked by the corpus's publication date
    ``published`` (ISO), with the notes :func:`reference_date` gives. One copy for the
    record rules and for anything else that reads dates in a stored article (the review
    page's prefill)."""
    story_date = find_story_date(text)
    if story_date is not None:
        story_date = infer_dateline_year(story_date, text)
    return reference_date(story_date, record_date(published))
