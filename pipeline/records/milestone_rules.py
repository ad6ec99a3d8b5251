"""The rules that turn a model's (or code's) milestone into a record, in the order they apply.

A milestone's name is a fact like any other: it must be written in its sentence, name the
kind of thing it claims to be, and not be a single meeting in disguise. Dates come from the
sentence at the precision written, or from the story for a signing that is the article's own
news.
"""

from __future__ import annotations

from pipeline.extraction.candidates import INTO_FORCE, RELATIVE_YEAR, YEAR
from pipeline.extraction.validation import (
    enclosing_sentence,
    milestone_problems,
    milestone_shape_problems,
)
from pipeline.records.drafts import ArticleFacts, Drop, MilestoneDraft, MilestoneRule
from pipeline.records.meeting_rules import evidence_for, record_countries
from pipeline.text.dates import landmark_date
from pipeline.text.grounding import locate_quote, phrase_occurs
from pipeline.text.milestone_names import (
    complete_name,
    counts_documents,
    document_named_within,
    expand_acronym,
    full_proper_name,
    ground_name,
    is_bare,
    one_meeting,
    spell_out_leading_acronym,
    summit_kind,
)
from schemas import Milestone

_QUOTES = "'\"‘’“”"


def spell_out_acronym(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """ "CEPA" or "FISEMOB agreement" -> the name the article spells out, with the acronym
    ("… Comprehensive Economic Partnership Agreement (CEPA)"): the acronym alone names
    nothing a reader of another article can look up."""
    name = draft.raw.name
    expanded = spell_out_leading_acronym(expand_acronym(name, facts.text), facts.text)
    if expanded != name:
        draft.raw = draft.raw.model_copy(update={"name": expanded})


_RELATIVE_OFFSET = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}


def year_from_relative_words(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """ "Raised ties to a Comprehensive Strategic Partnership last year" is the story's year
    minus one; a sentence that also writes a year, or a story without a year, decides
    nothing here."""
    story = facts.story_date
    relative = RELATIVE_YEAR.search(draft.sentence)
    if relative is None or story is None or story.date.year is None:
        return
    if YEAR.search(draft.sentence.replace(story.text, " ")):  # the dateline's year is no answer
        return
    word = relative.group(0).lower().split()[0]
    year = story.date.year + _RELATIVE_OFFSET.get(word, 0)
    if draft.raw.year != year:
        draft.note(f": {relative.group(0)!r} in a story of {story.date.year}: year {year}")
        draft.raw = draft.raw.model_copy(update={"year": year})


def year_written_in_sentence(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """A year its sentence does not write (taken from a neighbouring sentence or the dateline)
    is not the landmark's. When the sentence names the landmark, it is judged as if no year
    were given: a signing that is the article's own news is dated by the story, any other
    landmark without a year goes. A landmark named only in a neighbour is that sentence's,
    and ``grounded_in_sentence`` drops it here."""
    raw = draft.raw
    if raw.year is None or str(raw.year) in draft.sentence or RELATIVE_YEAR.search(draft.sentence):
        return
    name = raw.name.strip().strip(_QUOTES)
    named_here = locate_quote(draft.sentence, name) is not None
    if not named_here and ground_name(name, draft.sentence)[1] != "replaced":
        return
    draft.note(f": year {raw.year} is not written in its sentence; none kept")
    draft.raw = raw.model_copy(update={"year": None})


def named_as_its_kind(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """The name names the kind it claims ("… Agreement" for an agreement): keeps out the
    "milestones" a small model makes of people and whole sentences."""
    problems = milestone_shape_problems(draft.raw)
    if problems:
        raise Drop("; ".join(problems))


def grounded_in_sentence(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """Its sentence is in the article and writes its year (or reports a signing or a format
    set up, the article's own news)."""
    problems = milestone_problems(draft.raw, facts.text)
    if problems:
        raise Drop("; ".join(problems))


def one_summit_is_a_meeting(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """A single summit is a meeting, not a landmark; "annual summits since 2006" is a
    mechanism set up."""
    raw = draft.raw
    if raw.kind != "summit":
        return
    kind = summit_kind(raw.name, draft.sentence)
    if kind is None:
        raise Drop(f"{raw.name!r} is one summit (a meeting), not a landmark")
    draft.raw = raw.model_copy(update={"kind": kind})


def one_meeting_is_no_start(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """ "The 14th Annual Summit" as a mechanism established is one meeting of it."""
    raw = draft.raw
    if raw.kind == "mechanism_established" and one_meeting(raw.name, draft.sentence):
        raise Drop(f"{raw.name!r} is one meeting of it, not its start")


def named_as_written(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """The name as its sentence, or the neighbours the model read it with, write it: a name
    copied from the prompt's example or from further away is replaced by the sentence's own;
    a partnership name the article never writes is dropped (the name is the whole fact); a
    bare "partnership" is no landmark."""
    raw = draft.raw
    name, action = ground_name(raw.name.strip().strip(_QUOTES), draft.sentence, draft.window)
    upgrade = raw.kind == "partnership_upgrade"
    if action == "ungrounded" and upgrade and not phrase_occurs(facts.text, name):
        raise Drop(f"{name!r} is not written in the article")
    name = complete_name(name, draft.sentence)  # "the agreement" on the delimitation of …
    if is_bare(name):
        raise Drop(f"{name!r} names only a kind of thing, not a landmark")
    if raw.kind == "agreement" and counts_documents(name):
        raise Drop(f"{name!r} counts documents of a kind; it names none of them")
    if action == "replaced":
        draft.note(f": name {raw.name!r} is not in its sentence; the sentence's {name!r} used")
    draft.raw = raw.model_copy(update={"name": name})


def agreement_named_in_full(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """An agreement or format the model shortened is named as its sentence writes it:
    "Comprehensive Economic Partnership Agreement" is "Indonesia-Australia Comprehensive
    Economic Partnership Agreement (IA-CEPA)" there. (Partnership levels keep their bare
    name: "Comprehensive Strategic Partnership".)"""
    raw = draft.raw
    if raw.kind not in ("agreement", "mechanism_established"):
        return
    full = full_proper_name(raw.name, draft.sentence)
    if full != raw.name:
        draft.note(f": name {raw.name!r} is {full!r} in its sentence")
        draft.raw = raw.model_copy(update={"name": full})


def agreement_is_the_document(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """An agreement the model named by a phrase about it ("the U.S. commitment under Article
    5 of the Japan-U.S. Treaty of Mutual Cooperation and Security") is the document it
    names: the landmark is the treaty, and another article names the treaty alone."""
    raw = draft.raw
    if raw.kind != "agreement":
        return
    document = document_named_within(raw.name)
    if document != raw.name:
        draft.note(f": name {raw.name!r} is about the {document!r}")
        draft.raw = raw.model_copy(update={"name": document})


def acronym_spelled_out_as_written(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """The name as its sentence writes it ("signed the FISEMOB agreement") keeps the
    spelled-out form the article gives elsewhere ("Finnish-Swedish Military Mobility
    Agreement (FISEMOB)"): grounding the name in its sentence must not undo
    ``spell_out_acronym``."""
    spell_out_acronym(draft, facts)


ANSWER_RULES: tuple[MilestoneRule, ...] = (
    year_from_relative_words,
    year_written_in_sentence,
    spell_out_acronym,
    named_as_its_kind,
    grounded_in_sentence,
    one_summit_is_a_meeting,
    one_meeting_is_no_start,
    named_as_written,
    agreement_named_in_full,
    agreement_is_the_document,
    acronym_spelled_out_as_written,
)


def build_milestone(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    raw = draft.raw
    evidence = evidence_for(facts.text, raw.quote)
    draft.record = Milestone(
        name=raw.name.strip().strip(_QUOTES),
        kind=raw.kind,
        year=raw.year,
        date=None,
        countries=record_countries(raw.countries, [], raw.quote, facts.countries),
        evidence=[evidence] if evidence else [],
    )


def dated_by_the_story(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """A signing (or a format set up) the article reports without a year is its own news:
    dated by the story's year when the text gives one."""
    record, story = draft.record, facts.story_date
    if record is None or record.year is not None or story is None:
        return
    if story.date.year is not None:
        draft.record = record.model_copy(update={"year": story.date.year})


def dated_as_written(draft: MilestoneDraft, facts: ArticleFacts) -> None:
    """The landmark's date at the precision its sentence writes ("in July 2023" ->
    2023-07); none when the sentence gives its year two different dates."""
    if draft.record is not None and draft.record.evidence:
        draft.record.date = landmark_date(draft.sentence, draft.record.year)


RECORD_RULES: tuple[MilestoneRule, ...] = (dated_by_the_story, dated_as_written)

MILESTONE_STEPS: tuple[MilestoneRule, ...] = (*ANSWER_RULES, build_milestone, *RECORD_RULES)


def _evidence_sentence(milestone: Milestone, article_text: str) -> str:
    if not milestone.evidence:
        return ""
    evidence = milestone.evidence[0]
    return enclosing_sentence(article_text, evidence.start, evidence.end)


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
        in_force = [bool(INTO_FORCE.search(_evidence_sentence(m, article_text))) for m in same]
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
