"""Pair features, explained scores, blocking and constrained clustering of meeting reports."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from benchmarks.reconcile_scale import synthetic_extractions
from pipeline.reconcile.clustering import cluster
from pipeline.reconcile.events import collect, link_records, people_index
from pipeline.reconcile.linkage import (
    THRESHOLD,
    WEAK_DATE_THRESHOLD,
    WEAK_DATES,
    WEIGHTS,
    LinkRecord,
    candidate_pairs,
    date_relation,
    parse_date,
    score_pair,
)
from pipeline.runs.output import read_extractions
from pipeline.text.dates import PartialDate
from schemas import ArticleExtraction

FIXTURE = Path(__file__).parent / "fixtures" / "reconcile" / "extractions.jsonl"
IJ = ("India", "Japan")
PEOPLE = {
    "misri": "India",
    "kwatra": "India",
    "jaishankar": "India",
    "singh": "India",
    "modi": "India",
    "funakoshi": "Japan",
    "okano": "Japan",
    "kamikawa": "Japan",
    "kihara": "Japan",
    "hayashi": "Japan",
    "kishida": "Japan",
}


def _r(
    rid: str,
    *,
    article: str | None = None,
    date: PartialDate | None = None,
    people: tuple[str, ...] = (),
    mechanism: str | None = None,
    ordinal: int | None = None,
    location: str | None = None,
    pair: tuple[str, ...] = IJ,
) -> LinkRecord:
    return LinkRecord(
        rid=rid,
        article_id=article or rid,
        pair=pair,
        date=date,
        mechanism=mechanism,
        ordinal=ordinal,
        persons=frozenset(people),
        person_countries=frozenset(PEOPLE[p] for p in people),
        location=location,
    )


def _d(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate:
    return PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (_d(2025, 7, 28), _d(2025, 7, 28), "same_day"),
        (_d(2024, 2), _d(2024, 2, 8), "refines"),
        (_d(2024, 2), _d(2024, 2), "same_month"),
        (_d(None, 7, 28), _d(2025, 7, 28), "same_month_day"),
        (_d(None, 7, 28), _d(2025, 7), "coarse"),
        (_d(2023), _d(2023, 5, 20), "coarse"),
        (_d(2025, 7, 27), _d(2025, 7, 28), "near_conflict"),
        (_d(2025, 7, 31), _d(2025, 8, 2), "near_conflict"),
        (_d(2025, 7, 1), _d(2025, 7, 28), "conflict"),
        (_d(2006), _d(2014), "conflict"),
        (None, _d(2025, 7, 28), "unknown"),
    ],
)
def test_date_relations(a: PartialDate | None, b: PartialDate, relation: str) -> None:
    assert date_relation(a, b) == relation
    assert date_relation(b, a) == relation


def test_parse_date_fills_the_day_from_date_partial_only_when_consistent() -> None:
    assert parse_date("2025-07", "--07-28") == _d(2025, 7, 28)
    assert parse_date("2025-08", "--07-28") == _d(2025, 8)
    assert parse_date(None, "--07-28") == _d(None, 7, 28)
    assert parse_date(None, None) is None


def test_no_single_feature_reaches_the_threshold() -> None:
    """A merge always needs two independent agreements (e.g. the date and the people): the
    date alone stays below the threshold, any other feature below the weak-date threshold, and
    every date relation that is not weak or contrary adds weight."""
    assert max(WEIGHTS["date"].values()) < THRESHOLD
    others = [w for name, weights in WEIGHTS.items() if name != "date" for w in weights.values()]
    assert max(others) < WEAK_DATE_THRESHOLD
    strong = set(WEIGHTS["date"]) - WEAK_DATES - {"near_conflict", "conflict"}
    assert all(WEIGHTS["date"][relation] > 0 for relation in strong)


def test_the_same_meeting_with_name_variants_and_precisions_scores_and_explains() -> None:
    day = _r("a", date=_d(2025, 7, 28), people=("misri", "funakoshi"), mechanism="FSVM")
    month = _r("b", date=_d(2025, 7), people=("misri", "funakoshi"), mechanism="FSVM")
    s = score_pair(day, month)
    assert s.accepted and s.veto is None
    assert {k: f.value for k, f in s.features.items()} == {
        "date": "refines",
        "people": "same",
        "mechanism": "same",
        "ordinal": "unknown",
        "location": "unknown",
    }
    assert s.score == 2 + 5 + 3 and s.threshold == THRESHOLD
    assert score_pair(month, day).records == ("a", "b")  # order-independent


def test_different_mechanisms_on_one_trip_are_vetoed() -> None:
    vmd = _r("a", date=_d(2024, 2, 7), people=("kwatra", "okano"), mechanism="FSVM")
    foc = _r("b", date=_d(2024, 2, 7), people=("kwatra", "okano"), mechanism="FOC")
    s = score_pair(vmd, foc)
    assert s.veto == "mechanism differs" and not s.accepted and s.cannot_link


def test_different_ordinals_and_country_pairs_are_vetoed() -> None:
    third = _r("a", date=_d(2024, 8, 20), mechanism="2+2", ordinal=3)
    fourth = _r("b", date=_d(2024, 8, 20), mechanism="2+2", ordinal=4)
    assert score_pair(third, fourth).veto == "ordinal differs"
    japan = _r("c", date=_d(2025, 7, 28), people=("misri",), location="new delhi")
    australia = _r("d", date=_d(2025, 7, 28), people=("misri",), pair=("Australia", "India"))
    assert score_pair(japan, australia).veto == "countries differ"


def test_unknown_dates_need_stronger_evidence() -> None:
    dated = _r("a", date=_d(2024, 8, 20), people=("jaishankar", "kamikawa"), mechanism="2+2")
    people_only = _r("b", people=("jaishankar", "kamikawa"))
    s = score_pair(dated, people_only)
    assert s.threshold == WEAK_DATE_THRESHOLD and s.score == 5 and not s.accepted
    with_ordinal = _r("c", people=("jaishankar", "kamikawa"), mechanism="2+2", ordinal=3)
    assert score_pair(_r("d", date=_d(2024, 8, 20), mechanism="2+2", ordinal=3), with_ordinal)


def test_people_named_by_each_country_are_not_a_contradiction() -> None:
    japanese = _r("a", date=_d(2024, 8), people=("kamikawa", "kihara"))
    indian = _r("b", date=_d(2024, 8, 20), people=("jaishankar", "singh"))
    assert score_pair(japanese, indian).features["people"].value == "complementary"
    other_japanese = _r("c", date=_d(2024, 8, 20), people=("hayashi",))
    assert score_pair(japanese, other_japanese).features["people"].value == "disjoint"


def test_a_report_fitting_two_meetings_equally_is_left_alone() -> None:
    vmd = _r("a1", article="a", date=_d(2024, 2, 7), people=("kwatra", "okano"), mechanism="V")
    foc = _r("a2", article="a", date=_d(2024, 2, 8), people=("kwatra", "okano"), mechanism="F")
    vague = _r("b1", article="b", date=_d(2024, 2), people=("kwatra", "okano"))
    records = [vmd, foc, vague]
    result = cluster(records, candidate_pairs(records).pairs)
    assert result.clusters == [[0], [1], [2]]
    assert result.ambiguous == {2: [0, 1]}


def test_a_bridge_record_cannot_chain_two_meetings_that_must_stay_apart() -> None:
    # c fits a best and would bridge to b, but a and b name different mechanisms.
    a = _r("a", date=_d(2024, 2, 7), people=("kwatra", "okano"), mechanism="V", location="tokyo")
    b = _r("b", date=_d(2024, 2, 7), people=("kwatra", "okano"), mechanism="F")
    c = _r("c", date=_d(2024, 2, 7), people=("kwatra", "okano"), location="tokyo")
    records = [a, b, c]
    result = cluster(records, candidate_pairs(records).pairs)
    assert result.clusters == [[0, 2], [1]]
    (reason,) = result.reasons[0]
    assert reason.records == ("a", "c") and reason.score == 3 + 5 + 1


def test_two_records_of_one_article_are_never_compared_or_merged() -> None:
    a = _r("a1", article="a", date=_d(2023, 5, 20), people=("modi", "kishida"))
    b = _r("a2", article="a", date=_d(2023, 5, 20), people=("modi", "kishida"))
    assert candidate_pairs([a, b]).pairs == []
    assert cluster([a, b], [(0, 1)]).clusters == [[0], [1]]


def test_oversized_blocks_are_skipped_and_counted() -> None:
    records = [_r(f"r{i}", people=("modi",)) for i in range(5)]
    capped = candidate_pairs(records, max_block=3)
    assert capped.pairs == [] and capped.skipped_keys == 1
    assert len(candidate_pairs(records).pairs) == 10


def _all_link_records(articles: list[ArticleExtraction]) -> list[list[LinkRecord]]:
    held, planned, _ = collect(sorted(articles, key=lambda a: a.article_id))
    people = people_index([*held, *planned])
    return [link_records(held, people), link_records(planned, people)]


@pytest.mark.parametrize("source", ["fixture", "synthetic"])
def test_blocking_loses_no_pair_that_could_be_accepted(source: str) -> None:
    """Brute force over all pairs: every pair that scores above its threshold is a candidate."""
    articles = read_extractions(FIXTURE) if source == "fixture" else synthetic_extractions(600)
    for records in _all_link_records(articles):
        found = set(candidate_pairs(records).pairs)
        for i, j in combinations(range(len(records)), 2):
            same_article = records[i].article_id == records[j].article_id
            if not same_article and score_pair(records[i], records[j]).accepted:
                assert (i, j) in found, (records[i].rid, records[j].rid)


def test_blocking_compares_far_fewer_pairs_than_all_pairs() -> None:
    (held, _) = _all_link_records(synthetic_extractions(2000))
    pairs = len(candidate_pairs(held).pairs)
    assert pairs < 2 * len(held), pairs  # all pairs would be ~2 million
