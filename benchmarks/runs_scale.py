"""Re-extraction and review at scale, on a synthetic corpus of 1,000 articles.

The corpus is extracted once against the fake model server (``tests/fakeserver.py``), which
fills the call cache; the server is then stopped, so any model call of a rerun fails loudly.
Prints (median of several repeats, seconds):
  * an unchanged rerun through ``execute_run`` (plan + every article through cleaning,
    candidates, validation, records and merging on cached answers + run folder + reconcile +
    manifest) and the model calls it made (must be 0), plus the same as a ``summitry extract``
    process (interpreter start included);
  * ``plan`` over the 1,000 articles (every first-round request looked up);
  * ``diff`` of two 1,000-article runs (load both, pair, render text/Markdown/JSON).

    .venv/bin/python -m benchmarks.runs_scale [--articles 1000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.config import Settings
from pipeline.ingest.articles import discover_articles
from pipeline.model.call_cache import CallCache
from pipeline.reports import reconcile_stage
from pipeline.review.diff_report import to_json, to_markdown, to_text
from pipeline.review.diffing import diff_runs
from pipeline.runs.batch import run_batch
from pipeline.runs.folders import load_run
from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions
from pipeline.runs.planning import make_plan
from pipeline.runs.workflow import execute_run
from tests.fakeserver import FakeModelServer

COUNTRIES = ["India", "Japan", "France", "Brazil", "Kenya", "Australia", "Germany", "Egypt"]
SURNAMES = ["Sharma", "Tanaka", "Dubois", "Silva", "Otieno", "Smith", "Weber", "Hassan"]


def article_text(n: int, rng: random.Random) -> tuple[str, list[tuple[str, list[str], str]]]:
    """A ~2.5 kB wire-style article and the meetings it reports (quote, people, date)."""
    meetings = []
    paragraphs = [f"New Delhi, Feb {1 + n % 28:02d}: Report number {n}."]
    for k in range(2):
        a, b = rng.sample(range(len(SURNAMES)), 2)
        people = [f"Minister{n}x{k} {SURNAMES[a]}", f"Envoy{n}x{k} {SURNAMES[b]}"]
        quote = f"{people[0]} met {people[1]} in the capital on Monday to discuss trade."
        meetings.append((quote, people, f"2024-{1 + (n + k) % 12:02d}-{1 + n % 28:02d}"))
        paragraphs.append(quote)
    paragraphs.append("The two sides upgraded ties to a Strategic Partnership in 2014.")
    filler = "Officials said the talks covered trade, energy and maritime security. " * 30
    paragraphs.append(filler.strip())
    return "\n\n".join(paragraphs) + "\n", meetings


def build_corpus(root: Path, count: int, cache: CallCache) -> tuple[Path, Settings]:
    """Articles on disk, extracted once through the fake server into the call cache; the
    settings returned point at the (then stopped) server, so a rerun's keys match."""
    rng = random.Random(1)
    folder = root / "articles"
    folder.mkdir()
    for n in range(count):
        text, _ = article_text(n, rng)
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
    with FakeModelServer() as server:
        settings = Settings(base_url=server.base_url, model="bench", concurrency=8)
        run_batch(discover_articles(folder), root / "first", settings, cache=cache)
    return folder, settings


def timed(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def changed_copy(run_dir: Path, target: Path, rng: random.Random) -> None:
    """Run B: 10 % of articles with a refined date, 2 % losing a meeting, order shuffled."""
    run = load_run(run_dir)
    records = []
    for record in run.records:
        meetings = list(record.meetings)
        roll = rng.random()
        if not meetings:
            pass
        elif roll < 0.10:
            meetings[0] = meetings[0].model_copy(update={"date": (meetings[0].date or "")[:7]})
        elif roll < 0.12:
            meetings = meetings[1:]
        rng.shuffle(meetings)
        records.append(record.model_copy(update={"meetings": meetings}))
    target.mkdir(parents=True)
    write_extractions(target / EXTRACTIONS_FILE, records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cache = CallCache(root / "cache.sqlite")
        started = time.perf_counter()
        folder, settings = build_corpus(root, args.articles, cache)
        built_s = time.perf_counter() - started
        print(
            f"corpus: {args.articles} articles extracted into the call cache "
            f"({cache.count()} answers) in {built_s:.1f} s"
        )
        runs = root / "runs"

        def rerun() -> object:
            return execute_run(
                folder, settings, runs_root=runs, cache=cache, reconcile_stage=reconcile_stage
            )

        rerun_s, result = timed(rerun, args.repeats)
        summary = result.summary  # type: ignore[attr-defined]
        calls = summary.calls_made
        print(
            f"unchanged rerun (in process): median {rerun_s:.3f} s; {summary.calls_replayed} "
            f"calls answered by the cache, {calls} model calls"
        )
        command = [
            sys.executable, "-m", "pipeline", "extract", str(folder), "--runs", str(runs),
            "--base-url", str(settings.base_url), "--model", "bench",
            "--cache", str(root / "cache.sqlite"),
        ]  # fmt: skip
        cli_s, _ = timed(
            lambda: subprocess.run(command, check=True, capture_output=True),
            max(1, args.repeats // 2),
        )
        print(f"unchanged rerun (summitry extract process): median {cli_s:.3f} s")

        paths = discover_articles(folder)
        plan_s, plan = timed(lambda: make_plan(paths, settings, cache), args.repeats)
        new = plan.new_calls  # type: ignore[attr-defined]
        print(f"plan over {len(paths)} articles: median {plan_s:.3f} s ({new} new calls)")

        latest = load_run(runs / "latest").path
        changed_copy(latest, root / "changed", random.Random(2))

        def diff_all() -> object:
            first, second = load_run(latest), load_run(root / "changed")
            diff = diff_runs(first.run_id, first.records, second.run_id, second.records)
            for render in (to_text, to_markdown, to_json):
                render(diff)
            return diff

        diff_s, diff = timed(diff_all, args.repeats)
        counts = diff.counts()  # type: ignore[attr-defined]
        print(
            f"diff of two {args.articles}-article runs (+ text, Markdown, JSON): median "
            f"{diff_s:.3f} s ({counts['records_changed']} changed, "
            f"{counts['records_removed']} removed)"
        )
        cache.close()
    per_article_ms = 1000 * rerun_s / args.articles
    print(f"rerun cost per article: {per_article_ms:.1f} ms; model calls {calls} (must be 0)")


if __name__ == "__main__":
    main()
