"""Held or planned by the sentence's own words."""

from __future__ import annotations

import pytest

from pipeline.text.status import writes_a_plan, written_status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The first Annual Summit was held virtually in March 2022.", "held"),
        ("Takeda also paid a courtesy call on Chief Minister Lisa Grant.", "held"),
        ("The two sides signed the agreement at a virtual summit in January 2022.", "held"),
        ("The next Annual Summit is scheduled to be held in Canberra later this year.", "planned"),
        ("Sakamoto and Han are expected to hold a bilateral summit on the sidelines.", "planned"),
        ("The two sides agreed to hold the next round of the dialogue in 2026.", "planned"),
        ("They held talks and agreed to meet again next year.", None),  # both
        ("PM Modi underscored the importance of holding the 2+2 Dialogue.", None),  # neither
    ],
)
def test_written_status(sentence: str, status: str | None) -> None:
    assert written_status(sentence) == status


def test_writes_a_plan() -> None:
    assert writes_a_plan("They held talks and agreed to meet again next year.")
    assert not writes_a_plan("PM Modi underscored the importance of holding the 2+2 Dialogue.")
