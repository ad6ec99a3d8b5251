"""What the record rules work on: a meeting or milestone on its way from an answer to a record,
and the facts of its article every rule may read.

A rule is a small named function ``rule(draft, facts) -> None``: it may change the draft,
say what it changed (``draft.note``), or drop the record (``raise Drop(reason)``). Rules are
applied from ordered lists (``pipeline.records.meeting_rules``, ``milestone_rules``), so each
can be read, tested and switched off alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extraction.validation import enclosing_sentence
from pipeline.text.dates import Dateline
from pipeline.text.grounding import locate_quote, phrase_occurs
from pipeline.text.status import Status
from schemas import Meeting, Milestone, ModelMeeting, ModelMilestone


class Drop(Exception):
    """A rule's verdict that the record goes; the message says why (one line)."""


@dataclass(frozen=True)
class ArticleFacts:
    text: str
    story_date: Dateline | None
    known_names: tuple[str, ...]
    """Every person the answers name (title stripped), to expand a bare surname."""
    countries: tuple[str, ...]
    """The countries the article names, most mentioned first."""
    formats: tuple[str, ...] = ()
    """Every format the answers name as written ("15th meeting of the Joint Commission"),
    for a later sentence that calls it "the commission"."""
    date_notes: tuple[str, ...] = ()
    """How the story date was decided where the corpus metadata took part."""


def sentence_of(quote: str, article_text: str) -> str:
    """The whole sentence a quote stands in (the quote itself when it cannot be found)."""
    span = locate_quote(article_text, quote)
    return enclosing_sentence(article_text, *span) if span else quote


@dataclass
class MeetingDraft:
    index: int
    raw: ModelMeeting
    status: Status
    text: str
    record: Meeting | None = None
    notes: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        self.notes.append(f"meetings[{self.index}]{message}")

    @property
    def sentence(self) -> str:
        """The sentence the meeting was asked about."""
        return sentence_of(self.raw.quote, self.text)

    @property
    def sentences(self) -> list[str]:
        """Its own sentence, then the neighbours a fact of it was read from."""
        return [self.sentence, *(sentence_of(q, self.text) for q in self.raw.context_quotes)]

    @property
    def date_sentence(self) -> str:
        """The sentence its date is written in (its own unless a neighbour gave the date)."""
        if self.raw.date:
            for sentence in self.sentences:
                if phrase_occurs(sentence, self.raw.date):
                    return sentence
        return self.sentence


@dataclass
class MilestoneDraft:
    index: int
    raw: ModelMilestone
    text: str
    record: Milestone | None = None
    notes: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        self.notes.append(f"milestones[{self.index}]{message}")

    @property
    def sentence(self) -> str:
        return sentence_of(self.raw.quote, self.text)

    @property
    def window(self) -> str:
        """Its sentence with the neighbours the model read it with, in article order."""
        parts = [self.sentence, *(sentence_of(q, self.text) for q in self.raw.context_quotes)]
        return " ".join(sorted(dict.fromkeys(parts), key=self.text.find))


MeetingRule = Callable[[MeetingDraft, ArticleFacts], None]
MilestoneRule = Callable[[MilestoneDraft, ArticleFacts], None]
