"""Kill and resume: a batch killed with SIGKILL (or stopped with Ctrl-C) mid-run, then run
again with the same command, redoes nothing that finished and ends with exactly the output of
an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.model.call_cache import CallCache
from pipeline.runs.output import EXTRACTIONS_FILE, PARTIAL_FILE
from tests.fakeserver import ChatRequest, FakeModelServer, grounded_answer
from tests.synthetic import write_articles

ARTICLES = 12
ROOT = Path(__file__).resolve().parent.parent


def _slow_answer(request: ChatRequest) -> dict[str, Any]:
    time.sleep(0.15)  # slow enough to kill the batch half way
    return grounded_answer(request)


def _command(folder: Path, runs: Path, cache: Path, base_url: str) -> list[str]:
    return [
        sys.executable, "-m", "pipeline", "extract", str(folder), "--runs", str(runs),
        "--cache", str(cache), "--base-url", base_url, "--model", "fake-model",
        "--concurrency", "2",  # few articles in flight: a slow server is interrupted mid-run
    ]  # fmt: skip


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMITRY_"))}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _run_dirs(runs: Path) -> list[Path]:
    return sorted(p for p in runs.iterdir() if p.is_dir() and not p.is_symlink())


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES, seed=7)
    return folder


def _uninterrupted(corpus: Path, tmp_path: Path, server: FakeModelServer) -> bytes:
    runs = tmp_path / "reference-runs"
    command = _command(corpus, runs, tmp_path / "reference.sqlite", server.base_url)
    subprocess.run(command, check=True, capture_output=True, env=_environment(), timeout=300)
    return ((runs / "latest") / EXTRACTIONS_FILE).read_bytes()


def _interrupt(corpus: Path, tmp_path: Path, server: FakeModelServer, how: int) -> Path:
    """Start the batch, wait until some articles are finished, send ``how``."""
    runs, cache = tmp_path / "runs", tmp_path / "cache.sqlite"
    process = subprocess.Popen(
        _command(corpus, runs, cache, server.base_url),
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        partial = list(runs.glob(f"*/{PARTIAL_FILE}")) if runs.exists() else []
        if partial and len(partial[0].read_text(encoding="utf-8").splitlines()) >= 3:
            break
        time.sleep(0.05)
    process.send_signal(how)
    process.communicate(timeout=60)
    assert process.returncode != 0, "the batch finished before it could be interrupted"
    with CallCache(cache) as store:
        answered = store.count()
    assert answered > 0, answered
    return runs


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_an_interrupted_batch_resumes_without_redoing_or_losing_work(
    corpus: Path, tmp_path: Path, how: int
) -> None:
    with FakeModelServer(answer=_slow_answer) as server:
        reference = _uninterrupted(corpus, tmp_path, server)
        before = len(server.requests)
        runs = _interrupt(corpus, tmp_path, server, how)
        with CallCache(tmp_path / "cache.sqlite") as store:
            answered = store.count()
        assert answered < before, "every call was answered before the interrupt"
        (killed_run,) = _run_dirs(runs)
        # Whatever the interrupted run left on disk is whole lines of valid records.
        for name in (PARTIAL_FILE, EXTRACTIONS_FILE):
            if (killed_run / name).exists():
                text = (killed_run / name).read_text(encoding="utf-8")
                assert text == "" or text.endswith("\n")
                for line in _lines(killed_run / name):
                    assert line["status"] in ("ok", "failed")
        assert not (runs / "latest").exists(), "an interrupted run must not become latest"
        if how == signal.SIGINT:
            manifest = json.loads((killed_run / "manifest.json").read_text())
            assert manifest["complete"] is False and manifest["stop_reason"] == "interrupted"
        during_interrupted = len(server.requests) - before

        resumed = subprocess.run(
            _command(corpus, runs, tmp_path / "cache.sqlite", server.base_url),
            capture_output=True,
            text=True,
            env=_environment(),
            timeout=300,
        )
        assert resumed.returncode == 0, resumed.stderr
        line = " ".join(resumed.stderr.split())
        assert "new calls for" in line and f"{answered} from the cache" in line, line
        resumed_requests = len(server.requests) - before - during_interrupted
        # Only the calls the interrupted run left unanswered were asked again.
        assert resumed_requests == before - answered
    final = (runs / "latest") / EXTRACTIONS_FILE
    assert final.read_bytes() == reference
    ids = [line["article_id"] for line in _lines(final)]
    assert ids == sorted(set(ids)) and len(ids) == ARTICLES


def test_the_first_ctrl_c_stops_within_seconds_while_a_call_hangs(
    corpus: Path, tmp_path: Path
) -> None:
    from tests.fakeserver import Fault, FaultPlan

    plan = FaultPlan(mix={Fault.HANG: 1.0}, hang_s=60.0)  # far below the read timeout's 600 s
    with FakeModelServer(plan) as server:
        runs = tmp_path / "runs"
        process = subprocess.Popen(
            _command(corpus, runs, tmp_path / "cache.sqlite", server.base_url),
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.requests, "no call reached the server"
        process.send_signal(signal.SIGINT)
        sent = time.monotonic()
        _, stderr = process.communicate(timeout=30)
        stopped_after = time.monotonic() - sent
    assert process.returncode == 130
    assert stopped_after < 10, stopped_after  # not the 60 s the server holds the call
    assert "interrupted; finished articles are kept" in " ".join(stderr.split())
