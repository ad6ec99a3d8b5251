"""Milestones found by code: relationship events (a fixed vocabulary) and dated partnership
names, their years, and how they meet the model's own milestones."""

from __future__ import annotations

import pytest

from pipeline.extraction.candidates import Sentence
from pipeline.extraction.rule_milestones import (
    events_in_sentence,
    find_rule_milestones,
    upgrades_in_sentence,
    with_rule_milestones,
    years_explained,
)
from pipeline.ingest.cleaning import strip_furniture
from schemas import ModelAnswer, ModelMilestone


def _events(text: str) -> list[tuple[str, int]]:
    return [(e.name, e.year) for e in events_in_sentence(Sentence(0, len(text), text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japan and Indonesia established diplomatic relations in 1958.",
            [("Diplomatic relations established", 1958)],
        ),
        (
            "In 1973, the two countries set up diplomatic ties.",
            [("Diplomatic relations established", 1973)],
        ),
        (
            "Formal diplomatic relations were established in 1992.",
            [("Diplomatic relations established", 1992)],
        ),
        (
            # the year nearest the phrase, not the first year of the sentence
            "Washington and Hanoi normalised relations in 1995, established a Comprehensive "
            "Partnership in 2013 and upgraded ties in 2023.",
            [("Normalisation of relations", 1995)],
        ),
        (
            'Relations thawed in March 2023, when the two countries resumed "shuttle '
            'diplomacy", the regular reciprocal visits by their leaders.',
            [("Resumption of shuttle diplomacy", 2023)],
        ),
        (
            "The two countries restored diplomatic relations in 2016 after a four-year break.",
            [("Diplomatic relations restored", 2016)],
        ),
        (
            "Riyadh severed diplomatic ties with Tehran in 2016.",
            [("Diplomatic relations severed", 2016)],
        ),
    ],
)
def test_events_and_their_years(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and Indonesia established diplomatic relations long ago.",  # no year: not dated
        "The two sides have yet to establish diplomatic relations, officials said in 2024.",
        "They will not have normalised relations by 2030.",  # a denial / plan, not a landmark
        "The summit marked the 65th anniversary of diplomatic ties in 2023.",  # an anniversary
        "India and France established a strategic partnership in 1998.",  # an upgrade
    ],
)
def test_no_event(sentence: str) -> None:
    assert _events(sentence) == []


ARTICLE = (
    "Hanoi, March 6, 2025: The two sides held their annual dialogue.\n\n"
    "Washington and Hanoi normalised relations in 1995.\n\n"
    "Japan and South Korea normalised diplomatic relations in 1965 with the Treaty on Basic "
    "Relations.\n\n"
    "ALSO READ | China and Nauru restored diplomatic relations in 2024\n"
)


def _milestone(quote: str, name: str, kind: str, year: int) -> ModelMilestone:
    return ModelMilestone(quote=quote, name=name, kind=kind, year=year, countries=[])  # type: ignore[arg-type]


def test_events_come_from_the_article_not_its_furniture() -> None:
    found = [(e.name, e.year) for e in find_rule_milestones(strip_furniture(ARTICLE))]
    assert ("Diplomatic relations restored", 2024) not in found
    assert ("Normalisation of relations", 1995) in found


def test_model_other_is_replaced_and_an_agreement_is_not_listed_twice() -> None:
    cleaned = strip_furniture(ARTICLE)
    treaty_quote = (
        "Japan and South Korea normalised diplomatic relations in 1965 with the Treaty on "
        "Basic Relations."
    )
    answer = ModelAnswer.model_construct(
        meetings=[],
        milestones=[
            _milestone("Washington and Hanoi normalised relations in 1995.", "Ties", "other", 1995),
            _milestone(treaty_quote, "Treaty on Basic Relations", "agreement", 1965),
        ],
    )
    merged, notes = with_rule_milestones(answer, cleaned)
    assert [(m.name, m.kind, m.year) for m in merged.milestones] == [
        ("Treaty on Basic Relations", "agreement", 1965),
        ("Normalisation of relations", "other", 1995),
    ]
    assert merged.milestones[1].quote in ARTICLE  # the quote is the original sentence
    assert any("'Ties' (kind other) dropped" in note for note in notes)


def _upgrades(text: str) -> list[tuple[str, int]]:
    return [(u.name, u.year) for u in upgrades_in_sentence(Sentence(0, len(text), text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brazil and Germany set up a Strategic Partnership in 2004 and raised it to a "
            "Comprehensive Strategic Partnership in early 2019.",
            [("Strategic Partnership", 2004), ("Comprehensive Strategic Partnership", 2019)],
        ),
        (
            "Relations were elevated to 'Global Partnership' in 2000, 'Strategic and Global "
            "Partnership' in 2006.",
            [("Global Partnership", 2000), ("Strategic and Global Partnership", 2006)],
        ),
        (
            "The two countries elevated their ties to a Comprehensive Strategic Partnership "
            "in June 2020.",
            [("Comprehensive Strategic Partnership", 2020)],
        ),
        # the name is not dated right after it, or names an agreement, or nothing was raised
        ("They established a Strategic Partnership during a visit in August 2015.", []),
        ("The Economic Partnership Agreement, which took effect in 2008, was the first.", []),
        ("The Comprehensive Strategic Partnership in 2023 is on the agenda.", []),
    ],
)
def test_dated_partnership_names(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _upgrades(sentence) == expected


def test_a_sentence_code_explains_is_not_sent_to_the_model() -> None:
    assert years_explained(
        "They set up a Strategic Partnership in 2009 and upgraded it to an Extensive "
        "Strategic Partnership in 2014."
    )
    # 2007 is a declaration code does not read: the model is asked
    assert not years_explained(
        "They signed a Joint Declaration in 2007 and elevated relations to a Special "
        "Strategic Partnership in 2014."
    )
    assert not years_explained("No year here: a Strategic Partnership.")
    # the year is explained by an event, but the treaty is for the model to name
    assert not years_explained(
        "Japan and South Korea normalised diplomatic relations in 1965 with the Treaty on "
        "Basic Relations."
    )


def test_code_upgrade_replaces_the_models_for_that_sentence_and_year() -> None:
    text = (
        "Hanoi, March 6: Washington and Hanoi established a Comprehensive Partnership in 2013 "
        "and upgraded ties to a Comprehensive Strategic Partnership in September 2023.\n"
    )
    cleaned = strip_furniture(text)
    sentence = text.split(": ", 1)[1].strip()
    answer = ModelAnswer.model_construct(
        meetings=[],
        milestones=[_milestone(sentence, "upgraded ties", "partnership_upgrade", 2023)],
    )
    merged, _ = with_rule_milestones(answer, cleaned)
    assert [(m.name, m.year) for m in merged.milestones] == [
        ("Comprehensive Partnership", 2013),
        ("Comprehensive Strategic Partnership", 2023),
    ]
