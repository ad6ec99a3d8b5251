"""Repeated reports of one meeting fold into one record; different meetings stay apart."""

from __future__ import annotations

from itertools import count

from pipeline.records.merging import (
    compatible,
    dates_agree,
    fold_described_milestones,
    merge_repeats,
    parts_of_one_meeting,
)
from pipeline.text.dates import PartialDate
from schemas import Evidence, Meeting, Milestone, Participant

_SENTENCE_STARTS = count(1000, 100)  # each record its own sentence unless a test says otherwise


def _m(
    *people: str,
    mechanism: str = "bilateral meeting",
    date: str | None = None,
    partial: str | None = None,
    ordinal: int | None = None,
    start: int | None = None,
    quote: str = "q",
) -> Meeting:
    start = next(_SENTENCE_STARTS) if start is None else start
    return Meeting(
        participants=[Participant(name=p) for p in people],
        mechanism=mechanism,
        date=date,
        date_partial=partial,
        date_text=date or partial,
        ordinal=ordinal,
        countries=["India", "Japan"],
        evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
    )


def _milestone(name: str, year: int) -> Milestone:
    return Milestone(name=name, kind="agreement", year=year, countries=["Norway", "Chile"])


def test_the_same_people_reported_twice_merge_even_with_other_candidates() -> None:
    lead = _m(
        "Vikram Misri",
        "Takehiro Funakoshi",
        mechanism="Vice-Ministerial Dialogue",
        start=0,
    )
    post = _m("Vikram Misri", "Takehiro Funakoshi", partial="--07-28", start=10)
    merged, folded = merge_repeats([lead, post])
    assert folded == 1 and len(merged) == 1
    (meeting,) = merged
    assert meeting.mechanism == "Vice-Ministerial Dialogue"
    assert meeting.date_partial == "--07-28"
    assert [e.start for e in meeting.evidence] == [0, 10]


def test_different_mechanisms_on_one_trip_stay_apart() -> None:
    dialogue = _m("Vinay Mohan Kwatra", "Masataka Okano", mechanism="Vice-Ministerial Dialogue")
    consultations = _m(
        "Vinay Mohan Kwatra", "Takehiro Funakoshi", mechanism="Foreign Office Consultations"
    )
    merged, folded = merge_repeats([dialogue, consultations])
    assert folded == 0 and merged == [dialogue, consultations]


def test_an_unambiguous_named_format_joins_the_meeting_that_names_the_people() -> None:
    named = _m("Vinay Mohan Kwatra", mechanism="Vice-Ministerial Dialogue")
    people = _m("Vinay Mohan Kwatra", "Masataka Okano", start=20)
    other = _m("Vinay Mohan Kwatra", "Takehiro Funakoshi", mechanism="Foreign Office Consultations")
    merged, _ = merge_repeats([named, people, other])
    assert len(merged) == 2
    assert {p.name for p in merged[0].participants} == {"Vinay Mohan Kwatra", "Masataka Okano"}
    assert merged[0].mechanism == "Vice-Ministerial Dialogue"


def test_an_ambiguous_partial_record_is_not_guessed_into_one_meeting() -> None:
    dialogue = _m("Vikram Misri", mechanism="Vice-Ministerial Dialogue")
    first = _m("Vikram Misri", "Takehiko Matsuo")
    second = _m("Vikram Misri", "Keiichi Ichikawa")
    merged, folded = merge_repeats([dialogue, first, second])
    assert folded == 0 and len(merged) == 3


def test_contradicting_dates_or_ordinals_keep_meetings_apart() -> None:
    summit = _m("Fumio Kishida", mechanism="Annual Summit", date="2022")
    later = _m("Fumio Kishida", "Narendra Modi", date="2023")
    assert not compatible(summit, later)
    third = _m(mechanism="2+2 Dialogue", ordinal=3)
    second = _m(mechanism="2+2 Dialogue", ordinal=2)
    assert not compatible(third, second)
    assert merge_repeats([summit, later])[1] == 0


def test_records_without_people_link_only_through_the_same_named_format() -> None:
    assert compatible(_m(mechanism="2+2 Dialogue"), _m(mechanism="2+2 Dialogue", date="2024-08"))
    assert not compatible(_m(), _m())
    far = _m("Yoshimichi Terada", start=90_000)
    assert not compatible(_m(mechanism="2+2 Dialogue"), far)  # undated and far apart
    # A format's sentence and the next one naming its people ("The fourth session opened
    # in Accra. The two-day meeting is co-chaired by A and B.") are one meeting.
    assert compatible(_m(mechanism="Joint Commission", start=0), _m("Ana Flores", start=150))
    assert compatible(_m(mechanism="2+2 Dialogue"), _m("Richard Marles", mechanism="2+2 Dialogue"))


def test_date_agreement_is_precision_aware() -> None:
    assert dates_agree(_m(date="2024-02"), _m(date="2024-02-08"))
    assert dates_agree(_m(partial="--02-08"), _m(date="2024-02-08"))
    assert not dates_agree(_m(partial="--02-09"), _m(date="2024-02-08"))
    assert dates_agree(_m(), _m(date="2024-02-08"))


_LEAD = (
    "India and Australia on Monday held the third 2+2 Ministerial Dialogue, with Arvind "
    "Raghavan and Meera Kulkarni hosting Claire Whitfield and Thomas Hadley."
)


def test_a_four_party_format_split_into_pairs_by_the_model_is_one_meeting() -> None:
    foreign = _m(
        "Arvind Raghavan", "Claire Whitfield", mechanism="2+2 Dialogue", quote=_LEAD, start=0
    )
    defence = _m("Meera Kulkarni", "Thomas Hadley", quote=_LEAD, start=0)
    assert parts_of_one_meeting(foreign, defence)
    merged, folded = merge_repeats([foreign, defence])
    assert folded == 1
    (meeting,) = merged
    assert meeting.mechanism == "2+2 Dialogue"
    assert [p.name for p in meeting.participants] == [
        "Arvind Raghavan",
        "Claire Whitfield",
        "Meera Kulkarni",
        "Thomas Hadley",
    ]


def test_pairs_from_different_sentences_or_two_unnamed_meetings_stay_apart() -> None:
    foreign = _m("Arvind Raghavan", "Claire Whitfield", mechanism="2+2 Dialogue", quote=_LEAD)
    defence = _m("Meera Kulkarni", "Thomas Hadley", quote=_LEAD)
    assert not parts_of_one_meeting(foreign, defence)  # two sentences
    one = _m(
        "Narendra Modi", "Joe Biden", quote="Modi met Biden and Kishida met Albanese.", start=5
    )
    two = _m(
        "Fumio Kishida",
        "Anthony Albanese",
        quote="Modi met Biden and Kishida met Albanese.",
        start=5,
    )
    assert not parts_of_one_meeting(one, two)  # no named format joins them
    assert merge_repeats([one, two])[1] == 0


def test_talks_the_sentence_calls_separate_are_not_the_format_of_that_day() -> None:
    dialogue = _m("Meera Kulkarni", "Thomas Hadley", mechanism="2+2 Dialogue", partial="--03-03")
    separate = _m(
        "Meera Kulkarni",
        "Thomas Hadley",
        partial="--03-03",
        quote="Earlier in the day, Kulkarni and Hadley held separate talks at South Block.",
    )
    before = _m(
        "Meera Kulkarni",
        "Thomas Hadley",
        partial="--03-03",
        quote="Kulkarni and Hadley also met one-on-one before the dialogue.",
    )
    assert not compatible(dialogue, separate) and not compatible(dialogue, before)
    assert merge_repeats([dialogue, separate])[1] == 0
    plain = _m("Meera Kulkarni", "Thomas Hadley", partial="--03-03", quote="They met at noon.")
    assert compatible(dialogue, plain)


def test_two_answers_for_one_sentence_merge_even_when_the_person_met_others() -> None:
    call = _m(
        "Neha Srinivasan", mechanism="courtesy call", quote="She also met Do Van Thanh.", start=7
    )
    full = _m("Neha Srinivasan", "Do Van Thanh", quote="She also met Do Van Thanh.", start=7)
    other = _m("Neha Srinivasan", "Tran Duc Minh", mechanism="Foreign Office Consultations")
    merged, folded = merge_repeats([other, call, full])
    assert folded == 1
    assert {p.name for p in merged[1].participants} == {"Neha Srinivasan", "Do Van Thanh"}


_CEPA = (
    "The CEPA was signed on February 18, 2022, during a virtual summit between the two "
    "leaders, building on ties upgraded in August 2015 and January 2017."
)


def test_one_format_listed_once_per_date_of_its_sentence_keeps_the_nearest_date() -> None:
    def summit(date: str, text: str) -> Meeting:
        meeting = _m(mechanism="Virtual Summit", date=date, quote=_CEPA, start=3)
        meeting.date_text, meeting.mechanism_text = text, "virtual summit"
        return meeting

    records = [
        summit("2015-08", "August 2015"),
        summit("2022-02-18", "February 18, 2022"),
        summit("2017-01", "January 2017"),
    ]
    merged, folded = merge_repeats(records)
    assert folded == 2
    assert [m.date for m in merged] == ["2022-02-18"]


def test_a_headline_format_joins_the_report_with_its_ordinal() -> None:
    headline = _m(mechanism="Annual Summit", ordinal=4, quote="India, Australia hold fourth")
    lead = _m(
        "Narayan Deshpande", "Gregory Lowe", mechanism="Annual Summit", ordinal=4, partial="--06-03"
    )
    other = _m(mechanism="Annual Summit", date="2020-09")  # same format, another date
    merged, folded = merge_repeats([headline, lead, other])
    assert folded == 1
    assert [len(m.participants) for m in merged] == [2, 0]
    assert merged[0].evidence[-1].start == lead.evidence[0].start


def _weekday_report(*people: str, words: str = "on Thursday") -> Meeting:
    meeting = _m(*people)
    meeting.date_text = words
    return meeting


def test_a_weekday_under_a_yearless_dateline_is_not_a_meeting_of_another_month() -> None:
    """ "OTTAWA, Sept. 18 - ... held talks on Thursday" and "the two leaders last met in
    March 2021": the weekday lies within a week of 18 September, whatever the year."""
    story = PartialDate(None, 9, 18)
    talks = _weekday_report("Lena Marchetti", "Oskar Vilde")
    background = _m("Lena Marchetti", "Oskar Vilde", date="2021-03")
    assert dates_agree(talks, background)  # without the dateline nothing contradicts
    assert not dates_agree(talks, background, story)
    merged, folded = merge_repeats([talks, background], story)
    assert folded == 0 and len(merged) == 2


def test_a_weekday_under_a_yearless_dateline_still_joins_its_week() -> None:
    story = PartialDate(None, 3, 2)  # the week spans late February and early March
    talks = _weekday_report("Lena Marchetti", "Oskar Vilde", words="on Friday")
    same_week = _m("Lena Marchetti", "Oskar Vilde", partial="--02-27")
    only_a_year = _m("Lena Marchetti", "Oskar Vilde", date="2024")
    assert dates_agree(talks, same_week, story)
    assert dates_agree(talks, only_a_year, story)  # a year cannot be checked without one
    assert not dates_agree(talks, _m("Lena Marchetti", date="2023-04"), story)


def test_a_dated_dateline_leaves_weekday_records_to_their_resolved_dates() -> None:
    talks = _weekday_report("Lena Marchetti", "Oskar Vilde")
    background = _m("Lena Marchetti", "Oskar Vilde", date="2021-03")
    assert dates_agree(talks, background, PartialDate(2024, 9, 18))


def test_an_agreement_described_again_is_folded_into_its_full_name() -> None:
    full = _milestone("Treaty of Friendship and Maritime Cooperation", 1987)
    described = _milestone("1987 maritime treaty", 1987)
    other = _milestone("Visa Waiver Agreement", 1987)
    kept, notes = fold_described_milestones([described, full, other])
    assert [m.name for m in kept] == [full.name, other.name]
    assert len(notes) == 1 and "1987 maritime treaty" in notes[0]


def test_agreements_of_other_years_or_other_words_stay_apart() -> None:
    full = _milestone("Treaty of Friendship and Maritime Cooperation", 1987)
    kept, _ = fold_described_milestones(
        [full, _milestone("maritime treaty", 1990), _milestone("defence pact", 1987)]
    )
    assert len(kept) == 3
