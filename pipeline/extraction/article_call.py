"""The whole-article strategy: one call with the whole article (for large models).

Kept beside the sentence strategy for comparison; the answer goes through the same grounding
(``GroundedAnswer``) and record building.
"""

from __future__ import annotations

from pipeline.config import CHARS_PER_TOKEN, Settings
from pipeline.extraction.prompting import WHOLE_ARTICLE, render_messages, task_prompt_hash
from pipeline.extraction.sentence_calls import PlannedCall, SentenceAnswers
from pipeline.extraction.validation import GroundedAnswer
from pipeline.ingest.cleaning import CleanedText
from pipeline.model.call_cache import CallLabel, digest
from pipeline.model.client import ModelClient, UsageMeter, describe_error, salvage_answer


class ArticleTooLong(Exception):
    pass


def plan_article_call(
    cleaned: CleanedText, settings: Settings, article_id: str = ""
) -> PlannedCall:
    """The one call of this strategy; refuses (never truncates) an article over the context."""
    messages = render_messages(cleaned.text)
    prompt_tokens = sum(len(m["content"]) for m in messages) / CHARS_PER_TOKEN
    budget = settings.context_tokens - settings.generation.max_tokens
    if prompt_tokens > budget:
        raise ArticleTooLong(
            f"article too long for the model context (~{int(prompt_tokens)} prompt tokens > "
            f"{budget}); not truncated: use --strategy sentences or a larger context"
        )
    label = CallLabel(
        article_id, WHOLE_ARTICLE, 0, task_prompt_hash(WHOLE_ARTICLE), digest(cleaned.text)
    )
    return PlannedCall(
        WHOLE_ARTICLE, 0, GroundedAnswer, messages, {"article_text": cleaned.original}, label
    )


def ask_whole_article(
    cleaned: CleanedText, client: ModelClient, meter: UsageMeter, article_id: str = ""
) -> SentenceAnswers:
    call = plan_article_call(cleaned, client.settings, article_id)
    try:
        answer = client.extract(
            GroundedAnswer, call.messages, context=call.context, meter=meter, label=call.label
        )
        return SentenceAnswers(answer, [], [])
    except Exception as exc:
        salvaged = salvage_answer(exc, GroundedAnswer)
        if salvaged is None:
            raise
        note = f"kept the answer that failed validation ({describe_error(exc)})"
        return SentenceAnswers(salvaged, [note], [])
