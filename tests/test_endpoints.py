"""Many endpoints for one model: requests spread over the healthy ones, a failing one is
rested and tried again later, and a run over two endpoints where one dies mid-run finishes
with nothing lost."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.config import settings_from_env
from pipeline.model.balancing import EndpointPool
from pipeline.runs.batch import run_batch
from tests.fakeserver import ChatRequest, FakeModelServer, FaultPlan, grounded_answer
from tests.fault_scenarios import fast_settings
from tests.synthetic import write_articles


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _slow(request: ChatRequest) -> dict[str, Any]:
    time.sleep(0.05)
    return grounded_answer(request)


def _pool(clock: Clock) -> EndpointPool:
    urls = ["http://a/v1", "http://b/v1"]
    return EndpointPool(
        [lambda u=u: u for u in urls], urls, failures_to_rest=2, rest_s=30, clock=clock
    )


def test_requests_go_to_the_endpoint_with_fewest_in_flight() -> None:
    pool = _pool(Clock())
    with pool.use() as first, pool.use() as second:
        assert {first.label, second.label} == {"http://a/v1", "http://b/v1"}
    assert [e.requests for e in pool.endpoints] == [1, 1]


@contextmanager
def _logged() -> Iterator[list[str]]:
    """The lines the pool logs (the CLI prints them; its logger does not propagate)."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    handler = Collect()
    logger = logging.getLogger("summitry.endpoints")
    logger.addHandler(handler)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)


def test_a_failing_endpoint_is_avoided_then_rested_then_tried_again() -> None:
    clock = Clock()
    pool = _pool(clock)
    a, b = pool.endpoints
    with pool.use() as used:
        assert used is a or used is b
    pool.failed(a, "connection refused")
    for _ in range(3):  # one failure: set aside for a moment, although it looks idle
        with pool.use() as used:
            assert used is b
    clock.now += 1.5  # the moment is over: a gets a request again
    with pool.use() as used, pool.use() as other:
        assert {used.label, other.label} == {"http://a/v1", "http://b/v1"}
    with _logged() as lines:
        pool.failed(a, "connection refused")
    assert "endpoint http://a/v1 rested for 30 s after 2 failures in a row" in lines[0]
    clock.now += 20
    with pool.use() as used:
        assert used is b
    clock.now += 11  # the rest is over: a is tried again
    with pool.use() as used, pool.use() as other:
        assert {used.label, other.label} == {"http://a/v1", "http://b/v1"}
    with _logged() as lines:
        pool.succeeded(a)
    assert lines == ["endpoint http://a/v1 answers again"]


def test_when_every_endpoint_rests_the_one_back_first_is_used() -> None:
    clock = Clock()
    pool = _pool(clock)
    a, b = pool.endpoints
    for endpoint, when in ((a, 0.0), (b, 5.0)):
        clock.now += when
        pool.failed(endpoint, "x")
        pool.failed(endpoint, "x")
    with pool.use() as used:
        assert used is a


def test_repeated_base_urls_and_the_environment_name_every_endpoint() -> None:
    settings = settings_from_env(base_url=["http://a/v1", "http://b/v1", "http://a/v1"], env={})
    assert settings.base_urls == ("http://a/v1", "http://b/v1")
    assert settings.max_calls_in_flight == 32 and settings.concurrency == 16
    from_env = settings_from_env(env={"SUMMITRY_BASE_URLS": "http://a/v1, http://c/v1"})
    assert from_env.base_urls == ("http://a/v1", "http://c/v1")
    embedded = settings_from_env(env={})
    assert embedded.max_calls_in_flight == 4 and embedded.concurrency == 2
    assert (
        settings_from_env(calls_in_flight=128, env={"OPENAI_BASE_URL": "http://x/v1"}).concurrency
        == 64
    )


def test_a_run_over_two_endpoints_where_one_dies_mid_run_loses_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paths = write_articles(corpus, 24, seed=21)
    dying = FakeModelServer(FaultPlan(outage_after=6, outage_s=120.0), answer=_slow)
    with dying, FakeModelServer(answer=_slow) as healthy, _logged() as lines:
        settings = fast_settings(
            dying.base_url,
            extra_base_urls=(healthy.base_url,),
            calls_in_flight=8,
            concurrency=4,
            endpoint_blip_s=0.05,
            endpoint_rest_s=60.0,
        )
        summary = run_batch(paths, tmp_path / "run", settings)
        served = (len(dying.requests), len(healthy.requests))
    assert served[0] >= 6 and served[1] > served[0]  # both worked; the survivor took the rest
    assert any(f"endpoint {dying.base_url} rested for 60 s" in line for line in lines)
    assert summary.ok == 24 and summary.failed == summary.partial == 0
    with FakeModelServer() as reference:
        expected = run_batch(paths, tmp_path / "ref", fast_settings(reference.base_url))
    by_id = {r.article_id: r for r in expected.records}
    for record in summary.records:  # nothing lost: the same records as one healthy server
        assert record.meetings == by_id[record.article_id].meetings
        assert record.milestones == by_id[record.article_id].milestones


def test_the_cli_takes_several_base_urls(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, 6, seed=2)
    with FakeModelServer() as first, FakeModelServer() as second:
        result = CliRunner().invoke(
            app,
            [
                *("extract", str(corpus), "--out", str(tmp_path / "run")),
                *("--base-url", first.base_url, "--base-url", second.base_url),
                *("--model", "fake-model", "--calls-in-flight", "4"),
            ],
        )
        served = (len(first.requests), len(second.requests))
    assert result.exit_code == 0, result.output
    assert min(served) > 0  # both endpoints were used
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["settings"]["extra_base_urls"] == [second.base_url]
    assert manifest["settings"]["calls_in_flight"] == 4


def test_worker_processes_give_the_same_records_as_one_process(tmp_path: Path) -> None:
    """Summitry's own work on several cores: each article in a worker process with its own
    client and its own connection to the shared call cache."""
    from pipeline.model.call_cache import CallCache

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paths = write_articles(corpus, 8, seed=5)
    with FakeModelServer() as server:
        single = run_batch(paths, tmp_path / "one", fast_settings(server.base_url))
        with CallCache(tmp_path / "cache.sqlite") as cache:
            settings = fast_settings(server.base_url, processes=2, calls_in_flight=4)
            several = run_batch(paths, tmp_path / "two", settings, cache=cache)
            assert cache.count() == several.calls_made > 0  # the workers stored every answer
            again = run_batch(paths, tmp_path / "three", settings, cache=cache)
    assert again.calls_made == 0 and again.calls_replayed == several.calls_made
    by_id = {r.article_id: r for r in single.records}
    assert several.ok == 8
    for record in several.records:
        assert record.meetings == by_id[record.article_id].meetings
        assert record.milestones == by_id[record.article_id].milestones
