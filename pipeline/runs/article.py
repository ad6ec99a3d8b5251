"""One article through the model: clean, prompt, ask, validate, build records.

Two strategies, chosen by ``Settings.strategy``:

* ``sentences`` (default): code picks candidate sentences, the model reads one at a time
  (``pipeline.extraction.sentence_calls``);
* ``article``: one call with the whole article (kept for comparison and for large models).

Every failure ends as an ``ArticleExtraction`` with ``status='failed'`` and a one-line
``error``; nothing here raises for a bad article, a nonsense answer or a dead server.

Passages that give orders to the model (``pipeline.ingest.injection``) are cut by cleaning, so the
model never reads them; they are noted in ``dropped``, and no record may rest on them alone.
"""

from __future__ import annotations

from typing import TypeVar

from pipeline.ingest.articles import Article
from pipeline.ingest.cleaning import INSTRUCTION_REASON, CleanedText, RemovedSpan, strip_furniture
from pipeline.config import CHARS_PER_TOKEN, Settings
from pipeline.extraction.sentence_calls import TooManyCalls, ask_sentences
from pipeline.runs.fingerprint import schema_hash
from pipeline.model.client import ModelClient, UsageMeter, describe_error, salvage_answer
from pipeline.extraction.prompting import prompt_hash, render_messages
from pipeline.records.building import BuiltRecords, build_records
from pipeline.extraction.rule_milestones import with_rule_milestones
from pipeline.extraction.validation import GroundedAnswer
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, ModelAnswer, Usage

R = TypeVar("R", Meeting, Milestone)

__all__ = ["CHARS_PER_TOKEN", "ArticleTooLong", "extract_article", "failed_extraction"]


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

    def failed(reason: str) -> ArticleExtraction:
        return failed_extraction(
            article_id=article.article_id,
            source_path=str(article.path),
            content_sha256=article.content_sha256,
            model=settings.model,
            error=f"{article.path.name}: {reason}",
            meter=meter,
        )

    cleaned = strip_furniture(article.text)
    try:
        if settings.strategy == "article":
            answer, notes = _ask_whole_article(cleaned, client, settings, meter)
        else:
            answer, notes = ask_sentences(cleaned, client, meter, settings.sentence_workers)
    except Exception as exc:  # one article never stops the batch
        refused = isinstance(exc, (ArticleTooLong, TooManyCalls))
        return failed(str(exc) if refused else describe_error(exc))
    try:
        answer, rule_notes = with_rule_milestones(answer, cleaned)
        notes += rule_notes
        built = build_records(answer, article.text)
        injected = drop_injected_evidence(built, cleaned)
    except Exception as exc:  # a bug on one odd answer must not stop the batch either
        return failed(f"internal error building records ({describe_error(exc)})")
    return ArticleExtraction(
        article_id=article.article_id,
        source_path=str(article.path),
        content_sha256=article.content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=settings.model,
        status="ok",
        usage=meter.snapshot(),
        source_format=article.source_format,
        source_encoding=article.encoding,
        meetings=built.meetings,
        planned_meetings=built.planned_meetings,
        milestones=built.milestones,
        dropped=injection_notes(cleaned) + notes + built.dropped + injected,
    )


def _instruction_spans(cleaned: CleanedText) -> list[RemovedSpan]:
    return [span for span in cleaned.removed if span.reason == INSTRUCTION_REASON]


def injection_notes(cleaned: CleanedText) -> list[str]:
    """One line per passage cleaning cut because it gives orders to the model."""
    notes = []
    for span in _instruction_spans(cleaned):
        text = " ".join(cleaned.original[span.start : span.end].split())
        shown = text if len(text) <= 80 else text[:79] + "…"
        notes.append(
            f"characters {span.start}-{span.end} left out: instructions to the model, not news "
            f"(possible prompt injection): {shown!r}"
        )
    return notes


def drop_injected_evidence(built: BuiltRecords, cleaned: CleanedText) -> list[str]:
    """Evidence inside a cut instruction passage is no evidence (the passage names the people
    it wants reported, so grounding alone would accept it); a record left with none goes."""
    spans = _instruction_spans(cleaned)
    if not spans:
        return []
    notes: list[str] = []

    def inside(evidence: Evidence) -> bool:
        return any(evidence.start < s.end and s.start < evidence.end for s in spans)

    def keep(kind: str, records: list[R]) -> list[R]:
        kept = []
        for index, record in enumerate(records):
            evidence = [e for e in record.evidence if not inside(e)]
            if len(evidence) == len(record.evidence):
                kept.append(record)
            elif evidence:
                kept.append(record.model_copy(update={"evidence": evidence}))
            else:
                notes.append(f"{kind}[{index}] dropped: its only evidence is the injected text")
        return kept

    built.meetings = keep("meetings", built.meetings)
    built.planned_meetings = keep("planned_meetings", built.planned_meetings)
    built.milestones = keep("milestones", built.milestones)
    return notes
