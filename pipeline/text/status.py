"""Held or planned, by the words of the sentence: a pure check on the model's ``status``.

A 1.5B model calls a meeting "planned" when a sentence merely mentions it ("underscored the
importance of holding the 2+2 Dialogue") or recalls it ("The first Annual Summit was held
virtually in March 2022"). The sentence's own verbs say which it is: a plan is written as one
("will", "scheduled", "expected to", "next"), a meeting that happened with a past verb ("was
held", "met", "called on").
"""

from __future__ import annotations

import re
from typing import Literal

_PLAN = re.compile(
    r"\b(will|would|shall|to be held|to hold|to meet|to visit|scheduled|expected|next|upcoming"
    r"|forthcoming|planned|plans?|proposed|invit\w+|preparations?|later this|set to|slated"
    r"|due to|looking forward|ahead of)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(was held|were held|(?<!be )held|met|hosted|took place|co-chaired|called on|paid an? \w*\s*"
    r"(call|visit)|visited|conducted|signed|adopted|launched)\b",
    re.IGNORECASE,
)

Status = Literal["held", "planned"]


def written_status(sentence: str) -> Status | None:
    """ "planned" when the sentence writes a plan and no past meeting verb, "held" for the
    reverse, None when it writes both ("agreed to hold the next round") or neither."""
    plan, held = bool(_PLAN.search(sentence)), bool(_HELD.search(sentence))
    if plan == held:
        return None
    return "planned" if plan else "held"


_MENTION_ONLY = re.compile(
    r"\b(importance of|need (?:to|for)|proposal (?:to|for)|called for|calls? for|urged|"
    r"push(?:ed)? for|idea of|possibility of|would like to)\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"\b(?!(?:planned|proposed|scheduled|expected|invited)\b)[a-z]{3,}ed\b")


def reports_past_talks(sentence: str) -> bool:
    """No meeting verb and no plan, but the sentence tells what the sides did in the past
    tense ("At the consultations with X, the two sides reviewed …"), and it is not about the
    importance of, or a call for, a meeting."""
    return bool(_PAST_VERB.search(sentence)) and not _MENTION_ONLY.search(sentence)


def writes_a_plan(sentence: str, *, counting_would: bool = True) -> bool:
    """Whether any word of the sentence makes a meeting a plan. ``counting_would=False``
    leaves out the conditional "would" ("a study that would combine …"), which says nothing
    of when a meeting in the same sentence took place."""
    return any(
        counting_would or word.group(0).lower() != "would" for word in _PLAN.finditer(sentence)
    )
