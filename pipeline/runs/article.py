"""One article through the model: clean, prompt, ask, validate, build records.

Two strategies, chosen by ``Settings.strategy``:

* ``sentences`` (default): code picks candidate sentences, the model reads one at a time
  (``pipeline.extraction.sentence_calls``);
* ``article``: one call with the whole article (kept for comparison and for large models).

Every failure ends as an ``ArticleExtraction`` with ``status='failed'`` and a one-line
``error``, or ``status='partial'`` (records kept, the calls that gave no answer listed in
``failed_calls``); nothing here raises for a bad article, a nonsense answer or a dead server.

Passages that give orders to the model (``pipeline.ingest.injection``) are cut by cleaning, so the
model never reads them; they are noted in ``dropped``, and no record may rest on them alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from pipeline.config import Settings
from pipeline.extraction.article_call import ArticleTooLong, ask_whole_article
from pipeline.extraction.prompting import prompt_hash
from pipeline.extraction.rule_milestones import with_rule_milestones
from pipeline.extraction.sentence_calls import TooManyCalls, ask_sentences
from pipeline.ingest.articles import Article
from pipeline.ingest.cleaning import INSTRUCTION_REASON, CleanedText, RemovedSpan, strip_furniture
from pipeline.model.client import ModelClient, UsageMeter, describe_error
from pipeline.records.building import BuiltRecords, build_records
from pipeline.runs.fingerprint import schema_hash
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Usage

R = TypeVar("R", Meeting, Milestone)

__all__ = ["ArticleOutcome", "extract_article", "failed_extraction"]


@dataclass(frozen=True)
class ArticleOutcome:
    """An article's record and what its calls cost this run (the record itself does not say
    whether an answer came from the server or the call cache: a rerun writes the same bytes)."""

    record: ArticleExtraction
    calls_made: int = 0
    calls_replayed: int = 0
    spent_prompt_tokens: int = 0
    spent_completion_tokens: int = 0
    spent_attempts: int = 0

    @classmethod
    def of(cls, record: ArticleExtraction, meter: UsageMeter) -> ArticleOutcome:
        return cls(
            record,
            meter.calls_made,
            meter.calls_replayed,
            meter.spent_prompt_tokens,
            meter.spent_completion_tokens,
            meter.attempts - meter.calls_replayed,
        )


def failed_extraction(
    *,
    article_id: str,
    source_path: str,
    content_sha256: str,
    model: str,
    error: str,
    meter: UsageMeter | None = None,
    source_record: int | None = None,
    article: Article | None = None,
) -> ArticleExtraction:
    record = ArticleExtraction(
        article_id=article_id,
        source_path=source_path,
        source_record=source_record,
        content_sha256=content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=model,
        status="failed",
        error=" ".join(error.split()),
        usage=meter.snapshot() if meter else Usage(),
    )
    return with_metadata(record, article)


def with_metadata(record: ArticleExtraction, article: Article | None) -> ArticleExtraction:
    """The record with what the corpus says about its article (headline, URL, outlet,
    publication date) and where in a record file it was."""
    if article is None:
        return record
    meta = article.meta
    update = {"title": meta.title, "url": meta.url, "outlet": meta.outlet}
    return record.model_copy(
        update={**update, "published": meta.published, "source_record": article.record}
    )


def extract_article(article: Article, client: ModelClient, settings: Settings) -> ArticleOutcome:
    """Clean, ask (every request through the call cache), build records; never raises for a
    bad article, a nonsense answer or a dead server."""
    meter = UsageMeter()
    outcome = _extract(article, client, settings, meter)
    return ArticleOutcome.of(outcome, meter)


def _extract(
    article: Article, client: ModelClient, settings: Settings, meter: UsageMeter
) -> ArticleExtraction:

    def failed(reason: str) -> ArticleExtraction:
        return failed_extraction(
            article_id=article.article_id,
            source_path=str(article.path),
            content_sha256=article.content_sha256,
            model=settings.model,
            error=f"{article.name}: {reason}",
            meter=meter,
            source_record=article.record,
            article=article,
        )

    cleaned = strip_furniture(article.text)
    try:
        if settings.strategy == "article":
            asked = ask_whole_article(cleaned, client, meter, article.article_id)
        else:
            asked = ask_sentences(
                cleaned, client, meter, settings.sentence_workers, article.article_id
            )
    except Exception as exc:  # one article never stops the batch
        refused = isinstance(exc, (ArticleTooLong, TooManyCalls))
        return failed(str(exc) if refused else describe_error(exc))
    try:
        answer, rule_notes = with_rule_milestones(asked.answer, cleaned)
        built = build_records(
            answer, article.text, settings.disabled_rules, published=article.meta.published
        )
        injected = drop_injected_evidence(built, cleaned)
    except Exception as exc:  # a bug on one odd answer must not stop the batch either
        return failed(f"internal error building records ({describe_error(exc)})")
    record = ArticleExtraction(
        article_id=article.article_id,
        source_path=str(article.path),
        content_sha256=article.content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model=settings.model,
        # A call that gave no usable answer loses what its sentence would have reported:
        # the article says so (``partial``, the calls listed), and the call cache holds no
        # answer for it, so the next run asks exactly those calls again.
        status="partial" if asked.losses else "ok",
        failed_calls=asked.losses,
        usage=meter.snapshot(),
        source_format=article.source_format,
        source_encoding=article.encoding,
        meetings=built.meetings,
        planned_meetings=built.planned_meetings,
        milestones=built.milestones,
        dropped=injection_notes(cleaned) + built.dropped + injected,
        notes=list(article.meta.warnings) + asked.notes + rule_notes + built.notes,
    )
    return with_metadata(record, article)


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
