"""The fault-injection and bad-input scenarios of the test suite, run on their own, with
their figures printed: faults injected by kind, articles ok/failed, requests, wall time,
records lost, and each bad input's outcome.

    python -m benchmarks.fault_report [--articles 50] [--seed 7]

Needs nothing but this repository: the model is ``tests/fakeserver.py`` on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from tests.fault_report import Report, report_lines
from tests.fault_scenarios import run_bad_inputs, run_fault_mix


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # one line per article instead
    report = Report()
    with tempfile.TemporaryDirectory(prefix="summitry-faults-") as scratch:
        root = Path(scratch)
        mix = run_fault_mix(root / "mix", articles=args.articles, seed=args.seed)
        report.batches.append(mix)
        report.bad_inputs.append(run_bad_inputs(root / "bad"))
        for line in report_lines(report):
            print(line)
        failed = [r for r in mix.summary.records if r.status == "failed"]
        for record in sorted(failed, key=lambda r: r.article_id):
            print(f"  failed: {record.error}")
    return 1 if mix.records_lost or mix.silent_losses() else 0


if __name__ == "__main__":
    sys.exit(main())
