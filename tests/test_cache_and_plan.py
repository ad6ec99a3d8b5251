"""The extraction cache and the plan: what is reused, what is redone and why."""

from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import GenerationParams, Settings
from pipeline.ingest.articles import content_sha256
from pipeline.runs.cache import CachedEntry, CacheKey, ExtractionCache
from pipeline.runs.fingerprint import cache_key, model_identity
from pipeline.runs.planning import change_reasons, make_plan, plan_as_dict
from schemas import ArticleExtraction

KEY = CacheKey("content", "schema", "prompt", "model", "params")


def _record(article_id: str = "a1", status: str = "ok") -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article_id,
        source_path=f"/x/{article_id}.txt",
        content_sha256="c",
        schema_hash="s",
        prompt_hash="p",
        model="m",
        status=status,  # type: ignore[arg-type]
        error=None if status == "ok" else "a1.txt: model server timed out",
    )


def _entry(key: CacheKey = KEY, status: str = "ok") -> CachedEntry:
    return CachedEntry(key, "a1", status, _record(status=status).model_dump_json(), 10, 1, 1, 1.0)


# --- change_reasons: pure ---------------------------------------------------------------


def test_an_ok_result_with_the_same_key_is_reused() -> None:
    assert change_reasons(KEY, _entry(), _entry()) == ("reuse", ("unchanged",))


def test_a_failed_result_is_redone() -> None:
    assert change_reasons(KEY, _entry(status="failed"), None) == ("extract", ("failed last time",))


def test_a_never_seen_article_is_new() -> None:
    assert change_reasons(KEY, None, None) == ("extract", ("new",))


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("content_sha256", "text changed"),
        ("schema_hash", "schema changed"),
        ("prompt_hash", "prompt changed"),
        ("model_id", "model changed"),
        ("params_hash", "parameters changed"),
    ],
)
def test_each_changed_part_is_named(field: str, reason: str) -> None:
    before = replace(KEY, **{field: "old"})
    assert change_reasons(KEY, None, _entry(before)) == ("extract", (reason,))


def test_several_changes_are_all_named() -> None:
    before = replace(KEY, schema_hash="old", prompt_hash="old")
    assert change_reasons(KEY, None, _entry(before))[1] == ("schema changed", "prompt changed")


# --- the key --------------------------------------------------------------------------------


def test_the_key_changes_with_anything_that_changes_an_answer() -> None:
    base = Settings(base_url="http://h/v1", model="m")
    key = cache_key("c", base)
    assert cache_key("c", base) == key
    assert cache_key("d", base).digest != key.digest
    assert cache_key("c", replace(base, model="other")).digest != key.digest
    assert cache_key("c", replace(base, strategy="article")).digest != key.digest
    hotter = replace(base, generation=GenerationParams(temperature=0.7))
    assert cache_key("c", hotter).digest != key.digest
    # Neither concurrency nor timeouts change an answer.
    assert cache_key("c", replace(base, concurrency=8, request_timeout_s=5)).digest == key.digest


def test_the_embedded_model_is_identified_by_its_file_not_its_alias() -> None:
    assert model_identity(Settings()).startswith("embedded:qwen2.5")
    assert model_identity(Settings(model_path="/m/other.gguf")) == "embedded:other.gguf"
    assert model_identity(Settings(base_url="http://h/v1", model="gpt")) == "gpt@http://h/v1"


# --- the cache ------------------------------------------------------------------------------


def test_put_get_and_latest(tmp_path: Path) -> None:
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        assert cache.get(KEY) is None
        cache.put(KEY, _record(), chars=100, wall_seconds=2.0)
        newer = replace(KEY, prompt_hash="p2")
        cache.put(newer, _record(status="failed"), chars=100, wall_seconds=1.0)
        got = cache.get(KEY)
        assert got is not None and got.record() == _record()
        assert cache.latest_by_article(["a1"])["a1"].key == newer
        assert cache.count() == 2
        assert cache.mean_cost_per_char() == (0.0, 0.0, 0.02)  # failed rows are not history


def test_a_reopened_cache_keeps_its_entries(tmp_path: Path) -> None:
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        cache.put(KEY, _record(), chars=1, wall_seconds=1.0)
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        assert cache.get(KEY) is not None


def _writer(path: str, worker: int, count: int) -> None:
    with ExtractionCache(Path(path)) as cache:
        for n in range(count):
            key = CacheKey(f"c{worker}-{n}", "s", "p", "m", "x")
            cache.put(key, _record(f"w{worker}-{n}"), chars=10, wall_seconds=0.1)


def test_concurrent_writers_in_several_processes_do_not_corrupt_it(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    ExtractionCache(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), w, 60)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
        assert process.exitcode == 0
    with ExtractionCache(path) as cache:
        assert cache.integrity_ok()
        assert cache.count() == 240


def test_threads_share_one_cache_object(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ExtractionCache(tmp_path / "c.sqlite") as cache:

        def put(n: int) -> None:
            cache.put(
                replace(KEY, content_sha256=str(n)), _record(f"t{n}"), chars=1, wall_seconds=1
            )

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(put, range(100)))
        assert cache.count() == 100 and cache.integrity_ok()


def test_a_file_that_is_not_a_database_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "c.sqlite"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(sqlite3.DatabaseError):
        ExtractionCache(bad)


# --- make_plan ------------------------------------------------------------------------------


def _articles(folder: Path, **texts: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    return sorted(folder.iterdir())


def test_plan_over_a_folder(tmp_path: Path) -> None:
    settings = Settings(base_url="http://h/v1", model="m")
    _articles(
        tmp_path / "a", same="Modi met Kishida.", edited="Old text.", failed="X met Y.", new="N."
    )
    (tmp_path / "a" / "empty.txt").write_text("  \n")
    paths = sorted((tmp_path / "a").iterdir())
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        for path in paths:
            if path.stem in ("same", "edited", "failed"):
                key = cache_key(content_sha256(path.read_bytes()), settings)
                status = "failed" if path.stem == "failed" else "ok"
                cache.put(key, _record(path.stem, status), chars=10, wall_seconds=5.0)
        (tmp_path / "a" / "edited.txt").write_text("New text, longer than before.")
        plan = make_plan(paths, settings, cache)
    decided = {item.article_id: (item.action, item.reasons) for item in plan.items}
    assert decided == {
        "edited": ("extract", ("text changed",)),
        "empty": ("unreadable", ("unreadable",)),
        "failed": ("extract", ("failed last time",)),
        "new": ("extract", ("new",)),
        "same": ("reuse", ("unchanged",)),
    }
    assert plan.estimate_source == "cache history"
    edited = next(i for i in plan.items if i.article_id == "edited")
    assert edited.est_seconds == pytest.approx(len("New text, longer than before.") * 0.5)
    summary = plan_as_dict(plan)
    assert summary["to_extract"] == 3 and summary["from_cache"] == 1


def test_plan_without_a_cache_extracts_everything(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "a", one="A.", two="B.")
    plan = make_plan(paths, Settings(base_url="http://h/v1"), None)
    assert [i.action for i in plan.items] == ["extract", "extract"]
    assert plan.estimate_source == "defaults" and plan.est_prompt_tokens > 0


def test_a_renamed_file_with_the_same_bytes_is_reused(tmp_path: Path) -> None:
    settings = Settings(base_url="http://h/v1")
    paths = _articles(tmp_path / "a", before="Modi met Kishida in Tokyo.")
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        item = make_plan(paths, settings, cache).items[0]
        assert item.key is not None
        cache.put(item.key, _record("before"), chars=10, wall_seconds=1)
        paths[0].rename(tmp_path / "a" / "after.txt")
        plan = make_plan(sorted((tmp_path / "a").iterdir()), settings, cache)
    assert [(i.article_id, i.action) for i in plan.items] == [("after", "reuse")]
