"""Schema v3: v2 plus ``notes``, apart from ``dropped``.

In v1/v2 ``dropped`` mixed two things: records that were removed (with the reason) and
changes made to records that were kept ("date read as …", "repeated reports merged"). v3
keeps only removals in ``dropped`` (and model calls that gave no usable answer) and puts
every change in ``notes``. Older lines load unchanged (``notes`` empty; their ``dropped``
keeps what it said); answer models are unchanged.
"""

from __future__ import annotations

from pydantic import Field

from schemas import v2
from schemas.v2 import (
    Evidence,
    Meeting,
    Milestone,
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

SCHEMA_VERSION = "3"


class ArticleExtraction(v2.ArticleExtraction):
    """One line of ``extractions.jsonl`` (v3)."""

    schema_version: str = SCHEMA_VERSION
    notes: list[str] = Field(
        default_factory=list,
        description="One line per change code made to a record it kept, and why.",
    )


__all__ = [
    "SCHEMA_VERSION",
    "ArticleExtraction",
    "Evidence",
    "Meeting",
    "Milestone",
    "MilestoneKind",
    "ModelAnswer",
    "ModelMeeting",
    "ModelMilestone",
    "ModelParticipant",
    "Participant",
    "SentenceMeeting",
    "SentenceMeetingsAnswer",
    "SentenceMilestone",
    "SentenceMilestonesAnswer",
    "SourceFormat",
    "Usage",
]
