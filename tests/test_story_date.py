"""The story's own date, in the layouts outlets use (every line here is invented)."""

from __future__ import annotations

import pytest

from pipeline.text.dates import PartialDate, resolve_date
from pipeline.text.story_date import find_story_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUITO, May 4 (Reuters) - The two ministers met.", PartialDate(None, 5, 4)),
        ("Seoul, 12 May 2024: The ministers met yesterday.", PartialDate(2024, 5, 12)),
        (
            "Ministers meet\nBy Ana Soto | Published: 04/05/2024 11:20 BRT\n\nText.",
            PartialDate(2024, 5, 4),  # numeric dates are read day first
        ),
        (
            "OTTAWA — Published 06/03/2024 at 4:10 p.m. ET\n\nText.",
            PartialDate(2024, 6, 3),  # a US time zone: month first
        ),
        ("Updated: 2024-07-02 18:45 CEST\nHeadline\n\nText.", PartialDate(2024, 7, 2)),
        ("Last updated: 23/01/2025\n\nText.", PartialDate(2025, 1, 23)),
        ("Thursday, October 17, 2024\nLIMA, Peru (AP) — Text.", PartialDate(2024, 10, 17)),
        ("Oslo, 12.02.2025 — The king received the envoy.", PartialDate(2025, 2, 12)),
        ("ROME, 2024-03-14 (ANSA) - Text.", PartialDate(2024, 3, 14)),
        (
            "Headline\nDesk Reporter (Wires), 10 Sep, 2024 07:15 AM\n\nText.",
            PartialDate(2024, 9, 10),
        ),
        (
            "The envoys met on Monday.\n\nThis story was first published on March 4, 2023.",
            PartialDate(2023, 3, 4),
        ),
        (
            "The presidents met on Monday, the presidency said in a statement dated "
            "14 January 2025.",
            PartialDate(2025, 1, 14),
        ),
        ("ANKARA (AA) – Ministers met.\n\nPublished on 11.03.2025", PartialDate(2025, 3, 11)),
    ],
)
def test_the_story_date_in_many_layouts(text: str, expected: PartialDate) -> None:
    found = find_story_date(text)
    assert found is not None and found.date == expected
    assert text[found.start : found.end] == found.text


def test_a_yearless_dateline_takes_the_year_of_a_byline_of_the_same_day() -> None:
    text = "ACCRA, Sept 9 (AFP) - Talks were held.\n\nDesk Reporter, 10 Sep, 2024 07:15 AM"
    found = find_story_date(text)
    assert found is not None and found.date == PartialDate(2024, 9, 9)


def test_a_byline_of_another_day_does_not_give_its_year() -> None:
    text = "ACCRA, Sept 9 (AFP) - Talks were held.\n\nDesk Reporter, 20 Oct, 2024 07:15 AM"
    found = find_story_date(text)
    assert found is not None and found.date == PartialDate(None, 9, 9)


def test_no_date_anywhere_is_no_story_date() -> None:
    assert find_story_date("The ministers met and talked about trade.\n\nMore text.") is None


def test_a_year_elsewhere_in_the_body_is_not_the_storys() -> None:
    text = "QUITO, May 4 (Reuters) - The two presidents last met in 2019 in Lima."
    found = find_story_date(text)
    assert found is not None and found.date.year is None


def test_relative_days_resolve_against_a_footer_date() -> None:
    text = "The envoys met yesterday in Lima.\n\nThis story was first published on March 4, 2023."
    found = find_story_date(text)
    assert resolve_date("yesterday", found).iso == "2023-03-03"


@pytest.mark.parametrize(
    "header", ["16-Oct-2031 | Staff Reporter", "2031/10/16 08:40", "Posted 2031.10.16 08:40"]
)
def test_headers_dated_year_first_or_with_a_month_abbreviation_between_dashes(header: str) -> None:
    story = find_story_date(f"{header}\n\nThe two ministers met in Bergen on Tuesday.\n")
    assert story is not None and story.date == PartialDate(2031, 10, 16)
