"""The gold set (gold/gold.jsonl): valid, grounded, complete and reproducible from its labels."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from schemas.vocabulary import MECHANISM_NAMES
from schemas.gold import GoldArticle

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "gold.jsonl"
GOLD_ARTICLES = ROOT / "gold" / "articles"
SAMPLES = ROOT / "examples" / "articles"


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "gold" / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return GOLD.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def gold(lines: list[str]) -> list[GoldArticle]:
    return [GoldArticle.model_validate_json(line) for line in lines]


def test_every_line_is_a_gold_article(lines: list[str]) -> None:
    assert lines, "gold.jsonl is empty"
    for line in lines:
        GoldArticle.model_validate(json.loads(line))


def test_size_and_coverage(gold: list[GoldArticle]) -> None:
    assert len(gold) >= 15
    assert any(not a.meetings and not a.planned_meetings for a in gold), "need a no-meeting story"
    assert any(a.planned_meetings for a in gold), "need planned meetings"
    assert len({a.article_id for a in gold}) == len(gold), "duplicate article_id"


def test_samples_first_then_every_new_article(gold: list[GoldArticle]) -> None:
    samples = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert [a.article_id for a in gold[: len(samples)]] == samples
    new = sorted(p.stem for p in GOLD_ARTICLES.glob("*.txt"))
    assert len(new) >= 10
    assert [a.article_id for a in gold[len(samples) :]] == new


def test_source_paths_exist_and_match_ids(gold: list[GoldArticle]) -> None:
    for article in gold:
        path = ROOT / article.source_path
        assert path.is_file(), article.source_path
        assert path.stem == article.article_id


def test_evidence_is_verbatim(gold: list[GoldArticle]) -> None:
    for article in gold:
        text = (ROOT / article.source_path).read_text(encoding="utf-8")
        records = [*article.meetings, *article.planned_meetings, *article.milestones]
        for record in records:
            assert record.evidence, f"{article.article_id}: record without evidence"
            for ev in record.evidence:
                assert text[ev.start : ev.end] == ev.quote, (article.article_id, ev.quote)


def test_meetings_are_well_formed(gold: list[GoldArticle]) -> None:
    for article in gold:
        for meeting in [*article.meetings, *article.planned_meetings]:
            assert meeting.mechanism in MECHANISM_NAMES, (article.article_id, meeting.mechanism)
            assert len(meeting.countries) == 2, article.article_id
            if meeting.date and len(meeting.date) == 10:
                assert meeting.date_partial == "--" + meeting.date[5:], article.article_id


def test_new_articles_are_article_sized() -> None:
    for path in GOLD_ARTICLES.glob("*.txt"):
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 600, (path.name, words)


def test_builder_reproduces_gold_exactly(lines: list[str]) -> None:
    builder = _load_builder()
    first = builder.build_lines(builder.label_files("dev"))
    assert first == builder.build_lines(builder.label_files("dev")), "builder is not deterministic"
    assert first == GOLD.read_text(encoding="utf-8"), "gold.jsonl is stale: run gold/build_gold.py"
