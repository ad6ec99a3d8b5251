"""The HTML report of a large run: render time, file size and (with Chromium) load time.

A synthetic run of ``--articles`` articles: the reconcile benchmark's records (real country
pairs, 2000-2025, 1-4 reports per event, coarse and missing dates), each article given a text
of ~1,800 characters (its records' sentences among filler paragraphs, so every evidence
offset points at its quote) and a refused record now and then. The run is written as
``extract`` writes one (extractions, texts, reconciled.json), then ``summitry show`` renders
it. Goal (issue 17): a 5,000-article page opens in < 3 s and weighs < 15 MB.

    .venv/bin/python -m benchmarks.report_scale [--articles 5000] [--browser]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from benchmarks.reconcile_scale import synthetic_extractions
from pipeline.reports.html_report import write_report
from pipeline.reports.run_files import reconcile_run
from pipeline.runs.folders import load_run, write_manifest, write_texts
from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions
from schemas import ArticleExtraction, Evidence

RECORDS_PER_ARTICLE = 2.5  # what synthetic_extractions packs into an article, on average
FILLER = (
    "Officials said the talks covered trade, investment and people-to-people exchanges, and "
    "that both sides agreed to keep in close touch on regional questions. ",
    "The visit comes as both governments look to deepen cooperation in energy, critical "
    "minerals and maritime security, according to a statement issued after the meeting. ",
    "Analysts note that the relationship has grown steadily over the past decade, with "
    "two-way trade and defence exchanges expanding year on year. ",
)
TARGET_CHARS = 1800


def _with_text(record: ArticleExtraction, rng: random.Random) -> tuple[ArticleExtraction, str]:
    """The record with a text its evidence points into: each quote at its new offset."""
    parts: list[str] = [f"CAPITAL CITY, {rng.randint(1, 28)} May (Wire): "]
    length = len(parts[0])

    def place(quote: str) -> Evidence:
        nonlocal length
        start = length
        parts.append(quote + " ")
        length += len(quote) + 1
        return Evidence(quote=quote, start=start, end=start + len(quote))

    sections = {}
    for section in ("meetings", "planned_meetings", "milestones"):
        moved = []
        for item in getattr(record, section):
            evidence = [place(e.quote) for e in item.evidence]
            filler = rng.choice(FILLER)
            parts.append(filler)
            length += len(filler)
            moved.append(item.model_copy(update={"evidence": evidence}))
        sections[section] = moved
    while length < TARGET_CHARS:
        filler = rng.choice(FILLER)
        parts.append(filler)
        length += len(filler)
    dropped = (
        ["meetings[9] dropped: no participant is named in the text"] if rng.random() < 0.2 else []
    )
    return record.model_copy(update={**sections, "dropped": dropped}), "".join(parts)


def synthetic_run(folder: Path, articles: int, seed: int = 7) -> Path:
    """A complete run folder of about ``articles`` synthetic articles, reconciled."""
    rng = random.Random(seed)
    records = synthetic_extractions(int(articles * RECORDS_PER_ARTICLE), seed=seed)[:articles]
    texted = [_with_text(r, rng) for r in records]
    folder.mkdir(parents=True, exist_ok=True)
    write_extractions(folder / EXTRACTIONS_FILE, [r for r, _ in texted])
    write_texts(folder, {r.article_id: text for r, text in texted})
    write_manifest(folder, {"kind": "extract", "complete": True, "run_id": folder.name})
    reconcile_run(folder)
    return folder


def browser_load_seconds(page_path: Path) -> float:
    """Seconds from navigation start until the page's script has drawn everything, as the
    page itself measures it (``performance.mark("report-ready")``) in Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=60_000)
        ready = page.evaluate("performance.getEntriesByName('report-ready')[0].startTime")
        browser.close()
    return float(ready) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--browser", action="store_true", help="also time loading in Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.articles:
            started = time.perf_counter()
            run_dir = synthetic_run(Path(tmp) / f"run-{count}", count)
            built = time.perf_counter() - started
            run = load_run(run_dir)
            started = time.perf_counter()
            page = write_report(run)
            rendered = time.perf_counter() - started
            size = page.stat().st_size / 2**20
            line = (
                f"{len(run.records):>6} articles: run built in {built:5.1f} s; "
                f"report rendered in {rendered:5.2f} s, {size:5.1f} MiB"
            )
            if args.browser:
                loads = sorted(browser_load_seconds(page) for _ in range(3))
                line += f"; opens in Chromium in {loads[1]:4.2f} s (median of 3)"
            print(line, flush=True)


if __name__ == "__main__":
    main()
