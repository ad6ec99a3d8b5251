"""End-to-end: the sample articles through the whole pipeline, LLM traffic from cassettes.

The cassettes were recorded from the real embedded model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M
via llama.cpp); `make cassettes` re-records them. Request bodies are matched, so a changed
prompt or schema fails here until the cassettes are re-recorded.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.config import Settings
from pipeline.extraction.prompting import prompt_hash
from pipeline.ingest.articles import read_article
from pipeline.model.call_cache import CallCache
from pipeline.runs.batch import run_batch
from pipeline.runs.fingerprint import schema_hash
from pipeline.runs.folders import read_texts
from pipeline.runs.output import EXTRACTIONS_FILE, PARTIAL_FILE, read_extractions
from pipeline.text.dates import PartialDate
from pipeline.text.mechanisms import CONTROLLED_NAMES
from schemas import SCHEMA_VERSION, ArticleExtraction
from tests.conftest import SAMPLES

CONTRACT_KEYS = [
    "article_id",
    "source_path",
    "content_sha256",
    "schema_version",
    "schema_hash",
    "prompt_hash",
    "model",
    "status",
    "error",
    "usage",
    "meetings",
    "planned_meetings",
    "milestones",
]
MEETING_KEYS = {
    "date",
    "date_text",
    "location",
    "countries",
    "mechanism",
    "mechanism_text",
    "ordinal",
    "participants",
    "topics",
    "evidence",
}


def _assert_grounded(record: ArticleExtraction) -> None:
    text = read_article(Path(record.source_path)).text
    for item in [*record.meetings, *record.planned_meetings, *record.milestones]:
        assert item.evidence, f"{record.article_id}: record without evidence"
        for evidence in item.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_samples_extract_to_the_output_contract(tmp_path: Path, llm_settings: Settings) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    summary = run_batch(paths, tmp_path, llm_settings)

    lines = (tmp_path / EXTRACTIONS_FILE).read_text(encoding="utf-8").splitlines()
    assert not (tmp_path / PARTIAL_FILE).exists()
    assert len(lines) == 5 == summary.ok
    assert [json.loads(line)["article_id"] for line in lines] == [p.stem for p in paths]
    for line, path in zip(lines, paths, strict=True):
        raw = json.loads(line)
        assert list(raw)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        assert raw["status"] == "ok" and raw["error"] is None
        assert raw["schema_hash"] == schema_hash() and raw["prompt_hash"] == prompt_hash()
        assert raw["usage"]["prompt_tokens"] > 0 and raw["usage"]["attempts"] >= 1
        assert raw["source_path"] == str(path)
        # Every sample reports at least one held meeting.
        assert raw["meetings"], f"{path.name}: no meetings"
        for meeting in raw["meetings"] + raw["planned_meetings"]:
            assert set(meeting) >= MEETING_KEYS
            assert meeting["mechanism"] in CONTROLLED_NAMES
            for person in meeting["participants"]:
                assert not person["name"].lower().startswith(("mr", "dr.", "foreign secretary"))
    records = read_extractions(tmp_path / EXTRACTIONS_FILE)
    for record in records:
        _assert_grounded(record)


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_samples_facts_the_model_and_code_get_right(tmp_path: Path, llm_settings: Settings) -> None:
    """Spot checks on content that the recorded answers and the code must keep getting right."""
    summary = run_batch(sorted(SAMPLES.glob("*.txt")), tmp_path, llm_settings)
    by_id = {r.article_id: r for r in summary.records}

    dialogue = by_id["000_ea8bd741bac3a6a9"].meetings[0]
    assert {p.name for p in dialogue.participants} == {"Vikram Misri", "Takehiro Funakoshi"}
    assert set(dialogue.countries) == {"India", "Japan"}
    assert dialogue.mechanism == "Vice-Ministerial Dialogue"
    assert dialogue.date is None  # the dateline has no year: never invent one

    kwatra = by_id["002_903ee67db55ce88d"]
    names = {p.name for m in kwatra.meetings for p in m.participants}
    assert "Vinay Mohan Kwatra" in names
    assert all(not n.startswith("Mr") for n in names)

    jaishankar = by_id["004_47edb2752374cd4b"].meetings[0]
    assert {"India", "Japan"} == set(jaishankar.countries)
    assert jaishankar.location == "Tokyo"

    # Dates are resolved by code and never carry a year the text does not give.
    for record in summary.records:
        text = read_article(Path(record.source_path)).text
        for meeting in record.meetings:
            if meeting.date:
                year = meeting.date[:4]
                assert year in text, f"{record.article_id}: invented year {year}"
                PartialDate(*(int(p) for p in meeting.date.split("-")))


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_bad_inputs_fail_alone_and_the_rest_succeed(
    samples_copy: Path, tmp_path: Path, llm_settings: Settings
) -> None:
    (samples_copy / "empty.txt").write_text("")
    (samples_copy / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (samples_copy / "cp1252.txt").write_bytes("Caf\xe9 talks in Paris".encode("cp1252"))
    out = tmp_path / "out"

    summary = run_batch(sorted(samples_copy.iterdir()), out, llm_settings)

    by_id = {r.article_id: r for r in summary.records}
    assert summary.ok == 6 and summary.failed == 2
    assert by_id["empty"].error == "empty.txt: empty article"
    assert by_id["binary"].error == "binary.txt: binary file, not article text"
    # Legacy Windows text is decoded (pipeline.ingest.articles.decode_text); it reports no meeting.
    assert by_id["cp1252"].status == "ok" and not by_id["cp1252"].meetings
    for failed in ("empty", "binary", "cp1252"):
        assert "\n" not in (by_id[failed].error or "")
        assert by_id[failed].usage.attempts == 0


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_cli_extract_replayed(samples_copy: Path, tmp_path: Path, llm_settings: Settings) -> None:
    """Replayed, the endpoint check before the run cannot tell (VCR answers no GET /models)
    and lets the run start; recorded, it reaches the live server like the calls."""
    out = tmp_path / "cli-out"
    url = str(llm_settings.base_url)
    result = CliRunner().invoke(
        app, ["extract", str(samples_copy), "--out", str(out), "--base-url", url]
    )
    assert result.exit_code == 0, result.output
    assert f"run {out}" in " ".join(result.output.split())
    assert len((out / EXTRACTIONS_FILE).read_text().splitlines()) == 5


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples_article.yaml")
@pytest.mark.vcr
def test_whole_article_strategy_replayed(tmp_path: Path, llm_settings: Settings) -> None:
    """The one-call-per-article strategy (kept for larger models) still produces the contract."""
    settings = replace(llm_settings, strategy="article")
    summary = run_batch(sorted(SAMPLES.glob("*.txt")), tmp_path, settings)
    assert summary.ok == 5 and summary.meetings >= 5
    assert summary.attempts > 5  # re-asks happened and were counted
    for record in summary.records:
        _assert_grounded(record)


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_unchanged_rerun_makes_no_model_call_and_reproduces_the_output(
    samples_copy: Path, tmp_path: Path, llm_settings: Settings
) -> None:
    """Second run from the cache: zero requests (the cassette allows no repeats and the
    replay URL is dead), byte-identical extractions, a new run folder, ``latest`` moved."""
    runs = tmp_path / "runs"
    url = str(llm_settings.base_url)
    args = ["extract", str(samples_copy), "--runs", str(runs), "--base-url", url]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    first_run = (runs / "latest").resolve()
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "plan: 0 new calls for 0 articles" in " ".join(second.output.split())
    second_run = (runs / "latest").resolve()
    assert second_run != first_run and first_run.is_dir()
    assert (second_run / EXTRACTIONS_FILE).read_bytes() == (
        first_run / EXTRACTIONS_FILE
    ).read_bytes()
    manifest = json.loads((second_run / "manifest.json").read_text())
    assert manifest["usage_this_run"] == {"prompt_tokens": 0, "completion_tokens": 0, "attempts": 0}
    assert manifest["counts"]["answered_from_cache"] == 5 and manifest["complete"] is True
    first_manifest = json.loads((first_run / "manifest.json").read_text())
    made_first = first_manifest["calls"]["made"]
    assert made_first > 0 and first_manifest["calls"]["replayed"] == 0
    assert manifest["calls"]["made"] == 0 and manifest["calls"]["replayed"] == made_first
    records = read_extractions(second_run / EXTRACTIONS_FILE)
    assert {(r.schema_version, r.source_format, r.source_encoding) for r in records} == {
        (SCHEMA_VERSION, "text", "utf-8")
    }
    texts = read_texts(second_run)
    assert sorted(texts) == sorted(p.stem for p in samples_copy.iterdir())
    assert all(texts[p.stem] == p.read_text(encoding="utf-8") for p in samples_copy.iterdir())
    assert (second_run / "reconciled.json").is_file() and (second_run / "reconciled.md").is_file()


@pytest.mark.llm
@pytest.mark.default_cassette("extract_samples.yaml")
@pytest.mark.vcr
def test_the_samples_as_jsonl_are_dated_by_their_publication_dates(
    tmp_path: Path, llm_settings: Settings
) -> None:
    """examples/articles.jsonl holds the same five texts with their publication dates: its
    requests are the folder's very requests (all answered by the call cache, 0 model calls),
    and code dates what the folder run could only give as a month and day."""
    with CallCache(tmp_path / "cache.sqlite") as cache:
        by_folder = run_batch(
            sorted(SAMPLES.glob("*.txt")), tmp_path / "f", llm_settings, cache=cache
        )
        by_jsonl = run_batch(
            [SAMPLES.parent / "articles.jsonl"], tmp_path / "j", llm_settings, cache=cache
        )
    assert by_folder.calls_made > 0 and by_jsonl.calls_made == 0
    folder = {r.article_id: r for r in by_folder.records}
    jsonl = {r.article_id: r for r in by_jsonl.records}
    assert set(jsonl) == set(folder)
    became_dated = []
    for article_id, record in jsonl.items():
        before = folder[article_id]
        assert record.status == "ok" and record.source_record is not None
        assert [m.evidence for m in record.meetings] == [m.evidence for m in before.meetings]
        for old, new in zip(before.meetings, record.meetings, strict=True):
            if old.date is None and old.date_partial:
                assert new.date is not None and new.date.endswith(old.date_partial[1:])
                became_dated.append(article_id)
            elif old.date is not None:
                assert new.date == old.date  # a date the text gave is kept
    assert "000_ea8bd741bac3a6a9" in became_dated
    dialogue = jsonl["000_ea8bd741bac3a6a9"].meetings[0]
    assert dialogue.date == "2025-07-28"
    assert jsonl["004_47edb2752374cd4b"].title == (
        "India, Japan hold strategic dialogue; focus on expanding collaboration in third countries"
    )
