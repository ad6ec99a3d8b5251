"""Summitry against the naive baseline, same model, same articles, same scorer, dev and test.

For each split (dev: gold/gold.jsonl, test: gold/test.jsonl) both extractors run on every
article with one embedded server started once and used by both in turn, so they meet the
same machine; Summitry runs as a user runs it (its default articles in flight) with an empty
call cache (kept afterwards as ``OUT/<split>/calls.sqlite``, so reruns can be timed), so every
call is really made. Prints one table with dev and test side by side
(naive | summitry), the dev − test gap, the same-event grouping score of the reconciled run,
and wall time per split (total and median per article, with the ratio).

    python -m benchmarks.compare_baseline [--splits dev,test] [--out out/compare]
        [--base-url URL]   # reuse a running server instead of starting the embedded one
        [--reuse]          # score outputs already in --out instead of running again
        [--concurrency N]  # Summitry's articles in flight (default: its default, 2)
        [--only naive|summitry]  # run one side; the other is scored from what --out holds
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.naive_baseline import run_naive
from pipeline.config import Settings, settings_from_env
from pipeline.evaluation.scoring import (
    ACCURACY_METRICS,
    COUNT_METRICS,
    EvalReport,
    load_gold,
    reconciled_groups,
    score,
)
from pipeline.model.call_cache import CallCache
from pipeline.model.endpoint import model_endpoint
from pipeline.runs.batch import run_batch
from pipeline.runs.output import read_extractions, write_extractions
from schemas import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"dev": ROOT / "gold" / "gold.jsonl", "test": ROOT / "gold" / "test.jsonl"}


def _wall(record: ArticleExtraction) -> float:
    for note in (*record.dropped, *getattr(record, "notes", [])):
        if note.startswith("wall_seconds="):
            return float(note.split("=", 1)[1])
    return float("nan")


def _value(report: EvalReport, name: str) -> str:
    if name == "same_event_pairs":
        grouping = report.same_event
        return "  -  " if grouping is None else f"{grouping.f1:5.2f}"
    if name in COUNT_METRICS:
        return f"{report.overall.counts[name].f1:5.2f}"
    accuracy = report.overall.accuracies[name].accuracy
    return "  -  " if accuracy is None else f"{accuracy:5.2f}"


def _run_split(
    split: str, live: Settings, out: Path, concurrency: int | None, only: str | None = None
) -> dict[str, object]:
    gold = load_gold(SPLITS[split])
    paths = [ROOT / g.source_path for g in gold]
    assert live.base_url is not None
    naive_total = float("nan")
    if only in (None, "naive"):
        started = time.perf_counter()
        naive = run_naive(paths, live.base_url, live.model)
        naive_total = time.perf_counter() - started
        write_extractions(out / split / "naive" / "extractions.jsonl", naive)
    if only == "naive":
        return {"naive_total": naive_total}
    ours_settings = replace(live, concurrency=concurrency or live.concurrency)
    between: dict[str, float] = {}
    clock = time.perf_counter()

    def timed(record: ArticleExtraction) -> None:
        nonlocal clock
        now = time.perf_counter()
        between[record.article_id] = now - clock
        clock = now

    started = clock = time.perf_counter()
    cache_path = out / split / "calls.sqlite"  # fresh: every call is really made
    cache_path.unlink(missing_ok=True)
    with CallCache(cache_path) as cache:
        run_batch(paths, out / split / "summitry", ours_settings, on_result=timed, cache=cache)
    ours_total = time.perf_counter() - started
    return {
        "naive_total": naive_total,
        "summitry_total": ours_total,
        "summitry_between": between,
        "concurrency": ours_settings.concurrency,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--splits", default="dev,test")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "compare")
    parser.add_argument("--base-url")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument(
        "--concurrency", type=int, help="Summitry's articles in flight (default: its default)"
    )
    parser.add_argument("--only", choices=("naive", "summitry"))
    args = parser.parse_args()
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    timings: dict[str, dict[str, object]] = {}
    timings_file = args.out / "timings.json"
    if not args.reuse:
        settings = settings_from_env(base_url=args.base_url)
        with model_endpoint(settings, start_now=True) as endpoint:
            live = settings.with_base_url(endpoint.base_url())
            for split in splits:
                timings[split] = _run_split(split, live, args.out, args.concurrency, args.only)
        args.out.mkdir(parents=True, exist_ok=True)
        if args.only and timings_file.exists():  # keep the other side's figures
            earlier = json.loads(timings_file.read_text())
            for split, figures in timings.items():
                measured = {k: v for k, v in figures.items() if v == v}  # NaN: not run
                timings[split] = {**earlier.get(split, {}), **measured}
        timings_file.write_text(json.dumps(timings, indent=1, sort_keys=True))
    elif timings_file.exists():
        timings = json.loads(timings_file.read_text())

    reports: dict[tuple[str, str], EvalReport] = {}
    records: dict[tuple[str, str], list[ArticleExtraction]] = {}
    for split in splits:
        gold = load_gold(SPLITS[split])
        for who in ("naive", "summitry"):
            found = read_extractions(args.out / split / who / "extractions.jsonl")
            records[split, who] = found
            reports[split, who] = score(gold, found, reconciled_groups(found))
    header = "".join(f" {s + ' ' + w[:5]:>12}" for w in ("naive", "summitry") for s in splits)
    gap = "  dev-test" if {"dev", "test"} <= set(splits) else ""
    print(f"{'metric (F1 / accuracy)':24}{header}{gap}")
    for name in (*COUNT_METRICS, "same_event_pairs", *ACCURACY_METRICS):
        cells = "".join(
            f" {_value(reports[s, w], name):>12}" for w in ("naive", "summitry") for s in splits
        )
        diff = ""
        if gap:
            dev, test = (
                _value(reports["dev", "summitry"], name),
                _value(reports["test", "summitry"], name),
            )
            if "-" not in dev and "-" not in test:
                diff = f"  {float(dev) - float(test):+8.2f}"
        print(f"{name:24}{cells}{diff}")
    print()
    for split in splits:
        timing = timings.get(split, {})
        naive_walls = [_wall(r) for r in records[split, "naive"]]
        between = list(dict(timing.get("summitry_between", {})).values())  # type: ignore[call-overload]
        naive_total = float(timing.get("naive_total", sum(naive_walls)))  # type: ignore[arg-type]
        ours_total = float(timing.get("summitry_total", float("nan")))  # type: ignore[arg-type]
        ours = records[split, "summitry"]
        tokens_in = sum(r.usage.prompt_tokens for r in ours) / max(1, len(ours))
        tokens_out = sum(r.usage.completion_tokens for r in ours) / max(1, len(ours))
        median_naive = statistics.median(naive_walls) if naive_walls else float("nan")
        median_ours = statistics.median(between) if between else float("nan")
        print(
            f"{split}: wall naive {naive_total:.0f} s, summitry {ours_total:.0f} s "
            f"({timing.get('concurrency', '?')} in flight) = {ours_total / naive_total:.2f}x; "
            f"median per article {median_naive:.1f} vs {median_ours:.1f} s; "
            f"summitry tokens per article ~{tokens_in:.0f} in / ~{tokens_out:.0f} out"
        )


if __name__ == "__main__":
    main()
