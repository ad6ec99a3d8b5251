"""From the model's answer to output records: pure functions, no I/O, no model.

Code does here what code does better than a 1.5B model: finds evidence offsets, resolves
dates against the story's date, maps formats to the controlled vocabulary, reads ordinals,
cleans names. Each record goes through the ordered rules of ``meeting_rules`` or
``milestone_rules``; a record a rule drops is listed in ``dropped`` (one line each, with the
reason), and what a rule changed is listed in ``notes``. ``disabled`` switches rules off by
name, so what each rule is worth can be measured on the gold set from cached answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pipeline.records.drafts import (
    ArticleFacts,
    Drop,
    MeetingDraft,
    MilestoneDraft,
)
from pipeline.records.meeting_rules import MEETING_STEPS, build_meeting
from pipeline.records.merging import fold_described_milestones, merge_repeats
from pipeline.records.milestone_rules import (
    MILESTONE_STEPS,
    build_milestone,
    name_entries_into_force,
)
from pipeline.text.mechanisms import DEFAULT_MECHANISM, controlled_mechanism
from pipeline.text.names import split_name_and_title
from pipeline.text.places import countries_mentioned
from pipeline.text.story_date import article_reference_date
from schemas import Meeting, Milestone, ModelAnswer

__all__ = ["RULE_NAMES", "BuiltRecords", "article_facts", "build_records"]

_ALWAYS = {build_meeting.__name__, build_milestone.__name__}
RULE_NAMES: tuple[str, ...] = tuple(
    step.__name__ for step in (*MEETING_STEPS, *MILESTONE_STEPS) if step.__name__ not in _ALWAYS
)
"""Every rule that can be switched off, in the order they apply."""


@dataclass
class BuiltRecords:
    meetings: list[Meeting] = field(default_factory=list)
    planned_meetings: list[Meeting] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    """One line per record removed, with the reason."""
    notes: list[str] = field(default_factory=list)
    """One line per change a rule made to a record it kept."""


def article_facts(
    answer: ModelAnswer, article_text: str, published: str | None = None
) -> ArticleFacts:
    """What every rule may read: the story date (the text's own, completed or checked by
    the corpus's publication date ``published``, ISO), names, countries and formats."""
    story_date, date_notes = article_reference_date(article_text, published)
    return ArticleFacts(
        text=article_text,
        story_date=story_date,
        known_names=tuple(
            split_name_and_title(p.name)[0] for m in answer.meetings for p in m.participants
        ),
        countries=tuple(countries_mentioned(article_text)),
        formats=tuple(
            dict.fromkeys(
                m.mechanism.strip()
                for m in answer.meetings
                if m.mechanism and controlled_mechanism(m.mechanism) != DEFAULT_MECHANISM
            )
        ),
        date_notes=date_notes,
    )


D = TypeVar("D", MeetingDraft, MilestoneDraft)


def _apply(
    draft: D, steps: Sequence[object], facts: ArticleFacts, disabled: Iterable[str], kind: str
) -> tuple[D | None, str | None]:
    off = set(disabled)
    for step in steps:
        name = getattr(step, "__name__", "")
        if name in off and name not in _ALWAYS:
            continue
        try:
            step(draft, facts)  # type: ignore[operator]
        except Drop as reason:
            return None, f"{kind}[{draft.index}] dropped: {reason} ({_excerpt(draft.raw.quote)})"
    return draft, None


def _excerpt(quote: str, limit: int = 60) -> str:
    text = " ".join(quote.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def build_records(
    answer: ModelAnswer,
    article_text: str,
    disabled: Iterable[str] = (),
    *,
    published: str | None = None,
) -> BuiltRecords:
    """Keep what is grounded; say in one line why anything else was dropped or changed.
    ``published``: the publication date the corpus gives (ISO), the reference date when the
    text has none."""
    built = BuiltRecords()
    facts = article_facts(answer, article_text, published)
    built.notes += facts.date_notes
    off = frozenset(disabled)
    for index, raw in enumerate(answer.meetings):
        draft = MeetingDraft(index=index, raw=raw, status=raw.status, text=article_text)
        kept, reason = _apply(draft, MEETING_STEPS, facts, off, "meetings")
        built.notes += draft.notes
        if kept is None or kept.record is None:
            built.dropped.append(reason or f"meetings[{index}] dropped")
            continue
        target = built.planned_meetings if kept.status == "planned" else built.meetings
        target.append(kept.record)
    story = facts.story_date.date if facts.story_date else None
    built.meetings, held_folded = merge_repeats(built.meetings, story)
    built.planned_meetings, planned_folded = merge_repeats(built.planned_meetings, story)
    if held_folded or planned_folded:
        built.notes.append(f"{held_folded + planned_folded} repeated report(s) merged")
    seen: set[tuple[str, int | None]] = set()
    for index, raw_milestone in enumerate(answer.milestones):
        milestone_draft = MilestoneDraft(index=index, raw=raw_milestone, text=article_text)
        done, reason = _apply(milestone_draft, MILESTONE_STEPS, facts, off, "milestones")
        built.notes += milestone_draft.notes
        if done is None or done.record is None:
            built.dropped.append(reason or f"milestones[{index}] dropped")
            continue
        key = (done.record.name.lower(), done.record.year)
        if key in seen:
            built.dropped.append(f"milestones[{index}] dropped: repeats an earlier milestone")
            continue
        seen.add(key)
        built.milestones.append(done.record)
    built.milestones, folded = fold_described_milestones(built.milestones)
    built.notes += folded
    built.milestones, renamed = name_entries_into_force(built.milestones, article_text)
    built.notes += renamed
    return built
