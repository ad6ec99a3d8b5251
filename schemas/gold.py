"""The project's gold set format: hand-made reference records in the output schema's terms.

A gold article holds the same record types the pipeline writes (``Meeting``, ``Milestone``),
plus what only a human labeller can say: a record is ``optional`` (inclusion is a judgement
call: neither rewarded nor penalised), a lenient ``date_resolved`` from outside knowledge,
and what was deliberately left out (``excluded``), so scoring can be honest about it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.v1 import Meeting, Milestone

GOLD_VERSION = "1"


class GoldMeeting(Meeting):
    optional: bool = False
    date_resolved: str | None = Field(
        default=None, description="Real-world date when the text alone cannot give it (lenient)."
    )
    event: str | None = Field(
        default=None,
        description="Same-event key: meetings of different articles with the same key are one "
        "real-world meeting (scores cross-source grouping); null for a meeting no other article "
        "of the split reports.",
    )


class GoldMilestone(Milestone):
    optional: bool = False


class GoldArticle(BaseModel):
    """One line of a gold ``*.jsonl`` file."""

    article_id: str
    source_path: str = Field(description="Article file, relative to the repository root.")
    dateline: str | None = None
    meetings: list[GoldMeeting] = Field(default_factory=list)
    planned_meetings: list[GoldMeeting] = Field(default_factory=list)
    milestones: list[GoldMilestone] = Field(default_factory=list)
    excluded: list[str] = Field(
        default_factory=list, description="What was deliberately not labelled, and why."
    )
    notes: str | None = None
