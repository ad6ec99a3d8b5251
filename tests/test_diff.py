"""Field-level diffs between runs: pairing by identity, formats, exit codes, old schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.review.diff_report import to_markdown, to_text
from pipeline.review.diffing import diff_runs, meeting_similarity, pair_records
from pipeline.runs.folders import RunError, load_run
from schemas import ArticleExtraction, UnknownSchemaVersion, load_extraction
from tests.runfactory import baseline_records, meeting, write_run, write_v1_line


def _changed_date() -> list[ArticleExtraction]:
    records = baseline_records()
    first = records[0].meetings[0].model_copy(update={"date": "2024-02-08"})
    records[0] = records[0].model_copy(update={"meetings": [first, records[0].meetings[1]]})
    return records


def test_identical_runs_are_equal() -> None:
    diff = diff_runs("a", baseline_records(), "b", baseline_records())
    assert diff.equal and diff.unchanged_articles == 2
    assert "no differences" in to_text(diff)


def test_reordered_records_are_not_a_change() -> None:
    records = baseline_records()
    records[0] = records[0].model_copy(update={"meetings": records[0].meetings[::-1]})
    assert diff_runs("a", baseline_records(), "b", records).equal


def test_a_changed_field_is_reported_old_to_new_with_evidence() -> None:
    diff = diff_runs("a", baseline_records(), "b", _changed_date())
    (change,) = diff.record_changes
    assert change.change == "changed" and change.kind == "meeting"
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("date", "2024-02-07", "2024-02-08")
    ]
    assert change.change_id == "delhi:meeting:0>0"
    text = to_text(diff)
    assert "date: 7 Feb 2024 -> 8 Feb 2024" in text  # people read dates, not ISO
    assert 'old evidence: "S Jaishankar met Japanese' in text


def test_added_and_removed_records() -> None:
    records = baseline_records()
    records[1] = records[1].model_copy(update={"meetings": []})
    extra = meeting("delhi", "Vikram Misri held Foreign Office", ["Vikram Misri"], date=None)
    records[0] = records[0].model_copy(update={"planned_meetings": [extra]})
    diff = diff_runs("a", baseline_records(), "b", records)
    kinds = sorted((c.article_id, c.kind, c.change) for c in diff.record_changes)
    assert kinds == [("delhi", "planned_meeting", "added"), ("tokyo", "meeting", "removed")]
    assert diff.counts()["records_added"] == 1 and diff.counts()["records_removed"] == 1


def test_same_people_same_day_different_mechanisms_pair_with_their_own() -> None:
    """Two look-alike meetings both change; each must pair with its counterpart."""
    old = [m.model_dump(mode="json") for m in baseline_records()[0].meetings]
    new = [dict(m, location="Kyoto") for m in reversed(old)]
    assert pair_records(old, new, meeting_similarity) == [(0, 1), (1, 0)]


def test_an_unrelated_record_is_not_paired() -> None:
    old = [baseline_records()[0].meetings[0].model_dump(mode="json")]
    new = [baseline_records()[1].meetings[0].model_dump(mode="json")]
    assert pair_records(old, new, meeting_similarity) == [(0, None), (None, 0)]


def test_an_article_that_failed_in_the_new_run() -> None:
    records = baseline_records()
    records[1] = records[1].model_copy(
        update={"status": "failed", "error": "tokyo.txt: model server timed out", "meetings": []}
    )
    diff = diff_runs("a", baseline_records(), "b", records)
    (article,) = diff.articles
    assert article.status_changed and article.new_error == "tokyo.txt: model server timed out"
    assert [c.change for c in article.changes] == ["removed"]


def test_markdown_fits_a_pull_request_comment() -> None:
    markdown = to_markdown(diff_runs("a", baseline_records(), "b", _changed_date()))
    assert markdown.startswith("### Summitry diff")
    assert "| date | 7 Feb 2024 | 8 Feb 2024 |" in markdown
    assert "<details>" in markdown and "</details>" in markdown


def test_json_is_complete_and_stable() -> None:
    first = diff_runs("a", baseline_records(), "b", _changed_date()).to_dict()
    second = diff_runs("a", baseline_records(), "b", _changed_date()).to_dict()
    assert first == second and first["diff_id"] == second["diff_id"]
    assert first["counts"]["records_changed"] == 1


def test_reconciled_events_are_diffed_by_id_then_content() -> None:
    old = [{"id": "e1", "date": "2024-02", "support": 2}, {"id": "e2", "date": "2025-07-28"}]
    new = [{"id": "e1", "date": "2024-02-07", "support": 3}, {"id": "e9", "date": "2025-07-28"}]
    diff = diff_runs("a", [], "b", [], old, new)
    assert [(e.change_id, e.change) for e in diff.events] == [
        ("event:e1>e1", "changed"),
        ("event:e2>e9", "changed"),
    ]


# --- runs on disk, the CLI, and schema versions -------------------------------------------


@pytest.fixture()
def two_runs(tmp_path: Path) -> tuple[Path, Path]:
    return (
        write_run(tmp_path / "runs" / "r1", baseline_records()),
        write_run(tmp_path / "runs" / "r2", _changed_date()),
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_cli_diff_exit_status_is_one_when_different(two_runs: tuple[Path, Path], fmt: str) -> None:
    result = CliRunner().invoke(app, ["diff", str(two_runs[0]), str(two_runs[1]), "-f", fmt])
    assert result.exit_code == 1, result.output
    # JSON keeps the stored form; what people read shows the human one.
    assert ("2024-02-08" if fmt == "json" else "8 Feb 2024") in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)["equal"] is False


def test_a_yearless_date_change_reads_as_a_day_with_the_year_unknown() -> None:
    from pipeline.review.diff_report import field_value

    assert field_value("date_partial", "--03-09") == "9 Mar (year unknown)"
    assert field_value("date", {"value": "--03-09", "support": 2}) == (
        "9 Mar (year unknown) (2 src)"
    )
    assert field_value("location", "Oslo") == "Oslo"


def test_cli_diff_of_a_run_with_itself_exits_zero(two_runs: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["diff", str(two_runs[0]), str(two_runs[0])])
    assert result.exit_code == 0 and "no differences" in result.stdout


def test_cli_diff_of_a_missing_run_exits_two(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["diff", str(two_runs[0]), str(tmp_path / "nope")])
    assert result.exit_code == 2 and "nope: no such file or folder" in result.output
    not_a_run = tmp_path / "empty"
    not_a_run.mkdir()
    result = CliRunner().invoke(app, ["diff", str(two_runs[0]), str(not_a_run)])
    assert result.exit_code == 2 and "not a run folder" in result.output


def test_an_old_v1_run_loads_under_the_current_schema_and_diffs_clean(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    lines = []
    for record in baseline_records():
        write_v1_line(old / "one.jsonl", record)
        lines.append((old / "one.jsonl").read_text())
    (old / "extractions.jsonl").write_text("".join(lines))
    run = load_run(old)
    assert [r.schema_version for r in run.records] == ["1", "1"]
    assert all(r.source_format is None for r in run.records)  # the v2 field, defaulted
    assert diff_runs("old", run.records, "new", baseline_records()).equal


def test_a_record_from_an_unknown_future_schema_is_refused_clearly(tmp_path: Path) -> None:
    data = baseline_records()[0].model_dump(mode="json") | {"schema_version": "9"}
    with pytest.raises(UnknownSchemaVersion, match="schema version '9'"):
        load_extraction(data)
    run = tmp_path / "future"
    run.mkdir()
    (run / "extractions.jsonl").write_text(json.dumps(data) + "\n")
    with pytest.raises(RunError, match=r"extractions\.jsonl:1: written with schema version '9'"):
        load_run(run)


def test_a_runs_folder_resolves_to_latest(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    (tmp_path / "runs" / "latest").symlink_to("r2")
    assert load_run(tmp_path / "runs").path == two_runs[1].resolve()


def test_shifted_offsets_and_reordered_countries_are_not_changes() -> None:
    """An edit above a quote moves its offsets; the quote and the facts are what count."""
    records = baseline_records()
    moved = records[0].meetings[0]
    evidence = [
        e.model_copy(update={"start": e.start + 6, "end": e.end + 6}) for e in moved.evidence
    ]
    shifted = moved.model_copy(update={"evidence": evidence, "countries": ["Japan", "India"]})
    records[0] = records[0].model_copy(update={"meetings": [shifted, records[0].meetings[1]]})
    assert diff_runs("a", baseline_records(), "b", records).equal


def test_an_event_whose_only_change_is_provenance_is_not_a_change() -> None:
    source = {"article_id": "x", "quote": "q", "start": 1, "end": 2}
    old = [{"id": "e1", "date": {"value": "2024-02", "support": 1, "sources": [source]}}]
    moved = dict(source, quote="q, longer", start=7, end=16)
    new = [{"id": "e1", "date": {"value": "2024-02", "support": 1, "sources": [moved]}}]
    assert diff_runs("a", [], "b", [], old, new).equal
    refined = [{"id": "e1", "date": {"value": "2024-02-07", "support": 1, "sources": [moved]}}]
    (change,) = diff_runs("a", [], "b", [], old, refined).events
    assert [f.field for f in change.fields] == ["date"]


def test_markdown_escapes_html_from_file_names_and_quotes() -> None:
    records = _changed_date()
    hostile = records[0].model_copy(
        update={"article_id": "<img src=x onerror=alert(1)>", "source_path": "a/<b>x</b>.txt"}
    )
    base = baseline_records()[0].model_copy(update={"article_id": hostile.article_id})
    markdown = to_markdown(diff_runs("a", [base], "b", [hostile]))
    import re

    rendered = re.sub(r"`[^`]*`", "", markdown)  # code spans show HTML as text
    assert "<img" not in rendered and "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert "<details>" in markdown  # the page's own markup stays


def test_an_article_with_a_headline_is_shown_by_it() -> None:
    old = baseline_records()
    new = [
        r.model_copy(update={"title": f"Ministers meet | story {i}"})
        for i, r in enumerate(_changed_date())
    ]
    diff = diff_runs("a", old, "b", new)
    changed = [a for a in diff.articles if a.differs]
    assert changed and changed[0].title is not None
    text, markdown = to_text(diff), to_markdown(diff)
    assert f"== {changed[0].article_id} “{changed[0].title}”" in text
    assert "Ministers meet \\| story" in markdown  # a | in a headline cannot break the table
