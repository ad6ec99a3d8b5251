"""Accepted pairs into events: best pair first, under cannot-link constraints.

Plain union-find over accepted pairs chains: a terse report ("Kwatra met Okano in Tokyo in
February") fits both the Vice-Ministerial Dialogue and the Foreign Office Consultations of one
trip and would glue them into one event. So clusters grow best-scoring pair first, and two
clusters join only when no pair across them must stay apart (two records of one article, a
vetoed pair, or a below-threshold pair with contrary evidence). A record whose best matches
tie between records that must stay apart is not placed at all: it is reported as ambiguous
rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from pipeline.reconcile.linkage import LinkRecord, PairScore, score_pair


@dataclass(frozen=True)
class Clustering:
    clusters: list[list[int]]  # member indices, ascending; clusters ordered by first member
    reasons: list[list[PairScore]]  # per cluster, the pairs whose acceptance joined it
    ambiguous: dict[int, list[int]]  # record -> the records it fits equally well


def cluster(records: Sequence[LinkRecord], candidates: Sequence[tuple[int, int]]) -> Clustering:
    """Cluster ``records`` using scored ``candidates`` (index pairs, i < j)."""
    cache: dict[tuple[int, int], PairScore] = {}

    def scored(i: int, j: int) -> PairScore:
        key = (i, j) if i < j else (j, i)
        if key not in cache:
            cache[key] = score_pair(records[key[0]], records[key[1]])
        return cache[key]

    def apart(i: int, j: int) -> bool:
        return records[i].article_id == records[j].article_id or scored(i, j).cannot_link

    accepted = [(i, j) for i, j in candidates if scored(i, j).accepted]
    top: dict[int, tuple[int, list[int]]] = {}
    for i, j in accepted:
        score = scored(i, j).score
        for x, y in ((i, j), (j, i)):
            best, partners = top.get(x, (score, []))
            if score > best:
                top[x] = (score, [y])
            elif score == best:
                top[x] = (best, [*partners, y])
    ambiguous = {
        x: sorted(partners)
        for x, (_, partners) in sorted(top.items())
        if any(apart(u, v) for u, v in combinations(sorted(partners), 2))
    }

    parent = list(range(len(records)))
    members = [[i] for i in range(len(records))]
    articles = [{r.article_id} for r in records]
    reasons: list[list[PairScore]] = [[] for _ in records]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ordered = sorted(
        (p for p in accepted if p[0] not in ambiguous and p[1] not in ambiguous),
        key=lambda p: (-scored(*p).score, records[p[0]].rid, records[p[1]].rid),
    )
    for i, j in ordered:
        ri, rj = root(i), root(j)
        if ri == rj or articles[ri] & articles[rj]:
            continue
        if any(apart(u, v) for u in members[ri] for v in members[rj]):
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        members[keep] += members[gone]
        articles[keep] |= articles[gone]
        reasons[keep] += [*reasons[gone], scored(i, j)]
    roots = sorted({root(i) for i in range(len(records))})
    return Clustering(
        clusters=[sorted(members[r]) for r in roots],
        reasons=[reasons[r] for r in roots],
        ambiguous=ambiguous,
    )
