"""Articles in, lines out: reading, bad files, atomic output, config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import settings_from_env
from pipeline.ingest.articles import ArticleError, discover_articles, read_article
from pipeline.runs.output import CheckpointWriter, read_extractions, write_extractions
from schemas import ArticleExtraction, Evidence, Meeting, Participant


def _record(article_id: str, **overrides: object) -> ArticleExtraction:
    fields: dict[str, object] = {
        "article_id": article_id,
        "source_path": f"/articles/{article_id}.txt",
        "content_sha256": "0" * 64,
        "schema_hash": "s",
        "prompt_hash": "p",
        "model": "local",
        "status": "ok",
    }
    fields.update(overrides)
    return ArticleExtraction.model_validate(fields)


def test_discover_articles_is_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c.TXT", "notes.json", "z.txt"]:
        (tmp_path / name).write_text("x")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in discover_articles(tmp_path)] == ["a.md", "b.txt", "c.TXT", "z.txt"]


def test_discover_articles_needs_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not a folder"):
        discover_articles(tmp_path / "missing")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.txt: empty article"),
        (b"  \n\t \n", "a.txt: empty article"),
        (b"GIF89a\x00\x01\x02", "a.txt: binary file, not article text"),
        (
            "Привет, мир".encode("koi8-r"),
            "a.txt: not UTF-8 (byte 0) and not Western cp1252/latin-1 text either; "
            "re-save the file as UTF-8",
        ),
    ],
)
def test_bad_articles_give_one_line_reasons(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == message


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTokyo, Oct 07: talks".encode())
    article = read_article(path)
    assert article.text == "Tokyo, Oct 07: talks"
    assert article.article_id == "bom"
    assert len(article.content_sha256) == 64


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"^gone\.txt: cannot read"):
        read_article(tmp_path / "gone.txt")


def test_write_extractions_orders_by_file_name_and_round_trips(tmp_path: Path) -> None:
    meeting = Meeting(
        date="2024-02",
        countries=["India", "Japan"],
        participants=[Participant(name="Masataka Okano", country="Japan")],
        evidence=[Evidence(quote="q", start=1, end=2)],
    )
    records = [_record("b", meetings=[meeting]), _record("a", status="failed", error="bad")]
    target = tmp_path / "out" / "extractions.jsonl"
    write_extractions(target, records)
    lines = target.read_text().splitlines()
    assert [json.loads(line)["article_id"] for line in lines] == ["a", "b"]
    assert read_extractions(target) == sorted(records, key=lambda r: r.article_id)
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_checkpoint_appends_complete_lines(tmp_path: Path) -> None:
    writer = CheckpointWriter(tmp_path / "partial.jsonl")
    writer.append(_record("a"))
    writer.append(_record("b"))
    writer.close()
    assert [r.article_id for r in read_extractions(tmp_path / "partial.jsonl")] == ["a", "b"]


def test_schema_rejects_a_malformed_date() -> None:
    with pytest.raises(ValueError, match="YYYY"):
        Meeting(date="28 July")


def test_settings_flags_beat_environment() -> None:
    env = {"OPENAI_BASE_URL": "http://env:1/v1", "SUMMITRY_MODEL": "env-model"}
    assert settings_from_env(env=env).base_url == "http://env:1/v1"
    assert settings_from_env(env=env).model == "env-model"
    flagged = settings_from_env(base_url="http://flag:2/v1", model="m", env=env)
    assert (flagged.base_url, flagged.model) == ("http://flag:2/v1", "m")
    embedded = settings_from_env(env={})
    assert embedded.uses_embedded_server and embedded.model == "local"


def test_redacted_settings_never_show_the_key() -> None:
    settings = settings_from_env(env={"OPENAI_API_KEY": "sk-test-0123456789abcdefghij"})
    assert "sk-test" not in json.dumps(settings.redacted())
