"""The order readers get events in: by date, the events a calendar cannot place at the end.

Stored dates sort as text at any precision ("2024" < "2024-10" < "2024-10-05"); an event
without a date comes after every dated one, and a yearless one (``--MM-DD``, a day no source
gives the year of) after those, since it could belong anywhere. Ties: country pair, then id,
so the order never depends on the input's.
"""

from __future__ import annotations

from collections.abc import Iterable

from schemas.reconciled import ReconciledMeeting

DATED, UNDATED, YEARLESS = 0, 1, 2


def event_date(event: ReconciledMeeting) -> str | None:
    """The event's date as stored (ISO at its precision, or ``--MM-DD``), None if unknown."""
    return str(event.date.value) if event.date is not None else None


def date_group(date: str | None) -> int:
    if date is None:
        return UNDATED
    return YEARLESS if date.startswith("--") else DATED


def countries_of(event: ReconciledMeeting) -> list[str]:
    value = event.countries.value
    return list(value) if isinstance(value, list) else []


def chronological(events: Iterable[ReconciledMeeting]) -> list[ReconciledMeeting]:
    def key(event: ReconciledMeeting) -> tuple[int, str, list[str], str]:
        date = event_date(event)
        return (date_group(date), date or "", countries_of(event), event.id)

    return sorted(events, key=key)
