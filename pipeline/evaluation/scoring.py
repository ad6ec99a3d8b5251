"""Score a run's ``extractions.jsonl`` against a gold set (``schemas.gold``).

Matching is lenient where the pipeline can only be as precise as the article (name variants,
unordered country pairs, a missing date) and strict where an error would mislead a reader (an
invented year, a wrong pair of countries). Everything here is a pure function of the gold and
the predictions, so the same inputs always give the same report, byte for byte in JSON.

Overview (exact definitions in the docstrings below and in the project report):

* articles are paired by ``article_id``; a gold article without a prediction, or with a
  ``failed`` one, is scored as an empty prediction; predictions absent from gold are not scored;
* meetings are matched one-to-one per article, greedily by a candidate score, held and planned
  separately (``meetings``, ``planned_meetings``) and pooled with status ignored
  (``meetings_all``); field metrics are computed over the pooled matched pairs;
* ``optional`` gold records absorb a matching prediction but count neither as TP nor FN.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from rapidfuzz import fuzz

from pipeline.runs.folders import RunError, resolve_run_path
from pipeline.runs.output import EXTRACTIONS_FILE, ExtractionsFileError, read_extractions
from pipeline.text.dates import PartialDate, record_date
from pipeline.text.normalise import best_overlap, is_honorific
from pipeline.text.places import normalise_country
from schemas import ArticleExtraction
from schemas.gold import GoldArticle, GoldMeeting, GoldMilestone
from schemas.v1 import Evidence, Meeting, Milestone, Participant

__all__ = [
    "ACCURACY_METRICS",
    "COUNT_METRICS",
    "Accuracy",
    "Counts",
    "EvalInputError",
    "EvalReport",
    "Metrics",
    "Mismatch",
    "countries_compatible",
    "date_credit",
    "dates_compatible",
    "load_gold",
    "load_predictions",
    "milestones_match",
    "names_match",
    "score",
    "score_article",
]

NAME_THRESHOLD = 85  # rapidfuzz token_set_ratio for person names
MILESTONE_NAME_THRESHOLD = 85  # rapidfuzz ratio for normalised milestone names

COUNT_METRICS = ("meetings", "planned_meetings", "meetings_all", "participants", "milestones")
ACCURACY_METRICS = (
    "date_exact",
    "date_precision_aware",
    "location",
    "mechanism",
    "ordinal",
    "status",
    "milestone_date",
)

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PARTIAL = re.compile(r"^--(\d{2})-(\d{2})$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_STATUS = {"meetings": "held", "planned_meetings": "planned"}


class EvalInputError(Exception):
    """A gold or prediction file that cannot be read; the message is one line."""


# --------------------------------------------------------------------------------------------
# Result types
# --------------------------------------------------------------------------------------------


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True)
class Counts:
    """TP/FP/FN with P/R/F1. Nothing to find and nothing found is a perfect 1.0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def empty(self) -> bool:
        return self.tp == self.fp == self.fn == 0

    @property
    def precision(self) -> float:
        return 1.0 if self.empty else _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.empty else _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 6),
            "recall": round(self.recall, 6),
            "f1": round(self.f1, 6),
        }


@dataclass(frozen=True)
class Accuracy:
    """Summed credit over ``n`` judged items; ``None`` accuracy when nothing was judged."""

    correct: float = 0.0
    n: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.n + other.n)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        acc = self.accuracy
        return {
            "correct": round(self.correct, 6),
            "n": self.n,
            "accuracy": None if acc is None else round(acc, 6),
        }


def _zero_counts() -> dict[str, Counts]:
    return {name: Counts() for name in COUNT_METRICS}


def _zero_accuracies() -> dict[str, Accuracy]:
    return {name: Accuracy() for name in ACCURACY_METRICS}


@dataclass(frozen=True)
class Metrics:
    """All metrics for one article or, summed (micro-averaged), for the whole set."""

    counts: dict[str, Counts] = field(default_factory=_zero_counts)
    accuracies: dict[str, Accuracy] = field(default_factory=_zero_accuracies)

    def __add__(self, other: Metrics) -> Metrics:
        return Metrics(
            {k: self.counts[k] + other.counts[k] for k in COUNT_METRICS},
            {k: self.accuracies[k] + other.accuracies[k] for k in ACCURACY_METRICS},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": {k: self.counts[k].to_dict() for k in COUNT_METRICS},
            "accuracies": {k: self.accuracies[k].to_dict() for k in ACCURACY_METRICS},
        }


@dataclass(frozen=True)
class Mismatch:
    """One thing a human should look at: an unmatched record or a field disagreement."""

    article_id: str
    kind: str  # "unmatched_predicted" | "unmatched_gold" | "field"
    section: str  # "meetings" | "planned_meetings" | "milestones" (gold side for pairs)
    field: str  # "" for unmatched records, else the field name
    gold_index: int | None
    pred_index: int | None
    gold: str | None
    predicted: str | None

    def sort_key(self) -> tuple[Any, ...]:
        return (
            self.article_id,
            self.section,
            self.kind,
            -1 if self.gold_index is None else self.gold_index,
            -1 if self.pred_index is None else self.pred_index,
            self.field,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "kind": self.kind,
            "section": self.section,
            "field": self.field,
            "gold_index": self.gold_index,
            "pred_index": self.pred_index,
            "gold": self.gold,
            "predicted": self.predicted,
        }

    def describe(self) -> str:
        where = f"{self.section}"
        if self.kind == "unmatched_predicted":
            return f"{where} pred[{self.pred_index}] unmatched (fp): {self.predicted}"
        if self.kind == "unmatched_gold":
            return f"{where} gold[{self.gold_index}] unmatched (fn): {self.gold}"
        return (
            f"{where} gold[{self.gold_index}]~pred[{self.pred_index}] {self.field}: "
            f"gold={self.gold!r} pred={self.predicted!r}"
        )


@dataclass(frozen=True)
class ArticleResult:
    metrics: Metrics
    mismatches: list[Mismatch]
    matches: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    """Predicted (section, index) -> the gold (section, index) it was matched to (pooled)."""


@dataclass(frozen=True)
class EvalReport:
    """Overall (micro-averaged) metrics, per-article metrics and mismatches for humans."""

    overall: Metrics
    per_article: dict[str, Metrics]
    mismatches: list[Mismatch]
    missing_predictions: list[str]  # gold articles with no prediction line
    failed_predictions: list[str]  # gold articles whose prediction has status "failed"
    unscored_predictions: list[str]  # predicted articles absent from gold
    same_event: Counts | None = None
    """Cross-article pairs of reports put in one event by reconciliation, against the gold
    same-event keys (None when not computed)."""

    def to_dict(self) -> dict[str, Any]:
        grouping = self.same_event
        return {
            "articles": len(self.per_article),
            "same_event_pairs": None
            if grouping is None
            else {
                "tp": grouping.tp,
                "fp": grouping.fp,
                "fn": grouping.fn,
                "precision": round(grouping.precision, 4),
                "recall": round(grouping.recall, 4),
                "f1": round(grouping.f1, 4),
            },
            "overall": self.overall.to_dict(),
            "per_article": {k: self.per_article[k].to_dict() for k in sorted(self.per_article)},
            "mismatches": [m.to_dict() for m in self.mismatches],
            "missing_predictions": sorted(self.missing_predictions),
            "failed_predictions": sorted(self.failed_predictions),
            "unscored_predictions": sorted(self.unscored_predictions),
        }

    def to_json(self) -> str:
        """Stable JSON: sorted keys, rounded floats, records in a fixed order."""
        return json.dumps(self.to_dict(), sort_keys=True, indent=2, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# Field comparisons
# --------------------------------------------------------------------------------------------


def _norm_name(name: str) -> str:
    """Lower case, dots to spaces ("S.Jaishankar"), leading honorifics dropped."""
    tokens = [t for t in re.split(r"[\s,]+", name) if t]
    while len(tokens) > 1 and is_honorific(tokens[0]):
        tokens.pop(0)
    return " ".join(" ".join(tokens).replace(".", " ").casefold().split())


def _name_score(a: str, b: str) -> float:
    """Name similarity 0..100; 0 when the names are not considered the same person."""
    na, nb = _norm_name(a), _norm_name(b)
    if not na or not nb:
        return 0.0
    score = float(fuzz.token_set_ratio(na, nb, processor=None))
    if score >= NAME_THRESHOLD:
        return score
    sa, sb = na.split()[-1], nb.split()[-1]
    if len(sa) > 1 and sa == sb:
        return float(NAME_THRESHOLD)
    return 0.0


def names_match(a: str, b: str) -> bool:
    """Same person: token_set_ratio >= 85 after normalisation, or equal surnames."""
    return _name_score(a, b) > 0


def _norm_country(value: str) -> str:
    return (normalise_country(value) or "").casefold()


def countries_compatible(pred: Sequence[str], gold: Sequence[str]) -> bool:
    """Equal unordered sets; a side with fewer than two countries may be a subset of the other."""
    p = {c for c in (_norm_country(x) for x in pred) if c}
    g = {c for c in (_norm_country(x) for x in gold) if c}
    if p == g:
        return True
    return (len(p) < 2 and p <= g) or (len(g) < 2 and g <= p)


def _parse_date(iso: str | None, partial: str | None = None) -> PartialDate:
    """A record's date; unknown or impossible parts are an empty (compatible) date."""
    return record_date(iso, partial) or PartialDate()


def dates_compatible(pred: Meeting, gold: GoldMeeting) -> bool:
    """No known component contradicts gold's date(+partial), or else its ``date_resolved``."""
    p = _parse_date(pred.date, pred.date_partial)
    if p.is_compatible(_parse_date(gold.date, gold.date_partial)):
        return True
    return gold.date_resolved is not None and p.is_compatible(_parse_date(gold.date_resolved))


def _date_exact(pred: Meeting, gold: GoldMeeting) -> bool:
    return pred.date == gold.date or (
        gold.date_resolved is not None and pred.date == gold.date_resolved
    )


def _precision(iso: str) -> int:
    return len(iso.split("-"))


def date_credit(pred: Meeting, gold: GoldMeeting) -> float:
    """Precision-aware date credit.

    1 when equal to ``date`` (null == null) or ``date_resolved``; 0.5 when both are dates,
    compatible, and the prediction is coarser than gold ("2024-02" for "2024-02-08"); 0 when
    they contradict, when the prediction is finer than gold, when a date is missing, and when
    the prediction has a date where gold says null (an invented year must cost).
    """
    if _date_exact(pred, gold):
        return 1.0
    if pred.date is None or gold.date is None:
        return 0.0
    if _precision(pred.date) < _precision(gold.date) and _parse_date(pred.date).is_compatible(
        _parse_date(gold.date)
    ):
        return 0.5
    return 0.0


def _norm_text(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split()).casefold()


def _norm_milestone_name(name: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", name.casefold()).split())


_PARENTHESIS = re.compile(r"\([^()]*\)")


def milestone_name_score(pred: str, gold: str) -> float:
    """Similarity (0–100) of two milestone names. A parenthesis holds an acronym or a gloss
    ("… Agreement (CEPA)", "Treaty on Basic Relations (normalisation of diplomatic
    relations)"): names match with or without it, never on the gloss alone."""
    full = fuzz.ratio(_norm_milestone_name(pred), _norm_milestone_name(gold))
    bare_pred, bare_gold = _PARENTHESIS.sub(" ", pred), _PARENTHESIS.sub(" ", gold)
    if not _norm_milestone_name(bare_pred) or not _norm_milestone_name(bare_gold):
        return full
    return max(full, fuzz.ratio(_norm_milestone_name(bare_pred), _norm_milestone_name(bare_gold)))


def _milestone_year(m: Milestone) -> int | None:
    if m.year is not None:
        return m.year
    match = _ISO.match(m.date or "")
    return int(match.group(1)) if match else None


def milestones_match(pred: Milestone, gold: GoldMilestone) -> bool:
    """Country pair (when both have countries), name similarity >= 85 (with or without a
    parenthesised acronym or gloss), year equal (gold null: any)."""
    if (
        pred.countries
        and gold.countries
        and not countries_compatible(pred.countries, gold.countries)
    ):
        return False
    if milestone_name_score(pred.name, gold.name) < MILESTONE_NAME_THRESHOLD:
        return False
    gold_year = _milestone_year(gold)
    return gold_year is None or _milestone_year(pred) == gold_year


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def _match_people(
    pred: Sequence[Participant], gold: Sequence[Participant]
) -> list[tuple[int, int]]:
    """One-to-one name matching, greedy by similarity; returns (gold, pred) index pairs."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = _name_score(p.name, g.name)
            if s > 0:
                cands.append((-s, gi, pi))
    return _greedy(sorted(cands))


def _greedy(sorted_cands: Iterable[tuple[Any, ...]]) -> list[tuple[int, int]]:
    """Take candidates best-first; the last two items of each tuple are (gold, pred) indices."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for cand in sorted_cands:
        gi, pi = cand[-2], cand[-1]
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _evidence_overlap(pred: Sequence[Evidence], gold: Sequence[Evidence]) -> float:
    """Best interval IoU between evidence spans (1.0 for identical quotes)."""
    return best_overlap(
        ((e.quote, e.start, e.end) for e in pred), ((e.quote, e.start, e.end) for e in gold)
    )


def _mech_equal(pred: Meeting, gold: Meeting) -> bool:
    return _norm_text(pred.mechanism) == _norm_text(gold.mechanism)


def _meeting_candidate_score(pred: Meeting, gold: GoldMeeting) -> float | None:
    """Score of a compatible (pred, gold) pair, None when they cannot be the same meeting.

    Compatible: country pair, participants (>= 1 name in common; with no gold participants,
    equal mechanism instead) and dates. Score: 2 x participant overlap (matched names over the
    larger list) + mechanism equal + exact date + evidence IoU.
    """
    if not countries_compatible(pred.countries, gold.countries):
        return None
    if gold.participants:
        people = len(_match_people(pred.participants, gold.participants))
        if people == 0:
            return None
        overlap = people / max(len(pred.participants), len(gold.participants))
    else:
        if not _mech_equal(pred, gold):
            return None
        overlap = 1.0 if not pred.participants else 0.0
    if not dates_compatible(pred, gold):
        return None
    return (
        2.0 * overlap
        + float(_mech_equal(pred, gold))
        + float(_date_exact(pred, gold))
        + _evidence_overlap(pred.evidence, gold.evidence)
    )


T = TypeVar("T")
G = TypeVar("G", GoldMeeting, GoldMilestone)


def _assign(
    preds: Sequence[T],
    golds: Sequence[G],
    candidate: Callable[[T, G], float | None],
) -> list[tuple[int, int]]:
    """Greedy maximum-score one-to-one assignment with deterministic tie-breaking.

    Ties go to non-optional gold first, then lower gold index, then lower prediction index.
    """
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = candidate(p, g)
            if s is not None:
                cands.append((-round(s, 9), g.optional, gi, pi))
    return _greedy(sorted(cands))


def _counts_from(
    pairs: list[tuple[int, int]], n_pred: int, golds: Sequence[GoldMeeting | GoldMilestone]
) -> Counts:
    """TP = pairs with non-optional gold; FP = unmatched predictions; FN = unmatched required."""
    matched_g = {g for g, _ in pairs}
    tp = sum(1 for g, _ in pairs if not golds[g].optional)
    fp = n_pred - len(pairs)
    fn = sum(1 for gi, g in enumerate(golds) if gi not in matched_g and not g.optional)
    return Counts(tp, fp, fn)


# --------------------------------------------------------------------------------------------
# Per-article scoring
# --------------------------------------------------------------------------------------------


def _meeting_summary(m: Meeting, status: str) -> str:
    people = ", ".join(p.name for p in m.participants) or "-"
    countries = "–".join(m.countries) or "?"
    return (
        f"{status} {m.date or m.date_partial or 'no date'} {countries} "
        f"{m.mechanism or 'no mechanism'} [{people}] @ {m.location or '-'}"
    )


def _milestone_summary(m: Milestone) -> str:
    countries = "–".join(m.countries) or "?"
    return f"{m.name} ({m.kind}, {_milestone_year(m) or 'no year'}) {countries}"


def _milestone_score(p: Milestone, g: GoldMilestone) -> float | None:
    """Name similarity (0..1) + kind equality for a matching pair, else None."""
    if not milestones_match(p, g):
        return None
    name = milestone_name_score(p.name, g.name) / 100
    return name + float(p.kind == g.kind)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _compare_pair(
    p: Meeting, g: GoldMeeting, p_status: str, g_status: str
) -> tuple[Counts, dict[str, Accuracy], list[tuple[str, str | None, str | None]]]:
    """Field metrics of one matched pair, and the disagreements as (field, gold, predicted)."""
    diffs: list[tuple[str, str | None, str | None]] = []
    accs: dict[str, Accuracy] = {}
    name_pairs = _match_people(p.participants, g.participants)
    n = len(name_pairs)
    people = Counts(n, len(p.participants) - n, len(g.participants) - n)
    if people.fp or people.fn:
        gold_names = ", ".join(x.name for x in g.participants)
        diffs.append(("participants", gold_names, ", ".join(x.name for x in p.participants)))
    exact = _date_exact(p, g)
    accs["date_exact"] = Accuracy(float(exact), 1)
    accs["date_precision_aware"] = Accuracy(date_credit(p, g), 1)
    if not exact:
        gold_date = g.date
        if g.date_resolved not in (None, g.date):
            gold_date = f"{g.date} (resolved {g.date_resolved})"
        diffs.append(("date", gold_date, p.date))
    loc_ok = _norm_text(p.location) == _norm_text(g.location)
    accs["location"] = Accuracy(float(loc_ok), 1)
    if not loc_ok:
        diffs.append(("location", g.location, p.location))
    mech_ok = p.mechanism == g.mechanism
    accs["mechanism"] = Accuracy(float(mech_ok), 1)
    if not mech_ok:
        diffs.append(("mechanism", g.mechanism, p.mechanism))
    if g.ordinal is not None:
        accs["ordinal"] = Accuracy(float(p.ordinal == g.ordinal), 1)
        if p.ordinal != g.ordinal:
            diffs.append(("ordinal", str(g.ordinal), _str_or_none(p.ordinal)))
    accs["status"] = Accuracy(float(p_status == g_status), 1)
    if p_status != g_status:
        diffs.append(("status", g_status, p_status))
    return people, accs, diffs


def score_article(gold: GoldArticle, pred: ArticleExtraction | None) -> ArticleResult:
    """Score one article; a missing or failed prediction is scored as empty."""
    aid = gold.article_id
    if pred is None or pred.status == "failed":
        held_p: list[Meeting] = []
        planned_p: list[Meeting] = []
        miles_p: list[Milestone] = []
    else:
        held_p, planned_p, miles_p = [*pred.meetings], [*pred.planned_meetings], [*pred.milestones]
    counts = _zero_counts()
    accs = _zero_accuracies()
    mismatches: list[Mismatch] = []

    for name, preds, golds in (
        ("meetings", held_p, gold.meetings),
        ("planned_meetings", planned_p, gold.planned_meetings),
    ):
        pairs = _assign(preds, golds, _meeting_candidate_score)
        counts[name] = _counts_from(pairs, len(preds), golds)

    # Pooled matching (status ignored) drives meetings_all, participants and field metrics.
    pool_p = [("meetings", i, m) for i, m in enumerate(held_p)] + [
        ("planned_meetings", i, m) for i, m in enumerate(planned_p)
    ]
    pool_g = [("meetings", i, m) for i, m in enumerate(gold.meetings)] + [
        ("planned_meetings", i, m) for i, m in enumerate(gold.planned_meetings)
    ]
    gold_meetings = [m for _, _, m in pool_g]
    pairs = _assign([m for _, _, m in pool_p], gold_meetings, _meeting_candidate_score)
    counts["meetings_all"] = _counts_from(pairs, len(pool_p), gold_meetings)

    people = Counts()
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for gi, pi in pairs:
        g_sec, g_idx, g = pool_g[gi]
        p_sec, p_idx, p = pool_p[pi]
        if g.optional:
            continue
        pair_people, pair_accs, diffs = _compare_pair(p, g, _STATUS[p_sec], _STATUS[g_sec])
        people += pair_people
        for key, value in pair_accs.items():
            accs[key] += value
        for fname, gv, pv in diffs:
            mismatches.append(Mismatch(aid, "field", g_sec, fname, g_idx, p_idx, gv, pv))

    for pi, (p_sec, p_idx, p) in enumerate(pool_p):
        if pi not in matched_p:
            people += Counts(fp=len(p.participants))
            mismatches.append(
                Mismatch(
                    aid,
                    "unmatched_predicted",
                    p_sec,
                    "",
                    None,
                    p_idx,
                    None,
                    _meeting_summary(p, _STATUS[p_sec]),
                )
            )
    for gi, (g_sec, g_idx, g) in enumerate(pool_g):
        if gi not in matched_g and not g.optional:
            people += Counts(fn=len(g.participants))
            mismatches.append(
                Mismatch(
                    aid,
                    "unmatched_gold",
                    g_sec,
                    "",
                    g_idx,
                    None,
                    _meeting_summary(g, _STATUS[g_sec]),
                    None,
                )
            )
    counts["participants"] = people
    matches = {(pool_p[pi][0], pool_p[pi][1]): (pool_g[gi][0], pool_g[gi][1]) for gi, pi in pairs}

    mpairs = _assign(miles_p, gold.milestones, _milestone_score)
    counts["milestones"] = _counts_from(mpairs, len(miles_p), gold.milestones)
    m_matched_g = {g for g, _ in mpairs}
    m_matched_p = {p for _, p in mpairs}
    for pi, pm in enumerate(miles_p):
        if pi not in m_matched_p:
            mismatches.append(
                Mismatch(
                    aid,
                    "unmatched_predicted",
                    "milestones",
                    "",
                    None,
                    pi,
                    None,
                    _milestone_summary(pm),
                )
            )
    for gi, gm in enumerate(gold.milestones):
        if gi not in m_matched_g and not gm.optional:
            mismatches.append(
                Mismatch(
                    aid, "unmatched_gold", "milestones", "", gi, None, _milestone_summary(gm), None
                )
            )
    for gi, pi in mpairs:
        gm, pm = gold.milestones[gi], miles_p[pi]
        if not gm.optional and gm.kind != pm.kind:
            mismatches.append(
                Mismatch(aid, "field", "milestones", "kind", gi, pi, gm.kind, pm.kind)
            )
        if not gm.optional and gm.date:  # a month or day the gold gives beyond the year
            accs["milestone_date"] += Accuracy(float(pm.date == gm.date), 1)
            if pm.date != gm.date:
                mismatches.append(
                    Mismatch(aid, "field", "milestones", "date", gi, pi, gm.date, pm.date)
                )

    mismatches.sort(key=Mismatch.sort_key)
    return ArticleResult(Metrics(counts, accs), mismatches, matches)


Node = tuple[str, str, int]
"""(article_id, section, index) of a meeting record."""


def _pairs(groups: Iterable[Iterable[Node]]) -> set[frozenset[Node]]:
    """Every cross-article pair inside each group."""
    found: set[frozenset[Node]] = set()
    for group in groups:
        members = sorted(set(group))
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if first[0] != second[0]:
                    found.add(frozenset((first, second)))
    return found


def same_event_counts(
    gold_articles: Sequence[GoldArticle],
    predicted_groups: Iterable[Iterable[Node]],
    matches: dict[str, dict[tuple[str, int], tuple[str, int]]],
) -> Counts:
    """Pairwise grouping against the gold same-event keys.

    Gold pairs: two meetings of different articles (same section: held with held, planned
    with planned) sharing an ``event`` key, neither optional. Predicted pairs: two records
    of different articles that reconciliation put in one event, each mapped to the gold
    meeting it was matched to in scoring. TP = predicted pairs that land on a gold pair; FP
    = the other predicted pairs (unmatched records included), except those touching an
    optional gold meeting; FN = gold pairs no predicted pair lands on.
    """
    keyed: dict[tuple[str, str], list[Node]] = {}
    optional: set[Node] = set()
    for article in gold_articles:
        for section in ("meetings", "planned_meetings"):
            for index, meeting in enumerate(getattr(article, section)):
                node = (article.article_id, section, index)
                if meeting.optional:
                    optional.add(node)
                elif meeting.event:
                    keyed.setdefault((section, meeting.event), []).append(node)
    gold_pairs = _pairs(keyed.values())
    hits: set[frozenset[Node]] = set()
    fp = 0
    for pair in _pairs(predicted_groups):
        mapped = []
        for article_id, section, index in sorted(pair):
            target = matches.get(article_id, {}).get((section, index))
            mapped.append((article_id, *target) if target else None)
        if None not in mapped and any(node in optional for node in mapped if node):
            continue
        key = frozenset(node for node in mapped if node) if None not in mapped else None
        if key is not None and len(key) == 2 and key in gold_pairs:
            hits.add(key)
        else:
            fp += 1
    return Counts(tp=len(hits), fp=fp, fn=len(gold_pairs - hits))


def score(
    gold_articles: Iterable[GoldArticle],
    predictions: Iterable[ArticleExtraction],
    predicted_groups: Iterable[Iterable[Node]] | None = None,
) -> EvalReport:
    """Score predictions against gold; the entry point for scripts and ``summitry eval``.

    Predictions are paired by ``article_id``; when an id occurs twice the last line wins.
    ``predicted_groups`` (the members of each reconciled event) adds the same-event
    pairwise grouping score.
    """
    gold_articles = list(gold_articles)
    by_id: dict[str, ArticleExtraction] = {}
    for p in predictions:
        by_id[p.article_id] = p
    matches: dict[str, dict[tuple[str, int], tuple[str, int]]] = {}
    overall = Metrics()
    per_article: dict[str, Metrics] = {}
    mismatches: list[Mismatch] = []
    missing: list[str] = []
    failed: list[str] = []
    seen: set[str] = set()
    for gold in gold_articles:
        if gold.article_id in seen:
            raise ValueError(f"duplicate gold article_id {gold.article_id!r}")
        seen.add(gold.article_id)
        pred = by_id.get(gold.article_id)
        if pred is None:
            missing.append(gold.article_id)
        elif pred.status == "failed":
            failed.append(gold.article_id)
        result = score_article(gold, pred)
        matches[gold.article_id] = result.matches
        per_article[gold.article_id] = result.metrics
        overall = overall + result.metrics
        mismatches.extend(result.mismatches)
    mismatches.sort(key=Mismatch.sort_key)
    grouping = (
        None
        if predicted_groups is None
        else same_event_counts(gold_articles, predicted_groups, matches)
    )
    return EvalReport(
        overall=overall,
        per_article=per_article,
        mismatches=mismatches,
        missing_predictions=sorted(missing),
        failed_predictions=sorted(failed),
        unscored_predictions=sorted(set(by_id) - seen),
        same_event=grouping,
    )


def reconciled_groups(predictions: Iterable[ArticleExtraction]) -> list[list[Node]]:
    """The members of every reconciled event (held and planned), for the grouping score."""
    from pipeline.reconcile.events import reconcile

    result = reconcile(predictions)
    return [
        [(m.article_id, m.section, m.index) for m in event.members]
        for event in [*result.events, *result.planned]
    ]


# --------------------------------------------------------------------------------------------
# Thin I/O
# --------------------------------------------------------------------------------------------


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err["loc"]) or "line"
    return f"{loc}: {err['msg']}"


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold JSONL file; raises EvalInputError with a one-line message."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read gold file ({exc.__class__.__name__})") from exc
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            articles.append(GoldArticle.model_validate_json(line))
        except ValidationError as exc:
            raise EvalInputError(
                f"{path}:{number}: invalid gold record: {_first_error(exc)}"
            ) from exc
    ids = [a.article_id for a in articles]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise EvalInputError(f"{path}: duplicate gold article_id {dupes[0]!r}")
    return articles


def load_predictions(path: Path) -> list[ArticleExtraction]:
    """Read ``extractions.jsonl`` (or the one inside a run folder) via ``read_extractions``."""
    if path.is_dir():  # a run folder, or a runs folder (its latest run)
        try:
            path = resolve_run_path(path) / EXTRACTIONS_FILE
        except RunError as exc:
            raise EvalInputError(str(exc)) from None
    try:
        return read_extractions(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read predictions ({exc.__class__.__name__})") from exc
    except ExtractionsFileError as exc:
        raise EvalInputError(f"invalid extraction line: {exc}") from exc
