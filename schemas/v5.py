"""Schema v5: v4 plus what the corpus says about the article (publication date, headline,
URL, outlet) and where in a record file it was.

Up to v4 an article was a file and all Summitry knew of it was its text. Corpora hand over
more: a crawler's JSONL line, a CSV row or a Markdown front matter carries the publication
date, the headline and the outlet. v5 stores them with the article so reports show a
headline instead of a file id, reconciliation can tell two outlets from one outlet twice,
and a reader can check the reference date relative expressions were resolved against.
Older lines load unchanged (all new fields empty); answer models are unchanged.
"""

from __future__ import annotations

from pydantic import Field

from schemas import v4
from schemas.v4 import (
    ArticleStatus,
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

SCHEMA_VERSION = "5"


class ArticleExtraction(v4.ArticleExtraction):
    """One line of ``extractions.jsonl`` (v5)."""

    schema_version: str = SCHEMA_VERSION
    source_record: int | None = Field(
        default=None,
        description="Line (JSONL) or row (CSV, Parquet) of the record in source_path; "
        "None for an article that is a file of its own.",
    )
    title: str | None = Field(default=None, description="Headline, from the corpus metadata.")
    url: str | None = Field(default=None, description="The article's URL, from the metadata.")
    outlet: str | None = Field(
        default=None, description="Outlet or site that published it, from the metadata."
    )
    published: str | None = Field(
        default=None,
        description="Publication date from the metadata (ISO YYYY-MM-DD), as the corpus "
        "gave it; the reference date of the records is in their notes when it differs.",
    )

    @property
    def headline(self) -> str:
        """What a reader recognises the article by: its title, else its id."""
        return self.title or self.article_id


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
