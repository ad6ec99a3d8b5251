"""The one copy of the small text normalisers every stage compares with: typographic marks,
accents, honorifics, and the overlap of two evidence spans.

A leaf module (it imports nothing of the pipeline), so grounding, names, places, people and
scoring all use the same definitions: two checks can never disagree on whether "Motégi" is
"Motegi" or whether "H.E." is an honorific.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SINGLE_QUOTES = "‘’‚‛′"
DOUBLE_QUOTES = "“”„″"
DASHES = "‐‑‒–—―−"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Invisible characters that scrapers leave inside words; they must not break a match."""

TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys(SINGLE_QUOTES, "'"),
        **dict.fromkeys(DOUBLE_QUOTES, '"'),
        **dict.fromkeys(DASHES, "-"),
    }
)
"""Curly quotes to straight ones, every dash to a hyphen."""

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "prof",
        "shri",
        "sri",
        "smt",
        "sir",
        "dame",
        "hon",
        "honourable",
        "honorable",
        "he",  # only as "H.E." (see ``is_honorific``): "He Lifeng" is a surname
        "his excellency",
        "her excellency",
        "sheikh",
        "sheikha",
    }
)
"""Honorifics, compared lower case without dots; never part of a canonical name."""


def is_honorific(token: str) -> bool:
    """'Mr.', 'Dr', 'H.E.', 'Sheikh' are; 'He' (a surname) is not unless written 'H.E.'."""
    bare = token.lower().strip(",;:").replace(".", "")
    if bare == "he":
        return "." in token
    return bare in HONORIFICS


@lru_cache(maxsize=512)
def strip_accents(text: str) -> str:
    """ "Motégi" -> "Motegi", case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Case-folded, accents stripped, quotes straightened, dashes unified: the form two
    spellings of a name or phrase are compared in."""
    return strip_accents(text.translate(TYPOGRAPHY)).casefold()


def same_quote(first: str, second: str) -> bool:
    """Equal once whitespace and case are ignored."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


Span = tuple[str, int, int]
"""An evidence span: (quote, start, end)."""


def best_overlap(first: Iterable[Span], second: Iterable[Span]) -> float:
    """Best overlap (intersection over union) of any two evidence spans; 1.0 for the same
    quote wherever it stands."""
    second = list(second)
    best = 0.0
    for quote_a, start_a, end_a in first:
        for quote_b, start_b, end_b in second:
            if same_quote(quote_a, quote_b):
                return 1.0
            inter = min(end_a, end_b) - max(start_a, start_b)
            union = max(end_a, end_b) - min(start_a, start_b)
            if inter > 0 and union > 0:
                best = max(best, inter / union)
    return best
