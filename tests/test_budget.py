"""``--max-tokens-total``: the run stops starting articles once the budget is spent, keeps
what finished, and says which articles were not started."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.config import Settings
from pipeline.runs.batch import run_batch
from tests.fakeserver import FakeModelServer
from tests.synthetic import write_articles


def test_the_budget_stops_the_run_cleanly(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "articles", 8, seed=3)
    with FakeModelServer() as server:
        settings = Settings(base_url=server.base_url, model="fake-model")
        unlimited = run_batch(paths, tmp_path / "all", settings)
        per_article = (unlimited.prompt_tokens + unlimited.completion_tokens) / len(paths)
        budget = int(per_article * 2.5)
        limited = run_batch(paths, tmp_path / "some", settings, max_tokens_total=budget)
    assert limited.stop_reason and "token budget reached" in limited.stop_reason
    started = limited.asked
    assert 3 <= started < len(paths)  # the article that crossed the budget still finished
    assert limited.prompt_tokens + limited.completion_tokens >= budget
    assert limited.not_started == len(paths) - started
    not_started = [r for r in limited.records if r.error and "not extracted" in r.error]
    assert len(not_started) == limited.not_started
    assert all(r.usage.attempts == 0 for r in not_started)
    lines = (tmp_path / "some" / "extractions.jsonl").read_text().splitlines()
    assert len(lines) == len(paths)  # every article accounted for, none lost


def test_cli_budget_marks_the_run_incomplete_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 6, seed=4)
    runs = tmp_path / "runs"
    with FakeModelServer() as server:
        args = [
            *("extract", str(folder), "--runs", str(runs), "--base-url", server.base_url),
            *("--concurrency", "1"),  # one article in flight: exactly one is started
        ]
        first = CliRunner().invoke(app, [*args, "--max-tokens-total", "1"])
        assert first.exit_code == 1, first.output  # a stopped run is not a complete one
        assert "stopped: token budget reached" in " ".join(first.output.split())
        (run_dir,) = [p for p in runs.iterdir() if p.is_dir()]
        manifest = json.loads((run_dir / "manifest.json").read_text())
        assert manifest["complete"] is False and manifest["counts"]["not_started"] == 5
        assert not (runs / "latest").exists()
        second = CliRunner().invoke(app, args)
        assert second.exit_code == 0, second.output
        assert "for 5 articles" in " ".join(second.output.split())
    assert json.loads(((runs / "latest") / "manifest.json").read_text())["complete"] is True
