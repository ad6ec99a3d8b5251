"""Batch rounds: export the calls a corpus needs, run them through a (fake) Batches API or a
vLLM-shaped results file, import the answers, export the re-asks, and finish with an
``extract`` that makes no model call."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.model.batch_files import read_results, request_line
from tests.fakeserver import ChatRequest, FakeModelServer, grounded_answer, ungrounded_answer
from tests.synthetic import write_articles

RUNNER = CliRunner()


def _cli(*args: str) -> Any:
    return RUNNER.invoke(app, list(args))


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _chat_requests(server: FakeModelServer) -> int:
    return len(server.requests)  # only /chat/completions calls are recorded as requests


def test_export_batch_api_import_reasks_then_extract_with_no_model_call(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, 5, seed=16)
    cache = str(tmp_path / "cache.sqlite")
    first_answer: set[str] = set()

    def answer_once_ungrounded(request: ChatRequest) -> dict[str, Any]:
        """The first answer to each meeting window invents people, so the validators ask
        again (a re-ask, in round 2); every later answer is grounded."""
        if "Meetings" in request.schema_name and request.user_text not in first_answer:
            first_answer.add(request.user_text)
            return ungrounded_answer(request)
        return grounded_answer(request)

    with FakeModelServer(answer=answer_once_ungrounded) as server:
        api = ("--base-url", server.base_url, "--cache", cache)
        common = (*api, "--model", "fake-model")
        exported = _cli("batch", "export", str(corpus), "-o", str(tmp_path / "r1.jsonl"), *common)
        assert exported.exit_code == 0, exported.output
        round_one = _lines(tmp_path / "r1.jsonl")
        assert round_one and {line["method"] for line in round_one} == {"POST"}
        assert {line["url"] for line in round_one} == {"/v1/chat/completions"}
        assert all(len(line["custom_id"]) == 64 for line in round_one)  # the cache key
        assert all(line["body"]["model"] == "fake-model" for line in round_one)

        again = _cli("batch", "export", str(corpus), "-o", str(tmp_path / "again.jsonl"), *common)
        assert "still pending" in again.output and _lines(tmp_path / "again.jsonl") == []

        submitted = _cli("batch", "submit", str(tmp_path / "r1.jsonl"), *api)
        assert submitted.exit_code == 0, submitted.output
        results_dir = str(tmp_path / "results")
        collected = _cli("batch", "collect", "--wait", "20", "--results-dir", results_dir, *api)
        assert collected.exit_code == 0, collected.output
        assert f"{len(round_one)} answers stored" in " ".join(collected.output.split())
        assert _chat_requests(server) == 0  # the answers came through the batch, not chat

        exported = _cli("batch", "export", str(corpus), "-o", str(tmp_path / "r2.jsonl"), *common)
        round_two = _lines(tmp_path / "r2.jsonl")
        assert "round 2" in exported.output and round_two
        for line in round_two:  # only re-asks: the invented answer and the validation error
            roles = [m["role"] for m in line["body"]["messages"]]
            assert "assistant" in roles
        assert not {line["custom_id"] for line in round_two} & {r["custom_id"] for r in round_one}

        _cli("batch", "submit", str(tmp_path / "r2.jsonl"), *api)
        collected = _cli("batch", "collect", "--wait", "20", "--results-dir", results_dir, *api)
        assert collected.exit_code == 0, collected.output

        status = _cli("batch", "status", str(corpus), *common)
        assert "nothing pending" in status.output
        assert "round 1:" in status.output and "round 2:" in status.output

        run = tmp_path / "run"
        extracted = _cli("extract", str(corpus), "--out", str(run), *common)
        assert extracted.exit_code == 0, extracted.output
        assert _chat_requests(server) == 0  # every answer from the cache
        manifest = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["calls"]["made"] == 0 and manifest["calls"]["replayed"] > 0
        records = _lines(run / "extractions.jsonl")
        assert sum(len(r["meetings"]) for r in records) >= 4
        assert all(r["status"] == "ok" for r in records)


def test_importing_twice_is_a_no_op_and_unknown_or_failed_results_are_said(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, 2, seed=3)
    cache = str(tmp_path / "cache.sqlite")
    common = ("--base-url", "http://127.0.0.1:9/v1", "--cache", cache)
    _cli("batch", "export", str(corpus), "-o", str(tmp_path / "r1.jsonl"), *common)
    requests = _lines(tmp_path / "r1.jsonl")
    results = tmp_path / "results.jsonl"
    lines = []
    for n, request in enumerate(requests):
        body = request["body"]
        fmt = body["response_format"]["json_schema"]
        answer = grounded_answer(ChatRequest(fmt["name"], fmt["schema"], body["messages"]))
        completion = {
            "id": f"cmpl-{n}",
            "object": "chat.completion",
            "created": 1764547200,
            "model": "served-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": json.dumps(answer)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        }
        if n == 0:  # the provider refused this one
            lines.append(
                {
                    "custom_id": request["custom_id"],
                    "response": None,
                    "error": {"code": "server_error", "message": "overloaded"},
                }
            )
        else:
            lines.append(
                {
                    "id": f"batch_req_{n}",
                    "custom_id": request["custom_id"],
                    "response": {"status_code": 200, "request_id": f"r{n}", "body": completion},
                    "error": None,
                }
            )
    lines.append({"custom_id": "f" * 64, "response": {"status_code": 200, "body": {}}})
    results.write_text(
        "".join(json.dumps(line) + "\n" for line in lines) + "not json\n", encoding="utf-8"
    )
    first = _cli("batch", "import", str(results), "--cache", cache)
    output = " ".join(first.output.split())
    assert first.exit_code == 1  # two lines refused
    assert f"{len(requests) - 1} answers stored, 0 already held, 1 failed" in output
    assert "server_error: overloaded" in output
    assert "is no call exported from this cache" in output
    assert "results.jsonl line" in output and "not JSON" in output
    second = _cli("batch", "import", str(results), "--cache", cache)
    assert f"0 answers stored, {len(requests) - 1} already held" in " ".join(second.output.split())
    retry = _cli("batch", "export", str(corpus), "-o", str(tmp_path / "r2.jsonl"), *common)
    assert [line["custom_id"] for line in _lines(tmp_path / "r2.jsonl")] == [
        requests[0]["custom_id"]
    ], retry.output  # the failed call is asked again next round


def test_a_vllm_shaped_results_file_reads_like_openais(tmp_path: Path) -> None:
    """``vllm run-batch -o`` writes BatchRequestOutput lines: id, custom_id, response
    {status_code, request_id, body}, error (a string when a request failed)."""
    fixture = Path(__file__).parent / "fixtures" / "batch" / "vllm_run_batch_output.jsonl"
    results = list(read_results(fixture))
    assert [r.custom_id for r in results] == ["a" * 64, "b" * 64, "c" * 64]
    ok, failed, unwrapped = results
    assert ok.completion is not None and ok.completion["object"] == "chat.completion"
    assert failed.completion is None and failed.error is not None
    assert "context length" in failed.error
    assert unwrapped.completion is not None and unwrapped.completion["choices"]


def test_request_lines_are_the_batch_format() -> None:
    line = json.loads(request_line("k" * 64, {"model": "m", "messages": []}))
    assert line == {
        "body": {"messages": [], "model": "m"},
        "custom_id": "k" * 64,
        "method": "POST",
        "url": "/v1/chat/completions",
    }
