"""Schema v2: v1 plus where the article text came from.

Backward compatible by construction: the only change is two optional fields on
``ArticleExtraction``, so every v1 line loads as a v2 record (the fields are null) without
re-extraction, and answer models are unchanged (the model is asked exactly what v1 asked).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas import v1
from schemas.v1 import (
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
    Usage,
)

SCHEMA_VERSION = "2"

SourceFormat = Literal["text", "html"]


class ArticleExtraction(v1.ArticleExtraction):
    """One line of ``extractions.jsonl`` (v2)."""

    schema_version: str = SCHEMA_VERSION
    source_format: SourceFormat | None = Field(
        default=None,
        description="'html' when the article text was extracted from an HTML page; null in v1.",
    )
    source_encoding: str | None = Field(
        default=None, description="How the file's bytes were decoded (e.g. 'utf-8', 'cp1252')."
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
    "Usage",
]
