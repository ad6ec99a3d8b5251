"""Building output records from a model answer: grounding, dropping, dates, names."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.extraction.validation import GroundedAnswer, enclosing_sentence
from pipeline.records.building import build_records
from pipeline.records.meeting_rules import normalise_location
from schemas import ModelAnswer

ARTICLE = (
    "New Delhi, Feb 08: Foreign Secretary Vinay Mohan Kwatra embarked on a diplomatic mission "
    "to Tokyo from February 07 to 08, 2024. The visit encompassed Vice-Ministerial Dialogue.\n\n"
    "During his engagements, Foreign Secretary Kwatra held bilateral consultations with "
    "Mr. Masataka Okano, Vice Minister for Foreign Affairs of Japan.\n\n"
    "India-Japan relations were elevated to 'Global Partnership' in 2000, 'Strategic and "
    "Global Partnership in 2006, and 'Special Strategic and Global Partnership' in 2014.\n"
)


def _meeting(**overrides: object) -> dict[str, object]:
    meeting: dict[str, object] = {
        "quote": "Foreign Secretary Kwatra held bilateral consultations with Mr. Masataka Okano",
        "status": "held",
        "countries": ["India", "Japanese"],
        "participants": [
            {"name": "Kwatra", "title": "Foreign Secretary", "country": "India"},
            {"name": "Mr. Masataka Okano", "title": "null", "country": "Japan"},
        ],
        "mechanism": "Vice-Ministerial Dialogue",
        "date": "from February 07 to 08, 2024",
        "location": "Tokyo",
        "topics": ["defence", "null", "trade"],
    }
    meeting.update(overrides)
    return meeting


def _milestone(**overrides: object) -> dict[str, object]:
    milestone: dict[str, object] = {
        "quote": "India-Japan relations were elevated to 'Global Partnership' in 2000",
        "name": "'Global Partnership'",
        "kind": "partnership_upgrade",
        "year": 2000,
        "countries": ["India", "Japan"],
    }
    milestone.update(overrides)
    return milestone


def _answer(meetings: list[dict[str, object]], milestones: list[dict[str, object]]) -> ModelAnswer:
    return ModelAnswer.model_validate({"meetings": meetings, "milestones": milestones})


def test_a_grounded_meeting_becomes_a_clean_record() -> None:
    built = build_records(_answer([_meeting()], []), ARTICLE)
    assert built.dropped == []
    (meeting,) = built.meetings
    assert [p.name for p in meeting.participants] == ["Vinay Mohan Kwatra", "Masataka Okano"]
    assert meeting.participants[1].title is None  # the string "null" is not a title
    assert meeting.countries == ["India", "Japan"]
    assert meeting.mechanism == "Vice-Ministerial Dialogue"
    assert meeting.mechanism_text == "Vice-Ministerial Dialogue"
    assert meeting.date == "2024-02"  # a visit span: month precision
    assert meeting.date_text == "from February 07 to 08, 2024"
    assert meeting.topics == ["defence", "trade"]
    evidence = meeting.evidence[0]
    assert ARTICLE[evidence.start : evidence.end] == evidence.quote


def test_quote_offsets_point_into_the_original_despite_curly_quotes() -> None:
    quote = "India-Japan relations were elevated to ‘Global Partnership’ in 2000"
    built = build_records(_answer([], [_milestone(quote=quote)]), ARTICLE)
    (milestone,) = built.milestones
    assert milestone.name == "Global Partnership"
    assert (
        milestone.evidence[0].quote
        == "India-Japan relations were elevated to 'Global Partnership' in 2000"
    )


def test_invented_quote_and_invented_person_are_dropped_and_counted() -> None:
    invented_quote = _meeting(quote="Kwatra met the Japanese Prime Minister in Osaka")
    invented_person = _meeting(
        participants=[{"name": "Fumio Kishida", "title": "Prime Minister", "country": "Japan"}]
    )
    built = build_records(_answer([invented_quote, invented_person], []), ARTICLE)
    assert built.meetings == []
    assert len(built.dropped) == 2
    assert "is not in the article" in built.dropped[0]
    assert "'Fumio Kishida' is not named in the article" in built.dropped[1]


def test_milestone_year_must_stand_in_the_quoted_sentence() -> None:
    wrong_year = _milestone(year=1999)
    built = build_records(_answer([], [wrong_year]), ARTICLE)
    assert built.milestones == []
    # the sentence names the landmark, so the year is cleared; with none written, it goes
    assert "milestones[0]: year 1999 is not written in its sentence; none kept" in built.notes
    (line,) = built.dropped
    assert line.startswith("milestones[0] dropped: no year: a milestone is a dated landmark")


def test_a_quote_that_stops_before_its_year_is_still_accepted() -> None:
    short = _milestone(
        quote="'Special Strategic and Global Partnership' in",
        name="Special Strategic and Global Partnership",
        year=2014,
    )
    built = build_records(_answer([], [short]), ARTICLE)
    assert [m.year for m in built.milestones] == [2014]


def test_repeated_records_are_dropped() -> None:
    built = build_records(_answer([_meeting(), _meeting()], [_milestone(), _milestone()]), ARTICLE)
    assert len(built.meetings) == 1 and len(built.milestones) == 1
    assert built.notes == ["1 repeated report(s) merged"]
    assert built.dropped == ["milestones[1] dropped: repeats an earlier milestone"]


def test_planned_meetings_are_kept_apart() -> None:
    plan = "Kwatra will hold talks with Masataka Okano again next year."
    article = ARTICLE + plan + "\n"
    built = build_records(_answer([_meeting(status="planned", quote=plan)], []), article)
    assert built.meetings == [] and len(built.planned_meetings) == 1


def test_planned_is_checked_against_the_words_of_the_sentence() -> None:
    held = _meeting(status="planned")  # "Kwatra held bilateral consultations with ..."
    built = build_records(_answer([held], []), ARTICLE)
    assert len(built.meetings) == 1 and built.planned_meetings == []
    assert any("its sentence says it happened; held" in n for n in built.notes)
    mention = "Both sides stressed the importance of the Vice-Ministerial Dialogue."
    article = ARTICLE + mention + "\n"
    built = build_records(_answer([_meeting(status="planned", quote=mention)], []), article)
    assert built.meetings == [] and built.planned_meetings == []
    assert any("its sentence writes no plan" in n for n in built.dropped)


def test_grounded_answer_reasks_with_a_reason_naming_the_record() -> None:
    bad = {"meetings": [_meeting(quote="An invented sentence about a summit")], "milestones": []}
    with pytest.raises(ValidationError, match=r"meetings\[0\]: quote .* is not in the article"):
        GroundedAnswer.model_validate(bad, context={"article_text": ARTICLE})
    good = {"meetings": [_meeting()], "milestones": [_milestone()]}
    assert GroundedAnswer.model_validate(good, context={"article_text": ARTICLE})


@pytest.mark.parametrize(
    ("location", "host", "city"),
    [
        ("the national capital", "India", "New Delhi"),
        ("Delhi", "India", "New Delhi"),
        ("in Tokyo", "Japan", "Tokyo"),
        ("India", "India", None),
        (None, "India", None),
    ],
)
def test_normalise_location(location: str | None, host: str, city: str | None) -> None:
    assert normalise_location(location, host) == city


def test_enclosing_sentence() -> None:
    text = "First one. The upgrade came in 2014. Last."
    start = text.index("The upgrade")
    assert enclosing_sentence(text, start, start + 11).strip() == "The upgrade came in 2014"


def test_a_date_or_mechanism_not_in_the_article_is_not_kept() -> None:
    meeting = _meeting(date="on November 15, 2023", mechanism="Foreign Office Consultations")
    built = build_records(_answer([meeting], []), ARTICLE)
    (kept,) = built.meetings
    assert kept.date is None and kept.date_text is None
    assert kept.mechanism == "bilateral meeting" and kept.mechanism_text is None
    assert built.dropped == []
    assert len(built.notes) == 2 and "date 'on November 15, 2023'" in built.notes[0]


def test_a_meeting_given_without_people_takes_the_people_its_sentence_names() -> None:
    """No people and no format in the answer is not yet noise: the sentence names two."""
    built = build_records(_answer([_meeting(participants=[], mechanism=None)], []), ARTICLE)
    (kept,) = built.meetings
    assert [p.name for p in kept.participants] == ["Vinay Mohan Kwatra", "Masataka Okano"]
    assert built.dropped == []


def test_the_same_meeting_twice_is_merged_keeping_the_named_mechanism() -> None:
    plain = _meeting(mechanism=None)
    named = _meeting(quote="Mr. Masataka Okano, Vice Minister for Foreign Affairs of Japan")
    built = build_records(_answer([plain, named], []), ARTICLE)
    (kept,) = built.meetings
    assert kept.mechanism == "Vice-Ministerial Dialogue"
    assert built.notes == ["1 repeated report(s) merged"] and built.dropped == []


def test_different_mechanisms_on_one_trip_stay_apart() -> None:
    consultations = _meeting(
        quote="Mr. Masataka Okano, Vice Minister for Foreign Affairs of Japan",
        mechanism=None,
    )
    dialogue = _meeting()
    consultations["mechanism"] = None
    built = build_records(_answer([dialogue, consultations], []), ARTICLE)
    assert len(built.meetings) == 1  # one named, one plain: same meeting

    other = _meeting(mechanism="Foreign Office Consultations")
    other_article = ARTICLE + "\nThey also held Foreign Office Consultations.\n"
    built = build_records(_answer([dialogue, other], []), other_article)
    assert [m.mechanism for m in built.meetings] == [
        "Vice-Ministerial Dialogue",
        "Foreign Office Consultations",
    ]


@pytest.mark.parametrize(
    ("milestone", "reason"),
    [
        (_milestone(year=None), "no year"),
        (_milestone(name="Prime Minister Narendra Modi", kind="agreement"), "does not name"),
        (_milestone(name="Bilateral Meeting", kind="summit"), "does not name a summit"),
    ],
)
def test_implausible_milestones_are_dropped(milestone: dict[str, object], reason: str) -> None:
    built = build_records(_answer([], [milestone]), ARTICLE)
    assert built.milestones == [] and reason in built.dropped[0]


def test_countries_come_from_the_sentence_or_the_articles_main_pair() -> None:
    """'The two countries' after a sentence about a G7 summit in Canada: the model's Canada is
    named in the article but has no business in this record."""
    from pipeline.records.meeting_rules import record_countries

    article_pair = ("India", "Australia", "Canada")
    sentence = "The two countries elevated their ties to a Comprehensive Strategic Partnership."
    pair = record_countries(["Canada", "India"], [], sentence, article_pair)
    assert pair == ["India", "Australia"]
    named = "Canada and India agreed on a critical minerals pact."
    assert record_countries(["Canada", "India"], [], named, article_pair) == ["Canada", "India"]


def test_a_planned_meeting_dated_before_the_articles_year_is_history() -> None:
    from pipeline.records.drafts import ArticleFacts, MeetingDraft
    from pipeline.records.meeting_rules import past_plan_is_history
    from pipeline.text.dates import Dateline, PartialDate
    from schemas import ModelMeeting

    dateline = Dateline(PartialDate(2025, 3, 6), "Hanoi, March 6, 2025:", 0, 21)

    def status_of(date: str | None, story: Dateline | None) -> str:
        raw = ModelMeeting.model_validate(_meeting(status="planned", date=date))
        draft = MeetingDraft(0, raw, "planned", ARTICLE)
        past_plan_is_history(draft, ArticleFacts(ARTICLE, story, (), ()))
        return draft.status

    assert status_of("in 1995", dateline) == "held"
    assert status_of("in September 2025", dateline) == "planned"
    assert status_of(None, dateline) == "planned"
    assert status_of("in 1995", None) == "planned"


def test_a_plan_dated_on_or_before_the_story_keeps_only_its_year() -> None:
    from pipeline.records.drafts import ArticleFacts, MeetingDraft
    from pipeline.records.meeting_rules import build_meeting, plan_is_for_later
    from pipeline.text.dates import Dateline, PartialDate
    from schemas import ModelMeeting

    story = Dateline(PartialDate(2024, 8, 14), "Tokyo, August 14, 2024:", 0, 23)

    def planned_date(date: str) -> str | None:
        raw = ModelMeeting.model_validate(_meeting(status="planned", date=date))
        draft = MeetingDraft(0, raw, "planned", ARTICLE)
        facts = ArticleFacts(ARTICLE, story, (), ())
        build_meeting(draft, facts)
        plan_is_for_later(draft, facts)
        assert draft.record is not None
        return draft.record.date

    assert planned_date("on August 13, 2024") == "2024"  # the day it was agreed
    assert planned_date("on August 20, 2024") == "2024-08-20"
    assert planned_date("in 2025") == "2025"


UAE_ARTICLE = (
    "Abu Dhabi, June 11 2025: The two ministers co-chaired the Joint Commission.\n\n"
    "The India-UAE Comprehensive Economic Partnership Agreement (CEPA) was signed on "
    "February 18, 2022.\n\n"
    "The two sides signed a Critical Minerals Investment Partnership on the sidelines.\n\n"
    "Australia and Japan signed a Reciprocal Access Agreement in January 2022. The Reciprocal "
    "Access Agreement entered into force in August 2023.\n"
)


def test_an_acronym_is_named_as_the_article_defines_it() -> None:
    cepa = _milestone(
        quote="The India-UAE Comprehensive Economic Partnership Agreement (CEPA) was signed",
        name="CEPA",
        kind="agreement",
        year=2022,
    )
    built = build_records(_answer([], [cepa]), UAE_ARTICLE)
    assert [m.name for m in built.milestones] == [
        "India-UAE Comprehensive Economic Partnership Agreement (CEPA)"
    ]


def test_a_signing_without_a_year_is_the_articles_news() -> None:
    pact = _milestone(
        quote="The two sides signed a Critical Minerals Investment Partnership",
        name="Critical Minerals Investment Partnership",
        kind="agreement",
        year=None,
    )
    built = build_records(_answer([], [pact]), UAE_ARTICLE)
    assert [(m.name, m.year) for m in built.milestones] == [
        ("Critical Minerals Investment Partnership", 2025)  # the dateline's year
    ]
    undated = UAE_ARTICLE.replace("Abu Dhabi, June 11 2025: ", "")
    assert [m.year for m in build_records(_answer([], [pact]), undated).milestones] == [None]


def test_an_agreement_signed_and_later_in_force_is_two_landmarks() -> None:
    signed = _milestone(
        quote="Australia and Japan signed a Reciprocal Access Agreement in January 2022.",
        name="Reciprocal Access Agreement",
        kind="agreement",
        year=2022,
    )
    in_force = _milestone(
        quote="The Reciprocal Access Agreement entered into force in August 2023.",
        name="Reciprocal Access Agreement",
        kind="agreement",
        year=2023,
    )
    built = build_records(_answer([], [signed, in_force]), UAE_ARTICLE)
    assert [(m.name, m.year) for m in built.milestones] == [
        ("Reciprocal Access Agreement", 2022),
        ("Reciprocal Access Agreement enters into force", 2023),
    ]
    alone = build_records(_answer([], [in_force]), UAE_ARTICLE)
    assert [m.name for m in alone.milestones] == ["Reciprocal Access Agreement"]
    both = UAE_ARTICLE.replace("in January 2022.", "in January 2022 and it came into force.")
    signed_in_force = _milestone(**{**signed, "quote": signed["quote"].replace(".", "")})
    twice = build_records(_answer([], [signed_in_force, in_force]), both)
    assert [m.name for m in twice.milestones] == ["Reciprocal Access Agreement"] * 2


def test_a_held_meeting_without_people_takes_the_titled_people_of_its_sentence() -> None:
    article = "In the year 2022, PM Kishida paid an official visit to India to hold the summit.\n"
    quote = article.strip()
    nobody = _meeting(
        quote=quote, participants=[{"name": "India", "title": None, "country": "India"}]
    )
    built = build_records(_answer([nobody], []), article)
    assert [p.name for p in built.meetings[0].participants] == ["Kishida"]
    assert any("the sentence's 'Kishida' added" in note for note in built.notes)
    plan = "PM Kishida will visit India next month and hold talks with President Ramos."
    planned = _meeting(quote=plan, status="planned", participants=[])
    (kept,) = build_records(_answer([planned], []), plan + "\n").planned_meetings
    assert [p.name for p in kept.participants] == ["Kishida", "Ramos"]


def test_a_person_greeted_in_passing_is_dropped_and_the_caller_is_added() -> None:
    article = (
        "NEW DELHI, Jan 15 (Reuters) - French Minister Julien Marchand held talks in New Delhi.\n"
        "Later on Wednesday, Marchand paid a courtesy call on Prime Minister Narayan Deshpande, "
        "who conveyed his greetings to French President Étienne Valois.\n"
    )
    quote = article.splitlines()[1]
    call = _meeting(
        quote=quote,
        mechanism="courtesy call",
        date="Wednesday",
        location=None,
        participants=[
            {"name": "Narayan Deshpande", "title": "Prime Minister", "country": "India"},
            {"name": "Étienne Valois", "title": "French President", "country": "France"},
        ],
    )
    lead = _meeting(
        quote="French Minister Julien Marchand held talks in New Delhi",
        mechanism=None,
        date=None,
        location="New Delhi",
        participants=[{"name": "Julien Marchand", "title": "Minister", "country": "France"}],
    )
    built = build_records(_answer([lead, call], []), article)
    courtesy = next(m for m in built.meetings if m.mechanism == "courtesy call")
    assert [p.name for p in courtesy.participants] == ["Narayan Deshpande", "Julien Marchand"]
    assert any("'Étienne Valois' is only mentioned in passing" in n for n in built.notes)


def test_a_second_side_the_model_left_out_comes_from_the_sentence_titles() -> None:
    article = (
        "Hanoi, April 7 (PTI): India and Vietnam held the 13th round of Foreign Office "
        "Consultations here on Monday, with Secretary (East) Neha Srinivasan and Vietnamese "
        "Deputy Foreign Minister Tran Duc Minh reviewing the entire gamut of bilateral ties.\n"
    )
    consultations = _meeting(
        quote=article.strip(),
        mechanism="13th round of Foreign Office Consultations",
        date="Monday",
        location=None,
        participants=[{"name": "Neha Srinivasan", "title": "Secretary", "country": "India"}],
    )
    (meeting,) = build_records(_answer([consultations], []), article).meetings
    assert [p.name for p in meeting.participants] == ["Neha Srinivasan", "Tran Duc Minh"]
    assert meeting.participants[1].title == "Vietnamese Deputy Foreign Minister"


def test_a_lead_sentence_dated_by_the_dateline_keeps_its_own_yesterday() -> None:
    article = (
        "Seoul, 12 May 2024: Japanese Foreign Minister Haruka Nishimoto and South Korean "
        "Foreign Minister Kang Min-ho held talks in Seoul yesterday, agreeing to coordinate.\n"
    )
    talks = _meeting(
        quote=article.strip(),
        mechanism=None,
        date="12 May 2024",
        location="Seoul",
        participants=[
            {"name": "Haruka Nishimoto", "title": "Foreign Minister", "country": "Japan"},
            {"name": "Kang Min-ho", "title": "Foreign Minister", "country": "South Korea"},
        ],
    )
    built = build_records(_answer([talks], []), article)
    (meeting,) = built.meetings
    assert meeting.date == "2024-05-11" and meeting.date_text == "yesterday"
    assert any("is the dateline's; the sentence's 'yesterday' used" in n for n in built.notes)


def test_a_past_summit_read_as_planned_is_held_with_its_written_year() -> None:
    article = (
        "Darwin, 24 August 2025 (AAP): The defence ministers met in Darwin.\n"
        "Australia and Japan signed a Reciprocal Access Agreement at a virtual summit in "
        "January 2022, allowing their forces to train in each other's territory.\n"
    )
    summit = _meeting(
        quote=article.splitlines()[1],
        status="planned",
        mechanism="virtual summit",
        date="January",  # the model's partial copy: alone it would mean January 2025
        location=None,
        participants=[],
    )
    built = build_records(_answer([summit], []), article)
    assert built.planned_meetings == []
    (meeting,) = built.meetings
    assert meeting.date == "2022-01" and meeting.mechanism == "Virtual Summit"
    assert any("'January' read as 'January 2022'" in n for n in built.notes)
    assert any("its sentence says it happened; held" in n for n in built.notes)


def test_a_meeting_left_with_no_person_and_no_named_format_is_dropped() -> None:
    article = "Hanoi, March 6, 2025: Washington and Hanoi normalised relations in 1995.\n"
    history = _meeting(
        quote=article.strip(),
        mechanism="normalised relations",
        date="1995",
        location=None,
        participants=[{"name": "Washington", "title": None, "country": "United States"}],
    )
    built = build_records(_answer([history], []), article)
    assert built.meetings == [] and built.planned_meetings == []
    assert any("no person and no named format" in n for n in built.dropped)


def test_held_is_checked_against_a_sentence_that_writes_only_a_plan() -> None:
    plan = "Kwatra is also scheduled to meet Masataka Okano on February 21."
    article = ARTICLE + plan + "\n"
    built = build_records(_answer([_meeting(quote=plan, date="February 21")], []), article)
    assert built.meetings == [] and len(built.planned_meetings) == 1
    assert any("writes only a plan; planned" in n for n in built.notes)


def test_a_spokesperson_who_relayed_the_talks_is_not_a_participant() -> None:
    article = (
        "LIMA, May 4: Foreign Minister Ana Flores met her Austrian counterpart Ilse Varga on "
        "Monday, ministry spokesman Pedro Salas told reporters.\n"
    )
    talks = _meeting(
        quote=article.strip().split(": ", 1)[1],
        mechanism=None,
        date="on Monday",
        location=None,
        participants=[
            {"name": "Ana Flores", "title": "Foreign Minister", "country": "Peru"},
            {"name": "Ilse Varga", "title": "Foreign Minister", "country": "Austria"},
            {"name": "Pedro Salas", "title": "ministry spokesman", "country": "Peru"},
        ],
    )
    built = build_records(_answer([talks], []), article)
    (meeting,) = built.meetings
    assert [p.name for p in meeting.participants] == ["Ana Flores", "Ilse Varga"]
    assert any("relayed it; not a participant" in note for note in built.notes)


def test_a_meeting_of_three_countries_is_not_bilateral() -> None:
    article = (
        "OSLO, June 2: The foreign ministers of Norway, Chile and Kenya held trilateral talks "
        "on Friday, with Tove Brennick, Rosa Medel and Amani Kiprop taking part.\n"
    )
    talks = _meeting(
        quote=article.strip().split(": ", 1)[1],
        mechanism="trilateral talks",
        date="on Friday",
        location=None,
        participants=[
            {"name": "Tove Brennick", "title": "Foreign Minister", "country": "Norway"},
            {"name": "Rosa Medel", "title": "Foreign Minister", "country": "Chile"},
            {"name": "Amani Kiprop", "title": "Foreign Minister", "country": "Kenya"},
        ],
    )
    built = build_records(_answer([talks], []), article)
    assert built.meetings == [] and "not bilateral" in built.dropped[0]


def test_a_landmark_of_last_year_takes_the_story_year_minus_one() -> None:
    article = (
        "RIGA, May 4, 2025 (LETA) - Latvia and Chile raised their ties to a Strategic "
        "Partnership last year, the ministers recalled.\n"
    )
    upgrade = _milestone(
        quote=article.split(" - ", 1)[1].split(", the ministers")[0],
        name="Strategic Partnership",
        year=None,
        countries=["Latvia", "Chile"],
    )
    (milestone,) = build_records(_answer([], [upgrade]), article).milestones
    assert (milestone.name, milestone.year) == ("Strategic Partnership", 2024)
