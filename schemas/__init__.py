"""Versioned Pydantic schemas, side by side. ``schemas.current`` is the version new runs write.

A stored record says which version wrote it (``schema_version``); ``load_extraction`` reads it
with that version's model and lifts it to the current one, which works without re-extraction
as long as each new version only adds optional fields.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from schemas import v1, v2, v3, v4, v5, v6
from schemas import v6 as current
from schemas.v6 import (
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

SCHEMA_VERSIONS: dict[str, type[BaseModel]] = {
    v1.SCHEMA_VERSION: v1.ArticleExtraction,
    v2.SCHEMA_VERSION: v2.ArticleExtraction,
    v3.SCHEMA_VERSION: v3.ArticleExtraction,
    v4.SCHEMA_VERSION: v4.ArticleExtraction,
    v5.SCHEMA_VERSION: v5.ArticleExtraction,
    v6.SCHEMA_VERSION: v6.ArticleExtraction,
}


class UnknownSchemaVersion(ValueError):
    pass


def load_extraction(data: dict[str, Any]) -> ArticleExtraction:
    """A stored record under the current schema, keeping the version that produced it."""
    version = str(data.get("schema_version", v1.SCHEMA_VERSION))
    model = SCHEMA_VERSIONS.get(version)
    if model is None:
        known = ", ".join(sorted(SCHEMA_VERSIONS))
        raise UnknownSchemaVersion(
            f"written with schema version {version!r}; this Summitry reads {known} "
            "(upgrade Summitry to read it)"
        )
    stored = model.model_validate(data)
    return ArticleExtraction.model_validate(stored.model_dump())


__all__ = [
    "SCHEMA_VERSION",
    "SCHEMA_VERSIONS",
    "ArticleExtraction",
    "Evidence",
    "Meeting",
    "Milestone",
    "ModelAnswer",
    "ModelMeeting",
    "ModelMilestone",
    "ModelParticipant",
    "Participant",
    "UnknownSchemaVersion",
    "Usage",
    "current",
    "load_extraction",
]
