"""The gold set (dev: gold/gold.jsonl, test: gold/test.jsonl): valid, grounded, complete and
reproducible from its labels, with the splits apart."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from schemas.gold import GoldArticle
from schemas.vocabulary import MECHANISM_NAMES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "gold.jsonl"
TEST = ROOT / "gold" / "test.jsonl"
GOLD_ARTICLES = ROOT / "gold" / "articles"
TEST_ARTICLES = ROOT / "gold" / "test" / "articles"
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


@pytest.fixture(scope="module", params=["dev", "test"])
def gold(request: pytest.FixtureRequest) -> list[GoldArticle]:
    path = GOLD if request.param == "dev" else TEST
    return [GoldArticle.model_validate_json(line) for line in path.read_text().splitlines()]


def test_every_line_is_a_gold_article(lines: list[str]) -> None:
    assert lines, "gold.jsonl is empty"
    for line in lines:
        GoldArticle.model_validate(json.loads(line))


def test_size_and_coverage(gold: list[GoldArticle]) -> None:
    assert len(gold) >= 25
    assert any(not a.meetings and not a.planned_meetings for a in gold), "need a no-meeting story"
    assert any(a.planned_meetings for a in gold), "need planned meetings"
    assert len({a.article_id for a in gold}) == len(gold), "duplicate article_id"


def test_dev_is_the_samples_then_every_dev_article() -> None:
    dev = [GoldArticle.model_validate_json(line) for line in GOLD.read_text().splitlines()]
    samples = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert [a.article_id for a in dev[: len(samples)]] == samples
    new = sorted(p.stem for p in GOLD_ARTICLES.glob("*.txt"))
    assert sorted(a.article_id for a in dev[len(samples) :]) == new


def test_test_split_labels_every_test_article_and_nothing_else() -> None:
    test = [GoldArticle.model_validate_json(line) for line in TEST.read_text().splitlines()]
    assert sorted(a.article_id for a in test) == sorted(p.stem for p in TEST_ARTICLES.glob("*"))
    assert len(test) >= 25
    assert all(a.source_path.startswith("gold/test/articles/") for a in test)


def test_the_splits_cover_many_pairs_and_share_nothing() -> None:
    dev, test = (
        [GoldArticle.model_validate_json(line) for line in path.read_text().splitlines()]
        for path in (GOLD, TEST)
    )
    assert not {a.article_id for a in dev} & {a.article_id for a in test}

    def pairs(articles: list[GoldArticle]) -> set[frozenset[str]]:
        return {
            frozenset(m.countries) for a in articles for m in [*a.meetings, *a.planned_meetings]
        }

    assert len(pairs(dev) | pairs(test)) >= 15
    india_japan = frozenset({"India", "Japan"})
    share = sum(
        1
        for a in dev + test
        if any(frozenset(m.countries) == india_japan for m in [*a.meetings, *a.milestones])
    )
    assert share <= (len(dev) + len(test)) / 4


def test_same_event_keys_join_different_articles(gold: list[GoldArticle]) -> None:
    where: dict[str, list[str]] = {}
    for article in gold:
        for meeting in [*article.meetings, *article.planned_meetings]:
            if meeting.event:
                where.setdefault(meeting.event, []).append(article.article_id)
    for key, articles in where.items():
        assert len(articles) == len(set(articles)), f"{key}: twice in one article"
    assert any(len(set(v)) >= 2 for v in where.values()), "no cross-article group"


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
    for path in [*GOLD_ARTICLES.glob("*.txt"), *TEST_ARTICLES.glob("*.txt")]:
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 1500, (path.name, words)


@pytest.mark.parametrize(("split", "path"), [("dev", GOLD), ("test", TEST)])
def test_builder_reproduces_gold_exactly(split: str, path: Path) -> None:
    builder = _load_builder()
    first = builder.build_lines(builder.label_files(split))
    assert first == builder.build_lines(builder.label_files(split)), "builder not deterministic"
    assert first == path.read_text(encoding="utf-8"), f"{path.name} is stale: run build_gold.py"
