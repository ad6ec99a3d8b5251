"""pipeline.text.dates: resolving as-written meeting dates against the article dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.text.dates import (
    Dateline,
    PartialDate,
    ResolvedDate,
    body_date_phrase,
    find_dateline,
    infer_dateline_year,
    resolve_date,
    writes_a_time,
)

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def dl(year: int | None, month: int | None, day: int | None) -> Dateline:
    """A dateline as find_dateline would return it (offsets are irrelevant to resolution)."""
    return Dateline(PartialDate(year, month, day), "X", 0, 1)


def article(prefix: str) -> str:
    matches = sorted(ARTICLES.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"sample article {prefix} not present")
    return matches[0].read_text(encoding="utf-8")


def check(result: ResolvedDate, iso: str | None, rule: str | None = None) -> None:
    assert result.iso == iso, result
    assert result.iso == result.date.iso()
    assert result.partial == result.date.partial()
    if rule is not None:
        assert result.rule == rule, result


# --- PartialDate ---
@pytest.mark.parametrize(
    ("pd", "iso", "partial"),
    [
        (PartialDate(2024, 2, 8), "2024-02-08", "--02-08"),
        (PartialDate(2024, 2), "2024-02", None),
        (PartialDate(2024), "2024", None),
        (PartialDate(None, 7, 28), None, "--07-28"),
        (PartialDate(None, 7), None, None),
        (PartialDate(), None, None),
        (PartialDate(None, 2, 29), None, "--02-29"),
        (PartialDate(987, 1, 1), "0987-01-01", "--01-01"),
    ],
)
def test_partial_date_formats(pd: PartialDate, iso: str | None, partial: str | None) -> None:
    assert pd.iso() == iso
    assert pd.partial() == partial


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2024, 13, None), (2024, 0, None), (2023, 2, 29), (None, 2, 30), (2024, None, 5), (0, 1, 1)],
)
def test_partial_date_rejects_impossible_dates(
    year: int | None, month: int | None, day: int | None
) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (PartialDate(2024, 2, 8), PartialDate(2024, 2, 8), True),
        (PartialDate(2024, 2, 8), PartialDate(2024, 2), True),
        (PartialDate(2024, 2, 8), PartialDate(None, 2, 8), True),
        (PartialDate(2024, 2, 8), PartialDate(), True),
        (PartialDate(2024), PartialDate(None, 7, 28), True),
        (PartialDate(2024, 2, 8), PartialDate(2023, 2, 8), False),
        (PartialDate(2024, 2), PartialDate(2024, 3), False),
        (PartialDate(None, 7, 28), PartialDate(2025, 7, 27), False),
    ],
)
def test_partial_date_compatibility(a: PartialDate, b: PartialDate, compatible: bool) -> None:
    assert a.is_compatible(b) is compatible
    assert b.is_compatible(a) is compatible


# --- find_dateline ---
@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("New Delhi, Feb 08: Foreign Secretary ...", "New Delhi, Feb 08", PartialDate(None, 2, 8)),
        ("Tokyo, Oct 07: External Affairs ...", "Tokyo, Oct 07", PartialDate(None, 10, 7)),
        (
            "New Delhi [India], July 28 (ANI): Foreign Secretary Vikram Misri met ...",
            "New Delhi [India], July 28 (ANI)",
            PartialDate(None, 7, 28),
        ),
        (
            "WASHINGTON, March 3, 2025 (Reuters) - The two leaders met ...",
            "WASHINGTON, March 3, 2025 (Reuters)",
            PartialDate(2025, 3, 3),
        ),
        ("Seoul, 12 May 2024: Officials said ...", "Seoul, 12 May 2024", PartialDate(2024, 5, 12)),
        ("LONDON, Sept. 5 (AP) — Talks began ...", "LONDON, Sept. 5 (AP)", PartialDate(None, 9, 5)),
        (
            "NEW DELHI, Monday, July 28, 2025: Talks ...",
            "NEW DELHI, Monday, July 28, 2025",
            PartialDate(2025, 7, 28),
        ),
        (
            "Published: 14 March 2025\nThe ministers met ...",
            "Published: 14 March 2025",
            PartialDate(2025, 3, 14),
        ),
        (
            "Updated: Nov 27, 2024, 10:15 IST\nTokyo talks ...",
            "Updated: Nov 27, 2024",
            PartialDate(2024, 11, 27),
        ),
        ("Date: 2024-11-27\nBody.", "Date: 2024-11-27", PartialDate(2024, 11, 27)),
        (
            "Last updated on Sep 3, 2024\nBody.",
            "Last updated on Sep 3, 2024",
            PartialDate(2024, 9, 3),
        ),
        (
            "For Quick Alerts\nALLOW NOTIFICATIONS\n\nHeadline here\n|\nTokyo, Oct 07: Body.",
            "Tokyo, Oct 07",
            PartialDate(None, 10, 7),
        ),
    ],
)
def test_find_dateline(text: str, expected_text: str, expected: PartialDate) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.text == expected_text
    assert found.date == expected
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "India and Japan agreed on Wednesday (November 27, 2024) to deepen ties.",
        "India, Japan hold strategic dialogue; focus on third countries",
        "x" * 1600 + "\nTokyo, Oct 07: too deep in the body to be a dateline.",
        "Tokyo, Feb 30: an impossible date is not a dateline.",
        "the ministers met in tokyo, oct 07: lower-case place is prose, not a dateline",
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


# --- explicit dates ---
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("August 20, 2024", "2024-08-20"),
        ("on August 20, 2024", "2024-08-20"),
        ("20 August 2024", "2024-08-20"),
        ("20th of August, 2024", "2024-08-20"),
        ("Aug. 20, 2024", "2024-08-20"),
        ("Aug 20 2024", "2024-08-20"),
        ("September 3rd, 2024", "2024-09-03"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("2024-08-20", "2024-08-20"),
        ("2024-8-5", "2024-08-05"),
        ("Wednesday (November 27, 2024)", "2024-11-27"),
        ("on Wednesday (November 27, 2024)", "2024-11-27"),
        ("August 20, 2024 and again on August 20, 2024", "2024-08-20"),
    ],
)
def test_explicit_full_dates(text: str, iso: str) -> None:
    result = resolve_date(text, dl(2025, 7, 28))
    check(result, iso, "explicit")
    assert result.precision == "day"
    assert result.warnings == ()


def test_explicit_date_ignores_dateline_and_needs_none() -> None:
    check(resolve_date("August 19, 2024", None), "2024-08-19", "explicit")
    check(resolve_date("August 19, 2024", dl(None, 10, 7)), "2024-08-19", "explicit")


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Wednesday (November 27, 2024)", None),
        ("Monday (November 27, 2024)", "weekday 'Monday' does not match 2024-11-27 (Wednesday)"),
        ("on Friday, 3 March 2025", "weekday 'Friday' does not match 2025-03-03 (Monday)"),
    ],
)
def test_weekday_with_explicit_date(text: str, warning: str | None) -> None:
    result = resolve_date(text, None)
    assert result.rule == "explicit"
    assert result.precision == "day"
    assert result.warnings == (() if warning is None else (warning,))


@pytest.mark.parametrize(
    ("text", "iso", "rule"),
    [
        ("in March 2022", "2022-03", "month_year"),
        ("March 2022", "2022-03", "month_year"),
        ("March, 2022", "2022-03", "month_year"),
        ("in Sept 2023", "2023-09", "month_year"),
        ("in 2014", "2014", "year_only"),
        ("In the year 2022", "2022", "year_only"),
        ("since 2006", "2006", "year_only"),
        ("in 2014 and 2016", None, "year_ambiguous"),
    ],
)
def test_month_year_and_year_only(text: str, iso: str | None, rule: str) -> None:
    result = resolve_date(text, dl(2024, 2, 8))
    check(result, iso, rule)
    assert result.precision == {10: "day", 7: "month", 4: "year"}.get(len(iso or ""), "none")


# --- month-day without a year ---
@pytest.mark.parametrize(
    ("text", "dateline", "iso"),
    [
        ("on August 19", dl(2024, 8, 20), "2024-08-19"),
        ("on August 19", dl(2024, 2, 8), "2023-08-19"),  # 6 months ahead: last year's
        ("Feb 08", dl(2024, 2, 8), "2024-02-08"),
        ("19th of August", dl(2024, 8, 20), "2024-08-19"),
        ("on April 1", dl(2024, 2, 8), "2024-04-01"),  # 53 days ahead: announced meeting
        ("on April 15", dl(2024, 2, 8), "2023-04-15"),  # 67 days ahead: too far
        ("on January 3", dl(2024, 12, 30), "2025-01-03"),  # across New Year, ahead
        ("on December 30", dl(2024, 1, 5), "2023-12-30"),  # across New Year, behind
        ("on February 29", dl(2025, 3, 10), "2024-02-29"),  # only a leap year has it
    ],
)
def test_month_day_takes_dateline_year(text: str, dateline: Dateline, iso: str) -> None:
    check(resolve_date(text, dateline), iso, "month_day_dateline_year")


@pytest.mark.parametrize("dateline", [dl(None, 2, 8), None])
@pytest.mark.parametrize(
    ("text", "partial"),
    [("on August 19", "--08-19"), ("Feb 08", "--02-08"), ("5 Sept", "--09-05")],
)
def test_month_day_without_any_year(text: str, partial: str, dateline: Dateline | None) -> None:
    result = resolve_date(text, dateline)
    check(result, None, "month_day_no_year")
    assert result.partial == partial
    assert result.precision == "none"


@pytest.mark.parametrize(
    ("text", "warnings"),
    [
        ("on Monday, November 25", ()),
        ("on Tuesday, November 25", ("weekday 'Tuesday' does not match 2024-11-25 (Monday)",)),
    ],
)
def test_weekday_with_month_day(text: str, warnings: tuple[str, ...]) -> None:
    result = resolve_date(text, dl(2024, 11, 28))
    check(result, "2024-11-25", "month_day_dateline_year")
    assert result.warnings == warnings


# --- weekdays ---
@pytest.mark.parametrize(
    ("text", "iso", "rule"),
    [
        # Dateline 2024-11-27 is a Wednesday.
        ("on Monday", "2024-11-25", "weekday_before_dateline"),
        ("on Wednesday", "2024-11-27", "weekday_before_dateline"),  # same day allowed
        ("on Thursday", "2024-11-21", "weekday_before_dateline"),
        ("on Tuesday this week", "2024-11-26", "weekday_before_dateline"),
        ("last Wednesday", "2024-11-20", "weekday_before_dateline"),
        ("next Monday", "2024-12-02", "weekday_after_dateline"),
        ("on Monday last week", "2024-11-18", "weekday_last_week"),
        ("on Friday next week", "2024-12-06", "weekday_next_week"),
        ("WEDNESDAY", "2024-11-27", "weekday_before_dateline"),
    ],
)
def test_weekday_with_full_dateline(text: str, iso: str, rule: str) -> None:
    check(resolve_date(text, dl(2024, 11, 27)), iso, rule)


def test_weekday_across_month_and_year_boundary() -> None:
    check(resolve_date("on Monday", dl(2025, 1, 1)), "2024-12-30")  # 2025-01-01 is a Wednesday


@pytest.mark.parametrize("text", ["on Monday", "on Wednesday", "last Friday", "next Monday"])
def test_weekday_without_dateline_year(text: str) -> None:
    result = resolve_date(text, dl(None, 7, 28))
    check(result, None, "weekday_no_year")
    assert result.partial is None  # the weekday does not say which month-day it was
    check(resolve_date(text, None), None, "weekday_no_dateline")


# --- relative words ---
@pytest.mark.parametrize(
    ("text", "dateline", "iso", "rule"),
    [
        ("today", dl(2024, 2, 8), "2024-02-08", "relative_today"),
        ("in New Delhi today", dl(2025, 7, 28), "2025-07-28", "relative_today"),
        ("yesterday", dl(2024, 2, 8), "2024-02-07", "relative_yesterday"),
        ("yesterday", dl(2024, 3, 1), "2024-02-29", "relative_yesterday"),  # leap year
        ("yesterday", dl(2023, 3, 1), "2023-02-28", "relative_yesterday"),
        ("yesterday", dl(2025, 1, 1), "2024-12-31", "relative_yesterday"),
        ("tomorrow", dl(2024, 12, 31), "2025-01-01", "relative_tomorrow"),
        ("the day before yesterday", dl(2024, 3, 1), "2024-02-28", "relative_days_ago"),
        ("two days ago", dl(2024, 3, 1), "2024-02-28", "relative_days_ago"),
        ("3 days earlier", dl(2024, 3, 1), "2024-02-27", "relative_days_ago"),
        ("last month", dl(2024, 1, 15), "2023-12", "relative_month"),
        ("Last month", dl(2020, 10, 7), "2020-09", "relative_month"),
        ("earlier this month", dl(2024, 1, 15), "2024-01", "relative_month"),
        ("next month", dl(2024, 12, 5), "2025-01", "relative_month"),
        ("last year", dl(2024, 1, 15), "2023", "relative_year"),
        ("this year", dl(2024, 11, 28), "2024", "relative_year"),
        ("Earlier this year", dl(2024, 11, 28), "2024", "relative_year"),
        ("by end of this year", dl(2020, 10, 7), "2020", "relative_year"),
        ("next year", dl(2024, 11, 28), "2025", "relative_year"),
    ],
)
def test_relative_with_full_dateline(text: str, dateline: Dateline, iso: str, rule: str) -> None:
    check(resolve_date(text, dateline), iso, rule)


@pytest.mark.parametrize(
    ("text", "dateline", "partial"),
    [
        ("today", dl(None, 7, 28), "--07-28"),
        ("yesterday", dl(None, 7, 28), "--07-27"),
        ("yesterday", dl(None, 7, 1), "--06-30"),
        ("yesterday", dl(None, 3, 1), None),  # Feb 28 or Feb 29: depends on the year
        ("tomorrow", dl(None, 2, 28), None),  # Feb 29 or Mar 1
        ("tomorrow", dl(None, 12, 31), "--01-01"),
        ("tomorrow", dl(None, 2, 29), "--03-01"),
    ],
)
def test_relative_day_with_yearless_dateline(
    text: str, dateline: Dateline, partial: str | None
) -> None:
    result = resolve_date(text, dateline)
    check(result, None)
    assert result.partial == partial
    assert result.rule.startswith("relative_")


def test_relative_without_dateline_warns() -> None:
    result = resolve_date("yesterday", None)
    check(result, None, "relative_yesterday")
    assert result.warnings == ("no dateline to anchor a relative date",)


def test_weekday_check_on_relative_day() -> None:
    result = resolve_date("yesterday (Sunday)", dl(2024, 11, 27))
    check(result, "2024-11-26")
    assert result.warnings == ("weekday 'Sunday' does not match 2024-11-26 (Tuesday)",)


# --- bare month names ---
@pytest.mark.parametrize(
    ("text", "dateline", "iso", "rule"),
    [
        ("in March", dl(2024, 2, 8), "2024-03", "month_dateline_year"),
        ("in October", dl(2024, 2, 8), "2023-10", "month_dateline_year"),
        ("last March", dl(2024, 3, 15), "2023-03", "month_dateline_year"),
        ("next January", dl(2024, 6, 1), "2025-01", "month_dateline_year"),
        ("in mid-July", dl(2024, 8, 1), "2024-07", "month_dateline_year"),
        ("in March", dl(None, 2, 8), None, "month_no_year"),
        ("they may meet again", dl(2024, 2, 8), None, "unresolved"),
    ],
)
def test_month_only(text: str, dateline: Dateline, iso: str | None, rule: str) -> None:
    check(resolve_date(text, dateline), iso, rule)


# --- visit spans ---
@pytest.mark.parametrize(
    ("text", "iso", "rule", "span"),
    [
        ("from February 07 to 08, 2024", "2024-02", "span_month", ("2024-02-07", "2024-02-08")),
        ("February 7-8, 2024", "2024-02", "span_month", ("2024-02-07", "2024-02-08")),
        ("February 7–8, 2024", "2024-02", "span_month", ("2024-02-07", "2024-02-08")),
        ("Feb. 7 - 8 2024", "2024-02", "span_month", ("2024-02-07", "2024-02-08")),
        ("between 7 and 9 March 2024", "2024-03", "span_month", ("2024-03-07", "2024-03-09")),
        ("7-9 March 2024", "2024-03", "span_month", ("2024-03-07", "2024-03-09")),
        ("on August 19 and 20, 2024", "2024-08", "span_month", ("2024-08-19", "2024-08-20")),
        ("from March 5 to 5, 2024", "2024-03-05", "span_day", ("2024-03-05", "2024-03-05")),
        ("from March 30 to April 2, 2024", "2024", "span_year", ("2024-03-30", "2024-04-02")),
        ("30 January to 2 February 2024", "2024", "span_year", ("2024-01-30", "2024-02-02")),
        (
            "from December 30 to January 2, 2025",
            None,
            "span_cross_year",
            ("2024-12-30", "2025-01-02"),
        ),
    ],
)
def test_spans(text: str, iso: str | None, rule: str, span: tuple[str, str]) -> None:
    result = resolve_date(text, None)
    check(result, iso, rule)
    assert result.span is not None
    assert (result.span[0].iso(), result.span[1].iso()) == span


def test_several_different_full_dates_become_a_span() -> None:
    result = resolve_date("August 19, 2024 and August 20, 2024", None)
    check(result, "2024-08", "span_month")
    assert result.warnings == ("several different dates written",)
    check(resolve_date("December 30, 2023 to January 2, 2024", None), None, "span_cross_year")


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [(dl(2024, 2, 10), "2024-02"), (dl(2024, 1, 5), "2024-02"), (dl(2024, 11, 1), "2024-02")],
)
def test_yearless_span_takes_dateline_year(dateline: Dateline, iso: str) -> None:
    check(resolve_date("from February 7 to 8", dateline), iso, "span_month")


def test_yearless_span_without_dateline_year() -> None:
    result = resolve_date("from February 7 to 8", dl(None, 2, 8))
    check(result, None, "span_month")
    assert result.date == PartialDate(None, 2)
    assert result.span == (PartialDate(None, 2, 7), PartialDate(None, 2, 8))


# --- unresolved and the never-invent-a-year guarantee ---
@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "recently", "earlier", "last week", "this week", "in recent years", "soon"],
)
def test_unresolved(text: str | None) -> None:
    result = resolve_date(text, dl(2024, 11, 27))
    check(result, None, "unresolved")
    assert result.precision == "none"
    assert result.partial is None
    assert result.date == PartialDate()


@pytest.mark.parametrize("dateline", [dl(None, 7, 28), dl(None, 1, 1), None])
@pytest.mark.parametrize(
    "text",
    [
        "on Monday",
        "last Friday",
        "today",
        "yesterday",
        "tomorrow",
        "two days ago",
        "last month",
        "this month",
        "this year",
        "earlier this year",
        "by end of this year",
        "next year",
        "last year",
        "on August 19",
        "Feb 08",
        "in March",
        "from February 7 to 8",
        "last week",
        "recently",
    ],
)
def test_never_invents_a_year(text: str, dateline: Dateline | None) -> None:
    result = resolve_date(text, dateline)
    assert result.iso is None
    assert result.date.year is None
    assert result.precision == "none"


# --- infer_dateline_year ---
@pytest.mark.parametrize(
    ("month", "day", "body", "year"),
    [
        (2, 8, "visited Tokyo from February 07 to 08, 2024, aimed at ...", 2024),
        (2, 7, "visited Tokyo from February 07 to 08, 2024, aimed at ...", 2024),
        (3, 8, "talks held between 7 and 9 March 2024 in Tokyo", 2024),
        (10, 7, "The talks on October 7, 2020 were ...", 2020),
        (1, 1, "a visit from December 30 to January 2, 2025", 2025),
        (12, 31, "a visit from December 30 to January 2, 2025", 2024),
        (2, 8, "no evidence at all, just 2024 mentioned", None),
        (2, 8, "a visit from February 10 to 12, 2024", None),  # span misses the dateline day
        (2, 8, "from February 07 to 08, 2024 and on February 8, 2023", None),  # conflicting
        (2, 29, "a visit from February 28 to March 1, 2023", None),  # 2023 has no Feb 29
        (2, 8, "Feb 08 and from February 7 to 8 (no year written)", None),
    ],
)
def test_infer_dateline_year(month: int, day: int, body: str, year: int | None) -> None:
    dateline = Dateline(PartialDate(None, month, day), "Place, Mon DD", 0, 13)
    inferred = infer_dateline_year(dateline, body)
    assert inferred.date == PartialDate(year, month, day)
    assert (inferred.text, inferred.start, inferred.end) == (dateline.text, 0, 13)


def test_infer_dateline_year_keeps_a_stated_year() -> None:
    dateline = dl(2023, 2, 8)
    assert infer_dateline_year(dateline, "from February 07 to 08, 2024") is dateline


def test_resolve_date_finds_and_completes_the_dateline_from_the_article() -> None:
    body = "New Delhi, Feb 08: Talks were held from February 07 to 08, 2024. Officials met today."
    check(resolve_date("today", None, body), "2024-02-08", "relative_today")
    check(resolve_date("on Wednesday", None, body), "2024-02-07", "weekday_before_dateline")
    check(
        resolve_date("on Monday", None, "WASHINGTON, March 3, 2025 (Reuters) - Talks."),
        "2025-03-03",
    )


# --- the five sample articles ---
def test_sample_000_ani_dateline_without_year() -> None:
    text = article("000")
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.text == "New Delhi [India], July 28 (ANI)"
    assert dateline.date == PartialDate(None, 7, 28)
    assert infer_dateline_year(dateline, text) == dateline
    check(resolve_date("on Monday", dateline, text), None, "weekday_no_year")
    today = resolve_date("today", dateline, text)
    check(today, None, "relative_today")
    assert today.partial == "--07-28"
    check(resolve_date("In the year 2022", dateline, text), "2022", "year_only")
    check(resolve_date("in 2023", dateline, text), "2023", "year_only")
    check(resolve_date("in March 2022", dateline, text), "2022-03", "month_year")
    check(resolve_date("in 2014", dateline, text), "2014", "year_only")


def test_sample_001_no_dateline_explicit_dates() -> None:
    text = article("001")
    assert find_dateline(text) is None
    check(resolve_date("on Wednesday (November 27, 2024)", None, text), "2024-11-27", "explicit")
    assert resolve_date("on Wednesday (November 27, 2024)", None, text).warnings == ()
    check(resolve_date("August 20, 2024", None, text), "2024-08-20", "explicit")
    check(resolve_date("on August 19, 2024", None, text), "2024-08-19", "explicit")
    check(resolve_date("Earlier this year", None, text), None, "relative_year")


def test_sample_002_span_pins_the_dateline_year() -> None:
    text = article("002")
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.text, dateline.start) == ("New Delhi, Feb 08", 0)
    assert dateline.date == PartialDate(None, 2, 8)
    inferred = infer_dateline_year(dateline, text)
    assert inferred.date == PartialDate(2024, 2, 8)
    result = resolve_date("from February 07 to 08, 2024", dateline, text)
    check(result, "2024-02", "span_month")
    assert result.span == (PartialDate(2024, 2, 7), PartialDate(2024, 2, 8))
    check(resolve_date("from February 07 to 08, 2024", None), "2024-02", "span_month")


def test_sample_003_no_dateline_vague_date() -> None:
    text = article("003")
    assert find_dateline(text) is None
    check(resolve_date("recently", None, text), None, "unresolved")
    check(resolve_date(None, None, text), None, "unresolved")


def test_sample_004_dateline_after_site_furniture() -> None:
    text = article("004")
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.text == "Tokyo, Oct 07"
    assert dateline.start > 0
    assert text[dateline.start : dateline.end] == "Tokyo, Oct 07"
    assert dateline.date == PartialDate(None, 10, 7)
    assert infer_dateline_year(dateline, text) == dateline
    check(resolve_date("on Wednesday", dateline, text), None, "weekday_no_year")
    check(resolve_date("Last month", dateline, text), None, "relative_month")
    check(resolve_date("by end of this year", dateline, text), None, "relative_year")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Misri's visit on Wednesday (November 27, 2024) helped.", "November 27, 2024"),
        ("a mission to Tokyo from February 07 to 08, 2024, aimed at", "February 07 to 08, 2024"),
        ("New Delhi, Feb 08: talks on Monday.", None),
    ],
)
def test_find_date_phrase(text: str, phrase: str | None) -> None:
    from pipeline.text.dates import find_date_phrase

    assert find_date_phrase(text) == phrase


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        ("In July 2023, the two sides adopted the Horizon 2047 roadmap.", 2023, "2023-07"),
        ("The CEPA was signed on February 18, 2022, during a virtual summit.", 2022, "2022-02-18"),
        ("It was signed on 18 February 2022.", 2022, "2022-02-18"),
        ("They set up a Strategic Partnership in 2009.", 2009, None),  # the year is all
        # the year has two dates in the sentence: which is the landmark's is not code's guess
        ("Signed on February 18, 2022, it came into force on May 1, 2022.", 2022, None),
        ("Ties were upgraded in 2013 and again in September 2023.", 2013, None),
        ("Ties were upgraded in 2013 and again in September 2023.", 2023, "2023-09"),
        ("Signed in July 2023.", None, None),
    ],
)
def test_landmark_date(sentence: str, year: int | None, expected: str | None) -> None:
    from pipeline.text.dates import landmark_date

    assert landmark_date(sentence, year) == expected


SEOUL = "Seoul, 12 May 2024: Nishimoto and Kang held talks in Seoul {when}, agreeing to meet."


@pytest.mark.parametrize(
    ("when", "model_date", "expected"),
    [
        ("yesterday", "12 May 2024", "yesterday"),  # the model copied the dateline
        ("on Saturday evening", "12 May 2024", "Saturday"),
        ("on May 10", "12 May 2024", "May 10"),
        ("today", "12 May 2024", None),  # the body agrees with the dateline
        ("yesterday", "yesterday", None),  # the model already read the sentence
        ("in the capital", "12 May 2024", None),  # nothing of its own: the dateline stands
    ],
)
def test_body_date_phrase_replaces_a_copied_dateline(
    when: str, model_date: str, expected: str | None
) -> None:
    sentence = SEOUL.format(when=when)
    dateline = find_dateline(sentence)
    assert dateline is not None
    assert body_date_phrase(sentence, dateline, model_date) == expected


def test_body_date_phrase_never_trades_a_known_day_for_an_unplaceable_one() -> None:
    sentence = "New Delhi, March 3 (PTI): India and Australia on Monday held the 2+2 Dialogue."
    dateline = find_dateline(sentence)
    assert dateline is not None and dateline.date.year is None
    assert body_date_phrase(sentence, dateline, "March 3") is None  # Monday of which year?
    assert body_date_phrase(sentence, None, "March 3") is None


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The two leaders had met earlier this year on the sidelines of the G7.", True),
        ("They met in June.", True),
        ("He also called on the President.", False),
        ("They may meet again.", False),  # the modal verb is not the month
    ],
)
def test_writes_a_time(text: str, dated: bool) -> None:
    assert writes_a_time(text) is dated


def test_human_dates_never_print_the_machine_form_of_a_yearless_date() -> None:
    from pipeline.text.dates import human_date

    assert human_date("2031-11-04") == "4 Nov 2031"
    assert human_date("2031-11") == "Nov 2031"
    assert human_date("2031") == "2031"
    assert human_date("--11-04") == "4 Nov (year unknown)"
    assert human_date(None, "--11-04") == "4 Nov (year unknown)"
    assert human_date("2031-11", "--11-04") == "4 Nov 2031"
    assert human_date(None) == "date unknown"


_THURSDAY = Dateline(PartialDate(2031, 10, 16), "OSLO, Oct 16, 2031", 0, 18)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on 14.10.2031", "2031-10-14"),  # dots: day first
        ("on 4.10.2031", "2031-10-04"),
        ("on 10/14/2031", "2031-10-14"),  # only one reading is a date
        ("on 14/10/2031", "2031-10-14"),
        ("on 10/4/2031", "2031-10-04"),  # two readings: the one near the story's date
        ("on 4/10/2031", "2031-10-04"),
        ("on 2031/10/14", "2031-10-14"),  # year first
        ("on 14-Oct-2031", "2031-10-14"),
        ("talks that ran late last night", "2031-10-15"),
    ],
)
def test_dates_written_in_figures_and_last_night(text: str, iso: str) -> None:
    assert resolve_date(text, _THURSDAY).iso == iso


def test_an_ambiguous_date_in_figures_without_a_story_date_gives_only_its_year() -> None:
    assert resolve_date("on 4/10/2031", None).iso == "2031"
