"""Which model answers: part of every call's cache key."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Settings
from pipeline.model.store import DEFAULT_MODEL


def model_identity(settings: Settings) -> str:
    """The GGUF file for the embedded server (its alias is always the same), else the model
    name at its endpoint."""
    if settings.uses_embedded_server:
        name = Path(settings.model_path).name if settings.model_path else DEFAULT_MODEL.file_name
        return f"embedded:{name}"
    return f"{settings.model}@{settings.base_url}"
