"""Corpora as users have them: nested folders, JSONL (plain and gzipped), CSV, Parquet,
Markdown front matter and saved web pages — each read streaming into articles with their
metadata, every bad record a one-line outcome naming the file and line or row, and the
publication date used as the reference date when the text has none."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.ingest.articles import ArticleError
from pipeline.ingest.corpus import (
    CorpusEntry,
    CorpusReader,
    discover,
    file_ids,
    files_of,
    iter_corpus,
)
from pipeline.ingest.metadata import USUAL_FIELDS, FieldNames, UnparsableDate, publication_date
from pipeline.runs.planning import make_plan
from pipeline.text.dates import Dateline, PartialDate
from pipeline.text.story_date import reference_date
from tests.fakeserver import FakeModelServer
from tests.fault_scenarios import fast_settings

# Invented people and a dateline-free text: only the metadata can date "on Tuesday".
UNDATED = (
    "Foreign Minister Dalen Korvik of Kenya met Foreign Minister Mira Solberg of Japan "
    "in Nairobi on Tuesday.\n\nThe two sides discussed trade and energy, officials said.\n"
)


def _write_jsonl(path: Path, records: list[object]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _entries(*inputs: Path, names: FieldNames = USUAL_FIELDS) -> list[CorpusEntry]:
    return list(iter_corpus(discover(list(inputs)), names))


# --- folders ---------------------------------------------------------------------------


def test_a_folder_is_read_recursively_skipping_hidden_run_and_outside_folders(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "2024" / "05").mkdir(parents=True)
    (corpus / "2024" / "05" / "talks.txt").write_text(UNDATED, encoding="utf-8")
    (corpus / "top.txt").write_text(UNDATED, encoding="utf-8")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "note.txt").write_text(UNDATED, encoding="utf-8")
    run = corpus / "runs" / "2024-05-01_abc"
    run.mkdir(parents=True)
    (run / "manifest.json").write_text("{}", encoding="utf-8")
    (run / "old.txt").write_text(UNDATED, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text(UNDATED, encoding="utf-8")
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")

    found = discover([corpus])
    relative = [f.relative for f in found.files]
    assert relative == ["top.txt", "2024/05/talks.txt"]
    assert found.skipped == {
        "hidden folders": 1,
        "run folders": 1,
        "links leaving the folder": 1,
        "other files": 1,
    }
    assert file_ids(found.files) == ["top", "2024/05/talks"]
    flat = discover([corpus], recursive=False)
    assert [f.relative for f in flat.files] == ["top.txt"]
    assert flat.skipped["folders (--no-recursive)"] == 4


def test_file_ids_keep_the_suffix_only_where_two_files_share_a_stem(tmp_path: Path) -> None:
    found = files_of([tmp_path / "a" / "x.txt", tmp_path / "a" / "x.md", tmp_path / "a" / "z.md"])
    assert file_ids(found.files) == ["x.txt", "x.md", "z"]


def test_a_missing_input_or_an_unknown_file_kind_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file or folder"):
        discover([tmp_path / "nope"])
    (tmp_path / "deck.pptx").write_bytes(b"PK")
    with pytest.raises(ArticleError, match="not a kind of file Summitry reads"):
        discover([tmp_path / "deck.pptx"])


# --- JSONL -----------------------------------------------------------------------------


def test_jsonl_records_become_articles_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    _write_jsonl(
        path,
        [
            {
                "id": "k-1",
                "title": "Kenya and Japan talk trade",
                "maintext": UNDATED,
                "date_publish": "2024-05-09 08:10:00",
                "url": "https://example.org/k-1",
                "source_domain": "example.org",
            },
            {"id": 7, "text": "Second story. " + UNDATED, "published": "9 May 2024"},
        ],
    )
    first, second = _entries(path)
    assert first.article is not None and second.article is not None
    assert first.ref.article_id == "k-1" and second.ref.article_id == "7"
    meta = first.article.meta
    assert (meta.title, meta.published, meta.outlet) == (
        "Kenya and Japan talk trade",
        "2024-05-09",
        "example.org",
    )
    assert meta.url == "https://example.org/k-1"
    assert second.article.meta.published == "2024-05-09"
    assert first.article.name == "crawl.jsonl line 1"
    assert first.article.text == UNDATED  # evidence offsets refer to the text as given


def test_bad_jsonl_lines_are_one_line_each_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps({"text": UNDATED}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"title": "no text here"}),
        json.dumps({"text": UNDATED, "published": "sometime soon"}),
        "",
        json.dumps({"text": "Last one. " + UNDATED}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    entries = _entries(path)
    errors = [e.error for e in entries if e.error]
    assert errors == [
        "crawl.jsonl line 2: not JSON (Expecting property name enclosed in double quotes)",
        "crawl.jsonl line 3: a JSON list, not an object",
        "crawl.jsonl line 4: empty text in field 'text'",
        "crawl.jsonl line 5: no text field (looked for text / maintext / body / content)",
    ]
    good = [e for e in entries if e.article]
    assert [e.ref.article_id for e in good] == ["crawl.jsonl:1", "crawl.jsonl:6", "crawl.jsonl:8"]
    undated = good[1].article
    assert undated is not None and undated.meta.published is None
    assert undated.meta.warnings == (
        "crawl.jsonl line 6: date field 'published': 'sometime soon' has no year; not used",
    )


def test_gzipped_jsonl_streams_and_a_truncated_one_says_where(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    body = "".join(json.dumps({"id": f"n{i}", "text": UNDATED}) + "\n" for i in range(50))
    path.write_bytes(gzip.compress(body.encode()))
    assert len([e for e in _entries(path) if e.article]) == 50
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(body.encode())[:-30])
    entries = _entries(broken)
    assert entries[-1].error is not None and "broken gzip" in entries[-1].error
    assert entries[-1].error.startswith("broken.jsonl.gz: ")


def test_two_records_with_one_id_are_refused_in_one_line_naming_both(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    _write_jsonl(
        path,
        [
            {"id": "same", "text": UNDATED},
            {"id": "other", "text": UNDATED},
            {"id": "same", "text": "Again. " + UNDATED},
        ],
    )
    plan = make_plan(discover([path]), fast_settings("http://127.0.0.1:9/v1"), None)
    refused = [item for item in plan.items if item.action == "unreadable"]
    assert len(refused) == 2
    assert refused[0].error == (
        "crawl.jsonl line 1: id 'same' is used by crawl.jsonl line 1 and crawl.jsonl line 3; "
        "ids must be unique (set --id-field, or fix the corpus)"
    )
    assert [i.article_id for i in plan.items if i.action != "unreadable"] == ["other"]


# --- CSV and Parquet -------------------------------------------------------------------


def test_csv_rows_with_a_missing_text_are_named_by_row(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body", "Published"])
        writer.writerow(["Talks in Nairobi", UNDATED, "09/05/2024"])
        writer.writerow(["Only a headline"])
        writer.writerow(["Again", "More. " + UNDATED, "2024-05-10"])
    entries = _entries(path)
    assert [e.error for e in entries if e.error] == ["sheet.csv row 2: empty text in field 'Body'"]
    first = entries[0].article
    assert first is not None and first.meta.title == "Talks in Nairobi"
    assert first.meta.published == "2024-05-09"  # numeric dates are read day first
    assert first.text == UNDATED  # the quoted multi-line cell is kept as written


def test_a_csv_without_a_text_column_is_one_line_and_the_field_can_be_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text('headline,story\nTalks,"' + UNDATED + '"\n', encoding="utf-8")
    (entry,) = _entries(path)
    assert entry.error == (
        "sheet.csv: no text column (looked for text / maintext / body / content; "
        "columns: headline, story); set --text-field"
    )
    (named,) = _entries(path, names=FieldNames(text="story"))
    assert named.article is not None and named.article.meta.title == "Talks"


def test_parquet_records_are_read_in_batches_and_a_file_without_text_is_one_line(
    tmp_path: Path,
) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "export.parquet"
    table = pa.table(
        {
            "article_id": [f"p{i}" for i in range(600)],
            "text": [f"Story {i}. " + UNDATED for i in range(600)],
            "published": [dt.datetime(2024, 5, 9, 23, 30)] * 600,
            "outlet": ["Daily Example"] * 600,
        }
    )
    pq.write_table(table, path, row_group_size=100)
    entries = _entries(path)
    assert len(entries) == 600 and all(e.article for e in entries)
    last = entries[-1].article
    assert last is not None and last.article_id == "p599" and last.name == "export.parquet row 600"
    assert (last.meta.published, last.meta.outlet) == ("2024-05-09", "Daily Example")
    no_text = tmp_path / "ids.parquet"
    pq.write_table(pa.table({"id": ["a"], "headline": ["b"]}), no_text)
    (entry,) = _entries(no_text)
    assert entry.error is not None and entry.error.startswith("ids.parquet: no text field")
    fake = tmp_path / "fake.parquet"
    fake.write_text("not parquet", encoding="utf-8")
    (entry,) = _entries(fake)
    assert entry.error is not None and entry.error.startswith("fake.parquet: not a Parquet file")


# --- front matter and web pages --------------------------------------------------------


def test_markdown_front_matter_is_metadata_and_the_body_is_the_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Kenya–Japan talks\ndate: 2024-05-09\nsource: Wire Desk\n---\n\n" + UNDATED,
        encoding="utf-8",
    )
    (entry,) = _entries(path)
    assert entry.article is not None
    assert entry.article.text.startswith("Foreign Minister Dalen Korvik")
    assert entry.article.meta.published == "2024-05-09"
    assert entry.article.meta.outlet == "Wire Desk"
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\n\n" + UNDATED, encoding="utf-8")
    (entry,) = _entries(broken)
    assert entry.article is not None and entry.article.meta.warnings[0].startswith(
        "broken.md: front matter does not parse"
    )


def test_a_saved_web_page_gives_its_meta_date_and_never_a_date_from_its_story(
    tmp_path: Path,
) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in UNDATED.split("\n\n"))
    page = (
        "<!doctype html><html><head><title>Talks | Example Times</title>"
        '<meta property="og:title" content="Kenya and Japan hold talks">'
        '<meta property="article:published_time" content="2024-05-09T22:15:00-04:00">'
        '<meta property="og:site_name" content="Example Times"></head>'
        f"<body><article>{paragraphs}<p>The pact dates from March 3, 2019.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    bare = page.replace(
        '<meta property="article:published_time" content="2024-05-09T22:15:00-04:00">', ""
    )
    (tmp_path / "bare.html").write_text(bare, encoding="utf-8")
    dated, undated = (e.article for e in _entries(tmp_path / "page.html", tmp_path / "bare.html"))
    assert dated is not None and undated is not None
    assert dated.meta.published == "2024-05-09"  # the outlet's own day, not UTC's
    assert (dated.meta.title, dated.meta.outlet) == ("Kenya and Japan hold talks", "Example Times")
    assert undated.meta.published is None


# --- dates -----------------------------------------------------------------------------


def test_publication_dates_parse_strictly() -> None:
    import datetime as dt

    assert publication_date("2024-05-09T23:50:00+09:00") == "2024-05-09"
    assert publication_date(dt.date(2020, 2, 29)) == "2020-02-29"
    assert publication_date(1715212800) == "2024-05-09"  # epoch seconds
    assert publication_date(1715212800000) == "2024-05-09"  # epoch milliseconds
    assert publication_date("May 9, 2024") == "2024-05-09"
    assert publication_date("09.05.2024") == "2024-05-09"
    for bad in ("May 9", "", "2024-02-30", "soon 2024 maybe", 42, None):
        with pytest.raises(UnparsableDate):
            publication_date(bad)


def _dateline(text: str, year: int | None, month: int, day: int) -> Dateline:
    return Dateline(PartialDate(year, month, day), text, 0, len(text))


def test_the_reference_date_takes_the_metadata_where_the_text_gives_none_or_no_year() -> None:
    published = PartialDate(2025, 1, 2)
    story, notes = reference_date(None, published)
    assert story is not None and story.date == published and "no dateline" in notes[0]
    yearless = _dateline("QUITO, Dec 31 (Wire) -", None, 12, 31)
    story, notes = reference_date(yearless, published)
    assert story is not None and story.date == PartialDate(2024, 12, 31)
    assert story.place == yearless.place and "2024" in notes[0]
    close = _dateline("QUITO, Jan 1, 2025 -", 2025, 1, 1)
    assert reference_date(close, published) == (close, ())


def test_a_dateline_far_from_the_metadata_keeps_its_day_takes_its_year_and_says_so() -> None:
    typo = _dateline("OSLO, March 3, 2052 -", 2052, 3, 3)
    story, notes = reference_date(typo, PartialDate(2025, 3, 4))
    assert story is not None and story.date == PartialDate(2025, 3, 3)
    assert notes == (
        "the text is dated 2052-03-03 but the metadata says 2025-03-04 (9861 days apart): "
        "reference date 2025-03-03 (the text's day, the metadata's year)",
    )
    assert reference_date(typo, None) == (typo, ())


# --- end to end --------------------------------------------------------------------------


def test_extract_on_a_jsonl_dates_relative_days_from_the_metadata(tmp_path: Path) -> None:
    corpus = tmp_path / "crawl.jsonl"
    _write_jsonl(
        corpus,
        [
            {
                "id": "a",
                "title": "Talks",
                "text": UNDATED,
                "published": "2024-05-09",
                "source": "Example Wire",
            },
            {"id": "b", "text": UNDATED.replace("Dalen", "Oren")},
            {"id": "c", "text": ""},
        ],
    )
    with FakeModelServer() as server:
        result = CliRunner().invoke(
            app,
            ["extract", str(corpus), "--out", str(tmp_path / "run"), "--base-url", server.base_url],
        )
    assert result.exit_code == 1, result.output  # one record is unreadable: said, not fatal
    assert "crawl.jsonl line 3: empty text" in " ".join(result.output.split())
    records = {
        r["article_id"]: r for r in map(json.loads, (tmp_path / "run" / "extractions.jsonl").open())
    }
    dated, undated = records["a"], records["b"]
    assert (dated["title"], dated["outlet"], dated["published"]) == (
        "Talks",
        "Example Wire",
        "2024-05-09",
    )
    assert dated["source_record"] == 1 and dated["schema_version"] == "6"
    assert dated["meetings"][0]["date"] == "2024-05-07"  # the Tuesday before Thursday 9 May
    assert undated["meetings"][0]["date"] is None  # nothing to resolve "on Tuesday" against
    assert any("publication date in the metadata" in n for n in dated["notes"])
    texts = [json.loads(line) for line in (tmp_path / "run" / "texts.jsonl").open()]
    assert {t["article_id"] for t in texts} == {"a", "b"}


def test_plan_counts_per_source_file_and_lists_skips(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / ".cache").mkdir(parents=True)
    (corpus / "loose.txt").write_text(UNDATED, encoding="utf-8")
    _write_jsonl(corpus / "part-1.jsonl", [{"id": str(i), "text": UNDATED} for i in range(3)])
    result = CliRunner().invoke(
        app, ["plan", str(corpus), "--json", "--base-url", "http://127.0.0.1:9/v1"]
    )
    assert result.exit_code == 0, result.output
    plan = json.loads(result.output)
    sources = {Path(k).name: v for k, v in plan["sources"].items()}
    assert sources["part-1.jsonl"]["articles"] == 3
    assert sources["loose.txt"]["articles"] == 1
    assert plan["skipped"] == {"hidden folders": 1}


def test_a_record_changed_between_plan_and_run_is_not_run_on_the_old_plan(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "crawl.jsonl"
    _write_jsonl(corpus, [{"id": "a", "text": UNDATED}, {"id": "b", "text": UNDATED}])
    plan = make_plan(discover([corpus]), fast_settings("http://127.0.0.1:9/v1"), None)
    _write_jsonl(corpus, [{"id": "a", "text": "Edited. " + UNDATED}])
    reader = CorpusReader()
    with pytest.raises(ArticleError, match=r"crawl\.jsonl line 1: changed since it was planned"):
        reader.load(plan.items[0].ref, plan.items[0].digest)
    with pytest.raises(ArticleError, match=r"crawl\.jsonl line 2: no longer in the file"):
        reader.load(plan.items[1].ref, plan.items[1].digest)


def test_field_options_and_no_recursive_reach_the_plan(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "deeper").mkdir(parents=True)
    _write_jsonl(corpus / "export.jsonl", [{"key": "x1", "story": UNDATED, "when": "9 May 2024"}])
    (corpus / "deeper" / "more.txt").write_text(UNDATED, encoding="utf-8")
    base = ["plan", str(corpus), "--json", "--base-url", "http://127.0.0.1:9/v1"]
    default = json.loads(CliRunner().invoke(app, base).output)
    assert default["articles"][0]["error"].startswith("export.jsonl line 1: no text field")
    named = CliRunner().invoke(
        app, [*base, "--text-field", "story", "--id-field", "key", "--no-recursive"]
    )
    assert named.exit_code == 0, named.output
    plan = json.loads(named.output)
    assert [a["article_id"] for a in plan["articles"]] == ["x1"]
    assert plan["skipped"] == {"folders (--no-recursive)": 1}
