"""From the model's answer to output records: pure functions, no I/O, no model.

Code does here what code does better than a 1.5B model: finds evidence offsets, resolves
dates against the dateline, maps mechanisms to the controlled vocabulary, reads ordinals,
cleans names. Records that fail grounding are dropped and counted (one line each).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extraction.validation import (
    enclosing_sentence,
    meeting_problems,
    milestone_problems,
    milestone_shape_problems,
)
from pipeline.records.merging import merge_repeats
from pipeline.text.dates import (
    Dateline,
    body_date_phrase,
    find_dateline,
    infer_dateline_year,
    landmark_date,
    resolve_date,
    widen_date_phrase,
)
from pipeline.text.grounding import locate_quote, phrase_occurs
from pipeline.text.mechanisms import DEFAULT_MECHANISM, controlled_mechanism, ordinal_near
from pipeline.text.milestone_names import (
    complete_name,
    expand_acronym,
    ground_name,
    is_bare,
    one_meeting,
    summit_kind,
)
from pipeline.text.names import (
    expand_short_name,
    is_person_name,
    meeting_subjects,
    mentioned_in_passing,
    split_name_and_title,
    titled_people,
)
from pipeline.text.places import countries_mentioned, normalise_country
from pipeline.text.status import Status, writes_a_plan, written_status
from schemas import (
    Evidence,
    Meeting,
    Milestone,
    ModelAnswer,
    ModelMeeting,
    ModelMilestone,
    ModelParticipant,
    Participant,
)

_CITY_ALIASES = {
    "delhi": "New Delhi",
    "new delhi": "New Delhi",
    "the national capital": None,  # resolved per country below
    "national capital": None,
}
_CAPITALS = {"India": "New Delhi", "Japan": "Tokyo", "China": "Beijing"}
_NOT_A_CITY = {"india", "japan", "china", "virtual", "online", "video conference"}


@dataclass
class BuiltRecords:
    meetings: list[Meeting] = field(default_factory=list)
    planned_meetings: list[Meeting] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def evidence_for(article_text: str, quote: str) -> Evidence | None:
    span = locate_quote(article_text, quote)
    if span is None:
        return None
    start, end = span
    return Evidence(quote=article_text[start:end], start=start, end=end)


def normalise_location(location: str | None, host_country: str | None) -> str | None:
    if not location:
        return None
    # "Tokyo, Japan" -> "Tokyo": the country is already in `countries`.
    cleaned = location.strip().removeprefix("in ").split(",")[0].strip()
    key = cleaned.lower()
    if key in _NOT_A_CITY:
        return None
    if key in _CITY_ALIASES:
        alias = _CITY_ALIASES[key]
        return alias if alias else _CAPITALS.get(host_country or "")
    return cleaned


def build_participants(
    meeting: ModelMeeting, known_names: list[str], article_text: str
) -> list[Participant]:
    people: list[Participant] = []
    seen: set[str] = set()
    for raw in meeting.participants:
        name, title_from_name = split_name_and_title(raw.name)
        if not is_person_name(name):
            continue
        expanded = expand_short_name(name, known_names, article_text)
        bare = " " not in expanded and not (raw.title or title_from_name)
        if bare and expanded not in {n for n, _ in titled_people(meeting.quote)}:
            continue  # one bare word, no office, no fuller name: "Washington", not a person
        name = expanded
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        people.append(
            Participant(
                name=name,
                title=raw.title or title_from_name,
                country=normalise_country(raw.country),
            )
        )
    return people


def _countries(
    given: list[str], participants: list[Participant], sentence: str, article_pair: list[str]
) -> list[str]:
    """The two countries, only ever ones the article names, and only ones this record has a
    reason for: named in its sentence, a participant's, or the article's main pair (its two
    most-mentioned countries). A small model fills an unknown pair with "United States" and
    "Canada", or with a country from a neighbouring sentence ("the two countries" after a
    sentence about a G7 summit in Canada)."""
    named_in_article = set(article_pair)
    in_sentence = countries_mentioned(sentence)
    from_participants = [p.country for p in participants if p.country]
    main_pair = article_pair[:2]
    trusted = {
        normalise_country(c) for c in (*in_sentence, *from_participants, *main_pair)
    } & named_in_article
    countries: list[str] = []
    for value in (*given, *from_participants, *in_sentence, *main_pair):
        country = normalise_country(value)
        if country and country in trusted and country not in countries:
            countries.append(country)
    return countries[:2]


def build_meeting(
    meeting: ModelMeeting,
    article_text: str,
    dateline: Dateline | None,
    known_names: list[str],
    article_countries: list[str],
) -> Meeting:
    participants = build_participants(meeting, known_names, article_text)
    countries = _countries(meeting.countries, participants, meeting.quote, article_countries)
    resolved = resolve_date(meeting.date, dateline, article_text)
    evidence = evidence_for(article_text, meeting.quote)
    # "the national capital" is read as the capital of the first country named.
    host = countries[0] if countries else None
    return Meeting(
        date=resolved.iso,
        date_partial=resolved.partial,
        date_text=meeting.date,
        location=normalise_location(meeting.location, host),
        countries=countries,
        mechanism=controlled_mechanism(meeting.mechanism, meeting.quote),
        mechanism_text=meeting.mechanism,
        ordinal=ordinal_near(meeting.mechanism, meeting.quote),
        participants=participants,
        topics=_unique([t.strip() for t in meeting.topics if t.strip()]),
        evidence=[evidence] if evidence else [],
    )


def build_milestone(
    milestone: ModelMilestone, article_text: str, article_countries: list[str]
) -> Milestone:
    evidence = evidence_for(article_text, milestone.quote)
    return Milestone(
        name=milestone.name.strip().strip("'\"‘’“”"),
        kind=milestone.kind,
        year=milestone.year,
        date=None,
        countries=_countries(milestone.countries, [], milestone.quote, article_countries),
        evidence=[evidence] if evidence else [],
    )


def _sentence_people(
    meeting: ModelMeeting, sentence: str, known_names: list[str], article_text: str
) -> tuple[ModelMeeting, list[str]]:
    """Who the sentence says met, where the model's list is short of it: a person named only
    as the recipient of greetings is dropped; a held meeting with fewer than two people takes
    the sentence's titled people and the names right before its meeting verb ("Marchand paid
    a courtesy call on Prime Minister X")."""
    notes: list[str] = []
    present = [p for p in meeting.participants if not mentioned_in_passing(sentence, p.name)]
    for person in meeting.participants:
        if person not in present:
            notes.append(f"{person.name!r} is only mentioned in passing; not a participant")
    if meeting.status == "held":
        have = {
            p.name.split()[-1].lower()
            for p in build_participants(
                meeting.model_copy(update={"participants": present}), known_names, article_text
            )
        }
        if len(have) < 2:
            subjects = [(name, None) for name in meeting_subjects(sentence)]
            candidates: list[tuple[str, str | None]] = [*titled_people(sentence), *subjects]
            for name, title in candidates:
                surname = name.split()[-1].lower()
                if surname in have or mentioned_in_passing(sentence, name):
                    continue
                have.add(surname)
                present.append(ModelParticipant(name=name, title=title, country=None))
                notes.append(f"the sentence's {name!r} added (the model left them out)")
    if notes:
        meeting = meeting.model_copy(update={"participants": present})
    return meeting, notes


def _plan_in_words(
    meeting: Meeting, sentence: str, dateline: Dateline | None
) -> tuple[Status | None, str | None]:
    """A meeting the model calls planned, checked against its sentence's words: a past
    meeting verb and no word of a plan make it held; no word of either (and no date after
    the article's) make it a mention, not a meeting (None)."""
    written = written_status(sentence)
    if written == "held" and not _after_dateline(meeting, dateline):
        return "held", ": called planned, but its sentence says it happened; held"
    if written is None and not writes_a_plan(sentence) and not _after_dateline(meeting, dateline):
        return None, " dropped: called planned, but its sentence writes no plan"
    return "planned", None


def _after_dateline(meeting: Meeting, dateline: Dateline | None) -> bool:
    if dateline is None or dateline.date.year is None or not meeting.date:
        return False
    published = dateline.date.iso() or ""
    return meeting.date > published[: len(meeting.date)]  # ISO strings sort by date


def _before_dateline_year(meeting: Meeting, dateline: Dateline | None) -> bool:
    """A meeting dated in a year before the article's own year."""
    if dateline is None or dateline.date.year is None or not meeting.date:
        return False
    return int(meeting.date[:4]) < dateline.date.year


def _grounded_milestone(
    milestone: ModelMilestone, article_text: str
) -> tuple[ModelMilestone | None, str | None]:
    """The name as its sentence writes it; a single summit is a meeting, not a landmark.
    Returns the milestone (None when dropped) and a note for ``dropped`` when anything
    changed."""
    sentence = _quote_sentence(milestone.quote, article_text)
    if milestone.kind == "summit":
        kind = summit_kind(milestone.name, sentence)
        if kind is None:
            return None, f" dropped: {milestone.name!r} is one summit (a meeting), not a landmark"
        milestone = milestone.model_copy(update={"kind": kind})
    elif milestone.kind == "mechanism_established" and one_meeting(milestone.name, sentence):
        return None, f" dropped: {milestone.name!r} is one meeting of it, not its start"
    name, action = ground_name(milestone.name.strip().strip("'\"‘’“”"), sentence)
    upgrade = milestone.kind == "partnership_upgrade"
    if action == "ungrounded" and upgrade and not phrase_occurs(article_text, name):
        return None, f" dropped: {name!r} is not written in the article"
    if is_bare(name):
        return None, f" dropped: {name!r} names only a kind of thing, not a landmark"
    name = complete_name(name, sentence)
    if action != "replaced":
        return milestone.model_copy(update={"name": name}), None
    note = f": name {milestone.name!r} is not in its sentence; the sentence's {name!r} used"
    return milestone.model_copy(update={"name": name}), note


def build_records(answer: ModelAnswer, article_text: str) -> BuiltRecords:
    """Keep what is grounded, say in one line why anything else was dropped or changed."""
    built = BuiltRecords()
    dateline = find_dateline(article_text)
    if dateline is not None:
        dateline = infer_dateline_year(dateline, article_text)
    known_names = [split_name_and_title(p.name)[0] for m in answer.meetings for p in m.participants]
    article_countries = countries_mentioned(article_text)
    for index, raw in enumerate(answer.meetings):
        problems = meeting_problems(raw, article_text)
        if not raw.participants and controlled_mechanism(raw.mechanism) == DEFAULT_MECHANISM:
            problems.append("no named participant and no named mechanism")
        if problems:
            built.dropped.append(f"meetings[{index}] dropped: {'; '.join(problems)}")
            continue
        if raw.date and not phrase_occurs(article_text, raw.date):
            built.dropped.append(
                f"meetings[{index}]: date {raw.date!r} is not in the article; date left unknown"
            )
            raw = raw.model_copy(update={"date": None})
        sentence = _quote_sentence(raw.quote, article_text)
        written = widen_date_phrase(sentence, raw.date)
        if written != raw.date:
            built.dropped.append(f"meetings[{index}]: date {raw.date!r} read as {written!r}")
            raw = raw.model_copy(update={"date": written})
        own_date = body_date_phrase(sentence, dateline, raw.date)
        if own_date:
            built.dropped.append(
                f"meetings[{index}]: date {raw.date!r} is the dateline's; the sentence's "
                f"{own_date!r} used"
            )
            raw = raw.model_copy(update={"date": own_date})
        if raw.mechanism and not phrase_occurs(article_text, raw.mechanism):
            built.dropped.append(
                f"meetings[{index}]: mechanism {raw.mechanism!r} is not in the article; ignored"
            )
            raw = raw.model_copy(update={"mechanism": None})
        raw, notes = _sentence_people(raw, sentence, known_names, article_text)
        built.dropped += [f"meetings[{index}]: {note}" for note in notes]
        meeting = build_meeting(raw, article_text, dateline, known_names, article_countries)
        if len(meeting.participants) == 1 and meeting.mechanism == DEFAULT_MECHANISM:
            who = meeting.participants[0].name
            built.dropped.append(f"meetings[{index}] dropped: only one side ({who}) is named")
            continue
        if not meeting.participants and meeting.mechanism == DEFAULT_MECHANISM:
            built.dropped.append(f"meetings[{index}] dropped: no person and no named format")
            continue
        status: Status = raw.status
        if status == "held" and written_status(sentence) == "planned":
            built.dropped.append(
                f"meetings[{index}]: called held, but its sentence writes only a plan; planned"
            )
            status = "planned"
        elif status == "planned":
            checked, note = _plan_in_words(meeting, sentence, dateline)
            if note:
                built.dropped.append(f"meetings[{index}]{note}")
            if checked is None:
                continue
            status = checked
        if status == "planned" and _before_dateline_year(meeting, dateline):
            built.dropped.append(
                f"meetings[{index}]: 'planned' for {meeting.date}, a year before the article "
                "was written: history, so held"
            )
            status = "held"
        target = built.planned_meetings if status == "planned" else built.meetings
        target.append(meeting)
    built.meetings, held_folded = merge_repeats(built.meetings)
    built.planned_meetings, planned_folded = merge_repeats(built.planned_meetings)
    if held_folded or planned_folded:
        built.dropped.append(f"{held_folded + planned_folded} repeated report(s) merged")
    seen_milestones: set[tuple[str, int | None]] = set()
    for index, raw_milestone in enumerate(answer.milestones):
        expanded = expand_acronym(raw_milestone.name, article_text)
        if expanded != raw_milestone.name:
            raw_milestone = raw_milestone.model_copy(update={"name": expanded})
        problems = milestone_shape_problems(raw_milestone) or milestone_problems(
            raw_milestone, article_text
        )
        if problems:
            built.dropped.append(f"milestones[{index}] dropped: {'; '.join(problems)}")
            continue
        grounded, note = _grounded_milestone(raw_milestone, article_text)
        if note:
            built.dropped.append(f"milestones[{index}]{note}")
        if grounded is None:
            continue
        milestone = build_milestone(grounded, article_text, article_countries)
        if milestone.year is None and dateline is not None and dateline.date.year is not None:
            # a signing the article reports without a year is its news: dated by the article
            milestone = milestone.model_copy(update={"year": dateline.date.year})
        landmark_sentence = _evidence_sentence(milestone, article_text)
        if landmark_sentence:
            milestone.date = landmark_date(landmark_sentence, milestone.year)
        milestone_key = (milestone.name.lower(), milestone.year)
        if milestone_key in seen_milestones:
            built.dropped.append(f"milestones[{index}] dropped: repeats an earlier milestone")
            continue
        seen_milestones.add(milestone_key)
        built.milestones.append(milestone)
    built.milestones, renamed = name_entries_into_force(built.milestones, article_text)
    built.dropped += renamed
    return built


_INTO_FORCE = re.compile(
    r"\b(entered|enters|came|comes|coming|entry) into (force|effect)\b|\btook effect\b", re.I
)


def name_entries_into_force(
    milestones: list[Milestone], article_text: str
) -> tuple[list[Milestone], list[str]]:
    """An agreement the article dates twice, signed and then in force ("signed ... in January
    2022", "entered into force in August 2023"), is two landmarks: the later one, whose
    sentence says it came into force, is named "<agreement> enters into force" so the two
    are not read (or reconciled) as one agreement with conflicting years."""
    by_name: dict[str, list[Milestone]] = {}
    for milestone in milestones:
        if milestone.kind == "agreement":
            by_name.setdefault(milestone.name.casefold(), []).append(milestone)
    notes: list[str] = []
    renamed: dict[int, Milestone] = {}
    for same in by_name.values():
        in_force = [
            bool(_INTO_FORCE.search(_evidence_sentence(m, article_text) or "")) for m in same
        ]
        if len(same) < 2 or all(in_force):
            continue  # no signing reported apart from the entry into force
        for milestone, says_in_force in zip(same, in_force, strict=True):
            if says_in_force:
                new_name = f"{milestone.name} enters into force"
                notes.append(
                    f"milestone {milestone.name!r} ({milestone.year}) renamed {new_name!r}: "
                    "the article also reports its signing"
                )
                renamed[id(milestone)] = milestone.model_copy(update={"name": new_name})
    return [renamed.get(id(m), m) for m in milestones], notes


def _quote_sentence(quote: str, article_text: str) -> str:
    """The whole sentence a quote stands in (the quote itself when it cannot be found)."""
    span = locate_quote(article_text, quote)
    return enclosing_sentence(article_text, *span) if span else quote


def _evidence_sentence(milestone: Milestone, article_text: str) -> str | None:
    if not milestone.evidence:
        return None
    evidence = milestone.evidence[0]
    return enclosing_sentence(article_text, evidence.start, evidence.end)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out
