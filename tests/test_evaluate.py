"""Scoring: matching rules, optional records, date leniency/strictness, JSON and CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.evaluation.scoring import (
    ACCURACY_METRICS,
    COUNT_METRICS,
    Counts,
    EvalReport,
    countries_compatible,
    date_credit,
    load_gold,
    names_match,
    score,
)
from schemas.gold import GoldArticle, GoldMeeting, GoldMilestone
from schemas.v1 import ArticleExtraction, Evidence, Meeting, Milestone, Participant

AID = "000_test.txt"


def person(name: str, country: str | None = None) -> Participant:
    return Participant(name=name, country=country)


def gold_meeting(**kw: Any) -> GoldMeeting:
    base: dict[str, Any] = {
        "date": "2024-02-08",
        "location": "New Delhi",
        "countries": ["India", "Japan"],
        "mechanism": "bilateral meeting",
        "participants": [person("S. Jaishankar"), person("Yoko Kamikawa")],
    }
    base.update(kw)
    return GoldMeeting(**base)


def as_pred(m: Meeting) -> Meeting:
    """The prediction a perfect pipeline would write for a gold meeting."""
    return Meeting.model_validate(m.model_dump(exclude={"optional", "date_resolved"}))


def gold_article(
    meetings: list[GoldMeeting] | None = None,
    planned: list[GoldMeeting] | None = None,
    milestones: list[GoldMilestone] | None = None,
    article_id: str = AID,
) -> GoldArticle:
    return GoldArticle(
        article_id=article_id,
        source_path=f"articles/{article_id}",
        meetings=meetings or [],
        planned_meetings=planned or [],
        milestones=milestones or [],
    )


def prediction(
    meetings: list[Meeting] | None = None,
    planned: list[Meeting] | None = None,
    milestones: list[Milestone] | None = None,
    article_id: str = AID,
    status: str = "ok",
) -> ArticleExtraction:
    return ArticleExtraction.model_validate(
        {
            "article_id": article_id,
            "source_path": f"articles/{article_id}",
            "content_sha256": "0" * 64,
            "schema_hash": "s",
            "prompt_hash": "p",
            "model": "test",
            "status": status,
            "meetings": [m.model_dump() for m in meetings or []],
            "planned_meetings": [m.model_dump() for m in planned or []],
            "milestones": [m.model_dump() for m in milestones or []],
        }
    )


def full_gold() -> GoldArticle:
    return gold_article(
        meetings=[
            gold_meeting(
                mechanism="Strategic Dialogue",
                ordinal=15,
                evidence=[Evidence(quote="They held the 15th dialogue.", start=10, end=38)],
            ),
            gold_meeting(
                date=None,
                date_partial="--07-28",
                date_resolved="2025-07-28",
                location=None,
                participants=[person("Vikram Misri"), person("Takehiro Funakoshi")],
                mechanism="Vice-Ministerial Dialogue",
            ),
        ],
        planned=[
            gold_meeting(
                date="2024-03", participants=[person("Narendra Modi")], mechanism="Annual Summit"
            )
        ],
        milestones=[
            GoldMilestone(
                name="Special Strategic and Global Partnership",
                kind="partnership_upgrade",
                year=2014,
                date="2014-09",
                countries=["India", "Japan"],
            )
        ],
    )


def perfect_prediction(gold: GoldArticle) -> ArticleExtraction:
    return prediction(
        meetings=[as_pred(m) for m in gold.meetings],
        planned=[as_pred(m) for m in gold.planned_meetings],
        milestones=[
            Milestone.model_validate(m.model_dump(exclude={"optional"})) for m in gold.milestones
        ],
        article_id=gold.article_id,
    )


def one(gold: GoldArticle, pred: ArticleExtraction | None) -> EvalReport:
    return score([gold], [] if pred is None else [pred])


# --------------------------------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = full_gold()
    report = one(gold, perfect_prediction(gold))
    for name in COUNT_METRICS:
        c = report.overall.counts[name]
        assert (c.fp, c.fn) == (0, 0), name
        assert c.precision == c.recall == c.f1 == 1.0, name
    assert report.overall.counts["meetings_all"].tp == 3
    assert report.overall.counts["participants"].tp == 5
    for name in ACCURACY_METRICS:
        acc = report.overall.accuracies[name]
        assert acc.n >= 1 and acc.accuracy == 1.0, name
    assert report.mismatches == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("S Jaishankar", "S. Jaishankar", True),
        ("Subrahmanyam Jaishankar", "S. Jaishankar", True),
        ("Jaishankar", "S. Jaishankar", True),
        ("Terada Yoshimichi", "Yoshimichi Terada", True),
        ("Mr. Masataka Okano", "Masataka Okano", True),
        ("Vinay Kwatra", "Vinay Mohan Kwatra", True),
        ("Vikram Misri", "Vikram Doraiswami", False),
        ("Fumio Kishida", "Narendra Modi", False),
    ],
)
def test_name_variants(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


@pytest.mark.parametrize(
    "pred_name", ["S Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar", "S.Jaishankar"]
)
def test_name_variant_still_matches_the_meeting(pred_name: str) -> None:
    gold = gold_article(meetings=[gold_meeting(participants=[person("S. Jaishankar")])])
    pred = prediction(meetings=[as_pred(gold_meeting(participants=[person(pred_name)]))])
    report = one(gold, pred)
    assert report.overall.counts["meetings"] == Counts(1, 0, 0)
    assert report.overall.counts["participants"] == Counts(1, 0, 0)


@pytest.mark.parametrize(
    ("pred_countries", "expected"),
    [
        (["Japan", "India"], True),
        (["japan", "INDIA"], True),
        (["Japan"], True),  # fewer than two: subset allowed
        ([], True),
        (["Japan", "China"], False),
        (["China"], False),
    ],
)
def test_unordered_country_pairs(pred_countries: list[str], expected: bool) -> None:
    assert countries_compatible(pred_countries, ["India", "Japan"]) is expected
    gold = gold_article(meetings=[gold_meeting()])
    pred = prediction(meetings=[as_pred(gold_meeting(countries=pred_countries))])
    assert one(gold, pred).overall.counts["meetings"].tp == int(expected)


@pytest.mark.parametrize(
    ("gold_kw", "pred_date", "exact", "aware"),
    [
        ({"date": "2024-02-08"}, "2024-02-08", 1.0, 1.0),
        ({"date": "2024-02-08"}, "2024-02", 0.0, 0.5),  # coarser but compatible
        ({"date": "2024-02-08"}, "2024", 0.0, 0.5),
        ({"date": "2024-02"}, "2024-02-09", 0.0, 0.0),  # finer than the text supports
        ({"date": "2024-02-08"}, None, 0.0, 0.0),
        ({"date": None}, None, 1.0, 1.0),
        # Gold: year unknown from the text. An invented year must cost...
        ({"date": None, "date_partial": "--02-08"}, "2023-02-08", 0.0, 0.0),
        # ...unless it is the real-world date the labeller resolved.
        (
            {"date": None, "date_partial": "--02-08", "date_resolved": "2024-02-08"},
            "2024-02-08",
            1.0,
            1.0,
        ),
    ],
)
def test_date_scoring(
    gold_kw: dict[str, Any], pred_date: str | None, exact: float, aware: float
) -> None:
    gold = gold_article(meetings=[gold_meeting(**gold_kw)])
    pred = prediction(meetings=[as_pred(gold_meeting(date=pred_date))])
    report = one(gold, pred)
    assert report.overall.counts["meetings"].tp == 1  # compatible dates still match
    assert report.overall.accuracies["date_exact"].accuracy == exact
    assert report.overall.accuracies["date_precision_aware"].accuracy == aware
    assert date_credit(pred.meetings[0], gold.meetings[0]) == aware


def test_contradicting_date_prevents_the_match() -> None:
    gold = gold_article(meetings=[gold_meeting(date="2024-02-08")])
    pred = prediction(meetings=[as_pred(gold_meeting(date="2023-02-08"))])
    report = one(gold, pred)
    assert report.overall.counts["meetings"] == Counts(0, 1, 1)
    assert report.overall.counts["participants"] == Counts(0, 2, 2)
    assert report.overall.accuracies["date_exact"].n == 0


@pytest.mark.parametrize("predicted", [True, False], ids=["predicted", "not_predicted"])
def test_optional_gold_is_neither_rewarded_nor_penalised(predicted: bool) -> None:
    required = gold_meeting()
    optional = gold_meeting(
        participants=[person("Narendra Modi")], mechanism="courtesy call", optional=True
    )
    gold = gold_article(meetings=[required, optional])
    preds = [as_pred(required)] + ([as_pred(optional)] if predicted else [])
    report = one(gold, prediction(meetings=preds))
    for name in ("meetings", "meetings_all"):
        assert report.overall.counts[name] == Counts(1, 0, 0), name
    assert report.overall.counts["participants"] == Counts(2, 0, 0)
    assert report.overall.accuracies["mechanism"].n == 1
    assert report.mismatches == []


def test_optional_milestone_ignored_both_ways() -> None:
    ms = GoldMilestone(name="Act East Forum", kind="mechanism_established", optional=True)
    gold = gold_article(milestones=[ms])
    for pred in (
        prediction(),
        prediction(milestones=[Milestone(name="Act East Forum", kind="other")]),
    ):
        assert one(gold, pred).overall.counts["milestones"] == Counts(0, 0, 0)


@pytest.mark.parametrize("order", ["same", "reversed"])
def test_same_people_different_mechanisms_match_one_to_one(order: str) -> None:
    dialogue = gold_meeting(mechanism="2+2 Dialogue", date=None)
    call = gold_meeting(mechanism="courtesy call", date=None)
    gold = gold_article(meetings=[dialogue, call])
    preds = [as_pred(dialogue), as_pred(call)]
    if order == "reversed":
        preds.reverse()
    report = one(gold, prediction(meetings=preds))
    assert report.overall.counts["meetings"] == Counts(2, 0, 0)
    assert report.overall.accuracies["mechanism"].accuracy == 1.0
    assert report.overall.accuracies["mechanism"].n == 2


def test_gold_without_participants_needs_equal_mechanism() -> None:
    gold = gold_article(meetings=[gold_meeting(participants=[], mechanism="Act East Forum")])
    same = prediction(meetings=[as_pred(gold_meeting(participants=[], mechanism="Act East Forum"))])
    other = prediction(meetings=[as_pred(gold_meeting(participants=[], mechanism="2+2 Dialogue"))])
    assert one(gold, same).overall.counts["meetings"].tp == 1
    assert one(gold, other).overall.counts["meetings"] == Counts(0, 1, 1)


def test_status_confusion_counts_separately_but_matches_pooled() -> None:
    gold = gold_article(planned=[gold_meeting(date="2024-03")])
    pred = prediction(meetings=[as_pred(gold_meeting(date="2024-03"))])
    report = one(gold, pred)
    assert report.overall.counts["meetings"] == Counts(0, 1, 0)
    assert report.overall.counts["planned_meetings"] == Counts(0, 0, 1)
    assert report.overall.counts["meetings_all"] == Counts(1, 0, 0)
    assert report.overall.accuracies["status"].accuracy == 0.0
    assert [m.field for m in report.mismatches] == ["status"]


def test_participants_over_matched_pairs() -> None:
    gold = gold_article(meetings=[gold_meeting()])
    pred_people = [person("Jaishankar"), person("Sibi George")]  # one right, one extra
    report = one(gold, prediction(meetings=[as_pred(gold_meeting(participants=pred_people))]))
    assert report.overall.counts["participants"] == Counts(1, 1, 1)


@pytest.mark.parametrize(
    ("pred_year", "pred_name", "counts"),
    [
        (2014, "Special Strategic & Global Partnership", Counts(1, 0, 0)),
        (2014, '"special strategic and global partnership."', Counts(1, 0, 0)),
        (2015, "Special Strategic and Global Partnership", Counts(0, 1, 1)),
        (None, "Special Strategic and Global Partnership", Counts(0, 1, 1)),
        (2014, "Global Partnership", Counts(0, 1, 1)),
    ],
)
def test_milestones(pred_year: int | None, pred_name: str, counts: Counts) -> None:
    gold = gold_article(
        milestones=[
            GoldMilestone(
                name="Special Strategic and Global Partnership",
                kind="partnership_upgrade",
                year=2014,
                countries=["India", "Japan"],
            )
        ]
    )
    pred = prediction(
        milestones=[
            Milestone(
                name=pred_name,
                kind="partnership_upgrade",
                year=pred_year,
                countries=["Japan", "India"],
            )
        ]
    )
    assert one(gold, pred).overall.counts["milestones"] == counts


def test_gold_milestone_without_year_matches_any_year() -> None:
    gold = gold_article(milestones=[GoldMilestone(name="Act East Forum", kind="other")])
    pred = prediction(milestones=[Milestone(name="Act East Forum", kind="other", year=2017)])
    assert one(gold, pred).overall.counts["milestones"] == Counts(1, 0, 0)


@pytest.mark.parametrize("case", ["missing", "failed"])
def test_missing_or_failed_article_counts_false_negatives(case: str) -> None:
    gold = full_gold()
    other = gold_article(meetings=[gold_meeting()], article_id="001_other.txt")
    preds = [perfect_prediction(other)]
    if case == "failed":
        preds.append(prediction(meetings=[as_pred(gold.meetings[0])], status="failed"))
    report = score([gold, other], preds)
    per = report.per_article[AID]
    assert per.counts["meetings"] == Counts(0, 0, 2)
    assert per.counts["planned_meetings"] == Counts(0, 0, 1)
    assert per.counts["milestones"] == Counts(0, 0, 1)
    assert per.counts["participants"] == Counts(0, 0, 5)
    assert report.overall.counts["meetings"] == Counts(1, 0, 2)
    expected = ([AID], []) if case == "missing" else ([], [AID])
    assert (report.missing_predictions, report.failed_predictions) == expected


def test_predictions_outside_gold_are_listed_not_scored() -> None:
    gold = gold_article(meetings=[gold_meeting()])
    stray = prediction(meetings=[as_pred(gold_meeting())], article_id="zzz.txt")
    report = score([gold], [perfect_prediction(gold), stray])
    assert report.unscored_predictions == ["zzz.txt"]
    assert report.overall.counts["meetings"] == Counts(1, 0, 0)


def test_json_is_deterministic_and_sorted() -> None:
    gold = full_gold()
    pred = prediction(
        meetings=[as_pred(gold_meeting(location="Tokyo", date="2024-02"))],
        milestones=[Milestone(name="Something else", kind="other", year=2000)],
    )
    first = one(gold, pred).to_json()
    second = one(gold, pred.model_copy(deep=True)).to_json()
    assert first == second
    data = json.loads(first)
    assert list(data) == sorted(data)
    assert data["overall"]["counts"]["meetings"] == {
        "tp": 1,
        "fp": 0,
        "fn": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.666667,
    }
    fields = {m["field"] for m in data["mismatches"] if m["kind"] == "field"}
    assert {"location", "date"} <= fields
    assert json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) == first


def _write_jsonl(path: Path, rows: list[str]) -> Path:
    path.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_eval_json_and_table(tmp_path: Path) -> None:
    gold = full_gold()
    gold_path = _write_jsonl(tmp_path / "gold.jsonl", [gold.model_dump_json()])
    run = tmp_path / "run"
    run.mkdir()
    _write_jsonl(run / "extractions.jsonl", [perfect_prediction(gold).model_dump_json()])
    assert [g.article_id for g in load_gold(gold_path)] == [AID]
    runner = CliRunner()

    result = runner.invoke(app, ["eval", str(gold_path), str(run), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["counts"]["meetings_all"]["f1"] == 1.0
    assert data["articles"] == 1

    table = runner.invoke(
        app, ["eval", str(gold_path), str(run / "extractions.jsonl"), "--details"]
    )
    assert table.exit_code == 0, table.output
    assert "meetings_all" in table.stdout and "date_precision_aware" in table.stdout


@pytest.mark.parametrize("bad", ["missing_file", "bad_gold", "bad_predictions"])
def test_cli_eval_unreadable_input_exits_2(tmp_path: Path, bad: str) -> None:
    gold_path = _write_jsonl(tmp_path / "gold.jsonl", [full_gold().model_dump_json()])
    pred_path = _write_jsonl(tmp_path / "pred.jsonl", [prediction().model_dump_json()])
    if bad == "missing_file":
        pred_path = tmp_path / "nowhere.jsonl"
    elif bad == "bad_gold":
        _write_jsonl(gold_path, ['{"article_id": 1}'])
    else:
        _write_jsonl(pred_path, ["not json"])
    result = CliRunner().invoke(app, ["eval", str(gold_path), str(pred_path), "--json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "error" in result.stderr


def test_milestone_names_match_with_or_without_a_parenthesis() -> None:
    from pipeline.evaluation.scoring import MILESTONE_NAME_THRESHOLD, milestone_name_score

    gloss = "Treaty on Basic Relations (normalisation of diplomatic relations)"
    assert milestone_name_score("Treaty on Basic Relations", gloss) >= MILESTONE_NAME_THRESHOLD
    acronym = "India-UAE Comprehensive Economic Partnership Agreement (CEPA)"
    assert milestone_name_score(acronym, acronym) == 100
    assert (
        milestone_name_score("India-UAE Comprehensive Economic Partnership Agreement", acronym)
        >= MILESTONE_NAME_THRESHOLD
    )
    # never on the parenthesis alone, and different partnerships stay different
    assert milestone_name_score("CEPA", acronym) < MILESTONE_NAME_THRESHOLD
    assert (
        milestone_name_score("Strategic Partnership", "Comprehensive Strategic Partnership")
        < MILESTONE_NAME_THRESHOLD
    )
