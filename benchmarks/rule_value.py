"""What each record rule is worth, on dev and on test, from the recorded model answers.

The gold cassettes (``cassettes/extract_gold_{dev,test}.yaml``, recorded from the embedded
model) are replayed with VCR, so no model runs: the model's answers are fixed and only code
changes. Each rule of ``pipeline.records.building.RULE_NAMES`` is switched off in turn and
the scores are compared with all rules on. A rule that helps dev and not test fits the dev
articles rather than the world; the table shows both side by side.

    python -m benchmarks.rule_value [--rules NAME,NAME] [--splits dev,test]
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from dataclasses import replace
from pathlib import Path

import vcr

from pipeline.config import Settings
from pipeline.evaluation.scoring import EvalReport, load_gold, reconciled_groups, score
from pipeline.records.building import RULE_NAMES
from pipeline.runs.batch import run_batch

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"dev": ROOT / "gold" / "gold.jsonl", "test": ROOT / "gold" / "test.jsonl"}
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"
METRICS = ("meetings", "participants", "milestones", "date", "events")


def _figures(report: EvalReport) -> dict[str, float]:
    counts, accuracies = report.overall.counts, report.overall.accuracies
    date = accuracies["date_exact"].accuracy
    grouping = report.same_event
    return {
        "meetings": counts["meetings"].f1,
        "participants": counts["participants"].f1,
        "milestones": counts["milestones"].f1,
        "date": date or 0.0,
        "events": grouping.f1 if grouping else 0.0,
    }


def replay(split: str, disabled: tuple[str, ...] = ()) -> dict[str, float]:
    """Score one split from its cassette with ``disabled`` rules switched off."""
    gold = load_gold(SPLITS[split])
    paths = [ROOT / article.source_path for article in gold]
    settings = replace(Settings(base_url=REPLAY_BASE_URL, concurrency=2), disabled_rules=disabled)
    recorder = vcr.VCR(
        cassette_library_dir=str(ROOT / "cassettes"),
        record_mode="none",
        match_on=["method", "path", "body"],
    )
    cassette = recorder.use_cassette(f"extract_gold_{split}.yaml", allow_playback_repeats=True)
    with tempfile.TemporaryDirectory() as out, cassette:
        summary = run_batch(paths, Path(out), settings)
    return _figures(score(gold, summary.records, reconciled_groups(summary.records)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", help="comma-separated rule names (default: all)")
    parser.add_argument("--splits", default="dev,test")
    args = parser.parse_args()
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    logging.getLogger("vcr").setLevel(logging.WARNING)
    splits = [s for s in args.splits.split(",") if s]
    rules = args.rules.split(",") if args.rules else list(RULE_NAMES)
    unknown = sorted(set(rules) - set(RULE_NAMES))
    if unknown:
        raise SystemExit(f"unknown rules {unknown}; known: {', '.join(RULE_NAMES)}")
    base = {split: replay(split) for split in splits}
    head = "".join(f" {split + ':' + m[:5]:>13}" for split in splits for m in METRICS)
    print(f"{'all rules on':32}{head}")
    print(f"{'':32}" + "".join(f" {base[s][m]:13.3f}" for s in splits for m in METRICS))
    print(f"{'rule switched off (delta)':32}")
    for rule in rules:
        without = {split: replay(split, (rule,)) for split in splits}
        cells = "".join(f" {without[s][m] - base[s][m]:+13.3f}" for s in splits for m in METRICS)
        print(f"{rule:32}{cells}")


if __name__ == "__main__":
    main()
