"""Schema of ``reconciled.json``: one record per real-world event, and who said what.

``extractions.jsonl`` holds what each article says; several outlets report the same meeting
and repeat the same milestones. Reconciliation merges them, and this contract keeps the merge
reviewable: every merged value lists its sources (article, quote, offsets, the value as that
source gave it), disagreements stay visible as ``conflicts`` instead of being resolved
silently, and every merge lists the features and score that decided it.

``Reconciliation`` is the in-memory form: every ``SourceRef`` holds its quote. On disk
(format "2", ``StoredReconciliation``, written and read by ``pipeline.reports.reconciled``)
each quote is stored once, in a top-level ``quotes`` table keyed by article id and offsets,
a source keeps its record id (which begins with the article id) and offsets, and empty
(null) fields are left out; format "1" repeated the quote in every source.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

FORMAT_VERSION = "2"

Section = Literal["meetings", "planned_meetings", "milestones"]
Value = str | int | list[str]


class SourceRef(BaseModel):
    """One article's report: the record it comes from and its first evidence quote (stored
    once per article and offsets in ``reconciled.json``, see the module docstring)."""

    article_id: str
    record: str = Field(description="'<article_id>/<section>/<index>' in extractions.jsonl.")
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    reported: str | None = Field(
        default=None,
        description="The value as this source gave it (coarser than the merged value when the "
        "merge is a refinement, e.g. '2025-07' for '2025-07-28').",
    )


class SourcedValue(BaseModel):
    """A value and the sources that support it (a coarser compatible report supports it too)."""

    value: Value
    support: int = Field(description="Distinct articles among the sources.")
    sources: list[SourceRef]


class Conflict(BaseModel):
    """Sources that disagree on a field: every competing value is kept with its sources."""

    field: str
    chosen: Value
    rule: str = Field(description="Why ``chosen`` is shown as the value, e.g. 'majority'.")
    values: list[SourcedValue]


class FeatureScore(BaseModel):
    value: str = Field(description="What the feature found, e.g. 'same_day', 'nested_2plus'.")
    weight: int


class MergeReason(BaseModel):
    """Why two records were put together (or a planned meeting linked to a held one)."""

    records: list[str]
    score: int
    threshold: int
    features: dict[str, FeatureScore]


class MemberRef(BaseModel):
    article_id: str
    section: Section
    index: int


class ReconciledParticipant(BaseModel):
    person_id: str
    name: str = Field(description="Canonical name (see ``people``).")
    country: str | None = None
    titles: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(description="``reported`` is the name as written there.")


class ReconciledMeeting(BaseModel):
    """One real-world meeting (held) or announcement of one (planned), across articles.

    ``date`` is ISO at the best supported precision, or ``--MM-DD`` when no source gives the
    year.
    """

    id: str
    status: Literal["held", "planned"]
    countries: SourcedValue
    date: SourcedValue | None = None
    location: SourcedValue | None = None
    mechanism: SourcedValue
    ordinal: SourcedValue | None = None
    participants: list[ReconciledParticipant] = Field(default_factory=list)
    topics: list[SourcedValue] = Field(default_factory=list)
    support: int = Field(description="Distinct articles reporting it.")
    outlets: int | None = Field(
        default=None,
        description="Distinct outlets among them (an article whose outlet is unknown counts "
        "as one); below support when one outlet reported it twice.",
    )
    members: list[MemberRef]
    sources: list[SourceRef]
    conflicts: list[Conflict] = Field(default_factory=list)
    merge_reasons: list[MergeReason] = Field(default_factory=list)
    became: str | None = Field(default=None, description="Planned: the held meeting it became.")
    planned_as: str | None = Field(default=None, description="Held: the planned record it was.")
    ambiguous_with: list[str] = Field(
        default_factory=list,
        description="Records that fit several different meetings equally well are left out of "
        "them; their ids are listed here so a reviewer can decide.",
    )


class ReconciledMilestone(BaseModel):
    id: str
    name: str = Field(description="The most reported surface form.")
    name_key: str = Field(description="The normalised name the records were grouped on.")
    names: list[SourcedValue] = Field(description="Every surface form and who used it.")
    kind: SourcedValue
    countries: list[str]
    year: SourcedValue | None = None
    support: int
    outlets: int | None = Field(default=None, description="Distinct outlets among them.")
    members: list[MemberRef]
    sources: list[SourceRef]
    conflicts: list[Conflict] = Field(default_factory=list)


class SurfaceForm(BaseModel):
    form: str
    articles: list[str]


class CanonicalPerson(BaseModel):
    id: str
    name: str
    country: str | None = None
    surface_forms: list[SurfaceForm]
    titles: list[str] = Field(default_factory=list)
    articles: list[str]
    ambiguous: bool = Field(
        default=False,
        description="A bare surname that fits several people of the corpus: kept apart.",
    )


class PlannedLink(BaseModel):
    planned: str
    held: str
    reason: MergeReason


class Counts(BaseModel):
    articles: int
    input_meetings: int
    input_planned: int
    input_milestones: int
    events: int
    planned: int
    links: int
    milestones: int
    people: int
    conflicts: int
    merges: int
    ambiguous: int
    skipped_blocks: int = Field(description="Oversized blocking keys not compared (see linkage).")

    @property
    def input_records(self) -> int:
        return self.input_meetings + self.input_planned + self.input_milestones


class ArticleInfo(BaseModel):
    """What the corpus says about an article, so a reader sees a headline, not a file id."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


class Reconciliation(BaseModel):
    """The whole of ``reconciled.json``."""

    format_version: str = FORMAT_VERSION
    counts: Counts
    events: list[ReconciledMeeting]
    planned: list[ReconciledMeeting]
    links: list[PlannedLink]
    milestones: list[ReconciledMilestone]
    people: list[CanonicalPerson]
    articles: dict[str, ArticleInfo] = Field(
        default_factory=dict,
        description="Headline, outlet, publication date and URL of the articles that have them.",
    )


class StoredReconciliation(Reconciliation):
    """``reconciled.json`` as written: the Reconciliation and its quote table."""

    quotes: dict[str, dict[str, str]] | None = Field(
        default=None,
        description="Article id -> 'start-end' -> the evidence quote at those offsets; the "
        "sources refer to it by article id and offsets. Absent when some quote could not be "
        "keyed so (then every source carries its own quote).",
    )
