"""``events.csv``, ``milestones.csv``, ``participants.csv``: a Reconciliation for spreadsheets.

One row per event, per milestone, per person in an event; ``event_id`` links a participant
row to its event, ``person_id`` the rows of one person, and ``article_ids`` every row to the
articles of ``extractions.jsonl`` (and so events to the milestones of the same articles).
Each row counts its sources twice, in articles and in outlets (a story and its update from
one outlet are one outlet), and gives its date both as stored (ISO, or ``--MM-DD`` when no
source gives the year) and as people read it.

The cells come from article text, which is untrusted: every cell is one line (whitespace,
newlines included, collapsed to single spaces), and a cell that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-`` or ``@``) gets a leading apostrophe, which
spreadsheets show as text. The files are UTF-8 with a byte-order mark, which is how Excel
recognises UTF-8 (LibreOffice, pandas and ``csv`` with ``utf-8-sig`` read it as well).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from pipeline.reconcile.events import outlet_key
from pipeline.reconcile.fusion import independent_sources
from pipeline.reports.chronology import chronological, countries_of, event_date
from pipeline.text.dates import human_date
from schemas.reconciled import (
    ArticleInfo,
    ReconciledMeeting,
    ReconciledMilestone,
    Reconciliation,
    SourcedValue,
)

EVENTS_CSV = "events.csv"
MILESTONES_CSV = "milestones.csv"
PARTICIPANTS_CSV = "participants.csv"

FORMULA_STARTS = ("=", "+", "-", "@")
BYTE_ORDER_MARK = "\ufeff"
LIST_SEPARATOR = "; "

Cell = str | int
Row = Sequence[Cell]

EVENT_COLUMNS = (
    "event_id",
    "status",
    "date",
    "date_human",
    "countries",
    "mechanism",
    "ordinal",
    "place",
    "people",
    "person_ids",
    "topics",
    "articles",
    "outlets",
    "conflicts",
    "became",
    "planned_as",
    "article_ids",
    "headlines",
)
MILESTONE_COLUMNS = (
    "milestone_id",
    "name",
    "kind",
    "countries",
    "date",
    "date_human",
    "other_names",
    "articles",
    "outlets",
    "conflicts",
    "article_ids",
    "headlines",
)
PARTICIPANT_COLUMNS = (
    "event_id",
    "status",
    "date",
    "date_human",
    "countries",
    "mechanism",
    "person_id",
    "name",
    "country",
    "titles",
    "written_as",
    "articles",
    "outlets",
    "article_ids",
)


def safe_cell(value: object) -> Cell:
    """A value as a spreadsheet may show it: one line, never a formula, None as empty."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = " ".join(str(value).split())
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The text of one CSV file: header, then ``rows``, every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return BYTE_ORDER_MARK + buffer.getvalue()


def _joined(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join(dict.fromkeys(str(v) for v in values))


def _value(field: SourcedValue | None) -> object:
    return field.value if field is not None else None


def _date_columns(date: str | None) -> tuple[str, str]:
    return (date or "", human_date(date) if date is not None else "")


def _headlines(article_ids: Iterable[str], articles: Mapping[str, ArticleInfo]) -> str:
    """The headlines the corpus gives for these articles (an article without one is in
    ``article_ids`` only)."""
    infos = (articles.get(a) for a in article_ids)
    return _joined(info.title for info in infos if info is not None and info.title)


def _event_article_ids(e: ReconciledMeeting) -> list[str]:
    return sorted({m.article_id for m in e.members})


def _event_row(e: ReconciledMeeting, articles: Mapping[str, ArticleInfo]) -> list[object]:
    article_ids = _event_article_ids(e)
    return [
        e.id,
        e.status,
        *_date_columns(event_date(e)),
        _joined(countries_of(e)),
        _value(e.mechanism),
        _value(e.ordinal),
        _value(e.location),
        _joined(p.name for p in e.participants),
        _joined(p.person_id for p in e.participants),
        _joined(t.value for t in e.topics),
        e.support,
        e.outlets,
        _joined(c.field for c in e.conflicts),
        e.became,
        e.planned_as,
        _joined(article_ids),
        _headlines(article_ids, articles),
    ]


def _article_outlets(articles: Mapping[str, ArticleInfo]) -> dict[str, str]:
    """Article id -> outlet, spelled as reconciliation counted them."""
    return {a: outlet_key(i.outlet) for a, i in articles.items() if i.outlet}


def _participant_rows(e: ReconciledMeeting, outlets: Mapping[str, str]) -> list[list[object]]:
    event = [e.id, e.status, *_date_columns(event_date(e)), _joined(countries_of(e))]
    rows = []
    for p in e.participants:
        article_ids = sorted({s.article_id for s in p.sources})
        rows.append(
            [
                *event,
                _value(e.mechanism),
                p.person_id,
                p.name,
                p.country,
                _joined(p.titles),
                _joined(sorted({s.reported for s in p.sources if s.reported})),
                len(article_ids),
                independent_sources(p.sources, outlets),
                _joined(article_ids),
            ]
        )
    return rows


def _milestone_row(m: ReconciledMilestone, articles: Mapping[str, ArticleInfo]) -> list[object]:
    article_ids = sorted({s.article_id for s in m.sources} | {x.article_id for x in m.members})
    year = str(m.year.value) if m.year is not None else None
    return [
        m.id,
        m.name,
        _value(m.kind),
        _joined(m.countries),
        *_date_columns(year),
        _joined(n.value for n in m.names[1:]),
        m.support,
        m.outlets,
        _joined(c.field for c in m.conflicts),
        _joined(article_ids),
        _headlines(article_ids, articles),
    ]


def _meetings(r: Reconciliation) -> list[ReconciledMeeting]:
    """Held meetings by date, then planned ones by date: the order of ``reconciled.md``."""
    return [*chronological(r.events), *chronological(r.planned)]


def events_csv(r: Reconciliation) -> str:
    return to_csv(EVENT_COLUMNS, (_event_row(e, r.articles) for e in _meetings(r)))


def participants_csv(r: Reconciliation) -> str:
    outlets = _article_outlets(r.articles)
    rows = (row for e in _meetings(r) for row in _participant_rows(e, outlets))
    return to_csv(PARTICIPANT_COLUMNS, rows)


def milestones_csv(r: Reconciliation) -> str:
    return to_csv(MILESTONE_COLUMNS, (_milestone_row(m, r.articles) for m in r.milestones))


def tables(r: Reconciliation) -> dict[str, str]:
    """File name -> text of every analyst table, in a fixed order."""
    return {
        EVENTS_CSV: events_csv(r),
        MILESTONES_CSV: milestones_csv(r),
        PARTICIPANTS_CSV: participants_csv(r),
    }
