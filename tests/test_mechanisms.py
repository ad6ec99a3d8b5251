import pytest

from pipeline.text.mechanisms import (
    CONTROLLED_NAMES,
    DEFAULT_MECHANISM,
    controlled_mechanism,
    ordinal_near,
    parse_ordinal,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Secretary-Vice Minister Dialogue", "Vice-Ministerial Dialogue"),
        ("FS-Vice Ministerial Dialogue", "Vice-Ministerial Dialogue"),
        ("Vice-Ministerial Dialogue", "Vice-Ministerial Dialogue"),
        ("Foreign Office Consultations", "Foreign Office Consultations"),
        ("3rd India-Japan 2+2 Dialogue", "2+2 Dialogue"),
        ("2 + 2 ministerial dialogue", "2+2 Dialogue"),
        ("strategic dialogue", "Strategic Dialogue"),
        ("14th India-Japan Annual Summit", "Annual Summit"),
        ("the annual Chile-Peru leaders' meeting", "Annual Summit"),
        ("Annual Leaders' Retreat", "Annual Summit"),
        ("annual meeting of trade officials", DEFAULT_MECHANISM),
        (
            "first round of Dialogue on Economic Security, including Strategic Trade",
            "Dialogue on Economic Security",
        ),
        ("virtual summit", "Virtual Summit"),
        ("India-Japan Act East Forum", "Act East Forum"),
        ("courtesy call", "courtesy call"),
        ("bilateral talks", DEFAULT_MECHANISM),
        (None, DEFAULT_MECHANISM),
    ],
)
def test_controlled_mechanism(text: str | None, name: str) -> None:
    assert controlled_mechanism(text) == name
    assert name in CONTROLLED_NAMES


def test_quote_is_the_fallback_when_no_mechanism_is_named() -> None:
    quote = "In the talks held under the framework of strategic dialogue, the ministers met."
    assert controlled_mechanism(None, quote) == "Strategic Dialogue"


def test_mechanism_text_wins_over_the_quote() -> None:
    quote = "They held Foreign Office Consultations after the 2+2 Dialogue."
    assert controlled_mechanism("Foreign Office Consultations", quote) == (
        "Foreign Office Consultations"
    )


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("3rd India-Japan 2+2 Dialogue", 3),
        ("14th India-Japan Annual Summit", 14),
        ("first round of Dialogue on Economic Security", 1),
        ("the third round of talks", 3),
        ("inaugural 2+2", 1),
        ("2+2 Dialogue", None),
        (None, None),
    ],
)
def test_parse_ordinal(text: str | None, ordinal: int | None) -> None:
    assert parse_ordinal(text) == ordinal


def test_specific_mechanism_in_the_quote_beats_a_generic_name() -> None:
    quote = "preparations for the annual India-Japan summit which is likely to take place"
    assert controlled_mechanism("summit", quote) == "Annual Summit"
    assert controlled_mechanism("summit", "a summit in Tokyo") == "bilateral summit"


@pytest.mark.parametrize(
    ("mechanism", "sentence", "ordinal"),
    [
        (
            "2+2 ministerial dialogue",
            "They held the third India-Australia 2+2 ministerial dialogue.",
            3,
        ),
        ("Foreign Office Consultations", "the 13th round of Foreign Office Consultations", 13),
        ("3rd India-Japan 2+2 Dialogue", "meeting for the 3rd India-Japan 2+2 Dialogue", 3),
        ("Joint Commission", "The first meeting was held. The Joint Commission met.", None),
    ],
)
def test_ordinal_just_before_the_mechanism(
    mechanism: str, sentence: str, ordinal: int | None
) -> None:
    assert ordinal_near(mechanism, sentence) == ordinal


@pytest.mark.parametrize(
    ("text", "mechanism"),
    [
        (
            "Okafor and Lindqvist met on the sidelines of the G20 summit in Rio.",
            "bilateral meeting",
        ),
        ("The ministers talked at the Andean Community summit in Quito.", "bilateral meeting"),
        ("Before the summit, the two foreign ministers held talks.", "bilateral meeting"),
        ("The Peru-Chile summit in Lima produced a fisheries accord.", "bilateral summit"),
        ("President Ruiz said the summit opened a new chapter.", "bilateral summit"),
        ("The third annual summit of the two leaders took place in Oslo.", "Annual Summit"),
    ],
)
def test_a_summit_the_meeting_was_only_held_beside_is_not_its_format(
    text: str, mechanism: str
) -> None:
    assert controlled_mechanism(None, text) == mechanism
