"""Reconciliation at scale: wall time for 1k, 5k and 10k synthetic meeting records.

Events are drawn (seeded) over real country pairs, 2000-2025, with officials of each country
changing every four years; each event is reported by 1-4 articles, each report with the
variations real outlets show (a bare surname, a month instead of a day, no year, no date, an
unnamed format, a date off by a day), and about one event in ten is also announced as
planned. Articles hold 1-4 reports of different events plus a background milestone. The
corpus grows the way a real one does, over more pairs and dates, not by piling more events
onto one day, so blocking should keep the growth near-linear.

Prints the median of 3 runs of ``reconcile`` + both renderings (input generation excluded),
the peak RSS of the process after each size (input included)
and the ratio 10k / 1k (10 would be linear).

    .venv/bin/python -m benchmarks.reconcile_scale [--sizes 1000 5000 10000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import random
import resource
import statistics
import time
from dataclasses import dataclass
from itertools import combinations

from pipeline.reconcile.events import reconcile
from pipeline.reports.markdown import to_markdown
from pipeline.reports.reconciled import to_json
from pipeline.text.mechanisms import CONTROLLED_NAMES, DEFAULT_MECHANISM
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Participant

_ONSETS = ("b", "d", "f", "g", "h", "k", "m", "n", "p", "r", "s", "t", "v", "y", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CITIES = ("Capital City", "Harbour Town", "Summit Lake", "Old Fort", "River Bend")
_MILESTONES = ("Strategic Partnership", "Comprehensive Partnership", "Trade Agreement")
_NAMED = [m for m in CONTROLLED_NAMES if m != DEFAULT_MECHANISM]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))


def _officials(country: str, era: int, seed: int) -> list[tuple[str, str]]:
    """Six (given, surname) officials of a country in a four-year era, always the same."""
    rng = random.Random(f"{seed}:{country}:{era}")
    return [(_word(rng).title(), _word(rng).title()) for _ in range(6)]


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
    pending = reports[:records]
    while pending:
        size = rng.randint(1, 4)
        taken: list[tuple[int, Meeting, bool]] = []
        rest: list[tuple[int, Meeting, bool]] = []
        seen: set[int] = set()
        for item in pending:
            if len(taken) < size and item[0] not in seen:
                taken.append(item)
                seen.add(item[0])
            else:
                rest.append(item)
        pending = rest
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


def _run(articles: list[ArticleExtraction]) -> float:
    gc.collect()  # start each repeat from the same heap state
    started = time.perf_counter()
    result = reconcile(articles)
    to_json(result)
    to_markdown(result)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    medians: dict[int, float] = {}
    for size in args.sizes:
        articles = synthetic_extractions(size)
        times = [_run(articles) for _ in range(args.repeats)]
        medians[size] = statistics.median(times)
        result = reconcile(articles)
        c = result.counts
        print(
            f"{size:>6} records ({len(articles)} articles): {medians[size]:6.2f} s  "
            f"({size / medians[size]:,.0f} records/s; {c.events} events, {c.planned} planned, "
            f"{c.links} links, {c.people} people, {c.merges} merges, "
            f"skipped blocks {c.skipped_blocks}); peak RSS so far "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB",
            flush=True,
        )
    small, large = min(medians), max(medians)
    if small != large:
        ratio = medians[large] / medians[small]
        print(
            f"time {large // 1000}k / {small // 1000}k = {ratio:.1f} "
            f"(size ratio {large / small:.0f}; linear would be {large / small:.0f})"
        )


if __name__ == "__main__":
    main()
