"""Finding the sentences worth asking the model about: pure, no model.

A 1.5B model asked for every meeting of a whole article merges meetings, drops background
ones and invents quotes. Asked about one sentence at a time (with a little context) it does
much better, and the evidence is then the sentence code chose, so it is exact by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.dates import YEAR_PATTERN
from pipeline.text.places import countries_mentioned

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
# Abbreviations that end in a dot without ending the sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Lt|Col|Capt|Sr|Jr|Hon|Rep|Sen|Gov|No|Nos|Vol|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|H\.E)|\b[A-Z])\.$"
)

# Words that report a meeting taking place, not just mention one: "During the dialogue, the
# two sides reaffirmed ..." is about a meeting another sentence reports, and asking the model
# about it costs a call and invites a duplicate.
MEETING_CUE = re.compile(
    r"\b(met|meet|meets|meeting (was |is )?(with|for|of|between)|held|hold|holds|holding|"
    r"conducted|preparations for|co-?chair(ed|s|ing)?|chaired|took place|convened|"
    r"(talks|discussions|consultations|dialogue|parleys|meeting) (with|between)|"
    r"called on|call on|calls on|calling on|courtesy call|summit|hosted|hosts|received|"
    r"conferred|sat down with|will visit|visited|visit to|to visit|invited|2\s*\+\s*2|"
    # "signed the pact after talks on …", "following their annual leaders' meeting"
    r"(after|following) (their |the |a |an )?([\w'’-]+\s+){0,3}(talks|meeting|summit))\b",
    re.IGNORECASE,
)
# What a meeting sentence names when it names no person: a format ("The commission last met
# in Abidjan"), an acronym of one ("The 10th JCBC was held in Hanoi"), or the people by
# reference ("The two ministers last met in January", "They first met in Seoul").
_NAMED_OTHERWISE = re.compile(
    r"\b(commission|dialogue|council|consultations|committee|summit|forum|retreat|2\s*\+\s*2)\b"
    r"|(?-i:\b[A-Z]{2,}[A-Za-z]*[A-Z]\b)"
    r"|\b(they|both (ministers|leaders|sides)|the two (ministers|leaders|presidents|premiers|"
    r"counterparts|foreign ministers|defen[cs]e ministers))\b",
    re.IGNORECASE,
)
RELATIVE_YEAR = re.compile(r"\b(last|this|next|previous|past) year\b|\bearlier this year\b", re.I)
# The documents a landmark can be (CONVENTIONS: "a signed agreement, treaty, memorandum,
# joint declaration or joint statement"), in the words outlets use for them.
_DOCUMENT = (
    r"agreements?|accords?|treat(?:y|ies)|pacts?|deals?|conventions?|protocols?|charters?|"
    r"memorand(?:um|a)|MoUs?|MoCs?|declarations?|joint statements?|communiqu[eé]s?|"
    r"road ?maps?|action plans?|frameworks?|partnerships?"
)
# The standing formats a landmark can set up ("<format> established").
_FORMAT = (
    r"dialogues?|mechanisms?|commissions?|councils?|committees?|forums?|consultations|formats?|"
    r"summits?|working groups?|task forces?"
)
INTO_FORCE = re.compile(
    r"\b(entered|enters|came|comes|coming|entry) into (force|effect)\b|\btook effect\b", re.I
)
MILESTONE_CUE = re.compile(
    # the documents, some formats, and the ways a landmark is done
    rf"\b({_DOCUMENT}|elevated|upgraded?|upgrading|established|establishment|signed|signing|"
    r"vision|since|launched|inaugurated|annual summits?|mechanism|adopted|"
    r"council|committee|commission|concluded|inked|ratified|set up|created|"
    r"founded|instituted|restored|normali[sz]ed|recogni[sz]ed|diplomatic (relations|ties)|"
    r"agreed (on|upon)|into (force|effect)|took effect|partners)\b",
    re.IGNORECASE,
)
_DONE = r"signed|inked|concluded|adopted|exchanged|issued|ratified|initial(?:l)?ed|agreed"
STILL_TO_COME = re.compile(
    r"\b(will|would|shall|is to|are to|expected to|due to|set to|slated to|plans? to|"
    r"planned to|scheduled to|aims? to|hopes? to|intends? to)\s+(be\s+)?(\w+\s+)?"
    r"(sign(ed)?|ink(ed)?|conclude[d]?|adopt(ed)?|establish(ed)?|launch(ed)?|set up|create[d]?|"
    r"upgrade[d]?|elevate[d]?|raise[d]?|ratif(y|ied))\b",
    re.I,
)
"""A landmark still to come ("is expected to be signed later this year", "will launch a
dialogue next year"): CONVENTIONS counts no plan that has not happened yet."""
SIGNING = re.compile(
    rf"\b(signed|signing|inked|concluded|adopted|exchanged|issued|agreed (?:on|upon))\b"
    rf".{{0,80}}?\b({_DOCUMENT})\b"
    # the passive, the participle and entry into force: "A memorandum on fisheries was also
    # signed", "the accord, initialled in Lima, ...", "The treaty entered into force"
    rf"|\b({_DOCUMENT})\b[^.;]{{0,80}}?(\b(was|were|been|being|is|are)\s+(\w+\s+)?|,\s*)"
    rf"({_DONE})\b"
    rf"|\b({_DOCUMENT})\b[^.;]{{0,60}}?(\b(entered|came|comes) into (force|effect)\b|"
    r"\btook effect\b)",
    re.IGNORECASE,
)
"""A signing reported without a year: the article's own news ("The two sides signed a
Critical Minerals Investment Partnership", "Three memoranda were signed"), dated by the
article."""
SETTING_UP = re.compile(
    r"\b(agreed|decided|resolved)\s+to\s+(establish|launch|set\s+up|create|institute|"
    rf"hold\s+(an?\s+)?annual)\b.{{0,80}}?\b({_FORMAT})\b"
    # the passive: "The council was agreed when the leaders met", "a task force was set up"
    rf"|\b({_FORMAT})\b[^.;]{{0,60}}?\b(was|were|has been|have been)\s+(\w+\s+)?"
    r"(set\s+up|established|launched|created|instituted|agreed)\b"
    # done in the active: "The leaders launched a Strategic Dialogue", "announced the
    # creation of a joint task force"
    r"|\b(launched|inaugurated|instituted|(announced|approved|agreed on) the (launch|"
    rf"establishment|creation|setting up) of)\b.{{0,60}}?\b({_FORMAT})\b",
    re.IGNORECASE,
)
"""A format the two sides agree to set up: a landmark of the article's own year."""
RAISING = re.compile(
    r"\b(?:rais|elevat|upgrad|lift)\w*\b.{0,60}?\b(?:relations(?:hip)?|ties)\b"
    r"|\b(?:relations(?:hip)?|ties)\s+(?:(?:were|was|have|has|had|been|now)\s+){1,2}"
    r"(?:raised|elevated|upgraded|lifted)\b",
    re.IGNORECASE,
)
_TO_A_NAME = re.compile(r"\bto\s+(?:an?\s+|the\s+|new\s+)*['‘\"“]?[A-Z]")


def raises_ties(sentence: str) -> bool:
    """The sentence raises a relationship to a named level ("have raised their relationship
    to an Enhanced Duavata Partnership", "ties were elevated to a Comprehensive Strategic
    Partnership"): a landmark even without a year, the article's own news."""
    found = RAISING.search(sentence)
    return bool(found and _TO_A_NAME.search(sentence, found.start()))


YEAR = re.compile(YEAR_PATTERN)
# Two capitalised words in a row (a name like "Takehiro Funakoshi" or "S Jaishankar"), or a
# capitalised word past the sentence's first ("Okafor invited Lindqvist to visit …").
_NAME_LIKE = re.compile(r"\b[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+|(?<=\S\s)[A-Z][a-z][\w'’-]+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    piece_of: int | None = None
    """For a piece of an over-long sentence: the index of that sentence (pieces overlap)."""


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets into ``text`` (whitespace trimmed)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        if "\n" not in match.group(0) and _ABBREVIATIONS.search(candidate):
            continue  # the dot belongs to "Mr." or an initial, not to the sentence
        _append(sentences, text, start, match.start())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    sentences.append(Sentence(begin, begin + len(stripped), stripped))


def is_meeting_candidate(sentence: str) -> bool:
    """A sentence that may report a meeting: a meeting word and someone or some country
    named ("the foreign ministers of Chile and Peru met in Lima" names no person: its
    neighbouring sentence may, and the call reads both)."""
    if not MEETING_CUE.search(sentence):
        return False
    return bool(
        _NAME_LIKE.search(sentence)
        or countries_mentioned(sentence)
        or _NAMED_OTHERWISE.search(sentence)
    )


def is_milestone_candidate(sentence: str) -> bool:
    """A sentence that may state a landmark: a year and a landmark word, a signing, a
    format agreed to be set up, or ties raised to a named level."""
    if YEAR.search(sentence) or RELATIVE_YEAR.search(sentence):
        return bool(MILESTONE_CUE.search(sentence))
    return bool(SIGNING.search(sentence) or SETTING_UP.search(sentence) or raises_ties(sentence))


def meeting_candidates(sentences: list[Sentence]) -> list[int]:
    return [i for i, s in enumerate(sentences) if is_meeting_candidate(s.text)]


def milestone_candidates(sentences: list[Sentence]) -> list[int]:
    return [i for i, s in enumerate(sentences) if is_milestone_candidate(s.text)]


_SPACE = re.compile(r"\s+")


def split_long_sentences(sentences: list[Sentence], max_chars: int, overlap: int) -> list[Sentence]:
    """Sentences, with any longer than ``max_chars`` cut into overlapping pieces.

    A page without punctuation (a scrape that lost its line breaks, a 1 MB dump) is one
    "sentence" no model context can hold. Cutting it into pieces that overlap by ``overlap``
    characters, at spaces where there are any, reads all of it and never loses a mention
    that straddles a cut; the caller merges what two pieces both report.
    """
    if overlap >= max_chars // 2:
        raise ValueError("overlap must be less than half of max_chars")
    out: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        if len(sentence.text) <= max_chars:
            out.append(sentence)
            continue
        out.extend(
            Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b], piece_of=index)
            for a, b in _piece_spans(sentence.text, max_chars, overlap)
        )
    return out


def _piece_spans(text: str, max_chars: int, overlap: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + max_chars, len(text))
        if end < len(text):
            # Cut at the last space in the piece's second half, else mid-word.
            cut = max(
                (m.start() for m in _SPACE.finditer(text, start + max_chars // 2, end)), default=-1
            )
            end = cut if cut > start else end
        spans.append((start, end))
        if end >= len(text):
            return spans
        # Start the next piece at least ``overlap`` back, at a word start when there is one.
        nxt = end - overlap
        word_starts = [m.end() for m in _SPACE.finditer(text, start + 1, nxt)]
        start = word_starts[-1] if word_starts else nxt
