"""The sentence strategy's pure parts: what the model may take from its sentence and the
sentences around it."""

from __future__ import annotations

import pytest

from pipeline.extraction.candidates import split_sentences
from pipeline.extraction.sentence_calls import (
    _Lead,
    _lead,
    _SentenceMeetings,
    date_supported,
    fit_to_sentences,
)
from pipeline.text.names import is_person_name
from schemas.v1 import SentenceMeeting

TEXT = (
    "New Delhi, Feb 08: Foreign Secretary Vinay Mohan Kwatra visited Tokyo from February 07 "
    "to 08, 2024, and held talks with Masataka Okano. "
    "The visit was described as productive. "
    "He also met Takehiro Funakoshi for Foreign Office Consultations. "
    "In 2023, PM Kishida met PM Modi in Hiroshima."
)
SENTENCES = split_sentences(TEXT)


def _meeting(*people: str, date: str | None = None, location: str | None = None) -> SentenceMeeting:
    return SentenceMeeting.model_validate(
        {
            "status": "held",
            "participants": [
                {
                    "name": n,
                    "title": "Foreign Secretary" if "Kwatra" in n else None,
                    "country": None,
                }
                for n in people
            ],
            "mechanism": None,
            "date": date,
            "location": location,
            "topics": [],
        }
    )


LEAD_FOUND = [
    _SentenceMeetings(
        0,
        [
            _meeting(
                "Vinay Mohan Kwatra",
                "Masataka Okano",
                date="from February 07 to 08, 2024",
                location="Tokyo",
            )
        ],
    )
]


@pytest.mark.parametrize(
    ("phrase", "supported"),
    [
        ("from February 07 to 08, 2024", True),
        ("in 2023", True),  # the text says "In 2023"
        ("February 8, 2024", True),  # every number and month word is there
        ("on Monday", False),
        ("March 3, 2024", False),
    ],
)
def test_date_supported(phrase: str, supported: bool) -> None:
    assert date_supported(TEXT, phrase) is supported


def test_the_lead_names_people_date_and_place() -> None:
    lead = _lead(LEAD_FOUND, SENTENCES)
    assert set(lead.people) == {"Kwatra", "Okano"}
    assert lead.date == "from February 07 to 08, 2024"
    assert lead.location == "Tokyo"


def test_a_later_sentence_inherits_the_lead_date_and_place() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(2, [_meeting("Vinay Mohan Kwatra", "Takehiro Funakoshi")])
    (fit,) = fit_to_sentences(item, SENTENCES, _lead(LEAD_FOUND, SENTENCES), notes)
    fitted = fit.meeting
    assert fitted.date == "from February 07 to 08, 2024"
    assert fitted.location == "Tokyo"
    assert [p.name for p in fitted.participants] == ["Vinay Mohan Kwatra", "Takehiro Funakoshi"]


def test_people_and_dates_not_in_the_sentence_are_left_out() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(
        3, [_meeting("Fumio Kishida", "Narendra Modi", "Toshimitsu Motegi", date="on Monday")]
    )
    (fit,) = fit_to_sentences(item, SENTENCES, _lead(LEAD_FOUND, SENTENCES), notes)
    fitted = fit.meeting
    assert [p.name for p in fitted.participants] == ["Fumio Kishida", "Narendra Modi"]
    assert fitted.date == "2023"  # the invented "on Monday" gives way to the sentence's own
    assert fitted.location is None  # not the lead's people: no inherited place
    assert any("Toshimitsu Motegi" in n for n in notes)
    assert any("'on Monday'" in n for n in notes)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Vikram Misri", True),
        ("S Jaishankar", True),
        ("Mohamed bin Zayed Al Nahyan", True),
        ("Cho", True),
        ("Ministry of Economy, Trade and Industry", False),
        ("senior officials in the Japanese Government", False),
        ("UNICORN", False),
        ("Vice-Ministerial Dialogue", False),
        ("Global Partnership India, Japan", False),
    ],
)
def test_is_person_name(name: str, person: bool) -> None:
    assert is_person_name(name) is person


HISTORY_TEXT = (
    "Canberra, June 3: Prime Minister Narayan Deshpande and Gregory Lowe held the fourth "
    "Annual Summit in Canberra yesterday. "
    "The 2+2 format was launched when the two sides held the inaugural dialogue in September 2021. "
    "The two leaders had met earlier this year on the sidelines of the G7 summit in June."
)
HISTORY = split_sentences(HISTORY_TEXT)
HISTORY_LEAD = [
    _SentenceMeetings(0, [_meeting("Narayan Deshpande", "Gregory Lowe", date="yesterday")])
]


def test_a_history_sentence_does_not_borrow_the_lead_people() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(1, [_meeting("Gregory Lowe", date="September 2021")])
    (fit,) = fit_to_sentences(item, HISTORY, _lead(HISTORY_LEAD, HISTORY), notes)
    fitted = fit.meeting
    assert fitted.participants == []  # "the two sides" in 2021 are not today's leaders
    assert fitted.date == "September 2021"


def test_the_two_leaders_are_the_lead_pair_and_keep_their_own_time() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(2, [_meeting("Justin Trudeau", "Joe Biden")])
    (fit,) = fit_to_sentences(item, HISTORY, _lead(HISTORY_LEAD, HISTORY), notes)
    fitted = fit.meeting
    assert [p.name for p in fitted.participants] == ["Narayan Deshpande", "Gregory Lowe"]
    assert fitted.date is None  # "earlier this year ... in June", not the lead's "yesterday"
    assert any("the lead's two, referred to" in n for n in notes)


def test_she_with_a_visitor_and_a_host_in_the_lead_is_the_one_from_the_other_side() -> None:
    text = (
        "Hanoi, April 7: Secretary Neha Srinivasan and Deputy Foreign Minister Tran Duc Minh "
        "held consultations. "
        "She also met Do Van Thanh, Vice Chairman of the Commission."
    )
    sentences = split_sentences(text)
    host = {"name": "Tran Duc Minh", "title": "Deputy Foreign Minister", "country": "Vietnam"}
    visitor = {"name": "Neha Srinivasan", "title": "Secretary", "country": "India"}
    lead_meeting = SentenceMeeting.model_validate(
        {
            "status": "held",
            "participants": [visitor, host],
            "mechanism": None,
            "date": None,
            "location": None,
            "topics": [],
        }
    )
    met = {"name": "Do Van Thanh", "title": "Vice Chairman", "country": "Vietnam"}
    later = SentenceMeeting.model_validate({**lead_meeting.model_dump(), "participants": [met]})
    lead = _lead([_SentenceMeetings(0, [lead_meeting])], sentences)
    notes: list[str] = []
    (fit,) = fit_to_sentences(_SentenceMeetings(1, [later]), sentences, lead, notes)
    fitted = fit.meeting
    assert [p.name for p in fitted.participants] == ["Neha Srinivasan", "Do Van Thanh"]


WINDOW_TEXT = (
    "LIMA, May 4: Trade Minister Ilse Varga of Austria arrived in Lima on Sunday. "
    "She held the second round of the Austria-Peru Economic Dialogue with Economy Minister "
    "Tomas Quispe. "
    "The dialogue took place at the Torre Tagle Palace on Monday. "
    "On Tuesday she met Foreign Minister Ana Flores in Cusco."
)
WINDOW = split_sentences(WINDOW_TEXT)


def test_a_date_and_place_written_next_door_are_kept_with_that_sentence_as_evidence() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(
        1, [_meeting("Ilse Varga", "Tomas Quispe", date="on Monday", location="Lima")]
    )
    (fit,) = fit_to_sentences(item, WINDOW, _lead([], WINDOW), notes)
    assert fit.meeting.date == "on Monday" and fit.meeting.location == "Lima"
    assert fit.context == [0, 2]  # the place from the sentence before, the date from after


def test_a_sentence_that_writes_its_own_time_does_not_take_the_neighbours() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(3, [_meeting("Ilse Varga", "Ana Flores", date="on Monday")])
    (fit,) = fit_to_sentences(item, WINDOW, _lead([], WINDOW), notes)
    assert fit.meeting.date == "Tuesday" and fit.context == []  # its own, not the neighbour's
    assert any("'on Monday' is not in it" in n for n in notes)


def test_people_named_next_door_are_kept_when_the_sentence_points_at_them() -> None:
    text = (
        "The foreign and defence ministers of Chile and Peru met in Lima on Thursday. "
        "Foreign Ministers Rosa Medel and Ana Flores and Defence Ministers Luis Soto and "
        "Juan Mamani signed a joint statement."
    )
    sentences = split_sentences(text)
    people = ("Rosa Medel", "Ana Flores", "Luis Soto", "Juan Mamani")
    item = _SentenceMeetings(0, [_meeting(*people, date="on Thursday", location="Lima")])
    notes: list[str] = []
    (fit,) = fit_to_sentences(item, sentences, _lead([], sentences), notes)
    assert [p.name for p in fit.meeting.participants] == list(people)
    assert fit.context == [1]


def test_a_person_of_the_next_sentence_is_not_added_to_a_sentence_that_names_its_own() -> None:
    notes: list[str] = []
    item = _SentenceMeetings(1, [_meeting("Ilse Varga", "Tomas Quispe", "Ana Flores")])
    (fit,) = fit_to_sentences(item, WINDOW, _lead([], WINDOW), notes)
    assert [p.name for p in fit.meeting.participants] == ["Ilse Varga", "Tomas Quispe"]


PAIR_TEXT = (
    "Santiago, Chile, Reuters, 9 October 2025\n\n"
    "Headline about krill quotas\n\n"
    "By Staff\n\n"
    "Minister Ingrid Halvorsen held talks with Minister Rafael Cordero in Santiago on Tuesday. "
    "They first met in Oslo in March, weeks after Cordero took office. "
    "The two ministers agreed to meet again in Bergen next year."
)
PAIR = split_sentences(PAIR_TEXT)


def _pair_lead() -> tuple[int, _Lead]:
    first = next(i for i, s in enumerate(PAIR) if "held talks" in s.text)
    found = [_SentenceMeetings(first, [_meeting("Ingrid Halvorsen", "Rafael Cordero")])]
    return first, _lead(found, PAIR)


def test_the_lead_starts_at_its_first_meeting_below_the_header_lines() -> None:
    first, lead = _pair_lead()
    assert first >= 3 and set(lead.people) == {"Halvorsen", "Cordero"}


def test_they_and_one_of_the_pair_mean_the_lead_pair() -> None:
    first, lead = _pair_lead()
    notes: list[str] = []
    they = _SentenceMeetings(first + 1, [_meeting(date="in March")])
    (fit,) = fit_to_sentences(they, PAIR, lead, notes)
    assert [p.name for p in fit.meeting.participants] == ["Ingrid Halvorsen", "Rafael Cordero"]
    planned = _meeting("Halvorsen").model_copy(update={"status": "planned"})
    (fit,) = fit_to_sentences(_SentenceMeetings(first + 2, [planned]), PAIR, lead, notes)
    assert len(fit.meeting.participants) == 2  # "the two ministers": both, not one of them


def test_a_phrase_the_model_gives_as_a_person_is_left_out() -> None:
    first, lead = _pair_lead()
    notes: list[str] = []
    item = _SentenceMeetings(first + 1, [_meeting("They")])
    (fit,) = fit_to_sentences(item, PAIR, lead, notes)
    assert any("'They' is no person" in n for n in notes)
    assert len(fit.meeting.participants) == 2  # and the pair it points at is used
