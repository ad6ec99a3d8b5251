"""Countries from maintained data: names, other names, demonyms, adjectives and capitals for
any pair of countries, not a list of the ones our articles mention."""

from __future__ import annotations

import pytest

from pipeline.text.places import (
    capital_of,
    countries_mentioned,
    country_of,
    demonym_country,
    is_country,
    normalise_country,
    same_place,
)


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Japanese", "Japan"),
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("republic of korea", "South Korea"),
        ("Korean", "South Korea"),
        ("North Korean", "North Korea"),
        ("Philippine", "Philippines"),
        ("Filipino", "Philippines"),
        ("Emirati", "United Arab Emirates"),
        ("UAE", "United Arab Emirates"),
        ("Türkiye", "Turkey"),
        ("Viet Nam", "Vietnam"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Ivorian", "Côte d'Ivoire"),
        ("Kazakh", "Kazakhstan"),
        ("Mongolian", "Mongolia"),
        ("Peruvian", "Peru"),
        ("Ghanaian", "Ghana"),
        ("Norway's", "Norway"),
        ("  chile ", "Chile"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_country_for_any_country(written: str | None, country: str | None) -> None:
    assert normalise_country(written) == country


def test_an_unknown_name_is_kept_tidied_not_dropped() -> None:
    assert normalise_country("  Atlantis ") == "Atlantis"
    assert not is_country("Atlantis")


def test_codes_of_two_or_three_letters_are_not_words_of_text() -> None:
    assert country_of("IN") is None and country_of("CAN") is None
    assert demonym_country("Senegalese") == "Senegal"


@pytest.mark.parametrize(
    ("country", "capital"),
    [("Kenya", "Nairobi"), ("Chile", "Santiago"), ("South Korea", "Seoul"), ("Peru", "Lima")],
)
def test_capitals(country: str, capital: str) -> None:
    assert capital_of(country) == capital


def test_countries_mentioned_by_frequency_with_demonyms() -> None:
    text = (
        "US Secretary met Vietnamese officials in Hanoi. The United States and Vietnam agreed. "
        "Let us note that China watched. Vietnam's minister spoke."
    )
    assert countries_mentioned(text) == ["Vietnam", "United States", "China"]


def test_countries_mentioned_reads_any_pair() -> None:
    text = (
        "Chilean Foreign Minister Rosa Medel met her Ghanaian counterpart in Accra; Ghana and "
        "Chile signed two memoranda, the Ghanaian ministry said."
    )
    assert countries_mentioned(text) == ["Ghana", "Chile"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("New Delhi", "Delhi", True),
        ("Quezon City", "quezon city", True),
        ("Brasília", "Brasilia", True),
        ("Beijing", "Brasilia", False),
        ("San José", "San Juan", False),
    ],
)
def test_same_place(a: str, b: str, same: bool) -> None:
    assert same_place(a, b) is same
