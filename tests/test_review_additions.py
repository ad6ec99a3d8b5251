"""What a reviewer adds on the review page: one run reviewed alone, records the model missed
(prefilled, grounded, ``source: reviewer``), records marked wrong, decisions files /1 and /2,
and the reviewed articles appended to a gold file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.evaluation.reviewed_gold import append_gold, gold_article
from pipeline.evaluation.scoring import EvalInputError, load_gold
from pipeline.review.apply import apply_decisions
from pipeline.review.decisions import (
    AddedRecord,
    DecisionsError,
    RecordRef,
    WrongMark,
    parse_decisions,
)
from pipeline.review.diffing import diff_runs
from pipeline.review.edits import reviewer_record
from pipeline.review.prefill import dom_offsets, sentence_candidates
from pipeline.runs.folders import Run, load_run
from schemas import SCHEMA_VERSION, load_extraction
from tests.runfactory import (
    ROME_QUOTE,
    TEXTS,
    baseline_records,
    missed_meeting_record,
    single_run_records,
    write_run,
)


@pytest.fixture()
def run(tmp_path: Path) -> Path:
    return write_run(tmp_path / "runs" / "r1", single_run_records())


def _page_data(page: Path) -> dict[str, Any]:
    return json.loads(page.read_text().split('id="review-data">', 1)[1].split("</script>")[0])


def _review(run: Path, tmp_path: Path) -> dict[str, Any]:
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(run), "-o", str(page)])
    assert result.exit_code == 0, result.output
    return _page_data(page)


def _write_decisions(tmp_path: Path, data: dict[str, Any], **parts: Any) -> Path:
    keys = ("format", "run_a", "run_b", "diff_id", "review_id")
    body = {k: data[k] for k in keys} | {"decisions": {}} | parts
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def _one_run(path: Path) -> tuple[Run, Any]:
    loaded = load_run(path)
    return loaded, diff_runs(loaded.run_id, loaded.records, loaded.run_id, loaded.records)


# --- one run reviewed alone ----------------------------------------------------------------


def test_one_run_shows_every_article_with_each_record_in_its_colour(
    run: Path, tmp_path: Path
) -> None:
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(run), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "3 articles, 4 records to check" in result.stdout
    html = page.read_text()
    assert html.count('class="article"') == 3
    assert html.count('class="record"') == 4  # delhi: 2 meetings + 1 milestone; tokyo: 1
    assert '<mark class="rec c0"' in html and '<mark class="rec c1"' in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html  # text stays text
    assert "<script>alert" not in html
    data = _page_data(page)
    assert "<" not in page.read_text().split('id="review-data">', 1)[1].split("</script>")[0]
    assert sorted(data["records"]) == [
        "delhi:meeting:0",
        "delhi:meeting:1",
        "delhi:milestone:0",
        "tokyo:meeting:0",
    ]
    assert data["change_ids"] == [] and len(data["review_id"]) == 16


def test_the_same_run_twice_is_the_one_run_page(run: Path, tmp_path: Path) -> None:
    single = _review(run, tmp_path)
    page = tmp_path / "twice.html"
    result = CliRunner().invoke(app, ["review", str(run), str(run), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert _page_data(page)["review_id"] == single["review_id"]
    assert page.read_text().count('class="record"') == 4


def test_two_runs_with_the_same_records_but_other_texts_differ_in_review_id(
    tmp_path: Path,
) -> None:
    first = load_run(write_run(tmp_path / "a", single_run_records()))
    records = single_run_records()
    records[0] = records[0].model_copy(update={"meetings": records[0].meetings[:1]})
    second = load_run(write_run(tmp_path / "b", records))
    from pipeline.review.decisions import review_id

    empty = diff_runs("a", [], "b", [])
    assert review_id(empty, first.records) != review_id(empty, second.records)


# --- prefill -------------------------------------------------------------------------------


def test_prefill_reads_dates_people_formats_and_places_per_sentence() -> None:
    text = TEXTS["rome"]
    lead, plan = sentence_candidates(text)
    assert lead["status"] == "held" and plan["status"] == "planned"
    assert [(d["text"], d["iso"], d["partial"]) for d in lead["dates"]] == [
        ("4 May 2023", "2023-05-04", "--05-04")
    ]  # the dateline "5 May 2023" dates the story, not a meeting
    assert [(p["name"], p["title"], p["country"]) for p in lead["people"]] == [
        ("Marco Bellini", "Italian Foreign Minister", "Italy"),
        ("Grace Wanjiru", "Kenyan Cabinet Secretary", "Kenya"),
    ]
    assert [(m["name"], m["ordinal"]) for m in lead["mechanisms"]] == [("Joint Commission", 1)]
    assert [p["name"] for p in lead["places"]] == ["Rome"]
    assert [(c["name"], text[c["start"] : c["end"]]) for c in lead["countries"]] == [
        ("Italy", "Italian"),
        ("Kenya", "Kenyan"),
    ]
    for key in ("dates", "people", "mechanisms", "places"):
        for candidate in lead[key]:
            written = text[candidate["start"] : candidate["end"]]
            assert written == candidate.get("text", candidate.get("name")), (key, written)


def test_prefill_finds_untitled_people_and_dated_milestones() -> None:
    _, consultations, upgrade, _ = sentence_candidates(TEXTS["delhi"])
    assert [p["name"] for p in consultations["people"]] == ["Vikram Misri", "Masataka Okano"]
    assert [(m["name"], m["kind"], m["year"]) for m in upgrade["milestones"]] == [
        ("Special Strategic and Global Partnership", "partnership_upgrade", 2014)
    ]


def test_prefill_offsets_count_as_the_browser_does() -> None:
    assert dom_offsets("a\r\nb\rc") == [0, 1, 1, 2, 3, 4, 5]
    text = "Rome, 5 May 2023:\r\nMarco Bellini met Grace Wanjiru on 4 May 2023 in Rome."
    page_text = text.replace("\r\n", "\n")
    (sentence,) = [s for s in sentence_candidates(text) if s["dates"]]
    date = sentence["dates"][0]
    assert page_text[date["start"] : date["end"]] == "4 May 2023"


# --- added records and wrong marks (pure) ------------------------------------------------


def test_an_added_record_is_grounded_and_marked_as_the_reviewers() -> None:
    added = AddedRecord("rome", "meeting", missed_meeting_record())
    record = reviewer_record(added, TEXTS["rome"])
    assert record.source == "reviewer"
    (evidence,) = record.evidence
    assert TEXTS["rome"][evidence.start : evidence.end] == evidence.quote == ROME_QUOTE
    assert record.date == "2023-05-04" and record.date_partial == "--05-04"


def test_an_added_quote_is_found_where_the_page_saw_it_even_with_other_whitespace() -> None:
    record = missed_meeting_record()
    spaced = ROME_QUOTE.replace(" met ", "\n met  ")
    record["evidence"] = [{"quote": spaced, "start": 0, "end": 0}]
    grounded = reviewer_record(AddedRecord("rome", "meeting", record), TEXTS["rome"])
    (evidence,) = grounded.evidence
    assert TEXTS["rome"][evidence.start : evidence.end] == evidence.quote == ROME_QUOTE


def test_an_added_record_whose_quote_is_not_in_the_text_is_refused() -> None:
    record = missed_meeting_record()
    record["evidence"] = [{"quote": "Marco Bellini met Grace Wanjiru in Paris", "start": 0}]
    with pytest.raises(DecisionsError, match=r"article rome: .*not in its text"):
        reviewer_record(AddedRecord("rome", "meeting", record), TEXTS["rome"])
    no_evidence = missed_meeting_record() | {"evidence": []}
    with pytest.raises(DecisionsError, match="no evidence"):
        reviewer_record(AddedRecord("rome", "meeting", no_evidence), TEXTS["rome"])
    bad_date = missed_meeting_record() | {"date": "4 May"}
    with pytest.raises(DecisionsError, match=r"article rome: the added meeting is invalid \(date"):
        reviewer_record(AddedRecord("rome", "meeting", bad_date), TEXTS["rome"])


def test_added_and_wrong_records_in_the_accepted_records(run: Path) -> None:
    loaded, diff = _one_run(run)
    wrong = WrongMark(RecordRef("delhi", "meeting", 1), "consultations of officials")
    outcome = apply_decisions(
        diff,
        loaded,
        loaded,
        {},
        added=[AddedRecord("rome", "meeting", missed_meeting_record())],
        wrong=[wrong],
    )
    by_id = {r.article_id: r for r in outcome.records}
    (rome,) = by_id["rome"].meetings
    assert rome.source == "reviewer" and [p.name for p in rome.participants] == [
        "Marco Bellini",
        "Grace Wanjiru",
    ]
    delhi = by_id["delhi"]
    assert [m.mechanism for m in delhi.meetings] == ["Strategic Dialogue"]
    assert delhi.dropped == [
        "meeting “Vikram Misri, Masataka Okano / 7 Feb 2024 / Foreign Office Consultations” "
        "marked wrong by the reviewer: consultations of officials; dropped on review"
    ]
    assert outcome.edits.added == 1 and outcome.edits.dropped_as_wrong == 1
    assert by_id["tokyo"] == next(r for r in loaded.records if r.article_id == "tokyo")


def test_a_wrong_mark_on_a_record_run_b_does_not_have_is_refused(run: Path) -> None:
    loaded, diff = _one_run(run)
    with pytest.raises(DecisionsError, match="marked meeting 5 wrong, but run B has 1 meetings"):
        apply_decisions(
            diff, loaded, loaded, {}, wrong=[WrongMark(RecordRef("tokyo", "meeting", 5), "x")]
        )


# --- decisions files -------------------------------------------------------------------------


def test_a_format_1_file_reads_as_decisions_without_marks(tmp_path: Path) -> None:
    body = {
        "format": "summitry-review-decisions/1",
        "run_a": "a",
        "run_b": "b",
        "diff_id": "d",
        "decisions": {"x:meeting:0>0": "accept"},
        "added": [{"article_id": "x", "kind": "meeting", "record": {}}],  # not /1: ignored
    }
    decisions = parse_decisions(body, tmp_path / "d.json")
    assert decisions.decisions == {"x:meeting:0>0": "accept"}
    assert decisions.added == [] and decisions.review_id is None


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ({"added": [{"article_id": "x", "kind": "visit", "record": {}}]}, "added[0]: needs"),
        ({"wrong": [{"article_id": "x", "kind": "meeting", "index": -1}]}, "wrong[0]: index"),
        ({"wrong": {"x": 1}}, "'wrong' must be a list"),
        ({"checked": [3]}, "checked[0]: not an object"),
    ],
)
def test_a_malformed_format_2_part_is_refused_in_one_line(
    tmp_path: Path, part: dict[str, Any], message: str
) -> None:
    body = {"format": "summitry-review-decisions/2", "run_a": "a", "run_b": "b", "diff_id": "d"}
    with pytest.raises(DecisionsError, match=re.escape(message)) as raised:
        parse_decisions(body | {"decisions": {}} | part, tmp_path / "d.json")
    assert str(tmp_path / "d.json") in str(raised.value) and "\n" not in str(raised.value)


def test_cli_apply_of_a_format_1_file(tmp_path: Path) -> None:
    from tests.test_review import candidate_records

    first = write_run(tmp_path / "runs" / "r1", baseline_records())
    second = write_run(tmp_path / "runs" / "r2", candidate_records())
    a, b = load_run(first), load_run(second)
    diff = diff_runs(a.run_id, a.records, b.run_id, b.records)
    path = tmp_path / "old.json"
    body = {
        "format": "summitry-review-decisions/1",
        "run_a": str(first),
        "run_b": str(second),
        "diff_id": diff.diff_id,
        "decisions": {"delhi:meeting:0>0": "accept"},
    }
    path.write_text(json.dumps(body))
    result = CliRunner().invoke(app, ["review", "apply", str(path)])
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 0, undecided (kept old) 2" in result.stdout


def test_cli_apply_adds_the_reviewers_record_and_drops_the_wrong_one(
    run: Path, tmp_path: Path
) -> None:
    data = _review(run, tmp_path)
    path = _write_decisions(
        tmp_path,
        data,
        added=[{"article_id": "rome", "kind": "meeting", "record": missed_meeting_record()}],
        wrong=[{"article_id": "delhi", "kind": "milestone", "index": 0, "reason": "no year"}],
    )
    result = CliRunner().invoke(app, ["review", "apply", str(path)])
    assert result.exit_code == 0, result.output
    assert "added by the reviewer 1, dropped as wrong 1" in result.stdout
    accepted = load_run(run.parent / "latest")
    assert accepted.path != run.resolve()
    assert accepted.manifest["decisions"]["added_by_reviewer"] == 1
    by_id = {r.article_id: r for r in accepted.records}
    assert by_id["delhi"].milestones == [] and "no year" in by_id["delhi"].dropped[0]
    (meeting,) = by_id["rome"].meetings
    assert meeting.source == "reviewer" and accepted.records[0].schema_version == SCHEMA_VERSION
    text = accepted.text_of("rome")
    assert text is not None and text[meeting.evidence[0].start : meeting.evidence[0].end] == (
        ROME_QUOTE
    )
    line = next(
        json.loads(raw)
        for raw in (accepted.path / "extractions.jsonl").read_text().splitlines()
        if json.loads(raw)["article_id"] == "rome"
    )
    assert line["meetings"][0]["source"] == "reviewer"


def test_cli_apply_refuses_an_ungrounded_record_naming_file_and_article(
    run: Path, tmp_path: Path
) -> None:
    data = _review(run, tmp_path)
    record = missed_meeting_record()
    record["evidence"] = [{"quote": "Bellini met Wanjiru in Mombasa on 4 May", "start": 0}]
    path = _write_decisions(
        tmp_path, data, added=[{"article_id": "rome", "kind": "meeting", "record": record}]
    )
    runs_before = sorted(p.name for p in run.parent.iterdir())
    result = CliRunner().invoke(app, ["review", "apply", str(path)])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert f"{path}: article rome: the added meeting quotes" in said and "not in its text" in said
    assert "Traceback" not in result.output
    assert sorted(p.name for p in run.parent.iterdir()) == runs_before  # nothing written


def test_cli_apply_refuses_marks_made_on_other_records_of_the_run(
    run: Path, tmp_path: Path
) -> None:
    data = _review(run, tmp_path)
    path = _write_decisions(
        tmp_path, data, wrong=[{"article_id": "tokyo", "kind": "meeting", "index": 0}]
    )
    records = single_run_records()
    records[1] = records[1].model_copy(update={"meetings": []})  # the run was redone
    from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions

    write_extractions(run / EXTRACTIONS_FILE, records)
    result = CliRunner().invoke(app, ["review", "apply", str(path)])
    assert result.exit_code == 2 and "made on other records" in " ".join(result.output.split())


# --- schema v6 ---------------------------------------------------------------------------------


def test_a_v5_line_loads_with_every_record_the_pipelines() -> None:
    data = baseline_records()[0].model_dump(mode="json")
    data["schema_version"] = "5"
    for item in [*data["meetings"], *data["milestones"]]:
        del item["source"]
    record = load_extraction(data)
    assert record.schema_version == "5"
    assert {m.source for m in [*record.meetings, *record.milestones]} == {"pipeline"}


# --- gold add -------------------------------------------------------------------------------


def test_gold_add_appends_reviewed_articles_that_load_as_gold(run: Path, tmp_path: Path) -> None:
    data = _review(run, tmp_path)
    path = _write_decisions(
        tmp_path,
        data,
        added=[{"article_id": "rome", "kind": "meeting", "record": missed_meeting_record()}],
        wrong=[{"article_id": "delhi", "kind": "meeting", "index": 1, "reason": "officials only"}],
        checked=[{"article_id": "delhi", "kind": "meeting", "index": 0}],
    )
    gold = tmp_path / "gold" / "reviewed.jsonl"
    result = CliRunner().invoke(app, ["gold", "add", str(path), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert f"added 2 reviewed article(s) to {gold}: 2 meetings" in " ".join(result.stdout.split())
    articles = {a.article_id: a for a in load_gold(gold)}
    assert sorted(articles) == ["delhi", "rome"]  # tokyo was not reviewed
    rome = articles["rome"]
    assert [p.name for p in rome.meetings[0].participants] == ["Marco Bellini", "Grace Wanjiru"]
    assert rome.dateline == "Rome, 5 May 2023" and "1 record(s) added by the reviewer" in (
        rome.notes or ""
    )
    delhi = articles["delhi"]
    assert [m.mechanism for m in delhi.meetings] == ["Strategic Dialogue"]
    assert len(delhi.milestones) == 1
    assert delhi.excluded == [
        "meeting “Vikram Misri, Masataka Okano / 7 Feb 2024 / Foreign Office Consultations” "
        "marked wrong by the reviewer: officials only"
    ]
    before = gold.read_bytes()
    again = CliRunner().invoke(app, ["gold", "add", str(path), "--gold", str(gold)])
    assert again.exit_code == 2
    said = " ".join(again.output.split())
    assert f"{gold}: already holds article 'delhi'; nothing added" in said
    assert gold.read_bytes() == before


def test_gold_add_without_any_review_work_says_so(run: Path, tmp_path: Path) -> None:
    path = _write_decisions(tmp_path, _review(run, tmp_path))
    gold = tmp_path / "reviewed.jsonl"
    result = CliRunner().invoke(app, ["gold", "add", str(path), "--gold", str(gold)])
    assert result.exit_code == 2 and "no reviewed article" in " ".join(result.output.split())
    assert not gold.exists()


def test_append_gold_keeps_existing_lines_and_refuses_a_duplicate(tmp_path: Path) -> None:
    record = single_run_records()[1]
    gold = tmp_path / "g.jsonl"
    gold.write_text("")  # an empty file is a gold file without articles
    first = gold_article(record, TEXTS["tokyo"], [], "test")
    append_gold(gold, [first])
    assert [a.article_id for a in load_gold(gold)] == ["tokyo"]
    assert load_gold(gold)[0].meetings[0].mechanism == "Vice-Ministerial Dialogue"
    with pytest.raises(EvalInputError, match="already holds article 'tokyo'"):
        append_gold(gold, [first])
