"""pipeline.ingest.cleaning: furniture removal on real articles, traps, and offset mapping."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from pipeline.ingest.cleaning import FURNITURE_RULES, INLINE_RULES, CleanedText, strip_furniture

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "examples" / "articles"
ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))


def _read(stem_prefix: str) -> str:
    (path,) = [p for p in ARTICLES if p.name.startswith(stem_prefix)]
    return path.read_text(encoding="utf-8")


def assert_mapping_exact(cleaned: CleanedText) -> None:
    """Every character of the cleaned text is the identical character of the original."""
    previous = -1
    for i, ch in enumerate(cleaned.text):
        j = cleaned.to_original(i)
        assert cleaned.original[j] == ch, (i, j, ch)
        assert j > previous, "mapping must be strictly increasing"
        previous = j


def test_sample_articles_present() -> None:
    assert len(ARTICLES) == 5


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_mapping_property_on_samples(path: Path) -> None:
    cleaned = strip_furniture(path.read_text(encoding="utf-8"))
    assert_mapping_exact(cleaned)
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_removed_spans_are_disjoint_and_absent_from_text(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    cleaned = strip_furniture(original)
    kept = {cleaned.to_original(i) for i in range(len(cleaned.text))}
    last_end = 0
    for span in cleaned.removed:
        assert 0 <= span.start < span.end <= len(original)
        assert span.start >= last_end
        last_end = span.end
        assert not kept.intersection(range(span.start, span.end))


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_clean_articles_are_untouched(prefix: str) -> None:
    original = _read(prefix)
    cleaned = strip_furniture(original)
    assert cleaned.removed == ()
    assert cleaned.text == original.strip()


@pytest.mark.parametrize(
    ("prefix", "absent", "present", "reasons"),
    [
        (
            "000",
            [
                "Also Read",
                "Alien Comet",
                "Donkey Meat",
                "https://x.com",
                "The above story is verified",
                "do not reflect the opinions of LatestLY",
            ],
            [
                "New Delhi [India], July 28 (ANI): Foreign Secretary Vikram Misri met with Japan's",
                "Ministry of External Affairs spokesperson Randhir Jaiswal wrote on X.",
                "Japan's New Plan for a 'Free and Open Indo-Pacific.' (ANI)",
                "Prosperous Post-COVID World.|",
                "the statement added.\n\nThe dialogue was instrumental",
            ],
            {"also_read", "url_line", "agency_boilerplate"},
        ),
        (
            "003",
            [
                "- Country:",
                "- Japan",
                "(With inputs from agencies.)",
                "ALSO READ",
                "Axiom-4",
                "Anthem Biosciences",
                "NCERT",
            ],
            [
                "India and Japan Strengthen Strategic Ties Amid Global Challenges\nIndia and Japan",
                "landscape.\nIndia's Ambassador to Japan, Sibi George",
                "Terada Yoshimichi in Oslo.",
                "a shared vision for global peace and sustainability.",
            ],
            {"site_tag", "agency_boilerplate", "also_read"},
        ),
        (
            "004",
            [
                "For Quick Alerts",
                "ALLOW NOTIFICATIONS",
                "For Daily Alerts",
                "Oneindia",
                "Get Instant News Updates",
                "Enable",
                "Notification Settings",
                "Time Settings",
                "Done",
                "Clear Notification",
                "clear all the notifications",
                "Settings X",
                "On Quad meet",
                "exclusive cliques",
                "Recommended Video",
                "Shaheen Bagh",
                "\nS Jaishankar\n",
                "\n|\n",
            ],
            [
                "India, Japan hold strategic dialogue; focus on expanding collaboration in third "
                "countries\n\nTokyo, Oct 07: External Affairs Minister S Jaishankar on Wednesday",
                "in third countries.\n\nIn the talks held under the framework",
                'Indo-Pacific," Jaishankar said.\n\nLast month, Jaishankar had said',
                "likely to take place by end of this year.",
            ],
            {
                "notification_prompt",
                "photo_caption",
                "duplicated_headline",
                "recommended_video",
            },
        ),
    ],
)
def test_sample_furniture_removed_and_content_kept(
    prefix: str, absent: list[str], present: list[str], reasons: set[str]
) -> None:
    cleaned = strip_furniture(_read(prefix))
    for needle in absent:
        assert needle not in cleaned.text, needle
    for needle in present:
        assert needle in cleaned.text, needle
    assert {span.reason for span in cleaned.removed} == reasons


def test_article_004_ends_at_last_paragraph() -> None:
    cleaned = strip_furniture(_read("004"))
    assert cleaned.text.endswith("likely to take place by end of this year.")
    assert cleaned.text.startswith("India, Japan hold strategic dialogue;")


def test_article_003_also_read_runs_to_end() -> None:
    original = _read("003")
    cleaned = strip_furniture(original)
    also_read = [s for s in cleaned.removed if s.reason == "also_read"]
    assert len(also_read) == 1
    assert original[also_read[0].start :].startswith("ALSO READ\n")
    assert also_read[0].end == len(original)


BODY = "Foreign Secretary Vikram Misri met Vice Minister Takehiro Funakoshi in New Delhi."
TAIL = "Both sides reviewed the India-Japan Special Strategic and Global Partnership."


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("Also Read | Alien Comet Could Be Bigger Than Mount Everest.", "also_read"),
        ("ALSO READ: Anthem Biosciences IPO Sees Strong Demand", "also_read"),
        ("For Quick Alerts", "notification_prompt"),
        ("ALLOW NOTIFICATIONS \u00a0", "notification_prompt"),
        ("Oneindia App Download", "notification_prompt"),
        ("Do you want to clear all the notifications from your inbox?", "notification_prompt"),
        ("Clear Notification X", "notification_prompt"),
        ("|", "notification_prompt"),
        ("X", "notification_prompt"),
        ("https://x.com/MEAIndia/status/1949782475120517275/photo/1", "url_line"),
        ("  www.example.com/some/page  ", "url_line"),
        (
            "On Quad meet, China says it opposes exclusive cliques"
            "On Quad meet, China says it opposes exclusive cliques",
            "duplicated_headline",
        ),
        (
            "(The above story is verified and authored by ANI staff, ANI is South Asia's leading "
            "multimedia news agency. The views appearing in the above post do not reflect the "
            "opinions of LatestLY)",
            "agency_boilerplate",
        ),
        ("(With inputs from agencies.)", "agency_boilerplate"),
        ("With inputs from PTI", "agency_boilerplate"),
        (
            "(Except for the headline, this story has not been edited by NDTV staff and is "
            "published from a syndicated feed.)",
            "agency_boilerplate",
        ),
        ("(Photo: ANI)", "photo_credit"),
        ("Image credit: Reuters", "photo_credit"),
        ("File photo", "photo_credit"),
        ("(Representative image)", "photo_credit"),
        ("Follow us on Twitter and Instagram", "social_prompt"),
        ("Subscribe to our newsletter", "social_prompt"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
    ],
)
def test_single_furniture_line_removed(furniture: str, reason: str) -> None:
    original = f"{BODY}\n\n{furniture}\n\n{TAIL}"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n\n{TAIL}"
    assert [s.reason for s in cleaned.removed] == [reason]
    span = cleaned.removed[0]
    assert original[span.start : span.end].strip() == furniture.strip()
    assert_mapping_exact(cleaned)


@pytest.mark.parametrize(
    "content",
    [
        # Mentions X / Twitter inside a quote: article content.
        '"We had a productive meeting," Jaishankar wrote on X.',
        "X marks a new chapter, Misri told reporters after meeting Funakoshi.",
        "Enable cooperation in critical technologies, the leaders urged.",
        "Done deals on semiconductors were announced after the talks.",
        # Sentence that happens to start with "Also read".
        "Also read out at the meeting was a joint statement on maritime security.",
        # Subheading inside an article (has a lowercase word, so not a name caption).
        "India-Japan Special Strategic and Global Partnership",
        # A repeated short phrase is not a duplicated headline.
        "Talks talks",
        # A quoted advertisement is content.
        "The advertisement campaign was discussed by both ministers.",
        # A URL inside a sentence is content.
        "The statement is available at https://mea.gov.in, the ministry said.",
        "Photo opportunities were limited, officials said.",
        "(ANI)",
        # Not agency boilerplate: a sentence that starts like it.
        "With inputs from Japan, India drafted the joint statement.",
        # A sentence duplicated by the scraper still carries content.
        "Talks resumed in Tokyo today. Talks resumed in Tokyo today.",
    ],
)
def test_content_lines_are_kept(content: str) -> None:
    original = f"{BODY}\n\n{content}\n\n{TAIL}"
    cleaned = strip_furniture(original)
    assert cleaned.text == original
    assert cleaned.removed == ()


def test_lone_name_caption_removed_only_when_safe() -> None:
    # Isolated and mentioned elsewhere: a photo caption; dropping it loses nothing.
    original = f"Minister S Jaishankar met Motegi.\n\nS Jaishankar\n\n{TAIL}"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"Minister S Jaishankar met Motegi.\n\n{TAIL}"
    assert [s.reason for s in cleaned.removed] == ["photo_caption"]


@pytest.mark.parametrize(
    "original",
    [
        # Name never mentioned elsewhere: might be the only trace of a participant.
        f"{BODY}\n\nToshimitsu Motegi\n\n{TAIL}",
        # Part of a list of attendees (not an isolated paragraph).
        "Attendees:\nVikram Misri\nTakehiro Funakoshi\n\nVikram Misri and Takehiro Funakoshi met.",
        # A single capitalised word is not treated as a name caption.
        "Tokyo\n\nTalks were held in Tokyo.",
    ],
)
def test_name_like_lines_kept_when_unsafe(original: str) -> None:
    cleaned = strip_furniture(original)
    assert cleaned.text == original
    assert cleaned.removed == ()


def test_recommended_video_followed_by_prose_keeps_prose() -> None:
    prose = "Jaishankar and Motegi also discussed the annual summit, officials said."
    original = f"{BODY}\n\nRecommended Video\n\n{prose}"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n\n{prose}"
    assert [s.reason for s in cleaned.removed] == ["recommended_video"]


def test_also_read_header_stops_at_prose() -> None:
    original = (
        f"{BODY}\nALSO READ\nAnthem Biosciences IPO Sees Strong Demand\n"
        f"NCERT's 'Veena': A Journey Through India's Culture and Science\n{TAIL}"
    )
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n{TAIL}"
    assert [s.reason for s in cleaned.removed] == ["also_read"]


def test_site_tag_block_removes_only_tags() -> None:
    original = f"{BODY}\n- Country:\n- India\n- Japan\n- Both sides agreed to meet again in 2026.\n"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n- Both sides agreed to meet again in 2026."


def test_inline_photo_credit_removed_and_mapped() -> None:
    original = f"{BODY} (Photo: ANI)\n\n{TAIL}"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n\n{TAIL}"
    assert [s.reason for s in cleaned.removed] == ["photo_credit"]
    assert original[cleaned.removed[0].start : cleaned.removed[0].end] == " (Photo: ANI)"
    assert_mapping_exact(cleaned)


def test_blank_line_runs_collapse_to_one_blank_line() -> None:
    original = f"\n\n  {BODY}\n\n\n\n   \n\t\n{TAIL}\n\n\n"
    cleaned = strip_furniture(original)
    assert cleaned.text == f"{BODY}\n\n{TAIL}"
    assert_mapping_exact(cleaned)


def test_crlf_line_endings() -> None:
    original = f"{BODY}\r\n\r\nAlso Read | Something else entirely\r\n\r\n{TAIL}\r\n"
    cleaned = strip_furniture(original)
    assert "Also Read" not in cleaned.text
    assert BODY in cleaned.text and TAIL in cleaned.text
    assert_mapping_exact(cleaned)


@pytest.mark.parametrize("original", ["", "   \n\n ", "Advertisement", "For Quick Alerts\nX"])
def test_empty_or_all_furniture(original: str) -> None:
    cleaned = strip_furniture(original)
    assert cleaned.text == ""
    assert cleaned.to_original(0) == 0
    assert cleaned.span_to_original(0, 0) == (0, 0)


def test_span_to_original_excludes_removed_block() -> None:
    original = _read("000")
    cleaned = strip_furniture(original)
    phrase = "Indo-Pacific region and beyond."
    start = cleaned.text.index(phrase)
    o_start, o_end = cleaned.span_to_original(start, start + len(phrase))
    assert original[o_start:o_end] == phrase
    # A span crossing a removed "Also Read" line maps to a range that contains it.
    across = cleaned.text.index("beyond.\n\nBoth sides")
    a_start, a_end = cleaned.span_to_original(across, across + len("beyond.\n\nBoth sides"))
    assert "Also Read | Alien Comet" in original[a_start:a_end]
    assert original[a_start:a_end].startswith("beyond.") and original[a_end - 10 : a_end] == (
        "Both sides"
    )


def test_to_original_end_and_bounds() -> None:
    original = _read("004")
    cleaned = strip_furniture(original)
    end = cleaned.to_original(len(cleaned.text))
    assert original[:end].endswith("by end of this year.")
    with pytest.raises(IndexError):
        cleaned.to_original(len(cleaned.text) + 1)
    with pytest.raises(IndexError):
        cleaned.to_original(-1)
    with pytest.raises(ValueError):
        cleaned.span_to_original(5, 4)


def test_cleaned_text_built_directly_maps_identity() -> None:
    cleaned = CleanedText(original="abc", text="abc", removed=())
    assert [cleaned.to_original(i) for i in range(4)] == [0, 1, 2, 3]
    with pytest.raises(ValueError):
        CleanedText(original="abc", text="ab", removed=())


CONTENT_LINES = [
    BODY,
    TAIL,
    '"They reviewed India-Japan bilateral relations," Jaishankar wrote on X.',
    "Misri's visit reinforced the friendship, the MEA noted.",
    "India and Japan share a 'Special Strategic and Global Partnership'.",
    "Japan’s QUAD Sherpa met Foreign Secretary Kwatra.",
]
FURNITURE_LINES = [
    "Also Read | Donkey Meat Trade Racket Busted in Islamabad.",
    "For Daily Alerts",
    "Get Instant News Updates",
    "Enable",
    "x",
    "Notification Settings X",
    "https://x.com/MEAIndia/status/1949782475120517275/photo/1",
    "(With inputs from agencies.)",
    "Image credit: Reuters",
    "Advertisement",
    "Follow us on Facebook",
    "Subscribe to our newsletter",
    "Quad meets in TokyoQuad meets in Tokyo",
]


@pytest.mark.parametrize("seed", range(25))
def test_random_synthetic_documents(seed: int) -> None:
    rng = random.Random(seed)
    lines: list[str] = []
    content_used: list[str] = []
    for _ in range(rng.randint(1, 25)):
        if rng.random() < 0.5:
            line = rng.choice(CONTENT_LINES)
            content_used.append(line)
        else:
            line = rng.choice(FURNITURE_LINES)
        lines.append(line)
        lines.extend([""] * rng.choice([0, 0, 1, 1, 3]))
    original = rng.choice(["\n", "\r\n"]).join(lines)
    cleaned = strip_furniture(original)
    assert_mapping_exact(cleaned)
    for furniture in FURNITURE_LINES:
        assert not re.search(rf"(?m)^{re.escape(furniture)}\r?$", cleaned.text), furniture
    kept_lines = [line.strip() for line in cleaned.text.split("\n") if line.strip()]
    assert kept_lines == content_used


def test_rules_table_is_well_formed() -> None:
    assert FURNITURE_RULES, "the furniture table must not be empty"
    for rule in FURNITURE_RULES:
        assert isinstance(rule.pattern, re.Pattern)
        assert re.fullmatch(r"[a-z_]+", rule.reason)
        assert (rule.follow is None) == (rule.follow_max == 0)
    for pattern, reason in INLINE_RULES:
        assert isinstance(pattern, re.Pattern) and reason == "photo_credit"


def test_long_input_is_fast() -> None:
    paragraph = "India and Japan held talks on trade, defence and technology cooperation. " * 40
    original = "\n\n".join([paragraph, "Also Read | Unrelated", "Advertisement"] * 300)
    started = time.perf_counter()
    cleaned = strip_furniture(original)
    positions = [cleaned.to_original(i) for i in range(0, len(cleaned.text), 97)]
    assert time.perf_counter() - started < 5.0
    assert positions == sorted(positions)
    assert "Also Read" not in cleaned.text
