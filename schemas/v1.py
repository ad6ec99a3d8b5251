"""Schema v1: the public output contract of `extractions.jsonl` and the model's answer format.

Two families of models live here:

* ``Model*`` classes are what the language model fills in. They are kept as small as possible
  (output tokens cost ~4x input tokens on the embedded model) and hold only what the model
  must read from the text: quotes, names, the date *as written*. Every list has a cap
  (``max_length`` becomes JSON-schema ``maxItems``) because an uncapped list lets a small model
  repeat items until ``max_tokens``. Nullable fields are required, not defaulted: llama.cpp's
  grammar keeps required keys in order, while defaulted optional keys got skipped.
* The record classes (``Meeting``, ``Milestone``, ``ArticleExtraction``) are what the pipeline
  writes. Code fills what code can do better than the model: character offsets of evidence,
  resolved dates, the controlled mechanism name, the ordinal.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "1"

MilestoneKind = Literal[
    "partnership_upgrade", "agreement", "mechanism_established", "summit", "other"
]
ArticleStatus = Literal["ok", "failed"]

_NULL_STRINGS = frozenset({"", "null", "none", "n/a", "na", "unknown", "not specified", "-"})


def _none_if_null_string(value: object) -> object:
    """Small models write the string "null" (or "N/A") where they mean JSON null."""
    if isinstance(value, str) and value.strip().lower() in _NULL_STRINGS:
        return None
    if isinstance(value, str):
        return value.strip()
    return value


def _drop_null_strings(value: object) -> object:
    """Lists of strings: drop the "null"/empty entries a small model pads them with."""
    if isinstance(value, list):
        return [v for v in value if _none_if_null_string(v) is not None]
    return value


NullableStr = Annotated[str | None, BeforeValidator(_none_if_null_string)]

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARTIAL_DATE = re.compile(r"^--\d{2}-\d{2}$")


# --------------------------------------------------------------------------------------------
# What the model fills in
# --------------------------------------------------------------------------------------------


class ModelParticipant(BaseModel):
    """A person named in the article as taking part in a meeting."""

    name: str = Field(description="The person's name only, without title or honorific.")
    title: NullableStr = Field(description="The person's title or office as the article gives it.")
    country: NullableStr = Field(description="The country the person represents.")


class ModelMeeting(BaseModel):
    """One bilateral meeting, held or planned, as reported in the article."""

    quote: str = Field(
        description="One sentence copied word for word from the article that reports the meeting."
    )
    status: Literal["held", "planned"]
    countries: Annotated[list[str], BeforeValidator(_drop_null_strings)] = Field(
        max_length=2, description="The two countries, full English names."
    )
    participants: list[ModelParticipant] = Field(max_length=4)
    mechanism: NullableStr = Field(
        description="The name of the dialogue or meeting format as written, e.g. "
        "'3rd India-Japan 2+2 Dialogue', or null."
    )
    date: NullableStr = Field(
        description="When it took place, copied as written, e.g. 'on Monday', 'August 20, 2024'."
    )
    location: NullableStr = Field(description="City where it took place, or null.")
    topics: Annotated[list[str], BeforeValidator(_drop_null_strings)] = Field(
        max_length=5, description="Short phrases for what was discussed."
    )
    context_quotes: SkipJsonSchema[list[str]] = Field(default_factory=list, exclude=True)
    """Filled by code, never asked of the model: neighbouring sentences a fact of the meeting
    was read from (they become evidence too)."""


class ModelMilestone(BaseModel):
    """A dated landmark in a bilateral relationship stated in the article."""

    quote: str = Field(description="The sentence from the article that states it, word for word.")
    name: str = Field(description="E.g. 'Special Strategic and Global Partnership'.")
    kind: MilestoneKind
    year: int | None
    countries: Annotated[list[str], BeforeValidator(_drop_null_strings)] = Field(max_length=2)
    context_quotes: SkipJsonSchema[list[str]] = Field(default_factory=list, exclude=True)
    """The neighbouring sentences the model read it with (window calls): where a name that
    its own sentence only refers to ("the council") is written."""


class ModelAnswer(BaseModel):
    """The whole answer for one article."""

    meetings: list[ModelMeeting] = Field(max_length=8)
    milestones: list[ModelMilestone] = Field(max_length=6)


class SentenceMeeting(BaseModel):
    """A meeting reported in one sentence chosen by code, read with its neighbours (so no
    quote: the sentence is the evidence). No country pair either: code reads it from the
    people, the sentence and the article (measured on the gold set: the model's pair changed
    no score), and each output token costs ~4x an input token. Up to six people: a 2+2 has
    four ministers, a courtesy call on a leader may have more present."""

    status: Literal["held", "planned"]
    participants: list[ModelParticipant] = Field(max_length=6)
    mechanism: NullableStr = Field(description="Name of the dialogue or format as written.")
    date: NullableStr = Field(description="When, copied as written.")
    location: NullableStr = Field(description="City, or null.")
    topics: Annotated[list[str], BeforeValidator(_drop_null_strings)] = Field(max_length=3)


class SentenceMeetingsAnswer(BaseModel):
    meetings: list[SentenceMeeting] = Field(max_length=3)


class SentenceMilestone(BaseModel):
    """A dated landmark stated in one sentence chosen by code."""

    name: str
    kind: MilestoneKind
    year: int | None
    countries: Annotated[list[str], BeforeValidator(_drop_null_strings)] = Field(max_length=2)


class SentenceMilestonesAnswer(BaseModel):
    milestones: list[SentenceMilestone] = Field(max_length=4)


# --------------------------------------------------------------------------------------------
# What the pipeline writes
# --------------------------------------------------------------------------------------------


class Evidence(BaseModel):
    """A verbatim quote and where it stands in the original article (offsets found by code)."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Participant(BaseModel):
    name: str
    title: str | None = None
    country: str | None = None


class Meeting(BaseModel):
    """A meeting (held or planned). ``date`` never carries a year the text does not support."""

    date: str | None = None
    date_partial: str | None = Field(
        default=None, description="'--MM-DD' when month and day are known, with or without year."
    )
    date_text: str | None = None
    location: str | None = None
    countries: list[str] = Field(default_factory=list)
    mechanism: str | None = None
    mechanism_text: str | None = None
    ordinal: int | None = None
    participants: list[Participant] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("date")
    @classmethod
    def _iso_or_null(cls, value: str | None) -> str | None:
        if value is not None and not _ISO_DATE.match(value):
            raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        return value

    @field_validator("date_partial")
    @classmethod
    def _partial_or_null(cls, value: str | None) -> str | None:
        if value is not None and not _PARTIAL_DATE.match(value):
            raise ValueError(f"date_partial must be --MM-DD, got {value!r}")
        return value


class Milestone(BaseModel):
    name: str
    kind: MilestoneKind
    year: int | None = None
    date: str | None = None
    countries: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Usage(BaseModel):
    """Tokens of every attempt, failed ones included: retries must never burn tokens invisibly."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0


class ArticleExtraction(BaseModel):
    """One line of ``extractions.jsonl``."""

    model_config = ConfigDict(extra="ignore")

    article_id: str
    source_path: str
    content_sha256: str
    schema_version: str = SCHEMA_VERSION
    schema_hash: str
    prompt_hash: str
    model: str
    status: ArticleStatus
    error: str | None = None
    usage: Usage = Field(default_factory=Usage)
    meetings: list[Meeting] = Field(default_factory=list)
    planned_meetings: list[Meeting] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    dropped: list[str] = Field(
        default_factory=list,
        description="One line per record the model gave that failed validation and was dropped.",
    )
