"""Milestone names as the sentence writes them, and which "milestones" are really meetings.

The 1.5B model copies names from its prompt: asked about "…elevated ties to a Strategic
Partnership in 2009", it may answer "Special Strategic and Global Partnership", the example it
was shown; asked about the Kim Dae-jung–Obuchi declaration it may answer "Joint Declaration on
Security Cooperation". A name is a fact like any other, so code grounds it: a name the
sentence contains is kept in the sentence's own spelling; otherwise the sentence's proper name
with the same head word ("…Partnership", "…Declaration") that best matches replaces it; a
descriptive name ("diplomatic relations established") is kept; a proper name with no
counterpart is reported ``ungrounded`` (the caller drops an ungrounded partnership upgrade
whose name the article never writes: the name is the whole fact).
"""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz import fuzz

from pipeline.text.grounding import locate_quote
from pipeline.text.normalise import fold

# A milestone's name must name the kind of thing it claims to be: this keeps out the
# "milestones" a small model makes of people ("Prime Minister Narendra Modi") and sentences.
MILESTONE_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "partnership_upgrade": ("partnership", "relationship", "ties"),
    "agreement": (
        "agreement",
        "partnership",  # "signed a Critical Minerals Investment Partnership"
        "declaration",
        "statement",
        "treaty",
        "accord",
        "memorandum",
        "mou",
        "pact",
        "charter",
        "vision",
        "roadmap",
        "protocol",
        "framework",
        "arrangement",
    ),
    "mechanism_established": (
        "summit",
        "dialogue",
        "mechanism",
        "forum",
        "consultation",
        "meeting",
        "council",
        "commission",
        "2+2",
        "committee",
        "group",
    ),
    "summit": ("summit",),
    "other": (),
}


HEAD_WORDS = tuple(
    dict.fromkeys(("partnership", *MILESTONE_NAME_WORDS["agreement"], "dialogue", "mechanism"))
)
"""Words a milestone's proper name ends with (the validation vocabulary of its kinds)."""
_JOINERS = frozenset({"and", "of", "for", "on", "the"})
"""Small words inside a proper name ("Strategic and Global Partnership"), allowed only
between capitalised words."""
_DETERMINERS = frozenset(
    {"a", "an", "our", "their", "its", "his", "her", "this", "that", "these", "those", "such"}
)
_OPENING_QUOTES = "'‘\"“"
_TOKEN = re.compile(r"[\w'’‘\"“”.+–—-]+")
MAX_NAME_WORDS = 9


MIN_SIMILARITY = 50
"""Token-set similarity (0–100) a sentence name needs to stand in for the model's name."""


def _head(name: str) -> str | None:
    words = re.findall(r"[a-z]+", name.lower())
    for word in reversed(words):
        for head in HEAD_WORDS:
            if word == head or word == head + "s":
                return head
    return None


def names_in(sentence: str, head: str) -> list[str]:
    """Names in the sentence ending with ``head``: the head word and the modifiers before it
    ("a Comprehensive Strategic Partnership" -> "Comprehensive Strategic Partnership", "a
    strategic partnership" -> "strategic partnership", "'Strategic and Global Partnership"
    -> "Strategic and Global Partnership"). Walking back stops at the first word that is not
    part of a name, or right after an opening quote."""
    tokens = _TOKEN.findall(sentence)
    found: list[str] = []
    for index, token in enumerate(tokens):
        if _head(token) != head or not token.strip(_OPENING_QUOTES)[:1].isalpha():
            continue
        words = [token.strip(" '’‘\"“”,.")]
        for previous in reversed(tokens[max(0, index - MAX_NAME_WORDS) : index]):
            bare = previous.strip("'’‘\"“”,.")
            opened = previous[:1] in _OPENING_QUOTES
            if bare.lower() in _DETERMINERS or not _continues_name(previous, bare, words[0]):
                break
            words.insert(0, bare)
            if opened:
                break
        while words and (words[0].lower() in _JOINERS or words[0].lower() in _DETERMINERS):
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and name not in found:  # a bare "partnership" names nothing
            found.append(name)
    return found


def _continues_name(token: str, bare: str, next_word: str) -> bool:
    """Is the word before a name's current start still part of the name?"""
    if not bare or token[-1:] in ',."”':
        return False
    if bare[:1].isupper() or _MODIFIER.fullmatch(bare.lower()):
        return True
    return bare.lower() in _JOINERS and next_word[:1].isupper()


_MODIFIER = re.compile(
    r"(strategic|comprehensive|global|special|extensive|enhanced|privileged|economic|"
    r"joint|bilateral|free|trade|security|defence|defense|investment|cooperation|"
    r"partnership|framework|maritime|vision|basic|relations)"
)
"""Lower-case words that are part of a milestone's name ("a strategic partnership")."""


Grounding = Literal["kept", "respelled", "replaced", "ungrounded"]


def ground_name(name: str, sentence: str, window: str = "") -> tuple[str, Grounding]:
    """The milestone's name as grounded in its sentence, and what was done to it. A name
    written word for word in the ``window`` the model read (the sentence and its neighbours)
    is kept: the sentence may only refer to it ("the council was set up in 2004")."""
    for text in (sentence, window):
        span = locate_quote(text, name) if text else None
        if span is not None:
            written = text[span[0] : span[1]]
            return written, "kept" if written == name else "respelled"
    head = _head(name)
    if head is None:
        return name, "kept"
    candidates = names_in(sentence, head)
    best = max(candidates, key=lambda c: (_similarity(name, c), len(c)), default=None)
    if best is None or _similarity(name, best) < MIN_SIMILARITY:
        return name, "ungrounded"  # a proper name ("…Partnership") the sentence does not have
    return best, "replaced"


def _similarity(first: str, second: str) -> float:
    return fuzz.token_set_ratio(first.lower(), second.lower())


_NUMBERED = r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth"
_ORDINAL = re.compile(rf"\b({_NUMBERED}|last|latest|previous|next)\b", re.I)
_NUMBERED_BEFORE = re.compile(rf"\b({_NUMBERED})\s*$", re.I)
_RECURRING = re.compile(r"\b(annual|regular|summits|mechanism|every year|biennial)\b", re.I)


def one_meeting(name: str, sentence: str) -> bool:
    """The "mechanism" is one occurrence of it: "the 14th India-Japan Annual Summit", "the
    last summit". That is a meeting (the meeting pass reports it), not a landmark."""
    if _ORDINAL.search(name):
        return True
    span = locate_quote(sentence, name)
    before = sentence[: span[0]] if span else ""
    return bool(_NUMBERED_BEFORE.search(before))


def summit_kind(name: str, sentence: str) -> Literal["mechanism_established"] | None:
    """A milestone the model called a ``summit``: a recurring format set up ("annual summits
    since 2006") is a mechanism established; one summit is a meeting (the meeting pass
    reports it), so None."""
    if one_meeting(name, sentence):
        return None
    if _RECURRING.search(name) or re.search(r"\bsummits\b.*\bsince\b", sentence, re.I):
        return "mechanism_established"
    return None


DOCUMENT_WORDS = frozenset(MILESTONE_NAME_WORDS["agreement"]) - {"partnership", "vision"}
"""Words that name a document (an agreement's name words, less those a partnership shares)."""
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_COMPLEMENT = re.compile(
    r"^\s+((?:on|for|to|in)\s+(?:(?!(?:which|that|under|between|with|signed|was|were|is|and|"
    r"by|at|during|in)\b)[a-z][\w-]*\s*){1,8}"
    rf"(?:between\s+{_CAPITALISED}\s+and\s+{_CAPITALISED})?)"
)
"""What completes a common-noun document name: "… on energy transition financing", "… on
the delimitation of the maritime zones between Italy and Albania"."""


def complete_name(name: str, sentence: str) -> str:
    """A document named by a common noun ("a memorandum of cooperation") is named in full by
    what follows it ("… on energy transition financing"); the model often stops short. Proper
    names, and names followed by anything else, are returned as given."""
    words = name.split()
    if not words or words[0][:1].isupper() or _head(name) not in DOCUMENT_WORDS:
        return name
    span = locate_quote(sentence, name)
    if span is None:
        return name
    complement = _COMPLEMENT.match(sentence[span[1] :])
    if complement is None:
        return name
    return f"{sentence[span[0] : span[1]]} {' '.join(complement.group(1).split())}"


_LEFT_WORDS = re.compile(r"((?:[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*\s+){1,3})$")
_RIGHT_ACRONYM = re.compile(r"^\s*\((?P<acronym>[A-Z][\w-]{1,11})\)")
_DETERMINER_WORDS = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})


def full_proper_name(name: str, sentence: str) -> str:
    """A proper name the model shortened, as the sentence writes it in full: the capitalised
    words just before it ("Indonesia-Australia Comprehensive Economic Partnership
    Agreement") and the acronym in brackets just after it ("… (IA-CEPA)")."""
    span = locate_quote(sentence, name)
    if span is None or not name[:1].isupper():
        return name
    start, end = span
    left = _LEFT_WORDS.search(sentence[:start])
    prefix = ""
    if left:
        words = left.group(1).split()
        while words and words[0] in _DETERMINER_WORDS:
            words.pop(0)
        if words and left.start() > 0:  # not the sentence's own first word(s)
            prefix = " ".join(words) + " "
    own = sentence[start:end]
    acronym = _RIGHT_ACRONYM.match(sentence[end:])
    suffix = f" ({acronym.group('acronym')})" if acronym and "(" not in own else ""
    return f"{prefix}{own}{suffix}"


def spell_out_leading_acronym(name: str, article_text: str) -> str:
    """ "FISEMOB agreement" -> "Finnish-Swedish Military Mobility Agreement (FISEMOB)": an
    acronym followed only by the kind of document is the article's spelled-out name."""
    words = name.split()
    if len(words) != 2 or words[1].lower() not in MILESTONE_NAME_WORDS["agreement"]:
        return name
    expanded = expand_acronym(words[0], article_text)
    return expanded if expanded != words[0] else name


def is_bare(name: str) -> bool:
    """A name that is only a kind of thing ("partnership", "the framework"): it names nothing."""
    words = [w for w in re.findall(r"[\w+]+", name.lower()) if w not in _DETERMINERS | {"the"}]
    return len(words) <= 1


_PLURAL_DOCUMENT = re.compile(
    r"\b(agreements|accords|treaties|pacts|deals|protocols|memoranda|memorandums|mous|"
    r"declarations|statements|arrangements|documents|instruments)\b"
)


def counts_documents(name: str) -> bool:
    """A name in the plural and in lower case ("declarations of intent", "similar pacts")
    counts documents of a kind; it names none of them, so it is no landmark."""
    return name == name.lower() and bool(_PLURAL_DOCUMENT.search(name))


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}(?:-[A-Z][A-Za-z]{1,7})?")
"""An acronym, hyphenated ones too ("IA-CEPA")."""
_DEFINITION_WORD = r"[A-Z][\w'’-]*|and|of|for|on|the|in"
"""A word of an acronym's spelled-out name (no dots: "Commission. The ..." is two sentences)."""


def expand_acronym(name: str, article_text: str) -> str:
    """ "CEPA" as the article defines it: "India-UAE Comprehensive Economic Partnership
    Agreement (CEPA)". An acronym alone names nothing a reader of another article can match;
    the definition, with the acronym kept, does. Names that are not a bare acronym, or an
    acronym the article never spells out, are returned as given."""
    bare = name.strip()
    if not _ACRONYM.fullmatch(bare) or sum(c.isupper() for c in bare) < 2:
        return name
    definition = re.search(
        rf"((?:(?:{_DEFINITION_WORD})[ \t]+){{1,{MAX_NAME_WORDS}}})\(\s*{re.escape(bare)}\s*\)",
        article_text,
    )
    if definition is None:
        return name
    words = definition.group(1).split()
    while words and not words[0][:1].isupper():
        words.pop(0)  # "the India-UAE ..." starts at the first capitalised word
    while len(words) > 1 and words[0] in ("The", "A", "An", "This", "That"):
        words.pop(0)
    if len(words) < 2:
        return name
    return f"{' '.join(words)} ({bare})"


_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*)"
    r"(?:\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*)*"
)


def document_named_within(name: str) -> str:
    """The document a descriptive phrase is about: "U.S. commitment to the defense of Japan
    under the Japan-U.S. Treaty of Mutual Cooperation and Security" -> "Japan-U.S. Treaty of
    Mutual Cooperation and Security". Only when ordinary words come before the document's
    proper name; a name that starts as one ("Joint Statement between … on Building …") is
    kept whole."""
    for match in _CAPITALISED_RUN.finditer(name):
        words = match.group(0).split()
        if len(words) < 2 or not any(w.lower().strip(".") in DOCUMENT_WORDS for w in words):
            continue
        before = re.findall(r"\b[a-z][\w'’-]*", name[: match.start()])
        if any(w not in _JOINERS and w not in _DETERMINERS for w in before):
            return match.group(0)
        return name
    return name


def _content_words(name: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", fold(name).lower())
    return frozenset(w for w in words if w not in _JOINERS and w not in _DETERMINERS)


def describes(short: str, full: str) -> bool:
    """``short`` is a description of the document ``full`` names: every word of it is in the
    full name and it says something beyond the kind of document ("the 1960 security treaty"
    for "Treaty of Mutual Cooperation and Security, signed in 1960"; "the defence pact" is
    no description of a "Trade Agreement")."""
    mine, theirs = _content_words(short), _content_words(full)
    named = mine - set(HEAD_WORDS) - {w + "s" for w in HEAD_WORDS} - DOCUMENT_WORDS
    return bool(named) and mine < theirs
