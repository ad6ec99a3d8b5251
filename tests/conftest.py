"""Shared fixtures: cassette settings and the model endpoint the LLM tests talk to.

In replay (record mode ``none``, the default in pyproject) the endpoint is a dead local
address: VCR answers from ``cassettes/`` and nothing leaves the process. With
``--record-mode=once`` (``make cassettes``) the real embedded model is started instead, or,
with ``SUMMITRY_RECORD_FROM=URL``, the answers come from ``benchmarks/cache_server.py``
serving the call cache of a live run (``make cassettes-from-bench``).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.config import Settings

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SAMPLES = ROOT / "examples" / "articles"
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"  # discard port: a replay miss fails loudly

SECRET_HEADERS = [
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
    "set-cookie",
]


@pytest.fixture(scope="module")
def vcr_config(request: pytest.FixtureRequest) -> dict[str, object]:
    return {
        # Host and port differ between recording (a free port) and replay; the request body
        # carries the prompt, so a changed prompt cannot replay an old answer.
        "match_on": ["method", "path", "body"],
        "filter_headers": SECRET_HEADERS,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
        # Re-recording with --record-mode=new_episodes asks the model only what the cassette
        # lacks and keeps only what the tests asked: no stale answer stays behind. Only when
        # recording: VCR would also rewrite a cassette a failing replay used only in part.
        "drop_unused_requests": _recording(request.config),
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


def _recording(config: pytest.Config) -> bool:
    return config.getoption("--record-mode", default="none") not in ("none", None)


@pytest.fixture(scope="session")
def llm_settings(request: pytest.FixtureRequest) -> Iterator[Settings]:
    """Settings for LLM tests: dead URL in replay, the live embedded model when recording."""
    base = Settings(concurrency=1)
    if not _recording(request.config):
        yield base.with_base_url(REPLAY_BASE_URL)
        return
    recorded_from = os.environ.get("SUMMITRY_RECORD_FROM")
    if recorded_from:  # benchmarks/cache_server.py: the real model's answers of a live run
        yield base.with_base_url(recorded_from)
        return
    from pipeline.model.embedded import EmbeddedServer
    from pipeline.model.store import resolve_model_file

    status = resolve_model_file(base.model_path)
    if not status.ok or status.path is None:
        pytest.exit(f"cannot record cassettes: {status.reason}", returncode=2)
    # The gold replays run two articles at a time: the server gets their four slots.
    slots = Settings(concurrency=2).server_slots
    with EmbeddedServer(status.path, context_tokens=base.context_tokens, parallel=slots) as server:
        yield base.with_base_url(server.base_url)


@pytest.fixture()
def quiet_instructor() -> Iterator[None]:
    """instructor logs every failed attempt at ERROR, several lines each (the CLI mutes it);
    fault-injection tests fail attempts on purpose."""
    logger = logging.getLogger("instructor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache database, never the working folder's."""
    path = tmp_path / "cache" / "cache.sqlite"
    monkeypatch.setenv("SUMMITRY_CACHE_DB", str(path))
    return path


@pytest.fixture()
def samples_copy(tmp_path: Path) -> Path:
    """The five sample articles in a scratch folder tests may add bad files to."""
    folder = tmp_path / "articles"
    shutil.copytree(SAMPLES, folder)
    return folder


# --- headless Chromium for the page tests (review page, report page) ----------------------
CHROMIUM = os.environ.get("SUMMITRY_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("SUMMITRY_REQUIRE_BROWSER") == "1"
# This machine's network is closed: without these flags Chromium keeps trying to reach
# Google's services at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_missing_reason() -> str | None:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = _browser_missing_reason()
    if reason:
        if REQUIRED:
            pytest.fail(f"browser test required but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()
