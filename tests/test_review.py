"""The review page (rendering, escaping) and turning decisions into an accepted run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.review.apply import ApplyOutcome, apply_decisions
from pipeline.review.decisions import DECISIONS_FORMAT, DecisionsError
from pipeline.review.diffing import RunDiff, diff_runs
from pipeline.review.page import Segment, highlight_segments, render_review_page
from pipeline.runs.folders import load_run
from schemas import ArticleExtraction
from tests.runfactory import baseline_records, meeting, write_run


def candidate_records() -> list[ArticleExtraction]:
    """Run B: one date refined, one meeting dropped, one planned meeting added."""
    records = baseline_records()
    first = records[0].meetings[0]
    planned = meeting("tokyo", "held the Vice-Ministerial Dialogue", ["Vikram Misri"], date=None)
    records[0] = records[0].model_copy(
        update={"meetings": [first.model_copy(update={"date": "2024-02-08"})]}
    )
    records[1] = records[1].model_copy(update={"planned_meetings": [planned]})
    return records


@pytest.fixture()
def runs(tmp_path: Path) -> tuple[Path, Path]:
    return (
        write_run(tmp_path / "runs" / "r1", baseline_records()),
        write_run(tmp_path / "runs" / "r2", candidate_records()),
    )


def test_segments_cover_the_text_and_mark_overlaps() -> None:
    text = "abcdefghij"
    segments = highlight_segments(
        text, [(2, 6, "old", "c1"), (4, 8, "new", "c2"), (9, 99, "new", "c3")]
    )
    assert "".join(s.text for s in segments) == text
    assert segments[1:5] == [
        Segment("cd", "old", "c1"),
        Segment("ef", "new old", "c1 c2"),
        Segment("gh", "new", "c2"),
        Segment("i", "", ""),
    ]
    assert segments[-1] == Segment("j", "new", "c3")  # clipped to the text, not trusted


def test_the_page_escapes_article_text_and_embeds_safe_json(runs: tuple[Path, Path]) -> None:
    first, second = load_run(runs[0]), load_run(runs[1])
    page = render_review_page(diff_runs("r1", first.records, "r2", second.records), first, second)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;markup&lt;/b&gt;" in page
    data = page.split('id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    assert json.loads(data)["format"] == DECISIONS_FORMAT
    assert page.count('class="change"') == 3
    assert '<mark class="new old"' in page or '<mark class="new"' in page


def _decide(runs: tuple[Path, Path], decisions: dict[str, str]) -> tuple[RunDiff, ApplyOutcome]:
    first, second = load_run(runs[0]), load_run(runs[1])
    diff = diff_runs("r1", first.records, "r2", second.records)
    return diff, apply_decisions(diff, first, second, decisions)


def test_accepting_everything_gives_run_b(runs: tuple[Path, Path]) -> None:
    diff, _ = _decide(runs, {})
    ids = [c.change_id for c in diff.record_changes]
    diff, outcome = _decide(runs, dict.fromkeys(ids, "accept"))
    assert outcome.accepted == 3 and outcome.undecided == 0
    accepted = {r.article_id: r for r in outcome.records}
    assert diff_runs("x", list(accepted.values()), "b", candidate_records()).equal


def test_rejecting_or_not_deciding_keeps_run_a(runs: tuple[Path, Path]) -> None:
    _, outcome = _decide(runs, {})
    assert outcome.undecided == 3
    assert diff_runs("x", outcome.records, "a", baseline_records()).equal


def test_a_mix_of_decisions(runs: tuple[Path, Path]) -> None:
    decisions = {
        "delhi:meeting:0>0": "accept",  # the refined date
        "delhi:meeting:1>-": "reject",  # keep the Foreign Office Consultations
        "tokyo:planned_meeting:->0": "reject",
    }
    _, outcome = _decide(runs, decisions)
    delhi = next(r for r in outcome.records if r.article_id == "delhi")
    assert [m.date for m in delhi.meetings] == ["2024-02-08", "2024-02-07"]
    tokyo = next(r for r in outcome.records if r.article_id == "tokyo")
    assert tokyo.planned_meetings == []


def test_a_decision_for_an_unknown_change_is_refused(runs: tuple[Path, Path]) -> None:
    with pytest.raises(DecisionsError, match="do not have"):
        _decide(runs, {"delhi:meeting:7>7": "accept"})


def test_cli_review_then_apply(runs: tuple[Path, Path], tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(runs[0]), str(runs[1]), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "3 changes to decide" in result.stdout and page.is_file()
    data = json.loads(page.read_text().split('id="review-data">', 1)[1].split("</script>")[0])
    decisions = tmp_path / "decisions.json"
    decisions.write_text(
        json.dumps({**data, "decisions": {"delhi:meeting:0>0": "accept"}}), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["review", "apply", str(decisions)])
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 0, undecided (kept old) 2" in result.stdout
    accepted = load_run(runs[1].parent / "latest")
    assert accepted.manifest["kind"] == "accepted"
    assert accepted.path not in (runs[0].resolve(), runs[1].resolve())
    delhi = next(r for r in accepted.records if r.article_id == "delhi")
    assert [m.date for m in delhi.meetings] == ["2024-02-08", "2024-02-07"]
    assert accepted.text_of("delhi") is not None


def test_cli_apply_refuses_decisions_made_for_other_runs(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    decisions = tmp_path / "decisions.json"
    decisions.write_text(
        json.dumps(
            {
                "format": DECISIONS_FORMAT,
                "run_a": str(runs[0]),
                "run_b": str(runs[1]),
                "diff_id": "0000000000000000",
                "decisions": {},
            }
        )
    )
    result = CliRunner().invoke(app, ["review", "apply", str(decisions)])
    assert result.exit_code == 2 and "made for another diff" in result.output


def test_cli_apply_refuses_a_file_that_is_not_decisions(tmp_path: Path) -> None:
    bad = tmp_path / "d.json"
    bad.write_text("[1, 2]")
    result = CliRunner().invoke(app, ["review", "apply", str(bad)])
    assert result.exit_code == 2 and "not a decisions file" in result.output


def test_an_accepted_run_points_every_span_into_the_text_it_stores(tmp_path: Path) -> None:
    """Run B read the article after one word was inserted: records kept from run A carry A's
    offsets, and the accepted run stores B's text, so they are moved to their quotes."""
    from pipeline.runs.folders import write_texts
    from tests.runfactory import TEXTS

    records_a = baseline_records()
    run_a = write_run(tmp_path / "runs" / "a", records_a)
    inserted = TEXTS["delhi"].replace("External Affairs", "Indian External Affairs", 1)
    shift = len("Indian ")

    def moved(record: ArticleExtraction) -> ArticleExtraction:
        def shifted(items: list) -> list:  # type: ignore[type-arg]
            return [
                item.model_copy(
                    update={
                        "evidence": [
                            e.model_copy(update={"start": e.start + shift, "end": e.end + shift})
                            for e in item.evidence
                        ]
                    }
                )
                for item in items
            ]

        return record.model_copy(
            update={"meetings": shifted(record.meetings), "milestones": shifted(record.milestones)}
        )

    delhi_b = moved(records_a[0])
    delhi_b = delhi_b.model_copy(
        update={
            "meetings": [delhi_b.meetings[0].model_copy(update={"date": "2024-02-08"})],
            "content_sha256": "sha-delhi-edited",
        }
    )
    run_b = write_run(tmp_path / "runs" / "b", [delhi_b, records_a[1]])
    write_texts(run_b, {"delhi": inserted, "tokyo": TEXTS["tokyo"]})
    for evidence in [e for m in delhi_b.meetings for e in m.evidence]:
        assert inserted[evidence.start : evidence.end] == evidence.quote  # B is consistent
    _, outcome = _decide((run_a, run_b), {"delhi:meeting:0>0": "accept"})
    delhi = next(r for r in outcome.records if r.article_id == "delhi")
    assert [m.date for m in delhi.meetings] == ["2024-02-08", "2024-02-07"]
    for item in [*delhi.meetings, *delhi.milestones]:
        for evidence in item.evidence:
            assert inserted[evidence.start : evidence.end] == evidence.quote


def test_a_page_is_never_written_into_a_run_or_over_a_folder(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    inside = runs[1] / "extractions.jsonl"
    before = inside.read_bytes()
    for args in (
        ["review", str(runs[0]), str(runs[1]), "-o", str(inside)],
        ["diff", str(runs[0]), str(runs[1]), "-f", "markdown", "-o", str(runs[0] / "d.md")],
        ["review", str(runs[0]), str(runs[1]), "-o", str(tmp_path)],
    ):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        said = " ".join(result.output.split())
        assert "runs are never written over" in said or "is a folder" in said
        assert "Traceback" not in said
    assert inside.read_bytes() == before
