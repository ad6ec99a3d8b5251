"""Which calls an article needs, by strategy: known before any model is started."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.extraction.article_call import plan_article_call
from pipeline.extraction.sentence_calls import PlannedCall, plan_sentence_calls
from pipeline.ingest.cleaning import CleanedText


def first_round_calls(
    cleaned: CleanedText, settings: Settings, article_id: str = ""
) -> list[PlannedCall]:
    """The calls an article's extraction starts with (re-asks follow from their answers)."""
    if settings.strategy == "article":
        return [plan_article_call(cleaned, settings, article_id)]
    return plan_sentence_calls(cleaned, settings, article_id).calls
