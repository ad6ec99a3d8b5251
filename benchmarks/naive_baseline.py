"""The naive baseline: what a plain instructor script does with the same model.

One call per article, a flat schema, a one-line prompt, no cleaning, no grounding, no
code-side names. Dates are what any user's script would do with the model's date text: parse
it with a standard parser (``dateparser``) against the article's publication date (the first
full date ``dateparser`` finds in the article's opening lines), at the precision the text
writes. Its records are converted to the output schema only so that
``pipeline.evaluation.scoring`` can score both the same way.

    python benchmarks/naive_baseline.py ARTICLES... --base-url URL --out OUT_DIR
"""

from __future__ import annotations

import argparse
import json
import re
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import dateparser
import instructor
import openai
from dateparser.search import search_dates
from pydantic import BaseModel

from pipeline.ingest.articles import read_article
from pipeline.runs.output import write_extractions
from schemas import ArticleExtraction, Meeting, Milestone, Participant, Usage
from schemas.v1 import MilestoneKind

PROMPT = (
    "Extract all bilateral diplomatic meetings (held or planned) and partnership milestones "
    "from this news article.\n\n{text}"
)
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class NaiveMeeting(BaseModel):
    status: str
    countries: list[str]
    participants: list[str]
    mechanism: str | None
    date: str | None  # YYYY-MM-DD
    location: str | None


class NaiveMilestone(BaseModel):
    name: str
    kind: str
    year: int | None
    countries: list[str]


class NaiveExtraction(BaseModel):
    meetings: list[NaiveMeeting]
    milestones: list[NaiveMilestone]


_DAY = re.compile(
    r"\b\d{1,2}(st|nd|rd|th)?\b.*\b[A-Za-z]{3,}|\b[A-Za-z]{3,}\.?\s+\d{1,2}\b|"
    r"\b(yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|month", re.I)
_SETTINGS: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def publication_date(text: str) -> datetime | None:
    """The first full date in the article's opening lines, as a script would look for it."""
    settings = {**_SETTINGS, "REQUIRE_PARTS": ["day", "month", "year"]}
    found = search_dates(text[:400], languages=["en"], settings=settings) or []
    dated = [when for written, when in found if re.search(r"\b(19|20)\d{2}\b", written)]
    return dated[0] if dated else None


def naive_date(date_text: str | None, published: datetime | None) -> str | None:
    """The model's date text parsed by ``dateparser`` against the publication date, written
    at the precision the text gives (a day, a month, or a year)."""
    if not date_text:
        return None
    if _ISO.match(date_text.strip()):
        return date_text.strip()
    settings = dict(_SETTINGS)
    if published is not None:
        settings["RELATIVE_BASE"] = published
    parsed = dateparser.parse(date_text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if _DAY.search(date_text):
        return parsed.strftime("%Y-%m-%d")
    if _MONTH.search(date_text):
        return parsed.strftime("%Y-%m")
    return parsed.strftime("%Y")


def _meeting(m: NaiveMeeting, published: datetime | None = None) -> Meeting:
    date = naive_date(m.date, published)
    return Meeting(
        date=date,
        date_text=m.date,
        location=m.location,
        countries=m.countries[:2],
        mechanism=m.mechanism,
        participants=[Participant(name=n) for n in m.participants],
    )


def _kind(kind: str) -> MilestoneKind:
    allowed = ("partnership_upgrade", "agreement", "mechanism_established", "summit")
    return kind if kind in allowed else "other"  # type: ignore[return-value]


def run_naive(paths: list[Path], base_url: str, model: str) -> list[ArticleExtraction]:
    client = instructor.from_openai(
        openai.OpenAI(base_url=base_url, api_key="not-needed", max_retries=0, timeout=600),
        mode=instructor.Mode.JSON_SCHEMA,
    )
    records = []
    for path in paths:
        article = read_article(path)
        published = publication_date(article.text)
        started = time.perf_counter()
        fields: dict[str, Any]
        try:
            answer, completion = client.chat.completions.create_with_completion(
                model=model,
                response_model=NaiveExtraction,
                messages=[{"role": "user", "content": PROMPT.format(text=article.text)}],
                max_retries=1,
                temperature=0,
                max_tokens=2048,
            )
            usage = completion.usage
            fields = {
                "status": "ok",
                "usage": Usage(
                    prompt_tokens=usage.prompt_tokens if usage else 0,
                    completion_tokens=usage.completion_tokens if usage else 0,
                    attempts=1,
                ),
                "meetings": [
                    _meeting(m, published) for m in answer.meetings if m.status.lower() != "planned"
                ],
                "planned_meetings": [
                    _meeting(m, published) for m in answer.meetings if m.status.lower() == "planned"
                ],
                "milestones": [
                    Milestone(name=m.name, kind=_kind(m.kind), year=m.year, countries=m.countries)
                    for m in answer.milestones
                ],
            }
        except Exception as exc:  # a naive script would crash; we record and go on
            fields = {"status": "failed", "error": " ".join(str(exc).split())[:200]}
        wall = time.perf_counter() - started
        records.append(
            ArticleExtraction(
                article_id=article.article_id,
                source_path=str(path),
                content_sha256=article.content_sha256,
                schema_hash="naive",
                prompt_hash="naive",
                model=model,
                dropped=[f"wall_seconds={wall:.1f}"],
                **fields,
            )
        )
        print(json.dumps({"article": article.article_id, "wall": round(wall, 1)}), flush=True)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", default="local")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    records = run_naive(sorted(args.articles), args.base_url, args.model)
    write_extractions(args.out / "extractions.jsonl", records)


if __name__ == "__main__":
    main()
