"""Recognising meeting formats in text: the patterns behind the controlled names.

The names themselves are the output contract (``schemas.vocabulary``). The model copies the
format as written ("FS-Vice Ministerial Dialogue", "3rd India-Japan 2+2 Dialogue"); code maps
it to a controlled name and reads the ordinal. To recognise a format, add one row to
``MECHANISMS`` (first match wins, so put specific rows first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.places import demonym_country, is_country
from schemas.vocabulary import DEFAULT_MECHANISM, MECHANISM_NAMES


@dataclass(frozen=True)
class Mechanism:
    name: str
    pattern: re.Pattern[str]
    generic: bool = False
    """Generic rows ("summit") are tried only after every specific row failed on both the
    as-written name and the quote, so "summit" + "annual India-Japan summit" is an Annual Summit."""


def _m(name: str, pattern: str, generic: bool = False) -> Mechanism:
    if name not in MECHANISM_NAMES:
        raise ValueError(f"{name!r} is not a controlled name (schemas/vocabulary.py)")
    return Mechanism(name, re.compile(pattern, re.IGNORECASE), generic)


_DASH = r"[\s\-‐‑‒–—]*"
_VICE = rf"(?:vice|deputy){_DASH}(?:foreign{_DASH})?minist(?:er|erial|ers)['’]?"

MECHANISMS: tuple[Mechanism, ...] = (
    _m("2+2 Dialogue", r"\b2\s*\+\s*2\b|\b(?:2|two)-plus-(?:2|two)\b"),
    _m(
        "Vice-Ministerial Dialogue",
        rf"\b(foreign\s+secretary|FS){_DASH}vice{_DASH}minist(er|erial)\b.*dialogue"
        rf"|\b{_VICE}(?:\s+level)?\s+(?:strategic\s+)?dialogue\b",
    ),
    _m(
        "Foreign Office Consultations",
        r"\bforeign\s+(office|ministry)\s+consultations?\b|\bpolitical\s+consultations\b"
        r"|\bconsultations\s+between\s+the(ir)?\s+(two\s+)?foreign\s+ministries\b",
    ),
    _m(
        "Dialogue on Economic Security",
        r"\bdialogue\s+on\s+economic\s+security\b|\beconomic\s+security\s+dialogue\b",
    ),
    _m("Strategic and Economic Dialogue", r"\bstrategic\s+(and|&)\s+economic\s+dialogue\b"),
    _m("Comprehensive Strategic Dialogue", r"\bcomprehensive\s+strategic\s+dialogue\b"),
    _m("Strategic Dialogue", r"\bstrategic\s+dialogue\b"),
    _m(
        "Joint Commission",
        r"\bjoint\s+(?:(?:ministerial|permanent|economic)\s+)?commission\b"
        r"|\b(?:permanent|intergovernmental)\s+(?:joint\s+)?commission\b",
    ),
    _m(
        "Annual Summit",
        r"\bannual\b[\w\s-]{0,30}?\bsummits?\b"
        r"|\bannual\s+(?:[\w-]+\s+){0,2}leaders['’]?\s+(?:meeting|talks|retreat)s?\b",
    ),
    _m("Virtual Summit", r"\b(virtual|video)\s+summit\b"),
    _m("Act East Forum", r"\bact\s+east\s+forum\b"),
    _m("courtesy call", r"\bcourtesy\s+call\b|\bcalled\s+on\b"),
    _m("bilateral summit", r"\bsummit\b", generic=True),
)

CONTROLLED_NAMES: tuple[str, ...] = MECHANISM_NAMES

_ORDINAL_NUMBER = re.compile(r"\b(\d{1,3})\s*(st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "inaugural": 1,
}
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINAL_WORDS) + r")\b", re.IGNORECASE)


_SUMMIT = re.compile(r"\bsummits?\b", re.IGNORECASE)
_AROUND_ANOTHER = re.compile(
    r"\b(sidelines|margins?|side|edges?)\s+of\b|\b(before|after|ahead\s+of|during|at)\s+(the|a|an)\b",
    re.IGNORECASE,
)
_ORGANISATION_WORD = re.compile(r"^(?:[A-Z][A-Z0-9&-]+|G\d+|[A-Z][a-z]+)$")


def summit_is_the_meeting(text: str) -> bool:
    """ "Summit" names the meeting itself ("the summit marked …", "the India-Japan summit"),
    not a multilateral summit it was held beside ("on the sidelines of the G20 summit",
    "at the Mercosur summit", "before the summit"): the word before "summit" is then an
    organisation (an acronym, a G-number, a name that is no country), or the phrase places
    the meeting around another event."""
    for match in _SUMMIT.finditer(text):
        before = text[max(0, match.start() - 70) : match.start()]
        clause = re.split(r"[,;:]", before)[-1]
        if _AROUND_ANOTHER.search(clause):
            continue
        words = clause.split()
        previous = words[-1].strip("'’\"") if words else ""
        if previous.lower() in ("leaders", "leaders'", "leaders’"):
            previous = words[-2] if len(words) > 1 else ""
        named = previous and _ORGANISATION_WORD.match(previous)
        country_word = any(
            is_country(part) or demonym_country(part) for part in re.split(r"[-–/]", previous)
        )
        if named and not country_word:
            continue
        return True
    return False


def controlled_mechanism(mechanism_text: str | None, quote: str | None = None) -> str:
    """Controlled name for a mechanism; the as-written name decides, the quote is a fallback.
    A summit the meeting was only held beside is not its format (``summit_is_the_meeting``)."""
    for generic in (False, True):
        for text in (mechanism_text, quote):
            if not text:
                continue
            for mechanism in MECHANISMS:
                if mechanism.generic == generic and mechanism.pattern.search(text):
                    if mechanism.generic and not summit_is_the_meeting(text):
                        continue
                    return mechanism.name
    return DEFAULT_MECHANISM


def mechanism_position(mechanism: str, sentence: str) -> int | None:
    """Where a controlled mechanism is written in a sentence (its pattern's first match)."""
    for entry in MECHANISMS:
        if entry.name == mechanism:
            match = entry.pattern.search(sentence)
            return match.start() if match else None
    return None


def ordinal_near(mechanism_text: str | None, sentence: str) -> int | None:
    """The ordinal of a mechanism: in its as-written name, or just before that name in the
    sentence ("the third India-Australia 2+2 ministerial dialogue")."""
    own = parse_ordinal(mechanism_text)
    if own is not None or not mechanism_text:
        return own
    at = sentence.lower().find(mechanism_text.lower())
    if at == -1:
        return None
    before = sentence[max(0, at - 40) : at]
    words = before.split()[-4:]  # "the 13th round of" / "the third India-Japan"
    return parse_ordinal(" ".join(words))


def parse_ordinal(mechanism_text: str | None) -> int | None:
    """'3rd India-Japan 2+2 Dialogue' -> 3, 'first round of Dialogue ...' -> 1."""
    if not mechanism_text:
        return None
    number = _ORDINAL_NUMBER.search(mechanism_text)
    if number:
        return int(number.group(1))
    word = _ORDINAL_WORD.search(mechanism_text)
    return _ORDINAL_WORDS[word.group(1).lower()] if word else None
