"""Hand-made runs for diff and review tests: real texts, evidence offsets found in them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.runs.folders import write_manifest, write_texts
from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Participant

TEXTS = {
    "delhi": (
        "New Delhi, Feb 08: External Affairs Minister S Jaishankar met Japanese Foreign "
        "Minister Yoko Kamikawa in Tokyo on Wednesday for the 16th Strategic Dialogue. "
        "Vikram Misri held Foreign Office Consultations with Masataka Okano the same day. "
        "India and Japan upgraded ties to a Special Strategic and Global Partnership in 2014. "
        "A reader's note: <script>alert('x')</script> & other <b>markup</b> stays text."
    ),
    "tokyo": (
        "Tokyo, July 28: Foreign Secretary Vikram Misri and Vice-Minister Takehiro Funakoshi "
        "held the Vice-Ministerial Dialogue in Tokyo on Monday."
    ),
    "rome": (
        "Rome, 5 May 2023: Italian Foreign Minister Marco Bellini met Kenyan Cabinet Secretary "
        "Grace Wanjiru in Rome on 4 May 2023 for the first Joint Commission between the two "
        "countries. Bellini said the ministers will meet again in Nairobi in October."
    ),
}
"""Invented articles. ``rome`` is the one the model "missed": ``missed_meeting_record``
is its meeting, and ``single_run_records`` hold it with no records, for the reviewer to add."""


def evidence(article: str, quote: str) -> Evidence:
    start = TEXTS[article].index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def meeting(
    article: str,
    quote: str,
    people: list[str],
    *,
    date: str | None = "2024-02-07",
    mechanism: str | None = None,
    location: str | None = "Tokyo",
) -> Meeting:
    return Meeting(
        date=date,
        date_text="on Wednesday",
        location=location,
        countries=["India", "Japan"],
        mechanism=mechanism,
        participants=[Participant(name=n) for n in people],
        evidence=[evidence(article, quote)],
    )


def milestone(article: str, quote: str, name: str, year: int | None) -> Milestone:
    return Milestone(
        name=name,
        kind="partnership_upgrade",
        year=year,
        countries=["India", "Japan"],
        evidence=[evidence(article, quote)],
    )


def extraction(article: str, **lists: Any) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article,
        source_path=f"articles/{article}.txt",
        content_sha256=f"sha-{article}",
        schema_hash="s",
        prompt_hash="p",
        model="m",
        status="ok",
        **lists,
    )


def baseline_records() -> list[ArticleExtraction]:
    return [
        extraction(
            "delhi",
            meetings=[
                meeting(
                    "delhi",
                    "S Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo",
                    ["S Jaishankar", "Yoko Kamikawa"],
                    mechanism="Strategic Dialogue",
                ),
                meeting(
                    "delhi",
                    "Vikram Misri held Foreign Office Consultations with Masataka Okano",
                    ["Vikram Misri", "Masataka Okano"],
                    mechanism="Foreign Office Consultations",
                ),
            ],
            milestones=[
                milestone(
                    "delhi",
                    "upgraded ties to a Special Strategic and Global Partnership in 2014",
                    "Special Strategic and Global Partnership",
                    2014,
                )
            ],
        ),
        extraction(
            "tokyo",
            meetings=[
                meeting(
                    "tokyo",
                    "Vikram Misri and Vice-Minister Takehiro Funakoshi held the "
                    "Vice-Ministerial Dialogue",
                    ["Vikram Misri", "Takehiro Funakoshi"],
                    date="2025-07-28",
                    mechanism="Vice-Ministerial Dialogue",
                )
            ],
        ),
    ]


def write_run(folder: Path, records: list[ArticleExtraction], **manifest: Any) -> Path:
    folder.mkdir(parents=True)
    write_extractions(folder / EXTRACTIONS_FILE, records)
    write_texts(folder, {r.article_id: TEXTS[r.article_id] for r in records})
    write_manifest(folder, {"kind": "extract", "complete": True, **manifest})
    return folder


def write_v1_line(path: Path, record: ArticleExtraction) -> None:
    """A line as Summitry 0.1 (schema 1) wrote it: no v2 fields."""
    data = record.model_dump(mode="json")
    data["schema_version"] = "1"
    data.pop("source_format", None)
    data.pop("source_encoding", None)
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")


ROME_QUOTE = (
    "Italian Foreign Minister Marco Bellini met Kenyan Cabinet Secretary Grace Wanjiru in Rome "
    "on 4 May 2023 for the first Joint Commission"
)


def single_run_records() -> list[ArticleExtraction]:
    """One run to review on its own: the two baseline articles and ``rome`` without its
    meeting (what a reviewer adds)."""
    return [*baseline_records(), extraction("rome")]


def missed_meeting_record() -> dict[str, Any]:
    """The rome meeting as a review page's form gives it (evidence offsets as it saw them)."""
    start = TEXTS["rome"].index(ROME_QUOTE)
    return {
        "date": "2023-05-04",
        "date_text": "on 4 May 2023",
        "location": "Rome",
        "countries": ["Italy", "Kenya"],
        "mechanism": "Joint Commission",
        "mechanism_text": "Joint Commission",
        "ordinal": 1,
        "participants": [
            {"name": "Marco Bellini", "title": "Italian Foreign Minister", "country": "Italy"},
            {"name": "Grace Wanjiru", "title": "Kenyan Cabinet Secretary", "country": "Kenya"},
        ],
        "topics": [],
        "evidence": [{"quote": ROME_QUOTE, "start": start, "end": start + len(ROME_QUOTE)}],
    }
