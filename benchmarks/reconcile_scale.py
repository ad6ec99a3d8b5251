"""Reconciliation at scale: time and peak RSS at 10k, 40k and 100k synthetic meeting records.

Events are drawn (seeded) over real country pairs, 2000-2025, with officials of each country
changing every four years; each event is reported by 1-4 articles, each report with the
variations real outlets show (a bare surname, a month instead of a day, no year, no date, an
unnamed format, a date off by a day), and about one event in ten is also announced as
planned. Articles hold 1-4 reports of different events plus a background milestone. The
corpus grows the way a real one does, over more pairs and dates, not by piling more events
onto one day, so blocking should keep the growth near-linear.

Each size runs in a fresh process (so its peak RSS is its own, input included): the median of
``--repeats`` runs of ``reconcile`` (wall and CPU seconds; input generation excluded) and of
both renderings of its result, and the peak RSS after the first of each. The machine may be
shared: CPU seconds and the ratio largest / smallest are the figures to compare, wall
seconds also count what other processes took.

    .venv/bin/python -m benchmarks.reconcile_scale [--sizes 10000 40000 100000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from itertools import combinations

from pipeline.reconcile.events import reconcile
from pipeline.reports.markdown import to_markdown
from pipeline.reports.reconciled import to_json
from pipeline.text.mechanisms import CONTROLLED_NAMES, DEFAULT_MECHANISM
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Participant
from schemas.reconciled import Reconciliation

_ONSETS = ("b", "d", "f", "g", "h", "k", "m", "n", "p", "r", "s", "t", "v", "y", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CITIES = ("Capital City", "Harbour Town", "Summit Lake", "Old Fort", "River Bend")
_MILESTONES = ("Strategic Partnership", "Comprehensive Partnership", "Trade Agreement")
_NAMED = [m for m in CONTROLLED_NAMES if m != DEFAULT_MECHANISM]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))


@cache
def _officials(country: str, era: int, seed: int) -> tuple[tuple[str, str], ...]:
    """Six (given, surname) officials of a country in a four-year era, always the same."""
    rng = random.Random(f"{seed}:{country}:{era}")
    return tuple((_word(rng).title(), _word(rng).title()) for _ in range(6))


def _date(rng: random.Random, day: tuple[int, int, int]) -> tuple[str | None, str | None]:
    """(date, date_partial) as one outlet reports the day: mostly exact, sometimes coarser."""
    y, m, d = day
    roll = rng.random()
    if roll < 0.03:
        d = d + 1 if d < 28 else d - 1  # an outlet off by a day
    if roll < 0.65:
        return f"{y:04d}-{m:02d}-{d:02d}", f"--{m:02d}-{d:02d}"
    if roll < 0.80:
        return f"{y:04d}-{m:02d}", None
    if roll < 0.90:
        return None, f"--{m:02d}-{d:02d}"
    if roll < 0.95:
        return f"{y:04d}", None
    return None, None


@dataclass(frozen=True)
class _Event:
    id: int
    pair: tuple[str, str]
    day: tuple[int, int, int]
    people: list[tuple[str, str, str]]  # given, surname, country
    mechanism: str
    ordinal: int | None
    city: str


def _report(rng: random.Random, event: _Event, planned: bool = False) -> Meeting:
    people = []
    for given, surname, country in event.people:
        name = surname if rng.random() < 0.3 else f"{given} {surname}"
        people.append(Participant(name=name, title="Minister", country=country))
    date, partial = _date(rng, event.day)
    if planned:
        date, partial = date[:7] if date else None, None
    mechanism = event.mechanism if rng.random() < 0.7 else DEFAULT_MECHANISM
    quote = f"{' and '.join(p.name for p in people)} held talks ({event.id})."
    start = rng.randrange(0, 5000)
    return Meeting(
        date=date,
        date_partial=partial,
        location=event.city if rng.random() < 0.7 else None,
        countries=list(event.pair),
        mechanism=mechanism,
        ordinal=event.ordinal if mechanism != DEFAULT_MECHANISM else None,
        participants=people,
        evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
    )


COUNTRIES = (
    "Argentina", "Australia", "Brazil", "Canada", "China", "Egypt", "France", "Germany",
    "India", "Indonesia", "Japan", "Kenya", "Mexico", "Nigeria", "South Korea", "Vietnam",
)  # fmt: skip


def _next_article(
    pending: deque[tuple[int, Meeting, bool]], size: int
) -> list[tuple[int, Meeting, bool]]:
    """The first ``size`` reports of distinct events from ``pending`` (removed from it); the
    reports passed over stay first, in order. Stops at ``size`` instead of rebuilding the whole
    queue per article, which made generating 100k records quadratic (hours)."""
    taken: list[tuple[int, Meeting, bool]] = []
    passed: list[tuple[int, Meeting, bool]] = []
    seen: set[int] = set()
    while pending and len(taken) < size:
        item = pending.popleft()
        if item[0] in seen:
            passed.append(item)
        else:
            taken.append(item)
            seen.add(item[0])
    pending.extendleft(reversed(passed))
    return taken


def synthetic_extractions(records: int, seed: int = 7) -> list[ArticleExtraction]:
    """About ``records`` meeting records (held + planned) spread over articles."""
    rng = random.Random(seed)
    pairs: list[tuple[str, str]] = list(combinations(sorted(COUNTRIES), 2))
    reports: list[tuple[int, Meeting, bool]] = []
    n_event = 0
    while len(reports) < records:
        pair = rng.choice(pairs)
        y, m, d = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        era = (y - 2000) // 4
        people = [
            (*rng.choice(_officials(c, era, seed)), c)
            for c in pair
            for _ in range(rng.randint(1, 2))
        ]
        event = _Event(
            id=n_event,
            pair=pair,
            day=(y, m, d),
            people=list(dict.fromkeys(people)),
            mechanism=rng.choice(_NAMED) if rng.random() < 0.6 else DEFAULT_MECHANISM,
            ordinal=rng.randint(1, 20) if rng.random() < 0.3 else None,
            city=rng.choice(_CITIES),
        )
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            reports.append((n_event, _report(rng, event), False))
        if rng.random() < 0.1:
            reports.append((n_event, _report(rng, event, planned=True), True))
        n_event += 1
    rng.shuffle(reports)
    articles: list[ArticleExtraction] = []
    pending = deque(reports[:records])
    while pending:
        taken = _next_article(pending, rng.randint(1, 4))
        aid = f"synthetic-{len(articles):06d}"
        milestone = Milestone(
            name=rng.choice(_MILESTONES),
            kind="partnership_upgrade",
            year=rng.randint(1990, 2020),
            countries=list(taken[0][1].countries),
            evidence=[Evidence(quote="Ties were upgraded.", start=0, end=19)],
        )
        articles.append(
            ArticleExtraction(
                article_id=aid,
                source_path=f"{aid}.txt",
                content_sha256=hashlib.sha256(aid.encode()).hexdigest(),
                schema_hash="synthetic",
                prompt_hash="synthetic",
                model="synthetic",
                status="ok",
                meetings=[m for _, m, planned in taken if not planned],
                planned_meetings=[m for _, m, planned in taken if planned],
                milestones=[milestone] if rng.random() < 0.4 else [],
            )
        )
    return articles


@dataclass(frozen=True)
class _Timing:
    wall: float  # seconds
    cpu: float  # this process's CPU seconds: less sensitive than wall to a shared machine


def _timed(work: Callable[[], object]) -> _Timing:
    gc.collect()  # start each repeat from the same heap state
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return _Timing(time.perf_counter() - wall, time.process_time() - cpu)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int, repeats: int) -> dict[str, float | int]:
    """One size, in this process: the median of ``repeats`` runs of ``reconcile`` and of
    both renderings of its result, and the peak RSS after the first run of each (input
    included; generation excluded from the times)."""
    articles = synthetic_extractions(size)
    result = reconcile(articles)  # the first run, measured for memory only
    peak_reconcile = _peak_mib()
    rendering = [_timed(partial(_render, result)) for _ in range(repeats)]
    peak_rendered = _peak_mib()
    c = result.counts
    del result
    runs = [_timed(partial(reconcile, articles)) for _ in range(repeats)]
    return {
        "records": size,
        "articles": len(articles),
        "reconcile_s": statistics.median(t.wall for t in runs),
        "reconcile_cpu_s": statistics.median(t.cpu for t in runs),
        "render_s": statistics.median(t.wall for t in rendering),
        "peak_reconcile_mib": peak_reconcile,
        "peak_rendered_mib": peak_rendered,
        "events": c.events,
        "people": c.people,
        "merges": c.merges,
        "skipped_blocks": c.skipped_blocks,
    }


def _render(result: Reconciliation) -> None:
    """Both renderings, each freed before the next (as ``reconcile_run`` writes them)."""
    to_json(result)
    to_markdown(result)


def _in_fresh_process(size: int, repeats: int) -> dict[str, float | int]:
    """``measure`` in a child process, so each size's peak RSS is its own."""
    command = [sys.executable, "-m", "benchmarks.reconcile_scale", "--one", str(size)]
    done = subprocess.run(
        [*command, "--repeats", str(repeats)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{size} records: the child failed:\n{done.stderr[-2000:]}")
    found: dict[str, float | int] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.repeats)))
        return
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    print(
        "records  articles  reconcile s (cpu)  renderings s  peak RSS MiB: reconcile"
        " / + renderings",
        flush=True,
    )
    rows = []
    for size in args.sizes:
        row = _in_fresh_process(size, args.repeats)
        rows.append(row)
        print(
            f"{size:>7,} {row['articles']:>9,}"
            f"  {row['reconcile_s']:7.1f} ({row['reconcile_cpu_s']:5.1f})"
            f"  {row['render_s']:12.1f}"
            f"  {row['peak_reconcile_mib']:10,.0f} / {row['peak_rendered_mib']:,.0f}"
            f"   ({row['events']:,} events, {row['people']:,} people, {row['merges']:,} merges,"
            f" skipped blocks {row['skipped_blocks']})",
            flush=True,
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    if len(rows) > 1:
        small, large = rows[0], rows[-1]
        factor = int(large["records"]) / int(small["records"])
        cpu = float(large["reconcile_cpu_s"]) / float(small["reconcile_cpu_s"])
        wall = float(large["reconcile_s"]) / float(small["reconcile_s"])
        print(
            f"reconcile {int(large['records']) // 1000}k / {int(small['records']) // 1000}k:"
            f" cpu x{cpu:.1f}, wall x{wall:.1f} for x{factor:.0f} the records"
            f" (x{factor:.0f} would be linear)"
        )


if __name__ == "__main__":
    main()
