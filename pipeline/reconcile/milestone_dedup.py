"""Milestones repeated across articles -> one record each, year disagreements kept visible.

Most background paragraphs repeat "elevated to Special Strategic and Global Partnership in
2014"; one outlet may say 2006. Records group on the unordered country pair and the
normalised name (case, punctuation, "&", the pair's own country names and a few filler words
do not count). Beyond that only a typo-level fuzzy match with the same number of words is
allowed: "Strategic and Global Partnership" (2006) and "Special Strategic and Global
Partnership" (2014) are different milestones that a looser ratio would merge. The year shown
is the majority; the dissent stays in ``conflicts`` with its sources.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.reconcile.fusion import (
    NO_OUTLETS,
    decide,
    fuse_ranked,
    independent_sources,
    reported,
    sourced,
)
from pipeline.text.places import normalise_country
from schemas import Milestone
from schemas.reconciled import Conflict, MemberRef, ReconciledMilestone, SourceRef

NAME_TYPO_RATIO = 92
_FILLER = frozenset({"the", "ministerial", "bilateral", "level"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ISO_YEAR = re.compile(r"^(\d{4})")


@dataclass(frozen=True)
class MilestoneReport:
    member: MemberRef
    milestone: Milestone
    source: SourceRef


def milestone_pair(m: Milestone) -> tuple[str, ...]:
    return tuple(sorted({c for c in map(normalise_country, m.countries) if c}))[:2]


def milestone_key(name: str, pair: Sequence[str]) -> str:
    """'India-Japan Special Strategic & Global Partnership' -> 'special strategic and global
    partnership' (for the pair India, Japan)."""
    text = name.casefold().replace("&", " and ").replace("+", " plus ")
    plain = " ".join(_NON_ALNUM.sub(" ", text).split())
    for country in pair:
        text = text.replace(country.casefold(), " ")
    tokens = [
        t
        for t in _NON_ALNUM.sub(" ", text).split()
        if t not in _FILLER and normalise_country(t) not in pair
    ]
    return " ".join(tokens) or plain


def milestone_year(m: Milestone) -> int | None:
    if m.year is not None:
        return m.year
    match = _ISO_YEAR.match(m.date or "")
    return int(match.group(1)) if match else None


def _group(reports: Sequence[MilestoneReport]) -> dict[tuple[tuple[str, ...], str], list[int]]:
    keyed = [(milestone_pair(r.milestone), i) for i, r in enumerate(reports)]
    groups: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    by_pair: dict[tuple[str, ...], list[str]] = defaultdict(list)

    def place(pair: tuple[str, ...], key: str, i: int) -> None:
        for known in by_pair[pair]:
            if known == key or (
                len(known.split()) == len(key.split()) and fuzz.ratio(known, key) >= NAME_TYPO_RATIO
            ):
                groups[(pair, known)].append(i)
                return
        by_pair[pair].append(key)
        groups[(pair, key)].append(i)

    ordered = sorted(keyed, key=lambda k: (len(k[0]) < 2, k[0], reports[k[1]].source.record))
    for pair, i in ordered:
        key = milestone_key(reports[i].milestone.name, pair)
        if len(pair) < 2:
            fits = [p for p in by_pair if len(p) == 2 and set(pair) <= set(p) and key in by_pair[p]]
            if len(fits) == 1:
                groups[(fits[0], key)].append(i)
                continue
        place(pair, key, i)
    return groups


def _kind_rank(kind: str) -> int:
    return 0 if kind == "other" else 1


def reconcile_milestones(
    reports: Sequence[MilestoneReport], outlets: Mapping[str, str] = NO_OUTLETS
) -> list[ReconciledMilestone]:
    """One record per (country pair, normalised name), sorted by pair, year and name;
    ``outlets`` (article id -> outlet) weighs a conflict by outlets, not copies."""
    out = []
    for (pair, key), members in _group(reports).items():
        items = [reports[i] for i in members]
        surfaces: dict[str, list[SourceRef]] = defaultdict(list)
        for r in items:
            surfaces[r.milestone.name].append(reported(r.source, r.milestone.name))
        names = sorted(
            (sourced(n, refs) for n, refs in surfaces.items()),
            key=lambda v: (-v.support, -len(str(v.value)), str(v.value)),
        )
        kind, kind_conflict = fuse_ranked(
            "kind",
            [(r.milestone.kind, _kind_rank(r.milestone.kind), r.source) for r in items],
            outlets,
        )
        assert kind is not None
        years: dict[int, list[SourceRef]] = defaultdict(list)
        for r in items:
            year = milestone_year(r.milestone)
            if year is not None:
                years[year].append(reported(r.source, year))
        year_value, year_conflict = (None, None)
        if years:
            year_value, year_conflict = decide(
                "year",
                [sourced(y, refs) for y, refs in years.items()],
                lambda v: (v.value,),
                "chose the earliest",
                outlets,
            )
        conflicts: list[Conflict] = [c for c in (year_conflict, kind_conflict) if c]
        digest = hashlib.sha256(f"{'|'.join(pair)}|{key}".encode()).hexdigest()[:10]
        out.append(
            ReconciledMilestone(
                id=f"ms-{digest}",
                name=str(names[0].value),
                name_key=key,
                names=names,
                kind=kind,
                countries=list(pair),
                year=year_value,
                support=len({r.member.article_id for r in items}),
                outlets=independent_sources([r.source for r in items], outlets),
                members=sorted((r.member for r in items), key=lambda m: (m.article_id, m.index)),
                sources=sorted((r.source for r in items), key=lambda s: (s.article_id, s.record)),
                conflicts=conflicts,
            )
        )
    return sorted(
        out,
        key=lambda m: (
            m.countries,
            m.year.value if m.year is not None else 10_000,
            m.name_key,
            m.id,
        ),
    )
