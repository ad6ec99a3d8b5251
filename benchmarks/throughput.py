"""Throughput past one machine's model: is Summitry's own work the bottleneck?

A fake OpenAI-compatible server (``tests/fakeserver.py``) runs in its own process and answers
every request correctly after a latency (default 200 ms ± 50 ms), with a 2 % fault rate
(500s and dropped connections, retried). Summitry runs ``execute_run`` in another process
over synthetic articles (``tests/synthetic.py``) at several calls-in-flight settings and
prints, per run: articles/s, calls/s, CPU seconds per article spent in the Summitry process
(cleaning, candidates, prompts, HTTP client, validation, records — the server's CPU is not
counted), peak RSS; then the same for an unchanged rerun (every answer from the call cache).

    .venv/bin/python -m benchmarks.throughput [--latency 0.2] [--runs 200:1 1000:8 ...]

Each ``--runs`` item is ARTICLES:CALLS_IN_FLIGHT[:PROCESSES] (worker processes, default 1).
At 200 ms a call, one call in flight is 5 calls/s at best, so small corpora are used for
small settings (said in the table).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_RUNS = ("200:1", "1000:8", "1000:32", "1000:128", "10000:32", "10000:128")


# --- the fake model, in its own process ----------------------------------------------------


def serve(latency: float, jitter: float, fault_rate: float, port_file: Path) -> None:
    from tests.fakeserver import ChatRequest, FakeModelServer, Fault, FaultPlan, grounded_answer

    rng = random.Random(7)

    def slow(request: ChatRequest) -> dict[str, Any]:
        time.sleep(max(0.0, latency + rng.uniform(-jitter, jitter)))
        return grounded_answer(request)

    half = fault_rate / 2
    plan = FaultPlan(mix={Fault.SERVER_ERROR: half, Fault.DROP: half}, seed=11)
    with FakeModelServer(plan, answer=slow) as server:
        port_file.write_text(server.base_url, encoding="utf-8")
        while True:
            time.sleep(3600)


# --- one Summitry run, in its own process --------------------------------------------------


def work(
    articles_dir: Path, base_url: str, calls: int, cache: Path, out: Path, processes: int = 1
) -> None:
    from pipeline.config import Settings
    from pipeline.model.call_cache import CallCache
    from pipeline.runs.workflow import execute_run

    settings = Settings(
        base_url=base_url,
        model="fake-model",
        calls_in_flight=calls,
        concurrency=max(1, calls // 2),
        processes=processes,
        request_timeout_s=30.0,
        retry_initial_wait_s=0.2,
        retry_max_wait_s=2.0,
    )

    def cpu_now() -> float:  # this process and its finished worker processes
        own, children = (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    started, cpu_started = time.perf_counter(), cpu_now()
    with CallCache(cache) as store:
        result = execute_run(articles_dir, settings, out_dir=out, cache=store)
    wall, cpu = time.perf_counter() - started, cpu_now() - cpu_started
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = result.summary
    print(
        json.dumps(
            {
                "articles": len(summary.records),
                "ok": summary.ok,
                "partial": summary.partial,
                "failed": summary.failed,
                "calls_made": summary.calls_made,
                "calls_replayed": summary.calls_replayed,
                "wall": wall,
                "cpu": cpu,
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mib": peak_children,
            }
        )
    )


def _worker(
    articles_dir: Path, base_url: str, calls: int, cache: Path, out: Path, processes: int
) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "benchmarks.throughput", "--work", str(articles_dir),
        "--base-url", base_url, "--calls", str(calls), "--cache", str(cache), "--out", str(out),
        "--processes", str(processes),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker failed: {done.stderr.strip()[-600:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _row(label: str, calls: int, processes: int, r: dict[str, Any]) -> str:
    made = r["calls_made"] or r["calls_replayed"]
    rss = r["rss_mib"] + (r.get("worker_rss_mib", 0) if processes > 1 else 0)
    return (
        f"| {r['articles']:>6} | {calls:>4} | {processes} | {label:<7} | "
        f"{r['articles'] / r['wall']:7.1f} | "
        f"{made / r['wall']:7.1f} | {1000 * r['cpu'] / r['articles']:6.1f} | "
        f"{rss:6.0f} | {r['ok']}/{r['partial']}/{r['failed']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--jitter", type=float, default=0.05)
    parser.add_argument("--fault-rate", type=float, default=0.02)
    parser.add_argument("--runs", nargs="+", default=list(DEFAULT_RUNS))
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.latency, args.jitter, args.fault_rate, args.serve)
        return
    if args.work:
        work(args.work, args.base_url, args.calls, args.cache, args.out, args.processes)
        return

    from tests.synthetic import write_articles

    with tempfile.TemporaryDirectory(prefix="summitry-throughput-") as tmp:
        root = Path(tmp)
        port_file = root / "server-url"
        serve_command = [sys.executable, "-m", "benchmarks.throughput", "--serve", str(port_file)]
        serve_command += ["--latency", str(args.latency), "--jitter", str(args.jitter)]
        serve_command += ["--fault-rate", str(args.fault_rate)]
        server = subprocess.Popen(serve_command)
        try:
            while not port_file.exists():
                time.sleep(0.1)
            time.sleep(0.2)
            base_url = port_file.read_text(encoding="utf-8")
            corpora: dict[int, Path] = {}
            print(
                f"fake model: {args.latency * 1000:.0f} ± {args.jitter * 1000:.0f} ms per call, "
                f"{args.fault_rate:.0%} faults; {os.cpu_count()} cores"
            )
            print(
                "| articles | calls in flight | processes | run | articles/s | calls/s | "
                "CPU ms/article | peak RSS MiB | ok/partial/failed |"
            )
            print("|---|---|---|---|---|---|---|---|---|")
            for spec in args.runs:
                count, calls, processes = ([int(x) for x in spec.split(":")] + [1])[:3]
                if count not in corpora:
                    corpora[count] = root / f"corpus-{count}"
                    corpora[count].mkdir()
                    write_articles(corpora[count], count, seed=count)
                cache = root / f"cache-{count}-{calls}.sqlite"
                runs = (root / f"o-{spec}-1", root / f"o-{spec}-2")
                first = _worker(corpora[count], base_url, calls, cache, runs[0], processes)
                print(_row("first", calls, processes, first), flush=True)
                again = _worker(corpora[count], base_url, calls, cache, runs[1], processes)
                print(_row("rerun", calls, processes, again), flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
