"""Hashes that identify what produced a result: schema, validation code, prompt, model and
generation parameters. Together they are the cache key of an article's extraction."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from pipeline.runs.cache import CacheKey, params_hash
from pipeline.config import Settings
from pipeline.model.store import DEFAULT_MODEL
from pipeline.extraction.prompting import prompt_hash
from pipeline.extraction.validation import VALIDATION_VERSION
from schemas import SCHEMA_VERSION, ArticleExtraction, ModelAnswer
from schemas.v1 import SentenceMeetingsAnswer, SentenceMilestonesAnswer


@cache
def schema_hash() -> str:
    """Every answer schema the model is given, the record schema and the validation code's
    version: a change to any of them can change a result."""
    payload = json.dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "validation_version": VALIDATION_VERSION,
            "answer": ModelAnswer.model_json_schema(),
            "sentence_meetings": SentenceMeetingsAnswer.model_json_schema(),
            "sentence_milestones": SentenceMilestonesAnswer.model_json_schema(),
            "record": ArticleExtraction.model_json_schema(),
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def model_identity(settings: Settings) -> str:
    """Which model answers: the GGUF file for the embedded server (its alias is always the
    same), else the model name at its endpoint."""
    if settings.uses_embedded_server:
        name = Path(settings.model_path).name if settings.model_path else DEFAULT_MODEL.file_name
        return f"embedded:{name}"
    return f"{settings.model}@{settings.base_url}"


def answer_parameters(settings: Settings) -> dict[str, object]:
    """Settings that change answers (concurrency and timeouts do not)."""
    generation = settings.generation
    return {
        "strategy": settings.strategy,
        "temperature": generation.temperature,
        "max_tokens": generation.max_tokens,
        "seed": generation.seed,
        "validation_retries": settings.validation_retries,
        "context_tokens": settings.context_tokens,
    }


def cache_key(content_sha256: str, settings: Settings) -> CacheKey:
    return CacheKey(
        content_sha256=content_sha256,
        schema_hash=schema_hash(),
        prompt_hash=prompt_hash(),
        model_id=model_identity(settings),
        params_hash=params_hash(answer_parameters(settings)),
    )
