"""The decomposed strategy: one small model call per candidate sentence.

Code picks the sentences (``candidates``); the model reads one sentence with the sentence before
and the sentence after it, and lists the meetings or milestones that sentence reports (the
neighbours say who "he" is, when and where, and what "the council" is called). The answers are put
together into one ``ModelAnswer`` whose quotes are the chosen sentences as they stand in the
original article, so evidence is exact by construction and the usual record building
(grounding of names, dates by code, merging repeats) applies unchanged.

A "sentence" longer than a call can hold (a page without punctuation) is read in overlapping
pieces, each asked like a sentence; what two pieces of one sentence both report is kept once.
An article needing more calls than ``Settings.max_calls_per_article`` is refused, never cut.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationInfo, model_validator

from pipeline.config import CHARS_PER_TOKEN, Settings
from pipeline.extraction.candidates import (
    RELATIVE_YEAR,
    Sentence,
    meeting_candidates,
    milestone_candidates,
    split_long_sentences,
    split_sentences,
)
from pipeline.extraction.prompting import (
    WINDOW_MEETINGS,
    WINDOW_MILESTONES,
    render_task,
    task_prompt_hash,
)
from pipeline.extraction.rule_milestones import years_explained
from pipeline.extraction.validation import unnamed_participants
from pipeline.ingest.cleaning import CleanedText
from pipeline.model.call_cache import CallLabel, digest
from pipeline.model.client import (
    ModelClient,
    UsageMeter,
    describe_error,
    is_transport_error,
    refuses_every_call,
    salvage_answer,
    server_refusal,
)
from pipeline.text.dates import (
    date_phrases,
    date_written_in,
    find_date_phrase,
    resolve_date,
    says_when,
    writes_a_time,
)
from pipeline.text.grounding import article_spelling, phrase_occurs
from pipeline.text.names import is_person_name, split_name_and_title, titled_people
from pipeline.text.normalise import fold
from pipeline.text.places import is_country, normalise_country
from schemas import ModelAnswer, ModelMeeting, ModelMilestone, ModelParticipant
from schemas.v1 import SentenceMeeting, SentenceMeetingsAnswer, SentenceMilestonesAnswer

T = TypeVar("T", bound=BaseModel)


class GroundedSentenceMeetings(SentenceMeetingsAnswer):
    """Participants must be people the article names (re-asked with the reason otherwise)."""

    @model_validator(mode="after")
    def _names_in_article(self, info: ValidationInfo) -> GroundedSentenceMeetings:
        article_text = (info.context or {}).get("article_text")
        if not article_text:
            return self
        for meeting in self.meetings:  # "Tomas" for the article's "Tomasz": its spelling
            for person in meeting.participants:
                name = split_name_and_title(person.name)[0]
                spelled = article_spelling(name, article_text)
                if spelled is not None and spelled != name:
                    person.name = person.name.replace(name, spelled)
        missing = [
            name
            for m in self.meetings
            for name in unnamed_participants(m.participants, article_text)
        ]
        if missing:
            raise ValueError(
                f"participants {missing} are not named in the article; "
                "name only people the sentence or its context names"
            )
        return self


class GroundedSentenceMilestones(SentenceMilestonesAnswer):
    """Each landmark's year must be written in its sentence."""

    @model_validator(mode="after")
    def _years_in_sentence(self, info: ValidationInfo) -> GroundedSentenceMilestones:
        sentence = (info.context or {}).get("sentence")
        if not sentence:
            return self
        if RELATIVE_YEAR.search(sentence):
            return self  # "last year": code reads the year from the story's date
        wrong = [
            m.year for m in self.milestones if m.year is not None and str(m.year) not in sentence
        ]
        if wrong:
            raise ValueError(f"years {wrong} are not in the sentence; give the year it states")
        return self


def _original_sentence(cleaned: CleanedText, sentence: Sentence) -> str:
    start, end = cleaned.span_to_original(sentence.start, sentence.end)
    return cleaned.original[start:end]


def _ask(
    client: ModelClient,
    response_model: type[T],
    messages: list[dict[str, str]],
    context: dict[str, Any],
    meter: UsageMeter,
    label: str,
    call_label: CallLabel | None = None,
) -> tuple[T | None, str | None]:
    """One call, and a note if it went wrong. After the last failed re-ask the schema-valid
    answer is kept (its bad records are dropped later, one by one). Transport errors and a
    server that refuses every call (wrong key, path or model) propagate: the article fails.
    A request the server rejects alone (HTTP 400: longer than its context) is a lost call."""
    try:
        answer = client.extract(
            response_model, messages, context=context, meter=meter, label=call_label
        )
        return answer, None
    except Exception as exc:
        if is_transport_error(exc) or refuses_every_call(exc):
            raise
        if server_refusal(exc) is not None:
            return None, f"{label}: {describe_error(exc)}"
        salvaged = salvage_answer(exc, response_model)  # no context: grounding is skipped
        if salvaged is None:
            return None, f"{label}: no usable answer ({describe_error(exc)})"
        return salvaged, f"{label}: kept the answer that failed validation ({describe_error(exc)})"


LEAD_SENTENCES = 3
LEAD_SEARCH = 8
"""How far down the lead's first meeting may be (past headline, byline and date lines)."""
"""The lead of a news story: its first sentences name the visit, its people, date and place."""

MIN_PIECE_CHARS = 400
PIECE_OVERLAP_SHARE = 5
"""Pieces of an over-long sentence overlap by a fifth of their length (~400 characters at the
default context): more than any one sentence reporting a meeting."""


class TooManyCalls(Exception):
    """An article that would need more model calls than allowed; refused, not truncated."""


WINDOW_SENTENCES = 3
"""A call reads its sentence with the one before and the one after."""


def sentence_char_limit(settings: Settings) -> int:
    """Longest sentence one call can hold: the context left after the answer's
    ``max_tokens`` and the longer task prompt, shared by the sentences of a window."""
    budget = (settings.context_tokens - settings.generation.max_tokens) * CHARS_PER_TOKEN
    overhead = max(
        sum(len(m["content"]) for m in render_task(task, before="", sentence="", after=""))
        for task in (WINDOW_MEETINGS, WINDOW_MILESTONES)
    )
    return max(MIN_PIECE_CHARS, int((budget - overhead) / WINDOW_SENTENCES))


def reading_units(text: str, settings: Settings) -> tuple[list[Sentence], list[str]]:
    """The sentences of ``text`` as the model will read them, and a note per cut sentence."""
    sentences = split_sentences(text)
    limit = sentence_char_limit(settings)
    units = split_long_sentences(sentences, limit, limit // PIECE_OVERLAP_SHARE)
    pieces: dict[int, list[int]] = {}
    for unit_index, unit in enumerate(units):
        if unit.piece_of is not None:
            pieces.setdefault(unit.piece_of, []).append(unit_index)
    notes = [
        f"sentence of {len(sentences[index].text):,} characters read as {len(cut)} "
        f"overlapping pieces (units {cut[0]}-{cut[-1]}): longer than one call holds"
        for index, cut in pieces.items()
    ]
    return units, notes


@dataclass
class _SentenceMeetings:
    index: int
    meetings: list[SentenceMeeting]


@dataclass(frozen=True)
class PlannedCall:
    """One model call code has decided to make, known before any model is started: what
    ``plan`` looks up in the call cache and what ``ask_sentences`` sends."""

    task: str
    unit: int
    response_model: type[BaseModel]
    messages: list[dict[str, str]]
    context: dict[str, Any]
    label: CallLabel


@dataclass(frozen=True)
class SentencePlan:
    units: list[Sentence]
    notes: list[str]
    meeting_calls: list[PlannedCall]
    milestone_calls: list[PlannedCall]

    @property
    def calls(self) -> list[PlannedCall]:
        return [*self.meeting_calls, *self.milestone_calls]


def _planned(
    task: str,
    unit: int,
    response_model: type[BaseModel],
    values: dict[str, str],
    context: dict[str, Any],
    article_id: str,
) -> PlannedCall:
    label = CallLabel(article_id, task, unit, task_prompt_hash(task), digest(values))
    messages = render_task(task, **values)
    return PlannedCall(task, unit, response_model, messages, context, label)


def _window_values(units: list[Sentence], index: int) -> dict[str, str]:
    """The sentence and its neighbours (``_neighbours``: none for a piece of an over-long
    sentence, which overlaps its neighbouring pieces already)."""
    around = _neighbours(units, index)
    return {
        "before": next((units[i].text for i in around if i < index), ""),
        "sentence": units[index].text,
        "after": next((units[i].text for i in around if i > index), ""),
    }


def plan_sentence_calls(
    cleaned: CleanedText, settings: Settings, article_id: str = ""
) -> SentencePlan:
    """The first-round calls of the sentence strategy: one per candidate sentence and task."""
    article_text = cleaned.original
    units, unit_notes = reading_units(cleaned.text, settings)
    meeting_calls = [
        _planned(
            WINDOW_MEETINGS,
            index,
            GroundedSentenceMeetings,
            _window_values(units, index),
            {"article_text": article_text},
            article_id,
        )
        for index in meeting_candidates(units)
    ]
    milestone_calls = [
        _planned(
            WINDOW_MILESTONES,
            index,
            GroundedSentenceMilestones,
            _window_values(units, index),
            {"article_text": article_text, "sentence": units[index].text},
            article_id,
        )
        for index in milestone_candidates(units)
        if not years_explained(units[index].text)
    ]
    return SentencePlan(units, unit_notes, meeting_calls, milestone_calls)


@dataclass(frozen=True)
class SentenceAnswers:
    answer: ModelAnswer
    notes: list[str]
    """What code changed in the answers (a person not in the window left out, ...)."""
    losses: list[str]
    """Calls that gave no usable answer: what they would have reported is lost."""


def ask_sentences(
    cleaned: CleanedText,
    client: ModelClient,
    meter: UsageMeter,
    workers: int = 2,
    article_id: str = "",
) -> SentenceAnswers:
    """All candidate sentences through the model, with notes on what was changed and on the
    calls that went wrong.

    Calls run ``workers`` at a time (a llama.cpp server with that many slots decodes them in
    one batch, which on a CPU costs little more than one); results are used in sentence order,
    so the output does not depend on which call finished first. Raises on a transport failure
    (after the transport retries).
    """
    plan = plan_sentence_calls(cleaned, client.settings, article_id)
    sentences = plan.units
    calls = len(plan.calls)
    if calls > client.settings.max_calls_per_article:
        raise TooManyCalls(
            f"article would need {calls} model calls (limit {client.settings.max_calls_per_article}"
            f", from {len(cleaned.text):,} characters); refused rather than truncated: split it"
        )

    def run(call: PlannedCall) -> tuple[Any, str | None]:
        return _ask(
            client,
            call.response_model,
            call.messages,
            call.context,
            meter,
            f"sentence {call.unit}",
            call.label,
        )

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        meeting_futures = [pool.submit(run, call) for call in plan.meeting_calls]
        milestone_futures = [pool.submit(run, call) for call in plan.milestone_calls]
        try:
            meeting_results = [future.result() for future in meeting_futures]
            milestone_results = [future.result() for future in milestone_futures]
        except BaseException:
            # The article has failed: calls not yet started would only retry a dead server.
            # Calls in flight finish (and are counted in ``meter``) before this returns.
            pool.shutdown(wait=True, cancel_futures=True)
            raise

    results = [*meeting_results, *milestone_results]
    notes = plan.notes + [note for answer, note in results if note and answer is not None]
    losses = [note for answer, note in results if note and answer is None]
    found = [
        _SentenceMeetings(call.unit, list(answer.meetings))
        for call, (answer, _) in zip(plan.meeting_calls, meeting_results, strict=True)
        if answer is not None and answer.meetings
    ]
    lead = _lead(found, sentences)
    fitted = [
        (item.index, fit)
        for item in found
        for fit in fit_to_sentences(item, sentences, lead, notes)
    ]
    meetings = [
        # Already validated as a SentenceMeeting (up to six people; the article task's
        # ModelMeeting schema keeps its own, smaller cap): constructed, not re-validated.
        ModelMeeting.model_construct(
            quote=_original_sentence(cleaned, sentences[index]),
            countries=[],
            context_quotes=[_original_sentence(cleaned, sentences[i]) for i in fit.context],
            **dict(fit.meeting),
        )
        for index, fit in _once_per_sentence(fitted, sentences, notes)
    ]
    stated_milestones = [
        (call.unit, m)
        for call, (stated, _) in zip(plan.milestone_calls, milestone_results, strict=True)
        if stated is not None
        for m in stated.milestones
    ]
    milestones = [
        ModelMilestone(
            quote=_original_sentence(cleaned, sentences[index]),
            context_quotes=[
                _original_sentence(cleaned, sentences[i]) for i in _neighbours(sentences, index)
            ],
            **m.model_dump(),
        )
        for index, m in _once_per_sentence(stated_milestones, sentences, notes)
    ]
    return SentenceAnswers(
        ModelAnswer.model_construct(meetings=meetings, milestones=milestones), notes, losses
    )


R = TypeVar("R")


def _answer_key(item: object) -> str:
    inner = item.meeting if isinstance(item, FittedMeeting) else item
    assert isinstance(inner, BaseModel)
    return inner.model_dump_json()


def _once_per_sentence(
    items: list[tuple[int, R]], units: list[Sentence], notes: list[str]
) -> list[tuple[int, R]]:
    """Drop what an earlier overlapping piece of the same sentence already reported (the same
    answer from both sides of the overlap); whole sentences are left alone."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for index, item in items:
        parent = units[index].piece_of
        if parent is not None:
            key = (parent, _answer_key(item))
            if key in seen:
                notes.append(f"unit {index}: repeats an overlapping piece; merged")
                continue
            seen.add(key)
        kept.append((index, item))
    return kept


@dataclass(frozen=True)
class _Lead:
    people: dict[str, ModelParticipant]
    """Surname -> the person as first named in the lead."""
    date: str | None
    location: str | None

    def referred_to_in(
        self, sentence: str, met: list[ModelParticipant] | None = None
    ) -> ModelParticipant | None:
        """The lead person a sentence means by "He ..." or by their title alone. With two
        lead people (a visitor and a host), "she also met X" means the one not from X's
        country."""
        people = list(self.people.values())
        if len(people) == 2 and met:
            theirs = {normalise_country(p.country) for p in met} - {None}
            people = [p for p in people if normalise_country(p.country) not in theirs]
        if len(people) != 1:
            return None
        person = people[0]
        if _PRONOUN_START.match(sentence) or _title_refers(sentence, person.title):
            return person
        return None

    def pair_referred_to_in(self, sentence: str) -> list[ModelParticipant]:
        """The lead's two people, when a sentence calls them "the two leaders", "both
        ministers" or opens with "They" ("They first met in Seoul in February")."""
        if len(self.people) != 2:
            return []
        pointed = _THE_TWO.search(sentence) or _ROLE_PLURAL.search(sentence)
        if not (pointed or _THEY_START.match(sentence)):
            return []
        people = list(self.people.values())
        if pointed and not office_fits(pointed.group(0), [p.title for p in people]):
            return []  # "the prime ministers of the two countries" are not two envoys
        return people

    def may_mean(self, sentence: str, surname: str) -> bool:
        """A lead person the sentence does not name is meant only when it points at people
        ("he", "his", "the two leaders", their title); "the two sides held the inaugural
        dialogue in 2021" does not mean today's ministers."""
        person = self.people.get(surname)
        if person is None:
            return False
        return bool(
            _PERSON_POINTER.search(sentence)
            or _THE_TWO.search(sentence)
            or _title_refers(sentence, person.title)
        )


_PRONOUN_START = re.compile(r"^(He|She)\b")
_THEY_START = re.compile(r"^\W*They\b")


def _title_refers(sentence: str, title: str | None) -> bool:
    """The sentence uses a lead person's title alone ("the Foreign Secretary said"), not as
    the title of someone it names ("Commerce Minister Rohit Bansal met …")."""
    if not title:
        return False
    for match in re.finditer(re.escape(title), sentence, re.IGNORECASE):
        following = sentence[match.end() :].split()
        if not following or not following[0][:1].isupper() or is_country(following[0]):
            return True
    return False


_PERSON_POINTER = re.compile(r"\b(he|she|his|her|him)\b", re.IGNORECASE)
_THE_TWO = re.compile(
    r"\bthe (two )?(leaders|ministers|prime ministers|foreign ministers|counterparts)\b",
    re.IGNORECASE,
)
_ROLE_PLURAL = re.compile(
    r"\b(?:the|their|both)\s+(?:[\w-]+\s+){0,4}?(?:leaders|ministers|presidents|premiers"
    r"|counterparts|delegations|envoys|secretaries|chancellors|heads of (?:state|government))\b",
    re.IGNORECASE,
)


_GENERIC_ROLE_WORDS = frozenset(
    (
        *("the", "their", "both", "two", "of", "leaders", "ministers", "counterparts"),
        *("delegations", "envoys", "sides", "heads", "state", "government", "countries"),
        *("nations", "premiers", "secretaries"),
    )
)
_OFFICE_STEM = re.compile(r"(?:ies|es|s)$")


def office_fits(phrase: str, titles: list[str | None]) -> bool:
    """Whether "the two foreign ministers" or "the prime ministers" can mean people with
    these titles: each word of the phrase that names an office ("foreign", "prime",
    "presidents") is in every title. Generic words ("the two leaders", "both ministers")
    fit anyone, and so do people whose title is unknown."""
    office = [
        _OFFICE_STEM.sub("", fold(word)).replace("defense", "defence")
        for word in re.findall(r"[\w-]+", phrase.replace("’", "'").split("'")[-1])
        if fold(word) not in _GENERIC_ROLE_WORDS
    ]
    if not office:
        return True
    for title in titles:
        if not title:
            return True
        words = fold(title).replace("defense", "defence")
        if not all(stem in words for stem in office):
            return False
    return True


def date_supported(window: str, date_text: str) -> bool:
    """The model's date is written in the window (``pipeline.text.dates.date_written_in``)."""
    return date_written_in(window, date_text)


def _names_a_person(participant: ModelParticipant) -> bool:
    """The model's participant is a person's name, not a phrase ("The two leaders")."""
    return is_person_name(split_name_and_title(participant.name)[0])


def _surname(name: str) -> str:
    tokens = split_name_and_title(name)[0].split()
    return tokens[-1] if tokens else ""


def _lead(found: list[_SentenceMeetings], sentences: list[Sentence]) -> _Lead:
    """Who, when and where of the story's lead, for the later sentences that leave them out
    ("He also met ...", "During his visit, ...")."""
    people: dict[str, ModelParticipant] = {}
    date = location = None
    # Headlines, bylines and "Updated …" lines come first in many layouts: the lead starts
    # at the first sentence reporting a meeting, if that is near the top.
    first = next(
        (
            item.index
            for item in found
            if item.index < LEAD_SEARCH
            and any(_names_a_person(p) for m in item.meetings for p in m.participants)
        ),
        0,
    )
    for item in found:
        if item.index < first:
            continue
        if item.index >= first + LEAD_SENTENCES:
            break
        window = _window(sentences, item.index)
        for meeting in item.meetings:
            for person in meeting.participants:
                surname = _surname(person.name)
                name = split_name_and_title(person.name)[0]
                if is_person_name(name) and phrase_occurs(window, surname):
                    people.setdefault(surname, person)
            if date is None and meeting.date and date_supported(window, meeting.date):
                date = meeting.date
            if location is None and meeting.location and phrase_occurs(window, meeting.location):
                location = meeting.location
    if date is None:  # the lead may date the visit without reporting a meeting itself
        lead_text = " ".join(s.text for s in sentences[first : first + LEAD_SENTENCES])
        date = find_date_phrase(lead_text)
    return _Lead(people, date, location)


def _window(sentences: list[Sentence], index: int) -> str:
    """The sentence a meeting call asks about, with the one before and the one after."""
    around = sorted({index, *_neighbours(sentences, index)})
    return " ".join(sentences[i].text for i in around)


def _neighbours(sentences: list[Sentence], index: int) -> list[int]:
    if sentences[index].piece_of is not None:
        return []
    return [i for i in (index - 1, index + 1) if 0 <= i < len(sentences)]


def _found_in(sentences: list[Sentence], indices: list[int], phrase: str) -> int | None:
    return next((i for i in indices if phrase_occurs(sentences[i].text, phrase)), None)


@dataclass
class FittedMeeting:
    meeting: SentenceMeeting
    context: list[int]
    """Neighbouring sentences a fact of the meeting was read from (its extra evidence)."""


def fit_to_sentences(
    item: _SentenceMeetings, sentences: list[Sentence], lead: _Lead, notes: list[str]
) -> list[FittedMeeting]:
    """Keep only what the model could read in its window: people named in the sentence, or
    in a neighbouring sentence when the sentence points at people it does not name ("he",
    "the foreign and defence ministers", their title); the story's lead people, whom later
    sentences call "he"; a date and a place written in the sentence, or in a neighbour when
    the sentence writes none; a held meeting of the lead people with no date or place of its
    own takes the lead's. Neighbours that supplied a fact become evidence too."""
    sentence = sentences[item.index].text
    around = _neighbours(sentences, item.index)
    fitted: list[FittedMeeting] = []
    for meeting in item.meetings:
        context: set[int] = set()
        people = []
        points = bool(
            _PERSON_POINTER.search(sentence)
            or _THE_TWO.search(sentence)
            or _ROLE_PLURAL.search(sentence)
        )
        for person in meeting.participants:
            if not _names_a_person(person):
                notes.append(f"sentence {item.index}: {person.name!r} is no person; left out")
                continue
            surname = _surname(person.name)
            titled = bool(person.title) and phrase_occurs(sentence, person.title or "")
            beside = _found_in(sentences, around, surname) if surname else None
            if phrase_occurs(sentence, surname) or lead.may_mean(sentence, surname):
                people.append(person)
            elif beside is not None and (points or titled):
                people.append(person)
                context.add(beside)
            else:
                notes.append(f"sentence {item.index}: {person.name!r} is not in it; left out")
        pair = lead.pair_referred_to_in(sentence)
        one_of_pair = len(people) == 1 and any(_same_person(people[0], p) for p in pair)
        if pair and (not people or one_of_pair):  # "the two ministers will meet again"
            people = pair
            who = " and ".join(p.name for p in pair)
            notes.append(f"sentence {item.index}: {who} used (the lead's two, referred to)")
        changes: dict[str, object] = {"participants": people}
        meant = lead.referred_to_in(sentence, people)
        if meant is None and len(people) == 1 and len(lead.people) == 1:
            meant = next(iter(lead.people.values()))  # "Another meeting was with X": the lead's
        named_here = {name.split()[-1] for name, _ in titled_people(sentence)}
        others = named_here - {_surname(p.name) for p in people}
        if (
            meeting.status == "held"
            and meant
            and all(_surname(p.name) not in lead.people for p in people)
            and not others  # "Minister Rohit Bansal met Al Suwaidi": the sentence says who
        ):
            people.insert(0, meant)
            notes.append(f"sentence {item.index}: {meant.name!r} added (the lead, referred to)")
        changes["participants"] = people
        own_time = writes_a_time(sentence)
        date = meeting.date
        if date and not says_when(date):
            notes.append(f"sentence {item.index}: date {date!r} says no time; left out")
            date = None
        elif date and not date_supported(sentence, date):
            beside = next((i for i in around if date_supported(sentences[i].text, date)), None)
            if beside is not None and not own_time:
                context.add(beside)
            else:
                notes.append(f"sentence {item.index}: date {date!r} is not in it; left out")
                date = None
        if date is None and meeting.date:
            # The model meant a date but gave one the sentence does not write: the
            # sentence's own date, when it writes exactly one.
            own = _own_date(sentence)
            if own:
                notes.append(f"sentence {item.index}: the sentence's own date {own!r} used")
                date = own
        if date != meeting.date:
            changes["date"] = date
        if meeting.location and not phrase_occurs(sentence, meeting.location):
            beside = _found_in(sentences, around, meeting.location)
            if beside is not None and not _names_a_place(sentence):
                context.add(beside)
            else:
                changes["location"] = None
        shares_lead = any(_surname(p.name) in lead.people for p in people)
        if meeting.status == "held" and shares_lead:
            undated = changes.get("date", meeting.date) is None
            if undated and lead.date and not own_time:
                changes["date"] = lead.date
            if changes.get("location", meeting.location) is None and lead.location:
                changes["location"] = lead.location
        fitted.append(FittedMeeting(meeting.model_copy(update=changes), sorted(context)))
    return fitted


def _same_person(a: ModelParticipant, b: ModelParticipant) -> bool:
    """Two mentions share a name word ("Park" and "Park Jae-hoon", "Wierzbicki" and
    "Tomasz Wierzbicki"), whichever order the names are written in."""
    words = [
        {fold(w) for w in split_name_and_title(x.name)[0].split() if len(w) > 1} for x in (a, b)
    ]
    return bool(words[0] & words[1])


def _own_date(sentence: str) -> str | None:
    """The one date expression a sentence writes, or None (none, or several)."""
    found = {
        phrase
        for phrase in date_phrases(sentence)
        if resolve_date(phrase, None).rule != "unresolved"
    }
    return found.pop() if len(found) == 1 else None


_PLACE_WORD = re.compile(r"(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+")


def _names_a_place(sentence: str) -> bool:
    """Whether a sentence says where ("in Lima", "at the Kremlin"): then a place from a
    neighbouring sentence would contradict it."""
    return bool(_PLACE_WORD.search(sentence))
