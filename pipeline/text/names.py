"""People's names and titles, normalised by code (countries: ``pipeline.text.places``).

A 1.5B model glues titles into names ("Foreign Secretary Vinay Mohan Kwatra", "Mr. Masataka
Okano") and gives surnames alone ("Kwatra"). These pure functions split the title out, drop
honorifics and expand a surname to the full name the same article gives.
"""

from __future__ import annotations

import re

from pipeline.text.dates import MONTH_NAMES, WEEKDAY_NAMES
from pipeline.text.normalise import is_honorific
from pipeline.text.places import country_mentions, is_capital, is_country

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
        "federal",
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
        titles = [i for i, t in enumerate(prefix) if _is_title_word(t)]
        if titles:  # "Federal Foreign Minister Katrin": the name starts after the title
            prefix = prefix[titles[-1] + 1 :]
        if prefix and not any(_is_title_word(t) for t in prefix):
            full = " ".join([*prefix, surname])
            if len(full) > len(best) and is_person_name(full):  # "Halmahera. Ms Marchetti"
                best = full
    return best


def name_in_capitals(token: str, article_text: str) -> str | None:
    """A family name written in capitals alone ("MORIYAMA") is the person the article names
    in full ("Defence Minister MORIYAMA Aiko", "Aiko MORIYAMA"), in canonical order."""
    if not (len(token) >= 3 and token.isalpha() and token.isupper()):
        return None
    word = r"[A-Z][a-z][\w'’-]*"
    pattern = re.compile(rf"(?:({word})\s+)?{re.escape(token)}(?:\s+({word}))?")
    for match in pattern.finditer(article_text):
        before, after = match.group(1), match.group(2)
        given = after if after and not _is_title_word(after) else None
        given = given or (before if before and not _is_title_word(before) else None)
        if given:
            written = f"{token} {given}" if given == after else f"{given} {token}"
            return canonical_name_order(written)
    return None  # never written with a given name: an acronym ("NATO"), not a person


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
        "force",
        "forces",
        "police",
        "army",
        "navy",
        "palace",
        "building",
        "university",
        "company",
        "corporation",
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


_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2,}\.$")
"""A word of two letters or more ending a sentence ("Rajghat."); an initial ("S.") is not."""


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "his", "her", "their", "its", "him"})


def is_person_name(name: str) -> bool:
    """Plausibly a person's name: capitalised tokens (or name particles), at most six of
    them, no acronym, no title, month or country, no word that names a body or format."""
    tokens = name.replace(",", " ").split()
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return False
    if not tokens or len(tokens) > 6 or is_country(name) or is_capital(name):
        return False
    if all(_is_title_word(t) or _is_honorific(t) for t in tokens):
        return False  # "PM", "Saudi Crown Prince": an office, not a name
    if any(_SENTENCE_BREAK.search(t) for t in tokens[:-1]):
        return False  # "Rajghat. He": two sentences glued, not a name
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
    r"(?P<name>(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s+"
    r"(?:(?:also|last|first|later|earlier|again|then|previously|had|have|has)\s+){0,2}"
    r"(?:paid (?:a )?courtesy call|called on|met|held (?:talks|a meeting|a bilateral)|hosted)\b"
)


_MEETING_OBJECT = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|consultations|discussions)\s+with\s+"
    r"(?:(?:his|her|their)\s+(?:\w+\s+){0,2}?counterparts?,?\s+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
)


def meeting_objects(sentence: str) -> list[str]:
    """Names right after "met with", "a meeting with", "talks with (his counterpart)": the
    other side of a meeting a model listed one side of."""
    found = []
    for match in _MEETING_OBJECT.finditer(sentence):
        candidate = split_name_and_title(match.group("name"))[0]
        if candidate and is_person_name(candidate) and not is_country(candidate):
            found.append(candidate)
    return found


def meeting_subjects(sentence: str) -> list[str]:
    """Names written right before a meeting verb ("Marchand paid a courtesy call on ...",
    "Whitcombe and Naulumatua last met"): the side a model reading "called on Prime Minister
    X" tends to leave out."""
    found = []
    for match in _MEETING_SUBJECT.finditer(sentence):
        words = match.group("name").split()
        while words and not words[0][:1].isupper():
            words.pop(0)  # "and Kishida met": the name starts at its capital
        for part in re.split(r"\s*(?:,|\band\b)\s*", " ".join(words)):
            tokens = part.split()
            while tokens and not tokens[-1][:1].isupper():
                tokens.pop()  # "Naulumatua last met": "last" is no part of the name
            candidate = split_name_and_title(" ".join(tokens))[0] if tokens else ""
            if candidate and is_person_name(candidate) and not is_country(candidate):
                found.append(candidate)
    return found


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PHRASE_WORDS = frozenset(
    {"of", "for", "and", "the", "de", "du", "da", "'s", "’s", "counterpart", "counterparts"}
)


def _in_title_phrase(between: str) -> bool:
    """Words between a country and a name that belong to the person's title ("'s Minister
    for Foreign Affairs, Abena", " counterpart Yuki"): capitalised words, title words and
    the small words of titles, nothing else (no verb: "Ukraine, said Wessel" is not)."""
    words = re.findall(r"[\w'’-]+", between)
    if len(words) > 9:
        return False
    return all(w[:1].isupper() or w.lower() in _PHRASE_WORDS or _is_title_word(w) for w in words)


def country_named_with(surname: str, text: str) -> str | None:
    """The country an article ties to a person where it names them: a country word heading
    the person's title ("Ghana's Minister for Foreign Affairs, Abena Owusu-Ansah", "her
    Japanese counterpart Yuki Morimoto"), else "… of <country>" right after the name
    ("Rosa Medel of Chile"). None when the article never says."""
    if not surname:
        return None
    for match in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
        before = text[max(0, match.start() - 90) : match.start()]
        cut = list(_SENTENCE_END.finditer(before))
        if cut:
            before = before[cut[-1].end() :]
        mentions = country_mentions(before)
        if mentions and _in_title_phrase(before[mentions[-1][1] :]):
            return mentions[-1][2]
        after = text[match.end() : match.end() + 60]
        cut_after = _SENTENCE_END.search(after)
        after = after[: cut_after.start()] if cut_after else after
        of = re.match(r"\W*(?:[\w'’-]+\s+){0,5}?of\s+(?:the\s+)?(?P<c>[A-Z][\w'’ -]+)", after)
        if of:
            found = country_mentions(of.group("c"))
            if found:
                return found[0][2]
    return None
