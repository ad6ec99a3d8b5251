"""Schema v4: v3 plus the ``partial`` status and ``failed_calls``.

Up to v3 an article whose calls partly failed (a malformed answer after its re-asks, a
request the server rejected) ended ``ok`` with those sentences' records silently missing.
v4 says so: such an article is ``partial`` — the records of the calls that answered are
kept and every call that did not is listed in ``failed_calls`` with its reason. Failed calls
are never stored in the call cache, so the next run asks exactly them again. Older lines
load unchanged (``failed_calls`` empty); answer models are unchanged.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas import v3
from schemas.v3 import (
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

SCHEMA_VERSION = "4"

ArticleStatus = Literal["ok", "partial", "failed"]
"""``ok``: every call answered; ``partial``: records kept, some calls failed (listed);
``failed``: no records (the article could not be read, or the server refused it)."""


class ArticleExtraction(v3.ArticleExtraction):
    """One line of ``extractions.jsonl`` (v4)."""

    schema_version: str = SCHEMA_VERSION
    status: ArticleStatus  # type: ignore[assignment]
    failed_calls: list[str] = Field(
        default_factory=list,
        description="One line per model call that gave no usable answer, with its reason.",
    )


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
    "SentenceMeeting",
    "SentenceMeetingsAnswer",
    "SentenceMilestone",
    "SentenceMilestonesAnswer",
    "SourceFormat",
    "Usage",
]
