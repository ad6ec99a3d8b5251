"""The model server misbehaving: each fault alone, then a seeded mix over a 50-article batch.

Against ``tests.fakeserver`` (127.0.0.1, a free port). What must hold: every article ends
``ok`` or ``failed`` with one line naming the file; nothing crashes or hangs; retries are
bounded, back off with jitter and honour ``Retry-After``; a re-ask cannot grow without
bound; tokens of failed attempts are counted; the server coming back is picked up.
"""

from __future__ import annotations

import email.utils
import logging
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx2 as httpx
import openai
import pytest
from pydantic import BaseModel

from pipeline.config import Settings
from pipeline.extraction.prompting import WINDOW_MEETINGS, render_task
from pipeline.extraction.sentence_calls import GroundedSentenceMeetings
from pipeline.ingest.articles import read_article
from pipeline.model.call_cache import CallCache
from pipeline.model.client import (
    ModelClient,
    UsageMeter,
    _retry_after_seconds,
    check_server,
    describe_error,
)
from pipeline.runs.article import extract_article
from pipeline.runs.batch import run_batch
from schemas import ModelAnswer
from schemas.v1 import SentenceMilestonesAnswer
from tests.fakeserver import (
    ALL_FAULTS,
    REFUSALS,
    TRANSIENT,
    ChatRequest,
    FakeModelServer,
    Fault,
    FaultPlan,
    RecordedRequest,
    grounded_answer,
    minimal_instance,
    ungrounded_answer,
)
from tests.fault_report import REPORT, register
from tests.fault_scenarios import (
    FAULT_MIX,
    INVENTED_NAMES,
    BatchFigures,
    expected_counts,
    fast_settings,
    run_fault_mix,
)
from tests.synthetic import synthetic_article, write_articles

SENTENCE = (
    "Foreign Minister Arlen Baskov of India met Foreign Minister Cira Dunmore of Japan "
    "in Paris on Monday."
)
ARTICLE = f"PARIS, March 3 (FNS): {SENTENCE}\n"


pytestmark = pytest.mark.usefixtures("quiet_instructor")


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> None:
    register(request.config)


def _call(
    client: ModelClient, meter: UsageMeter, sentence: str = SENTENCE
) -> GroundedSentenceMeetings:
    messages = render_task(WINDOW_MEETINGS, before="", after="", sentence=sentence)
    return client.extract(
        GroundedSentenceMeetings, messages, context={"article_text": ARTICLE}, meter=meter
    )


def _gaps_after(requests: list[RecordedRequest], faults: set[Fault]) -> list[float]:
    """For each request that met one of ``faults``: time from its answer to the next request
    of the same call (the client's wait)."""
    by_call: dict[str, list[RecordedRequest]] = defaultdict(list)
    for request in requests:
        by_call[request.call_key].append(request)
    gaps = []
    for calls in by_call.values():
        for first, second in pairwise(calls):
            if first.fault in faults and first.answered_at is not None:
                gaps.append(second.received_at - first.answered_at)
    return gaps


# --------------------------------------------------------------------------------------------
# Each fault alone
# --------------------------------------------------------------------------------------------

TRANSIENT_REASONS = {
    Fault.RATE_LIMIT: "model server answered HTTP 429 (asks to retry after 0.05 s)",
    Fault.SERVER_ERROR: "model server answered HTTP 500",
    Fault.UNAVAILABLE: "model server answered HTTP 503",
    Fault.HANG: "model server timed out",
    Fault.DROP: "model server unreachable (connection refused or dropped)",
    Fault.EMPTY_CHOICES: "model server answered with no choices",
    Fault.TRICKLE: "model server timed out",
}
CONTENT_NOTES = {
    Fault.MALFORMED: "no usable answer (model answer is not valid JSON)",
    Fault.TRUNCATED: "no usable answer (model answer cut off at max_tokens)",
    Fault.UNGROUNDED: "kept the answer that failed validation",
    Fault.BAD_REQUEST: "the server rejected the request (HTTP 400: invalid request",
}
REFUSED_REASONS = {
    Fault.UNAUTHORIZED: "the server refused the key (HTTP 401): set OPENAI_API_KEY for it",
    Fault.NOT_FOUND: "no such endpoint or model (HTTP 404): check --base-url and --model",
    Fault.HTML_PAGE: "model server answered with a non-JSON body (text/html): is --base-url "
    "the API's address (ending in /v1)?",
}


@pytest.mark.parametrize("fault", ALL_FAULTS, ids=lambda f: f.value)
def test_each_fault_alone_ends_the_article_with_a_one_line_outcome(
    fault: Fault, tmp_path: Path
) -> None:
    path = write_articles(tmp_path, 1, seed=3)[0]
    plan = FaultPlan(mix={fault: 1.0}, retry_after_s=0.05, hang_s=1.0)
    with FakeModelServer(plan) as server:
        settings = fast_settings(server.base_url, transport_attempts=2, request_timeout_s=0.3)
        started = time.perf_counter()
        record = extract_article(read_article(path), ModelClient(settings), settings).record
        elapsed = time.perf_counter() - started
        requests = server.requests
        handed_out = server.usage_handed_out()

    calls = len({r.call_key for r in requests})
    assert calls == 3  # two meeting sentences and one milestone sentence
    assert len(requests) <= calls * settings.max_requests_per_call
    if fault in REFUSALS:
        assert len(requests) <= calls  # never retried: no retry mends a refusal
    assert elapsed < 10
    if fault in TRANSIENT or fault in REFUSED_REASONS:
        assert record.status == "failed"
        reason = TRANSIENT_REASONS.get(fault) or REFUSED_REASONS[fault]
        assert record.error == f"{path.name}: {reason}"
    elif fault is Fault.UNGROUNDED:  # an answer, with its invented records dropped
        assert record.status == "ok" and record.error is None and not record.failed_calls
        said = [*record.dropped, *record.notes]
        assert any(CONTENT_NOTES[fault] in note for note in said), said
    else:  # every call gave no answer: records that survive are kept, the calls listed
        assert record.status == "partial" and record.error is None
        assert len(record.failed_calls) == calls
        assert all(CONTENT_NOTES[fault] in note for note in record.failed_calls)
        people = {p.name for m in record.meetings for p in m.participants}
        assert not people & set(INVENTED_NAMES)
    # Every request was an attempt, and every token handed out is in ``usage``.
    assert record.usage.attempts == len(requests)
    assert (record.usage.prompt_tokens, record.usage.completion_tokens) == handed_out
    if fault in (Fault.EMPTY_CHOICES, Fault.MALFORMED, Fault.TRUNCATED, Fault.UNGROUNDED):
        assert record.usage.prompt_tokens > 0  # failed completions still cost tokens


def test_transient_faults_are_retried_until_a_good_answer(tmp_path: Path) -> None:
    script = [
        Fault.SERVER_ERROR,
        Fault.UNAVAILABLE,
        Fault.DROP,
        Fault.EMPTY_CHOICES,
        Fault.RATE_LIMIT,
        Fault.HANG,
    ]
    with FakeModelServer(FaultPlan(script=script, retry_after_s=0.05, hang_s=1.0)) as server:
        settings = fast_settings(server.base_url, transport_attempts=7, request_timeout_s=0.3)
        meter = UsageMeter()
        answer = _call(ModelClient(settings), meter)
        requests = server.requests
        handed_out = server.usage_handed_out()
    assert [p.name for p in answer.meetings[0].participants] == ["Arlen Baskov", "Cira Dunmore"]
    assert [r.fault for r in requests] == [*script, Fault.OK]
    assert meter.attempts == 7
    # The empty-choices answer and the good one carried usage; both are counted.
    assert (meter.prompt_tokens, meter.completion_tokens) == handed_out
    assert requests[3].prompt_tokens > 0


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    plan = FaultPlan(script=[Fault.RATE_LIMIT, Fault.RATE_LIMIT], retry_after_s=0.3)
    with FakeModelServer(plan) as server:
        # Backoff alone would wait 0.01-0.02 s: any longer wait is the server's Retry-After.
        settings = fast_settings(server.base_url, retry_initial_wait_s=0.01)
        _call(ModelClient(settings), UsageMeter())
        requests = server.requests
    gaps = _gaps_after(requests, {Fault.RATE_LIMIT})
    assert len(gaps) == 2
    assert all(0.3 <= gap < 1.0 for gap in gaps), gaps


def test_a_retry_after_longer_than_allowed_fails_at_once_and_says_so() -> None:
    plan = FaultPlan(mix={Fault.RATE_LIMIT: 1.0}, retry_after_s=120)
    with FakeModelServer(plan) as server:
        settings = fast_settings(server.base_url, retry_after_max_s=2.0)
        meter = UsageMeter()
        started = time.perf_counter()
        with pytest.raises(Exception) as info:  # instructor wraps the RateLimitError
            _call(ModelClient(settings), meter)
        assert time.perf_counter() - started < 1.0
        assert len(server.requests) == 1 and meter.attempts == 1
    assert (
        describe_error(info.value) == "model server answered HTTP 429 (asks to retry after 120 s)"
    )


def test_retry_after_forms_are_read() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")

    def error(headers: dict[str, str]) -> openai.RateLimitError:
        response = httpx.Response(429, headers=headers, request=request)
        return openai.RateLimitError("slow down", response=response, body=None)

    assert _retry_after_seconds(error({"retry-after-ms": "250"})) == 0.25
    assert _retry_after_seconds(error({"retry-after": "0.5"})) == 0.5
    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= (_retry_after_seconds(error({"retry-after": in_ten})) or 0) <= 10
    assert _retry_after_seconds(error({"retry-after": "-3"})) == 0.0


def test_backoff_grows_with_jitter_and_is_bounded() -> None:
    # Eight calls, each failing once with a 500 and then answered.
    script = [Fault.SERVER_ERROR, Fault.OK] * 8
    with FakeModelServer(FaultPlan(script=script)) as server:
        settings = fast_settings(server.base_url, retry_initial_wait_s=0.05)
        client = ModelClient(settings)
        for index in range(8):
            _call(client, UsageMeter(), SENTENCE.replace("Monday", f"day {index}"))
        first_waits = _gaps_after(server.requests, {Fault.SERVER_ERROR})
    # First retry waits initial + uniform(0, initial): 0.05-0.10 s, never the same twice.
    assert len(first_waits) == 8
    assert min(first_waits) >= 0.05 and max(first_waits) < 0.3, first_waits
    assert statistics.pstdev(first_waits) > 0.003, first_waits

    with FakeModelServer(FaultPlan(mix={Fault.SERVER_ERROR: 1.0})) as server:
        settings = fast_settings(
            server.base_url, transport_attempts=4, retry_initial_wait_s=0.05, retry_max_wait_s=0.1
        )
        started = time.perf_counter()
        with pytest.raises(Exception) as info:
            _call(ModelClient(settings), UsageMeter())
        assert describe_error(info.value) == "model server answered HTTP 500"
        elapsed = time.perf_counter() - started
        waits = _gaps_after(server.requests, {Fault.SERVER_ERROR})
    assert len(waits) == 3  # 4 attempts, 3 waits, then the error
    assert waits[1] >= 0.1 and waits[2] >= 0.1  # it doubled to the cap ...
    assert max(waits) < 0.1 + 0.05 + 0.25  # ... plus at most the jitter (and scheduling)
    assert elapsed < 3


def test_a_reask_never_grows_without_bound() -> None:
    with FakeModelServer(FaultPlan(mix={Fault.UNGROUNDED: 1.0})) as server:
        settings = fast_settings(server.base_url, validation_retries=3)
        with pytest.raises(Exception) as info:
            _call(ModelClient(settings), UsageMeter())
        requests = server.requests
    assert "not named in the article" in describe_error(info.value)
    # One call: the question, then 3 re-asks, each adding one answer and one error message.
    assert [r.messages for r in requests] == [2, 4, 6, 8]
    growth = [b.body_chars - a.body_chars for a, b in pairwise(requests)]
    assert max(growth) < 3000, growth
    with pytest.raises(ValueError, match="validation_retries"):
        Settings(validation_retries=50)
    with pytest.raises(ValueError, match="transport_attempts"):
        Settings(transport_attempts=0)
    assert fast_settings("http://x", validation_retries=3).max_requests_per_call == 20


def test_a_fault_free_batch_finds_every_expected_record(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "articles", 14, seed=5)
    with FakeModelServer() as server:
        summary = run_batch(paths, tmp_path / "out", fast_settings(server.base_url))
        assert server.fault_counts() == Counter({Fault.OK: len(server.requests)})
    for record in summary.records:
        index = int(record.article_id[1:])
        assert record.status == "ok" and not record.dropped
        assert (len(record.meetings), len(record.milestones)) == expected_counts(index, 5)


def test_whole_article_strategy_under_faults(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "articles", 10, seed=2)
    mix = {Fault.SERVER_ERROR: 0.2, Fault.UNGROUNDED: 0.2, Fault.EMPTY_CHOICES: 0.1}
    with FakeModelServer(FaultPlan(mix=mix, seed=2)) as server:
        settings = fast_settings(server.base_url, strategy="article")
        summary = run_batch(paths, tmp_path / "out", settings)
        handed_out = server.usage_handed_out()
    assert len(summary.records) == 10 and summary.ok + summary.failed == 10
    assert (summary.prompt_tokens, summary.completion_tokens) == handed_out
    for record in summary.records:
        people = {p.name for m in record.meetings for p in m.participants}
        assert not people & set(INVENTED_NAMES)
        if record.status == "failed":
            assert record.error and record.error.startswith(f"{record.article_id}.txt: ")


# --------------------------------------------------------------------------------------------
# A seeded mix of every fault over 50 articles, with an outage mid-run. Faults are drawn per
# request body, so a changed prompt deals a new mix: the seed is one whose mix has every kind
# these tests count (a failed article that had spent tokens, a partial one), re-picked when a
# prompt changes.
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fault_mix(tmp_path_factory: pytest.TempPathFactory) -> BatchFigures:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    figures = run_fault_mix(tmp_path_factory.mktemp("fault-mix"), articles=50, seed=11)
    REPORT.batches.append(figures)
    return figures


def test_mix_every_article_ends_ok_partial_or_failed_with_a_one_line_reason(
    fault_mix: BatchFigures,
) -> None:
    records = fault_mix.summary.records
    assert fault_mix.records_lost == 0
    assert len(records) == fault_mix.output_lines == 50
    assert len({r.article_id for r in records}) == 50  # no duplicates
    for record in records:
        assert record.status in ("ok", "partial", "failed")
        assert (record.status == "partial") == bool(record.failed_calls)
        if record.status == "failed":
            assert record.error and "\n" not in record.error
            assert record.error.startswith(f"{record.article_id}.txt: model server ")
        else:
            assert record.error is None
    failed = {r.article_id for r in records if r.status == "failed"}
    assert fault_mix.doomed <= failed  # what no retry can save does fail ...
    summary = fault_mix.summary
    assert summary.ok + summary.partial >= 44  # ... and the rest mostly survives the mix
    assert summary.partial >= 1  # a 400 or an unusable answer loses a call, and says so


def test_mix_injected_every_kind_of_fault(fault_mix: BatchFigures) -> None:
    kinds = {Fault(k) for k in fault_mix.faults}
    assert kinds == set(FAULT_MIX), kinds
    assert sum(fault_mix.faults.values()) >= 60


def test_mix_is_bounded_in_time_and_requests(fault_mix: BatchFigures) -> None:
    settings = fast_settings("http://x")
    per_call = Counter(r.call_key for r in fault_mix.requests)
    assert max(per_call.values()) <= settings.max_requests_per_call
    assert len(fault_mix.requests) <= len(per_call) * settings.max_requests_per_call
    assert len(fault_mix.requests) < 3 * 3 * 50  # far below the bound in practice
    assert fault_mix.wall_seconds < 40


def test_mix_retry_after_was_honoured_and_backoff_had_jitter(fault_mix: BatchFigures) -> None:
    waits_after_429 = _gaps_after(fault_mix.requests, {Fault.RATE_LIMIT})
    assert waits_after_429 and min(waits_after_429) >= 0.2  # FaultPlan.retry_after_s
    waits = _gaps_after(fault_mix.requests, {Fault.SERVER_ERROR, Fault.UNAVAILABLE})
    assert min(waits) >= 0.05  # at least the initial backoff
    assert len({round(w, 3) for w in waits}) > len(waits) // 2  # jitter: not one fixed value


def test_mix_counts_the_usage_of_failed_attempts(fault_mix: BatchFigures) -> None:
    summary, requests = fault_mix.summary, fault_mix.requests
    # Every token the server handed out, failed attempts included, is in the run totals.
    handed_out = (
        sum(r.prompt_tokens for r in requests),
        sum(r.completion_tokens for r in requests),
    )
    assert (summary.prompt_tokens, summary.completion_tokens) == handed_out
    assert sum(r.prompt_tokens for r in requests if r.fault is not Fault.OK) > 0
    assert sum(r.usage.prompt_tokens for r in summary.records if r.status == "failed") > 0
    # Every request is an attempt; refused connections during the outage add some more.
    assert summary.attempts >= len(requests)


def test_mix_recovered_from_the_outage(fault_mix: BatchFigures) -> None:
    assert fault_mix.outage is not None
    went_down, came_back = fault_mix.outage
    assert came_back is not None and came_back - went_down >= 0.4
    after = [r for r in fault_mix.requests if r.received_at > came_back]
    assert after and any(r.fault is Fault.OK and r.status == 200 for r in after)
    # Calls caught by the outage were retried after it and their articles ended ok.
    by_call: dict[str, list[RecordedRequest]] = defaultdict(list)
    for request in fault_mix.requests:
        by_call[request.call_key].append(request)
    straddling = [
        calls
        for calls in by_call.values()
        if calls[0].received_at < went_down and calls[-1].received_at > came_back
    ]
    assert straddling, "no call was caught by the outage"


def test_mix_never_lets_an_invented_record_through_or_loses_one_silently(
    fault_mix: BatchFigures,
) -> None:
    for record in fault_mix.summary.records:
        people = {p.name for m in record.meetings for p in m.participants}
        assert not people & set(INVENTED_NAMES)
        assert all(m.year != 1899 for m in record.milestones)
    assert fault_mix.silent_losses() == []


def test_an_outage_alone_loses_nothing(tmp_path: Path) -> None:
    figures = run_fault_mix(tmp_path, articles=12, seed=4, mix={}, outage_after=8, doomed={})
    assert figures.summary.ok == 12
    assert figures.outage is not None and figures.outage[1] is not None
    for record in figures.summary.records:
        index = int(record.article_id[1:])
        assert (len(record.meetings), len(record.milestones)) == expected_counts(index, 4)


def test_the_same_seed_gives_the_same_faults_and_outcomes(tmp_path: Path) -> None:
    def run(folder: Path) -> tuple[dict[str, Any], dict[str, list[Fault]]]:
        figures = run_fault_mix(folder, articles=15, seed=21, outage_after=None, doomed={})
        outcomes = {
            r.article_id: (r.status, r.error, len(r.meetings), len(r.milestones), r.dropped)
            for r in figures.summary.records
        }
        faults: dict[str, list[Fault]] = defaultdict(list)
        for request in sorted(figures.requests, key=lambda r: (r.body_sha, r.occurrence)):
            faults[f"{request.body_sha}"].append(request.fault)
        return outcomes, faults

    first_outcomes, first_faults = run(tmp_path / "one")
    second_outcomes, second_faults = run(tmp_path / "two")
    assert first_outcomes == second_outcomes
    assert first_faults == second_faults
    assert synthetic_article(3, 21) == synthetic_article(3, 21)


def test_describe_error_names_no_choices_and_bad_json() -> None:
    with FakeModelServer(FaultPlan(mix={Fault.MALFORMED: 1.0})) as server:
        settings = replace(fast_settings(server.base_url), validation_retries=0)
        with pytest.raises(Exception) as info:
            _call(ModelClient(settings), UsageMeter())
    assert describe_error(info.value) == "model answer is not valid JSON"


# --------------------------------------------------------------------------------------------
# The fake server itself
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model",
    [GroundedSentenceMeetings, SentenceMilestonesAnswer, ModelAnswer],
    ids=lambda m: m.__name__,
)
def test_fake_answers_fit_the_schema_they_are_asked_for(model: type[BaseModel]) -> None:
    schema = model.model_json_schema()
    model.model_validate(minimal_instance(schema, schema))
    messages = render_task(WINDOW_MEETINGS, before="", after="", sentence=SENTENCE)
    request = ChatRequest(model.__name__, schema, [*messages, {"role": "user", "content": "x"}])
    model.model_validate(grounded_answer(request))
    model.model_validate(ungrounded_answer(request))


def test_doctor_sees_the_fake_server_go_down_and_come_back() -> None:
    with FakeModelServer(model="fake-model") as server:
        settings = fast_settings(server.base_url)
        assert check_server(settings, timeout_s=1) == (True, "reachable; 1 model(s) listed")
        server.go_down()
        assert check_server(settings, timeout_s=1) == (
            False,
            "model server unreachable (connection refused or dropped)",
        )
        server.come_back()
        assert check_server(settings, timeout_s=1)[0]
        assert server.outages[0][1] is not None


# --------------------------------------------------------------------------------------------
# Refusals and lost calls are never success, and the next run asks exactly what failed
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault", [Fault.UNAUTHORIZED, Fault.NOT_FOUND, Fault.HTML_PAGE], ids=lambda f: f.value
)
def test_a_server_that_refuses_every_call_fails_the_articles_and_caches_nothing(
    fault: Fault, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path / "articles", 3, seed=5)
    with CallCache(tmp_path / "calls.sqlite") as cache, FakeModelServer() as server:
        server.plan = FaultPlan(mix={fault: 1.0})
        settings = fast_settings(server.base_url)
        refused = run_batch(paths, tmp_path / "refused", settings, cache=cache)
        refused_requests = len(server.requests)
        assert refused.failed == 3 and refused.ok == 0 and not refused.complete
        assert all(REFUSED_REASONS[fault] in (r.error or "") for r in refused.records)
        # The summary counts what the server was asked, although nothing was answered.
        assert refused.attempts == refused.requests_failed == refused_requests > 0
        assert cache.count() == 0  # a refusal is no answer
        server.plan = FaultPlan()  # the key fixed: everything is asked again
        fixed = run_batch(paths, tmp_path / "fixed", settings, cache=cache)
        assert fixed.ok == 3 and fixed.meetings > 0 and fixed.calls_replayed == 0


def test_a_prompt_over_the_context_is_a_lost_call_listed_by_a_partial_article(
    tmp_path: Path,
) -> None:
    paths = write_articles(tmp_path / "articles", 2, seed=5)
    with FakeModelServer(context_tokens=120) as server:  # every prompt is longer: 400
        # Timeouts long enough that a loaded machine never turns a slow 400 into a retry.
        settings = fast_settings(server.base_url, request_timeout_s=10.0, call_deadline_s=20.0)
        summary = run_batch(paths, tmp_path / "out", settings)
        requests = server.requests
    assert {r.status for r in summary.records} == {"partial"} and not summary.complete
    assert len(requests) == sum(len(r.failed_calls) for r in summary.records)  # not retried
    assert all(
        "the server rejected the request (HTTP 400: the request exceeds the available context"
        in line
        for r in summary.records
        for line in r.failed_calls
    )


def test_calls_without_an_answer_are_asked_again_next_run_and_only_they(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "articles", 4, seed=9)
    doomed_name = synthetic_article(1, 9).split("Foreign Minister ")[1].split(" of ")[0]
    with CallCache(tmp_path / "calls.sqlite") as cache, FakeModelServer() as server:
        server.plan = FaultPlan(rules=((doomed_name, Fault.MALFORMED),))
        settings = fast_settings(server.base_url)
        first = run_batch(paths, tmp_path / "first", settings, cache=cache)
        partial = [r for r in first.records if r.status == "partial"]
        assert [r.article_id for r in partial] == ["a001"] and first.ok == 3
        lost = len(partial[0].failed_calls)
        assert lost >= 1
        server.plan = FaultPlan()  # the server mended
        before = len(server.requests)
        second = run_batch(paths, tmp_path / "second", settings, cache=cache)
        asked = server.requests[before:]
        assert second.ok == 4 and second.complete
        assert len(asked) == second.calls_made == lost  # exactly the failed calls
        assert all(doomed_name in r.user_text for r in asked)


def test_a_trickling_server_meets_the_call_deadline(tmp_path: Path) -> None:
    """One byte every 0.1 s never trips the 0.5 s read timeout; the 1 s deadline ends it."""
    path = write_articles(tmp_path, 1, seed=3)[0]
    with FakeModelServer(FaultPlan(mix={Fault.TRICKLE: 1.0})) as server:
        settings = fast_settings(server.base_url, transport_attempts=2)
        started = time.perf_counter()
        record = extract_article(read_article(path), ModelClient(settings), settings).record
        elapsed = time.perf_counter() - started
    assert record.status == "failed" and record.error == f"{path.name}: model server timed out"
    assert elapsed < 2 * settings.transport_attempts * settings.call_deadline_s + 2
