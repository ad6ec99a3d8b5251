"""Review work grows the evaluation set: reviewed articles as gold articles.

An article a reviewer worked on (``Decisions.touched_articles``) goes to a gold file with
the accepted run's records for it: the reviewer's additions in, the records marked wrong out
and listed in ``excluded`` with the reviewer's reason, as a labeller lists what was
deliberately not labelled. Lines are ``schemas.gold.GoldArticle``, so the file loads with
``load_gold`` and scores like the hand-made splits. An article already in the file is
refused: a second label for one article would make the scores count it twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.evaluation.scoring import EvalInputError, load_gold
from pipeline.review.decisions import Decisions
from pipeline.review.diffing import RunDiff
from pipeline.review.edits import ATTRIBUTE_OF, wrong_line
from pipeline.runs.output import atomic_write_text
from pipeline.text.story_date import find_story_date
from schemas import ArticleExtraction
from schemas.gold import GoldArticle, GoldMeeting, GoldMilestone

DEFAULT_GOLD_FILE = Path("gold/reviewed.jsonl")


def gold_article(
    record: ArticleExtraction, text: str | None, excluded: Sequence[str], note: str
) -> GoldArticle:
    """The gold form of one reviewed article (the pipeline's ``source`` is left out: gold
    records are all a person's word)."""
    story_date = find_story_date(text) if text is not None else None
    where = (
        f"record {record.source_record} of {record.source_path}; " if record.source_record else ""
    )
    sources = [m.source for m in [*record.meetings, *record.planned_meetings]]
    sources += [m.source for m in record.milestones]
    added = sources.count("reviewer")
    return GoldArticle(
        article_id=record.article_id,
        source_path=record.source_path,
        dateline=story_date.text if story_date is not None else None,
        meetings=[
            GoldMeeting.model_validate(m.model_dump(mode="json", exclude={"source"}))
            for m in record.meetings
        ],
        planned_meetings=[
            GoldMeeting.model_validate(m.model_dump(mode="json", exclude={"source"}))
            for m in record.planned_meetings
        ],
        milestones=[
            GoldMilestone.model_validate(m.model_dump(mode="json", exclude={"source"}))
            for m in record.milestones
        ],
        excluded=list(excluded),
        notes=f"{where}{note}; {added} record(s) added by the reviewer",
    )


def reviewed_articles(
    records: Sequence[ArticleExtraction],
    decisions: Decisions,
    diff: RunDiff,
    shown: dict[str, ArticleExtraction],
    text_of: Callable[[str], str | None],
    note: str,
) -> tuple[list[GoldArticle], list[str]]:
    """Gold articles for what the reviewer worked on, from the accepted ``records`` (run
    order), and one line per reviewed article left out (not in the accepted run, or failed:
    no text to label). ``shown`` is run B's records, which wrong marks name."""
    touched = set(decisions.touched_articles(diff))
    found = {r.article_id for r in records}
    skipped = [f"{a}: not in the accepted run" for a in sorted(touched - found)]
    articles = []
    for record in records:
        if record.article_id not in touched:
            continue
        if record.status == "failed":
            skipped.append(f"{record.article_id}: failed in the run, nothing to label")
            continue
        excluded = []
        for mark in decisions.wrong:
            if mark.record.article_id != record.article_id:
                continue
            items = getattr(shown.get(record.article_id), ATTRIBUTE_OF[mark.record.kind], [])
            if mark.record.index < len(items):
                excluded.append(wrong_line(mark, items[mark.record.index].model_dump(mode="json")))
        articles.append(gold_article(record, text_of(record.article_id), excluded, note))
    return articles, skipped


def gold_line(article: GoldArticle) -> str:
    """One line of a gold file, as ``gold/build_gold.py`` writes them."""
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False)


def append_gold(path: Path, articles: Sequence[GoldArticle]) -> None:
    """Append ``articles`` to the gold file at ``path`` (created if missing), or refuse in one
    line when one of them is already there; the file is rewritten atomically."""
    existing = load_gold(path) if path.exists() else []
    held = {a.article_id for a in existing}
    for article in articles:
        if article.article_id in held:
            raise EvalInputError(
                f"{path}: already holds article {article.article_id!r}; nothing added "
                "(delete its line there to replace it)"
            )
        held.add(article.article_id)
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    if before and not before.endswith("\n"):
        before += "\n"
    atomic_write_text(path, before + "".join(gold_line(a) + "\n" for a in articles))
