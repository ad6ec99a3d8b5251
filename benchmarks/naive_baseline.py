"""The naive baseline: what a plain instructor script does with the same model.

One call per article, a flat schema, a one-line prompt, dates asked for directly as ISO,
no cleaning, no grounding, no code-side dates or names. Its records are converted to the
output schema only so that ``pipeline.evaluation.scoring`` can score both the same way.

    python benchmarks/naive_baseline.py ARTICLES... --base-url URL --out OUT_DIR
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path
from typing import Any

import instructor
import openai
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


def _meeting(m: NaiveMeeting) -> Meeting:
    date = m.date if m.date and _ISO.match(m.date) else None
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
                "meetings": [_meeting(m) for m in answer.meetings if m.status.lower() != "planned"],
                "planned_meetings": [
                    _meeting(m) for m in answer.meetings if m.status.lower() == "planned"
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
