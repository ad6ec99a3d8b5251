"""Hashes that identify what produced a result (schema, validation code, prompt)."""

from __future__ import annotations

import hashlib
import json
from functools import cache

from pipeline.validation import VALIDATION_VERSION
from schemas import SCHEMA_VERSION, ArticleExtraction, ModelAnswer


@cache
def schema_hash() -> str:
    """Both JSON schemas (answer and record) plus the validation code's version."""
    payload = json.dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "validation_version": VALIDATION_VERSION,
            "answer": ModelAnswer.model_json_schema(),
            "record": ArticleExtraction.model_json_schema(),
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]
