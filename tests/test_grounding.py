"""Tests for pipeline.text.grounding: evidence quotes and names must really occur in the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.cleaning import strip_furniture
from pipeline.text.grounding import locate_quote, name_occurs, normalise_for_match

ARTICLES_DIR = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _read(prefix: str) -> str:
    (path,) = list(ARTICLES_DIR.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


A000 = _read("000")
A001 = _read("001")
A002 = _read("002")
A003 = _read("003")
A004 = _read("004")


# --- normalise_for_match -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Japan’s Vice Minister", "japan's vice minister"),
        ("‘Special’ “Strategic” „Global″ ‚x‛ 5′", "'special' \"strategic\" \"global\" 'x' 5'"),
        ("A‐B‑C‒D–E—F―G", "a-b-c-d-e-f-g"),
        ("Foreign Secretary – Vice Minister", "foreign secretary-vice minister"),
        ("New\u00a0Delhi \n\n\t today", "new delhi today"),
        ("  leading and trailing  ", " leading and trailing "),
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
        ("India--Japan", "india-japan"),
    ],
)
def test_normalise_for_match(raw: str, expected: str) -> None:
    normalised, index_map = normalise_for_match(raw)
    assert normalised == expected
    assert len(index_map) == len(normalised)
    assert list(index_map) == sorted(index_map)


@pytest.mark.parametrize("raw", [A000, A002, A004, "İstanbul “talks” — Ok\u00a0\u00a0now"])
def test_normalise_index_map_points_at_source_characters(raw: str) -> None:
    normalised, index_map = normalise_for_match(raw)
    for ch, i in zip(normalised, index_map, strict=True):
        source = raw[i]
        if ch == " ":
            assert source.isspace()
        elif ch == "-":
            assert source in "-‐‑‒–—―−"
        elif ch == "'":
            assert source in "'‘’‚‛′"
        elif ch == '"':
            assert source in '"“”„″'
        else:
            assert ch in source.lower()


# --- locate_quote --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # Curly apostrophe in the model's quote, straight one in the article.
        (
            A000,
            "Foreign Secretary Vikram Misri met with Japan’s Vice Minister",
            "Foreign Secretary Vikram Misri met with Japan's Vice Minister",
        ),
        # Straight apostrophe in the quote, curly one in the article.
        (A002, "Japan's Ministry of Foreign Affairs", "Japan’s Ministry of Foreign Affairs"),
        # En dash vs hyphen, with and without surrounding spaces.
        (
            A000,
            "Foreign Secretary–Vice Minister Dialogue",
            "Foreign Secretary-Vice Minister Dialogue",
        ),
        (
            A000,
            "Foreign Secretary — Vice Minister Dialogue",
            "Foreign Secretary-Vice Minister Dialogue",
        ),
        # Different line breaks / extra whitespace.
        (
            A000,
            "Friendship between the two\ncountries   has a long\thistory",
            "Friendship between the two countries has a long history",
        ),
        (
            A001,
            "MEA noted. India-Japan Special Strategic and Global Partnership India and Japan share",
            "MEA noted.\nIndia-Japan Special Strategic and Global Partnership\n"
            "India and Japan share",
        ),
        # Case differences.
        (A004, "EXTERNAL AFFAIRS MINISTER S JAISHANKAR", "External Affairs Minister S Jaishankar"),
        # Surrounding curly quotes and a trailing period the article does not have there.
        (
            A000,
            "“They also exchanged views on global and regional issues of importance.”",
            "They also exchanged views on global and regional issues of importance",
        ),
        # Trailing period that the article does have: the span excludes it.
        (
            A002,
            "  'Both sides expressed a mutual commitment to deepen and broaden the scope of their "
            "relations, aligning with shared objectives and values.'  ",
            "Both sides expressed a mutual commitment to deepen and broaden the scope of their "
            "relations, aligning with shared objectives and values",
        ),
        # Trailing comma.
        (
            A003,
            "India's Ambassador to Japan, Sibi George,",
            "India's Ambassador to Japan, Sibi George",
        ),
        # Ellipsis (unicode and three dots): span runs from first part to last part.
        (
            A000,
            "Foreign Secretary Vikram Misri met … in the national capital.",
            "Foreign Secretary Vikram Misri met with Japan's Vice Minister for Foreign Affairs, "
            "Takehiro Funakoshi, on Monday for the bilateral Foreign Secretary-Vice Minister "
            "Dialogue in the national capital",
        ),
        (
            A004,
            '"Explored further expansion of our third country collaboration ... '
            'Reviewed global situation [...] pertaining to UN reform."',
            "Explored further expansion of our third country collaboration, with focus on "
            "development projects. Reviewed global situation and developments pertaining to UN "
            "reform",
        ),
        # A quote that occurs twice: the first occurrence.
        (A001, "Foreign Secretary Misri", "Foreign Secretary Misri"),
        # Exactly eight normalised characters is enough.
        (A003, "to Japan", "to Japan"),
        (A003, "(East) P", "(East) P"),
    ],
)
def test_locate_quote_finds_tolerated_variants(text: str, quote: str, expected: str) -> None:
    span = locate_quote(text, quote)
    assert span is not None
    start, end = span
    assert text[start:end] == expected
    assert text.find(expected) == start


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # A changed word.
        (A000, "Foreign Secretary Vikram Misri met with China's Vice Minister"),
        (A000, "Foreign Secretary Vikram Misri met Japan's Vice Minister"),
        (A000, "Foreign Secretary Vikram Misri met with Japan’s Deputy Minister"),
        # An invented word.
        (A000, "Foreign Secretary Vikram Misri warmly met with Japan's Vice Minister"),
        # Paraphrase of a real sentence.
        (A004, "Jaishankar held wide-ranging talks with Motegi in Tokyo"),
        # Truncated word at either end (would otherwise match inside "Japanese" / "Secretary").
        (A004, "talks with his Japan"),
        (A000, "ecretary Vikram Misri met"),
        # Parts of an elided quote out of order.
        (A000, "in the national capital … Foreign Secretary Vikram Misri met"),
        # One elided part that does not occur.
        (A000, "Foreign Secretary Vikram Misri met … in the Chinese capital"),
        # Too short to be evidence.
        (A000, "India"),
        (A000, "Japan's"),
        (A000, "“Misri.”"),
        (A000, "Misri … UK"),
        (A003, "in Oslo."),  # seven characters once the period is stripped
        # An elided part too small to say anything.
        (A000, "Foreign Secretary Vikram Misri … a …"),
        # Nothing at all.
        (A000, ""),
        (A000, "   "),
        (A000, "“ ”"),
        (A000, "…"),
        # A hyphen is not a space: words must not be split or joined.
        (A000, "India Japan Special Strategic and Global Partnership"),
    ],
)
def test_locate_quote_rejects_unsupported_quotes(text: str, quote: str) -> None:
    assert locate_quote(text, quote) is None


def test_locate_quote_through_cleaned_text_maps_to_original() -> None:
    cleaned = strip_furniture(A004)
    quote = "The external affairs minister tweeted that the talks covered cooperation"
    span = locate_quote(cleaned.text, quote)
    assert span is not None
    start, end = cleaned.span_to_original(*span)
    assert A004[start:end] == quote


def test_furniture_is_not_evidence_after_cleaning() -> None:
    cleaned = strip_furniture(A000)
    quote = "Alien Comet 3I/ATLAS Could Be Bigger Than Mount Everest"
    assert locate_quote(A000, quote) is not None
    assert locate_quote(cleaned.text, quote) is None


# --- name_occurs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (A001, "Yoshimichi Terada"),
        (A001, "Terada Yoshimichi"),  # token order differs from the article
        (A003, "Yoshimichi Terada"),
        (A002, "Mr. Masataka Okano"),
        (A002, "Masataka Okano"),
        (A001, "Mr Masataka Okano"),
        (A000, "H.E. Takehiro Funakoshi"),
        (A000, "Dr. Vikram Misri"),
        (A000, "Shri Vikram Misri"),
        (A004, "S Jaishankar"),
        (A004, "S. Jaishankar"),
        (A004, "Dr. S. Jaishankar"),
        (A004, "TOSHIMITSU MOTEGI"),
        (A004, "Motégi"),  # accents are ignored
        (A001, "Misri"),  # occurs as "Misri’s" too
        (A003, "P. Kumaran"),
        ("Talks with Subrahmanyam Jaishankar.", "S. Jaishankar"),
        ("He Lifeng met Misri.", "He Lifeng"),
        ("Vice Premier He Lifeng met Misri.", "H.E. He Lifeng"),
        ("Talks with Jean-Yves Le Drian in Paris.", "Jean-Yves Le Drian"),
        ("Talks with Jean‑Yves Le Drian in Paris.", "Jean-Yves Le Drian"),  # non-breaking hyphen
        ("Talks with Conor O’Brien.", "Conor O'Brien"),
    ],
)
def test_name_occurs_true(text: str, name: str) -> None:
    assert name_occurs(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (A000, "Kwatra"),  # not in this article
        (A001, "Takehiro Matsuo"),  # article has Takehiko Matsuo
        (A000, "Vikram Misra"),  # changed token
        (A004, "Jaishan"),  # partial word
        (A004, "Jaishankar Subrahmanyam"),  # extra token
        (A004, "K Jaishankar"),  # no capitalised K-word anywhere in the article
        ("He met Misri.", "He Lifeng"),
        (A004, "Mr."),  # honorific only
        (A004, "S."),  # initial only
        (A004, ""),
        (A004, "   "),
        ("Talks with Jean-Yves Le Drian in Paris.", "Jean-Pierre Le Drian"),
    ],
)
def test_name_occurs_false(text: str, name: str) -> None:
    assert not name_occurs(text, name)


def test_a_misspelt_name_takes_the_articles_spelling() -> None:
    from pipeline.text.grounding import article_spelling

    text = "Minister Tomasz Wierzbicki met Henrik Åberg and Ms Oyelaran-Bello in Gdańsk."
    assert article_spelling("Tomas Wierzbicki", text) == "Tomasz Wierzbicki"
    assert article_spelling("Oyelaran-Belo", text) == "Oyelaran-Bello"
    assert article_spelling("Henrik Aberg", text) == "Henrik Aberg"  # accents already fold
    assert article_spelling("Zorvath Quenlimb", text) is None  # an invented name stays out
    assert article_spelling("Tim Wierzbicki", text) is None  # a short word must be written
