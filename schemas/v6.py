"""Schema v6: v5 plus where each record comes from (``source`` on meetings and milestones).

Up to v5 every record was the pipeline's own. A reviewer now adds the meetings and
milestones the model missed (``summitry review``, then ``review apply``), and a reader of an
accepted run, a report or a gold file built from it must be able to tell those apart from
what the pipeline found: ``source`` is ``pipeline`` or ``reviewer``. Reviewer records are
grounded like any other (their evidence is checked against the article text). Older lines
load unchanged (every record ``source: pipeline``); answer models are unchanged.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas import v5
from schemas.v5 import (
    ArticleStatus,
    Evidence,
    MilestoneKind,
    ModelAnswer,
    ModelMeeting,
    ModelMilestone,
    ModelParticipant,
    Participant,
    SentenceMeeting,
    SentenceMeetingsAnswer,
    SentenceMilestone,
    SentenceMilestonesAnswer,
    SourceFormat,
    Usage,
)

SCHEMA_VERSION = "6"

RecordSource = Literal["pipeline", "reviewer"]
"""``pipeline``: extracted and validated by Summitry; ``reviewer``: added by a person on the
review page (its evidence still checked against the article by code)."""


class Meeting(v5.Meeting):
    """A meeting (held or planned), with who found it."""

    source: RecordSource = Field(
        default="pipeline", description="Who found it: the pipeline or a reviewer."
    )


class Milestone(v5.Milestone):
    """A partnership milestone, with who found it."""

    source: RecordSource = Field(
        default="pipeline", description="Who found it: the pipeline or a reviewer."
    )


class ArticleExtraction(v5.ArticleExtraction):
    """One line of ``extractions.jsonl`` (v6)."""

    schema_version: str = SCHEMA_VERSION
    meetings: list[Meeting] = Field(default_factory=list)  # type: ignore[assignment]
    planned_meetings: list[Meeting] = Field(default_factory=list)  # type: ignore[assignment]
    milestones: list[Milestone] = Field(default_factory=list)  # type: ignore[assignment]


__all__ = [
    "SCHEMA_VERSION",
    "ArticleExtraction",
    "ArticleStatus",
    "Evidence",
    "Meeting",
    "Milestone",
    "MilestoneKind",
    "ModelAnswer",
    "ModelMeeting",
    "ModelMilestone",
    "ModelParticipant",
    "Participant",
    "RecordSource",
    "SentenceMeeting",
    "SentenceMeetingsAnswer",
    "SentenceMilestone",
    "SentenceMilestonesAnswer",
    "SourceFormat",
    "Usage",
]
