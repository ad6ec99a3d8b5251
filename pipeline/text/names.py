"""People's names and titles, normalised by code (countries: ``pipeline.text.places``).

A 1.5B model glues titles into names ("Foreign Secretary Vinay Mohan Kwatra", "Mr. Masataka
Okano") and gives surnames alone ("Kwatra"). These pure functions split the title out, drop
honorifics and expand a surname to the full name the same article gives.
"""

from __future__ import annotations

import re

from pipeline.text.dates import MONTH_NAMES, WEEKDAY_NAMES
from pipeline.text.normalise import is_honorific
from pipeline.text.places import is_country

# Words that begin a title, never a name. Lower case, matched token by token.
TITLE_WORDS = frozenset(
    {
        "prime",
        "minister",
        "pm",
        "foreign",
        "secretary",
        "external",
        "affairs",
        "president",
        "vice",
        "vice-minister",
        "deputy",
        "ambassador",
        "senior",
        "chief",
        "cabinet",
        "union",
        "state",
        "defence",
        "defense",
        "finance",
        "trade",
        "commerce",
        "national",
        "security",
        "adviser",
        "advisor",
        "envoy",
        "special",
        "general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "king",
        "queen",
        "crown",
        "prince",
        "princess",
        "chancellor",
        "premier",
        "counsellor",
        "counselor",
        "spokesperson",
        "fs",
        "eam",
        "nsa",
        "mea",
        "the",
        "of",
        "for",
        "and",
        "assistant",
        "parliamentary",
        "sherpa",
        "quad",
        "high",
        "commissioner",
        "minister-president",
        "governor",
        "mayor",
        "speaker",
        "official",
    }
)

_TOKEN_STRIP = ".,;:()\"'“”‘’"


def _is_honorific(token: str) -> bool:
    return is_honorific(token)


def _is_title_word(token: str) -> bool:
    """A word of a title: an office word, or a country's adjective or possessive ("Japanese
    Foreign Minister", "Kenya's Cabinet Secretary"), for any country."""
    bare = token.lower().strip(_TOKEN_STRIP)
    if bare in TITLE_WORDS:
        return True
    return bool(token[:1].isupper()) and is_country(token.strip(_TOKEN_STRIP))


def split_name_and_title(raw_name: str) -> tuple[str, str | None]:
    """'Foreign Secretary Vinay Mohan Kwatra' -> ('Vinay Mohan Kwatra', 'Foreign Secretary').

    Honorifics are dropped; leading title words move to the title. A name made only of
    title words is returned unchanged: better a visible oddity than an empty name.
    """
    tokens = [t for t in raw_name.replace(",", " ").split() if not _is_honorific(t)]
    if not tokens or all(_is_title_word(t) for t in tokens):
        return " ".join(raw_name.split()), None
    title_tokens: list[str] = []
    # "Secretary (East) Neha Srinivasan": a bracketed word belongs to the title before it.
    while len(tokens) > 1 and (_is_title_word(tokens[0]) or tokens[0].startswith("(")):
        title_tokens.append(tokens.pop(0))
    tokens[-1] = _POSSESSIVE.sub("", tokens[-1].strip(_TOKEN_STRIP))  # "Misri's" is Misri
    return canonical_name_order(" ".join(tokens)), " ".join(title_tokens) or None


def _capitalised_family(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def canonical_name_order(name: str) -> str:
    """'SATO Kenji' -> 'Kenji Sato', 'Kenji SATO' -> 'Kenji Sato'.

    Writing the family name in capitals is how Japanese and some other outlets mark a name
    given family name first; the canonical form is given name first, family name in title
    case. Names in ordinary case keep the order the article gives them ("Nguyen Van An",
    "Wang Yi"): without the capitals, which part is the family name is not code's guess.
    An all-capitals name ("KENJI SATO") is a shouted headline, not a marker: title-cased.
    """
    tokens = name.split()
    if len(tokens) < 2:
        return name
    caps = [_capitalised_family(t) for t in tokens]
    if all(caps):
        return " ".join(t.title() for t in tokens)
    if caps[0] and not any(caps[1:]):
        return " ".join([*tokens[1:], tokens[0].title()])
    if caps[-1] and not any(caps[:-1]):
        return " ".join([*tokens[:-1], tokens[-1].title()])
    return name


_POSSESSIVE = re.compile(r"['’]s?$")


def expand_short_name(name: str, known_full_names: list[str], article_text: str) -> str:
    """'Kwatra' -> 'Vinay Mohan Kwatra' when the same article gives the full name.

    Looks first at the other names the model gave, then at capitalised word runs in the
    text that end in the surname (with any title words in front stripped).
    """
    if " " in name.strip():
        return name
    surname = name.strip()
    candidates = [
        full for full in known_full_names if full.split()[-1] == surname and full != surname
    ]
    if candidates:
        return max(candidates, key=len)
    pattern = re.compile(rf"((?:[A-Z][\w.'’-]*\s+){{1,4}}){re.escape(surname)}\b")
    best = surname
    for match in pattern.finditer(article_text):
        prefix = [t for t in match.group(1).split() if not _is_honorific(t)]
        while prefix and _is_title_word(prefix[0]):
            prefix.pop(0)
        if prefix and not any(_is_title_word(t) for t in prefix):
            full = " ".join([*prefix, surname])
            if len(full) > len(best):
                best = full
    return best


_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "binti",
        "bint",
        "al",
        "el",
        "la",
        "le",
        "ibn",
        "y",
        "e",
    }
)
# Words that never stand in a person's name: a small model puts bodies, formats and
# countries in the participants list ("Ministry of Economy Trade and Industry").
NON_PERSON_WORDS = frozenset(
    {
        "ministry",
        "ministries",
        "government",
        "department",
        "office",
        "officials",
        "official",
        "dialogue",
        "consultations",
        "consultation",
        "partnership",
        "council",
        "commission",
        "secretariat",
        "embassy",
        "agency",
        "cabinet",
        "ministers",
        "affairs",
        "committee",
        "delegation",
        "side",
        "sides",
        "leaders",
        "team",
        "forum",
        "summit",
        "meeting",
        "united",
        "states",
        "republic",
        "kingdom",
        "global",
        "strategic",
        "special",
        "senior",
        "counterpart",
        "counterparts",
        "others",
    }
)


_NEVER_IN_NAMES = frozenset(
    {
        "minister",
        "secretary",
        "president",
        "ambassador",
        "prime",
        "deputy",
        "foreign",
        "chief",
        "envoy",
        "chancellor",
        "premier",
        "east",
        "west",
        "north",
        "south",
        "today",
        "yesterday",
        *(name.lower() for name in MONTH_NAMES if name != "May"),  # May is a name too
        *(name.lower() for name in WEEKDAY_NAMES),
    }
)


def is_person_name(name: str) -> bool:
    """Plausibly a person's name: capitalised tokens (or name particles), at most six of
    them, no acronym, no title, month or country, no word that names a body or format."""
    tokens = name.replace(",", " ").split()
    if not tokens or len(tokens) > 6 or is_country(name):
        return False
    for token in tokens:
        bare = token.strip(_TOKEN_STRIP)
        if not bare:
            continue
        lowered = bare.lower()
        if lowered in NON_PERSON_WORDS or lowered in _NEVER_IN_NAMES:
            return False
        if bare.lower() in _NAME_PARTICLES:
            continue
        if not bare[0].isupper():
            return False
        if len(bare) >= 3 and bare.isupper() and bare.isalpha():
            return False  # an acronym: JETRO, UNICORN, MEA
    return True


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def titled_people(sentence: str) -> list[tuple[str, str]]:
    """People a sentence names with a title before them ("PM Kishida", "External Affairs
    Minister Arvind Raghavan"), as (name, title). For a meeting whose people the model left
    out: the sentence itself says who acted."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(sentence)]
    found: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        title: list[str] = []
        while (
            index < len(words) and words[index][0][:1].isupper() and _is_title_word(words[index][0])
        ):
            title.append(words[index][0])
            index += 1
            # "Secretary (East) Neha Srinivasan": a bracketed word belongs to the title
            if index < len(words) and sentence[words[index][1] - 1 : words[index][1]] == "(":
                title.append(f"({words[index][0].rstrip(')')})")
                index += 1
        while title and index < len(words) and _is_honorific(words[index][0]):
            index += 1  # "Foreign Minister Sheikh Saif …": the honorific is neither
        name: list[str] = []
        while (
            title
            and index < len(words)
            and len(name) < 6
            and (words[index][0][:1].isupper() or words[index][0] in _NAME_PARTICLES)
            and not _is_title_word(words[index][0])
            and not _is_honorific(words[index][0])
        ):
            name.append(words[index][0].strip(_TOKEN_STRIP))
            index += 1
            # a name ends at punctuation or before a lower-case word
            end = words[index - 1][1] + len(words[index - 1][0])
            if index < len(words) and sentence[end : words[index][1]].strip():
                break
        candidate = _POSSESSIVE.sub("", " ".join(name))
        office = any(word.lower().strip(_TOKEN_STRIP) in _OFFICES for word in title)
        if office and name and is_person_name(candidate) and not is_country(candidate):
            found.append((candidate, " ".join(title)))
        if not title:
            index += 1
    return found


# A title names an office only with one of these: "Security Cooperation" or "High Speed Rail"
# is made of title-like words but names no one.
_OFFICES = frozenset(
    {
        "minister",
        "pm",
        "secretary",
        "president",
        "vice-minister",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "chief",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "commissioner",
        "governor",
        "mayor",
        "speaker",
        "sherpa",
        "official",
        "minister-president",
        "general",
    }
)


# "conveyed his greetings to President X", "a message from X", "on behalf of X": X is named,
# not present.
_IN_PASSING = re.compile(
    r"\b(?:greetings|regards|wishes|message|letter|invitation)\s+(?:of|from|to)\b"
    r"|\bon behalf of\b",
    re.IGNORECASE,
)


def mentioned_in_passing(sentence: str, name: str) -> bool:
    """Whether every mention of ``name`` (or its surname) in ``sentence`` follows a phrase
    that names someone absent ("greetings to French President X"): such a person is not a
    participant of the sentence's meeting, however a model reads it."""
    tokens = name.split()
    if not tokens:
        return False
    mentions = [
        m.start() for m in re.finditer(rf"\b{re.escape(tokens[-1])}\b", sentence, re.IGNORECASE)
    ]
    if not mentions:
        return False
    for start in mentions:
        cues = list(_IN_PASSING.finditer(sentence[:start]))
        cue = cues[-1] if cues else None
        between = sentence[cue.end() : start].split() if cue else None
        if between is None or len(between) > 8 or not all(w[:1].isupper() for w in between):
            return False
    return True


_MEETING_SUBJECT = re.compile(
    r"(?P<name>(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s+(?:also\s+)?"
    r"(?:paid (?:a )?courtesy call|called on|met|held (?:talks|a meeting|a bilateral)|hosted)\b"
)


def meeting_subjects(sentence: str) -> list[str]:
    """Names written right before a meeting verb ("Marchand paid a courtesy call on ..."):
    the side a model reading "called on Prime Minister X" tends to leave out."""
    found = []
    for match in _MEETING_SUBJECT.finditer(sentence):
        words = match.group("name").split()
        while words and not words[0][:1].isupper():
            words.pop(0)  # "and Kishida met": the name starts at its capital
        candidate = split_name_and_title(" ".join(words))[0] if words else ""
        if candidate and is_person_name(candidate) and not is_country(candidate):
            found.append(candidate)
    return found
