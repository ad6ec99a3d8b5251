"""Hashes that say what produced a result: answer schemas and prompt templates (stored in each
record and manifest so a reader can tell two runs' code apart) and the generation parameters.

They identify *what was asked*; whether an answer may be reused is decided per request by the
call cache (``pipeline.model.call_cache``), never by these.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache

from pipeline.config import Settings
from schemas import SCHEMA_VERSION, ArticleExtraction, ModelAnswer
from schemas.v1 import SentenceMeetingsAnswer, SentenceMilestonesAnswer


@cache
def schema_hash() -> str:
    """Every answer schema the model is given and the record schema."""
    payload = json.dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "answer": ModelAnswer.model_json_schema(),
            "sentence_meetings": SentenceMeetingsAnswer.model_json_schema(),
            "sentence_milestones": SentenceMilestonesAnswer.model_json_schema(),
            "record": ArticleExtraction.model_json_schema(),
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def answer_parameters(settings: Settings) -> dict[str, object]:
    """Settings that change what is asked (concurrency and timeouts do not)."""
    generation = settings.generation
    return {
        "strategy": settings.strategy,
        "temperature": generation.temperature,
        "max_tokens": generation.max_tokens,
        "seed": generation.seed,
        "validation_retries": settings.validation_retries,
        "context_tokens": settings.context_tokens,
        "disabled_rules": list(settings.disabled_rules),
    }
