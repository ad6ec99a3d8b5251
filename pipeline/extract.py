"""One article through the model: clean, prompt, ask, validate, build records.

Every failure ends as an ``ArticleExtraction`` with ``status='failed'`` and a one-line
``error``; nothing here raises for a bad article, a nonsense answer or a dead server.
"""

from __future__ import annotations

from pydantic import ValidationError

from pipeline.articles import Article
from pipeline.cleaning import strip_furniture
from pipeline.config import Settings
from pipeline.fingerprint import schema_hash
from pipeline.llm import ModelClient, UsageMeter, describe_error, is_transport_error
from pipeline.prompting import prompt_hash, render_messages
from pipeline.records import build_records
from pipeline.validation import GroundedAnswer
from schemas import ArticleExtraction, ModelAnswer, Usage

CHARS_PER_TOKEN = 3.2
"""Conservative for English news text with the Qwen tokenizer (measured ~3.9 on the samples)."""


def failed_extraction(
    *,
    article_id: str,
    source_path: str,
    content_sha256: str,
    model: str,
    error: str,
    meter: UsageMeter | None = None,
) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article_id,
        source_path=source_path,
        content_sha256=content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=model,
        status="failed",
        error=" ".join(error.split()),
        usage=meter.snapshot() if meter else Usage(),
    )


def _salvage(exc: BaseException) -> ModelAnswer | None:
    """After the last re-ask failed grounding, keep the schema-valid part of the answer;
    ungrounded records are then dropped one by one instead of failing the whole article."""
    if is_transport_error(exc):
        return None
    completion = getattr(exc, "last_completion", None)
    try:
        content = completion.choices[0].message.content  # type: ignore[union-attr]
        return ModelAnswer.model_validate_json(content or "")
    except (AttributeError, IndexError, TypeError, ValidationError):
        return None


def extract_article(article: Article, client: ModelClient, settings: Settings) -> ArticleExtraction:
    source_path = str(article.path)
    meter = UsageMeter()
    cleaned = strip_furniture(article.text)
    messages = render_messages(cleaned.text)
    prompt_chars = sum(len(m["content"]) for m in messages)
    budget = settings.context_tokens - settings.generation.max_tokens
    if prompt_chars / CHARS_PER_TOKEN > budget:
        return failed_extraction(
            article_id=article.article_id,
            source_path=source_path,
            content_sha256=article.content_sha256,
            model=settings.model,
            error=(
                f"{article.path.name}: article too long for the model context "
                f"(~{int(prompt_chars / CHARS_PER_TOKEN)} prompt tokens > {budget}); "
                "not truncated: split it or raise the context size"
            ),
        )
    try:
        answer: ModelAnswer = client.extract(
            GroundedAnswer,
            messages,
            context={"article_text": article.text},
            meter=meter,
        )
    except Exception as exc:  # one article never stops the batch
        salvaged = _salvage(exc)
        if salvaged is None:
            return failed_extraction(
                article_id=article.article_id,
                source_path=source_path,
                content_sha256=article.content_sha256,
                model=settings.model,
                error=f"{article.path.name}: {describe_error(exc)}",
                meter=meter,
            )
        answer = salvaged
    built = build_records(answer, article.text)
    return ArticleExtraction(
        article_id=article.article_id,
        source_path=source_path,
        content_sha256=article.content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=settings.model,
        status="ok",
        usage=meter.snapshot(),
        meetings=built.meetings,
        planned_meetings=built.planned_meetings,
        milestones=built.milestones,
        dropped=built.dropped,
    )
