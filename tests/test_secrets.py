"""The API key never leaves the request header: not into outputs, manifests, caches, logs,
console output, error messages, exception texts or cassettes.

A batch (every fault kind, plus a bad file) and a CLI run go against the fake server with a
distinctive fake key in ``OPENAI_API_KEY``; a cassette is recorded with the project's VCR
settings; then every one of those places is searched for the key. The server must have
received it, or the search would prove nothing.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import vcr
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.config import settings_from_env
from pipeline.extraction.prompting import WINDOW_MEETINGS, render_task
from pipeline.extraction.sentence_calls import GroundedSentenceMeetings
from pipeline.model.client import ModelClient, UsageMeter, describe_error
from pipeline.runs.batch import run_batch
from tests.conftest import CASSETTES
from tests.fakeserver import ALL_FAULTS, FakeModelServer, Fault, FaultPlan
from tests.fault_scenarios import fast_settings
from tests.synthetic import write_articles

LOGGERS = ("", "instructor", "openai", "httpx", "httpx2", "httpcore", "pipeline")


@pytest.fixture()
def key(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> str:
    value = f"sk-test-DO-NOT-LEAK-{secrets.token_hex(12)}"
    monkeypatch.setenv("OPENAI_API_KEY", value)
    for name in LOGGERS:  # everything, at DEBUG: the libraries' own logs too
        caplog.set_level(logging.DEBUG, logger=name)
    return value


def _files_containing(root: Path, needle: str) -> list[str]:
    raw = needle.encode()
    return [str(p) for p in root.rglob("*") if p.is_file() and raw in p.read_bytes()]


def test_the_key_is_sent_but_never_written_logged_or_shown(
    key: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 12, seed=9)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    mix = dict.fromkeys(ALL_FAULTS, 0.05)
    texts: list[str] = []
    with FakeModelServer(FaultPlan(mix=mix, seed=9)) as server:
        from_env = settings_from_env(base_url=server.base_url, model="fake-model")
        assert from_env.api_key == key
        settings = replace(fast_settings(server.base_url), api_key=from_env.api_key)
        summary = run_batch(sorted(folder.iterdir()), tmp_path / "out", settings)

        # Errors as raised (not only as described): their text, repr and traceback.
        failing = FaultPlan(mix={Fault.SERVER_ERROR: 0.5, Fault.HANG: 0.5}, hang_s=1.0)
        with FakeModelServer(failing) as bad:
            messages = render_task(WINDOW_MEETINGS, before="", after="", sentence="A met B.")
            client = ModelClient(replace(settings, base_url=bad.base_url, transport_attempts=2))
            for _ in range(3):
                try:
                    client.extract(
                        GroundedSentenceMeetings, messages, context={}, meter=UsageMeter()
                    )
                except Exception as exc:  # every kind of error is searched
                    texts += [str(exc), repr(exc), describe_error(exc)]
                    texts += traceback.format_exception(exc)
        texts += [repr(settings), str(settings.redacted())]
        received = {r.authorization for r in server.requests}

    # The CLI reads the key from the environment itself (default, slow backoff: no transport
    # faults here, only an answer that fails validation and a file that is not text).
    with FakeModelServer(FaultPlan(script=[Fault.UNGROUNDED, Fault.MALFORMED])) as server:
        result = CliRunner().invoke(
            app,
            [
                "extract",
                str(folder),
                "--out",
                str(tmp_path / "cli-out"),
                "--base-url",
                server.base_url,
                "--model",
                "fake-model",
            ],
            env={"OPENAI_API_KEY": key},
        )
        received |= {r.authorization for r in server.requests}
    texts.append(result.output)
    if result.exception is not None:
        texts += traceback.format_exception(result.exception)
    assert result.exit_code == 1, result.output  # binary.txt failed: not every article ok

    assert received == {f"Bearer {key}"}  # the key was really used ...
    assert summary.failed >= 1 and summary.ok >= 1  # ... on a run with errors and results
    texts += [r.error or "" for r in summary.records]
    texts += [r.model_dump_json() for r in summary.records]
    captured = capsys.readouterr()
    texts += [caplog.text, captured.out, captured.err]
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records, "nothing was logged: the log search would prove nothing"

    assert [t for t in texts if key in t] == []
    assert _files_containing(tmp_path, key) == []  # outputs, partials, manifests, caches
    assert _files_containing(CASSETTES, key) == []


def test_a_recorded_cassette_keeps_no_key(
    key: str, tmp_path: Path, vcr_config: dict[str, Any]
) -> None:
    """Recording with the project's VCR settings (``tests/conftest.py``) filters the header."""
    recorder = vcr.VCR(
        filter_headers=vcr_config["filter_headers"],
        match_on=vcr_config["match_on"],
        decode_compressed_response=True,
    )
    cassette = tmp_path / "cassettes" / "fake.yaml"
    with FakeModelServer(FaultPlan(script=[Fault.SERVER_ERROR])) as server:
        settings = replace(fast_settings(server.base_url), api_key=key)
        messages = render_task(WINDOW_MEETINGS, before="", after="", sentence="A met B.")
        with recorder.use_cassette(str(cassette), record_mode="all"):
            ModelClient(settings).extract(
                GroundedSentenceMeetings, messages, context={}, meter=UsageMeter()
            )
        assert {r.authorization for r in server.requests} == {f"Bearer {key}"}
    text = cassette.read_text(encoding="utf-8")
    assert "chat/completions" in text and text.count("uri:") == 2  # the 500, then the answer
    assert key not in text and "authorization" not in text.lower()
