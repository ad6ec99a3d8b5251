"""Summitry against the naive baseline, same model, same articles, same scorer.

Runs both on every article of the gold set (one embedded server, started once, used by
both in turn so they meet the same machine), then prints both score tables side by side and
wall time and tokens per article (medians and the ratio), and writes both runs' outputs.

    python benchmarks/compare_baseline.py [--gold gold/gold.jsonl] [--out out/compare]
        [--base-url URL]   # reuse a running server instead of starting the embedded one
        [--reuse]          # score outputs already in --out instead of running again
        [--concurrency N]  # Summitry's articles in flight (default: its default, 2)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.naive_baseline import run_naive
from pipeline.config import settings_from_env
from pipeline.evaluation.scoring import (
    ACCURACY_METRICS,
    COUNT_METRICS,
    EvalReport,
    load_gold,
    score,
)
from pipeline.runs.batch import model_endpoint, run_batch
from pipeline.runs.output import read_extractions, write_extractions
from schemas import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent


def _wall(record: ArticleExtraction) -> float:
    for note in record.dropped:
        if note.startswith("wall_seconds="):
            return float(note.split("=", 1)[1])
    return float("nan")


def _row(name: str, naive: EvalReport, ours: EvalReport) -> str:
    if name in COUNT_METRICS:
        a, b = naive.overall.counts[name], ours.overall.counts[name]
        return (
            f"{name:22} P/R/F1 {a.precision:5.2f} {a.recall:5.2f} {a.f1:5.2f}   |"
            f"   {b.precision:5.2f} {b.recall:5.2f} {b.f1:5.2f}   (ΔF1 {b.f1 - a.f1:+.2f})"
        )
    x, y = naive.overall.accuracies[name], ours.overall.accuracies[name]
    fmt = lambda acc: "  -  " if acc.accuracy is None else f"{acc.accuracy:5.2f}"  # noqa: E731
    return f"{name:22} acc    {fmt(x)} (n={x.n:2})       |   {fmt(y)} (n={y.n:2})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "gold.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "compare")
    parser.add_argument("--base-url")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument(
        "--concurrency", type=int, help="Summitry's articles in flight (default: its default)"
    )
    args = parser.parse_args()

    gold = load_gold(args.gold)
    paths = [ROOT / g.source_path for g in gold]
    naive_dir, ours_dir = args.out / "naive", args.out / "summitry"
    timings: dict[str, dict[str, float]] = {"naive": {}, "summitry": {}, "total": {}}
    if not args.reuse:
        settings = settings_from_env(base_url=args.base_url)
        with model_endpoint(settings) as live:
            assert live.base_url is not None
            naive = run_naive(paths, live.base_url, live.model)
            write_extractions(naive_dir / "extractions.jsonl", naive)

            # As a user runs it (the default articles in flight); with one article at a
            # time (--concurrency 1) the time between two results is one article's wall.
            ours_settings = replace(live, concurrency=args.concurrency or live.concurrency)
            start = clock = time.perf_counter()

            def timed(record: ArticleExtraction) -> None:
                nonlocal clock
                now = time.perf_counter()
                timings["summitry"][record.article_id] = now - clock
                clock = now

            run_batch(paths, ours_dir, ours_settings, on_result=timed)
            timings["total"] = {
                "summitry": time.perf_counter() - start,
                "concurrency": ours_settings.concurrency,
            }
        (args.out / "timings.json").write_text(json.dumps(timings, indent=1, sort_keys=True))
    elif (args.out / "timings.json").exists():
        timings = json.loads((args.out / "timings.json").read_text())

    naive_records = read_extractions(naive_dir / "extractions.jsonl")
    ours_records = read_extractions(ours_dir / "extractions.jsonl")
    naive_report, ours_report = score(gold, naive_records), score(gold, ours_records)
    print(f"{len(gold)} gold articles ({args.gold})")
    print(f"{'metric':22}        naive baseline        |   summitry")
    for name in (*COUNT_METRICS, *ACCURACY_METRICS):
        print(_row(name, naive_report, ours_report))

    naive_wall = [_wall(r) for r in naive_records]
    ours_wall = list(timings.get("summitry", {}).values())
    total = timings.get("total", {})
    print()
    print("per article         naive wall s  tokens in/out     | summitry wall s  tokens in/out")
    ours_by_id = {r.article_id: r for r in ours_records}
    for record in naive_records:
        mine = ours_by_id.get(record.article_id)
        wall = timings.get("summitry", {}).get(record.article_id, float("nan"))
        print(
            f"{record.article_id[:18]:18} {_wall(record):8.1f}  "
            f"{record.usage.prompt_tokens:6}/{record.usage.completion_tokens:<6}   | "
            f"{wall:8.1f}  "
            + (f"{mine.usage.prompt_tokens:6}/{mine.usage.completion_tokens:<6}" if mine else "")
        )
    if naive_wall and ours_wall:
        naive_median = statistics.median(naive_wall)
        ours_median = statistics.median(ours_wall)
        print(
            f"median wall per article: naive {naive_median:.1f} s, summitry {ours_median:.1f} s "
            f"(time between two results), ratio {ours_median / naive_median:.2f}"
        )
        ours_total = total.get("summitry", sum(ours_wall))
        print(
            f"total wall: naive {sum(naive_wall):.0f} s (one call at a time), summitry "
            f"{ours_total:.0f} s ({total.get('concurrency', 1):.0f} article(s) in flight), "
            f"ratio {ours_total / sum(naive_wall):.2f}; per article "
            f"{sum(naive_wall) / len(naive_wall):.1f} s vs {ours_total / len(ours_wall):.1f} s"
        )


if __name__ == "__main__":
    main()
