"""Milestones code finds on its own: pure, no model.

Two kinds of landmark are written in a few fixed ways, and a 1.5B model handles them worse
than a pattern does:

* **Relationship events** ("Japan and Indonesia established diplomatic relations in 1958",
  "normalised relations in 1995", "resumed shuttle diplomacy"). Asked for partnerships,
  agreements and mechanisms, the model returns nothing for them; when it answers with kind
  "other" it is mostly noise ("Refiners paid for UAE crude in rupees"). Each event gets one
  fixed name, so three outlets writing "established diplomatic ties", "set up diplomatic
  relations" and "diplomatic relations were established" report one milestone that
  reconciliation can count once. The vocabulary lives in ``RELATIONSHIP_EVENTS``.
* **Partnership upgrades** written as "<Name> Partnership in <year>" ("elevated their ties to
  a Comprehensive Strategic Partnership in June 2020"). The name and year are in the text;
  the model sometimes answers "upgraded ties" or skips the second of three upgrades.

Code's findings win over the model's for the same sentence and year; a sentence whose every
year code has explained is not sent to the model at all (``years_explained``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipeline.extraction.candidates import YEAR, Sentence, split_sentences
from pipeline.ingest.cleaning import CleanedText
from pipeline.text.dates import MONTH_PATTERN, YEAR_PATTERN
from pipeline.text.milestone_names import DOCUMENT_WORDS, names_in
from schemas import ModelAnswer, ModelMilestone

_TIES = r"(?:formal |full |bilateral |diplomatic )*(?:diplomatic )?(?:relations|ties)"
_DIPLOMATIC_TIES = r"(?:formal |full )?diplomatic (?:relations|ties)"

RELATIONSHIP_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Diplomatic relations established",
        re.compile(
            rf"\b(?:established|set up|forged|opened|establishment of) {_DIPLOMATIC_TIES}\b"
            rf"|\b{_DIPLOMATIC_TIES} (?:were|was) (?:established|set up)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Normalisation of relations",
        re.compile(
            rf"\bnormali[sz](?:ed|ation of) (?:their |the )?{_TIES}\b"
            rf"|\b{_TIES} (?:were|was) normali[sz]ed\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Diplomatic relations restored",
        re.compile(
            rf"\b(?:restored|re-?established|resumed|restoration of) {_DIPLOMATIC_TIES}\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Diplomatic relations severed",
        re.compile(
            rf"\b(?:severed|broke off|cut off|suspended) {_DIPLOMATIC_TIES}\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Resumption of shuttle diplomacy",
        re.compile(r"\bresum(?:ed|ption of|ing) [\"'“‘]?shuttle diplomacy\b", re.IGNORECASE),
    ),
)

_NOT_YET = re.compile(
    r"\b(?:will|would|plan(?:s|ned)? to|agreed to|yet to|never|not|hope to|aim to|seek to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""Words just before a verb that make the event a plan or a denial, not a landmark."""

_UPGRADE_VERB = re.compile(
    r"\b(elevat|upgrad|establish|forg|set up|launch|rais|enter|turn|transform|sign|announc)",
    re.IGNORECASE,
)
_THEN = re.compile(
    rf"^['’\"”]?\s+(?:in|from)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_PATTERN}\s+)?"
    rf"(?:\d{{1,2}},?\s+)?(?P<year>{YEAR_PATTERN})",
    re.IGNORECASE,
)
"""What follows a partnership's name when the sentence dates it: "… in (June) 2020"."""


@dataclass(frozen=True)
class RuleMilestone:
    name: str
    kind: Literal["other", "partnership_upgrade"]
    year: int
    sentence: Sentence
    """The sentence in the text searched (its offsets are into that text)."""


def events_in_sentence(sentence: Sentence) -> list[RuleMilestone]:
    """The relationship events a sentence states, each with the year written nearest to it.

    An event without a year in its sentence is not a dated landmark and is left out; so is
    one the sentence only plans or denies ("will not have normalised relations by 2030").
    """
    years = [(m.start(), m.end(), int(m.group(0))) for m in YEAR.finditer(sentence.text)]
    if not years:
        return []
    found: list[RuleMilestone] = []
    for name, pattern in RELATIONSHIP_EVENTS:
        for match in pattern.finditer(sentence.text):
            if _NOT_YET.search(sentence.text[: match.start()]):
                continue
            year = min(years, key=lambda y: _distance(match.span(), y[:2]))[2]
            if all(e.name != name or e.year != year for e in found):
                found.append(RuleMilestone(name, "other", year, sentence))
    return found


def upgrades_in_sentence(sentence: Sentence) -> list[RuleMilestone]:
    """Partnerships the sentence dates right after their name, in a sentence that says they
    were set up or raised ("elevated … to a Comprehensive Strategic Partnership in June
    2020"). "The Economic Partnership Agreement, which took effect in 2008" is an agreement,
    not a partnership: its name does not end at "Partnership"."""
    text = sentence.text
    if not _UPGRADE_VERB.search(text):
        return []
    spans = [
        (match.start(), match.end(), name)
        for name in names_in(text, "partnership")
        for match in re.finditer(re.escape(name), text)
    ]
    found: list[RuleMilestone] = []
    for start, end, name in sorted(spans):
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in spans):
            continue  # "Global Partnership" inside "Strategic and Global Partnership"
        then = _THEN.match(text[end:])
        if then is None:
            continue
        year = int(then["year"])
        if all(u.name != name or u.year != year for u in found):
            found.append(RuleMilestone(name, "partnership_upgrade", year, sentence))
    return found


def milestones_in_sentence(sentence: Sentence) -> list[RuleMilestone]:
    return events_in_sentence(sentence) + upgrades_in_sentence(sentence)


_DOCUMENT = re.compile(
    rf"\b({'|'.join(sorted(DOCUMENT_WORDS))})s?\b|\btreaties\b|\bmemoranda\b", re.IGNORECASE
)
"""A document named in the sentence (the validation vocabulary's agreement words)."""


def years_explained(sentence: str) -> bool:
    """Every year the sentence writes belongs to a milestone code found in it, and it names no
    document (an agreement, treaty, declaration …) code does not read: the model has nothing
    left to add, so it is not asked. "Normalised diplomatic relations in 1965 with the Treaty
    on Basic Relations" is still asked: the treaty is the landmark."""
    if _DOCUMENT.search(sentence):
        return False
    years = {int(m.group(0)) for m in YEAR.finditer(sentence)}
    found = milestones_in_sentence(Sentence(0, len(sentence), sentence))
    return bool(years) and years <= {m.year for m in found}


def _distance(event: tuple[int, int], year: tuple[int, int]) -> int:
    """Characters between an event phrase and a year; a year after the phrase ("normalised
    relations in 1995") is preferred over one the same distance before it."""
    if year[0] >= event[1]:
        return year[0] - event[1]
    return event[0] - year[1] + 1


def find_rule_milestones(cleaned: CleanedText) -> list[RuleMilestone]:
    """Milestones in the article's text after furniture is stripped (an "ALSO READ" headline
    about other countries is not this article's landmark)."""
    return [m for s in split_sentences(cleaned.text) for m in milestones_in_sentence(s)]


def with_rule_milestones(
    answer: ModelAnswer, cleaned: CleanedText
) -> tuple[ModelAnswer, list[str]]:
    """The answer with code-found milestones added; notes say what was changed.

    The model's own "other" milestones are dropped (only the named relationship events are
    kept as "other"), and so is a partnership upgrade it gives for a sentence and year code
    has one for. An event stated in the same sentence and year as an agreement the model found
    is that agreement ("normalised diplomatic relations in 1965 with the Treaty on Basic
    Relations"): it is not listed twice.
    """
    found = [(_original_quote(cleaned, m.sentence), m) for m in find_rule_milestones(cleaned)]
    upgrades = {(quote, m.year) for quote, m in found if m.kind == "partnership_upgrade"}
    notes: list[str] = []
    kept: list[ModelMilestone] = []
    for milestone in answer.milestones:
        if milestone.kind == "other":
            notes.append(
                f"milestone {milestone.name!r} (kind other) dropped: only the named "
                "relationship events are kept as 'other'"
            )
            continue
        if milestone.kind == "partnership_upgrade" and any(
            year == milestone.year and _same_sentence(milestone.quote, quote)
            for quote, year in upgrades
        ):
            continue  # code read this sentence's partnership of that year from the text
        kept.append(milestone)
    for quote, rule in found:
        if rule.kind == "other" and any(
            _same_sentence_agreement(m, quote, rule.year) for m in kept
        ):
            continue
        kept.append(
            ModelMilestone(
                quote=quote, name=rule.name, kind=rule.kind, year=rule.year, countries=[]
            )
        )
    return ModelAnswer.model_construct(meetings=answer.meetings, milestones=kept), notes


def _original_quote(cleaned: CleanedText, sentence: Sentence) -> str:
    start, end = cleaned.span_to_original(sentence.start, sentence.end)
    return cleaned.original[start:end]


def _same_sentence(first: str, second: str) -> bool:
    return bool(first.strip()) and (first in second or second in first)


def _same_sentence_agreement(milestone: ModelMilestone, quote: str, year: int) -> bool:
    return (
        milestone.kind == "agreement"
        and milestone.year == year
        and _same_sentence(milestone.quote, quote)
    )
