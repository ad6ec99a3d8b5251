"""``plan`` over a large JSONL corpus: time and peak memory as the corpus grows.

Writes synthetic crawler-style JSONL files (``id``, ``title``, ``text``, ``published``,
``source``; ~2.5 kB of text per record, tests/synthetic.py articles with filler) and runs
``summitry plan FILE`` on each in a fresh process, with a fresh (empty) call cache:
every first-round request is rendered and looked up, as on the first run over a new corpus.
Prints per size: wall seconds, records per second, peak RSS of the process, and the ratio
of the largest run's per-record time and memory growth to the smallest's.

    .venv/bin/python -m benchmarks.plan_scale [--records 10000 100000] [--repeats 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.synthetic import synthetic_article

FILLER = "Officials said the talks covered trade, energy and maritime security. " * 24


def write_corpus(path: Path, records: int) -> int:
    """``records`` JSONL lines; returns the file size in bytes."""
    with path.open("w", encoding="utf-8") as handle:
        for n in range(records):
            text = synthetic_article(n, seed=15) + "\n" + FILLER.strip() + "\n"
            record = {
                "id": f"rec-{n:07d}",
                "title": f"Synthetic story {n}",
                "published": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "source": f"outlet{n % 40}.example",
                "text": text,
            }
            handle.write(json.dumps(record) + "\n")
    return path.stat().st_size


def plan_once(corpus: Path, cache: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MiB) and the plan line of one ``summitry plan`` process."""
    env = {**os.environ, "SUMMITRY_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "plan", str(corpus)],
        capture_output=True,
        text=True,
        env={**env, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"},
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"plan failed: {done.stderr.strip()[-400:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = next(
        (" ".join(line.split()) for line in done.stdout.splitlines() if "plan:" in line), "?"
    )
    # ru_maxrss of children is the largest child so far: runs go smallest first, so each
    # reading is this run's own peak once it exceeds the earlier ones.
    return wall, max(peak, before) / 1024.0, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="summitry-plan-") as tmp:
        for records in sorted(args.records):
            corpus = Path(tmp) / f"corpus-{records}.jsonl"
            size = write_corpus(corpus, records)
            walls, peaks = [], []
            summary = ""
            for repeat in range(args.repeats):
                cache = Path(tmp) / f"cache-{records}-{repeat}.sqlite"
                wall, peak, summary = plan_once(corpus, cache)
                walls.append(wall)
                peaks.append(peak)
            rows.append((records, size, statistics.median(walls), max(peaks), summary))
            print(
                f"{records:>7} records ({size / 2**20:.0f} MiB JSONL): plan "
                f"{statistics.median(walls):.1f} s ({records / statistics.median(walls):.0f} "
                f"records/s), peak RSS {max(peaks):.0f} MiB; {summary[:90]}",
                flush=True,
            )
    if len(rows) > 1:
        small, large = rows[0], rows[-1]
        per_record = (large[2] / large[0]) / (small[2] / small[0])
        print(
            f"time per record, {large[0]} vs {small[0]}: ratio {per_record:.2f}; peak RSS "
            f"{small[3]:.0f} -> {large[3]:.0f} MiB for {large[0] / small[0]:.0f}x the records"
        )


if __name__ == "__main__":
    main()
