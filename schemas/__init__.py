"""Versioned Pydantic schemas. ``schemas.current`` is the version new runs write."""

from schemas import v1 as current
from schemas.v1 import (
    SCHEMA_VERSION,
    ArticleExtraction,
    Evidence,
    Meeting,
    Milestone,
    ModelAnswer,
    ModelMeeting,
    ModelMilestone,
    ModelParticipant,
    Participant,
    Usage,
)

__all__ = [
    "SCHEMA_VERSION",
    "ArticleExtraction",
    "Evidence",
    "Meeting",
    "Milestone",
    "ModelAnswer",
    "ModelMeeting",
    "ModelMilestone",
    "ModelParticipant",
    "Participant",
    "Usage",
    "current",
]
