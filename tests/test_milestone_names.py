"""Milestone names grounded in their sentence; single summits are meetings, not landmarks."""

from __future__ import annotations

import pytest

from pipeline.text.milestone_names import counts_documents, ground_name, names_in, summit_kind

INDIA_JAPAN = (
    "India-Japan relations were elevated to 'Global Partnership' in 2000, 'Strategic and Global "
    "Partnership in 2006, and 'Special Strategic and Global Partnership' in 2014"
)


@pytest.mark.parametrize(
    ("model_name", "sentence", "expected"),
    [
        # The trap: the model copies the name from its prompt's example.
        (
            "Special Strategic and Global Partnership",
            "India and Australia elevated their ties to a Strategic Partnership in 2009.",
            ("Strategic Partnership", "replaced"),
        ),
        (
            "Special Strategic and Global Partnership",
            "India and France established a strategic partnership in 1998, the first such.",
            ("strategic partnership", "replaced"),
        ),
        (
            "Joint Declaration on Security Cooperation",
            "A 1998 joint declaration by President Kim Dae-jung and Prime Minister Keizo Obuchi "
            "is widely regarded as a high point of post-war ties.",
            ("joint declaration", "replaced"),
        ),
        # A name the sentence has is kept, in the sentence's spelling.
        (
            "Strategic and Global Partnership",
            INDIA_JAPAN,
            ("Strategic and Global Partnership", "kept"),
        ),
        (
            "special strategic and global partnership",
            INDIA_JAPAN,
            ("Special Strategic and Global Partnership", "respelled"),
        ),
        # A descriptive name with no counterpart in the sentence stays.
        (
            "Diplomatic relations established",
            "Indonesia and Japan established diplomatic relations in 1958.",
            ("Diplomatic relations established", "kept"),
        ),
        # A name from another family of words is not forced onto the sentence.
        (
            "Special Strategic and Global Partnership",
            '"Our partnership, launched in 1998, has never been as broad," Marchand said.',
            ("Special Strategic and Global Partnership", "ungrounded"),
        ),
        (
            "Bilateral Investment Treaty",
            "The two sides upgraded ties to a Comprehensive Strategic Partnership in 2023.",
            ("Bilateral Investment Treaty", "ungrounded"),
        ),
    ],
)
def test_ground_name(model_name: str, sentence: str, expected: tuple[str, str]) -> None:
    assert ground_name(model_name, sentence) == expected


def test_names_in_a_sentence_with_three_upgrades() -> None:
    assert names_in(INDIA_JAPAN, "partnership") == [
        "Global Partnership",
        "Strategic and Global Partnership",
        "Special Strategic and Global Partnership",
    ]


def test_the_best_matching_of_several_names_is_chosen() -> None:
    sentence = (
        "India and the UAE established a Strategic Partnership in August 2015 and elevated it "
        "to a Comprehensive Strategic Partnership in January 2017."
    )
    assert ground_name("Comprehensive Strategic Partnerships", sentence) == (
        "Comprehensive Strategic Partnership",
        "replaced",
    )


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        (
            "annual summits",
            "Regular annual summits have been held since 2006.",
            "mechanism_established",
        ),
        (
            "14th India-Japan Annual Summit",
            "PM Kishida visited to hold the 14th Annual Summit.",
            None,
        ),
        ("virtual summit", "The CEPA was signed during a virtual summit in 2022.", None),
    ],
)
def test_a_summit_is_a_mechanism_only_when_it_recurs(
    name: str, sentence: str, kind: str | None
) -> None:
    assert summit_kind(name, sentence) == kind


def test_expand_acronym() -> None:
    from pipeline.text.milestone_names import expand_acronym

    text = (
        "Trade has grown since the India-UAE Comprehensive Economic Partnership Agreement "
        "(CEPA) came into force. They signed a Memorandum of Understanding (MoU) on ports."
    )
    assert (
        expand_acronym("CEPA", text)
        == "India-UAE Comprehensive Economic Partnership Agreement (CEPA)"
    )
    assert expand_acronym("MoU", text) == "Memorandum of Understanding (MoU)"
    assert expand_acronym("RAA", text) == "RAA"  # never defined: left as given
    assert expand_acronym("Strategic Partnership", text) == "Strategic Partnership"
    assert expand_acronym("Treaty", text) == "Treaty"  # one capital: a word, not an acronym


def test_a_document_named_by_a_common_noun_is_named_in_full() -> None:
    from pipeline.text.milestone_names import complete_name

    sentence = (
        "The two leaders witnessed the signing of a memorandum of cooperation on energy "
        "transition financing, under which Japan will support grid projects."
    )
    assert (
        complete_name("memorandum of cooperation", sentence)
        == "memorandum of cooperation on energy transition financing"
    )
    # a proper name, or a name followed by something else, is left as given
    assert complete_name("Joint Declaration", "signed a Joint Declaration on Security") == (
        "Joint Declaration"
    )
    assert complete_name("framework", "signed a framework in July 2023 to promote") == "framework"


def test_a_common_noun_name_takes_the_countries_it_is_between() -> None:
    from pipeline.text.milestone_names import complete_name

    sentence = (
        "They hailed the agreement on the delimitation of the continental shelf between "
        "Italy and Albania, signed in Tirana in 1992."
    )
    assert complete_name("agreement", sentence) == (
        "agreement on the delimitation of the continental shelf between Italy and Albania"
    )
    # "between the two countries" names no one: the name stops before it
    assert complete_name("agreement", "an agreement on visas between the two countries") == (
        "agreement on visas"
    )


@pytest.mark.parametrize(
    ("short", "full", "described"),
    [
        ("1987 maritime treaty", "Treaty of Friendship and Maritime Cooperation", True),
        ("the friendship treaty", "Treaty of Friendship and Maritime Cooperation", True),
        ("treaty", "Treaty of Friendship and Maritime Cooperation", False),  # names nothing
        ("defence pact", "Treaty of Friendship and Maritime Cooperation", False),
        ("Visa Waiver Agreement", "Visa Waiver Agreement", False),  # the same name, no subset
    ],
)
def test_describes(short: str, full: str, described: bool) -> None:
    from pipeline.text.milestone_names import describes

    assert describes(short, full) is described


def test_one_meeting_of_a_mechanism_is_not_its_start() -> None:
    from pipeline.text.milestone_names import is_bare, one_meeting

    assert one_meeting("India-Japan Annual Summit", "to hold the 14th India-Japan Annual Summit.")
    assert one_meeting("last summit", "the last summit was held in Tokyo")
    assert not one_meeting("annual summits", "Regular annual summits have been held since 2006")
    assert is_bare("partnership") and is_bare("the framework")
    assert not is_bare("2+2 Dialogue") and not is_bare("annual summits")


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("declarations of intent", True),
        ("similar pacts", True),
        ("three memoranda on fisheries", True),
        ("Joint Declaration of Intent on Polar Research", False),
        ("agreement on fisheries", False),
        ("Sandhamn Accords", False),
    ],
)
def test_a_lower_case_plural_counts_documents_and_names_none(name: str, counts: bool) -> None:
    assert counts_documents(name) is counts


def test_a_name_written_in_the_window_is_kept_as_written() -> None:
    sentence = "It entered into force in 2019."
    window = "Chad and Niger signed the Lake Chad Water Accord in 2017. " + sentence
    assert ground_name("lake chad water accord", sentence, window) == (
        "Lake Chad Water Accord",
        "respelled",
    )
    assert ground_name("Lake Chad Water Accord", sentence) == (
        "Lake Chad Water Accord",
        "ungrounded",
    )
