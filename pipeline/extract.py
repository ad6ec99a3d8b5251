"""One article through the model: clean, prompt, ask, validate, build records.

Two strategies, chosen by ``Settings.strategy``:

* ``sentences`` (default): code picks candidate sentences, the model reads one at a time
  (``pipeline.decompose``);
* ``article``: one call with the whole article (kept for comparison and for large models).

Every failure ends as an ``ArticleExtraction`` with ``status='failed'`` and a one-line
``error``; nothing here raises for a bad article, a nonsense answer or a dead server.
"""

from __future__ import annotations

from pipeline.articles import Article
from pipeline.cleaning import CleanedText, strip_furniture
from pipeline.config import Settings
from pipeline.decompose import ask_sentences
from pipeline.fingerprint import schema_hash
from pipeline.llm import ModelClient, UsageMeter, describe_error, salvage_answer
from pipeline.prompting import prompt_hash, render_messages
from pipeline.records import build_records
from pipeline.validation import GroundedAnswer
from schemas import ArticleExtraction, ModelAnswer, Usage

CHARS_PER_TOKEN = 3.2
"""Conservative for English news text with the Qwen tokenizer (measured ~3.9 on the samples)."""


class ArticleTooLong(Exception):
    pass


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


def _ask_whole_article(
    cleaned: CleanedText, client: ModelClient, settings: Settings, meter: UsageMeter
) -> tuple[ModelAnswer, list[str]]:
    messages = render_messages(cleaned.text)
    prompt_tokens = sum(len(m["content"]) for m in messages) / CHARS_PER_TOKEN
    budget = settings.context_tokens - settings.generation.max_tokens
    if prompt_tokens > budget:
        raise ArticleTooLong(
            f"article too long for the model context (~{int(prompt_tokens)} prompt tokens > "
            f"{budget}); not truncated: use --strategy sentences or a larger context"
        )
    try:
        answer = client.extract(
            GroundedAnswer, messages, context={"article_text": cleaned.original}, meter=meter
        )
        return answer, []
    except Exception as exc:
        salvaged = salvage_answer(exc, GroundedAnswer)
        if salvaged is None:
            raise
        return salvaged, [f"kept the answer that failed validation ({describe_error(exc)})"]


def extract_article(article: Article, client: ModelClient, settings: Settings) -> ArticleExtraction:
    meter = UsageMeter()
    cleaned = strip_furniture(article.text)
    try:
        if settings.strategy == "article":
            answer, notes = _ask_whole_article(cleaned, client, settings, meter)
        else:
            answer, notes = ask_sentences(cleaned, client, meter, settings.sentence_workers)
    except Exception as exc:  # one article never stops the batch
        reason = str(exc) if isinstance(exc, ArticleTooLong) else describe_error(exc)
        return failed_extraction(
            article_id=article.article_id,
            source_path=str(article.path),
            content_sha256=article.content_sha256,
            model=settings.model,
            error=f"{article.path.name}: {reason}",
            meter=meter,
        )
    built = build_records(answer, article.text)
    return ArticleExtraction(
        article_id=article.article_id,
        source_path=str(article.path),
        content_sha256=article.content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=settings.model,
        status="ok",
        usage=meter.snapshot(),
        meetings=built.meetings,
        planned_meetings=built.planned_meetings,
        milestones=built.milestones,
        dropped=notes + built.dropped,
    )
