import pytest

from pipeline.text.names import (
    expand_short_name,
    meeting_subjects,
    mentioned_in_passing,
    split_name_and_title,
    titled_people,
)
from pipeline.text.places import countries_mentioned, normalise_country

KWATRA_TEXT = (
    "New Delhi, Feb 08: Foreign Secretary Vinay Mohan Kwatra embarked on a mission. "
    "Foreign Secretary Kwatra held consultations with Mr. Masataka Okano."
)


@pytest.mark.parametrize(
    ("raw", "name", "title"),
    [
        ("Mr. Masataka Okano", "Masataka Okano", None),
        ("Foreign Secretary Vinay Mohan Kwatra", "Vinay Mohan Kwatra", "Foreign Secretary"),
        ("PM Kishida", "Kishida", "PM"),
        ("Dr. S. Jaishankar", "S. Jaishankar", None),
        ("H.E. Toshimitsu Motegi", "Toshimitsu Motegi", None),
        ("Shri Narendra Modi", "Narendra Modi", None),
        ("Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister"),
        ("Takehiro Funakoshi", "Takehiro Funakoshi", None),
        ("  Sibi   George ", "Sibi George", None),
        # a name made only of title words stays visible rather than becoming empty
        ("Foreign Secretary", "Foreign Secretary", None),
    ],
)
def test_split_name_and_title(raw: str, name: str, title: str | None) -> None:
    assert split_name_and_title(raw) == (name, title)


def test_surname_expands_from_other_names_first() -> None:
    assert expand_short_name("Kwatra", ["Vinay Mohan Kwatra"], "") == "Vinay Mohan Kwatra"


def test_surname_expands_from_the_text_without_its_title() -> None:
    assert expand_short_name("Kwatra", [], KWATRA_TEXT) == "Vinay Mohan Kwatra"


def test_surname_without_full_form_stays() -> None:
    assert expand_short_name("Kishida", [], "PM Kishida visited India.") == "Kishida"


def test_full_names_are_left_alone() -> None:
    assert expand_short_name("Masataka Okano", ["X Okano"], KWATRA_TEXT) == "Masataka Okano"


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("Japanese", "Japan"),
        ("India", "India"),
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("republic of korea", "South Korea"),
        ("  india ", "India"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_country(raw: str | None, country: str | None) -> None:
    assert normalise_country(raw) == country


def test_countries_mentioned_by_frequency_with_demonyms() -> None:
    text = (
        "US Secretary met Vietnamese officials in Hanoi. The United States and Vietnam agreed. "
        "Let us note that China watched. Vietnam's minister spoke."
    )
    assert countries_mentioned(text) == ["Vietnam", "United States", "China"]


def test_lower_case_us_is_not_a_country() -> None:
    assert countries_mentioned("Join us in Japan") == ["Japan"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the year 2022, PM Kishida paid an official visit to India.",
            [("Kishida", "PM")],
        ),
        (
            "External Affairs Minister Arvind Raghavan and UAE Foreign Minister Sheikh Saif bin "
            "Khalid Al Mansoori on Wednesday co-chaired the Joint Commission.",
            [
                ("Arvind Raghavan", "External Affairs Minister"),
                ("Saif bin Khalid Al Mansoori", "UAE Foreign Minister"),
            ],
        ),
        ("The Prime Minister visited Japan and met Mr. Masataka Okano.", []),  # no titled name
        (
            "Foreign Secretary Misri, who arrived on Monday, held talks.",
            [("Misri", "Foreign Secretary")],
        ),
    ],
)
def test_titled_people(sentence: str, expected: list[tuple[str, str]]) -> None:
    from pipeline.text.names import titled_people

    assert titled_people(sentence) == expected


COURTESY = (
    "Later on Wednesday, Marchand paid a courtesy call on Prime Minister Narayan Deshpande, "
    "who conveyed his greetings to French President Étienne Valois."
)


@pytest.mark.parametrize(
    ("sentence", "name", "passing"),
    [
        (COURTESY, "Étienne Valois", True),
        (COURTESY, "Narayan Deshpande", False),
        (COURTESY, "Julien Marchand", False),
        ("Modi met Biden, who handed over a letter from President Xi Jinping.", "Xi Jinping", True),
        ("Modi met Biden on behalf of the Quad.", "Joe Biden", False),
        ("He conveyed greetings to Kishida and then met Kishida at noon.", "Fumio Kishida", False),
    ],
)
def test_mentioned_in_passing(sentence: str, name: str, passing: bool) -> None:
    assert mentioned_in_passing(sentence, name) is passing


@pytest.mark.parametrize(
    ("sentence", "subjects"),
    [
        (COURTESY, ["Marchand"]),
        ("Prime Minister Narendra Modi met Japanese PM Kishida in Tokyo.", ["Narendra Modi"]),
        ("A day earlier, Srinivasan called on Foreign Minister Le Hoang Anh.", ["Srinivasan"]),
        ("India and Australia on Monday held the third 2+2 Dialogue.", []),
        ("The Prime Minister met business leaders.", []),
    ],
)
def test_meeting_subjects(sentence: str, subjects: list[str]) -> None:
    assert meeting_subjects(sentence) == subjects


def test_titled_people_reads_accented_names() -> None:
    assert ("Étienne Valois", "French President") in titled_people(COURTESY)


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "with Secretary (East) Neha Srinivasan and Deputy Foreign Minister Tran Duc Minh",
            [("Neha Srinivasan", "Secretary (East)"), ("Tran Duc Minh", "Deputy Foreign Minister")],
        ),
        ("signed a Joint Declaration on Security Cooperation in 2007", []),  # no office
        ("the Mumbai-Ahmedabad High Speed Rail project", []),
        ("Foreign Secretary Vikram Misri’s visit", [("Vikram Misri", "Foreign Secretary")]),
    ],
)
def test_titled_people_need_an_office(sentence: str, people: list[tuple[str, str]]) -> None:
    assert titled_people(sentence) == people


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("SATO Kenji", "Kenji Sato"),
        ("Kenji SATO", "Kenji Sato"),
        ("KIM Min-seo", "Min-seo Kim"),
        ("KENJI SATO", "Kenji Sato"),
        ("Nguyen Van An", "Nguyen Van An"),
        ("Wang Yi", "Wang Yi"),
        ("Ilse Varga", "Ilse Varga"),
        ("Varga", "Varga"),
    ],
)
def test_a_family_name_in_capitals_goes_last(written: str, canonical: str) -> None:
    from pipeline.text.names import canonical_name_order

    assert canonical_name_order(written) == canonical
    assert split_name_and_title(f"Foreign Minister {written}") == (canonical, "Foreign Minister")
