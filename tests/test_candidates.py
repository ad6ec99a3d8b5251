"""Sentence splitting and the choice of sentences to ask the model about."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction.candidates import (
    is_meeting_candidate,
    is_milestone_candidate,
    meeting_candidates,
    milestone_candidates,
    split_sentences,
)
from pipeline.ingest.cleaning import strip_furniture
from tests.conftest import SAMPLES


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "Kwatra held talks with Mr. Masataka Okano. Dr. S. Jaishankar met Mr. Motegi!\nNext"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Kwatra held talks with Mr. Masataka Okano.",
        "Dr. S. Jaishankar met Mr. Motegi!",
        "Next",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("Foreign Secretary Vikram Misri met Takehiro Funakoshi on Monday.", True),
        ("Jaishankar held talks with his Japanese counterpart Toshimitsu Motegi.", True),
        ("Both sides exchanged views on trade and investment.", False),
        ("The ties between the two countries are expanding at a rapid pace.", False),
        ("During the dialogue, the two sides reaffirmed their commitment.", False),
    ],
)
def test_meeting_candidates(sentence: str, meeting: bool) -> None:
    assert is_meeting_candidate(sentence) is meeting


@pytest.mark.parametrize(
    ("sentence", "milestone"),
    [
        ("Relations were elevated to 'Global Partnership' in 2000.", True),
        ("The two sides signed the Joint Declaration on Security Cooperation in 2008.", True),
        ("India and Japan share a 'Special Strategic and Global Partnership'.", False),
        ("In 2023, PM Kishida visited India.", False),
        ("In July 2023, the two sides adopted the Horizon 2047 roadmap.", True),
        ("The two sides signed a Critical Minerals Investment Partnership.", True),  # no year
        ("The two leaders signed off on the agenda for the talks.", False),
    ],
)
def test_milestone_candidates(sentence: str, milestone: bool) -> None:
    assert is_milestone_candidate(sentence) is milestone


def test_every_sample_with_a_meeting_has_candidates_that_cover_it() -> None:
    for path in sorted(Path(SAMPLES).glob("*.txt")):
        sentences = split_sentences(strip_furniture(path.read_text()).text)
        chosen = [sentences[i].text for i in meeting_candidates(sentences)]
        assert chosen, path.name
        assert len(chosen) < len(sentences), "the filter must leave sentences out"
    text = strip_furniture(next(Path(SAMPLES).glob("000_*.txt")).read_text()).text
    sentences = split_sentences(text)
    upgrades = [sentences[i].text for i in milestone_candidates(sentences)]
    assert any("'Global Partnership' in 2000" in s for s in upgrades)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council last met in Windhoek in 2021, at its second session.",
        "The 4th JMCC was held in Maputo.",
        "The two ministers last met in Riga in March.",
        "They first met in Quito in May, weeks after she took office.",
        "Okafor invited Lindqvist to visit Abuja next year.",
        "Minister Halvorsen and her Chilean counterpart signed the accord after talks on krill.",
        "Premier Osei announced the fund following their annual leaders' meeting in Accra.",
    ],
)
def test_a_meeting_named_by_its_format_or_its_people_by_reference_is_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    ("sentence", "milestone"),
    [
        # passive and participle signings, the article's own news
        ("A memorandum on seasonal workers was also signed.", True),
        ("Three protocols were signed by the two delegations.", True),
        ("The fisheries accord, initialled in Praia, now goes to parliament.", True),
        ("Both sides agreed on a joint communiqué on water sharing.", True),
        ("The transit treaty entered into force last month.", True),
        # formats set up, active or passive
        ("A joint task force on smuggling was set up after the talks.", True),
        ("The leaders launched a Strategic Dialogue on energy.", True),
        ("They announced the creation of a joint border commission.", True),
        # a year and a landmark word outside the old list
        ("The council was agreed when the two presidents met in Asmara in May 2019.", True),
        ("The two countries normalised relations in 1995.", True),
        ("Diplomatic ties date back to 1961.", True),
        ("The two have been strategic partners since 2011.", True),
        # not landmarks: plans, and talk about documents with no act done
        ("An agreement on visas will be signed next spring.", False),
        ("The memorandum is expected to be discussed at the next round.", False),
        ("The ministers discussed trade and investment.", False),
    ],
)
def test_landmarks_written_in_other_voices_are_asked(sentence: str, milestone: bool) -> None:
    assert is_milestone_candidate(sentence) is milestone


def test_a_landmark_of_last_year_is_asked() -> None:
    assert is_milestone_candidate("The two sides raised ties to a Strategic Partnership last year.")
