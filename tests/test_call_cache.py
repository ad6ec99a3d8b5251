"""The call cache and the plan: every request answered once, code re-run every time.

The consequences the design promises, each shown on the fake server: a code-only change
reruns with 0 model calls and new records; editing one sentence re-asks only the calls whose
request contains it; a changed milestone prompt re-asks only milestone calls; a validator that
now rejects a cached answer makes a re-ask (a new request), which is asked.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from pipeline.config import GenerationParams, Settings
from pipeline.extraction import prompting
from pipeline.model.call_cache import (
    CacheError,
    CallCache,
    CallIdentity,
    CallLabel,
    identify_request,
)
from pipeline.model.client import (
    ModelClient,
    UsageMeter,
    _capture,
    first_request,
    is_stored_answer,
)
from pipeline.records import meeting_rules
from pipeline.runs.batch import run_batch
from pipeline.runs.planning import make_plan, plan_as_dict, why_new
from tests.fakeserver import FakeModelServer
from tests.fault_scenarios import fast_settings
from tests.synthetic import write_articles

LABEL = CallLabel("a1", "window_meetings", 3, "prompt", "content")


def _identity(**changes: object) -> CallIdentity:
    base = CallIdentity("k", LABEL, "model", "schema", "params")
    label_changes = {k: v for k, v in changes.items() if k in ("prompt_hash", "content_hash")}
    other = {k: v for k, v in changes.items() if k not in label_changes}
    return replace(base, label=replace(LABEL, **label_changes), **other)  # type: ignore[arg-type]


# --- why a call is new: pure ----------------------------------------------------------------


def test_a_call_of_an_article_never_seen_is_new() -> None:
    assert why_new(_identity(), None, article_seen=False) == ("new",)


def test_a_call_the_article_did_not_make_before_names_its_sentence() -> None:
    assert why_new(_identity(), None, article_seen=True) == ("new meeting call at sentence 3",)


@pytest.mark.parametrize(
    ("changed", "reason"),
    [
        ({"content_hash": "old"}, "text changed at sentence 3"),
        ({"prompt_hash": "old"}, "meeting prompt changed"),
        ({"schema_hash": "old"}, "meeting schema changed"),
        ({"model_id": "old"}, "model changed"),
        ({"params_hash": "old"}, "parameters changed"),
    ],
)
def test_each_changed_part_of_a_request_is_named(changed: dict[str, str], reason: str) -> None:
    assert why_new(_identity(), _identity(**changed), article_seen=True) == (reason,)


# --- the request key ----------------------------------------------------------------------


def _request(**changes: object) -> dict[str, object]:
    request: dict[str, object] = {
        "model": "local",
        "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "A", "schema": {}}},
        "temperature": 0,
        "max_tokens": 100,
        "seed": 0,
    }
    request.update(changes)
    return request


def test_the_key_is_the_exact_request_and_the_model_identity() -> None:
    key = identify_request("m", _request(), LABEL).key
    assert identify_request("m", _request(), replace(LABEL, unit=9)).key == key, "label is no key"
    assert identify_request("other", _request(), LABEL).key != key
    assert identify_request("m", _request(temperature=0.7), LABEL).key != key
    assert (
        identify_request("m", _request(response_format={"type": "json_object"}), LABEL).key != key
    )
    reask = _request(
        messages=[
            {"role": "user", "content": "u"},
            {"role": "assistant", "content": "{}"},
            {"role": "user", "content": "fix it"},
        ]
    )
    assert identify_request("m", reask, LABEL).key != key
    assert identify_request("m", reask, LABEL).round == 1
    # The alias the request names is not the model's identity (the embedded server's is fixed).
    assert identify_request("m", _request(model="other-alias"), LABEL).key == key


class _Answer(BaseModel):
    meetings: list[str]


def test_the_planned_request_is_the_request_instructor_sends() -> None:
    settings = Settings(base_url="http://h/v1", generation=GenerationParams(max_tokens=64))
    messages = [{"role": "system", "content": "sys"}, {"role": "user", "content": "Modi met X."}]
    assert first_request(_Answer, messages, settings) == _capture(_Answer, messages, settings)


def _completion(content: str, finish_reason: str = "stop") -> ChatCompletion:
    return ChatCompletion.model_validate(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": finish_reason,
                    "message": {"role": "assistant", "content": content},
                }
            ],
        }
    )


def test_only_complete_json_answers_are_stored() -> None:
    assert is_stored_answer(_completion('{"meetings": []}'))
    assert not is_stored_answer(_completion('{"meetings": ['))
    assert not is_stored_answer(_completion('{"meetings": []}', finish_reason="length"))
    empty = _completion("{}").model_copy(update={"choices": []})
    assert not is_stored_answer(empty)


# --- the SQLite file ------------------------------------------------------------------------


def _store(cache: CallCache, key: str, article: str = "a1", unit: int = 0) -> None:
    identity = identify_request("m", _request(messages=[{"role": "user", "content": key}]), LABEL)
    identity = replace(identity, key=key, label=replace(LABEL, article_id=article, unit=unit))
    cache.put(identity, '{"x": 1}', prompt_tokens=10, completion_tokens=5, wall_seconds=2.0)


def test_put_get_first_answer_wins_and_reopen(tmp_path: Path) -> None:
    with CallCache(tmp_path / "c.sqlite") as cache:
        assert cache.get("k1") is None
        _store(cache, "k1")
        identity = cache.get("k1")
        assert identity is not None and identity.response_json == '{"x": 1}'
        other = replace(identity.identity)
        cache.put(other, '{"x": 2}', prompt_tokens=1, completion_tokens=1, wall_seconds=1)
        assert cache.get("k1").response_json == '{"x": 1}'  # type: ignore[union-attr]
    with CallCache(tmp_path / "c.sqlite") as cache:
        assert cache.count() == 1 and cache.articles_seen(["a1", "zz"]) == {"a1"}
        assert cache.previous_call("a1", LABEL.task, 0) is not None
        rates = cache.task_rates()[LABEL.task]
        assert (rates.prompt_tokens, rates.completion_tokens, rates.seconds) == (10, 5, 2)


def _writer(path: str, worker: int, count: int) -> None:
    with CallCache(Path(path)) as cache:
        for n in range(count):
            _store(cache, f"w{worker}-{n}", article=f"a{worker}")


def test_concurrent_writers_in_several_processes_do_not_corrupt_it(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    CallCache(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), w, 60)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
        assert process.exitcode == 0
    with CallCache(path) as cache:
        assert cache.integrity_ok() and cache.count() == 240


def test_threads_share_one_cache_object(tmp_path: Path) -> None:
    with CallCache(tmp_path / "c.sqlite") as cache:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n: _store(cache, f"t{n}"), range(100)))
        assert cache.count() == 100 and cache.integrity_ok()


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.sqlite"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(CacheError, match=r"c\.sqlite: cannot open the cache") as raised:
        CallCache(bad)
    assert "\n" not in str(raised.value)


def test_a_cache_of_an_older_summitry_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE extractions (cache_key TEXT PRIMARY KEY, x TEXT)")
        connection.executemany("INSERT INTO extractions VALUES (?, ?)", [("a", "1"), ("b", "2")])
    with CallCache(path) as cache:
        assert cache.legacy_entries == 2 and cache.count() == 0
    with CallCache(path) as cache:  # opened again: nothing left to set aside
        assert cache.legacy_entries == 0


# --- plans and reruns on the fake server ----------------------------------------------------


@pytest.fixture()
def corpus(tmp_path: Path) -> list[Path]:
    return write_articles(tmp_path / "articles", 4, seed=7)


def test_a_rerun_answers_every_call_from_the_cache_and_writes_the_same_bytes(
    corpus: list[Path], tmp_path: Path
) -> None:
    with FakeModelServer() as server, CallCache(tmp_path / "c.sqlite") as cache:
        settings = fast_settings(server.base_url)
        first = run_batch(corpus, tmp_path / "one", settings, cache=cache)
        asked = len(server.requests)
        plan = make_plan(corpus, settings, cache)
        assert plan.new_calls == 0 and plan.cached_calls == first.calls_made
        assert {item.action for item in plan.items} == {"cached"}
        second = run_batch(corpus, tmp_path / "two", settings, cache=cache)
        assert len(server.requests) == asked, "a rerun made a model call"
        assert second.calls_made == 0 and second.calls_replayed == first.calls_made
    assert (tmp_path / "one" / "extractions.jsonl").read_bytes() == (
        tmp_path / "two" / "extractions.jsonl"
    ).read_bytes()


def test_a_rule_change_gives_new_records_with_no_model_call(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeModelServer() as server, CallCache(tmp_path / "c.sqlite") as cache:
        settings = fast_settings(server.base_url)
        before = run_batch(corpus, tmp_path / "one", settings, cache=cache)
        asked = len(server.requests)
        # A "rule" change in record building: locations are written in capitals.
        original = meeting_rules.normalise_location
        monkeypatch.setattr(
            meeting_rules,
            "normalise_location",
            lambda location, host: (original(location, host) or "").upper() or None,
        )
        after = run_batch(corpus, tmp_path / "two", settings, cache=cache)
        assert len(server.requests) == asked and after.calls_made == 0
    places = lambda summary: {m.location for r in summary.records for m in r.meetings}  # noqa: E731
    assert places(before) != places(after)
    assert {p for p in places(after) if p} == {p.upper() for p in places(before) if p}


def test_editing_one_sentence_re_asks_only_the_calls_that_contain_it(
    corpus: list[Path], tmp_path: Path
) -> None:
    with FakeModelServer() as server, CallCache(tmp_path / "c.sqlite") as cache:
        settings = fast_settings(server.base_url)
        run_batch(corpus, tmp_path / "one", settings, cache=cache)
        edited = corpus[0]
        text = edited.read_text()
        edited.write_text(text.replace("officials said", "officials told reporters"))
        plan = make_plan(corpus, settings, cache)
        by_article = {item.article_id: item for item in plan.items}
        assert [i.article_id for i in plan.items if i.new_calls] == [edited.stem]
        item = by_article[edited.stem]
        assert item.cached_calls > 0, "calls not containing the sentence stay cached"
        assert set(item.reasons) <= {f"text changed at sentence {c.unit}" for c in item.calls}
        before = len(server.requests)
        run_batch(corpus, tmp_path / "two", settings, cache=cache)
        assert len(server.requests) - before == item.new_calls
    assert plan_as_dict(plan)["calls_new"] == item.new_calls


def test_a_changed_milestone_prompt_re_asks_only_milestone_calls(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeModelServer() as server, CallCache(tmp_path / "c.sqlite") as cache:
        settings = fast_settings(server.base_url)
        run_batch(corpus, tmp_path / "one", settings, cache=cache)
        source = prompting._template_source

        def edited(name: str) -> str:
            text = source(name)
            return text + "\nBe brief." if name == "window_milestones_system.j2" else text

        for cached in (prompting._environment, prompting.task_prompt_hash, prompting.prompt_hash):
            cached.cache_clear()
        monkeypatch.setattr(prompting, "_template_source", edited)
        try:
            plan = make_plan(corpus, settings, cache)
            new = [c for item in plan.items for c in item.calls if not c.cached]
            assert new and {c.task for c in new} == {prompting.WINDOW_MILESTONES}
            assert {r for c in new for r in c.reasons} == {"milestone prompt changed"}
        finally:
            for cached in (prompting._environment, prompting.task_prompt_hash):
                cached.cache_clear()


def test_a_validator_that_now_rejects_a_cached_answer_re_asks(
    corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right by construction: the re-ask carries the rejected answer and the error, so it is
    a request the cache has never seen, and it goes to the model."""
    from pipeline.extraction import sentence_calls

    with FakeModelServer() as server, CallCache(tmp_path / "c.sqlite") as cache:
        settings = fast_settings(server.base_url)
        run_batch(corpus[:1], tmp_path / "one", settings, cache=cache)
        asked = len(server.requests)
        stricter = sentence_calls.unnamed_participants
        monkeypatch.setattr(
            sentence_calls,
            "unnamed_participants",
            lambda people, text: [p.name for p in people] or stricter(people, text),
        )
        summary = run_batch(corpus[:1], tmp_path / "two", settings, cache=cache)
        assert summary.calls_replayed > 0 and summary.calls_made > 0
        assert len(server.requests) - asked == summary.calls_made


def test_no_cache_asks_everything(corpus: list[Path], tmp_path: Path) -> None:
    settings = Settings(base_url="http://127.0.0.1:9/v1")
    plan = make_plan(corpus, settings, None)
    assert plan.cached_calls == 0 and plan.new_calls > 0
    assert {item.action for item in plan.items} <= {"ask", "cached"}
    assert plan.estimate_source == "defaults" and plan.est_prompt_tokens > 0
    with CallCache(tmp_path / "c.sqlite") as cache:
        assert make_plan(corpus, settings, cache, reuse=False).cached_calls == 0


def test_article_text_is_never_rendered_as_a_template(tmp_path: Path) -> None:
    """instructor renders messages with the validation context as Jinja variables; an
    article that writes "{{ article_text }}" or "{% ... %}" must reach the model unchanged."""
    text = "Officials wrote {{ article_text }} and {% if x %}odd{% endif %} {% endraw %} here."
    messages = [{"role": "system", "content": "s"}, {"role": "user", "content": text}]
    with FakeModelServer() as server:
        client = ModelClient(fast_settings(server.base_url))
        client.extract(_Answer, messages, context={"article_text": "SECRET"}, meter=UsageMeter())
        sent = server.requests[-1].user_text
    assert sent == text
