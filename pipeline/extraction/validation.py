"""Checks that need the article: evidence must really occur in it, names must really be in it.

``GroundedAnswer`` is the response model given to instructor: when a check fails, its
``ValueError`` text is what the model is shown on the re-ask, so every message names the
record and says what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationInfo, model_validator

from pipeline.extraction.candidates import (
    RELATIVE_YEAR,
    SETTING_UP,
    SIGNING,
    STILL_TO_COME,
    YEAR,
    raises_ties,
)
from pipeline.text.grounding import locate_quote, name_occurs
from pipeline.text.milestone_names import MILESTONE_NAME_WORDS
from pipeline.text.names import split_name_and_title
from schemas import ModelAnswer, ModelMeeting, ModelMilestone, ModelParticipant

MAX_REPORTED_PROBLEMS = 6


def unnamed_participants(participants: Iterable[ModelParticipant], article_text: str) -> list[str]:
    """Names (as the model gave them) of people the article does not name."""
    return [
        p.name
        for p in participants
        if not name_occurs(article_text, split_name_and_title(p.name)[0])
    ]


def meeting_problems(meeting: ModelMeeting, article_text: str) -> list[str]:
    """Why a meeting cannot be kept as given (empty list: it is grounded)."""
    problems = []
    if locate_quote(article_text, meeting.quote) is None:
        problems.append(f"quote {_short(meeting.quote)!r} is not in the article")
    for name in unnamed_participants(meeting.participants, article_text):
        problems.append(f"participant {name!r} is not named in the article")
    return problems


def milestone_problems(milestone: ModelMilestone, article_text: str) -> list[str]:
    span = locate_quote(article_text, milestone.quote)
    if span is None:
        return [f"quote {_short(milestone.quote)!r} is not in the article"]
    sentence = enclosing_sentence(article_text, *span)
    year_written = milestone.year is not None and str(milestone.year) in sentence
    if STILL_TO_COME.search(sentence) and not year_written:
        return ["a landmark still to come: not one until it is done"]
    raised_today = raises_ties(sentence) and not YEAR.search(sentence)
    own_news = SIGNING.search(sentence) or SETTING_UP.search(sentence) or raised_today
    if milestone.year is None and not own_news:
        return ["no year: a milestone is a dated landmark (or a signing the article reports)"]
    if milestone.year is not None and not year_written and not RELATIVE_YEAR.search(sentence):
        return [f"year {milestone.year} is not in the sentence it quotes"]
    return []


def enclosing_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around a quote: a quote may stop short of the year it is about."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "? ", "! "))
    right_candidates = [i for i in (text.find(m, end) for m in (". ", "\n")) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def milestone_shape_problems(milestone: ModelMilestone) -> list[str]:
    """Checks on a milestone that need no article: its name fits its kind."""
    words = MILESTONE_NAME_WORDS[milestone.kind]
    name = milestone.name.lower()
    if words and not any(word in name for word in words):
        kind = milestone.kind.replace("_", " ")
        article = "an" if kind[0] in "aeiou" else "a"
        return [f"name {milestone.name!r} does not name {article} {kind}"]
    return []


def answer_problems(answer: ModelAnswer, article_text: str) -> list[str]:
    problems: list[str] = []
    for index, meeting in enumerate(answer.meetings):
        problems += [f"meetings[{index}]: {p}" for p in meeting_problems(meeting, article_text)]
    for index, milestone in enumerate(answer.milestones):
        problems += [
            f"milestones[{index}]: {p}" for p in milestone_problems(milestone, article_text)
        ]
    return problems


class GroundedAnswer(ModelAnswer):
    """``ModelAnswer`` plus the grounding checks, run with ``context={'article_text': ...}``."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> GroundedAnswer:
        context: dict[str, Any] = info.context or {}
        article_text = context.get("article_text")
        if not article_text:
            return self
        problems = answer_problems(self, article_text)
        if problems:
            shown = "; ".join(problems[:MAX_REPORTED_PROBLEMS])
            more = len(problems) - MAX_REPORTED_PROBLEMS
            suffix = f"; and {more} more" if more > 0 else ""
            raise ValueError(
                f"{shown}{suffix}. Copy each quote word for word from the article, and name "
                "only people the article names; leave out anything you cannot quote."
            )
        return self


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
