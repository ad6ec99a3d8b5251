"""Hygiene: no secret in any cassette; the CLI answers --help; the schema round-trips."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from schemas import ArticleExtraction, ModelAnswer
from tests.conftest import CASSETTES

KEY_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_-]{16,}"),  # OpenAI-style keys
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._-]{8,}"),
    re.compile(r"(?i)['\"]?(authorization|api[-_]?key|x-api-key)['\"]?\s*:"),
    re.compile(r"AKIA[0-9A-Z]{16}"),  # AWS access key ids
    re.compile(r"ghp_[A-Za-z0-9]{30,}"),  # GitHub tokens
]


def test_cassettes_exist() -> None:
    assert sorted(p.name for p in CASSETTES.glob("*.yaml")), "no cassettes recorded"


@pytest.mark.parametrize("cassette", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_contains_anything_like_a_key(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    for pattern in KEY_PATTERNS:
        assert not pattern.search(text), f"{cassette.name} matches {pattern.pattern}"


def test_the_key_scan_would_catch_a_leak() -> None:
    leaked = "headers:\n  Authorization:\n  - Bearer sk-abcdefghijklmnopqrstuvwx\n"
    assert any(p.search(leaked) for p in KEY_PATTERNS)


@pytest.mark.parametrize(
    "command", [[], ["extract"], ["serve"], ["doctor"], ["install-model"]], ids=str
)
def test_help(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_extract_on_a_folder_without_articles_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path), "--out", str(tmp_path / "o"), "--base-url", "http://x/v1"]
    )
    assert result.exit_code == 2
    assert (
        "no articles found (.txt .md .html .htm .jsonl .jsonl.gz .ndjson .csv .parquet)"
        in " ".join(result.output.split())
    )


def test_schemas_round_trip_and_cap_lists() -> None:
    schema = ModelAnswer.model_json_schema()
    assert schema["properties"]["meetings"]["maxItems"] == 8
    meeting = schema["$defs"]["ModelMeeting"]
    assert set(meeting["required"]) == set(meeting["properties"])  # nullable, never defaulted
    line = {
        "article_id": "a",
        "source_path": "a.txt",
        "content_sha256": "0" * 64,
        "schema_hash": "s",
        "prompt_hash": "p",
        "model": "local",
        "status": "ok",
        "meetings": [{"date": "2024-02", "countries": ["India", "Japan"]}],
    }
    record = ArticleExtraction.model_validate(line)
    assert ArticleExtraction.model_validate_json(record.model_dump_json()) == record
    assert json.loads(record.model_dump_json())["meetings"][0]["date"] == "2024-02"
