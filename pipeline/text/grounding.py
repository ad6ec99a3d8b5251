"""Check that the model's evidence really occurs in the article.

A small model paraphrases, re-punctuates and occasionally invents. Evidence is only trusted
when it can be located verbatim in the source, allowing for differences that do not change
meaning: case, whitespace and line breaks, curly vs straight quotes, dash variants. A changed,
added or truncated word is never tolerated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from pipeline.text.normalise import (
    DOUBLE_QUOTES,
    INVISIBLE,
    SINGLE_QUOTES,
    TYPOGRAPHY,
    fold,
    is_honorific,
    strip_accents,
)

__all__ = ["MIN_QUOTE_CHARS", "locate_quote", "name_occurs", "normalise_for_match", "place_quote"]

MIN_QUOTE_CHARS = 8
"""Shorter quotes ("India", "Japan's") occur almost anywhere, so they prove nothing."""

MIN_PART_CHARS = 4
"""Each piece of an elided quote must still say something; "… a …" would match anything."""

_QUOTE_MARKS = "\"'" + SINGLE_QUOTES + DOUBLE_QUOTES + "«»"
_ELLIPSIS = re.compile(r"\[?\s*(?:…|\.(?:\s?\.){2,})\s*\]?")


@lru_cache(maxsize=512)
def normalise_for_match(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalise `text` for tolerant matching; return it with a map to original offsets.
    Memoised: an article is normalised once, however many quotes are looked up in it.

    `index_map[j]` is the offset in `text` of the character that produced normalised char `j`,
    so a match found in the normalised string can be reported against the original. Lower-cases,
    straightens quotes, unifies dashes, collapses whitespace runs to one space, drops spaces
    around dashes ("Secretary – Vice" == "Secretary-Vice") and invisible characters.
    """
    out: list[str] = []
    index_map: list[int] = []
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        if ch.isspace():
            if out and out[-1] in " -":
                continue
            out.append(" ")
            index_map.append(i)
            continue
        for low in ch.translate(TYPOGRAPHY).lower():
            if low == "-":
                if out and out[-1] == " ":
                    out.pop()
                    index_map.pop()
                if out and out[-1] == "-":
                    continue
            out.append(low)
            index_map.append(i)
    return "".join(out), tuple(index_map)


def _strip_quote(part: str) -> str:
    """Drop wrapping quote marks, whitespace and a trailing '.' or ',' the model added."""
    return part.strip().strip(_QUOTE_MARKS + " \t\r\n").rstrip(".,").strip(_QUOTE_MARKS + " \t\r\n")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _find_whole(haystack: str, needle: str, start: int) -> int:
    """First index >= start where `needle` occurs without cutting a word at either end.

    Without this, "met with Japan" would match inside "met with Japanese".
    """
    pos = haystack.find(needle, start)
    while pos != -1:
        end = pos + len(needle)
        cuts_start = pos > 0 and _is_word_char(needle[0]) and _is_word_char(haystack[pos - 1])
        cuts_end = (
            end < len(haystack) and _is_word_char(needle[-1]) and _is_word_char(haystack[end])
        )
        if not (cuts_start or cuts_end):
            return pos
        pos = haystack.find(needle, pos + 1)
    return -1


def phrase_occurs(text: str, phrase: str) -> bool:
    """A short phrase (a date as written, a place) occurs as whole words, same tolerance as
    quotes but with no minimum length: "on Monday" is short and still must be real."""
    needle = normalise_for_match(_strip_quote(phrase))[0].strip()
    return bool(needle) and _find_whole(normalise_for_match(text)[0], needle, 0) != -1


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Return the (start, end) span in `text` of the first occurrence of `quote`, else None.

    Tolerant of whitespace, quote style, dash style and case; an ellipsis in the quote lets the
    parts around it occur in order, and the span then runs from the first part to the last.
    Quotes shorter than MIN_QUOTE_CHARS normalised characters are rejected as non-evidence.
    """
    parts = [_strip_quote(p) for p in _ELLIPSIS.split(quote)]
    needles = [normalise_for_match(p)[0].strip() for p in parts]
    needles = [n for n in needles if n]
    if not needles or sum(len(n) for n in needles) < MIN_QUOTE_CHARS:
        return None
    if len(needles) > 1 and any(len(n) < MIN_PART_CHARS for n in needles):
        return None
    haystack, index_map = normalise_for_match(text)
    # Greedy earliest matching is enough: a later first part only shrinks the room for the rest.
    first = _find_whole(haystack, needles[0], 0)
    if first == -1:
        return None
    end = first + len(needles[0])
    for needle in needles[1:]:
        pos = _find_whole(haystack, needle, end)
        if pos == -1:
            return None
        end = pos + len(needle)
    return index_map[first], index_map[end - 1] + 1


def place_quote(text: str, quote: str, near: int) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``: of its verbatim occurrences the one nearest offset
    ``near`` (a quote seen at one place keeps it when the text moved), else the span
    :func:`locate_quote` finds (whitespace or quote style changed), else None."""
    starts = []
    at = text.find(quote) if quote else -1
    while at != -1:
        starts.append(at)
        at = text.find(quote, at + 1)
    if starts:
        start = min(starts, key=lambda s: abs(s - near))
        return start, start + len(quote)
    return locate_quote(text, quote)


def _name_tokens(name: str) -> tuple[list[str], list[str]]:
    """Split a name into (full tokens, initials), without honorifics or dots."""
    words: list[str] = []
    initials: list[str] = []
    for raw in re.split(r"[\s,]+", fold(name).strip()):
        if not raw or is_honorific(raw):
            continue
        for piece in (p for p in raw.split(".") if p):
            (initials if len(piece) == 1 and piece.isalpha() else words).append(piece)
    return words, initials


def name_occurs(text: str, name: str) -> bool:
    """True when every token of `name` occurs in `text` as a whole word, in any order.

    Honorifics, case, dots and accents are ignored, so "Mr. Masataka Okano" and
    "Terada Yoshimichi" / "Yoshimichi Terada" are grounded. A name needs at least one full
    token. An initial ("S" in "S Jaishankar") is satisfied by any capitalised word starting
    with that letter, covering both "S Jaishankar" and "Subrahmanyam Jaishankar".
    """
    words, initials = _name_tokens(name)
    if not words:
        return False
    folded = fold(text)
    for word in words:
        if not re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded):
            return False
    stripped = strip_accents(text)
    return all(re.search(r"(?<!\w)" + initial.upper(), stripped) for initial in initials)


MISSPELLING_SCORE = 85
"""rapidfuzz ratio above which a word of the model's name is the article's word misspelt
("Tomas" for "Tomasz", "Aberg" for "Åberg"): a small model drops letters and accents."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def article_spelling(name: str, text: str) -> str | None:
    """The model's name as the article spells it, when every word the article lacks is a
    near-identical capitalised word of the article (same first letter, four letters or
    more); None when a word has no such double. A name the article never wrote (an invented
    one) stays unmatched, so grounding still refuses it."""
    if name_occurs(text, name):
        return name
    words = {w for w in _WORD.findall(text) if w[0].isupper() and len(w) >= 4}
    folded_words = {fold(w): w for w in words}
    fixed = []
    for token in name.split():
        if name_occurs(text, token) or len(token) < 4:
            fixed.append(token)
            continue
        choices = [f for f in folded_words if f[0] == fold(token)[0]]
        match = process.extractOne(fold(token), choices, scorer=fuzz.ratio)
        if match is None or match[1] < MISSPELLING_SCORE:
            return None
        fixed.append(folded_words[match[0]])
    spelled = " ".join(fixed)
    return spelled if name_occurs(text, spelled) else None
