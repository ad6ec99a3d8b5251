"""Rules of the generalisation round, each on sentences invented for the test (no gold text).

They mend what a small model answers about formats named by acronym or by reference, people
referred to by their office, agreements named through a phrase about them, and landmarks of
the article's own news written without a year.
"""

from __future__ import annotations

import pytest

from pipeline.extraction.candidates import is_milestone_candidate, raises_ties
from pipeline.extraction.sentence_calls import office_fits
from pipeline.extraction.validation import milestone_problems
from pipeline.records.building import build_records
from pipeline.text.milestone_names import document_named_within, expand_acronym
from pipeline.text.status import writes_a_plan
from schemas import ModelAnswer, ModelMilestone

ARTICLE = (
    "OSLO, 4 March (NTB) - Norway and Chile held the 6th Arctic-Andean Joint Commission "
    "(AAJC) in Oslo on Tuesday. Foreign Minister Ingrid Solvang hosted Chilean Foreign "
    "Minister Tomás Errázuriz. The 5th AAJC was held in Valparaíso. Norwegian Foreign Minister "
    "Ingrid Solvang and Chilean Foreign Minister Tomás Errázuriz signed the NOCHMOB agreement. "
    "The Norway-Chile Maritime Observation Agreement (NOCHMOB) covers research vessels.\n"
)


def _answer(meetings: list[dict[str, object]], milestones: list[dict[str, object]]) -> ModelAnswer:
    return ModelAnswer.model_validate({"meetings": meetings, "milestones": milestones})


def _meeting(quote: str, **fields: object) -> dict[str, object]:
    meeting: dict[str, object] = {
        "quote": quote,
        "status": "held",
        "countries": ["Norway", "Chile"],
        "participants": [],
        "mechanism": None,
        "date": None,
        "location": None,
        "topics": [],
    }
    meeting.update(fields)
    return meeting


def test_a_format_named_only_by_its_acronym_is_kept_with_its_ordinal() -> None:
    """The model named nobody and no format for "The 5th AAJC was held in Valparaíso."; the
    article spells the acronym out, so the meeting is the council's fifth."""
    meeting = _meeting("The 5th AAJC was held in Valparaíso", location="Valparaíso")
    built = build_records(_answer([meeting], []), ARTICLE)
    (kept,) = built.meetings
    assert kept.mechanism_text == "5th Arctic-Andean Joint Commission (AAJC)"
    assert kept.ordinal == 5
    assert kept.location == "Valparaíso"
    assert any("'AAJC' is the article's" in note for note in built.notes)


def test_people_the_model_gave_as_countries_are_found_in_the_sentence() -> None:
    """An answer whose only "participants" were countries is not dropped before the rule
    that reads the sentence's titled people runs."""
    quote = (
        "Norwegian Foreign Minister Ingrid Solvang and Chilean Foreign Minister Tomás "
        "Errázuriz signed the NOCHMOB agreement"
    )
    meeting = _meeting(quote, participants=[], mechanism="talks")
    built = build_records(_answer([meeting], []), ARTICLE)
    (kept,) = built.meetings
    assert {p.name for p in kept.participants} == {"Ingrid Solvang", "Tomás Errázuriz"}


def test_an_unnamed_meeting_of_nobody_is_still_dropped() -> None:
    meeting = _meeting("Foreign Minister Ingrid Solvang hosted Chilean Foreign Minister")
    built = build_records(_answer([meeting | {"quote": "Norway and Chile held"}], []), ARTICLE)
    assert built.meetings == [] and built.planned_meetings == []
    (line,) = built.dropped
    assert "no person and no named format" in line


@pytest.mark.parametrize(
    ("phrase", "titles", "fits"),
    [
        ("the two leaders", ["Foreign Minister", "Minister of Foreign Affairs"], True),
        ("both ministers", ["Trade Minister", "Minister of Economy"], True),
        ("the prime ministers", ["Foreign Minister", "Minister of Foreign Affairs"], False),
        ("the two foreign ministers", ["Foreign Minister", "Minister of Foreign Affairs"], True),
        ("their defense ministers", ["Defence Minister", "Minister of Defence"], True),
        ("the presidents", ["President", "Prime Minister"], False),
        ("both heads of government", ["Prime Minister", "Chancellor"], True),
        ("the two countries' prime ministers", ["Prime Minister", "Prime Minister"], True),
        ("the prime ministers", ["Prime Minister", None], True),
    ],
)
def test_office_fits(phrase: str, titles: list[str | None], fits: bool) -> None:
    """ "The prime ministers of the two countries adopted a vision in 2019" does not mean
    the story's two foreign ministers."""
    assert office_fits(phrase, titles) is fits


def test_an_agreement_named_by_acronym_keeps_the_spelled_out_name() -> None:
    """Grounding "NOCHMOB agreement" in its sentence must not undo the spelled-out name."""
    milestone = {
        "quote": (
            "Norwegian Foreign Minister Ingrid Solvang and Chilean Foreign Minister Tomás "
            "Errázuriz signed the NOCHMOB agreement"
        ),
        "name": "NOCHMOB agreement",
        "kind": "agreement",
        "year": None,
        "countries": ["Norway", "Chile"],
    }
    built = build_records(_answer([], [milestone]), ARTICLE)
    (kept,) = built.milestones
    assert kept.name == "Norway-Chile Maritime Observation Agreement (NOCHMOB)"


def test_a_hyphenated_acronym_is_spelled_out() -> None:
    text = "The Peru-Ghana Trade and Investment Agreement (PG-TIA) was signed in 2021."
    assert expand_acronym("PG-TIA", text) == "Peru-Ghana Trade and Investment Agreement (PG-TIA)"
    assert expand_acronym("Mid-Term", "the Mid-Term (Mid-Term) review") == "Mid-Term"


@pytest.mark.parametrize(
    ("name", "document"),
    [
        (
            "Chile's commitment to the defence of Norway under the Oslo-Santiago Treaty of "
            "Friendship and Navigation",
            "Oslo-Santiago Treaty of Friendship and Navigation",
        ),
        ("revision of the Treaty of Amity", "Treaty of Amity"),
        ("a new Maritime Cooperation Agreement", "Maritime Cooperation Agreement"),
        (
            "Joint Statement between the Republic of Chile and the Kingdom of Norway on Oceans",
            "Joint Statement between the Republic of Chile and the Kingdom of Norway on Oceans",
        ),
        ("2019 Joint Declaration on Polar Research", "2019 Joint Declaration on Polar Research"),
        ("Valparaíso Accord", "Valparaíso Accord"),
    ],
)
def test_document_named_within(name: str, document: str) -> None:
    assert document_named_within(name) == document


@pytest.mark.parametrize(
    ("sentence", "raises"),
    [
        ("Chile and Norway have raised their relationship to a Strategic Partnership.", True),
        ("Relations were elevated to a Comprehensive Partnership during the visit.", True),
        ("The leaders announced the upgrading of bilateral ties to the Blue Ocean Alliance.", True),
        ("The two sides discussed ways to lift trade ties to new heights.", False),
        ("Prices were raised, and ties to the region grew.", False),
    ],
)
def test_ties_raised_to_a_named_level(sentence: str, raises: bool) -> None:
    assert raises_ties(sentence) is raises
    assert is_milestone_candidate(sentence) is raises


def test_an_upgrade_written_without_a_year_is_the_articles_news() -> None:
    text = "Chile and Norway have raised their relationship to a Strategic Partnership today."
    upgrade = ModelMilestone(
        quote=text,
        name="Strategic Partnership",
        kind="partnership_upgrade",
        year=None,
        countries=["Chile", "Norway"],
    )
    assert milestone_problems(upgrade, text) == []
    plain = upgrade.model_copy(update={"quote": "Chile and Norway have a Strategic Partnership."})
    assert milestone_problems(plain, "Chile and Norway have a Strategic Partnership.") != []


PLAN_ARTICLE = (
    "OSLO, 4 March 2031 (NTB) - Norwegian Foreign Minister Ingrid Solvang and Chilean Foreign "
    "Minister Tomás Errázuriz agreed on a fund that would support polar research, after their "
    "talks in Oslo yesterday. Solvang and Errázuriz agreed yesterday that they will meet again "
    "in Santiago.\n"
)


@pytest.mark.parametrize(
    ("quote", "status"),
    [
        (
            "Norwegian Foreign Minister Ingrid Solvang and Chilean Foreign Minister Tomás "
            "Errázuriz agreed on a fund that would support polar research, after their talks "
            "in Oslo yesterday",
            "held",
        ),
        ("Solvang and Errázuriz agreed yesterday that they will meet again in Santiago", "planned"),
    ],
)
def test_a_plan_dated_yesterday_with_no_word_of_the_future_was_held(
    quote: str, status: str
) -> None:
    """The conditional "would" of another clause is no plan; "will meet again" is one."""
    participants = [
        {"name": "Ingrid Solvang", "title": "Foreign Minister", "country": "Norway"},
        {"name": "Tomás Errázuriz", "title": "Foreign Minister", "country": "Chile"},
    ]
    meeting = _meeting(quote, status="planned", date="yesterday", participants=participants)
    built = build_records(_answer([meeting], []), PLAN_ARTICLE)
    kept = built.meetings if status == "held" else built.planned_meetings
    assert len(kept) == 1, built.dropped


def test_writes_a_plan_can_leave_out_the_conditional_would() -> None:
    sentence = "They signed a pact that would open ports, after talks yesterday."
    assert writes_a_plan(sentence)
    assert not writes_a_plan(sentence, counting_would=False)
    assert writes_a_plan("They would meet again next year.", counting_would=False)


def test_an_agreement_the_model_named_by_its_kind_is_named_by_its_sentence() -> None:
    """The model answered "agreement" for "the agreement on the delimitation of the
    continental shelf between Italy and Albania, signed in 1992": the sentence names it."""
    article = (
        "ROME, 3 June 2025 (ANSA) - The two ministers recalled the agreement on the "
        "delimitation of the continental shelf between Italy and Albania, signed in 1992.\n"
    )
    quote = article.split(" - ", 1)[1].strip().rstrip(".")
    milestone = {
        "quote": quote,
        "name": "agreement",
        "kind": "agreement",
        "year": 1992,
        "countries": ["Italy", "Albania"],
    }
    built = build_records(_answer([], [milestone]), article)
    (kept,) = built.milestones
    assert kept.name == (
        "agreement on the delimitation of the continental shelf between Italy and Albania"
    )
    assert kept.year == 1992


@pytest.mark.parametrize(
    ("sentence", "own_news"),
    [
        ("A memorandum on polar research was also signed.", True),
        ("The fisheries protocol, initialled in Oslo, goes to parliament.", True),
        ("A joint working group on krill was set up.", True),
        ("The ministers launched a Polar Dialogue.", True),
        ("A memorandum on polar research will be signed in spring.", False),
    ],
)
def test_a_landmark_signed_in_the_passive_is_the_articles_own_news(
    sentence: str, own_news: bool
) -> None:
    milestone = ModelMilestone(
        quote=sentence,
        name="memorandum on polar research",
        kind="agreement",
        year=None,
        countries=["Chile", "Norway"],
    )
    assert (milestone_problems(milestone, sentence) == []) is own_news


LAKE_ARTICLE = (
    "LUSAKA, 2 June (ZNBC) - Zambia and Malawi signed the Lake Navigation Safety Agreement in "
    "Lusaka. The Safety Agreement took effect in 2016. Ministers also reviewed border trade.\n"
)
LAKE_LANDMARK = {
    "quote": "The Safety Agreement took effect in 2016.",
    "name": "Lake Navigation Safety Agreement",
    "kind": "agreement",
    "year": 2016,
    "countries": ["Zambia", "Malawi"],
}


@pytest.mark.parametrize(
    ("neighbours", "name"),
    [
        # the window call read it with the sentence before, which writes the full name
        (
            [
                "LUSAKA, 2 June (ZNBC) - Zambia and Malawi signed the Lake Navigation Safety "
                "Agreement in Lusaka.",
                "Ministers also reviewed border trade.",
            ],
            "Lake Navigation Safety Agreement",
        ),
        # read alone, the name the model gave is nowhere near: the sentence's own is used
        ([], "Safety Agreement"),
    ],
)
def test_a_landmark_keeps_the_full_name_a_neighbouring_sentence_writes(
    neighbours: list[str], name: str
) -> None:
    answer = _answer([], [LAKE_LANDMARK])
    answer.milestones[0].context_quotes = neighbours
    (kept,) = build_records(answer, LAKE_ARTICLE).milestones
    assert (kept.name, kept.year) == (name, 2016)


@pytest.mark.parametrize(
    ("sentence", "year", "kept_year"),
    [
        # the sentence names it and reports its signing: the neighbour's year is not its year,
        # so the story's year dates it (the dateline writes 4 March, no year: none)
        ("The two ministers signed the Krill Survey Protocol.", 2019, None),
        # a year the sentence writes stays
        ("The two ministers signed the Krill Survey Protocol in 2021.", 2021, 2021),
    ],
)
def test_a_year_its_sentence_does_not_write_is_not_the_landmarks(
    sentence: str, year: int, kept_year: int | None
) -> None:
    article = f"OSLO, 4 March (NTB) - Norway and Chile met. {sentence}\n"
    milestone = {
        "quote": sentence,
        "name": "Krill Survey Protocol",
        "kind": "agreement",
        "year": year,
        "countries": ["Norway", "Chile"],
    }
    (kept,) = build_records(_answer([], [milestone]), article).milestones
    assert kept.year == kept_year


def test_a_landmark_named_only_in_a_neighbour_with_its_year_goes() -> None:
    """ "Norway has similar pacts with Iceland." read beside "… signed in 2019": the pact of
    the other sentence, with that sentence's year, is not this sentence's landmark."""
    article = (
        "OSLO, 4 March (NTB) - Norway and Chile signed the Krill Survey Protocol in 2019. "
        "Norway has concluded similar pacts with Iceland.\n"
    )
    milestone = {
        "quote": "Norway has concluded similar pacts with Iceland.",
        "name": "Krill Survey Protocol",
        "kind": "agreement",
        "year": 2019,
        "countries": ["Norway", "Chile"],
    }
    assert build_records(_answer([], [milestone]), article).milestones == []


@pytest.mark.parametrize(
    ("sentence", "year", "kept"),
    [
        ("The fisheries accord is expected to be signed later this year.", None, False),
        ("The ministers will launch a Polar Dialogue next year.", None, False),
        ("The ministers signed a fisheries accord in 2020 and will meet again.", 2020, True),
    ],
)
def test_a_landmark_still_to_come_is_none_yet(sentence: str, year: int | None, kept: bool) -> None:
    milestone = ModelMilestone(
        quote=sentence, name="fisheries accord", kind="agreement", year=year, countries=[]
    )
    assert (milestone_problems(milestone, sentence) == []) is kept
